"""People a narration names plainly, in the languages that capitalise names: a name opening its sentence
before a finite verb ("Giulia abitava in un paese", "Otto war ein dicker Mann", "Rosa llevaba una cesta"),
and names given in apposition to a word for kin or a group ("sus hijos Inés y Rodrigo", "ses filles,
Jeanne et Marie", "seine Söhne Hans und Peter").

A verb is told by its form, not by a list: a word the dictionary brings back to an infinitive of its
language ("abitava" to "abitare", "wohnte" to "wohnen", "жила" to "жить"). A capital opening a sentence
says little, so the word must be none of grammar's words, times, places, kinds of being or verbs; and a
word the dictionary knows as a common word ("rosa", "hope", "pierre") needs more: a person said of it
("Rosa era una niña"), or, in a language whose nouns take an article, a bare noun doing something (a rose
never carries a basket without "la"), or a verb a person does and the story's "he" or "she" later."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

import simplemma

from filmstudio.script.lemmas import fold_yo, lemma_of
from filmstudio.script.place_names import months, place_names
from filmstudio.script.roles import HONORIFICS, PRONOUNS
from filmstudio.script.time_words import is_time_word
from filmstudio.script.verbs import is_verb, verb_words

if TYPE_CHECKING:
    from filmstudio.storyboard import Character

_LANGUAGES = {"en", "es", "fr", "de", "it", "pt", "ru"}
# the endings of an infinitive, which a finite verb's lemma has
_INFINITIVE = {
    "es": ("ar", "er", "ir", "ír"),
    "pt": ("ar", "er", "ir", "or"),
    "it": ("are", "ere", "ire", "rre"),
    "fr": ("er", "ir", "re", "oir"),
    "de": ("n",),  # "wohnen", "sein", "tun"; German's verbs are its lower-case words, so no noun is met
    "ru": ("ть", "ться", "чь", "чься", "ти", "тись"),
}
_ENGLISH_BEING = {"was", "is", "were", "are"}
# languages whose common nouns take an article as subjects: a bare one doing something is a name
_ARTICLED = {"es", "fr", "it", "pt"}
# adverbs by their ending ("Lentamente", "Suddenly", "Plötzlich")
_ADVERB_ENDINGS = ("mente", "ment", "ly", "weise", "lich")
# the joints of a list of names
_AND = {"and", "y", "e", "et", "und", "и", "i"}
# the verbs of living somewhere, which German lacks in people.py's table
_LIVING_DE = {"wohnen", "leben", "hausen"}
# words for kin the person table lacks, by lemma
_KIN = {
    "ru": {"сын": "male", "дочь": "female", "дочка": "female", "ребенок": "", "дети": "", "брат": "male"},
    "fr": {"fils": "male", "cousin": "male", "cousine": "female", "ami": "male", "amie": "female"},
    "es": {"primo": "male", "prima": "female", "amigo": "male", "amiga": "female"},
    "it": {"nipote": "", "cugino": "male", "cugina": "female", "amico": "male", "amica": "female"},
    "pt": {"primo": "male", "prima": "female", "amigo": "male", "amiga": "female"},
    "de": {"neffe": "male", "nichte": "female", "freund": "male", "freundin": "female"},
    "en": {"friend": "", "twin": ""},
}
# languages whose masculine plural is said of sons and daughters together ("hijos", "figli")
_BOTH_IN_MASCULINE = {"es", "it", "pt", "fr"}
# a German pronoun right after the verb is its subject, and what opened the sentence its object
_GERMAN_SUBJECTS = {"er", "sie", "es", "ich", "du", "wir", "ihr", "man"}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def plain_names(text: str, language: str, *, not_names: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Names opening a sentence before its verb, and names apposed to kin or a group, in order."""
    if language not in _LANGUAGES or not text:
        return []
    from filmstudio.script.acting import _narrated as narrated

    told = narrated(text)  # a name only in what someone says is talked about, not met
    found = [*_opening_subjects(told, language, not_names), *_apposed_to_kin(told, language)]
    return list(dict.fromkeys(name for _, name in sorted(found)))


def finite_verb(word: str, language: str) -> bool:
    """Whether a word is a finite verb by its form: its lemma an infinitive of the language, itself not that
    infinitive nor a plural of a noun ending like one ("lugares", "mari")."""
    low = word.lower()
    if not word[:1].islower() or low.endswith(("ing", "'s", "’s")):
        return False
    if language == "en":
        if low in _ENGLISH_BEING or is_verb(low, language, verb_words(language)):
            return True
        lemma = lemma_of(low, language)
        return lemma != low and not low.endswith("s")
    lemma = lemma_of(low, language)
    if lemma == low or not lemma.endswith(_INFINITIVE.get(language, ())):
        return False
    if language in ("es", "pt", "fr") and low in (lemma + "s", lemma + "es"):
        return False  # "lugares": a plural noun
    return not (language == "it" and low.endswith("i") and not low.endswith("ì"))


def _opening_subjects(text: str, language: str, not_names: set[str] | frozenset[str]) -> list[tuple[int, str]]:
    lowered = {w.lower() for w in _WORD.findall(text) if w[:1].islower()}
    told_again = _told_again(text, language)
    out: list[tuple[int, str]] = []
    for start, sentence in _sentences(text):
        spans = list(_WORD.finditer(sentence))
        for i, match in enumerate(spans[:5]):
            word = match.group(0)
            if not word[:1].isupper():
                continue
            if i > 0 and not _opening_phrase(sentence, spans, i, language):
                break
            if not _could_name(word, text, language, lowered):
                continue  # "Ogni mattina Giulia", "Por la mañana, Lucía": an opening word, not the subject
            if i + 1 >= len(spans) or sentence[match.end() : spans[i + 1].start()].strip():
                break  # "However, the road": a comma, no verb of its own
            if not finite_verb(spans[i + 1].group(0), language):
                break
            rest = [m.group(0) for m in spans[i + 1 :]]
            if _named(word, rest, text, language, not_names, told_again):
                out.append((start + match.start(), word))
            break
    return out


def _sentences(text: str) -> list[tuple[int, str]]:
    """(start, sentence): a sentence ends at its stop, at a line break, a quote mark or a dialogue dash."""
    out, at = [], 0
    for piece in re.split(r"((?<=[.!?;])[\"'”’»)]*\s+|\n+|[\"“”„«»‘—–]\s*)", text):
        out.append((at, piece))
        at += len(piece)
    return out[::2]


def _opening_phrase(sentence: str, spans: list[re.Match[str]], i: int, language: str) -> bool:
    """Whether the words before the i-th open the sentence as a time or a manner does ("Ogni mattina",
    "Por el camino,") or join it ("y"), so that the i-th may be its subject: no verb, no capital, and the
    word right before no article, preposition or possessive."""
    from filmstudio.script.closed_words import closed_words

    if language == "de":
        return False  # German puts its verb second: what opens the sentence is not its subject after that
    before = [m.group(0) for m in spans[:i]]
    if any(w[:1].isupper() for w in before[1:]) or any(finite_verb(w, language) for w in before):
        return False
    previous = before[-1].lower()
    gap = sentence[spans[i - 1].end() : spans[i].start()]
    if gap.strip() == ",":
        return True  # "Por la mañana, Rosa ..."
    return gap.strip() == "" and (previous in _AND or previous not in closed_words(language))


def _could_name(word: str, text: str, language: str, lowered: set[str]) -> bool:
    """Whether a capitalised word may be a name at all: none of grammar's words, no time, place, kind of
    being, verb or adverb, never written in lower case in the text."""
    from filmstudio.script.closed_words import closed_words
    from filmstudio.script.people import _FUNCTION_WORDS, _NOT_A_NAME, _kind_word

    low = word.lower()
    if len(word) <= 2 or word.isupper() or low in lowered or re.search(r"['’]", word):
        return False
    if low in _FUNCTION_WORDS or low in _NOT_A_NAME or low in HONORIFICS:
        return False
    if low in closed_words(language) and not _proper(word, language):
        return False  # "Entonces", but "Sara", which the dictionary knows as a name
    if low in PRONOUNS or is_time_word(word, language) or low in months(language) or low.endswith(_ADVERB_ENDINGS):
        return False
    if low in place_names(language) or low in _place_words(language):
        return False
    if _kind_word(word, language) or _inflected(word, language):
        return False  # "Fox", "Cuentos", "Söhne"
    return not finite_verb(low, language) or _proper(word, language)  # "Cantaba"; but "Marie", not "marier"


def _named(
    word: str, rest: list[str], text: str, language: str, not_names: set[str] | frozenset[str], told_again: bool
) -> bool:
    """Whether `word`, opening a sentence before its verb (`rest` the words from the verb on), names someone."""
    from filmstudio.script.people import _DETERMINED, _being_verb

    low = word.lower()
    person_said = _being_verb(rest, language) or lemma_of(rest[0].lower(), language) in _LIVING_DE
    if person_said:
        return True  # "Otto war ein dicker Mann", "Rosa era una niña", "Giulia abitava"
    proper = _proper(word, language) and low not in not_names and not _noun_in_german(word, language)
    if _being(rest[0], language):
        # "Пётр был старым рыбаком", "Giulia era felice"; "Valdoro era un pueblo" is a place
        return proper and not any(_place_or_thing(w, language) for w in rest[1:4])
    if proper:
        return True  # "Giulia", "Tomás": a word the dictionary knows as a name, or not at all
    if re.search(_DETERMINED.get(language, r"(?!)") + re.escape(word) + r"\b", text, re.I):
        return False  # "the Hope", "la Rosa": met with an article, a thing
    doing = _a_persons_verb(rest[0], language) and len(rest) > 1
    if language == "de" and len(rest) > 1 and rest[1].lower() in _GERMAN_SUBJECTS:
        return False  # "Holz hackte er": the wood is what he chopped
    if language in _ARTICLED and doing:
        return True  # "Rosa llevaba una cesta": a rose needs its article
    return doing and told_again and not _abstract(word, language)


def _proper(word: str, language: str) -> bool:
    """Whether the dictionary reads a capitalised word as a proper name or does not know it ("Tomás",
    "Giulia"), not as a common word capitalised ("Rosa" to "rosa")."""
    return fold_yo(str(simplemma.lemmatize(word, lang=language))) == fold_yo(word)  # "Пётр" as "Петр"


def _noun_in_german(word: str, language: str) -> bool:
    """In German every noun is capitalised: a word the dictionary knows is a noun unless only a name."""
    return language == "de" and simplemma.is_known(word.lower(), lang=language)


def _inflected(word: str, language: str) -> bool:
    """A plural or other inflected form ("Cuentos", "Footsteps", "Söhne"): a common word."""
    lemma = str(simplemma.lemmatize(word, lang=language))
    if language == "de":
        return lemma != word
    # shorter, as a plural is; not "Rosa" read as the feminine of "roso"
    return lemma[:1].islower() and len(lemma) < len(word) and lemma != word.lower()


def _being(verb: str, language: str) -> bool:
    from filmstudio.script.people import _BEING

    low = verb.lower()
    return low in _ENGLISH_BEING or lemma_of(low, language) in _BEING.get(language, set())


def _a_persons_verb(verb: str, language: str) -> bool:
    """A verb of what a body does, says or feels, not one a thing also does ("fell", "flew", "went")."""
    from filmstudio.script.once_named import _ALSO_OF_THINGS
    from filmstudio.script.speech_verbs import SPEECH_VERBS
    from filmstudio.script.staging_words import words_of

    table = words_of(language)
    # nor what fills, spreads or hangs ("Silence filled the hall")
    things_do = _ALSO_OF_THINGS | {"place"}
    words = {w for kind, entries in table.verbs.items() if kind not in things_do for w in entries}
    words |= {w for entries in table.expressions.values() for w in entries}
    words |= set(SPEECH_VERBS.get(language, "").split())
    low = verb.lower()
    return low in words or lemma_of(low, language) in words


def _abstract(word: str, language: str) -> bool:
    """A word for a mood, a weather or a time ("Hope filled the room", "Snow fell"): no one."""
    from filmstudio.script.vocabulary import moods, weathers

    return any(lex.find(word.lower()) for lex in (moods(language), weathers(language)))


def _place_or_thing(word: str, language: str) -> bool:
    from filmstudio.script.vocabulary import things

    low = word.lower()
    return low in _place_words(language) or bool(things(language).find(low))


@lru_cache(maxsize=16)
def _place_words(language: str) -> frozenset[str]:
    from filmstudio.script.vocabulary import places

    return frozenset(places(language).names())


def _told_again(text: str, language: str) -> bool:
    from filmstudio.script.people import _referred_to_again

    return _referred_to_again(text, language)


def _apposed_to_kin(text: str, language: str) -> list[tuple[int, str]]:
    return [(at, name) for at, name, _ in _kin_lists(text, language)]


def kin_traits(text: str, language: str) -> dict[str, tuple[str, str, str]]:
    """name -> (gender, age, the word) that the word for kin the name is apposed to tells: "ses filles,
    Jeanne et Marie" are girls; "sus hijos Inés y Rodrigo" are children, whose gender a masculine plural
    of a language that uses it for both does not tell."""
    from filmstudio.script.persons import person_words

    people = person_words(language)
    out: dict[str, tuple[str, str, str]] = {}
    for _, name, noun in _kin_lists(text, language):
        low = noun.lower()
        lemma = lemma_of(low, language)
        gender, age = people.get(low) or people.get(lemma) or people.get(_german_lemma(low)) or ("", "")
        gender = gender or _KIN.get(language, {}).get(lemma) or _KIN.get(language, {}).get(low) or ""
        if gender == "male" and language in _BOTH_IN_MASCULINE and lemma != low:
            gender = ""  # "hijos", "figli": sons, or children of both
        out.setdefault(name, (gender, age, noun))
    return out


def _kin_lists(text: str, language: str) -> list[tuple[int, str, str]]:
    """(where, name, the word for kin) of names listed right after a word for kin or a group of people:
    "two children, Anna and Piet", "sus hijos Inés y Rodrigo", "seine Söhne Hans und Peter" (two or
    more, joined by "and")."""
    from filmstudio.script.persons import person_words

    people = set(person_words(language)) | set(_KIN.get(language, {}))
    lowered = {w.lower() for w in _WORD.findall(text) if w[:1].islower()}
    out: list[tuple[int, str, str]] = []
    spans = list(_WORD.finditer(text))
    for k, match in enumerate(spans[:-1]):
        noun = match.group(0).lower()
        if noun not in people and lemma_of(noun, language) not in people and _german_lemma(noun) not in people:
            continue
        members = _listed_after(text, spans, k + 1)
        names = [m for m in members if _could_name(m.group(0), text, language, lowered)]
        if len(members) >= 2 and len(names) == len(members):
            out.extend((m.start(), m.group(0), match.group(0)) for m in names)
    return out


def _german_lemma(word: str) -> str:
    """German nouns are lemmatised as written ("Söhne" to "Sohn"), lower-cased for the person table."""
    return str(simplemma.lemmatize(word[:1].upper() + word[1:], lang="de")).lower()


def _listed_after(text: str, spans: list[re.Match[str]], k: int) -> list[re.Match[str]]:
    """The capitalised words listed from the k-th word and closed by "and": "Anna and Piet", ", Jeanne et
    Marie", "A, B y C"; none where no "and" closes them."""

    def gap(a: int, b: int) -> str:
        return text[spans[a].end() : spans[b].start()].strip()

    if gap(k - 1, k) not in ("", ",", ":"):
        return []
    members: list[re.Match[str]] = []
    i = k
    while i < len(spans) and spans[i].group(0)[:1].isupper():
        members.append(spans[i])
        joint = i + 1
        if joint + 1 < len(spans) and spans[joint].group(0).lower() in _AND and gap(i, joint) in ("", ","):
            last = spans[joint + 1]
            return [*members, last] if last.group(0)[:1].isupper() and not gap(joint, joint + 1) else []
        if joint >= len(spans) or gap(i, joint) != ",":
            return []
        i = joint
    return []


def a_place_not_a_person(name: str, text: str, language: str) -> bool:
    """Whether a name found is a country's or a city's ("Madrid dormía bajo la nieve", "London woke"), met
    once, and the text says nothing of it that only a person is ("Victoria era una niña")."""
    from filmstudio.script.people import _being_verb

    if language not in _LANGUAGES or " " in name or name.lower() not in place_names(language):
        return False
    found = list(re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text))
    if len(found) > 1:
        return False  # "Sofia sits … Sofia reads": met again and again, someone the story follows
    for match in found:
        after = _WORD.findall(text[match.end() : match.end() + 80])
        if after and _being_verb(after, language):
            return False
    return True


def an_opening_word_not_a_name(name: str, text: str, language: str) -> bool:
    """Whether a name found is a common word met once, opening its sentence before a verb a thing or a
    time also does ("Silence filled the hall", "Ensuite vint l'hiver"): the dictionary reads it as a word,
    and nothing a person does or is follows it."""
    from filmstudio.script.people import _being_verb

    if language not in _LANGUAGES or " " in name or _proper(name, language):
        return False
    found = list(re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text))
    if len(found) != 1 or not re.search(r"(?:^|[.!?:;\"“”«»—–\n])\s*$", text[: found[0].start()]):
        return False
    end = found[0].end()
    after = _WORD.findall(text[end : end + 80])
    if not after or not re.match(r"\s+" + re.escape(after[0]), text[end:]) or not finite_verb(after[0], language):
        return False  # "Tib,\n Tab,\n and Tom": listed, not opening a sentence before its verb
    return not _a_persons_verb(after[0], language) and not _being_verb(after, language)


def apply_kin_traits(
    characters: dict[str, Character], traits: dict[str, tuple[str, str, str]], character_id: Callable[[str], str]
) -> None:
    """Gives each name apposed to kin what the word for kin tells: the word said of them outweighs a guess
    from the words around ("Il mugnaio aveva due figlie, Chiara e Elena": daughters, not the miller)."""
    for name, (gender, age, word) in traits.items():
        character = characters.get(character_id(name))
        if character is None:
            continue
        if gender:
            character.gender, character.gender_words = gender, [f"{name}, one of the {word}"]  # type: ignore[assignment]
        elif not any(w.startswith("the name") for w in character.gender_words):
            # "the king's children, Anna and Piet": the king's gender, or "hijos"'s, is not theirs
            character.gender, character.gender_words = "neutral", []
        if age:
            character.age, character.age_words = age, [f"{name}, one of the {word}"]  # type: ignore[assignment]
