"""Idea → script. The model writes a structured script (characters with age, gender and voice type;
scenes with a heading, a setting, a description and lines); it is validated (names, lengths, language,
a length that fits the asked duration at the timing plan's speaking rate, asked again once with what was
wrong) and written out as narration, dialogue (`NAME: line`) or a Fountain screenplay."""

from __future__ import annotations

import re
import threading
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError, field_validator

from filmstudio.engines.llm.base import LLMBadOutput, LLMEngine
from filmstudio.engines.llm.prompts import ask
from filmstudio.errors import InvalidInput
from filmstudio.film_request import CharacterChoice
from filmstudio.json_schema import strict
from filmstudio.languages import LANGUAGES, detect_language, is_spaceless
from filmstudio.pipeline.timing import CHARS_PER_SECOND_SPACELESS, WORDS_PER_SECOND
from filmstudio.storyboard import Age, Gender

Form = Literal["narration", "dialogue", "screenplay"]
SPEAKING_SHARE = 0.8  # the rest of a film is pauses between lines and scenes
AGES = ["child", "young_adult", "middle_aged", "elderly"]
GENDERS = ["female", "male", "neutral"]
TIMES = ["dawn", "day", "sunset", "night"]


class Idea(BaseModel):
    idea: str = Field(min_length=3, max_length=2000)
    duration: float = Field(default=60, ge=10, le=600)
    language: str = "en"
    characters: int = Field(default=2, ge=1, le=6)
    form: Form = "dialogue"

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}; use one of {', '.join(LANGUAGES)}")
        return value

    def target_units(self) -> int:
        """Words (characters for Chinese and Japanese) that fit the duration."""
        seconds = self.duration * SPEAKING_SHARE
        per_second = CHARS_PER_SECOND_SPACELESS if is_spaceless(self.language) else WORDS_PER_SECOND
        return max(8, round(seconds * per_second))


def idea_of(*, text: str, duration: float, language: str, characters: int, form: str) -> Idea:
    """The idea, checked: a bad value is the user's to fix (InvalidInput naming the field)."""
    try:
        return Idea.model_validate(
            {"idea": text, "duration": duration, "language": language, "characters": characters, "form": form}
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise InvalidInput(
            f"The idea's {field} is not valid: {first['msg'].removeprefix('Value error, ')}.", details={"field": field}
        ) from None


class WrittenCharacter(BaseModel):
    name: str = Field(min_length=1, max_length=40)
    age: Age
    gender: Gender
    voice_type: str = Field(default="", max_length=60)
    description: str = Field(default="", max_length=300)

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        value = " ".join(re.sub(r"[^\w .'\-]", "", value).split())
        if not value or value.upper() == "NARRATOR":
            raise ValueError("a character needs a name")
        return value


class WrittenLine(BaseModel):
    character: str = Field(min_length=1, max_length=40)
    text: str = Field(min_length=1, max_length=600)


class WrittenScene(BaseModel):
    heading: str = Field(default="", max_length=120)
    setting: str = Field(default="", max_length=80)
    time_of_day: str = "day"
    description: str = Field(default="", max_length=600)
    lines: list[WrittenLine] = Field(min_length=1, max_length=60)


class WrittenScript(BaseModel):
    title: str = Field(min_length=1, max_length=120)
    logline: str = Field(default="", max_length=400)
    characters: list[WrittenCharacter] = Field(min_length=1, max_length=8)
    scenes: list[WrittenScene] = Field(min_length=1, max_length=20)

    def units(self, language: str) -> int:
        texts = [line.text for scene in self.scenes for line in scene.lines]
        if is_spaceless(language):
            return sum(len(t.replace(" ", "")) for t in texts)
        return sum(len(t.split()) for t in texts)


SCHEMA = strict(
    {
        "title": {"type": "string"},
        "logline": {"type": "string"},
        "characters": {
            "type": "array",
            "items": strict(
                {
                    "name": {"type": "string"},
                    "age": {"type": "string", "enum": AGES},
                    "gender": {"type": "string", "enum": GENDERS},
                    "voice_type": {"type": "string"},
                    "description": {"type": "string"},
                }
            ),
        },
        "scenes": {
            "type": "array",
            "items": strict(
                {
                    "heading": {"type": "string"},
                    "setting": {"type": "string"},
                    "time_of_day": {"type": "string", "enum": TIMES},
                    "description": {"type": "string"},
                    "lines": {
                        "type": "array",
                        "items": strict({"character": {"type": "string"}, "text": {"type": "string"}}),
                    },
                }
            ),
        },
    }
)

SYSTEM = (
    "You are a screenwriter for short animated films. Write the film described in <data>: its title, its "
    "characters (each with an age group, a gender, a voice type such as warm, deep or bright, and a short "
    "description), and its scenes (a screenplay heading such as 'EXT. VILLAGE FIELD - DAY', the place, the "
    "time of day, one sentence of what we see, and the spoken lines). Every spoken word is in the language "
    "named by `language_name`. The spoken lines together have about `target_words` words (characters for "
    "Chinese and Japanese): a film of `duration_seconds` seconds. For the narration form, one narrator "
    "character speaks every line. Names are plain words, no titles in brackets."
)


class WriteResult(BaseModel):
    script: str
    title: str
    form: Form
    language: str
    characters: list[CharacterChoice]
    words: int
    target_words: int
    engine: str = ""
    attempts: int = 1


def write_script(llm: LLMEngine, idea: Idea, *, cancel: threading.Event | None = None) -> WriteResult:
    """A script for the idea, or LLMBadOutput saying what the model got wrong (after one correction)."""
    target = idea.target_units()
    payload: dict[str, Any] = {
        "task": "write_script",
        "idea": idea.idea,
        "form": idea.form,
        "language": idea.language,
        "language_name": LANGUAGES[idea.language].name,
        "characters": 1 if idea.form == "narration" else idea.characters,
        "duration_seconds": idea.duration,
        "target_words": target,
    }
    problem, attempts = "", 0
    for _ in range(2):
        attempts += 1
        if problem:
            payload["correction"] = problem
        raw = ask(
            llm,
            system=SYSTEM,
            payload=payload,
            schema=SCHEMA,
            max_tokens=max(1024, target * 6),
            cancel=cancel,
        )
        try:
            written = WrittenScript.model_validate(raw)
        except ValidationError as exc:
            problem = f"The last answer did not follow the schema: {exc.errors()[0]['msg']}."
            continue
        problem = _check(written, idea, target)
        if not problem:
            break
    else:
        raise LLMBadOutput(f"The model could not write a usable script: {problem}", details={"engine": llm.name})
    return WriteResult(
        script=render(written, idea.form),
        title=written.title,
        form=idea.form,
        language=idea.language,
        characters=[CharacterChoice(name=c.name, age=c.age, gender=c.gender) for c in written.characters],
        words=written.units(idea.language),
        target_words=target,
        engine=llm.name,
        attempts=attempts,
    )


def _check(written: WrittenScript, idea: Idea, target: int) -> str:
    units = written.units(idea.language)
    if units < target * 0.5 or units > target * 1.4:
        return f"The spoken lines have {units} words; write about {target} for {idea.duration:g} seconds."
    spoken = " ".join(line.text for scene in written.scenes for line in scene.lines)
    if detect_language(spoken) != idea.language and not (
        idea.language in ("mr", "ne", "sa") and detect_language(spoken) == "hi"
    ):
        return f"The lines are not in {LANGUAGES[idea.language].name}; write every spoken word in it."
    names = {c.name.casefold() for c in written.characters}
    strangers = {
        line.character
        for scene in written.scenes
        for line in scene.lines
        if line.character.casefold() not in names and idea.form != "narration"
    }
    if strangers:
        return f"Lines are given to characters that are not listed: {', '.join(sorted(strangers))}."
    return ""


def _clean(text: str) -> str:
    return " ".join(text.replace("\n", " ").split())


def render(written: WrittenScript, form: Form) -> str:
    """The script as text the studio's parser reads: narration paragraphs, `NAME: line` dialogue, or
    Fountain. Characters are introduced with their age and description so a reader sees them too."""
    people = ", ".join(
        f"{c.name} ({c.age.replace('_', ' ')}, {c.gender}){', ' + _clean(c.description) if c.description else ''}"
        for c in written.characters
    )
    if form == "screenplay":
        out = [f"Title: {_clean(written.title)}", ""]
        for i, scene in enumerate(written.scenes):
            heading = (
                _clean(scene.heading).upper()
                or f"EXT. {_clean(scene.setting).upper() or 'SOMEWHERE'} - {scene.time_of_day.upper()}"
            )
            if not re.match(r"^(INT|EXT|EST|I/E)[. ]", heading):
                heading = f"EXT. {heading}"
            out += [heading, ""]
            if scene.description or i == 0:
                intro = f" With {people}." if i == 0 else ""
                out += [_clean(scene.description) + intro, ""]
            for line in scene.lines:
                out += [_clean(line.character).upper(), _clean(line.text), ""]
        return "\n".join(out).strip() + "\n"
    out = []
    for scene in written.scenes:
        place = _clean(scene.description) or _clean(scene.setting)
        out.append(f"[Scene: {place}]")
        if form == "narration":
            out.append(" ".join(_clean(line.text) for line in scene.lines))
        else:
            out += [f"{_clean(line.character)}: {_clean(line.text)}" for line in scene.lines]
        out.append("")
    return "\n".join(out).strip() + "\n"
