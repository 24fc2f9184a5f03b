"""A thing a sentence names only to deny it or to liken something to it is not in its shot: "she had no
lantern", "he came without his coat", "er hatte keinen Hut", "sin sombrero"; "her eyes shone like a lantern",
"brillaban como una linterna", "लालटेन की तरह" (the likenesses script/scenes.py blanks from a scene's things).
Where the sentence also names it plainly ("she had no lantern, so she took his lantern") it is there. A thing
only meant in the sentence ("bent down to pick up the coin") is there: the shot shows the doing."""

from __future__ import annotations

import re

from filmstudio.script.figures_of_speech import without_figures
from filmstudio.script.scenes import _drop_likenesses
from filmstudio.storyboard import Prop

# words that deny the thing named just after them (an article or one word may come between): "no lantern",
# "without his coat", "keinen Hut", "sans lanterne", "sin sombrero"
_NONE = {
    "en": {"no", "without", "nor"},
    "de": {"kein", "keine", "keinen", "keinem", "keiner", "keines", "ohne"},
    "es": {"sin", "ningún", "ninguna", "ni"},
    "fr": {"sans", "aucun", "aucune", "ni"},
    "it": {"senza", "nessun", "nessuna", "nessuno", "né"},
    "pt": {"sem", "nenhum", "nenhuma", "nem"},
    "ru": {"без", "нет", "ни"},
}
# French "pas de lanterne", "plus de pain": the denial is the two words
_DENIED_PAIRS = {"fr": {("pas", "de"), ("pas", "d'"), ("plus", "de"), ("jamais", "de")}}
_WORD = re.compile(r"[^\W\d_]+['’]?")
_REACH = 2  # words before the thing: the denial, and an article or one word between


def seen(props: list[Prop], text: str, language: str) -> list[Prop]:
    """The props a sentence names plainly at least once: not those only denied or likened to."""
    # a likeness blanked ("a lion-like roar", "a storm of applause" too), every place of the text kept
    plain = without_figures(_drop_likenesses(text, language), language).lower()
    low = text.lower()
    if len(plain) != len(low):
        return props
    return [p for p in props if not p.words or any(_plain(low, plain, w.lower(), language) for w in p.words)]


def _plain(low: str, plain: str, word: str, language: str) -> bool:
    """Whether the word is written somewhere neither denied nor likened to (or is not found as written,
    where nothing can be said of it)."""
    starts = [m.start() for m in re.finditer(re.escape(word), low)] if word else []
    return not starts or any(plain[at : at + len(word)] == word and not _denied(low, at, language) for at in starts)


def _denied(low: str, at: int, language: str) -> bool:
    clause = max(low.rfind(c, 0, at) for c in ",;:.!?")
    before = [w.replace("’", "'") for w in _WORD.findall(low[clause + 1 : at])]
    if set(before[-_REACH:]) & _NONE.get(language, set()):
        return True
    pairs = _DENIED_PAIRS.get(language, set())
    return any(pair in pairs for pair in zip(before[-_REACH - 1 :], before[-_REACH:], strict=False))
