"""Mentions of characters that a story names by what they are: "the Baker", "a little girl", "the old
man", "la panadera", "der Junge", "おばあさん", "माँ", and the animals that act ("the Fox", "a crow").

Words are matched through their lemma (simplemma's dictionaries for the languages it knows, MeCab's
for Japanese), so "the boys", "die Kinder" and "los niños" are found as their singular is. A mention
keeps the words that qualify it: an age ("the old man"), or capitalised words in a language that
capitalises names only ("the Town Mouse" and "the Country Mouse" are two). A mention becomes a
character when the story lets it act: it speaks, it is personified (a capital inside a sentence), or
it comes back."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import lru_cache

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.acting import acts_here, in_speech, one_that_acts
from filmstudio.script.beings import DETERMINERS, animal_words
from filmstudio.script.collectives import collective_before
from filmstudio.script.compounds import compound_of
from filmstudio.script.lemmas import fold_yo, lemma_of
from filmstudio.script.lexicon import script_of
from filmstudio.script.lone_doers import ARTICLED, acts_once, article_past_adjectives
from filmstudio.script.makes import a_make_here
from filmstudio.script.newcomers import continued_by_pronoun
from filmstudio.script.passive_agents import agent_of_passive
from filmstudio.script.person_acts import does_as_someone, person_acts
from filmstudio.script.person_morphology import chinese_role_nouns, derived_being, derived_singular
from filmstudio.script.persons import describing_words, person_words, unlisted_person_words
from filmstudio.script.relation_people import (
    full_form,
    masculine_of_a_pair,
    paired_person,
    possessed_acts,
    trade_from_stuff,
)
from filmstudio.script.roles import HONORIFICS, PRONOUNS
from filmstudio.script.staging_words import words_of
from filmstudio.script.titled_beings import titled_beings
from filmstudio.script.verbs import is_verb, verb_words

_LATIN_TOKEN = re.compile(r"[^\W\d_][\w-]*(?:'(?!s\b)[\w-]+)*", re.UNICODE)  # "baker's" is "baker"
# a line break inside a paragraph is the printer's (hard-wrapped text), not a new sentence
_SENTENCE_START = re.compile(r"(?:^|[.!?;:]\s*|[\"“”„«»‘’—–\-(]\s*|\n\s*\n)\s*$")


@dataclass
class Mention:
    start: int
    end: int
    name: str  # as the story names it, without its determiner: "old man", "Field Mouse", "おばあさん"
    key: str  # who it is, for counting: the head's lemma with its distinguishing (capitalised) words
    kind: str  # person | animal
    animal: str | None = None  # the drawable animal it is
    gender: str = ""
    age: str = ""
    plural: bool = False
    personified: bool = False  # capitalised inside a sentence, as fables do ("the Fox")
    determined: bool = False
    possessed: bool = False  # "her dog", "su perro": someone's
    owner_named: bool = False  # "Berta's dog", "the king's horse": whose, by name or noun


@dataclass
class MentionedCharacter:
    name: str
    kind: str
    animal: str | None
    gender: str
    age: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def personified(self) -> bool:
        return any(m.personified for m in self.mentions)


@lru_cache(maxsize=64)
@lru_cache(maxsize=64)
def _people(language: str) -> dict[str, tuple[str, str]]:
    """Person words, less those that name a drawable thing too ("plane", "turban"); "ё" folded to "е"."""
    things = vocabulary.things(language).names()
    return {fold_yo(w): t for w, t in person_words(language).items() if fold_yo(w) not in things}


@lru_cache(maxsize=64)
def _animals(language: str) -> dict[str, str]:
    """Animal words, "ё" folded to "е" ("ёж" is "еж")."""
    return {fold_yo(w): key for w, key in animal_words(language).items()}


# words of degree before a describing word ("a very old man", "ein sehr alter Mann", "una mujer muy vieja")
_INTENSIFIERS: dict[str, frozenset[str]] = {
    "en": frozenset(["very", "quite", "rather", "so", "most", "too", "extremely", "exceedingly"]),
    "de": frozenset(["sehr", "ganz", "recht", "gar"]),
    "es": frozenset(["muy", "tan", "bastante"]),
    "fr": frozenset(["très", "fort", "bien", "si", "tout"]),
    "it": frozenset(["molto", "assai", "così", "tanto"]),
    "pt": frozenset(["muito", "bem", "tão", "bastante"]),
    "ru": frozenset(["очень", "совсем", "весьма"]),
}


def find_mentions(text: str, language: str) -> list[Mention]:
    script = script_of(language)
    if script in ("han", "kana"):
        return _spaceless_mentions(text, language)
    return _spaced_mentions(text, language)


def _kind_of_a_thing(text: str, tokens: list[tuple[int, int, str]], i: int, width: int, language: str) -> bool:
    """An animal's word after "a" that only says what kind the thing after it is ("a deer hide", "a goat
    cheese"): the things lexicon reads the two as one compound, the thing alone (script/noun_compounds.py)."""
    if language != "en" or i == 0 or tokens[i - 1][2].lower() not in ("a", "an") or i + width >= len(tokens):
        return False
    head = tokens[i + width]
    if text[tokens[i + width - 1][1] : head[0]].strip():
        return False  # "a deer, hide": punctuation between
    words = " ".join(text[tokens[i][0] : head[1]].split())
    found = {m.position for m in vocabulary.things(language).find(f"a {words}")}
    return 2 not in found and len(words) - len(head[2]) + 2 in found  # positions after "a "


def _spaced_mentions(text: str, language: str) -> list[Mention]:
    people, animals = _people(language), _animals(language)
    describing = describing_words(language)
    determiners = set(DETERMINERS.get(language, "").split())
    capitalises_nouns = language == "de"
    cased = script_of(language) in ("latin", "cyrillic", "greek")
    tokens = [(m.start(), m.end(), m.group(0)) for m in _LATIN_TOKEN.finditer(text)]
    if language in _ELIDING:
        tokens = [part for token in tokens for part in _elided(token)]
    if script_of(language) not in ("latin", "cyrillic", "greek"):
        tokens = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[\w\u0900-\u0DFF]+", text)]
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        after_article = i > 0 and tokens[i - 1][2].lower() in determiners
        found = _head_at(tokens, i, language, people, animals, after_article)
        if found is None:
            i += 1
            continue
        width, word, kind, traits, animal = found
        start, end = tokens[i][0], tokens[i + width - 1][1]
        head_text = text[start:end]
        initial = bool(_SENTENCE_START.search(text[max(0, start - 3) : start])) or start == 0
        capital = cased and head_text[:1].isupper() and not head_text.isupper()
        personified = capital and not initial and not capitalises_nouns
        if language == "ta" and kind == "animal" and tamil_titled(word, animals):
            personified = True  # "முதலையரசன்", King Crocodile: a title makes the animal a personage
        # the words before it that qualify it: an age, or capitalised words of a name ("Field Mouse")
        qualifiers: list[str] = []
        age = traits[1]
        j = i - 1
        while j >= 0 and i - j <= 4:
            before = tokens[j][2]
            low = before.lower()
            if text[tokens[j][1] : tokens[j + 1][0]].strip():  # punctuation between: not one phrase
                break
            if low in _INTENSIFIERS.get(language, ()) and tokens[j + 1][2].lower() in describing:
                pass  # "a very old man": the degree of a describing word, not a word of the name
            elif low in describing:
                qualifiers.insert(0, low)
                age = describing[low][1] or age  # "ein alter Fischer": the stated age beats the noun's
            elif (
                personified
                and before[:1].isupper()
                and low not in determiners
                and not _SENTENCE_START.search(text[max(0, tokens[j][0] - 3) : tokens[j][0]])
            ):
                qualifiers.insert(0, before)
            else:
                break
            j -= 1
        determiner = tokens[j][2].lower() if j >= 0 and tokens[j][2].lower() in determiners else ""
        if not determiner and j > 0 and tokens[j][2].lower() == "s" and text[tokens[j][0] - 1] in "'’":
            determiner = "'s"  # "Berta's dog", "the king's horse": an owner's name determines the being
        if not determiner and j >= 0 and capitalises_nouns:
            determiner = _article_before_adjectives(text, tokens, j, determiners)
        elif not determiner and j > 0 and language in ARTICLED and kind == "person":
            determiner = article_past_adjectives(text, tokens, j, determiners, language)  # "a tired traveller"
        # "a troop of girls", "eine Schar Kinder": the collective brings its members in (collectives.py)
        determined = bool(determiner) or collective_before(text, start, language) is not None
        if capitalises_nouns and not head_text[:1].isupper():
            i += width
            continue  # German nouns are capitalised: "junge" is young, not a boy
        following = tokens[i + width] if i + width < len(tokens) else None
        gap = text[end : following[0]].strip() if following else ""
        if kind == "animal" and _kind_of_a_thing(text, tokens, i, width, language):
            i += width
            continue  # "a deer hide": the kind of hide it is, no deer
        # "Mrs. Rabbit", "Lady Bracknell": a title before a name; "the fisherman. He ..." ends a sentence
        titled = (
            following
            and cased
            and following[2][:1].isupper()
            and (not gap or gap == "." and head_text.lower() in HONORIFICS)
        )
        if titled and following is not None and (not capitalises_nouns or head_text.lower() in HONORIFICS):
            named = following[2]
            animal_named = animals.get(named.lower()) or animals.get(lemma_of(named.lower(), language))
            if animal_named and head_text.lower() in _TITLE_GENDER:  # "Mrs. Rabbit", "Mr. Fox": that animal
                name = " ".join(text[start : following[1]].split())  # as written: "Mrs. Rabbit"
                out.append(
                    Mention(
                        start,
                        following[1],
                        name,
                        name.lower(),
                        "animal",
                        animal_named,
                        _TITLE_GENDER[head_text.lower()],
                        "",
                        personified=True,
                        determined=True,
                    )
                )
            i += width + 1
            continue  # a title before a name ("Mrs. Rabbit", "Lady Bracknell", "maestro Ciliegia")
        if not determined and word in _SURNAMES_TOO.get(language, ()):
            i += width
            continue  # "Ichabod Crane": a man's name, not the bird
        if determiners and not (determined or personified):
            i += width
            continue  # "be of good cheer": a common noun that names a being comes with its article
        if not determined and kind == "person" and _unlisted(word, language):
            i += width
            continue  # "as fast as Rover", "Mr Porter": a name as often as a noun, without an article
        if kind == "person" and following and not gap and _unlisted(word, language) and _a_noun(following[2], language):
            i += width
            continue  # "the master bedroom", "the guide book": the person word names the noun after it
        if _compared(text, tokens, j, determiner, language):
            i += width
            continue  # "wept like a child", "cantava come una ragazza": a likeness, not someone in the story
        lemma = lemma_of(word.lower(), language)
        own = people.get(fold_yo(word.lower())) if kind == "person" else None
        if own is not None and (lemma not in people or own[0] and people[lemma][0] and people[lemma][0] != own[0]):
            lemma = word.lower()  # "la molinera" is not "el molinero", nor "filha" a verb's form ("filhar")
        singular = derived_singular(word, language) if kind == "person" and own is None else None
        if singular is not None and derived_being(word, language, people, animals, describing) is not None:
            lemma = singular  # "la ragazzina", "las ragazzine": a little one of her own, not "la ragazza"
        if kind == "person" and own is None and paired_person(word.lower(), language) is not None:
            lemma = word.lower()  # "la cousine", "la padrona": one of her own, not "le cousin"
        if kind == "animal" and word.lower() in animals and lemma not in animals:
            lemma = word.lower()  # "der Bock" names a goat as written: not the verb "bocken"
        plural = lemma != word.lower() and kind == "person" and word.lower() not in people
        if language == "de" and determiner in _DE_ONE:
            plural = False  # "einen Sklaven", "dem Knaben": a weak noun's case, not its plural
        distinguishing = [q for q in qualifiers if q[:1].isupper()]
        key = " ".join([*(q.lower() for q in distinguishing), lemma])
        name = " ".join([*qualifiers, head_text]) if qualifiers else head_text
        # a person's article is grammar, not who they are ("un enfant"): only an animal takes its gender
        # from it, as fables do; a person only from a feminine ending ("la panadera")
        gender = traits[0] or grammatical_gender(word.lower(), lemma, determiner if kind == "animal" else "", language)
        if not gender and kind == "person" and not plural and masculine_of_a_pair(word, language, people):
            gender = "male"  # "son voisin", "o vizinho": the man's of a pair whose woman's is "voisine"
        if language == "ta" and kind == "animal" and i > 0 and not text[tokens[i - 1][1] : start].strip():
            sex = _TAMIL_SEX.get(_DOUBLED_HARD.sub("", tokens[i - 1][2]) or tokens[i - 1][2], "")
            gender = sex or gender  # "பேடைக் குயில்", the hen-bird; "ஆண் யானை", the bull elephant
            if sex and out and out[-1].start == tokens[i - 1][0]:
                out.pop()  # the sex word is the animal's, not a person of its own
        if language == "de" and re.search(r"(?:lein|chen)$", word.lower()):
            gender, age = gender or "neutral", age or "child"  # "das Geislein": a little one
        possessed = determiner in _POSSESSIVES
        mention = Mention(start, end, name, key, kind, animal, gender, age, plural, personified, determined, possessed)
        out.append(replace(mention, owner_named=True) if determiner == "'s" else mention)
        i += width
    return out


# German articles of one only: after them a noun in -en is in a case, not the plural ("einen Sklaven")
_DE_ONE = frozenset({"ein", "eine", "einen", "einem", "eines", "einer", "dem", "des"})

# animal words that are as often a family name: an animal only with its article ("the Crane")
_SURNAMES_TOO = {"en": frozenset({"crane", "stork", "heron", "hawk", "lark", "stag", "mare", "boar", "hog"})}

# the words that bring in a likeness before an indefinite article: "like a child", "comme un loup",
# "as strong as a slave", "worked as a slave", "taller than a giant"
_LIKE = {
    "en": {"like", "as", "than"},
    "de": {"wie"},
    "fr": {"comme"},
    "es": {"como"},
    "it": {"come"},
    "pt": {"como"},
    "ca": {"com"},
    "nl": {"als"},
}


def _unlisted(word: str, language: str) -> bool:
    """Whether a person word comes from the open class alone (persons.unlisted_person_words)."""
    unlisted = unlisted_person_words(language)
    return word in unlisted or lemma_of(word, language) in unlisted


def _a_noun(word: str, language: str) -> bool:
    """Whether the lexicons name a word as a thing, a place or a time ("bedroom", "book", "morning")."""
    low = word.lower()
    lexicons = (vocabulary.things(language), vocabulary.places(language), vocabulary.times(language))
    return any(lexicon.names().get(w) for lexicon in lexicons for w in (low, lemma_of(low, language)))


def _open_class(key: str, language: str) -> bool:
    """Whether a person's key comes from no list: WordNet's alone ("customer"), or made by its ending
    ("contadinello", "извозчик"). A Chinese role noun (马夫) is found only where it acts."""
    if _unlisted(key, language):
        return True
    if key in _people(language):
        return False
    if paired_person(key, language) is not None or trade_from_stuff(key, language) is not None:
        return True  # "la cousine", "lo stagnaio": known by their making (relation_people.py)
    return derived_being(key, language, _people(language), _animals(language), {}) is not None


def _compared(text: str, tokens: list[tuple[int, int, str]], j: int, determiner: str, language: str) -> bool:
    """Whether the noun phrase whose determiner is token `j` is a likeness: a word of comparison and then
    an indefinite article ("cried like a baby", "wie ein Hund"). What a thing is like is no one present."""
    if j < 1 or determiner not in {*_INDEFINITE.get(language, ()), "un'"}:
        return False
    if text[tokens[j - 1][1] : tokens[j][0]].strip():
        return False  # punctuation between: "Like a king, he..." reads the same, but "..., a man" does not
    return tokens[j - 1][2].lower() in _LIKE.get(language, ())


# the words for an animal's young: a lamb, a cub, a kitten is a child of its kind
_YOUNG = (
    "lamb cub kitten puppy foal calf chick duckling piglet fawn kid "
    "agneau chevreau poussin chaton chiot poulain veau ourson louveteau renardeau lapereau caneton "
    "lamm zicklein geißlein küken kätzchen welpe fohlen kalb ferkel "
    "cordero cabrito pollito gatito cachorro potro ternero lechón "
    "agnello capretto pulcino gattino cucciolo puledro vitello "
    "cordeiro cabrito pintinho gatinho filhote potro bezerro "
    "ягнёнок козлёнок цыплёнок котёнок щенок жеребёнок телёнок "
    "मेमना मेमने बछड़ा बछड़े पिल्ला पिल्ले"
)
_YOUNG_ANIMALS = {fold_yo(w) for w in _YOUNG.split()}  # looked up as "котенок" and "котёнок" alike

# languages that write an article elided against its noun: "l'Agneau", "dell'orso", "d'un"
_ELIDING = {"fr", "it", "ca"}
_ELISION = re.compile(r"((?:l|d|dell|dall|nell|sull|all|coll|un|quell|quest)')([^\W\d_].*)", re.I)


def _elided(token: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """ "l'Agneau" -> "l'", "Agneau": the article and its noun, each a word of its own."""
    start, end, word = token
    match = _ELISION.fullmatch(word)
    if match is None:
        return [token]
    cut = start + len(match.group(1))
    return [(start, cut, match.group(1)), (cut, end, match.group(2))]


def _article_before_adjectives(text: str, tokens: list[tuple[int, int, str]], j: int, determiners: set[str]) -> str:
    """The article of "ein armer alter Fischer": where every noun is capitalised, words in lower case between
    an article and its noun (no punctuation between them) describe it; at most two."""
    for k in range(j, max(-1, j - 3), -1):
        word = tokens[k][2]
        if word.lower() in determiners:
            return word.lower() if k < j else ""
        if not word.islower() or text[tokens[k][1] : tokens[k + 1][0]].strip():
            return ""
    return ""


def _tamil_acting(text: str, mentions: list[Mention]) -> int:
    """Sentences in which a Tamil animal, named as the subject is (its bare form), is followed by a verb
    of the neuter singular, as a being's deeds are told ("குரங்கு ... ஏறியது", "முதலை ... வந்தது")."""
    acting = set()
    for m in mentions:
        end = re.search(r"[.!?।]", text[m.end :])
        sentence = text[m.end : m.end + (end.start() if end else len(text))]
        verbs = re.findall(r"[\u0B80-\u0BFF]+", sentence)
        if verbs and verbs[-1].endswith("து") and verbs[-1] != "அது":
            acting.add(m.start if not end else m.end + end.start())
    return len(acting)


# titles that say who bears them: a titled animal ("Mrs. Rabbit") is a she or a he
_TITLE_GENDER = {
    "mr": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "sir": "male",
    "madam": "female",
}

_POSSESSIVES = set(
    [
        "his",
        "her",
        "their",
        "my",
        "your",
        "our",
        "its",
        "su",
        "sus",
        "mi",
        "mis",
        "son",
        "sa",
        "ses",
        "mon",
        "ma",
        "mes",
        "sein",
        "seine",
        "seinem",
        "seinen",
        "seiner",
        "ihr",
        "ihre",
        "ihrem",
        "ihren",
        "ihrer",
        "mein",
        "meine",
        "suo",
        "sua",
        "suoi",
        "sue",
        "seu",
        "seus",
        "suas",
    ]
)
# articles and possessives that tell a noun's grammatical gender (a fable's "la cigale", "le loup")
_FEMININE = {
    "la",
    "una",
    "une",
    "eine",
    "einer",
    "die",
    "ihre",
    "seine",
    "sa",
    "ma",
    "cette",
    "esta",
    "esa",
    "aquella",
    "a",
    "uma",
    "sua",
    "minha",
    "della",
    "alla",
    "zur",
}
_MASCULINE = {
    "el",
    "un",
    "le",
    "il",
    "lo",
    "der",
    "ein",
    "einen",
    "dem",
    "den",
    "o",
    "um",
    "son",
    "mon",
    "ce",
    "cet",
    "este",
    "ese",
    "aquel",
    "del",
    "al",
    "do",
    "ao",
    "du",
    "au",
    "seu",
    "meu",
    "suo",
    "zum",
}
_NEUTER = {"das"}
_GENDERED = {"es", "fr", "de", "it", "pt", "ca"}  # languages whose articles tell a noun's gender


def grammatical_gender(word: str, lemma: str, determiner: str, language: str) -> str:
    """The gender a noun's article or ending gives it, where the language marks one: what a story
    calls its fox or crow by ("la zorra", "der Wolf", "лиса")."""
    if language in ("es", "it", "pt") and word.endswith("a") and lemma.endswith("o"):
        return "female"  # "la lechera", "la panadera": the feminine of a masculine noun
    if language == "ru":
        return "female" if word.endswith(("а", "я")) else "male"
    # English articles mark no gender ("a" is Portuguese's feminine article, not English's)
    if language not in _GENDERED or not determiner or word != lemma and determiner in ("die", "les", "las"):
        return ""
    if determiner in _FEMININE:
        return "female"
    if determiner in _MASCULINE:
        return "male"
    return "neutral" if determiner in _NEUTER else ""


def _head_at(
    tokens: list[tuple[int, int, str]],
    i: int,
    language: str,
    people: dict[str, tuple[str, str]],
    animals: dict[str, str],
    determined: bool = True,
) -> tuple[int, str, str, tuple[str, str], str | None] | None:
    """A person or animal word starting at token i: (tokens it spans, its words, kind, traits, animal)."""
    for width in (3, 2, 1):
        if i + width > len(tokens):
            continue
        written = " ".join(t[2] for t in tokens[i : i + width])
        words = written.lower()
        candidates = [fold_yo(words)]
        # a capitalised word without an article before it is read as written, not through its lemma, in a
        # language that has articles: a name's "lemma" is another word ("Maria" is not "mare")
        if width == 1 and not (written[:1].isupper() and language in DETERMINERS and not determined):
            candidates.append(lemma_of(words, language))
        if width == 1 and language == "de":
            candidates.extend(_old_german(words))
        if width == 1 and candidates[0] not in people and derived_singular(words, language):
            made = derived_being(words, language, people, animals, describing_words(language))
            if made is not None:  # "menininha" is a little menina, whatever its lemma says ("menino")
                return 1, words, made[0], made[1], made[2]
        for word in candidates:
            if word in people and word not in describing_words(language):
                return width, words, "person", people[word], None
            if word in animals:
                return width, words, "animal", ("", "child" if word in _YOUNG_ANIMALS else ""), animals[word]
        young = _diminutive(words, animals) if width == 1 and language == "de" else None
        if young is not None:  # "Geißlein", "Kätzchen": the young of the animal
            return width, words, "animal", ("", "child"), animals[young]
    if language == "ta":
        return _tamil_head(tokens[i][2], people, animals)
    compound = _compound_head(tokens[i][2], language, people)
    if compound is not None:
        whole, head = compound
        return 1, whole, "person", people[head], None
    beast = _animal_compound(tokens[i][2], language, animals)
    if beast is not None:  # "der Steinbock", "die Feldmaus": the animal its last noun is
        return 1, beast[0], "animal", ("", ""), animals[beast[1]]
    made = derived_being(tokens[i][2], language, people, animals, describing_words(language))
    if made is not None:  # "ragazzina", "abuelito", "старушка", "извозчик": made from a being's word
        return 1, tokens[i][2].lower(), made[0], made[1], made[2]
    # "the old ...": an article, then a describing word
    described = i > 1 and tokens[i - 1][2].lower() in describing_words(language)
    determined = determined or described and tokens[i - 2][2].lower() in DETERMINERS.get(language, "").split()
    if determined and i > 0:  # "sa cousine", "sein Schwager", "los duques" (relation_people.py)
        possessed = tokens[i - 1][2].lower() in _POSSESSIVES
        word = tokens[i][2].lower()
        paired = paired_person(word, language, made_for_people=not possessed)
        lemma = lemma_of(word, language)
        if paired is None and lemma != word:  # a plural: "los duques" are duques
            paired = paired_person(lemma, language, made_for_people=not possessed)
        paired = paired or trade_from_stuff(word, language)  # "lo stagnaio", "la cappellaia"
        if paired is not None:
            return 1, word, "person", (paired, ""), None
    for whole in full_form(tokens[i][2], language) if determined else ():  # "il pescator": a pescatore
        before = tokens[max(0, i - 2) : i]
        found = _head_at([*before, (0, 0, whole)], len(before), language, people, animals, determined)
        if found is not None:
            return 1, tokens[i][2].lower(), *found[2:]
    return None


def _animal_compound(word: str, language: str, animals: dict[str, str]) -> tuple[str, str] | None:
    """A German compound whose last noun names an animal ("Steinbock": a Bock, "Feldmaus": a Maus), as
    _compound_head reads one for a person: (the compound, its head's word). The head has three letters at
    least, so that no ending is read as an animal."""
    if language != "de" or not word[:1].isupper():
        return None
    low = word.lower()
    if vocabulary.things(language).names().get(low):
        return None  # "der Teddybär": a thing the painter knows by the whole word
    for cut in range(2, len(low) - 2):
        tail = low[cut:]
        for head in (tail, lemma_of(tail, language)):
            if len(head) >= 3 and head in animals:
                # "Walross", "Ameisenbär": an animal before the head makes another animal, not the head's
                return None if _animal_first(low[:cut], animals) else (low, head)
    return None


def _animal_first(first: str, animals: dict[str, str]) -> bool:
    """Whether the first part of a compound names an animal, with or without its joining "s", "n", "en"."""
    return any(first.removesuffix(joint) in animals for joint in ("", "s", "n", "en", "es"))


def _old_german(word: str) -> list[str]:
    """A German word in today's spelling, and with each "s" as the "ß" older printings left out ("Geis"
    is "Geiß", "Thier" is "Tier"): forms to look a being's word up by."""
    from filmstudio.script.typography import modern_spelling

    modern = modern_spelling(word, "de").lower()
    sharp = [modern[:i] + "ß" + modern[i + 1 :] for i, ch in enumerate(modern) if ch == "s" and i]
    return [modern, *sharp]


def animal_of_word(word: str, language: str) -> str | None:
    """The animal a word names as written, or in old German spelling or as a diminutive ("Geislein")."""
    animals = _animals(language)
    low = fold_yo(word.lower())
    if low in animals:
        return animals[low]
    if language != "de":
        return None
    base = next((w for w in _old_german(low) if w in animals), None) or _diminutive(low, animals)
    return animals[base] if base else None


def _diminutive(word: str, animals: dict[str, str]) -> str | None:
    """The animal word a German diminutive is made of ("Geißlein", "Geislein", "Kätzchen" -> its animal's
    word), or None."""
    for suffix in ("lein", "chen", "leins", "chens"):
        stem = word.removesuffix(suffix)
        if stem != word and len(stem) >= 3:
            umlaut = stem.translate(str.maketrans("äöü", "aou"))
            for base in (stem, umlaut, stem + "e", umlaut + "e", *_old_german(stem), *_old_german(umlaut)):
                if base in animals:
                    return base
    return None


# Tamil words that make a compound with an animal's name its male or its female (ஆண்குரங்கு, a he-monkey;
# பெண்யானை, பேடைக்குயில், a she-elephant, a hen-bird)
_TAMIL_SEX = {"ஆண்": "male", "கடுவன்": "male", "பெண்": "female", "பேடை": "female", "பெட்டை": "female"}
# and the words of size and age that join one the same way (சிறுகுரங்கு, a little monkey)
_TAMIL_SIZE = {"சிறு", "குட்டி", "பெரு", "இளம்", "கிழ", "கிழட்டு", "குஞ்சு"}


def _tamil_head(
    word: str, people: dict[str, tuple[str, str]], animals: dict[str, str]
) -> tuple[int, str, str, tuple[str, str], str | None] | None:
    """A Tamil word that names a person or an animal: as written, with its case ending or clitic taken
    off (குரங்கைக் is குரங்கு), or as a compound written as one word: a sex or a size joined before an
    animal (ஆண்குரங்கு, a he-monkey, is the monkey) or a title after it (முதலையரசன், the crocodile king)."""
    from filmstudio.script.word_forms import tamil_bases

    bases = [word, *tamil_bases(word)]
    for base in bases:
        if base in people and base not in describing_words("ta"):
            return 1, base, "person", people[base], None
        if base in animals:
            return 1, base, "animal", ("", ""), animals[base]
    for base in bases:
        for animal, key in animals.items():
            if len(animal) < 3 or len(base) - len(animal) < 2:
                continue
            if base.endswith(animal):
                prefix = base[: -len(animal)]
                prefix = prefix[:-2] if _DOUBLED_HARD.search(prefix) else prefix
                if prefix in _TAMIL_SEX or prefix in _TAMIL_SIZE:
                    return 1, animal, "animal", (_TAMIL_SEX.get(prefix, ""), ""), key
            # a noun ending in ம் drops it before the next word (சிங்கம் + ராஜா = சிங்கராஜா)
            joined = animal.removesuffix("ம்") if animal.endswith("ம்") else animal
            title = None
            if base.startswith(animal):
                title = _after_glide(base[len(animal) :])
            elif joined != animal and base.startswith(joined):
                title = base[len(joined) :]
            if title and title in people:
                return 1, base, "animal", (people[title][0], ""), key
    return None


_DOUBLED_HARD = re.compile(r"[கசதப]்$")
_TAMIL_VOWELS = {"ா": "ஆ", "ி": "இ", "ீ": "ஈ", "ு": "உ", "ூ": "ஊ", "ெ": "எ", "ே": "ஏ", "ை": "ஐ", "ொ": "ஒ", "ோ": "ஓ"}


def _after_glide(rest: str) -> str | None:
    """The word after the glide (ய், வ்) that joins two Tamil words on a vowel, as it is written alone:
    முதலை-யரசன் is முதலை + அரசன், பசு-வின் is பசு + இன்."""
    if len(rest) < 3 or rest[0] not in "யவ":
        return None
    sign = rest[1]
    if sign in _TAMIL_VOWELS:
        return _TAMIL_VOWELS[sign] + rest[2:]
    return "அ" + rest[1:] if sign != "்" else None


def tamil_titled(word: str, animals: dict[str, str]) -> bool:
    """Whether a Tamil mention is an animal with a title joined to it (முதலையரசன், சிங்கராஜா): a personage."""
    return any(
        len(a) >= 3
        and (
            word.startswith(a)
            and _after_glide(word[len(a) :])
            or a.endswith("ம்")
            and word.startswith(a[:-2])
            and len(word) - len(a) >= 2
        )
        for a in animals
    )


def _compound_head(word: str, language: str, people: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """A compound is what its last noun is: der Großwesir is a vizier, der Erlkönig a king (and
    "Erlkönigs" the same king's), "la belle-mère" a mother, "l'arrière-grand-père" a grandfather, "the
    great-grandmother" a grandmother, "la bisabuela" a grandmother and "прабабушка" one too. Returns (the
    compound with its head's lemma, the head)."""
    low = fold_yo(word.lower())
    if "-" in low:
        return _hyphened_head(low, language, people)
    kin = _kin_prefixed(low, language, people)
    if kin is not None:
        return low, kin
    if language != "de" or not word[:1].isupper():
        return None
    for cut in range(1, len(low) - 3):
        tail = low[cut:]
        for head in (tail, lemma_of(tail, language)):
            if head in people and head not in describing_words(language) and head not in PRONOUNS:
                return low[:cut] + head, head
    return None


def _hyphened_head(low: str, language: str, people: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """ "grand-daughter" is "granddaughter", "mother-in-law" a mother; else the longest tail after a hyphen
    that names a person ("arrière-grand-père": grand-père; "belle-mère": mère)."""
    if low.replace("-", "") in people:
        return low, low.replace("-", "")
    if low.endswith("-in-law") and low.removesuffix("-in-law") in people:  # "mother-in-law": a mother
        return low, low.removesuffix("-in-law")
    parts = low.split("-")
    for k in range(1, len(parts)):
        tail = "-".join(parts[k:])
        for head in (tail, lemma_of(tail, language)):
            if head in people and head not in describing_words(language) and head not in PRONOUNS:
                return low, head
    return None


# prefixes that make a grandparent's parent or a grandchild's child of a word for kin, written as one word
_KIN_PREFIXES = {
    "es": ("bis", "tatara", "tatar"),  # tatara-nieto, tatar-abuelo
    "pt": ("bis", "tris", "tatara", "tatar", "tetra", "tetr"),
    "it": ("bis", "tris"),
    "ru": ("пра",),
    "uk": ("пра",),
    "en": ("great",),
}


def compound_traits(word: str, language: str) -> tuple[str, str] | None:
    """(gender, age) of a compound word for a person ("Прадедушка", "belle-mère"), None if it is none."""
    people = _people(language)
    found = _compound_head(word, language, people)
    return people[found[1]] if found else None


def _kin_prefixed(low: str, language: str, people: dict[str, tuple[str, str]]) -> str | None:
    """ "bisabuela", "bisnieto", "прабабушка", "правнук": the grandparent or the grandchild after the prefix."""
    for prefix in _KIN_PREFIXES.get(language, ()):
        rest = low[len(prefix) :]
        if low.startswith(prefix) and rest in people and people[rest][1] in ("elderly", "child"):
            return rest
    return None


def _spaceless_mentions(text: str, language: str) -> list[Mention]:
    """Chinese and Japanese: person words as written; animals by their word or, in Japanese, by the
    lemma MeCab gives it (きつね is 狐)."""
    people, animals = _people(language), _animals(language)
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    for start, end, title, gender in titled_beings(text, language):  # "山神", "龙王": a being by its title
        taken.append((start, end))
        out.append(Mention(start, end, title, title, "person", None, gender))
    for word in sorted(people, key=len, reverse=True):
        if len(word) < 2:
            continue
        for m in re.finditer(re.escape(word), text):
            if free(m.start(), m.end()):
                taken.append((m.start(), m.end()))
                g, a = people[word]
                out.append(Mention(m.start(), m.end(), word, word, "person", None, g, a))
    for word in sorted(chinese_role_nouns(text) if language == "zh" else (), key=len, reverse=True):
        for m in re.finditer(re.escape(word), text):  # "马夫", "店员", "仆人": person_morphology.py
            if free(m.start(), m.end()):
                taken.append((m.start(), m.end()))
                out.append(Mention(m.start(), m.end(), word, word, "person"))
    if language == "ja":
        for start, end, surface, lemma in _japanese_tokens(text):
            # MeCab may read a kinship word and an animal as one word (子熊): the animal is its end
            kin = next((k for k in _JAPANESE_KIN if surface.startswith(k) and surface[len(k) :] in animals), "")
            for word in (surface, lemma, surface[len(kin) :] if kin else ""):
                if word in animals and free(start, end):
                    taken.append((start + len(kin), end))
                    out.append(Mention(start + len(kin), end, word, animals[word], "animal", animals[word]))
                    break
        out = _japanese_kin_animals(text, out)
    else:
        for word in sorted(animals, key=len, reverse=True):
            for m in re.finditer(re.escape(word), text):
                if free(m.start(), m.end()):
                    taken.append((m.start(), m.end()))
                    out.append(Mention(m.start(), m.end(), word, animals[word], "animal", animals[word]))
    return sorted(out, key=lambda m: m.start)


# Japanese kinship words that join an animal's name to make one being of it (母さん狐, the mother fox;
# 子狐 and 子供の狐, the fox cub; 親狐, the parent fox): the kinship word's family, its gender and age
_JAPANESE_KIN = {
    "お母さん": ("母", "female", ""),
    "お母ちゃん": ("母", "female", ""),
    "母さん": ("母", "female", ""),
    "母ちゃん": ("母", "female", ""),
    "かあさん": ("母", "female", ""),
    "母": ("母", "female", ""),
    "お父さん": ("父", "male", ""),
    "父さん": ("父", "male", ""),
    "父ちゃん": ("父", "male", ""),
    "とうさん": ("父", "male", ""),
    "父": ("父", "male", ""),
    "親": ("親", "", ""),
    "子供の": ("子", "", "child"),
    "子どもの": ("子", "", "child"),
    "こどもの": ("子", "", "child"),
    "子": ("子", "", "child"),
    "仔": ("子", "", "child"),
    "おじいさん": ("祖父", "male", "elderly"),
    "お爺さん": ("祖父", "male", "elderly"),
    "爺さん": ("祖父", "male", "elderly"),
    "おばあさん": ("祖母", "female", "elderly"),
    "お婆さん": ("祖母", "female", "elderly"),
    "婆さん": ("祖母", "female", "elderly"),
}


def _japanese_kin_animals(text: str, mentions: list[Mention]) -> list[Mention]:
    """An animal's name with a kinship word joined before it ("母さん狐", "子狐", "子供の狐") is one being,
    the animal of that family: the mention spans both, and takes the kinship word's gender and age
    (any person word it overlaps, "子供" of "子供の狐", is part of it)."""
    kin = sorted(_JAPANESE_KIN, key=len, reverse=True)
    joined: list[Mention] = []
    for m in mentions:
        if m.kind != "animal":
            continue
        word = next((k for k in kin if text[: m.start].endswith(k)), None)
        if word is None or word == "子" and text[: m.start].endswith(("の子", "様子", "調子")):
            continue
        family, gender, age = _JAPANESE_KIN[word]
        start = m.start - len(word)
        joined.append(
            # a kinship word makes the animal a personage, as a title does ("Mother Fox")
            Mention(
                start, m.end, text[start : m.end], f"{family}{m.key}", "animal", m.animal, gender, age, personified=True
            )
        )
    if not joined:
        return mentions
    spans = [(j.start, j.end) for j in joined]
    kept = [m for m in mentions if not any(a < m.end and m.start < b for a, b in spans)]
    return sorted([*kept, *joined], key=lambda m: m.start)


def _japanese_tokens(text: str) -> list[tuple[int, int, str, str]]:
    from filmstudio.script.lemmas import japanese_words

    return japanese_words(text)


# the words a tale introduces its people with ("Once upon a time there lived an old woman"): whoever
# they bring in is in the story, even when the story goes on with "she"
_INTRODUCING = {
    "en": r"\b(?:there\s+(?:once\s+)?(?:was|were)|once\s+upon\s+a\s+time|lived|dwelt)\b",
    "de": r"\b(?:es\s+war\s+einmal|wohnte|lebte)\b",
    "es": r"\b(?:(?:había|érase|era)\s+una\s+vez|había|vivía)\b",
    "fr": r"\b(?:il\s+était\s+une\s+fois|il\s+y\s+avait|vivait)\b",
    "it": r"\b(?:c'era\s+una\s+volta|c'era|viveva)\b",
    "pt": r"\b(?:era\s+uma\s+vez|havia|vivia)\b",
    "ru": r"(?<!\w)(?:жил[аи]?-был[аи]?|жил[аи]?)(?!\w)",
}


def _introduced(text: str, mention: Mention, language: str) -> bool:
    """Whether the words just before a mention, in its sentence, introduce it."""
    pattern = _INTRODUCING.get(language)
    if pattern is None:
        return False
    before = re.split(r"[.!?;:\n]", text[max(0, mention.start - 80) : mention.start])[-1]
    found = re.search(pattern, before, re.I)
    if found is not None and len(before[found.end() :].split()) <= 6:
        return True
    # "ein Schneider, der auf der Wanderschaft war", "un homme qui passait": a newcomer, brought in with an
    # indefinite article and told about in a clause of its own
    article = re.search(r"(?<!\w)(\w+)\s+$", text[max(0, mention.start - 12) : mention.start])
    if article is None or article.group(1).lower() not in _INDEFINITE.get(language, ()):
        return False
    relative = _RELATIVE.get(language)
    if relative and re.match(relative, text[mention.end : mention.end + 12], re.I):
        return True
    # "went to a baker and said", "ging zu einem Krämer und kaufte", "arrivò uno schiavo": met in the
    # story, where a verb goes on right after them or brought them in just before
    at = mention.start - len(article.group(0))
    if (
        mention.kind == "person"
        and _opens_clause(text[:at])
        and acts_here(text, mention, language)
        and (
            _to_someone(text[mention.end : mention.end + 80], language)
            # "Ein Diener kam herein. Er verneigte sich.": the next sentence goes on with them
            or continued_by_pronoun(text[mention.end : mention.end + 300], mention.gender, language)
        )
    ):
        return True  # "Ein Sklave brachte ihm Wein": the newcomer does something to one of the story
    return _verb_goes_on(text[mention.end : mention.end + 30], language) or _arrived_with(text[:at], language)


# the pronouns of whom a verb is done to or for ("brought him", "le trajo", "brachte ihm")
_TO_SOMEONE = {
    "en": "him her them me us",
    "de": "ihn ihm ihr ihnen mich mir uns",
    "fr": "lui leur le la les me nous",
    "es": "le les lo la los me nos",
    "it": "gli le lo la li mi ci",
    "pt": "lhe lhes o a os me nos",
}


def _to_someone(after: str, language: str) -> bool:
    """Whether the clause after a newcomer goes to someone of the story: a pronoun for a person or a name
    ("brought him wine", "le trajo vino", "gave Tom bread"); "a baby cries two rows back" goes to no one."""
    clause = re.split(r"[.!?;:,\n„“”\"«»]", after)[0]
    words = re.findall(r"[^\W\d_][\w'’-]*", clause)
    pronouns = set(_TO_SOMEONE.get(language, "").split())
    names = language != "de" and any(w[:1].isupper() for w in words)
    return names or any(w.lower() in pronouns for w in words)


def _opens_clause(before: str) -> bool:
    """Whether nothing of its clause stands before an article (a sentence's start, a quote's, a line's)."""
    return not re.split(r"[.!?;:\n„“”\"«»]", before)[-1].strip()


_AND = {"en": "and", "de": "und", "es": "y|e", "fr": "et", "it": "e|ed", "pt": "e"}


def _verb_goes_on(after: str, language: str) -> bool:
    """Whether a verb follows a newcomer, past an "and": "a baker and said", "einem Krämer und kaufte"."""
    joined = re.match(r",?\s+(?:" + _AND.get(language, "and") + r")\s+([^\W\d_][\w'’-]*)", after, re.I)
    return joined is not None and is_verb(joined.group(1), language, verb_words(language))


def _arrived_with(before: str, language: str) -> bool:
    """Whether the clause before a newcomer's article is one verb of its own: "Arrivò uno schiavo",
    "Chegou um criado", "Da kam ein Jäger" (a clause's opening adverb is allowed)."""
    clause = re.split(r"[.!?;:\n„“”\"«»]", before)[-1].split()
    # "Er sah einen Hirsch", "he saw a deer": a subject before the verb makes the newcomer its object
    if len(clause) == 2 and clause[0].lower() in words_of(language).pronouns | {"i", "we", "ich", "wir", "je", "nous"}:
        return False
    return 1 <= len(clause) <= 2 and is_verb(clause[-1], language, verb_words(language))


# the indefinite articles that bring someone new in, and the relative pronoun that then tells about them
_INDEFINITE = {
    "en": {"a", "an"},
    "de": {"ein", "eine", "einem", "einer", "einen"},
    "fr": {"un", "une"},
    "es": {"un", "una"},
    "it": {"un", "uno", "una"},
    "pt": {"um", "uma"},
}
_RELATIVE = {
    "en": r",?\s+who\b",
    "de": r",\s+(?:der|die|welcher|welche)\b",
    "fr": r",?\s+qui\b",
    "es": r",?\s+que\b",
    "it": r",?\s+che\b",
    "pt": r",?\s+que\b",
}


# the preposition (and article) that makes a noun the owner of the noun before it ("the son of the
# miller", "la hija del Conde", "la fille du meunier"): the owner is not the subject
_OF = {
    language: re.compile(pattern + r"\s*$", re.IGNORECASE)
    for language, pattern in {
        "en": r"\bof(?:\s+(?:the|a|an|his|her|their|its|my|your|our))?",
        "es": r"(?:\bdel|\bde(?:\s+(?:la|los|las|un|una|su|sus|mi|mis))?)",
        "fr": r"(?:\bdu|\bdes|\bde(?:\s+(?:la|son|sa|ses|mon|ma|mes))?|\bd'|\bde\s+l')",
        "it": r"(?:\bdi|\bdel|\bdella|\bdello|\bdei|\bdegli|\bdelle|\bdell')",
        "pt": r"(?:\bdo|\bda|\bdos|\bdas|\bde)",
        "de": r"\bvon(?:\s+(?:der|dem|den|einem|einer))?",
    }.items()
}


def owned(text: str, at: int, language: str) -> bool:
    """Whether the noun at `at` is the owner of the noun before it ("the daughter of the Count")."""
    owner = _OF.get(language)
    if owner is None or not owner.search(text[max(0, at - 12) : at]):
        return False
    if collective_before(text, at, language) is not None:
        return False  # "a troop of girls": the girls, whom a collective gathers, own nothing
    # "the gaze of Tom, who cried:": a relative clause makes the owner the subject of its own verb
    relative = _RELATIVE.get(language)
    return not (relative and re.match(r"[\w'’-]+(?:\s+[\w'’-]+)?" + relative, text[at : at + 60], re.I))


# what a verb of being or making says someone is ("he must be a true knight", "made him her husband",
# "era una buena niña", "such a hero"): a predicate, not someone met
_PREDICATE = {
    language: re.compile(pattern + r"\s+(?:[\w'’-]+\s+){0,1}$", re.IGNORECASE)
    for language, pattern in {
        "en": r"(?:(?<!there\s)(?<!there\sonce\s)\b(?:was|were|is|are|be|been|become|became|becomes)(?:n['’]t)?"
        r"(?:\s+(?:this|that|it|he|she|they|not|never))?\s+an?|\bsuch\s+an?|\bmade\s+(?:her|him|them)\s+(?:his|her|their))",
        "es": r"(?<!había\s)\b(?:es|era|fue|ser|será|sería|son|eran|fueron)\s+(?:un|una)",
        "fr": r"\b(?:est|était|fut|être|sera|serait)\s+(?:un|une)",
        "it": r"\b(?:è|era|fu|essere|sarà|sarebbe)\s+(?:un|uno|una|un')",
        "pt": r"\b(?:é|era|foi|ser|será|seria)\s+(?:um|uma)",
    }.items()
}


def _predicative(text: str, mention: Mention, language: str) -> bool:
    """Whether a mention is what a verb of being says someone is, not someone met."""
    pattern = _PREDICATE.get(language)
    return pattern is not None and bool(pattern.search(text[max(0, mention.start - 60) : mention.start]))


# German says what someone is as the others do ("Felix war ein kleiner Junge"); "es war ein", "da war ein"
# bring someone in. Kept out of _PREDICATE, where a German "im Wald war ein Hase" would lose its hare.
_SAID_TO_BE_A = {
    "de": re.compile(
        r"(?<!\bes\s)(?<!\bda\s)(?<!\bdort\s)\b(?:ist|war|wurde|sei|wäre)\s+(?:ein|eine)\s+(?:[\w'’-]+\s+){0,1}$",
        re.IGNORECASE,
    )
}


# the words that bring in one more of a kind already met ("another old man", "a second servant" after its
# article, "ein anderer Mann", "un autre homme", "otro hombre", "другой старик")
_ANOTHER = {
    "en": "another",
    "de": "andere anderer anderen anderes zweite zweiter zweiten",
    "fr": "autre second seconde deuxième",
    "es": "otro otra segundo segunda",
    "it": "altro altra secondo seconda",
    "pt": "outro outra segundo segunda",
    "ru": "другой другая другого второй вторая какой-то какая-то",
}


def met_as_newcomer(text: str, at: int, language: str) -> bool:
    """Whether the person word at `at` comes, in its sentence, after an indefinite article (two words
    between at most) that brings someone new in ("a boy came by", "un garçon passa", "ein kleiner Junge
    kam"), not after one that says what someone is ("Jonas was a small boy") or who the one just named
    is ("Jonas, a boy of nine, ...")."""
    clause = re.split(r"[.!?;:\n„“”\"«»]", text[max(0, at - 40) : at])[-1]
    words = list(re.finditer(r"[\w'’-]+", clause))[-3:]
    new = {*_INDEFINITE.get(language, ()), *_ANOTHER.get(language, "").split()}  # "another old man": not the one
    article = next((w for w in reversed(words) if w.group(0).lower() in new), None)
    if article is None or clause[: article.start()].rstrip().endswith(","):
        return False  # no article, or an apposition's: "Lucie, une fillette de sept ans," is Lucie
    pattern = _PREDICATE.get(language) or _SAID_TO_BE_A.get(language)
    before = text[max(0, at - 60) : at]
    # the predicate's pattern allows one word between article and noun: try the noun's adjective dropped
    trimmed = re.sub(r"[\w'’-]+\s+$", "", before)
    return not (pattern and (pattern.search(before) or pattern.search(trimmed)))


def _in_passing(text: str, mention: Mention, language: str) -> bool:
    """A person met only as someone's owner ("the daughter of the Count", "Grandpa's boat")."""
    return owned(text, mention.start, language) or bool(re.match(r"['’]s\b", text[mention.end : mention.end + 3]))


# a verb of being between two words for people: "the lady must be a real princess", "el viejo era el rey"
_COPULA = {
    language: re.compile(r"\s+(?:" + pattern + r")\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
    for language, pattern in {
        "en": r"(?:(?:must|might|could|would|should|will)\s+be|was|is|were|are|became|becomes)"
        r"(?:\s+(?:really|indeed|truly))?\s+(?:a|an|the)",
        "es": r"(?:es|era|fue|será|sería|debía\s+de\s+ser|debe\s+de\s+ser)\s+(?:un|una|el|la)",
        "fr": r"(?:est|était|fut|sera|serait|doit\s+être|devait\s+être)\s+(?:un|une|le|la|l')",
        "it": r"(?:è|era|fu|sarà|sarebbe|deve\s+essere)\s+(?:un|uno|una|il|lo|la)",
        "pt": r"(?:é|era|foi|será|seria|deve\s+ser)\s+(?:um|uma|o|a)",
    }.items()
}


def said_to_be(text: str, language: str) -> dict[str, str]:
    """Person words the text says are another ("the old man must be the king himself": the old
    man is the king) -> that other's key. A word said to be two others links nothing."""
    pattern = _COPULA.get(language)
    if pattern is None:
        return {}
    mentions = [m for m in find_mentions(text, language) if m.kind == "person" and not m.plural]
    found: dict[str, set[str]] = defaultdict(set)
    for first, second in zip(mentions, mentions[1:], strict=False):
        between = text[first.end : second.start]
        if first.key != second.key and len(between) <= 40 and pattern.search(between):
            found[first.key].add(second.key)
    return {key: next(iter(keys)) for key, keys in found.items() if len(keys) == 1}


def _merge_cases(by_key: dict[str, list[Mention]], language: str) -> None:
    """One animal met in two of its cases keeps one key: "лиса" is also the genitive of "лис", so
    "Лиса" lemmatises to "лис" while its accusative "Лису" lemmatises to "лиса". Two keys of one word
    for one drawable animal, one the other's lemma, are the same being."""
    for key in list(by_key):
        mentions = by_key.get(key)
        if not mentions or " " in key or mentions[0].kind != "animal":
            continue
        base = lemma_of(key, language)
        other = by_key.get(base)
        if base == key or not other or other[0].kind != "animal" or other[0].animal != mentions[0].animal:
            continue
        if any(m.plural for m in (*mentions, *other)):
            continue
        by_key[base] = sorted([*other, *by_key.pop(key)], key=lambda m: m.start)


def _merge_shortened(by_key: dict[str, list[Mention]], language: str) -> None:
    """A German compound and its head said alone later are one being (compounds.py): "der Steinbock …
    der Bock", "der Waldkönig … der König". The head's mentions join the compound's, met first, of its kind."""
    if language != "de":
        return
    for key in list(by_key):
        mentions = by_key.get(key)
        said = {m.name for m in mentions or ()}
        if not mentions or len(said) != 1:
            continue
        wholes = {
            ms[0].name: k
            for k, ms in by_key.items()
            if k != key
            and len({m.name for m in ms}) == 1
            and (ms[0].kind, ms[0].animal) == (mentions[0].kind, mentions[0].animal)
        }
        whole = compound_of(next(iter(said)), wholes, language)
        if whole is not None and by_key[wholes[whole]][0].start < mentions[0].start:
            by_key[wholes[whole]] = sorted([*by_key[wholes[whole]], *by_key.pop(key)], key=lambda m: m.start)


# words of blame a tale calls someone already in it by, for variety ("the villain", "der Schurke", "la
# bête"): never a newcomer
EPITHETS = {
    "en": "villain villains rogue wretch scoundrel beast brute knave rascal monster",
    "de": "bösewicht schurke schurken untier unhold bestie schelm halunke",
    "fr": "coquin scélérat scélérate bête brute misérable monstre gredin",
    "es": "malvado malvada bribón bestia canalla villano monstruo truhán",
    "it": "furfante bestia malvagio briccone mostro canaglia",
    "pt": "malvado malvada fera bandido patife monstro",
    "ru": "злодей злодея злодею злодеем негодяй негодяя негодяю негодяем чудовище",
}
# the beings a word of blame most often points back to: a tale's predators
_PREDATORS = {"wolf", "fox", "lion", "tiger", "bear", "snake", "crocodile", "shark", "jackal", "leopard", "dragon"}


def blamed(text: str, language: str) -> dict[str, Mention]:
    """Each word of blame the text uses after naming someone -> the mention of the one it points back to:
    the last predator named before it, else the last single being named before it."""
    words = set(EPITHETS.get(language, "").split())
    if not words:
        return {}
    mentions = [m for m in find_mentions(text, language) if not m.plural and m.key not in words]
    out: dict[str, Mention] = {}
    for found in re.finditer(r"[^\W\d_]+", text):
        word = found.group(0).lower()
        if word not in words or word in out:
            continue
        before = [m for m in mentions if m.end <= found.start()]
        fierce = [m for m in before if m.kind == "animal" and m.animal in _PREDATORS]
        if fierce or before:
            out[word] = (fierce or before)[-1]
    return out


def characters_mentioned(
    text: str, language: str, *, speakers: AbstractSet[str] = frozenset()
) -> list[MentionedCharacter]:
    """The beings the story names by what they are and lets act: they speak (`speakers`, keys), are
    personified, or come back (a person, twice). A word of blame is the one it points back to."""
    by_key: dict[str, list[Mention]] = defaultdict(list)
    pointed = blamed(text, language)
    for mention in find_mentions(text, language):
        if a_make_here(text, mention.start, mention.end):
            continue  # "climbs out of the Mustang": a car (script/makes.py), no horse of the fable's
        if not _predicative(text, mention, language):
            by_key[mention.key].append(mention)
    for word, meant in pointed.items():  # what the villain does, the wolf does
        by_key.pop(word, None)
        again = [
            replace(meant, start=m.start(), end=m.end(), name=m.group(0))
            for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, re.I)
            if m.start() > meant.start
        ]
        by_key[meant.key] = sorted([*by_key.get(meant.key, []), *again], key=lambda m: m.start)
    speakers = {*speakers, *(meant.key for word, meant in pointed.items() if word in speakers)}
    _merge_cases(by_key, language)
    _merge_shortened(by_key, language)
    out = []
    for key, mentions in by_key.items():
        first = mentions[0]
        kind = first.kind
        # "the lady ... the ladies": one lady and some others; who comes back comes back in one number
        plural = sum(m.plural for m in mentions)
        acts = (
            key in speakers
            or any(m.key in speakers for m in mentions)  # "der Steinbock … rief der Bock": the compound speaks
            or any(m.personified for m in mentions)
            or (
                kind == "person"
                and max(plural, len(mentions) - plural) >= 2
                # a noun only its making or WordNet calls someone's ("comedor", "учебник") has to do as someone
                and (not _open_class(key, language) or any(does_as_someone(text, m, language) for m in mentions))
            )
            # an animal the story keeps coming back to ("the lion") acts; one someone has ("her dog") is a
            # thing in the picture
            or (
                kind == "animal"
                and language in DETERMINERS
                and len(mentions) >= 3
                and not any(m.possessed for m in mentions)
            )
            or (kind == "animal" and language == "ta" and _tamil_acting(text, mentions) >= 2)
            # "the lion said to a fox ... the fox was afraid and ran away": an animal that does something
            # and is spoken to, or does something twice, is one of the story's beings (acting.py)
            or (kind == "animal" and one_that_acts(text, mentions, language))
            # "Berta's dog chased the cats": an animal its owner's name points out does what its sentence says
            or any(
                m.owner_named and not m.plural and not in_speech(text, m) and acts_here(text, m, language)
                for m in mentions
                if kind == "animal"
            )
            # a Tamil story has no articles to tell a being from a thing: an animal it keeps coming back to
            # (in any of its cases) is one of its beings
            or (kind == "animal" and language == "ta" and len(mentions) >= 3)
            or any(
                _introduced(text, m, language) for m in mentions if not (m.plural or m.possessed or in_speech(text, m))
            )
            # "the widow opened the window and looked out": a person who does things is there (person_acts.py)
            or (kind == "person" and person_acts(text, mentions, first.gender, language))
            # "the poor widow wept": a person noun the subject of a finite verb, once (lone_doers.py)
            or (
                kind == "person"
                and acts_once(text, mentions, first.gender, language)
                # "el comedor", a thing named as an agent, has to do as someone
                and (not _open_class(key, language) or any(does_as_someone(text, m, language) for m in mentions))
            )
            # "her landlord knocked and asked for the rent": someone's person who does things (relation_people.py)
            or (kind == "person" and possessed_acts(text, mentions, first.gender, language))
            # "greeted by the heron", "chassée par un renard": the doer of a passive acts
            or any(
                agent_of_passive(text, m.start, language)
                for m in mentions
                # "greeted by the king's servant": the servant did it, not the king
                if not (m.plural or m.possessed or in_speech(text, m) or _in_passing(text, m, language))
            )
        )
        if not acts:
            continue
        if kind == "person" and key not in speakers and all(_in_passing(text, m, language) for m in mentions):
            continue  # "the daughter of the Count", "Grandpa's boat": never met as themselves
        # the being's name as its word is written alone ("Ворона"), not in a case it was first met in
        own = [m for m in mentions if m.key == key] or mentions  # not the word of blame it is also called
        # ("Дети играли", not "двое детей": a Russian sentence opens with its subject, in the nominative)
        opens = language in ("ru", "uk")
        named = max(
            own,
            key=lambda m: (
                len(m.name.split()),
                fold_yo(m.name.lower()) == m.key,
                opens and m.name[:1].isupper(),
                -m.start,
            ),
        ).name
        if language == "ta" and all(m.name != key for m in mentions) and " " not in key:
            named = key  # met only in its cases ("குயிலின்", "குயிலும்"): named as the word is alone
        gender = next((m.gender for m in mentions if m.gender), "")
        age = next((m.age for m in mentions if m.age), "")
        out.append(MentionedCharacter(named, kind, first.animal, gender, age, mentions))
    out = [mc for mc in out if not _called_on_as_another(mc, out, text, speakers)]
    return sorted(out, key=lambda c: c.mentions[0].start)


# the words that may stand before a word of address: "My son, ...", "„Lieber Vater, ..."
_ADDRESS_BEFORE = re.compile(
    r"(?:^|[„“\"«‘'—–\-!?,.:;]\s*)(?:(?:my|dear|mein|meine|lieber|liebe|mon|ma|cher|chère|mi|querid[oa]|mio|mia|"
    r"car[oa]|meu|minha)\s+)*$",
    re.IGNORECASE,
)


def _called_on(text: str, mention: Mention) -> bool:
    """Whether a mention is a word of address: "My son, why do you hide?", "mon enfant!"."""
    before = text[max(0, mention.start - 30) : mention.start]
    return bool(re.match(r"\s*[,!]", text[mention.end : mention.end + 3]) and _ADDRESS_BEFORE.search(before))


def _called_on_as_another(
    mc: MentionedCharacter, others: list[MentionedCharacter], text: str, speakers: AbstractSet[str]
) -> bool:
    """A person only ever called on ("My son, ...") while the story tells of another person who may be
    the same (a word that leaves the gender open, of no other age: "the child"): the one called is that one."""
    if mc.kind != "person" or mc.mentions[0].key in speakers or not all(_called_on(text, m) for m in mc.mentions):
        return False
    return any(
        o is not mc
        and o.kind == "person"
        and not all(_called_on(text, m) for m in o.mentions)
        # one word leaves open what the other tells ("das Kind", "mein Sohn"): a father is not his son
        and (not o.gender or not mc.gender)
        and (not o.age or not mc.age or o.age == mc.age)
        for o in others
    )
