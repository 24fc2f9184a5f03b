"""Reading a scene's setting, time of day, weather and mood from its heading and action."""

from __future__ import annotations

import re

# Setting names the image engine draws; keywords that point at each, most specific first.
SETTING_KEYWORDS: dict[str, tuple[str, ...]] = {
    "lighthouse_room": ("lighthouse",),
    "podcast_studio": ("podcast", "studio", "microphone", "interview", "radio"),
    "classroom": ("classroom", "school", "class", "blackboard", "lesson", "students"),
    "office": ("office", "desk", "meeting", "boardroom", "cubicle"),
    "kitchen": ("kitchen", "stove", "cooking", "bakery"),
    "living_room": ("living room", "home", "house", "sofa", "bedroom", "apartment", "room"),
    "temple": ("temple", "shrine", "mandir", "altar", "prayer", "puja", "deity", "god", "goddess", "sloka", "mantra"),
    "space": ("space", "galaxy", "planet", "cosmos", "orbit", "universe", "nebula", "rocket", "night sky"),
    "sea": ("sea", "ocean", "coast", "beach", "waves", "shore", "harbour", "harbor", "boat", "cliff"),
    "river": ("river", "stream", "ganga", "ganges", "bank", "ghat", "lake"),
    "desert": ("desert", "dune", "sand", "camel", "oasis"),
    "forest": ("forest", "woods", "jungle", "trees", "grove", "tree"),
    "mountains": ("mountain", "mountains", "peak", "himalaya", "hills", "valley", "summit", "snow"),
    "city": ("city", "street", "skyline", "downtown", "traffic", "market", "road", "building"),
    "village": ("village", "farm", "field", "hut", "countryside", "well", "cottage"),
}  # fmt: skip
_PLACE_PHRASES = {
    "lighthouse_room": "Inside a lighthouse", "podcast_studio": "A podcast studio", "classroom": "A classroom",
    "office": "An office", "kitchen": "A kitchen", "living_room": "A living room", "temple": "A temple",
    "space": "The night sky and space", "sea": "The sea and coast", "river": "A river", "desert": "A desert",
    "forest": "A forest", "mountains": "Mountains", "city": "A city street", "village": "A village",
    "landscape": "An open landscape",
}  # fmt: skip
INTERIOR_SETTINGS = {"lighthouse_room", "podcast_studio", "classroom", "office", "kitchen", "living_room"}

_TIME_KEYWORDS = {
    "dawn": ("dawn", "sunrise", "daybreak", "early morning", "first light"),
    "sunset": ("sunset", "dusk", "evening", "twilight", "golden hour"),
    "night": ("night", "midnight", "moon", "moonlight", "dark", "stars", "starry"),
    "day": ("day", "morning", "noon", "afternoon", "sunny", "bright"),
}
_WEATHER_KEYWORDS = {
    "storm": ("storm", "thunder", "lightning", "gale"),
    "rain": ("rain", "raining", "drizzle", "monsoon", "wet"),
    "snow": ("snow", "snowing", "blizzard", "frost"),
    "fog": ("fog", "mist", "misty", "haze"),
    "wind": ("wind", "windy", "breeze", "gust"),
}
_MOOD_KEYWORDS = {
    "tense": ("danger", "afraid", "fear", "tense", "storm", "scream", "urgent", "run", "threat", "crash"),
    "melancholic": ("sad", "alone", "lonely", "grief", "tears", "cry", "lost", "miss", "quiet", "empty"),
    "joyful": ("happy", "joy", "laugh", "smile", "celebrate", "festival", "dance", "bright", "delight"),
    "mysterious": ("mystery", "strange", "secret", "shadow", "whisper", "unknown", "ancient"),
    "epic": ("epic", "battle", "triumph", "hero", "vast", "glory", "victory", "rise"),
    "devotional": ("pray", "prayer", "divine", "god", "sloka", "mantra", "temple", "blessing", "om"),
    "calm": ("calm", "peace", "peaceful", "gentle", "serene", "still", "soft"),
}


def _find(text: str, table: dict[str, tuple[str, ...]]) -> str | None:
    """The key whose keywords appear earliest-ranked and most often."""
    best, best_score = None, 0
    for key, words in table.items():
        score = sum(len(re.findall(r"\b" + re.escape(w) + r"\b", text)) for w in words)
        if score > best_score:
            best, best_score = key, score
    return best


_NEGATED = re.compile(
    r"\b(?:no|without|after the)\s+(\w+)|\b(\w+)\s+(?:has|had|have)\s+(?:passed|cleared|ended|stopped|gone)\b"
)


def _drop_negated(text: str) -> str:
    """ "The storm has passed", "no rain": words that say what is *not* there are removed."""
    return _NEGATED.sub(" ", text)


def classify_setting(text: str, *, interior: bool | None = None) -> str:
    low = text.lower()
    for setting, words in SETTING_KEYWORDS.items():
        if any(re.search(r"\b" + re.escape(w) + r"\b", low) for w in words):
            if interior is False and setting in INTERIOR_SETTINGS:
                continue  # an exterior heading never puts us inside a room
            return setting
    return "living_room" if interior else "landscape"


def describe_scene(heading: str, body: str) -> dict[str, object]:
    """Setting, interior flag, time of day, weather and mood for a scene, and a prose description."""
    head = heading.lower()
    interior: bool | None = None
    if re.match(r"^\s*(int\.?|interior)\b", head):
        interior = True
    elif re.match(r"^\s*(ext\.?|exterior|est\.?)\b", head):
        interior = False
    text = _drop_negated(f"{heading}\n{body}".lower())
    setting = classify_setting(heading, interior=interior)
    if setting in ("landscape", "living_room") and body:
        better = classify_setting(text, interior=interior)
        if better != "landscape":
            setting = better
    time_of_day = _find(head, _TIME_KEYWORDS) or _find(text, _TIME_KEYWORDS) or "day"
    weather = _find(text, _WEATHER_KEYWORDS) or "clear"
    mood = _find(text, _MOOD_KEYWORDS) or ("tense" if weather == "storm" else "calm")
    is_interior = setting in INTERIOR_SETTINGS
    place = _PLACE_PHRASES.get(setting, setting.replace("_", " "))
    when = {"day": "by day", "dawn": "at dawn", "sunset": "at sunset", "night": "at night"}[time_of_day]
    description = f"{place} {when}{'' if weather == 'clear' else ', ' + weather}, {mood} mood."
    first = re.split(r"(?<=[.!?])\s+", body.strip())[0] if body.strip() else ""
    if first:
        description += " " + first[:200]
    return {
        "setting": setting,
        "interior": is_interior,
        "time_of_day": time_of_day,
        "weather": weather,
        "mood": mood,
        "description": description,
    }
