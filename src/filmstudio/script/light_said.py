"""The time of day as the words say it, beyond the nouns of `vocabulary.times`: the light changing ("night fell",
"the sun went down", "anocheció", "стемнело", "天黑了", "日が暮れた", "सूरज डूब गया": the time changes from that
sentence on), the adverbs and case forms of a part of the day ("ночью", "in aller Frühe", "de bon matin", "一大早")
and early morning said in a phrase (dawn, though "morning" alone is day). A new day or time passed ("the next
day", "le lendemain", "第二天", "years later") is day where the words name no other time: a night held from the
scene before ends there. The patterns are in `data/light_said.json`, per language and time of day."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.figures_of_speech import without_figures
from filmstudio.script.lemmas import fold_yo
from filmstudio.script.lexicon import Match

# where a word may begin: after no letter of its own script (Indic vowel signs are no \w to Python's re)
_INDIC = "\u0900-\u0dff"
_SPACED_BEFORE = rf"(?<![\w{_INDIC}])"
_SPACED_AFTER = rf"(?![\w{_INDIC}])"
_UNSPACED = {"zh", "ja"}
_INDIC_LANGUAGES = {"hi", "bn", "ta", "mr", "te", "ne"}  # case endings follow the word: no end boundary
# letters written either as one code point or as a letter and a nukta: both spellings match
_NUKTA_FORMS = {"\u09df": "\u09af\u09bc", "\u095c": "\u0921\u093c", "\u095d": "\u0922\u093c"}


@dataclass(frozen=True)
class _Patterns:
    changes: dict[str, re.Pattern[str]]  # the light changing, per time of day
    words: dict[str, re.Pattern[str]]  # adverbs, case forms and phrases of a part of the day
    passed: re.Pattern[str] | None  # a new day or time passed


def light_changes(text: str, language: str) -> list[Match]:
    """The times of day the light changes to in the text ("it grew dark": night), in order."""
    return _found(_patterns(language).changes, _folded(without_figures(_spaced(text), language)))[0]


def times_said(text: str, language: str) -> list[Match]:
    """Every time of day the text names, in the order first named, as `vocabulary.times(...).find` gives them:
    the light changing and the phrases of a part of the day first (their words are not read again: "the sun
    set" is no sunny day, "夜が明けた" no night), then the nouns; day where only a new day or time passed is
    said."""
    spaced = without_figures(_spaced(text), language)  # "dark as night", "shone like stars": no night
    folded = _folded(spaced)
    patterns = _patterns(language)
    changes, changed = _found(patterns.changes, folded)
    words, worded = _found(patterns.words, _blanked(folded, changed))  # "se hizo de noche" once, not twice
    rest = _blanked(spaced, changed + worded)
    # the nouns found in what is left keep their places: the lexicon reads text spaced as `_spaced` spaces it
    found = _merged(changes + words + vocabulary.times(language).find(rest))
    if not found and patterns.passed is not None:
        passed = patterns.passed.search(folded)
        if passed:
            found = [Match("day", (passed.group(0),), passed.start())]
    return found


def time_passed(text: str, language: str) -> bool:
    """Whether the text says a new day began or time went by ("the next day", "le lendemain", "第二天")."""
    passed = _patterns(language).passed
    return passed is not None and passed.search(_folded(_spaced(text))) is not None


def opening_times(text: str, language: str) -> list[Match]:
    """The times a scene opens in: those named before a sentence after the first changes the light (the light
    changes from that sentence on, a cut of its own), or all of them where none does."""
    sentences = [s for s in re.split(r"(?<=[.!?।。！？])\s*", text) if s.strip()]
    kept: list[str] = []
    for k, sentence in enumerate(sentences):
        if k and light_changes(sentence, language):
            break
        kept.append(sentence)
    return times_said(" ".join(kept), language)


def _spaced(text: str) -> str:
    """Single spaces and straight apostrophes, as `Lexicon.find` reads a text, so positions compare."""
    return " ".join(text.replace("’", "'").split())


def _folded(text: str) -> str:
    """Lower case, ё as е: the same length, so positions hold."""
    folded = fold_yo(text.lower())
    return folded if len(folded) == len(text) else fold_yo("".join(c.lower()[:1] or c for c in text))


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _found(table: dict[str, re.Pattern[str]], text: str) -> tuple[list[Match], list[tuple[int, int]]]:
    """The matches of each time of day's pattern, in order, and the spans they cover."""
    found, spans = [], []
    for key, pattern in table.items():
        said = [m for m in pattern.finditer(text) if m.group(0).strip()]
        if said:
            found.append(Match(key, tuple(dict.fromkeys(m.group(0).strip() for m in said)), said[0].start()))
            spans += [m.span() for m in said]
    return sorted(found, key=lambda m: m.position), spans


def _merged(found: list[Match]) -> list[Match]:
    """One match per time of day, with all its words, at where it was first named."""
    by_key: dict[str, Match] = {}
    for match in found:
        had = by_key.get(match.key)
        if had is None:
            by_key[match.key] = match
        else:
            words = tuple(dict.fromkeys(had.words + match.words))
            by_key[match.key] = Match(match.key, words, min(had.position, match.position))
    return sorted(by_key.values(), key=lambda m: m.position)


@lru_cache(maxsize=32)
def _patterns(language: str) -> _Patterns:
    data = json.loads((resources.files("filmstudio.script") / "data" / "light_said.json").read_text(encoding="utf-8"))
    own = data.get(language.split("-")[0], {})
    passed = own.get("passed", [])
    return _Patterns(
        changes={key: _compiled(words, language) for key, words in own.get("changes", {}).items()},
        words={key: _compiled(words, language) for key, words in own.get("words", {}).items()},
        passed=_compiled(passed, language) if passed else None,
    )


def _compiled(patterns: list[str], language: str) -> re.Pattern[str]:
    alternatives = []
    for pattern in sorted(patterns, key=len, reverse=True):
        pattern = fold_yo(pattern)  # written lower case: \S, \W keep their case
        for one, two in _NUKTA_FORMS.items():
            pattern = pattern.replace(two, one).replace(one, f"(?:{one}|{two})")
        alternatives.append(pattern)
    body = "|".join(f"(?:{p})" for p in alternatives)
    if language in _UNSPACED:
        return re.compile(body)
    after = "" if language in _INDIC_LANGUAGES else _SPACED_AFTER
    return re.compile(f"{_SPACED_BEFORE}(?:{body}){after}")
