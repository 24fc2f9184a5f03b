"""Whether a place drawn from either side (a shed, a mill, a stable, a cave) is seen from inside: the
story goes into it ("slipped into the shed", "hid inside the mill", "entró en la cueva") or is in it
("in the stable the horse slept"); it stays outside where the text stands them by or round it."""

from __future__ import annotations

import re

# the words that take one into a place, or set one in it, just before its name (an article between)
_INTO = {
    "en": {"into", "inside", "in", "within"},
    "de": {"in", "ins", "im", "hinein", "drinnen"},
    "es": {"en", "dentro", "adentro"},
    "fr": {"dans", "en", "intérieur"},
    "it": {"in", "nel", "nella", "nello", "dentro", "entro"},
    "pt": {"em", "no", "na", "dentro"},
    "nl": {"in", "binnen"},
}
_ARTICLES = {
    "en": {"the", "a", "an", "his", "her", "their", "its", "our", "my", "old", "little", "big"},
    "de": {"den", "die", "das", "dem", "der", "einen", "eine", "ein", "einem", "einer", "seinen", "seine", "ihre"},
    "es": {"la", "el", "los", "las", "una", "un", "su", "sus", "de"},
    "fr": {"la", "le", "les", "une", "un", "sa", "son", "ses", "de"},
    "it": {"la", "il", "lo", "l", "una", "un", "uno", "sua", "suo"},
    "pt": {"a", "o", "uma", "um", "sua", "seu"},
    "nl": {"de", "het", "een", "zijn", "haar"},
}


def seen_inside(words: list[str], text: str, language: str) -> bool | None:
    """True where the text goes into the place its words name, None where it does not say."""
    into, articles = _INTO.get(language), _ARTICLES.get(language, set())
    if not into:
        return None
    low = text.lower()
    for word in words:
        for hit in re.finditer(rf"(?<![\w'-]){re.escape(word.lower())}(?![\w'-])", low):
            before = re.findall(r"[^\W\d_]+", low[max(0, hit.start() - 40) : hit.start()])
            while before and before[-1] in articles:
                before.pop()
            if before and before[-1] in into:
                return True
    return None
