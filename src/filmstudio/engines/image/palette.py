"""Colours for skies by time of day, grades by mood, and looks by style."""

from __future__ import annotations

SKY = {  # top, horizon
    "dawn": ((70, 90, 160), (250, 180, 150)),
    "day": ((70, 140, 220), (190, 225, 245)),
    "sunset": ((60, 50, 120), (250, 140, 70)),
    "night": ((8, 12, 35), (30, 45, 90)),
}
LIGHT = {
    "dawn": (1.0, 0.85, 0.8),
    "day": (1.0, 1.0, 1.0),
    "sunset": (1.0, 0.75, 0.6),
    "night": (0.45, 0.5, 0.75),
}
MOOD_TINT = {
    "calm": (1.0, 1.0, 1.02),
    "joyful": (1.06, 1.03, 0.95),
    "tense": (0.92, 0.95, 1.05),
    "melancholic": (0.9, 0.93, 1.05),
    "mysterious": (0.88, 0.9, 1.08),
    "epic": (1.08, 1.0, 0.92),
    "devotional": (1.08, 0.98, 0.88),
}
WEATHER_GREY = {"clear": 0.0, "wind": 0.05, "fog": 0.35, "rain": 0.3, "storm": 0.45, "snow": 0.2}
STYLES = ("cinematic", "cartoon", "watercolor", "minimal")


# how much of the light a cloud cover leaves
WEATHER_LIGHT = {"storm": 0.8, "rain": 0.9}


def grade_factors(time: str, mood: str, weather: str = "clear") -> tuple[float, float, float]:
    """What the light of the hour, the weather and the mood's grade multiply each channel by; characters
    drawn into a scene get the same, so they sit in its light."""
    light = LIGHT.get(time, LIGHT["day"])
    tint = MOOD_TINT.get(mood, (1.0, 1.0, 1.0))
    dim = WEATHER_LIGHT.get(weather, 1.0)
    # night keeps the sky and lights readable: tinted, not crushed
    floor = 0.55 if time == "night" else 0.75
    r, g, b = ((floor + (1 - floor) * c) * m * dim for c, m in zip(light, tint, strict=True))
    return r, g, b
