"""A scene's times of day, weathers and moods: each key with the pictured symbols (🌅 sunrise, 🌧 rain,
😢 crying …) whose CLDR names count in every language. Our own words for them are in
`data/words/<language>.json` (script/word_data.py)."""

from __future__ import annotations

# key -> its symbols, comma-separated
TIMES: dict[str, str] = {"dawn": "🌅,🌄", "sunset": "🌇,🌆", "night": "🌃,🌙,🌌", "day": "☀️"}

WEATHERS: dict[str, str] = {"storm": "⛈️,🌩️", "rain": "🌧️,☔", "snow": "🌨️,❄️", "fog": "🌫️", "wind": "💨,🌬️"}

MOODS: dict[str, str] = {
    "tense": "😱,😨",
    "melancholic": "😢,😭",
    "joyful": "😄,🎉",
    "mysterious": "🕵️,🔮",
    "epic": "⚔️,🏆",
    "devotional": "🙏,🕉️",
    "calm": "😌",
}
