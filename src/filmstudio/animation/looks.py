"""Choosing how each character looks: parameters from age, gender, the film's language (culture) and the
setting they first appear in. Deterministic per film seed; different characters get different colours."""

from __future__ import annotations

import hashlib
import re

import numpy as np

from filmstudio.storyboard import Character, Gender, Look, Storyboard

INDIAN = {"hi", "sa", "ta", "te", "bn", "mr"}
EAST_ASIAN = {"zh", "ja", "ko"}

SKIN = {
    "indian": ["#8d5524", "#a0662e", "#b97a47", "#c68642"],
    "east_asian": ["#f1c27d", "#e8b98f", "#f3d2b3", "#dcae84"],
    "arab": ["#c68642", "#d4a373", "#b47a4b"],
    "any": ["#ffdbac", "#f1c27d", "#e0ac69", "#c68642", "#8d5524", "#5c3a1e"],
}
HAIR_DARK = ["#1b130e", "#2b1d14", "#3a2618", "#121212"]
HAIR_LIGHT = ["#6b4226", "#8a5a2b", "#b5813f", "#d9b36c", "#7a2e16"]
HAIR_GREY = ["#b9b9b9", "#d8d8d8", "#9a9a9a", "#ececec"]
EYES = ["#3b2a1e", "#2a1a10", "#4a6a8a", "#3f6b3a", "#5a4630"]
# strong, well separated clothing colours: two characters never share one
ATTIRE_COLORS = [
    "#c0392b",
    "#2e6db4",
    "#2e8b57",
    "#8e44ad",
    "#d98c1f",
    "#1f7a8c",
    "#b03a6f",
    "#556b2f",
    "#34495e",
    "#a0522d",
]
ACCENTS = ["#e0b040", "#f5f0e1", "#d4af37", "#e74c3c", "#ecf0f1"]

SETTING_ATTIRE = {  # setting -> attire for (female, male) adults outside Indian-language films
    "office": ("suit", "suit"),
    "classroom": ("jacket", "shirt"),
    "podcast_studio": ("sweater", "hoodie"),
    "temple": ("robe", "robe"),
    "lighthouse_room": ("sweater", "sweater"),
    "sea": ("jacket", "sweater"),
    "city": ("jacket", "jacket"),
    "kitchen": ("dress", "shirt"),
    "living_room": ("dress", "sweater"),
}


def culture(language: str) -> str:
    if language in INDIAN:
        return "indian"
    if language in EAST_ASIAN:
        return "east_asian"
    return "arab" if language == "ar" else "any"


def _rng(seed: int, key: str) -> np.random.Generator:
    digest = hashlib.sha256(f"{seed}|look|{key}".encode()).digest()
    return np.random.default_rng(int.from_bytes(digest[:8], "little"))


# a voice's gender (VoiceInfo.gender) as the storyboard's
_GENDERS: dict[str, Gender] = {"male": "male", "female": "female", "neutral": "neutral"}


def choose_look(
    character: Character, *, setting: str, seed: int, taken: set[str], voice_gender: str | None = None
) -> Look:
    """`voice_gender` settles how a character of unspecified gender is drawn: as its voice sounds."""
    rng = _rng(seed, character.id)
    people = culture(character.language)
    gender = character.gender if character.gender != "neutral" else _GENDERS.get(voice_gender or "", "neutral")
    female = gender == "female"
    age = character.age

    skin = str(rng.choice(SKIN[people]))
    if age == "elderly":
        hair_color = str(rng.choice(HAIR_GREY))
    elif people == "any":
        hair_color = str(rng.choice(HAIR_DARK + HAIR_LIGHT))
    else:
        hair_color = str(rng.choice(HAIR_DARK))

    if female:
        styles = ["braid", "bun", "long"] if people == "indian" else ["long", "bob", "bun", "curly"]
        if age == "child":
            styles = ["braid", "bob"]
    else:
        styles = ["short", "crop", "curly"]
        if age == "elderly":
            styles = ["bald", "short"]
        elif age == "child":
            styles = ["crop", "curly"]
    hair_style = str(rng.choice(styles))

    attire = _attire(people, age, female, setting, rng)
    free = [c for c in ATTIRE_COLORS if c not in taken] or ATTIRE_COLORS
    attire_color = str(free[int(rng.integers(len(free)))])
    taken.add(attire_color)

    beard = not female and age in ("middle_aged", "elderly") and bool(rng.random() < 0.6)
    titled = any(t in character.name.lower() for t in ("dr.", "dr ", "doctor", "professor", "prof."))
    glasses = titled or (age == "elderly" and bool(rng.random() < 0.5))
    build = {"child": CHILD_BUILD, "young_adult": 1.0, "middle_aged": 1.06, "elderly": 0.98}[age]
    if female:
        build *= 0.9
    return Look(
        presents=gender,
        skin=skin,
        hair_style=hair_style,
        hair_color=hair_color,
        eye_color=str(rng.choice(EYES)),
        attire=attire,
        attire_color=attire_color,
        accent_color=str(rng.choice(ACCENTS)),
        beard=beard,
        glasses=glasses,
        build=round(build, 3),
        head_scale=CHILD_HEAD_SCALE if age == "child" else 1.0,
    )


CHILD_HEAD_SCALE = 1.3  # a child's head is large for its body
CHILD_BUILD = 0.72


def for_age(look: Look, age: str) -> Look:
    """The look as the character's age draws it, whatever chose or edited it: a child has a child's head
    and build, no beard and no grey hair or bald head, in every shot (the rig is built from this)."""
    if age != "child":
        return look
    fixes: dict[str, object] = {}
    if look.head_scale < CHILD_HEAD_SCALE:
        fixes["head_scale"] = CHILD_HEAD_SCALE
    if look.build > CHILD_BUILD:
        fixes["build"] = round(CHILD_BUILD * (0.9 if look.presents == "female" else 1.0), 3)
    if look.beard:
        fixes["beard"] = False
    if look.hair_color in HAIR_GREY:
        fixes["hair_color"] = HAIR_DARK[1]
    if look.hair_style == "bald":
        fixes["hair_style"] = "crop"
    return look.model_copy(update=fixes) if fixes else look


def _attire(people: str, age: str, female: bool, setting: str, rng: np.random.Generator) -> str:
    if setting == "temple":
        return "saree" if female and people == "indian" and age != "child" else "robe" if age != "child" else "kurta"
    if people == "indian":
        if female:
            return "saree" if age in ("middle_aged", "elderly") or rng.random() < 0.5 else "kurta"
        return "kurta"
    if age == "child":
        return str(rng.choice(["hoodie", "jacket"] if not female else ["dress", "jacket"]))
    if age == "elderly":
        return "sweater"
    pair = SETTING_ATTIRE.get(setting)
    if pair:
        return pair[1] if not female else pair[0]
    return str(rng.choice(["shirt", "jacket", "sweater"] + (["dress"] if female else ["hoodie"])))


def assign_looks(board: Storyboard, voice_genders: dict[str, str] | None = None) -> None:
    """A look for every drawn character without one, from the first scene they speak in.
    `voice_genders` ("engine:voice" -> gender) draws unspecified characters like their cast voice."""
    taken = {c.look.attire_color for c in board.characters if c.look is not None}
    first_setting: dict[str, str] = {}
    for scene in board.scenes:
        for line in scene.lines:
            first_setting.setdefault(line.character_id, scene.setting)
    for character in board.characters:
        if character.look is None and character.drawn:
            setting = first_setting.get(character.id, "landscape")
            voice = character.voice
            heard = (voice_genders or {}).get(f"{voice.engine}:{voice.voice}") if voice else None
            character.look = choose_look(character, setting=setting, seed=board.seed, taken=taken, voice_gender=heard)
    _one_person_at_several_ages(board)
    for character in board.characters:  # a look brought or edited is fitted to the age too: as the rig draws it
        if character.look is not None:
            character.look = for_age(character.look, character.age)


# Words that tell which age of a person a cue shows ("YOUNG RAVI", "OLD RAVI", "LITTLE MAYA").
_AGE_WORDS = {
    "young",
    "younger",
    "old",
    "older",
    "little",
    "elder",
    "elderly",
    "teen",
    "teenage",
    "baby",
    "adult",
    "grown",
    "aged",
    "kid",
    "child",
}


def _person_key(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[\w\u0900-\u0DFF]+", name.lower()) if w not in _AGE_WORDS)


def _one_person_at_several_ages(board: Storyboard) -> None:
    """Characters who are one person at different ages (RAVI, YOUNG RAVI, OLD RAVI) keep what stays with
    a face for life: skin, eyes, hair style, the accent colour and how they present. Hair greys with age;
    the clothes are of their time."""
    groups: dict[tuple[str, ...], list] = {}
    for character in board.characters:
        if character.look is not None and character.drawn:
            groups.setdefault(_person_key(character.name), []).append(character)
    for people in groups.values():
        if len(people) < 2:
            continue
        base = next((c for c in people if c.age not in ("child", "elderly")), people[0]).look
        natural = base.hair_color if base.hair_color not in HAIR_GREY else "#2b1d14"
        for character in people:
            look = character.look
            look.skin, look.eye_color, look.accent_color, look.presents = (
                base.skin,
                base.eye_color,
                base.accent_color,
                base.presents,
            )
            if not (character.age == "elderly" and look.hair_style == "bald"):
                look.hair_style = base.hair_style
            if character.age == "child" and look.hair_style == "bald":  # the old man's bald head is not his as a boy
                look.hair_style = "crop"
            look.hair_color = HAIR_GREY[0] if character.age == "elderly" else natural
