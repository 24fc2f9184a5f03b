"""People met in the middle of a story ("At the crossroads they met a pedlar", "Then a soldier came
marching along the road", "Ils rencontrèrent un colporteur"): a person named with an indefinite article
whom the cast reading did not make one of the story's people is drawn as an extra of one in the moment
that brings them in, doing the sentence's verb where they are its subject, and in each later moment that
names them again ("the pedlar"). Not one named as what someone is ("he was a soldier", "like a king"),
nor one the sentence names as someone of the cast ("a man named Tom")."""

from __future__ import annotations

import re

from filmstudio.script.lemmas import lemma_of
from filmstudio.script.mentions import Mention, find_mentions
from filmstudio.script.people import name_tokens
from filmstudio.script.staging_words import words_of
from filmstudio.storyboard import CrowdKind, Extra, Moment, Storyboard

# the indefinite articles of one person
_ONE = {
    "en": frozenset({"a", "an"}),
    "de": frozenset({"ein", "eine", "einen", "einem", "einer"}),
    "fr": frozenset({"un", "une"}),
    "es": frozenset({"un", "una"}),
    "it": frozenset({"un", "uno", "una", "un'"}),
    "pt": frozenset({"um", "uma"}),
}
# the words after which "a soldier" says what someone is, or is like, not someone there
_NOT_THERE = {
    "en": frozenset(
        [
            "was",
            "is",
            "were",
            "are",
            "be",
            "been",
            "being",
            "became",
            "become",
            "becomes",
            "seemed",
            "like",
            "as",
            "no",
            "not",
            "never",
            "without",
        ]
    ),
    "de": frozenset(
        ["war", "ist", "sind", "waren", "sein", "wurde", "wird", "werden", "wie", "als", "kein", "keine", "ohne"]
    ),
    "fr": frozenset(["était", "est", "fut", "sont", "être", "devint", "devenu", "comme", "sans", "pas"]),
    "es": frozenset(["era", "es", "fue", "son", "ser", "estaba", "parecía", "como", "sin", "ningún", "ninguna"]),
    "it": frozenset(["era", "è", "fu", "sono", "essere", "divenne", "come", "senza"]),
    "pt": frozenset(["era", "é", "foi", "são", "ser", "tornou", "como", "sem"]),
}
_GENERIC = frozenset({"go", "arrive", "look", "cry_out", "sell_buy"})  # another verb of the clause says more
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def stage_newcomers(board: Storyboard) -> None:
    """An extra of one for each person met midway in the moments that bring them in or name them again."""
    language = board.language
    if language not in _ONE:
        return
    cast = {lemma_of(t.lower(), language) for c in board.characters for t in name_tokens(c.name)}
    quoted = {ln.id for ln in board.lines() if ln.character_id != "narrator"}
    met: set[str] = set()  # the mentions' keys of those met so far
    for scene in board.scenes:
        for moment in scene.moments:
            if moment.line_id in quoted:
                continue  # a character's own words: only spoken of
            for m in find_mentions(moment.text, language):
                if not _met_here(m, moment, language, cast, met):
                    continue
                met.add(m.key)
                words = moment.text[m.start : m.end]
                if any(words in e.words for e in moment.extras):
                    continue
                moment.extras.append(
                    Extra(kind=_kind(m, language), words=[words], verb=_verb(m, moment, language), count=1)
                )


def _met_here(m: Mention, moment: Moment, language: str, cast: set[str], met: set[str]) -> bool:
    if m.kind != "person" or m.plural or m.possessed or m.owner_named:
        return False
    head = m.name.split()[-1].lower() if m.name.split() else ""
    if lemma_of(head, language) in cast or any(m.name.lower() in w.lower() for w in moment.who_words):
        return False
    before = [w.lower() for w in _WORD.findall(moment.text[: m.start])]
    # "a man named Tom", "a girl, Ana,": one of the cast, named right after
    after = moment.text[m.end : m.end + 24]
    if any(w in after for w in moment.who_words):
        return False
    if before and before[-1] in _ONE[language]:
        return not (len(before) > 1 and before[-2] in _NOT_THERE[language])
    return m.key in met and m.determined


def _kind(m: Mention, language: str) -> CrowdKind:
    soldiers = {lemma_of(w, language) for w in words_of(language).groups.get("soldiers", ())}
    if lemma_of(m.name.split()[-1].lower(), language) in soldiers:
        return "soldiers"
    if m.age == "child":
        return "children"
    return "women" if m.gender == "female" else "men" if m.gender == "male" else "people"


def _verb(m: Mention, moment: Moment, language: str) -> str:
    """What the newcomer does: the verb of the table right after them in their clause, where nobody of the
    cast is named before them ("Then a soldier came marching along the road": he marches); else they
    stand by ("they met a pedlar")."""
    text = moment.text
    if any(0 <= text.find(w) < m.start for w in moment.who_words):
        return "stand"
    clause = re.split(r"[,;:.!?]", text[m.end :], maxsplit=1)[0]
    table = {e: cls for cls, entries in words_of(language).verbs.items() for e in entries if e and " " not in e}
    found = [table.get(w.lower()) or table.get(lemma_of(w.lower(), language)) for w in _WORD.findall(clause)]
    classes = [c for c in found if c]
    specific = [c for c in classes if c not in _GENERIC]
    return (specific or classes or ["stand"])[0]
