"""Languages the studio knows: writing system, subtitle font, and how to tell them apart in text."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    script: str  # latin, cyrillic, devanagari, tamil, telugu, bengali, han, kana, hangul, arabic


SCRIPT_FONTS = {
    "latin": "Noto Sans",
    "cyrillic": "Noto Sans",
    "greek": "Noto Sans",
    "devanagari": "Noto Sans Devanagari",
    "tamil": "Noto Sans Tamil",
    "telugu": "Noto Sans Telugu",
    "bengali": "Noto Sans Bengali",
    "han": "Noto Sans CJK SC",
    "kana": "Noto Sans CJK JP",
    "hangul": "Noto Sans CJK KR",
    "arabic": "Noto Sans Arabic",
}

_TABLE = [
    ("en", "English", "latin"), ("es", "Spanish", "latin"), ("fr", "French", "latin"),
    ("de", "German", "latin"), ("it", "Italian", "latin"), ("pt", "Portuguese", "latin"),
    ("nl", "Dutch", "latin"), ("ca", "Catalan", "latin"), ("pl", "Polish", "latin"),
    ("tr", "Turkish", "latin"), ("sv", "Swedish", "latin"), ("id", "Indonesian", "latin"),
    ("vi", "Vietnamese", "latin"), ("sw", "Swahili", "latin"), ("ro", "Romanian", "latin"),
    ("ru", "Russian", "cyrillic"), ("uk", "Ukrainian", "cyrillic"), ("el", "Greek", "greek"),
    ("hi", "Hindi", "devanagari"), ("mr", "Marathi", "devanagari"), ("ne", "Nepali", "devanagari"),
    ("sa", "Sanskrit", "devanagari"), ("ta", "Tamil", "tamil"), ("te", "Telugu", "telugu"),
    ("bn", "Bengali", "bengali"), ("zh", "Chinese", "han"), ("ja", "Japanese", "kana"),
    ("ko", "Korean", "hangul"), ("ar", "Arabic", "arabic"), ("ur", "Urdu", "arabic"),
    ("fa", "Persian", "arabic"),
]  # fmt: skip
LANGUAGES: dict[str, Language] = {code: Language(code, name, script) for code, name, script in _TABLE}

# A script seen in text, and the language it most likely is when nothing else is said.
_SCRIPT_DEFAULT_LANGUAGE = {
    "devanagari": "hi", "tamil": "ta", "telugu": "te", "bengali": "bn", "han": "zh",
    "kana": "ja", "hangul": "ko", "arabic": "ar", "cyrillic": "ru", "greek": "el", "latin": "en",
}  # fmt: skip

_RANGES = [
    (0x0900, 0x097F, "devanagari"), (0x0980, 0x09FF, "bengali"), (0x0B80, 0x0BFF, "tamil"),
    (0x0C00, 0x0C7F, "telugu"), (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"),
    (0x0400, 0x04FF, "cyrillic"), (0x0370, 0x03FF, "greek"), (0x3040, 0x30FF, "kana"),
    (0x4E00, 0x9FFF, "han"), (0x3400, 0x4DBF, "han"), (0xAC00, 0xD7AF, "hangul"),
    (0x1100, 0x11FF, "hangul"), (0x0041, 0x024F, "latin"),
]  # fmt: skip


def char_script(ch: str) -> str | None:
    cp = ord(ch)
    for lo, hi, script in _RANGES:
        if lo <= cp <= hi:
            if script == "latin" and not ch.isalpha():
                return None
            return script
    return None


def dominant_script(text: str) -> str:
    counts = Counter(s for s in map(char_script, text) if s)
    if not counts:
        return "latin"
    if counts.get("kana"):  # Japanese mixes kana with kanji (han)
        return "kana"
    return counts.most_common(1)[0][0]


def detect_language(text: str) -> str:
    script = dominant_script(text)
    if script == "devanagari" and looks_like_sanskrit(text):
        return "sa"
    return _SCRIPT_DEFAULT_LANGUAGE.get(script, "en")


def looks_like_sanskrit(text: str) -> bool:
    """Verses: double danda, or visarga with danda, are Sanskrit habits Hindi prose rarely has."""
    return "॥" in text or ("ः" in text and "।" in text)


def font_for_text(text: str, language: str | None = None) -> str:
    if language in LANGUAGES and LANGUAGES[language].script not in ("latin",):
        return SCRIPT_FONTS[LANGUAGES[language].script]
    return SCRIPT_FONTS.get(dominant_script(text), "Noto Sans")


def is_spaceless(language: str) -> bool:
    """Languages written without spaces between words: subtitle lines break between characters."""
    lang = LANGUAGES.get(language)
    return bool(lang and lang.script in ("han", "kana"))
