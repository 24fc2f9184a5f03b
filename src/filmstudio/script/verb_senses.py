"""English verbs the staging table does not list, read by lemma through WordNet's verb tree: a way of
sitting ("perched", "hunkered down", "lounged"), of eating ("gobbled", "gulped", "wolfed down"), of
throwing ("hurled", "lobbed"), of pushing and pulling ("shoved", "hauled", "jerked"), of tying or digging
("trussed", "tunnelled"), of crouching ("cowered", "stooped"), of hiding ("holed up") and the like. The
words are `data/verb_classes_en.json` (bench/build_verb_classes.py); the table's own reading of a word
always comes first."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from filmstudio.script.presence import Word
from filmstudio.script.staging_words import words_of

Hit = tuple[int, str, str]  # (position, verb class, words)


@lru_cache(maxsize=1)
def _data() -> dict[str, dict[str, str]]:
    path = resources.files("filmstudio.script") / "data" / "verb_classes_en.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {part: data[part] for part in ("verbs", "phrasal", "forms")}


@lru_cache(maxsize=1)
def _table_words() -> frozenset[str]:
    """Every word the English table lists, as a verb of any class or an expression: the table's reading."""
    table = words_of("en")
    return frozenset(w for part in (table.verbs, table.expressions) for entries in part.values() for w in entries)


def wordnet_class(word: str, lemma: str) -> str | None:
    """The verb class WordNet gives a word the table does not list (None where it gives none)."""
    data = _data()
    lemma = data["forms"].get(word, lemma)
    if word in _table_words() or lemma in _table_words():
        return None
    return data["verbs"].get(lemma)


def with_wordnet_verbs(verbs: list[Hit], text: str, toks: Sequence[Word], language: str) -> list[Hit]:
    """The table's verbs, with the English verbs and phrasal verbs only WordNet knows added where they
    stand (where the table read no verb); a phrasal verb ("wolfed down", "hunkered down") says more than its
    head read alone."""
    if language != "en":
        return verbs
    data = _data()
    phrases = [(at, at + len(word)) for at, _, word in verbs if " " in word]  # the table's phrases stand
    out = list(verbs)
    for i, tok in enumerate(toks):
        if any(a <= tok.start < b for a, b in phrases) or any(v[0] == tok.start for v in verbs):
            continue  # the table read the word ("bowed down" prays, as "bowed" does)
        lemma = data["forms"].get(tok.text, tok.lemma)
        after = toks[i + 1] if i + 1 < len(toks) and not text[tok.end : toks[i + 1].start].strip() else None
        phrasal = data["phrasal"].get(f"{lemma} {after.text}") if after is not None else None
        if phrasal is not None and after is not None:
            out = [v for v in out if v[0] != tok.start and v[0] != after.start]
            out.append((tok.start, phrasal, text[tok.start : after.end]))
            continue
        before = {t.text.lower() for t in toks[max(0, i - 2) : i]}
        if before & _NOUN_OPENERS:  # "wore a red tie": a noun after its article, not the verb "tie"
            continue
        cls = wordnet_class(tok.text, tok.lemma)
        if cls is not None and all(v[0] != tok.start for v in out):  # not the particle of a phrasal verb
            out.append((tok.start, cls, text[tok.start : tok.end]))
    return sorted(out)


# the words that open a noun phrase in English: a verb never follows them within two words
_NOUN_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "my", "your", "our", "its", "this", "that"})
