"""Kokoro-82M speaking the languages its own pipeline reads from espeak-ng: the text in IPA from
espeak-ng's library (loaded already for its timings), turned into Kokoro's phoneme vocabulary as that
pipeline does (tied diphthongs and affricates to its single letters) in the languages it learnt so, and
in the others to the nearest symbols it learnt (palatalisation, trills, laterals); then spoken a sentence
at a time with its commas and stops kept (Kokoro pauses at them and reads a short opening phrase such as
"Le matin," well only inside its sentence). Kokoro gives no timings: each sentence's time is shared
among its words by their length, a comma counting as a few letters of pause."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import numpy as np

from filmstudio.engines.tts.base import WordTiming

# espeak-ng's tied IPA -> Kokoro's single symbols (its espeak front end's table)
_TIED = {
    "a^ɪ": "I",
    "a^ʊ": "W",
    "d^z": "ʣ",
    "d^ʒ": "ʤ",
    "e^ɪ": "A",
    "o^ʊ": "O",
    "ə^ʊ": "Q",
    "s^s": "S",
    "t^s": "ʦ",
    "t^ʃ": "ʧ",
    "ɔ^ɪ": "Y",
}
_SIMPLER = {"ʲ": "j", "r": "ɾ", "x": "k", "ɬ": "l", "\u0329": "", "\u032a": ""}
# velarised and retroflex laterals (Turkish ɫ, Tamil ɭ...) as Kokoro's l, where that measured clearer
# than leaving them out (bench/languages.py, 2026-12-06, mean CER of the eight voices: tr 0.26 -> 0.09,
# kk 0.34 -> 0.28, ml 0.55 -> 0.42, lt 0.28 -> 0.24); Korean, Russian and Sinhala measured worse
_LATERALS = {"ɫ": "l", "ɭ": "l"}
_LATERALS_LEFT_OUT = {"ko", "ru", "si"}
# the languages Kokoro v1.0 learnt from espeak-ng's IPA (its pipeline's `EspeakG2P`, hexgrad/misaki): given
# that IPA as it learnt it, only tied pairs made its single symbols. Spanish keeps its jota x ("jardín" had
# become "cardín") and trill r, Hindi its retroflex flap as espeak-ng's "r." (learnt so; ɽ it never heard).
# Mean CER of the eight voices (bench/languages.py, 2026-12-06): es 0.047 -> 0.008, pt 0.095 -> 0.041,
# it 0.039 -> 0.028, fr the same; Hindi's 16 held-out sentences (--held-out) 0.247 -> 0.188
AS_LEARNT = {"es", "fr", "hi", "it", "pt"}
# where its affricates and diphthongs are Kokoro's single symbols (ʧ, I): the languages it learnt so, and
# English. Elsewhere they stay two (t ʃ, a ɪ): German read "mein" as "man" with English's I (CER of the
# eight voices 0.15 -> 0.16, three voices worse), and the other languages were measured that way.
TIED = {"en", "es", "fr", "hi", "it", "pt"}
# other scripts' stops and commas as the marks Kokoro pauses at (Devanagari's danda, Urdu's, Arabic's...)
_MARKS = str.maketrans({"।": ".", "॥": ".", "۔": ".", "؟": "?", "،": ",", "؛": ";", "։": ".", "።": ".", "፣": ","})
_SENTENCE_END = re.compile(r"(?<=[.!?…।॥۔؟։።])\s+")
_PHRASE = re.compile(r"[^,;:.!?…]+[,;:.!?…]*")
SENTENCE_GAP = 0.2  # seconds between sentences
_PAUSE_LETTERS = 3  # a comma's pause, in letters' worth of time
# the languages where Whisper base understood Kokoro's packs reading espeak-ng's IPA at a CER of 0.5 or
# under (bench/languages.py, 2026-12-05); English has clearer and faster voices already (Festival, Piper).
# Casting then picks, language by language, the voice measured clearest.
LANGUAGES = (
    "af",
    "am",
    "ar",
    "az",
    "be",
    "bg",
    "bn",
    "bs",
    "ca",
    "cs",
    "cy",
    "da",
    "de",
    "es",
    "et",
    "eu",
    "fa",
    "fi",
    "fr",
    "gu",
    "he",
    "hi",
    "hr",
    "ht",
    "hu",
    "id",
    "is",
    "it",
    "ka",
    "kk",
    "kn",
    "ko",
    "la",
    "lb",
    "lt",
    "lv",
    "mi",
    "mk",
    "ml",
    "mr",
    "ms",
    "mt",
    "nb",
    "ne",
    "nl",
    "pl",
    "pt",
    "ro",
    "ru",
    "si",
    "sk",
    "sl",
    "sq",
    "sr",
    "sv",
    "sw",
    "ta",
    "te",
    "tk",
    "tr",
    "uk",
    "ur",
    "uz",
    "vi",
)


def to_kokoro(ipa: str, vocab: dict[str, int], language: str) -> str:
    """espeak-ng IPA in Kokoro's vocabulary: tied pairs first, then (in the languages it did not learn
    from espeak-ng) the simpler symbols, then only what the model knows."""
    if language in TIED:
        for tied, one in _TIED.items():
            ipa = ipa.replace(tied, one)
    ipa = ipa.replace("^", "")
    if language in AS_LEARNT:
        return "".join(ch for ch in ipa if ch in vocab)
    # espeak-ng writes the retroflex flap (Bengali ড়, Gujarati, Urdu ڑ) as "r.": Kokoro's ɽ, where it
    # never learnt "r." from Hindi
    ipa = ipa.replace("r.", "ɽ")
    if language != "en":  # English keeps its ɹ; the others' trills and taps are Kokoro's ɾ
        for old, new in _SIMPLER.items():
            ipa = ipa.replace(old, new)
        if language not in _LATERALS_LEFT_OUT:
            for old, new in _LATERALS.items():
                ipa = ipa.replace(old, new)
    return "".join(ch for ch in ipa if ch in vocab)


def sentences(text: str) -> list[str]:
    return [p.strip() for p in _SENTENCE_END.split(text) if p.strip()]


def sentence_tokens(sentence: str, ipa: Callable[[str], str], vocab: dict[str, int], language: str) -> str:
    """A sentence in Kokoro's vocabulary with its punctuation: espeak-ng's IPA drops it, so each phrase
    is transcribed alone and its comma or stop put back after it."""
    out = []
    for piece in _PHRASE.findall(sentence.translate(_MARKS).replace("¿", "").replace("¡", "")):
        body = piece.rstrip(",;:.!?… ")
        tokens = to_kokoro(ipa(body), vocab, language).strip() if body.strip() else ""
        if tokens:
            mark = piece[len(body) :].strip()[:1]
            out.append(tokens + (mark if mark in vocab else ""))
    return " ".join(out)


def sentence_words(sentence: str) -> list[tuple[str, int]]:
    """The words a subtitle shows with the weight of their time: their letters, and a pause after a comma."""
    out = []
    word = ""
    for char in f"{sentence} ":
        if _in_word(char):
            word += char
            continue
        if word:
            out.append((word, len(word) + (_PAUSE_LETTERS if char in ",;:" else 0)))
        word = ""
    return out


def _in_word(char: str) -> bool:
    """Letters, digits and the marks written on them: a Hindi word keeps its vowel signs (कुरुते, not क र त)."""
    return unicodedata.category(char)[0] in "LMN" or char in "'’-\u200c\u200d"


def share(words: list[tuple[str, int]], start: float, duration: float) -> list[WordTiming]:
    """A sentence's time shared among its words by their weights."""
    if not words:
        return []
    weights = np.array([max(1, w) for _, w in words], dtype=float)
    edges = start + np.concatenate([[0.0], np.cumsum(weights)]) / weights.sum() * duration
    return [WordTiming(w, float(edges[i]), float(edges[i + 1])) for i, (w, _) in enumerate(words)]
