"""Reading a script with a language model where the rules guess badly: each character's age, gender and
role; each scene's place, time of day, mood and the things to draw. This module asks (`question`) and
takes the answer (`apply`); the pipeline sends the question to whichever model is configured, since
reading sits below the engines. The answer is checked against what the studio can draw and say;
anything outside it is dropped, a person's own choices always win, and any failure leaves the
rule-based reading as it was. Each value taken is marked as the model's."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, get_args

from filmstudio.json_schema import strict
from filmstudio.script.moments import MOODS
from filmstudio.script.places import BY_NAME, INTERIOR_SETTINGS
from filmstudio.script.things_table import parse_table
from filmstudio.storyboard import Age, Gender, Scene, Storyboard, Thing, TimeOfDay


class Chosen(Protocol):
    """A person's own choice for a character (the film request's CharacterChoice), which the model never
    overrides."""

    @property
    def name(self) -> str: ...
    @property
    def age(self) -> str | None: ...
    @property
    def gender(self) -> str | None: ...


AGES: list[str] = list(get_args(Age))
GENDERS: list[str] = list(get_args(Gender))
TIMES: list[str] = list(get_args(TimeOfDay))
THINGS = sorted({row[0] for row in parse_table()})
MOOD_NAMES = sorted({*MOODS, "calm"})
MAX_SCENE_CHARS = 1200

SYSTEM = (
    "You read film scripts for an animation studio. For each character named in <data>, say their age "
    "group, gender and role in the story, from what the script says about them. For each scene (by its "
    "index), choose the place from `places`, the time of day, the mood from `moods`, and up to six things "
    "from `things` that the scene shows. Choose only from the lists; when the script does not say, choose "
    "what a director would."
)
SCHEMA = strict(
    {
        "characters": {
            "type": "array",
            "items": strict(
                {
                    "name": {"type": "string"},
                    "age": {"type": "string", "enum": AGES},
                    "gender": {"type": "string", "enum": GENDERS},
                    "role": {"type": "string"},
                }
            ),
        },
        "scenes": {
            "type": "array",
            "items": strict(
                {
                    "index": {"type": "integer"},
                    "setting": {"type": "string"},
                    "time_of_day": {"type": "string", "enum": TIMES},
                    "mood": {"type": "string"},
                    "things": {"type": "array", "items": {"type": "string"}},
                }
            ),
        },
    }
)


def _scene_text(board: Storyboard, scene: Scene) -> str:
    names = {c.id: c.name for c in board.characters}
    parts = [
        scene.heading,
        *scene.action,
        *(f"{names.get(ln.character_id, ln.character_id)}: {ln.text}" for ln in scene.lines),
    ]
    return "\n".join(p for p in parts if p)[:MAX_SCENE_CHARS]


def question(board: Storyboard) -> dict[str, Any]:
    """What the model is given to read (its instructions are SYSTEM, its answer's form SCHEMA)."""
    return {
        "task": "read_script",
        "title": board.title,
        "language": board.language,
        "characters": [c.name for c in board.characters if c.id != "narrator"],
        "scenes": [{"index": i, "text": _scene_text(board, s)} for i, s in enumerate(board.scenes)],
        "places": sorted(BY_NAME),
        "moods": MOOD_NAMES,
        "things": THINGS,
    }


def apply(board: Storyboard, answer: dict[str, Any], *, chosen: Sequence[Chosen]) -> int:
    """Take what is valid from the model's reading; returns how many values were taken."""
    taken = 0
    by_name = {c.name.casefold(): c for c in board.characters}
    fixed = {choice.name.casefold(): choice for choice in chosen}
    for item in answer.get("characters", []):
        character = by_name.get(str(item.get("name", "")).casefold())
        if character is None or character.id == "narrator":
            continue
        choice = fixed.get(character.name.casefold())
        for field, allowed in (("age", AGES), ("gender", GENDERS)):
            value = item.get(field)
            if value in allowed and not (choice and getattr(choice, field)) and value != getattr(character, field):
                setattr(character, field, value)
                character.voice = None  # cast again for the new age or gender
                character.readings[field] = "llm"
                taken += 1
        if role := str(item.get("role", "")).strip()[:120]:
            character.description = character.description or role
    for item in answer.get("scenes", []):
        index = item.get("index")
        if not isinstance(index, int) or not 0 <= index < len(board.scenes):
            continue
        scene = board.scenes[index]
        setting = item.get("setting")
        if setting in BY_NAME and setting != scene.setting:
            scene.setting, scene.interior = setting, setting in INTERIOR_SETTINGS
            scene.image = scene.backdrop = None
            scene.readings["setting"] = "llm"
            taken += 1
        if item.get("time_of_day") in TIMES and item["time_of_day"] != scene.time_of_day:
            scene.time_of_day = item["time_of_day"]
            scene.readings["time_of_day"] = "llm"
            taken += 1
        if item.get("mood") in MOOD_NAMES and item["mood"] != scene.mood:
            scene.mood = item["mood"]
            scene.readings["mood"] = "llm"
            taken += 1
        have = {thing.key for thing in scene.things}
        extra = [t for t in item.get("things", []) if t in THINGS and t not in have][: max(0, 6 - len(have))]
        if extra:
            scene.things += [Thing(key=t, words=[]) for t in extra]
            scene.readings["things"] = "llm"
            taken += len(extra)
    return taken
