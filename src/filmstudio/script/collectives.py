"""Groups named by a collective noun: "a troop of girls", "a band of robbers", "a flock of geese", "une
troupe de soldats", "un grupo de pastores", "una bandada de pájaros", "uno stuolo di ragazzi", "um bando de
crianças", "eine Schar Kinder", "ein Rudel Wölfe", "толпа детей". The collective only gathers: who the
group is, and so its gender, its age or its animal, is the noun after it (the member noun). groups.py
reads the phrase as it reads "a handful of porters" (the collective opens the group's phrase, its "of" is no
preposition), and quotes.py takes the member noun for the one who speaks ("said a troop of girls": the
girls, not a troop). A collective with no member noun ("he hated crowds", "the crowd roared") names no
one of the story's."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from filmstudio.script.acting import _PAST, _PREPOSITIONS, _acting_word, in_speech
from filmstudio.script.beings import DETERMINERS, animal_words
from filmstudio.script.lemmas import lemma_of
from filmstudio.script.persons import person_words
from filmstudio.script.staging_data import staging_section

# the collective nouns (singular and plural as written, lower case), by language
_COLLECTIVES = {
    "en": "troop troops band bands crowd crowds party parties flock flocks group groups gang gangs pack packs "
    "herd herds swarm swarms company host throng throngs bunch crew crews horde hordes mob choir army "
    "squad team tribe troupe posse multitude legion procession caravan gaggle brood litter bevy drove "
    "droves school shoal pride covey cluster knot string file line circle flight",
    "fr": "troupe troupes bande bandes foule groupe groupes troupeau troupeaux nuée essaim meute horde "
    "cortège escouade compagnie volée bataillon ribambelle armée chœur équipe tribu colonne file cohorte "
    "multitude poignée kyrielle flopée",
    "es": "grupo grupos bandada manada rebaño tropa banda multitud muchedumbre pandilla cuadrilla enjambre "
    "jauría piara partida compañía corro caravana ejército tropel bando cortejo hatajo hato tribu "
    "legión fila coro turba caterva",
    "it": "gruppo gruppi stuolo branco gregge stormo sciame folla banda schiera truppa compagnia combriccola "
    "frotta mandria torma brigata squadra esercito moltitudine muta drappello manipolo crocchio "
    "capannello coro fila corteo orda tribù nugolo",
    "pt": "grupo grupos bando manada rebanho enxame multidão turma tropa batalhão cardume alcateia matilha "
    "rancho caravana companhia exército malta revoada bandada cortejo fila coro horda tribo legião",
    "de": "schar scharen gruppe gruppen herde rudel schwarm menge haufen horde bande trupp truppe meute rotte "
    "kompanie heer chor kolonne reihe sippe familie",
    "ru": "толпа толпы группа группы стая стаи отряд стадо ватага шайка банда рой табун свора орава "
    "кучка компания вереница стайка",
}
# the word that joins a collective to its members ("a troop of girls"); German and Russian need none
_OF = {
    "en": r"of\s+",
    "fr": r"(?:de\s+|d['’]\s*)",
    "es": r"de\s+",
    "it": r"di\s+",
    "pt": r"de\s+",
    "de": r"(?:von\s+)?",
    "ru": r"",
}
# the articles and like words that open a collective's phrase (an adjective or two may follow them)
_OPENING = {
    "en": "a an the one this that another whole",
    "fr": "une un la le cette ce toute tout",
    "es": "un una el la este esta ese esa todo toda",
    "it": "un uno una il lo la l questo questa quel quello quella tutto tutta",
    "pt": "um uma o a este esta esse essa todo toda",
    "de": "ein eine einen einer die der den das eine ganze ganzen",
    "ru": "",
}
_WORD = r"[^\W\d_][\w'’-]*"


def collectives(language: str) -> frozenset[str]:
    return frozenset(_COLLECTIVES.get(language, "").split())


@lru_cache(maxsize=16)
def _before_pattern(language: str) -> re.Pattern[str] | None:
    """The phrase of a collective that ends right before its member noun: "a merry band of (fierce)"."""
    words = _COLLECTIVES.get(language)
    if not words:
        return None
    nouns = "|".join(sorted(words.split(), key=len, reverse=True))
    opening = "|".join(_OPENING.get(language, "").split())
    article = rf"(?:(?:{opening})\s+(?:{_WORD}\s+){{0,2}})?" if opening else ""
    # one adjective may stand before the member noun: "a band of fierce robbers", "eine Schar kleiner Kinder"
    flags = re.IGNORECASE if language != "de" else 0
    noun = rf"(?:{nouns})" if language != "de" else rf"(?:{'|'.join(w.capitalize() for w in words.split())})"
    return re.compile(rf"(?<![\w'’]){article}{noun}\s+{_OF[language]}(?:{_WORD}\s+)?$", flags)


def collective_before(text: str, start: int, language: str) -> int | None:
    """Where the phrase of a collective begins right before the noun at `start` ("a troop of girls" for
    "girls"), or None where no collective stands there."""
    pattern = _before_pattern(language)
    if pattern is None:
        return None
    window = max(0, start - 60)
    found = pattern.search(text[window:start])
    return None if found is None else window + found.start()


def collective_member(head: str, after: str, language: str, is_being: Callable[[str], bool]) -> str | None:
    """The member noun, as written, after a collective `head` that a phrase names ("Troop" and " of
    girls came by" give "girls"; "Schar" and " kleiner Kinder rief" give "Kinder"): the first of the two
    words after its "of" that `is_being` knows; None where the head is no collective or names no one."""
    if head.lower() not in collectives(language):
        return None
    found = re.match(rf"\s+{_OF.get(language, '')}({_WORD})(?:\s+({_WORD}))?", after)
    if found is None or found.group(1).lower() in DETERMINERS.get(language, "").split():
        return None  # "the troop of the king": whose troop, not whom it gathers
    return next((w for w in found.groups() if w and is_being(w)), None)


# the pronouns and negations that may stand between a subject and its verb ("lo salutò", "gli corse
# incontro", "l'entoura", "no dijo", "ne répondit pas", "le sonrió")
_BETWEEN = frozenset(
    {"lo", "la", "li", "le", "gli", "l", "ci", "si", "ne", "n", "se", "me", "te", "nos", "os", "les", "no", "non"}
    | {"nicht", "не", "y", "en", "lui", "leur", "him", "her", "them"}
)
_CLAUSE_END = re.compile(r"[.!?;:,\"“”„«»()\n—–]")


def verb_after(text: str, end: int, language: str) -> bool:
    """Whether the member noun ending at `end` (its collective before it) goes on with a verb of its own,
    which agrees with the collective in the singular or with the members in the plural: "un gruppo di
    pescatori lo salutò", "uno stuolo di ragazzi gli corse incontro", "a pack of wolves surrounded Ben".
    The verb is one the reading knows, or a past form (acting.py's endings)."""
    words = [w.lower() for w in re.findall(_WORD, _CLAUSE_END.split(text[end : end + 80])[0])]
    words = [w.split("'")[-1].split("’")[-1] for w in words if w not in _BETWEEN]
    if not words:
        return False
    word = words[0]
    if _acting_word(word, language) is not None:
        return True
    return language in _PAST and len(word) > 3 and word.endswith(_PAST[language]) and lemma_of(word, language) != word


def verb_before(text: str, start: int, language: str) -> bool:
    """Whether a verb stands right before the collective's phrase, whose object it then is ("Ben saw a crowd
    of people"): in the languages whose subject comes before its verb."""
    if language not in ("en", "fr", "es", "it", "pt"):
        return False
    words = re.findall(_WORD, _CLAUSE_END.split(text[max(0, start - 60) : start])[-1])
    if not words:
        return False
    word = words[-1].lower()
    return _acting_word(word, language) is not None or (
        language in _PAST and word.endswith(_PAST[language]) and lemma_of(word, language) != word
    )


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    possessed: bool = False
    plural: bool = True


def collective_acts(text: str, start: int, end: int, language: str) -> bool:
    """Whether the member noun written from `start` to `end`, a collective before it, is with its collective
    the subject of the verb after it, in the narration: not in someone's words, after no preposition ("among
    a crowd of children") and no verb whose object it is ("Ben saw a crowd of people")."""
    opening = collective_before(text, start, language)
    if opening is None or in_speech(text, _Span(opening, end)):
        return False
    before = [w.lower() for w in re.findall(_WORD, _CLAUSE_END.split(text[max(0, opening - 60) : opening])[-1])]
    if before and before[-1] in _PREPOSITIONS.get(language, "").split():
        return False
    return not verb_before(text, opening, language) and verb_after(text, end, language)


def gathers_members(text: str, at: int, word: str, language: str) -> bool:
    """Whether the collective `word` written at `at` is followed by the people or animals it gathers ("a
    troop of girls"): a picture draws those members, not the crowd the collective alone would be (a troop
    of soldiers)."""
    return collective_member(word, text[at + len(word) :], language, lambda w: _a_being(w, language)) is not None


def _a_being(word: str, language: str) -> bool:
    """Whether a word names people or an animal, as written or by its dictionary form."""
    people, animals = person_words(language), animal_words(language)
    low = word.lower() if language != "de" else word
    lemma = lemma_of(low, language)
    return any(w in people or w in animals or w.lower() in people for w in (low, lemma))


def member_name(word: str, language: str, listed: Iterable[str] = ()) -> str:
    """The member noun in the case a name takes: German's plural after "von" is a dative ("von Kindern",
    "von Wölfen": Kinder, Wölfe), Russian's after a collective a genitive ("толпа детей": дети, the
    `listed` plural of its dictionary form); elsewhere, and where no such form is known, as written."""
    if language == "de" and word.endswith("n"):
        stripped, lemma = word[:-1], lemma_of(word, language)
        # a plural of its own ("Kinder", "Wölfe"), not the singular ("Hirte", "Bauer": their plural ends in -n)
        own = not lemma.startswith(stripped.lower())
        if lemma_of(stripped, language) == lemma and own:
            return stripped
    if language == "ru" and word.lower().endswith(("ов", "ев", "ей", "ёв")):
        lemma = lemma_of(word.lower(), language)
        return next((w for w in listed if lemma_of(w, language) == lemma), word)
    return word


def member_word(word: str, language: str) -> bool:
    """Whether a word names people or animals: the lexicon's, or a word the staging draws as a crowd
    ("gamins", "villagers")."""
    if _a_being(word, language):
        return True
    crowds = staging_section(language, "groups")
    low = word.lower()
    return any(low in (w.lower() for w in words) for words in crowds.values())
