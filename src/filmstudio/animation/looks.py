"""Choosing how each character looks: parameters from age, gender, the film's language (culture) and the
setting they first appear in. Deterministic per film seed; different characters get different colours."""

from __future__ import annotations

import functools
import hashlib
import re

import numpy as np

from filmstudio.animation.creatures import headwear as creature_headwear
from filmstudio.animation.pairs_apart import apart_from, royal_attire, second_royal_colour, two_of_a_kind
from filmstudio.animation.royal import ROYAL_COLORS, headwear
from filmstudio.animation.stated_looks import stated_over_age, with_stated
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

    if female:  # hair that falls past the chin: a woman or a girl reads as one even in a wide shot
        styles = ["braid", "long"] if age == "child" or people != "indian" else ["braid", "bun", "long"]
    else:
        styles = ["short", "crop", "curly"]
        if age == "elderly":
            styles = ["bald", "short"]
        elif age == "child":
            styles = ["crop", "curly"]
    hair_style = str(rng.choice(styles))

    attire = _attire(people, age, female, setting, rng)
    crowned = headwear(character)  # a ruler or a ruler's child: a crown, in deep red or purple (pairs_apart)
    if crowned and people != "indian" and age != "child":  # a kurta or a saree is a court's dress already
        attire = royal_attire(crowned, female)
    free = [c for c in ROYAL_COLORS if c not in taken] if crowned else []
    free = free or apart_from([c for c in ATTIRE_COLORS if c not in taken] or ATTIRE_COLORS, taken)
    attire_color = str(free[int(rng.integers(len(free)))])
    if crowned and taken & set(ROYAL_COLORS):  # a second royal: the royal colour farthest from the first's
        attire_color = second_royal_colour(taken)
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
        headwear=crowned or creature_headwear(character),  # an angel: a halo (animation/creatures.py)
    )


SKIRTED = {"dress", "saree", "robe"}  # drawn with a skirt over bare legs (animation/body.py)


def skirted(look: Look) -> bool:
    """Whether the figure is drawn with a skirt: a dress, a saree or a robe, and a woman or a girl in any
    clothes (a skirt under a jacket or a sweater, a kurta's tunic to the knee): at a wide shot's size the
    skirt is what tells a woman from a man."""
    return look.attire in SKIRTED or look.presents == "female"


def bare_legs(look: Look) -> bool:
    """Legs drawn in skin under a skirt; a kurta's tunic is worn over trousers."""
    return skirted(look) and look.attire != "kurta"


CHILD_HEAD_SCALE = 1.3  # a child's head is large for its body
CHILD_BUILD = 0.72


def for_age(look: Look, age: str) -> Look:
    """The look as the character's age draws it, whatever chose or edited it: a child has a child's head
    and build, no beard and no grey hair or bald head, in every shot (the rig is built from this). Grey
    hair is an old person's: a young adult's is drawn in a natural colour whatever chose or edited it."""
    if age == "young_adult" and grey_hair(look.hair_color):
        return look.model_copy(update={"hair_color": HAIR_DARK[1]})
    if age == "elderly" and not look.stick:  # an old person walks with a stick: their age shows at a distance
        return look.model_copy(update={"stick": True})
    if age != "child":
        return look
    fixes: dict[str, object] = {}
    if look.head_scale < CHILD_HEAD_SCALE:
        fixes["head_scale"] = CHILD_HEAD_SCALE
    if look.build > CHILD_BUILD:
        fixes["build"] = round(CHILD_BUILD * (0.9 if look.presents == "female" else 1.0), 3)
    if look.beard:
        fixes["beard"] = False
    if look.hair_color in HAIR_GREY or _grey(look.hair_color):
        fixes["hair_color"] = HAIR_DARK[1]
    if look.hair_style == "bald":
        fixes["hair_style"] = "crop"
    return look.model_copy(update=fixes) if fixes else look


def grey_hair(colour: str) -> bool:
    """Whether hair of this colour reads as grey or white: an old person's."""
    return colour in HAIR_GREY or _grey(colour)


def _grey(colour: str) -> bool:
    """A light colour without hue (a crowd's silver, an edited look's white): an old person's hair."""
    r, g, b = _rgb(colour)
    return max(r, g, b) - min(r, g, b) < 24 and min(r, g, b) > 120


def for_person(look: Look, character: Character) -> Look:
    """The look as the rig draws the character, whoever chose or edited it: fitted to their age, presenting
    as their written gender, facial hair only on a grown man, hair that reads as hair (not as the skin of a
    bald head), and a woman's or a girl's hair that reads as hers in a wide shot. What the text says of
    how they look (a red cloak, a white beard, a tall body) is laid over it first."""
    look = stated_over_age(for_age(with_stated(look, character), character.age), character)
    fixes: dict[str, object] = {}
    if look.presents == "neutral" and character.gender in ("female", "male"):  # as the rig draws them
        look = look.model_copy(update={"presents": character.gender})
    if look.beard and not grown_man(character, look):
        fixes["beard"] = False
    hair = distinct_hair(look.hair_color, look.skin)
    if hair != look.hair_color:
        fixes["hair_color"] = hair
    style = womans_hair(look, character)
    if style != look.hair_style:
        fixes["hair_style"] = style
    return look.model_copy(update=fixes) if fixes else look


LONG_HAIR = {"long", "braid"}  # styles that fall past the chin: seen at any distance


def womans_hair(look: Look, character: Character) -> str:
    """The look's hair style, or for a woman or a girl whose hair would read as a man's or a boy's in a wide
    shot (cropped, a bob, curls; a bun above trousers) long hair: a braid for a girl. A bun stays on a
    woman in a skirt (the seed's choice, or an age of one person whose look was chosen at another)."""
    female = "female" in (character.gender, look.presents) and look.presents != "male"
    if not female or look.hair_style in LONG_HAIR:
        return look.hair_style
    if character.age == "child":
        return "braid"
    return look.hair_style if look.hair_style == "bun" and skirted(look) else "long"


def grown_man(character: Character, look: Look) -> bool:
    """A grown man: no child, and nothing says a woman (the written gender, how the look presents, or a
    name that is a woman's word: "the Queen", "Wife")."""
    if character.age == "child" or "female" in (character.gender, look.presents):
        return False
    return character.gender == "male" or _named_gender(character.name, character.language) != "female"


@functools.lru_cache(maxsize=512)
def _named_gender(name: str, language: str) -> str:
    """The gender a name's words carry as a kind of person ("Queen", "old wife"), or ""."""
    from filmstudio.script.beings import DETERMINERS  # the script's words: loaded only when a beard asks
    from filmstudio.script.mentions import find_mentions

    article = DETERMINERS.get(language, "").split()[:1]
    phrase = f"{article[0]} {name.lower()}" if article else name.lower()
    genders = {m.gender for m in find_mentions(phrase, language) if m.kind == "person" and m.gender}
    return genders.pop() if len(genders) == 1 else ""


# the least RGB distance between hair and skin: closer, short hair reads as a bald crown
HAIR_CONTRAST = 70.0


def distinct_hair(hair: str, skin: str) -> str:
    """`hair`, or where it is about the skin's colour, the nearest hair colour of its kind (grey, or
    natural) that stands apart from the skin; the darkest where none does."""
    if _distance(hair, skin) >= HAIR_CONTRAST:
        return hair
    family = HAIR_GREY if hair in HAIR_GREY else HAIR_DARK + HAIR_LIGHT
    apart = [c for c in family if _distance(c, skin) >= HAIR_CONTRAST]
    return min(apart, key=lambda c: _distance(c, hair)) if apart else HAIR_DARK[-1]


def _distance(a: str, b: str) -> float:
    return float(np.linalg.norm(np.array(_rgb(a), float) - np.array(_rgb(b), float)))


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


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
            character.look = for_person(character.look, character)


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
    for key, people in groups.items():
        if len(people) < 2 or two_of_a_kind(board, people, key):
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
