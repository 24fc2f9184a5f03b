"""The ones of a pair or a set that act: "Two brothers lived by a river. The elder said … The other one
laughed", "l'un … l'autre", "der eine … der andere", "o mais velho disse", "el otro respondió". A reader
lists each one that acts as a character of the story: the story named the pair ("two brothers") and tells
its ones apart by a numeral, an ordinal, a comparative or "other".

A pair is a number and a plural noun for people or animals (groups.py's words: "two brothers", "zwei
Brüder", "deux sœurs", "dos hermanos"). One of it is a definite article and a word that picks one out
("the elder", "der andere", "l'un", "el menor", "il più giovane"), perhaps with "one" or the pair's own
noun after ("the other one", "der ältere Bruder"), written after the pair, that is the subject of a verb
("The other one laughed") or says a quote ("dit l'autre"). "The other day", "l'autre jour": a word of
time after it, no one. Russian and Chinese have no articles: the word opens its sentence ("Старший
сказал", "另一个笑了"); Chinese counts its pair with a measure word ("两个农夫"); Spanish, Italian and Portuguese may open a
sentence with "one" alone before a verb in the past ("Uno quería irse"). Each one is a character (of the pair's gender and age), named as written; the
pair itself, once two of its ones are cast, is those ones, not a group of its own."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from filmstudio.script.acting import _acting_word, acts_here, in_speech
from filmstudio.script.groups import WordsAt, _noun, _numbers
from filmstudio.script.lemmas import lemma_of
from filmstudio.script.pair_acts import (
    RU_ONE_OPENING,
    acts_after_relative,
    epicene,
    one_before_its_pick,
    past_right_after,
)
from filmstudio.script.pair_words import ONES as _ONES
from filmstudio.script.ranks import of_family, own_gender, rank_age, ranked_alone, verb_right_after
from filmstudio.script.speech_verbs import SPEECH_VERBS
from filmstudio.script.staging_data import staging_section
from filmstudio.script.verbs import verb_words
from filmstudio.storyboard import Character

# the definite articles that open a one of the pair ("the other", "l'autre", "der eine")
_ARTICLES = {
    "en": "the",
    "de": "der die das",
    "fr": "le la l'",
    "es": "el la",
    "it": "il lo la l'",
    "pt": "o a",
}
# Chinese numbers and the measure words that count people or animals ("两个农夫", "三位姑娘", "两只狐狸")
_ZH_NUMBERS = "两 二 三 四 五 六 七 八 九 十"
_ZH_MEASURES = "个 位 只 名 头"
_ZH_ADVERBS = "也就都又便却还只先"
# "one" opening a sentence without its article, before a verb in the past ("Uno quería irse", "Um riu"):
# the word and the endings of the singular's past that tell a deed, not anyone's saying ("uno nunca sabe")
_BARE_ONE = {
    "es": (("uno", "una"), ("ó", "aba", "ía")),
    "it": (("uno", "una"), ("ò", "ì", "é", "ava", "eva", "iva", "se")),
    "pt": (("um", "uma"), ("ou", "eu", "iu", "ava", "ia")),
}
# what may follow the word that picks one out and still be that one: "the other one", "the elder brother"
_ONE_AFTER = {"en": "one"}
LANGUAGES = frozenset(_ONES)


@dataclass
class One:
    """One of a pair that acts: "The elder", "L'autre"."""

    name: str  # as first written, with its article: "The elder"
    place: str  # the one it picks: one, other, first, elder …
    pair: str  # the pair's noun, as its lemma: "brother"
    gender: str
    age: str
    animal: str | None = None  # the drawable animal a pair of animals is
    own_gender: bool = False  # its gender is its own article's ("la cadette"), not the pair's
    own_age: bool = False  # its age is its rank's ("le cadet": a child), the pair's noun telling none
    among: bool = False  # named with those it is among ("le cadet des frères"): they are no group acting


class _Pair(NamedTuple):
    """A pair or a set the story names: where its noun ends, the noun's lemma and what it tells."""

    end: int
    lemma: str
    gender: str
    age: str
    animal: str | None
    size: int  # how many: "the one … the other" of a pair are two people; of seven, an enumeration


def _pairs(text: str, language: str) -> list[_Pair]:
    """Each pair or set the story names: a number and a plural
    noun for people or animals ("two brothers", "drei Schwestern")."""
    if language == "zh":
        return _chinese_pairs(text)
    numbers = "|".join(re.escape(n) for n in sorted(_numbers(language), key=len, reverse=True))
    if not numbers:
        return []
    out = []
    # the noun may follow a word or two that describe it: "two little girls", "zwei arme Brüder"
    for m in re.finditer(rf"(?<!\w)({numbers})((?:\s+[^\W\d_][\w-]*){{1,3}})", text, re.IGNORECASE):
        words = list(re.finditer(r"[^\W\d_][\w-]*", m.group(2)))
        found = next(((w, f) for w in words if (f := _noun(w.group(0), language)) is not None), None)
        if found is not None:
            word, (lemma, _, _, gender, age, animal) = found
            out.append(_Pair(m.start(2) + word.end(), lemma, gender, age, animal, _count(m.group(1), language)))
    return out


def _count(number: str, language: str) -> int:
    return next((int(n) for n, words in staging_section(language, "numbers").items() if number.lower() in words), 0)


def _chinese_pairs(text: str) -> list[_Pair]:
    """ "两个农夫", "三位姑娘": a number, a measure word and a word for people or animals."""
    numbers, measures = "|".join(_ZH_NUMBERS.split()), "|".join(_ZH_MEASURES.split())
    out = []
    for m in re.finditer(rf"(?:{numbers})(?:{measures})", text):
        found = next((f for n in (4, 3, 2, 1) if (f := _noun(text[m.end() : m.end() + n], "zh")) is not None), None)
        if found is not None:
            size = 2 if m.group(0)[0] in "两二" else 3  # more than two: what counts is whether it is a pair
            out.append(_Pair(m.end() + len(found[0]), found[0], found[3], found[4], found[5], size))
    return out


def _picks(language: str) -> str:
    """The words that pick one out, as one alternation, longest first."""
    words = sorted((w for ws in _ONES[language].values() for w in ws), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def _phrase(language: str) -> re.Pattern[str]:
    """An article and a word that picks one out, then perhaps "one" or a noun (group 3); without articles,
    the word opening its sentence (group 1 empty)."""
    words = sorted((w for ws in _ONES[language].values() for w in ws), key=len, reverse=True)
    picks = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    if language not in _ARTICLES:
        # Chinese writes the verb against the word: no word after, no word boundary
        after = "()" if language == "zh" else r"(?!\w)(?:\s+([^\W\d_][\w-]*))?"
        one = f"(?:{RU_ONE_OPENING})?" if language == "ru" else ""  # "Одна, старшая, пряла"
        return re.compile(rf"(?:^|(?<=[.!?。！？”»…\n]))\s*{one}()({picks}){after}", re.IGNORECASE)
    articles = "|".join(re.escape(a) for a in _ARTICLES[language].split())
    return re.compile(rf"(?<!\w)({articles})(?:(?<=['’])|\s+)({picks})(?!\w)(?:\s+([^\W\d_][\w-]*))?", re.IGNORECASE)


def _bare_phrase(language: str) -> re.Pattern[str] | None:
    """ "Uno quería irse": "one" opening its sentence, the word after it (group 3)."""
    if language not in _BARE_ONE:
        return None
    ones = "|".join(_BARE_ONE[language][0])
    return re.compile(rf"(?:^|(?<=[.!?”»…\n]))\s*()({ones})(?!\w)(?:\s+([^\W\d_][\w-]*))?", re.IGNORECASE)


def picks_one(phrase: str, language: str) -> bool:
    """Whether words pick one of a pair or a set out ("elder", "mais velho", "autre")."""
    low = " ".join(phrase.lower().split())
    return any(low in words for words in _ONES.get(language, {}).values())


def _place(word: str, language: str) -> str:
    low = " ".join(word.lower().split())
    return next(place for place, words in _ONES[language].items() if low in words)


def _the_one_itself(after: str | None, pair: str, language: str) -> bool:
    """Whether the word after the picking word still names the one: "one", the pair's noun, or no noun
    (a verb, in the languages that put it right after its subject: "der eine sagte", "l'autre répondit")."""
    if after is None:
        return True
    if after.lower() in _ONE_AFTER.get(language, "").split():
        return True
    found = _noun(after, language)
    if found is not None:
        return found[0] == pair
    return _acting_word(after, language) is not None or _verb_form(after, language)


def _verb_form(word: str, language: str) -> bool:
    """A verb the reading does not class: in English a past form ("bowed"), elsewhere any inflected word
    that names no thing (the dictionary's lemma differs from it: "bussò", "quería")."""
    low = word.lower()
    if language == "de" and word[:1].isupper():
        return False  # a German noun: "der andere Tag"
    lemma = lemma_of(low, language)
    if language == "en":
        return lemma != low and not low.endswith("s") or low.endswith("ed")
    return lemma != low and not low.endswith(("s", "x"))


def _says_before(text: str, start: int, language: str) -> bool:
    """Whether a verb of saying stands right before the phrase ("dit l'autre", "sagte der eine")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", re.split(r"[.!?;\n«»“”„\"]", text[max(0, start - 40) : start])[-1])
    if not words:
        return False
    verb = words[-1].lower().split("'")[-1].split("’")[-1]
    return _acting_word(verb, language) == "say" or verb in SPEECH_VERBS.get(language, "").split()


def ones_of_pairs(text: str, language: str) -> list[One]:
    """The ones of the story's pairs that act, one for each place, in the order they first act."""
    if language not in LANGUAGES:
        return []
    pairs = _pairs(text, language)
    out: dict[tuple[str, str], One] = {}
    bare = _bare_phrase(language)
    found = [*_phrase(language).finditer(text), *(bare.finditer(text) if bare else ())]
    for m in sorted(found, key=lambda m: m.start(2)):
        start, following = m.start(1), m.group(3) or None
        named = [p for p in pairs if p.end <= start]
        if in_speech(text, WordsAt(start, m.end(), plural=False)):
            continue
        articles = "|".join(re.escape(a) for a in _ARTICLES.get(language, "").split())
        opens = m.group(2).lower() in _ONE_OPENING.get(language, "").split()
        if opens and one_before_its_pick(text, m.end(2), _picks(language), articles):
            continue  # "Одна, старшая, …", "Die eine, die Ältere": the one the next words pick out
        if not named and not ranked_alone(m.group(1), m.group(2), language):
            continue
        # the pair last named before it; "la más pequeña" with none named is one of a family the story
        # does not count (ranks.py)
        pair = named[-1] if named else _Pair(start, "", "", "", None, 2)
        # "el mayor de los hermanos", "a mais nova da família": the rank among those it names (ranks.py)
        family = of_family(text, m.end(2), language) if ranked_alone(m.group(1), m.group(2), language) else None
        if family is not None:
            kin = _noun(family.noun, language)
            if kin is not None and kin[1] == "person":
                pair = _Pair(family.end, kin[0], kin[3], kin[4], None, 2)
            following = family.after
        elif not _the_one_itself(following, pair.lemma, language):
            continue  # "the other day", "l'autre jour"
        # "the other one", "der ältere Bruder": the word after is the one's too; a verb after is not
        end = m.end() if following and _one_or_noun(following, language) else m.end(2)
        end = family.end if family is not None else end
        is_bare = bare is not None and m.re is bare
        if is_bare:  # a verb in the past right after it
            acting = following is not None and following.lower().endswith(_BARE_ONE[language][1])
        elif language == "zh":
            acting = _chinese_verb_next(text, end)
        else:
            acting = (
                acts_here(text, WordsAt(m.start(2), end, plural=False), language)
                or _says_before(text, start, language)
                or _apposed_to_one(text, start, end, language)
                or verb_right_after(following, end == m.end(2) or family is not None, language, _verb_form)
                or past_right_after(following, end == m.end(2), language, _verb_form)
                or acts_after_relative(text, end, language, _verb_form)
            )
        place = "one" if is_bare else _place(m.group(2), language)
        if pair.size != 2 and place not in ("elder", "younger"):
            continue  # "das eine …, das zweite …" of seven: the set, one by one, not people of their own
        if acting and (pair.lemma, place) not in out:
            written = text[start : m.end(2) if family is not None else end]  # "La más pequeña" (de la casa)
            name = written[:1].upper() + written[1:]
            own = (
                own_gender(m.group(1), m.group(2), language)
                if not is_bare and not epicene(m.group(2), language)
                else ""
            )
            # "a mais nova" of "três irmãos" is a girl: the one's own article beats the plural's
            # masculine, which is a mixed family's too; a pair of no age gives the rank's (ranks.py)
            gender = own or pair.gender
            age = pair.age or (rank_age(place) if not pair.animal else "")
            ranked = bool(age) and not pair.age
            among = family is not None
            out[(pair.lemma, place)] = One(name, place, pair.lemma, gender, age, pair.animal, bool(own), ranked, among)
    return list(out.values())


# "one" as a sentence opens with it before the phrase that says which one: "One, the elder, …"
_ONE_OPENING = {
    "en": "one",
    "de": "eine einer",
    "fr": "un une",
    "es": "uno una",
    "it": "uno una",
    "pt": "um uma",
    "ru": "один одна одно",
}


def _apposed_to_one(text: str, start: int, end: int, language: str) -> bool:
    """Whether the phrase says which one the word opening its sentence is, and that one acts: "One, the
    elder, worked", "Um, o mais velho, trabalhava", "Der eine, der ältere, lachte": a verb after the
    closing comma."""
    ones = "|".join(_ONE_OPENING.get(language, "").split())
    if not ones:
        return False
    articles = "|".join(re.escape(a) for a in _ARTICLES.get(language, "").split())
    opening = re.search(
        rf"(?:^|[.!?;:\n»”])\s*(?:(?:{articles})(?:(?<=['’])|\s+))?(?:{ones})\s*,\s*$",
        text[max(0, start - 30) : start],
        re.IGNORECASE,
    )
    verb = re.match(r"\s*,\s*([^\W\d_][\w'’-]*)", text[end : end + 40])
    if opening is None or verb is None:
        return False
    word = verb.group(1)
    return _acting_word(word, language) is not None or _verb_form(word, language)


def _chinese_verb_next(text: str, at: int) -> bool:
    """Whether a verb comes right after "一个", "另一个" (an adverb may stand between): "另一个笑了",
    not "一个人", "一个很红" (one person, one red thing)."""
    rest = text[at : at + 12].lstrip(_ZH_ADVERBS)
    return any(rest.startswith(verb) for verb in verb_words("zh"))


def _one_or_noun(word: str, language: str) -> bool:
    return word.lower() in _ONE_AFTER.get(language, "").split() or _noun(word, language) is not None


def cast_ones_of_pairs(
    characters: dict[str, Character], language: str, text: str, character_id: Callable[[str], str]
) -> None:
    """Casts each one of a pair that acts (a character cast already under its words, "Elder" who
    speaks, is that one); a pair two of whose ones are cast is those ones: its group character goes."""
    ones = [one for one in ones_of_pairs(text, language) if not _named_apart(one.pair, characters, language)]
    for one in ones:
        cast = _cast_already(one, characters, language)
        if cast is not None:
            _of_the_pair(cast, one)
            continue
        cid = character_id(one.name)
        characters.setdefault(
            cid,
            Character(
                id=cid,
                name=one.name,
                gender=one.gender or "neutral",  # type: ignore[arg-type]
                age=one.age or "young_adult",  # type: ignore[arg-type]
                language=language,
                style="conversational",
                description=_description(one),
                gender_words=[one.name if one.own_gender else one.pair] if one.gender else [],
                age_words=[one.name if one.own_age else one.pair] if one.age else [],
                animal=one.animal,
                on_screen=False if one.animal else None,  # an animal is drawn as the thing it is
            ),
        )
    for pair in {o.pair for o in ones if o.among or sum(p.pair == o.pair for p in ones) >= 2}:
        for cid, character in list(characters.items()):
            if character.crowd is not None and _names_pair(character.name, pair, language):
                del characters[cid]


def _named_apart(pair: str, characters: dict[str, Character], language: str) -> bool:
    """Whether the story named the ones of the pair already, each by a name of its own ("the Town Mouse"
    and "the Country Mouse" of "the two mice"): "the other" is then one of those, no one new."""
    return sum(c.crowd is None and _names_pair(c.name, pair, language) for c in characters.values()) >= 2


def _description(one: One) -> str:
    gender = one.name if one.own_gender else one.pair if one.gender else "no evidence"
    age = one.name if one.own_age else one.pair if one.age else "no evidence"
    return f"gender from {gender}; age from {age}; one of a pair the story named, that acts"


def _names_pair(name: str, pair: str, language: str) -> bool:
    words = re.findall(r"[^\W\d_][\w-]*", name)
    found = _noun(words[-1], language) if words else None
    return found is not None and found[0] == pair


def _cast_already(one: One, characters: dict[str, Character], language: str) -> Character | None:
    """The character that is this one already (who speaks: "Elder"): its name the one's words, without
    the article."""
    articles = _ARTICLES.get(language, "").split()
    words = [w for w in re.split(r"\s+|(?<=['’])", one.name.lower()) if w and w not in articles]
    plain = " ".join(words)
    for character in characters.values():
        theirs = [w for w in re.split(r"\s+|(?<=['’])", character.name.lower()) if w and w not in articles]
        if theirs and " ".join(theirs) == plain:
            return character
    return None


def _of_the_pair(character: Character, one: One) -> None:
    """One of a pair is of the pair's kind, gender and age: "the elder" of two boys is a boy, not an old
    man (the age its own word seemed to tell); "the elder" of two foxes is a fox."""
    if one.gender and (character.gender == "neutral" or one.own_gender and character.gender != one.gender):
        character.gender, character.gender_words = one.gender, [one.name if one.own_gender else one.pair]  # type: ignore[assignment]
    if one.animal and character.animal is None:
        character.animal, character.on_screen = one.animal, False
    own = {w.lower() for w in character.age_words}
    if not character.age_words or own <= {character.name.lower(), *character.name.lower().split()}:
        character.age = one.age or "young_adult"  # type: ignore[assignment]
        character.age_words = [one.name if one.own_age else one.pair] if one.age else []
        character.description = _description(one)
