"""Who a sentence's subject pronoun stands for, and which pronouns are no subject at all.

A subject pronoun goes on with the one the sentence before was about, when gender agrees (centering: the
last subject beats the last object and the others present): "The old man woke early. He thanked the
boy." is the old man thanking the boy, though the boy is the only one the sentence names. Someone named
in the pronoun's own clause is never the one it stands for ("he thanked the boy": not the boy).

An object pronoun is never the subject, though some are spelt as subject pronouns: German "sie" after
the clause's subject ("Eines Tages ließ der König sie rufen": the king sends, she is sent for); and the
Romance clitics before a verb ("il l'appela", "el rey la llamó", "Luego la llamó") bring the one called
into the shot beside the doer. Spanish leaves its subject out: a clause opening with a clitic and a verb
("Luego la llamó") goes on with the one the story followed."""

from __future__ import annotations

import re

from filmstudio.script.lemmas import lemma_of
from filmstudio.script.verbs import is_verb, verb_words
from filmstudio.storyboard import Character, Moment

# the subject pronouns of one person, by the gender they tell
SUBJECT_PRONOUNS = {
    "en": {"he": "male", "she": "female"},
    "de": {"er": "male", "sie": "female"},
    "fr": {"il": "male", "elle": "female"},
    "es": {"él": "male", "ella": "female"},
}
# unstressed object pronouns before a verb, as the subject pronoun of their gender ("_": none told)
_CLITICS = {
    "fr": {"le": "il", "la": "elle", "l'": "_", "l’": "_"},
    "es": {"lo": "él", "la": "ella"},
}
# the words before which a clitic is no article ("en la casa"): prepositions
_PREPOSITIONS = {
    "fr": frozenset(
        ["à", "de", "dans", "sur", "sous", "avec", "pour", "par", "chez", "vers", "en", "entre", "sans", "contre"]
    ),
    "es": frozenset(
        ["a", "de", "en", "con", "por", "para", "sobre", "hacia", "desde", "hasta", "sin", "entre", "contra", "tras"]
    ),
}
# the endings of an infinitive: a word whose lemma ends so, and differs from it, is a verb's form
_INFINITIVE = {"fr": ("er", "ir", "re"), "es": ("ar", "er", "ir")}
# the words that join two clauses, each with a subject of its own
_JOINS = {
    "en": frozenset(["and", "but", "or", "so", "then", "while", "when"]),
    "de": frozenset(["und", "aber", "oder", "denn", "doch", "als", "während"]),
    "fr": frozenset(["et", "mais", "ou", "donc", "puis", "quand", "pendant"]),
    "es": frozenset(["y", "e", "pero", "o", "u", "pues", "luego", "cuando", "mientras"]),
}
# the languages that leave the subject out: the clitic and verb opening a clause go on with the one followed
_SUBJECT_LEFT_OUT = frozenset({"es"})
_WORD = re.compile(r"[^\W\d_]+['’]?", re.UNICODE)
_BREAK = re.compile(r"[,;:—–\"“”«»()]")


def _words(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group().lower()) for m in _WORD.finditer(text)]


def one_clause(text: str, a: int, b: int, language: str) -> bool:
    """Whether nothing between two places of a sentence opens a new clause: no punctuation, no word that
    joins clauses, but for one right after the first word ("He and the boy sat": one subject of two)."""
    between = text[a:b]
    if _BREAK.search(between):
        return False
    words = [w for _, w in _words(between)]
    return not any(w in _JOINS.get(language, ()) for w in words[2:])


def object_sie(text: str, at: int, nominals: list[tuple[int, str, str]], language: str) -> bool:
    """German "sie" after its clause's subject ("ließ der König sie rufen", "Tom rief sie"): an object."""
    if language != "de" or text[at : at + 3].lower() != "sie":
        return False
    return any(
        n[0] < at and n[1] in ("character", "pronoun", "group") and one_clause(text, n[0], at, language)
        for n in nominals
    )


def _verb_form(word: str, language: str) -> bool:
    if is_verb(word, language, verb_words(language)):
        return True
    lemma = lemma_of(word, language)
    return lemma != word and lemma.endswith(_INFINITIVE.get(language, ()))


def object_clitic(text: str, language: str) -> str | None:
    """The subject form of a clitic object pronoun standing before its verb ("il l'appela": "_", "el rey
    la llamó": "ella"), or None; "la" before a noun or after a preposition is an article."""
    clitics = _CLITICS.get(language)
    if not clitics:
        return None
    words = _words(text)
    for k, (_at, word) in enumerate(words):
        elided = word.endswith(("'", "’"))
        form = clitics.get(word if elided else word.rstrip("'’"))
        if form is None or k + 1 >= len(words):
            continue
        if k and words[k - 1][1] in _PREPOSITIONS.get(language, ()):
            continue
        nxt = words[k + 1][1]
        if elided or _verb_form(nxt, language):
            return form
    return None


def subject_pronouns(text: str, language: str, nominals: list[tuple[int, str, str]]) -> list[tuple[int, str]]:
    """(position, gender) of each subject pronoun of one person the sentence uses; German "sie" only where
    it is no object and no plural ("sie gingen": they)."""
    table = SUBJECT_PRONOUNS.get(language, {})
    words = _words(text)
    out = []
    for k, (at, word) in enumerate(words):
        if word not in table or object_sie(text, at, nominals, language):
            continue
        if language == "de" and word == "sie" and k + 1 < len(words) and words[k + 1][1].endswith("en"):
            continue  # "sie gingen", "sie riefen": they
        out.append((at, table[word]))
    return out


def resolve(
    gender: str, previous: Moment | None, nearest: list[str], characters: list[Character], exclude: set[str]
) -> str | None:
    """The one a subject pronoun stands for: the last subject if they agree, else the nearest one present
    who does (`nearest`: the last named first); one of no known gender where nobody agrees."""
    by_id = {c.id: c for c in characters if c.id != "narrator"}
    followed = list(previous.who) if previous is not None else []
    order = [c for c in dict.fromkeys([*followed[:1], *nearest, *followed[1:]]) if c in by_id and c not in exclude]
    fits = [c for c in order if not gender or by_id[c].gender == gender]
    if fits:
        return fits[0]
    unknown = [c for c in order if by_id[c].gender not in ("male", "female")]
    return unknown[0] if unknown else None


def settle_subject(
    who: list[str],
    text: str,
    language: str,
    nominals: list[tuple[int, str, str]],
    named: list[tuple[int, str, str]],
    previous: Moment | None,
    nearest: list[str],
    characters: list[Character],
) -> list[str]:
    """`who` with its subject settled where a pronoun says who it is: the one a subject pronoun opening
    its clause stands for leads those its clause names after it ("He thanked the boy"); one a pronoun
    the table reading missed stands for ("Luego ella lo llamó"); and in a language that leaves its
    subject out, a clause of a clitic and a verb goes on with the one followed ("Luego la llamó")."""
    pronouns = subject_pronouns(text, language, nominals)
    if who and pronouns:
        at, gender = pronouns[0]
        first = min((pos for pos, cid, _ in named if cid == who[0]), default=-1)
        before = [pos for pos, _, _ in named if pos < at and one_clause(text, pos, at, language)]
        if first > at and not before and one_clause(text, at, first, language):
            clause = {cid for pos, cid, _ in named if pos > at and one_clause(text, at, pos, language)}
            referent = resolve(gender, previous, nearest, characters, clause)
            if referent is not None and referent not in who:
                return [referent, *who]
        return who
    if who:
        return who
    if pronouns and not any(pos < pronouns[0][0] for pos, _, _ in named):
        referent = resolve(pronouns[0][1], previous, nearest, characters, {cid for _, cid, _ in named})
        return [referent] if referent is not None else who
    left_out = language in _SUBJECT_LEFT_OUT and previous is not None and bool(previous.who) and not named
    if left_out and object_clitic(text, language) is not None and not any(n[1] in ("group", "other") for n in nominals):
        return previous.who[:1] if previous is not None else who
    return who


def object_pronoun(text: str, language: str, nominals: list[tuple[int, str, str]]) -> str | None:
    """The subject form of an object pronoun the staging tables do not list: a clitic before its verb,
    German "sie" after its clause's subject ("she": she, or they)."""
    sie = [m.start() for m in re.finditer(r"(?<!\w)sie(?!\w)", text, re.I)] if language == "de" else []
    if any(object_sie(text, at, nominals, language) for at in sie):
        return "she"
    return object_clitic(text, language)
