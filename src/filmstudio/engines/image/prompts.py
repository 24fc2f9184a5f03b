"""Prompts for a diffusion model, built from the storyboard's scene: what the picture shows first (the
setting, the people, the things), then the light and mood, then the style preset. CLIP reads 77 tokens,
so the words that matter most come first and the description is cut short."""

from __future__ import annotations

from dataclasses import dataclass

from filmstudio.engines.image.base import SceneSpec

STYLE_WORDS = {
    "cinematic": "cinematic film still, 35mm, shallow depth of field, dramatic lighting, high detail",
    "cartoon": "2d cartoon illustration, clean lines, flat colours, animated film",
    "watercolor": "watercolor painting, soft washes, paper texture",
    "minimal": "minimalist illustration, simple shapes, muted palette",
}
TIME_WORDS = {
    "dawn": "at dawn, soft pink light",
    "day": "in daylight",
    "sunset": "at sunset, golden hour",
    "night": "at night, moonlight",
}
MOOD_WORDS = {
    "calm": "peaceful",
    "tense": "tense, moody shadows",
    "joyful": "bright, cheerful",
    "melancholic": "melancholic, muted colours",
    "mysterious": "mysterious, misty",
    "romantic": "romantic, warm",
    "epic": "epic, grand scale",
    "devotional": "serene, sacred",
}
NEGATIVE = (
    "text, watermark, signature, logo, blurry, lowres, jpeg artifacts, deformed, disfigured, bad anatomy, "
    "extra limbs, extra fingers, cropped, out of frame"
)
DESCRIPTION_WORDS = 24


@dataclass(frozen=True)
class Person:
    """Someone the picture must show: who (for their LoRA) and how they look, in words."""

    character_id: str
    words: str


def scene_prompt(spec: SceneSpec, people: tuple[Person, ...] = ()) -> tuple[str, str]:
    """The prompt and negative prompt for a scene."""
    setting = spec.setting.replace("_", " ")
    place = f"inside a {setting}" if spec.interior else f"a {setting}"
    parts = [place]
    parts += [p.words for p in people]
    if spec.things:
        colours = dict(spec.colours)
        named = [f"{colours[t]} {t}" if t in colours else t for t in spec.things[:6]]
        parts.append("with " + ", ".join(t.replace("_", " ") for t in named))
    parts.append(TIME_WORDS.get(spec.time_of_day, spec.time_of_day))
    if spec.weather and spec.weather != "clear":
        parts.append(spec.weather.replace("_", " "))
    parts.append(MOOD_WORDS.get(spec.mood, spec.mood))
    description = " ".join(spec.description.split()[:DESCRIPTION_WORDS])
    if description:
        parts.append(description)
    parts.append(STYLE_WORDS.get(spec.style, STYLE_WORDS["cinematic"]))
    negative = NEGATIVE if people else f"people, person, {NEGATIVE}"
    return ", ".join(p for p in parts if p), negative


_COLOURS = {
    "black": (20, 20, 20),
    "white": (240, 240, 240),
    "grey": (128, 128, 128),
    "red": (200, 40, 40),
    "orange": (230, 130, 40),
    "yellow": (230, 210, 60),
    "green": (50, 150, 60),
    "blue": (50, 90, 200),
    "purple": (130, 60, 160),
    "pink": (230, 130, 170),
    "brown": (110, 70, 40),
    "blonde": (220, 190, 120),
    "maroon": (110, 20, 40),
    "teal": (40, 140, 140),
    "navy": (30, 40, 100),
    "gold": (210, 170, 50),
}


def colour_name(hex_colour: str) -> str:
    """The nearest plain colour word for a #rrggbb colour."""
    value = hex_colour.lstrip("#")
    try:
        rgb = tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return ""
    return min(_COLOURS, key=lambda name: sum((a - b) ** 2 for a, b in zip(_COLOURS[name], rgb, strict=True)))


AGE_WORDS = {"child": "child", "young_adult": "young", "middle_aged": "middle-aged", "elderly": "elderly"}
GENDER_WORDS = {("child", "male"): "boy", ("child", "female"): "girl", ("child", "neutral"): "child"}


def person_words(*, age: str, gender: str, look: dict[str, object] | None) -> str:
    """ "a young woman with long black hair in a blue saree": the same words in every scene, so the
    character is painted alike (with its LoRA, when the studio has one, alike for sure)."""
    noun = GENDER_WORDS.get((age, gender)) or {"male": "man", "female": "woman"}.get(gender, "person")
    age_word = "" if age == "child" else AGE_WORDS.get(age, "") + " "
    phrase = f"{age_word}{noun}"
    words = f"{'an' if phrase[0] in 'aeiou' else 'a'} {phrase}"
    if not look:
        return words
    hair = str(look.get("hair_style", ""))
    if hair == "bald":
        words += ", bald"
    elif hair:
        words += f" with {hair} {colour_name(str(look.get('hair_color', '')))} hair"
    if look.get("beard"):
        words += " and a beard"
    if look.get("glasses"):
        words += ", glasses"
    attire = str(look.get("attire", ""))
    if attire:
        words += f" in a {colour_name(str(look.get('attire_color', '')))} {attire}"
    for kind, colour in (("outer", "outer_color"), ("hat", "hat_color")):  # what the text has them wear
        if look.get(kind):
            words += f" and a {colour_name(str(look.get(colour, '')))} {look[kind]}"
    if look.get("barefoot"):
        words += ", barefoot"
    return words
