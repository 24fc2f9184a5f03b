"""Sanskrit in Devanagari to espeak-ng (Hindi) phonemes.

Hindi reading rules drop the inherent vowel at the end of words and in the middle of many
(कुर्वत -> "kurvat"); Sanskrit recitation keeps every one. Sanskrit spelling is phonemic, so each
akshara maps straight to phonemes, which espeak-ng reads between [[ and ]].
"""

from __future__ import annotations

# Phoneme names as espeak-ng's Hindi voice prints them (espeak-ng -v hi -x).
_CONSONANTS = {
    "क": "k",
    "ख": "k#",
    "ग": "g",
    "घ": "g#",
    "ङ": "N",
    "च": "c",
    "छ": "c#",
    "ज": "J",
    "झ": "J#",
    "ञ": "n^",
    "ट": "t.",
    "ठ": "t.#",
    "ड": "d.",
    "ढ": "d.#",
    "ण": "n.",
    "त": "t",
    "थ": "t#",
    "द": "d",
    "ध": "d#",
    "न": "n",
    "प": "p",
    "फ": "p#",
    "ब": "b",
    "भ": "b#",
    "म": "m",
    "य": "j",
    "र": "r",
    "ल": "l",
    "व": "v",
    "श": "S",
    "ष": "s.",
    "स": "s",
    "ह": "H",
    "ळ": "l.",
}
_VOWELS = {
    "अ": "@",
    "आ": "a:",
    "इ": "I",
    "ई": "i",
    "उ": "U",
    "ऊ": "u",
    "ऋ": "rI",
    "ॠ": "ri",
    "ऌ": "lrI",
    "ए": "e:",
    "ऐ": "E:",
    "ओ": "o:",
    "औ": "O:",
}
_MATRAS = {
    "ा": "a:",
    "ि": "I",
    "ी": "i",
    "ु": "U",
    "ू": "u",
    "ृ": "rI",
    "ॄ": "ri",
    "ॢ": "lrI",
    "े": "e:",
    "ै": "E:",
    "ो": "o:",
    "ौ": "O:",
}
_VIRAMA = "्"
_ANUSVARA = "ं"
_CANDRABINDU = "ँ"
_VISARGA = "ः"
_NUKTA = "़"
_OM = "ॐ"
_PAUSES = {"।": ",", "॥": ".", ",": ",", ".": ".", "?": "?", "!": "!"}
# The nasal an anusvara becomes before each class of consonant.
_NASAL_BEFORE = {c: "N" for c in "कखगघ"} | {c: "n^" for c in "चछजझ"} | {c: "n." for c in "टठडढ"}
_NASAL_BEFORE |= {c: "n" for c in "तथदधन"} | {c: "m" for c in "पफबभम"}


def sanskrit_to_phonemes(text: str) -> tuple[str, list[str]]:
    """The phoneme string for espeak-ng, and the written words it speaks, in order."""
    words_out: list[str] = []
    written: list[str] = []
    for token in text.split():
        phon, trailing = _word(token)
        if phon:
            words_out.append(phon + trailing)
            written.append(token)
        elif trailing and words_out:
            words_out[-1] += trailing
    return " ".join(words_out), written


def _word(token: str) -> tuple[str, str]:
    out: list[str] = []
    trailing = ""
    chars = [c for c in token if c != _NUKTA]
    last_vowel = "@"
    i = 0
    while i < len(chars):
        ch = chars[i]
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if ch in _CONSONANTS:
            out.append(_CONSONANTS[ch])
            if nxt == _VIRAMA:
                i += 2
                continue
            if nxt in _MATRAS:
                last_vowel = _MATRAS[nxt]
                out.append(last_vowel)
                i += 2
                continue
            last_vowel = "@"
            out.append("@")  # the inherent vowel, always spoken in Sanskrit
        elif ch in _VOWELS:
            last_vowel = _VOWELS[ch]
            out.append(last_vowel)
        elif ch == _OM:
            out.append("o:m")
        elif ch == _ANUSVARA:
            out.append(_NASAL_BEFORE.get(nxt, "m"))
        elif ch == _CANDRABINDU:
            out.append("~")
        elif ch == _VISARGA:
            # visarga echoes the vowel before it: namaḥ -> "namaha"
            out.append("H" + ("@" if last_vowel in ("@", "a:") else last_vowel.rstrip(":")))
        elif ch in _PAUSES:
            trailing = _PAUSES[ch]
        i += 1
    return "".join(out), trailing
