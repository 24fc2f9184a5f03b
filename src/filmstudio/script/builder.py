"""Collects parsed scenes, lines and action, then turns them into a Storyboard with characters."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from filmstudio.animation.shots import plan_shots
from filmstudio.languages import LANGUAGES, detect_language, dominant_script, looks_like_sanskrit
from filmstudio.script.people import infer_traits
from filmstudio.script.scenes import describe_scene
from filmstudio.storyboard import Character, Line, Scene, Storyboard

NARRATOR = "NARRATOR"


@dataclass
class _RawLine:
    speaker: str
    text: str
    parenthetical: str = ""


@dataclass
class _RawScene:
    heading: str = ""
    action: list[str] = field(default_factory=list)
    lines: list[_RawLine] = field(default_factory=list)


def character_id(name: str) -> str:
    slug = re.sub(r"[^\w]+", "_", name.strip().lower(), flags=re.UNICODE).strip("_")
    return slug or "speaker"


def clean_speaker(name: str) -> str:
    """'MAYA (V.O.)' -> 'MAYA'; '@McCLANE' -> 'McCLANE'."""
    name = re.sub(r"\((?:V\.?O\.?|O\.?S\.?|O\.?C\.?|CONT'?D|CONTINUED)\)", "", name, flags=re.IGNORECASE)
    return name.lstrip("@").strip().strip(":").strip()


class StoryboardBuilder:
    def __init__(self, *, title: str, language: str | None) -> None:
        self.title = title
        self.language = language
        self.scenes: list[_RawScene] = []

    def scene(self, heading: str = "") -> None:
        if self.scenes and not self.scenes[-1].lines and not self.scenes[-1].action:
            self.scenes[-1].heading = heading or self.scenes[-1].heading
            return
        self.scenes.append(_RawScene(heading=heading))

    def _current(self) -> _RawScene:
        if not self.scenes:
            self.scenes.append(_RawScene())
        return self.scenes[-1]

    def action(self, text: str) -> None:
        if text.strip():
            self._current().action.append(text.strip())

    def line(self, speaker: str, text: str, parenthetical: str = "") -> None:
        text = " ".join(text.split())
        if text:
            self._current().lines.append(_RawLine(clean_speaker(speaker) or NARRATOR, text, parenthetical))

    def build(self) -> Storyboard:
        scenes = [s for s in self.scenes if s.lines]
        language = self.language or _film_language([ln.text for s in scenes for ln in s.lines])
        context = "\n".join(a for s in self.scenes for a in s.action)

        characters: dict[str, Character] = {}
        for raw in scenes:
            for line in raw.lines:
                cid = character_id(line.speaker)
                if cid not in characters:
                    parens = [
                        ln.parenthetical for s in scenes for ln in s.lines if ln.speaker == line.speaker
                    ]
                    traits = infer_traits(line.speaker, parentheticals=parens, context=context)
                    is_narrator = line.speaker.upper() == NARRATOR
                    characters[cid] = Character(
                        id=cid,
                        name=line.speaker.title() if line.speaker.isupper() else line.speaker,
                        gender=traits.gender,
                        age=traits.age,
                        language=language,
                        style="narrator" if is_narrator else "conversational",
                        description=f"gender from {traits.gender_evidence}, age from {traits.age_evidence}",
                    )

        board_scenes = []
        line_no = 0
        for index, raw in enumerate(scenes, start=1):
            body = " ".join(raw.action) or " ".join(ln.text for ln in raw.lines)
            info = describe_scene(raw.heading, body)
            lines = []
            for rl in raw.lines:
                line_no += 1
                lang = line_language(language, rl.text)
                lines.append(
                    Line(
                        id=f"l{line_no}",
                        character_id=character_id(rl.speaker),
                        text=rl.text,
                        language=lang,
                        parenthetical=rl.parenthetical,
                        chant="chant" in rl.parenthetical.lower(),
                    )
                )
            board_scenes.append(
                Scene(
                    id=f"s{index}",
                    heading=raw.heading,
                    action=raw.action,
                    lines=lines,
                    shots=plan_shots(f"s{index}", lines),
                    **info,  # type: ignore[arg-type]
                )
            )
        return Storyboard(
            title=self.title, language=language, characters=list(characters.values()), scenes=board_scenes
        )


def _film_language(texts: list[str]) -> str:
    """The language most lines are in: a Hindi film with one Sanskrit verse is a Hindi film."""
    votes = Counter(detect_language(text) for text in texts)
    if votes["sa"] and sum(votes.values()) > 1 and votes["sa"] <= sum(votes.values()) / 2:
        votes["hi"] += votes.pop("sa")
    return votes.most_common(1)[0][0] if votes else "en"


def line_language(language: str, text: str) -> str:
    """The film's language, unless the line is written in another script (a Sanskrit verse in a
    Hindi film, an English line in a Tamil one): then the language that script suggests."""
    lang = LANGUAGES.get(language)
    script = dominant_script(text)
    if script == "devanagari" and looks_like_sanskrit(text):
        return "sa"
    if lang is None or lang.script == script:
        return language
    return detect_language(text)


def lines_by_id(lines: list[Line], line_id: str) -> Line:
    return next(ln for ln in lines if ln.id == line_id)
