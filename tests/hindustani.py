"""Hindi and Urdu are one spoken language in two scripts (Hindustani), and Whisper base writes spoken
Hindi in Urdu's script, or in Latin letters, as often as in Devanagari. To compare what it heard with the
Devanagari that was read, both are brought to the consonants the three spellings share: Urdu writes
no short vowels and its long ones as the same letters as y and v (ی, و), so vowels, y and v go; letters
Urdu spells several ways are one (س ص ث are s, ت ط are t), nasal marks are n, doubled letters are one
(Urdu does not write बच्चे's double c), and the retroflex series is merged with the dental one, as
Latin letters write them. A perfect Urdu transcript of a Hindi sentence then scores about 0.02, where
romanising both sides letter by letter (anyascii) scored 0.18: च is "c" there but چ "ch", ं "m" but ں
"n", व "v" but و the vowel "w"."""

from __future__ import annotations

import re
import unicodedata


def _letters(letters: str, sounds: str) -> dict[str, str]:
    return dict(zip(letters, sounds.split(), strict=True))


_DEVANAGARI = _letters(
    "कखगघङचछजझञटठडढणतथदधनपफबभमरलशषसहंँ", "k kh g gh n c ch j jh n t th d dh n t th d dh n p ph b bh m r l sh sh s h n n"
)
_NUKTA = _letters("कखगजफडढ", "k kh g z f r rh")  # क़ ख़ ग़ ज़ फ़ ड़ ढ़: the letter and its dot
_URDU = _letters(
    "بپتٹثجچحخدڈذرڑزژسشصضطظغفقکكگلمنںہهھۂ", "b p t t s j c h kh d d z r r z zh s sh s z t z g f k k k g l m n n h h h h"
)
# romanised Hindi (Whisper's Latin transcripts) in the same letters: its vowels, y, v and w go too
_LATIN = (("chh", "ch"), ("ch", "c"), ("q", "k"), ("x", "ks"), ("v", ""), ("w", ""), ("y", ""))
HINDUSTANI = {"hi", "ur"}


def skeleton(text: str) -> str:
    """The consonants of Hindi or Urdu written in Devanagari, Urdu's script or Latin letters."""
    text = unicodedata.normalize("NFD", text.casefold())  # ड़ as ड and its nukta
    out: list[str] = []
    latin: list[str] = []

    def latin_done() -> None:
        if latin:
            word = re.sub(r"[aeiou]", "", "".join(latin))
            for old, new in _LATIN:
                word = word.replace(old, new)
            out.append(word)
            latin.clear()

    for i, ch in enumerate(text):
        if "a" <= ch <= "z":
            latin.append(ch)
            continue
        latin_done()
        if ch in _NUKTA and text[i + 1 : i + 2] == "\u093c":
            out.append(_NUKTA[ch])
        elif ch in _DEVANAGARI or ch in _URDU:
            out.append(_DEVANAGARI.get(ch) or _URDU[ch])
    latin_done()
    return re.sub(r"(.)\1+", r"\1", "".join(out))
