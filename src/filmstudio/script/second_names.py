"""A second name for someone already cast: a story calls the one it tells of by pity, fondness or age ("the
poor fellow", "the good woman", "the old fellow", "le pauvre homme", "la buena mujer", "il poveretto", "o
coitado", "der arme Kerl", "бедняга") and by a title of address ("His Majesty", "Sa Majesté", "Su Merced",
"Его сиятельство", "महाराज"). A character cast under such a name is the one it stands for: for an epithet, the
one named last before it that it fits (its gender, its age, a person for "man" or "woman"); for a title, the
one the story gives a rank ("King Edmund", "Don Rodrigo", "राजा विक्रम"), never one who says the title to
someone. Its lines, and the gender and age its words tell where nothing else did, become that one's.

A newcomer stays one of their own: a word the story ever brings in with an indefinite article or a word of
another ("a poor fellow came", "another old man", "un pauvre homme frappa", "a second servant")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from filmstudio.languages import is_spaceless
from filmstudio.script.lemmas import lemma_of
from filmstudio.script.persons import person_words
from filmstudio.script.pity_words import LOWER_CASE_TITLES, PITY_NOUNS
from filmstudio.script.roles import ADDRESS_FORMS, HONORIFICS, PRONOUNS
from filmstudio.storyboard import Character

# the words of pity, fondness or praise a story calls its own people by ("the poor fellow", "der arme Kerl")
_FOND = {
    "en": "poor good dear unhappy unfortunate wretched miserable brave kind kindly honest worthy silly foolish lucky "
    "weary tired sad faithful gentle grateful frightened",
    "de": "arm gut lieb brav unglücklich ehrlich treu dumm tapfer müde",
    "fr": "pauvre bon bonne brave cher chère malheureux malheureuse honnête digne",
    "es": "pobre buen bueno buena querido querida desdichado desdichada infeliz desgraciado desgraciada honrado honrada",
    "it": "povero povera pover buon buono buona brav bravo brava caro cara infelice disgraziato disgraziata",
    "pt": "pobre bom boa querido querida infeliz desgraçado desgraçada",
    "ru": "бедный бедная бедного бедной бедному добрый добрая несчастный несчастная",
}
# the words of age that may stand before a word for anyone ("the old fellow", "the little one")
_AGE = {
    "en": {"old": "elderly", "little": "child", "young": ""},
    "de": {"alt": "elderly", "klein": "child", "jung": ""},
    "fr": {"vieux": "elderly", "vieille": "elderly", "petit": "child", "petite": "child", "jeune": ""},
    "es": {"viejo": "elderly", "vieja": "elderly", "pequeño": "child", "pequeña": "child", "joven": ""},
    "it": {"vecchio": "elderly", "vecchia": "elderly", "piccolo": "child", "piccola": "child", "giovane": ""},
    "pt": {"velho": "elderly", "velha": "elderly", "pequeno": "child", "pequena": "child", "jovem": ""},
    "ru": {"старый": "elderly", "старая": "elderly", "маленький": "child", "маленькая": "child"},
}
# words for anyone at all, that only an epithet makes someone's ("fellow", "Kerl", "âme", "thing")
_ANYONE = {
    "en": "fellow chap soul thing creature one",
    "de": "kerl ding seele tropf geschöpf kreatur wicht",
    "fr": "diable âme créature bonhomme",
    "es": "diablo alma criatura",
    "it": "diavolo anima creatura",
    "pt": "diabo alma criatura",
    "ru": "малый душа создание существо",
}
# a man or a woman, which only a word of pity or fondness ("the good woman") makes someone already there
_MAN_OR_WOMAN = {
    "en": "man woman lady gentleman",
    "de": "mann frau weib mensch",
    "fr": "homme femme",
    "es": "hombre mujer",
    "it": "uomo donna",
    "pt": "homem mulher",
    "ru": "человек мужик женщина",
}
# the words of pity a language uses alone, as nouns, after an article ("el pobre", "le malheureux", "der Arme");
# the nouns of pity (pity_words.py) are epithets by themselves
_PITY_ALONE = {
    "de": "arme armen",
    "fr": "pauvre malheureux malheureuse",
    "es": "pobre infeliz desdichado desdichada",
    "it": "povero povera",
    "pt": "pobre",
}
# what brings someone new in: an indefinite article, another, a second, a number
_NEW = {
    "en": "a an another other second third some one two three",
    "de": "ein eine einen einem einer eines andere anderer anderen zweite zweiter zweiten",
    "fr": "un une autre second seconde deuxième",
    "es": "un una otro otra segundo segunda",
    "it": "un uno una un' altro altra secondo seconda",
    "pt": "um uma outro outra segundo segunda",
    "ru": "другой другая второй вторая какой-то какая-то один одна",
}
# titles of address in scripts without capitals, which roles.ADDRESS_FORMS keeps for the others
_TITLES = {"hi": {"महाराज", "महारानी", "हुज़ूर", "हुजूर"}, "zh": {"陛下", "殿下"}, "ja": {"陛下", "殿下"}}
# titles said of a man or of a woman only
_TITLE_GENDER = {"lordship": "male", "ladyship": "female", "महाराज": "male", "महारानी": "female"}


def merge_second_names(
    characters: dict[str, Character],
    identity: dict[str, str],
    text: str,
    language: str,
    lines: Iterable[tuple[str, str]],
) -> None:
    """Folds each character cast under an epithet or a title of address into the one it stands for.
    `lines`: (the speaker's id, the line) for every line (one who says "Your Majesty" is not His Majesty)."""
    spoken = list(lines)
    for cid, character in list(characters.items()):
        if cid not in characters or cid == "narrator" or character.crowd is not None:
            continue
        head = (character.name.lower().split() or [""])[-1]
        age = ""
        if head in ADDRESS_FORMS or head in _TITLES.get(language, ()) or head in LOWER_CASE_TITLES.get(language, {}):
            meant = _titled(character, head, characters, text, language, spoken)
        else:
            meant, age = _meant_by_epithet(character, head, characters, text, language)
        if meant is not None:
            _fold(character, meant, characters, identity, age)


def _occurrences(word: str, text: str, language: str) -> list[int]:
    if is_spaceless(language) or language in _TITLES:
        return [m.start() for m in re.finditer(re.escape(word), text)]
    return [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text, re.I)]


def _words_before(text: str, at: int) -> list[str]:
    """The words of the noun phrase before a position (up to three, within its clause), lower case."""
    clause = re.split(r"[.!?;:,\n„“”\"«»—–()]", text[max(0, at - 40) : at])[-1]
    return [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", clause)][-3:]


def _epithet_traits(head: str, text: str, language: str) -> tuple[str, list[int]] | None:
    """(the age its words tell or "", where it is written) for a head word the story uses as an epithet
    every time, or None where it is no epithet or the story ever brings it in as someone new."""
    anyone = set(_ANYONE.get(language, "").split())
    plain = set(_MAN_OR_WOMAN.get(language, "").split())
    pity = {*_PITY_ALONE.get(language, "").split(), *PITY_NOUNS.get(language, {})}
    lemma = lemma_of(head, language)
    if not ({head, lemma} & (anyone | plain | pity)):
        return None
    fond = set(_FOND.get(language, "").split())
    ages = _AGE.get(language, {})
    new = set(_NEW.get(language, "").split())
    found = _occurrences(head, text, language)
    marked, age = False, ""
    for at in found:
        before = _words_before(text, at)
        lemmas = [lemma_of(w, language) for w in before]
        if any(w in new for w in before):
            return None  # "a poor fellow came", "another old man": someone new
        if any(w in fond or m in fond for w, m in zip(before, lemmas, strict=True)):
            marked = True
        told = [ages.get(w, ages.get(m)) for w, m in zip(before, lemmas, strict=True)]
        if any(t is not None for t in told) and {head, lemma} & anyone:
            marked, age = True, age or next(t for t in told if t is not None)
    if {head, lemma} & pity:
        marked = True
    return (age, found) if marked and found else None


def _meant_by_epithet(
    character: Character, head: str, characters: dict[str, Character], text: str, language: str
) -> tuple[Character | None, str]:
    """The one an epithet stands for, and the age its words tell ("" where they tell none)."""
    if len(character.name.split()) > 3 or any(
        w[:1].isupper() and w.lower() not in _known(language) for w in character.name.split()[:-1]
    ):
        return None, ""  # a name of its own ("Poor Tom")
    read = _epithet_traits(head, text, language)
    if read is None:
        return None, ""
    age, found = read
    gender = character.gender if character.gender in ("male", "female") and character.gender_words else ""
    person = (
        lemma_of(head, language) in _MAN_OR_WOMAN.get(language, "").split()
        or head in _MAN_OR_WOMAN.get(language, "").split()
    )
    fitting = [
        c
        for c in characters.values()
        if c is not character
        and c.id != "narrator"
        and c.crowd is None
        and not (person and c.animal)
        and not (gender and c.gender in ("male", "female") and c.gender_words and c.gender != gender)
        and not (age and c.age_words and c.age != age)
        and (c.name.lower().split() or [""])[-1] not in ADDRESS_FORMS
    ]
    return _last_named_before(fitting, text, found[0], language), age


def _known(language: str) -> set[str]:
    return {*_FOND.get(language, "").split(), *_AGE.get(language, {})}


def _last_named_before(cast: Iterable[Character], text: str, at: int, language: str) -> Character | None:
    """The one of `cast` whose name the text writes last before `at`."""
    best: tuple[int, Character] | None = None
    for character in cast:
        seen = [p for p in _occurrences(character.name, text, language) if p < at]
        if seen and (best is None or seen[-1] > best[0]):
            best = (seen[-1], character)
    return best[1] if best else None


def _titled(
    character: Character,
    head: str,
    characters: dict[str, Character],
    text: str,
    language: str,
    lines: list[tuple[str, str]],
) -> Character | None:
    """The one a title of address stands for: the one the story gives a rank before their name ("King
    Edmund") where it gives one only, else the one those who say the title speak to (who speaks right before
    or after them) where that is one; never one who says it. None where neither tells."""
    gender = _TITLE_GENDER.get(head, "")
    sayers = {cid for cid, line in lines if head in line.lower()}
    fitting = {
        c.id: c
        for c in characters.values()
        if c is not character
        and c.id not in ("narrator", *sayers)
        and c.crowd is None
        and not (gender and c.gender in ("male", "female") and c.gender != gender)
        and (c.name.lower().split() or [""])[-1] not in ADDRESS_FORMS
    }
    ranked = [c for c in fitting.values() if _ranked(c.name, text, language)]
    if len(ranked) == 1:
        return ranked[0]
    spoken = [(cid, line) for cid, line in lines if cid != "narrator"]
    addressed = {
        other
        for k, (cid, line) in enumerate(spoken)
        if head in line.lower()
        for other, _ in spoken[max(0, k - 1) : k + 2]
        if other in fitting
    }
    return fitting[addressed.pop()] if len(addressed) == 1 else None


def _ranked(name: str, text: str, language: str) -> bool:
    """Whether the text writes a word for a person, or a title, right before the name ("King Edmund", "le roi
    Louis", "Don Rodrigo", "Князь Андрей", "राजा विक्रम")."""
    people = person_words(language)
    for at in _occurrences(name, text, language):
        before = re.search(r"([^\W\d_][\w'’-]*|[\u0900-\u0DFF]+)[^\S\n]+$", text[max(0, at - 25) : at])
        word = before.group(1).lower() if before else ""
        if (
            word
            and word not in PRONOUNS
            and (word in people or lemma_of(word, language) in people or word in HONORIFICS)
        ):
            return True
    return False


def _fold(
    gone: Character, into: Character, characters: dict[str, Character], identity: dict[str, str], age: str = ""
) -> None:
    """One character, `into`: the other's lines are its, and the gender the other's word tells ("the good
    woman") and the `age` its epithet tells ("the old fellow"), where nothing told them of `into`."""
    untold = not into.gender_words or into.gender == "neutral" or all(w.lower() in PRONOUNS for w in into.gender_words)
    if gone.gender in ("male", "female") and gone.gender_words and untold:
        into.gender, into.gender_words = gone.gender, list(gone.gender_words)
    if age and not into.age_words:
        into.age, into.age_words = age, [gone.name]  # type: ignore[assignment]
    del characters[gone.id]
    for speaker, cid in identity.items():
        if cid == gone.id:
            identity[speaker] = into.id
