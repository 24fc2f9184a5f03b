"""Morals and general statements: a fable's moral ("Moral: Slow and steady wins the race.", "Moralité : …",
"शिक्षा: …", "教訓：…"), a proverb or the narrator's comment ("He who laughs last laughs best.", "And so it is
to this day."), told about nobody of the story. Staging shows the story's main characters at rest for them
(script/staging.py), not an empty view of the place.

The words are data, the section "morals" of each staging word file (`data/staging/<language>.json`):
`labels` a moral opens with (then a colon or dash, or one of the `links`: "The moral is …"), the
`generic` subjects a sentence opens with (after one of the `openers`: "And", "So"), closing `formulas`
found anywhere ("to this day"), whole sentences that only end a story (`ends`: "The End"), and what tells
a verb in the past: `past_words`, and `past_endings` of a word whose lemma ends as a verb's does
(`verb_lemmas`), less the `not_past` words; Japanese ends a past sentence with `past_end`."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from filmstudio.languages import is_spaceless
from filmstudio.script.lemmas import has_lemmas, lemma_of
from filmstudio.script.staging_data import staging_section

_PUNCT = " \t\"'“”‘’«»„「」『』()（）[]*_-–—.。,，;；:：!！?？¡¿।॥…"
_SEPARATOR = r"\s*[:：\-–—]"


def _section(language: str) -> dict[str, Any]:
    section = staging_section(language, "morals")
    return section if isinstance(section, dict) else {}


def _words(language: str, key: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _section(language).get(key, []))


@lru_cache(maxsize=1)
def _every_label() -> frozenset[str]:
    """The moral labels of every language that has staging words: a label is read in any language."""
    folder = resources.files("filmstudio.script") / "data" / "staging"
    names = [p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json")]
    return frozenset(label for name in names for label in _words(name, "labels"))


@lru_cache(maxsize=64)
def _label_pattern(language: str | None) -> re.Pattern[str]:
    labels = sorted(_every_label() | set(_words(language, "labels") if language else ()), key=len, reverse=True)
    links = sorted({link for name in ([language] if language else []) for link in _words(name, "links")}, key=len)
    link = "|".join(re.escape(w) for w in reversed(links))
    after = _SEPARATOR + (rf"|\s*(?:{link})(?=[\s:：,，、]|$)" if link else "")
    return re.compile(r"^[\s\"'“«„「『*_(#]*(?:" + "|".join(re.escape(x) for x in labels) + ")(?:" + after + ")", re.I)


def moral_label(text: str, language: str | None = None) -> str | None:
    """The label a sentence opens with, as written ("Moral:", "Moralité :", "शिक्षा:", "教訓："), or None."""
    match = _label_pattern(language).match(text)
    return match.group() if match else None


def is_label(name: str) -> bool:
    """Whether a cue ("Moral" in "Moral: …") is a moral's label, not someone who speaks."""
    return name.strip(_PUNCT).lower() in _every_label()


def _plain(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split()).strip(_PUNCT)


def _opens_with(text: str, language: str, key: str) -> bool:
    """Whether the sentence opens with one of the words of `key` (after an opener: "And those who …")."""
    low = _plain(text)
    entries = _words(language, key)
    if not entries:
        return False
    if is_spaceless(language):
        return any(entry in low for entry in entries)
    openers = "|".join(re.escape(o) for o in sorted(_words(language, "openers"), key=len, reverse=True))
    lead = rf"(?:(?:{openers})[\s,]+)?" if openers else ""
    words = "|".join(re.escape(e) for e in sorted(entries, key=len, reverse=True))
    return re.match(rf"^{lead}(?:{words})(?!\w)", low) is not None


def generic_subject(text: str, language: str) -> bool:
    """Whether the sentence speaks of anyone at all: "Those who …", "He who …", "Quien …", "Wer …", "Кто …"."""
    return _opens_with(text, language, "generic")


def closing_formula(text: str, language: str) -> bool:
    """ "And so it is to this day.", "That is why …", "The End.": words that close a tale."""
    low = _plain(text)
    if low in _words(language, "ends"):
        return True
    spaceless = is_spaceless(language)
    return any(
        (f in low) if spaceless else re.search(rf"(?<!\w){re.escape(f)}(?!\w)", low) is not None
        for f in _words(language, "formulas")
    )


def knows_tense(language: str) -> bool:
    """Whether the language's words tell a verb in the past."""
    section = _section(language)
    return bool(section.get("past_words") or section.get("past_endings") or section.get("past_end"))


def in_the_past(text: str, language: str) -> bool:
    """Whether the sentence tells what happened (a verb in the past), as far as the words tell it."""
    section = _section(language)
    end = section.get("past_end")
    if end:  # Japanese: the sentence's last verb
        return re.search(re.escape(end) + r"(?:[。．.！!？?」』）)\s]*)$", text.strip()) is not None
    low = " ".join(text.lower().replace("’", "'").split())
    words = set(_words(language, "past_words"))
    phrases = [w for w in words if " " in w or "-" in w]
    if any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", low) for p in phrases):
        return True
    endings = _words(language, "past_endings")
    verbs = _words(language, "verb_lemmas")
    not_past = set(_words(language, "not_past"))
    for token in re.findall(r"[^\W\d_][\w\u0900-\u0DFF'-]*", low):
        if token in not_past:
            continue
        if token in words:
            return True
        if len(token) < 4 or not any(token.endswith(e) for e in endings):
            continue
        if not verbs:  # English: "-ed" is its past
            return True
        lemma = lemma_of(token, language) if has_lemmas(language) else token
        if lemma != token and any(lemma.endswith(v) for v in verbs):
            return True
    return False
