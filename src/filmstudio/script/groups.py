"""Groups that act in a story: "some pigeons came down to help", "the fishermen heard her call",
"quelques pêcheurs chantaient", "die Töchter tanzten", "los pastores cantaban", "все посетители
смеялись", "村人たちは喜びました". A reader lists such a group among the story's characters: one character
for the group, of its kind (people, with the gender and age its noun tells, or an animal), drawn as a
small crowd.

A group is a plural noun naming people (a role word, or a word the staging draws as a crowd: "villagers",
"drinkers") or animals, brought in by an article, a quantifier or a number ("the", "some", "all the",
"quelques", "einige", "algunos", "несколько", "three"); Russian has no articles (the plural alone), Japanese
marks the plural (たち, 達, ども, ら, 人々). It acts when it is the subject of a verb of its clause (acting.py's
reading, or a verb written in the plural right after it where the reading does not know the verb) or is
spoken to. A group only named ("she thought of the villagers", "the villagers' houses", "for all the
children of the world"), in someone's words, or of a saying ("men are foolish": no article) is none; a
thing ("the trees", "three apples") names no one. A group of animals is one of the story's beings only
where it goes on to someone or feels ("came to help her", "les chevreaux tremblaient"): birds that sing in
the trees are the picture's (acting.py's herd). A group called by a plain word for people after a group of
its kind ("the woodcutters … the men") is that group; one the story named member by member ("Tom and Ann
ran; the children laughed") is those members."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.acting import (
    _PREPOSITIONS,
    _acting_word,
    _acts_japanese,
    _clause_after,
    _japanese_clause,
    acts_here,
    addressed,
    in_speech,
)
from filmstudio.script.beings import DETERMINERS, KIN
from filmstudio.script.collectives import collective_acts, collective_before, member_name
from filmstudio.script.counted_crowds import counted_crowd
from filmstudio.script.joined_beings import coordinated
from filmstudio.script.lemmas import fold_yo, japanese_words, lemma_of
from filmstudio.script.mentions import _animals, _called_on, _people, compound_traits, find_mentions
from filmstudio.script.morals import generic_subject
from filmstudio.script.ordinary_words import only_called_on
from filmstudio.script.plural_people import (
    agent_noun,
    bare_past_subject,
    counted_ja,
    counted_phrase,
    counted_verb_ru,
    denied,
    finite_after_ja,
)
from filmstudio.script.relation_people import paired_person, past_their_names
from filmstudio.script.staging_data import staging_section
from filmstudio.script.staging_words import words_of
from filmstudio.script.trades import counted, quantity_before, trade_noun
from filmstudio.storyboard import Character

LANGUAGES = frozenset({"en", "fr", "de", "es", "it", "pt", "ru", "ja"})
_CROWD_KINDS = ("people", "children", "women", "men", "soldiers")
_TOKEN = re.compile(r"[^\W\d_][\w-]*")
# words that bring in several, beside the articles: "all the sailors", "quelques pêcheurs", "einige Kinder"
_QUANTIFIERS = {
    "en": "all some many several few both these those their our your",
    "fr": "les des ces mes tes ses nos vos leurs aux quelques plusieurs tous toutes certains certaines",
    "de": "alle allen einige einigen viele vielen mehrere beide beiden manche",  # "die" is a woman's too
    "es": "los las unos unas sus mis estos estas esos esas algunos algunas muchos muchas varios varias todos todas",
    "it": "i gli le dei degli delle alcuni alcune molti molte tutti tutte questi queste",
    "pt": "os as uns umas dos das seus suas alguns algumas muitos muitas todos todas vários várias estes estas",
    "ru": "все несколько многие много эти те",
}
# English plurals not written with -s
_EN_PLURALS = frozenset({"men", "women", "children", "people", "folk", "geese", "mice", "oxen", "brethren"})
# plain words for people: after a group of its kind they name that group ("the woodcutters … the men")
_PLAIN = {
    "en": "men women people folk folks",
    "fr": "hommes femmes gens",
    "de": "männer frauen leute menschen",
    "es": "hombres mujeres gente",
    "it": "uomini donne gente",
    "pt": "homens mulheres gente",
    "ru": "мужчины женщины люди",
    "ja": "人々 男 女",
}
# a verb written in the plural (the group's verb where the reading does not know it): "travaillaient",
# "cantaban", "смеялись"; English and German show it no better than by the reading's verbs
# words for a pair the story may have named one by one ("her mother and father … her parents")
_PARENTS = {"parent", "parents", "eltern", "padres", "родители", "родитель", "genitori", "pais", "両親"}
_PLURAL_VERB = {
    "fr": ("aient", "èrent", "irent", "urent", "ent"),
    "es": ("aban", "ían", "aron", "ieron", "an", "en"),
    "it": ("avano", "evano", "ivano", "arono", "erono", "irono", "ono"),
    "pt": ("avam", "iam", "aram", "eram", "iram", "am", "em"),
    "de": ("ten", "en"),
    "ru": ("ли", "лись", "ют", "ят", "ут", "ат", "ются", "ятся"),
}
# prepositions joined to an article ("aux villageois", "zum Bauern"): what follows is no subject
_CONTRACTED = frozenset(["au", "aux", "du", "al", "del", "zum", "zur", "im", "am", "beim", "vom"]) | frozenset(
    ["ai", "agli", "alle", "nei", "negli", "sui", "ao", "aos", "às", "nos", "nas", "pelos", "pelas"]
)
# those a language alone writes so ("os filhos do rei": "do" is "de o"; Spanish "dos" is two)
_CONTRACTED_IN = {"pt": frozenset(["do", "da", "dos", "das", "no", "na"])}
# verbs of thinking that the reading counts as saying: "pensait aux villageois" speaks to no one
_THINKING = frozenset(["think", "penser", "songer", "rêver", "denken", "pensar", "soñar", "pensare", "думать"])
# what may stand between a subject and its verb: a clitic pronoun, a negation ("ne le virent", "не пели")
_CLITICS = frozenset(
    ["se", "s", "ne", "n", "l", "m", "t", "le", "la", "les", "lui", "leur", "y", "en", "no", "lo", "los"]
)
_CLITICS_MORE = frozenset(["las", "nicht", "не", "ci", "si", "gli"])
# the endings of a Russian plural in a case other than the subject's ("детей", "людям", "гостями")
_RU_OBLIQUE = ("ей", "ям", "ями", "ях", "ьми", "ам", "ами", "ах", "ов", "ев")
# what joins a noun to its complement: "the children of the village", "du village", "del valle"
_OF = frozenset(["of", "du", "de", "des", "del", "di", "dei", "do", "da", "dos", "das"])
# pronouns for a person after a preposition ("volaron hasta ella", "vinrent vers lui")
_STRONG_PRONOUNS = frozenset(["ella", "él", "ellos", "ellas", "lui", "elle", "eux", "elles", "ihr", "ihn", "ihm"])
_JA_MANY = ("たち", "達", "ども", "ら")
# how a woman's word in the plural ends, and its singular: "cugine" (cugina), "vecinas", "voisines"
_FEMININE_PLURAL = {"it": ("e", "a"), "es": ("as", "a"), "pt": ("as", "a"), "fr": ("es", "e")}


@dataclass
class Group:
    name: str  # as first written, without its article: "woodcutters", "Töchter"
    key: str  # its noun's lemma: "woodcutter"
    kind: str  # person | animal
    crowd: str  # how it is drawn (Extra.kind): people, children, women, men, soldiers, animals
    gender: str = ""
    age: str = ""
    animal: str | None = None
    start: int = 0
    words: list[str] = field(default_factory=list)  # every word it was called by, as written
    found_at: list[int] = field(default_factory=list)  # where each of those words is written


@dataclass(frozen=True)
class WordsAt:
    """Where a group's (or a one's) words are written, read by acting.py as a mention."""

    start: int
    end: int
    possessed: bool = False
    plural: bool = True


@lru_cache(maxsize=16)
def _crowd_words(language: str) -> dict[str, str]:
    """The staging's words for crowds of people ("villagers", "pêcheurs") -> the crowd they are drawn as."""
    groups = staging_section(language, "groups")
    return {fold_yo(w.lower()): kind for kind in _CROWD_KINDS for w in groups.get(kind, ())}


def _noun(word: str, language: str) -> tuple[str, str, str, str, str, str | None] | None:
    """(lemma, kind, crowd, gender, age, animal) for a word naming people or an animal, or None."""
    low = fold_yo(word.lower())
    # a German noun is looked up as written: the dictionary knows "Söhne", not "söhne"
    lemma = fold_yo(lemma_of(word if language == "de" else low, language)) if language != "ja" else low
    crowds, people, animals = _crowd_words(language), _people(language), _animals(language)
    animal = animals.get(lemma) or animals.get(low)
    if animal and low not in crowds:
        return lemma, "animal", "animals", "", "", animal
    ending = _FEMININE_PLURAL.get(language)  # "le cugine": the cousins who are women (cugina, not cugino)
    feminine = low[: -len(ending[0])] + ending[1] if ending and low.endswith(ending[0]) else ""
    traits = people.get(feminine) or people.get(lemma) or people.get(low)
    crowd = crowds.get(low) or crowds.get(lemma)
    if traits is None and crowd is None and low != lemma:  # "los duques", "die Nachbarinnen" (relation_people.py)
        paired = paired_person(lemma, language, titled=True)
        traits = (paired, "") if paired is not None else None
    if traits is None and crowd is None:
        return None
    gender, age = traits or ("", "")
    if crowd is None:
        crowd = "children" if age == "child" else {"female": "women", "male": "men"}.get(gender, "people")
    if crowd == "children":
        age = "child"
    elif crowd in ("women", "men") and not gender:
        gender = "female" if crowd == "women" else "male"
    return lemma, "person", crowd, gender, age, None


def _plural_form(word: str, lemma: str, language: str, counted: bool = False) -> bool | None:
    """Whether a noun is written in the plural: True, False, or None where its form does not tell. A
    Russian noun counted ("несколько воробьёв") is in the genitive plural."""
    low = fold_yo(word.lower())
    if language == "ru" and counted and low != lemma and low.endswith(("ов", "ев", "ей")):
        return True
    if language == "en":
        # "townspeople", "fishermen", "grandchildren": a compound ends as its head's plural
        return low.endswith(tuple(_EN_PLURALS)) or (low != lemma and low.endswith("s"))
    if language in ("fr", "es", "pt"):
        return None if not low.endswith(("s", "x")) else (True if low != lemma else None)
    if language == "ru":
        listed = low in _crowd_words("ru") and not low.endswith(_RU_OBLIQUE)  # "люди", not "людей"
        if low != lemma and low.endswith(("а", "я")) and not lemma.endswith(("а", "я")) and not listed:
            return None  # "учителя", "доктора": a plural, or one's genitive; the verb after tells which
        return (low != lemma and low.endswith(("ы", "и", "ане", "яне", "ья", "ята", "ата"))) or listed
    return True if low != lemma else None  # de, it: "Töchter", "bambini"; "die Holzfäller" by its article


def _before(text: str, tokens: list[tuple[int, int, str]], i: int, language: str) -> list[str]:
    """The words before the noun (up to three, nearest first) of its phrase and the word that ends it:
    punctuation, a verb, or in German a noun ("Der Kleine wollte Fische": not "der Fische")."""
    out = []
    for j in range(i - 1, max(-1, i - 4), -1):
        if text[tokens[j][1] : tokens[j + 1][0]].strip():
            break
        word = tokens[j][2]
        out.append(word.lower())
        if _acting_word(word, language) is not None or (language == "de" and word[:1].isupper() and j < i - 1):
            break
    return out


@lru_cache(maxsize=16)
def _numbers(language: str) -> frozenset[str]:
    return frozenset(w.lower() for words in staging_section(language, "numbers").values() for w in words)


def _object(before: list[str], language: str) -> bool:
    """Whether the phrase follows a verb, in a language whose subject comes before it ("fed the hens")."""
    if language not in ("en", "fr", "es", "it", "pt"):
        return False
    articles = set(DETERMINERS.get(language, "").split()) | set(_QUANTIFIERS.get(language, "").split())
    words = [w for w in before if w not in articles]
    if not words:
        return False
    word = words[0]
    inflected = lemma_of(word, language) != word and not _noun(word, language)
    return _acting_word(word, language) is not None or (inflected and word not in _CLITICS)


def _brought_in(before: list[str], language: str) -> tuple[bool, bool]:
    """(an article, quantifier or number stands before the noun; one of them says several)."""
    several = set(_QUANTIFIERS.get(language, "").split()) | _numbers(language)
    articles = set(DETERMINERS.get(language, "").split()) | several
    for word in before:
        if word.isdigit() or word in several:
            return True, True
        if word in articles:
            return True, False
    return False, False


def _plural_verb_after(text: str, end: int, language: str) -> bool:
    """Whether the noun's verb after it (a clitic, a negation, a complement with "of" or, in Russian, one
    word between: "les enfants du village chantèrent", "жители деревни вышли") is in the plural."""
    clause = re.split(r"[.!?;:,\"“”„«»()\n—–]", text[end : end + 80])[0]
    words = [w.lower() for w in _TOKEN.findall(clause) if w.lower() not in _CLITICS | _CLITICS_MORE]
    articles = set(DETERMINERS.get(language, "").split())
    if words and words[0] in _OF:  # "of the village", "du village", "del valle": the noun's complement
        words = words[1:]
        words = words[1:] if words and words[0] in articles else words
        words = words[1:]
    candidates = words[:2] if language == "ru" else words[:1]
    return any(_plural_verb(word, language) for word in candidates)


def _plural_verb(word: str, language: str) -> bool:
    """Whether a word is a verb in the plural; in English, a past form (not a noun's plural, nor an -ing)."""
    if _noun(word, language):
        return False
    if language == "en":  # "heard", "wept"
        return lemma_of(word, language) != word and not word.endswith(("s", "ing"))
    return len(word) > 3 and word.endswith(_PLURAL_VERB.get(language, ()))


def _words_before(text: str, start: int) -> list[str]:
    """The words of the clause before a place, as written, lower-cased."""
    return [w.lower() for w in _TOKEN.findall(re.split(r"[.!?;:,\"“”„«»()\n]", text[max(0, start - 60) : start])[-1])]


def _plural_verb_before(before: list[str], language: str) -> bool:
    """Whether the word before the noun's article is a verb of the reading in the plural ("da riefen die")."""
    articles = set(DETERMINERS.get(language, "").split())
    words = [w for w in before if w not in articles]
    endings = _PLURAL_VERB.get(language, ())
    return bool(words) and words[0].endswith(endings) and _acting_word(words[0], language) is not None


def _after_preposition(text: str, start: int, language: str) -> bool:
    """Whether the noun's phrase follows a preposition ("of the villagers", "aux villageois", "о посетителях")."""
    words = _words_before(text, start)
    contracted = _CONTRACTED | _CONTRACTED_IN.get(language, frozenset())
    preps = set(_PREPOSITIONS.get(language, "").split()) | contracted
    articles = set(DETERMINERS.get(language, "").split()) | set(_QUANTIFIERS.get(language, "").split())
    # the phrase's own article stays one where a preposition is written alike ("des oiseaux chantaient")
    while (
        words
        and words[-1] not in contracted
        and (words[-1] in articles or words[-1].isdigit() or words[-1] in _numbers(language))
    ):
        words.pop()
    return bool(words) and words[-1] in preps


def _said_to(text: str, start: int, language: str) -> bool:
    """Whether words are said to the noun's phrase ("said to the villagers", "dit aux villageois"): the
    preposition of whom speech goes to (Russian and Japanese tell it by case), after no verb of thinking
    ("pensait aux villageois"); one told something ("told the children stories") only listens."""
    words = _words_before(text, start)
    if any(lemma_of(w, language) in _THINKING or w in _THINKING for w in words[-4:]):
        return False
    articles = set(DETERMINERS.get(language, "").split()) | set(_QUANTIFIERS.get(language, "").split())
    while words and words[-1] not in _CONTRACTED and words[-1] in articles:
        words.pop()
    return (
        language in ("ru", "ja")
        or bool(words)
        and words[-1] in {*_PREPOSITIONS.get(language, "").split(), *_CONTRACTED}
    )


def _sentence(text: str, at: int) -> str:
    opened = max(text.rfind(p, 0, at) for p in ".!?\n")
    closed = min((c for c in (text.find(p, at) for p in ".!?\n") if c >= 0), default=len(text))
    return text[opened + 1 : closed + 1].strip()


def _acts(text: str, start: int, end: int, language: str, plural_verb: bool, verb_before: bool) -> bool:
    """Whether the noun written from start to end is a subject of a verb of its clause, or spoken to."""
    at = WordsAt(start, end)
    if in_speech(text, at):
        return _called_on(text, at)  # type: ignore[arg-type]  # "Children, come in!": called on
    if denied(text, end, language):
        return False  # "the fishermen did not come", "les paysans ne vinrent pas"
    if addressed(text, start, end, language) and _said_to(text, start, language):
        return True
    if _after_preposition(text, start, language) or generic_subject(_sentence(text, start), language):
        return False
    if _relative_subject(text, end, language):
        return True  # "some pigeons, who came down", "des pêcheurs qui étaient là", "Jäger, die jagten"
    agrees = verb_before or _plural_verb_after(text, end, language)
    if language != "ru" and acts_here(text, at, language) and (language != "de" or agrees):
        return True  # German's verb agrees with its subject: "Anna brachte die Schafe" are brought
    if language == "ru" and verb_before:
        return True  # "Закричали дети": the verb first, in the plural
    return plural_verb and _plural_verb_after(text, end, language)


# the relative pronouns that are the subject of their clause ("who flew", "qui chantaient", "die jagten");
# "que", "che" and "that" are a subject only with the verb right after them ("que cantaban", not "que Pedro vio")
_RELATIVE_SUBJECT = {
    "en": "who which that",
    "fr": "qui",
    "es": "que quienes",
    "it": "che",
    "pt": "que",
    "de": "die welche",
    "ru": "которые",
}
_RELATIVE_END = re.compile(r"[.!?;:,\"“”„«»()\n—–]")


def _relative_subject(text: str, end: int, language: str) -> bool:
    """Whether the noun is the subject of a relative clause right after it: "some pigeons, who came
    down", "quelques pêcheurs qui étaient sur la plage", "unos pastores, que cantaban", "einige Jäger,
    die dort jagten" (the German verb ends the clause, in the plural, with no subject of its own before)."""
    pronouns = set(_RELATIVE_SUBJECT.get(language, "").split())
    opening = re.match(r"\s*,?\s*([^\W\d_]+)\b", text[end : end + 40])
    if not pronouns or opening is None or opening.group(1).lower() not in pronouns:
        return False
    if language == "de" and "," not in opening.group(0):
        return False  # a German relative clause has its comma: "die Jäger die Tiere" is two phrases
    rest = text[end + opening.end() : end + opening.end() + 120]
    clause = _TOKEN.findall(_RELATIVE_END.split(rest)[0])
    if language == "de":
        return bool(clause) and _plural_verb(clause[-1], language) and not any(_someone_de(w) for w in clause[:-1])
    words = [w for w in clause if w.lower() not in _CLITICS | _CLITICS_MORE]
    return bool(words) and _clause_verb(words[0], language)


def _clause_verb(word: str, language: str) -> bool:
    """Whether the word after a relative pronoun is its verb: one the reading knows, or a past or plural form."""
    if _noun(word, language) or (language == "en" and word[:1].isupper()):
        return False
    if _acting_word(word, language) is not None or _plural_verb(word, language):
        return True
    return language == "en" and (word.endswith("ed") or word.lower() in ("were", "had", "could", "would"))


def _someone_de(word: str) -> bool:
    """A German subject pronoun in a relative clause: the clause's subject is that one ("die er sah")."""
    return word.lower() in ("ich", "du", "er", "sie", "es", "wir", "ihr")


def _person_act_after(text: str, end: int, language: str) -> bool:
    """Whether the noun's verb right after it (past a clitic or a negation), or one it goes on to in its
    clause ("косари вышли на луг и запели"), is a verb of a person's act."""
    words = [w for w in _TOKEN.findall(_clause_after(text, end)) if w.lower() not in _CLITICS | _CLITICS_MORE]
    return bool(words) and _plural_verb(words[0], language) and any(_acting_word(w, language) for w in words[:6])


def _between(word: str, language: str) -> bool:
    """A word that may stand between a count and its noun ("ten carefree youths"): no article, verb or noun."""
    low = word.lower()
    closed = set(DETERMINERS.get(language, "").split()) | set(_QUANTIFIERS.get(language, "").split())
    if low in closed or _noun(word, language) or _acting_word(word, language) is not None:
        return False
    return word[:1].islower()  # a German noun is capitalised, its adjective not ("zehn junge Bauern")


def _possessor_before(text: str, tokens: list[tuple[int, int, str]], i: int, language: str) -> bool:
    """Whether someone's possessive brings the noun in: "the king's daughters", "Erlkönigs Töchter" (a
    German genitive in -s of a word for a person, or of a name the story writes alone too)."""
    start = tokens[i][0]
    if language == "en":
        return bool(re.search(r"[^\W\d_]['’]s?\s+$", text[max(0, start - 20) : start]))
    if language != "de" or i == 0 or text[tokens[i - 1][1] : start].strip():
        return False
    owner = tokens[i - 1][2]
    if not owner[:1].isupper() or not owner.endswith("s") or len(owner) < 4:
        return False
    own = owner[:-1]
    return compound_traits(own, language) is not None or bool(re.search(rf"(?<!\w){re.escape(own)}(?!\w)", text))


def _spaced(text: str, language: str) -> list[tuple[int, str, tuple[str, str, str, str, str, str | None]]]:
    """(start, the noun as written, its reading) for each acting plural noun of people or animals."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    out = []
    for i, (start, end, word) in enumerate(tokens):
        if language == "de" and not word[:1].isupper():
            continue  # German nouns are capitalised
        found = _noun(word, language)
        before = _before(text, tokens, i, language)
        quantity = quantity_before(text, start, language)  # "a handful of porters": its "of" is no preposition
        quantity = collective_before(text, start, language) if quantity is None else quantity  # "a troop of"
        if quantity is None:  # "ten or fifteen carefree youths", "beaucoup de gens" (plural_people.py)
            quantity = counted_phrase(text, start, language, lambda w: _between(w, language))
        if found is None and (quantity is not None or counted(before, language, _numbers(language))):
            found = trade_noun(word, language)  # "some miners", "quelques lavandières" (trades.py)
        counted_ru = found is None and language == "ru"  # "несколько охотников" (counted_crowds.py)
        found = counted_crowd(word, before, _numbers(language), _crowd_words(language), _noun) if counted_ru else found
        if found is None and _person_act_after(text, end, language):
            found = agent_noun(word, language)  # "les vendangeurs chantaient", "косари вышли" (plural_people.py)
        if found is None or text[end : end + 1] in ("'", "’"):
            continue  # "the villagers' houses": theirs, not them
        if _object(before, language) and not _relative_subject(text, end, language):
            continue  # "Jonas fed the hens", "regardait les loups": what a verb is done to
        brought, several = _brought_in(before, language)
        brought, several = brought or quantity is not None, several or quantity is not None
        brought = brought or _possessor_before(text, tokens, i, language)
        plural = True if counted_ru else _plural_form(word, found[0], language, counted=several)
        agrees = _plural_verb_after(text, end, language) or _plural_verb_before(before, language)
        if plural is False or (plural is None and not several and not agrees):
            continue  # "die Holzfäller riefen", "da riefen die Jäger"; not "die Frau rief"
        bare = not brought and bare_past_subject(text, start, end, language)  # "Fishermen hauled in their nets"
        if language != "ru" and not brought and not bare and not _called_on(text, WordsAt(start, end)):  # type: ignore[arg-type]
            continue  # "men are foolish": a saying of anyone
        verb_before = _plural_verb_before(before, language)
        opening = start if quantity is None else quantity
        # "los duques de Lara y de Castro llegaron": the verb after the names of their houses
        past_names = past_their_names(text, end, language) if found[1] == "person" else end
        plural_verb = plural is True or several or (plural is None and agrees)  # "die Holzfäller kehrten heim"
        acting = _acts(text, opening, past_names, language, plural_verb=plural_verb, verb_before=verb_before)
        if language == "ru" and several and not acting and not in_speech(text, WordsAt(start, end)):
            acting = counted_verb_ru(text, end)  # "много людей пришло": a counted subject's neuter verb
        if acting or collective_acts(text, start, end, language):  # "un gruppo di pescatori lo salutò": one verb
            out.append((start, word, found))
    return out


def _japanese(text: str) -> list[tuple[int, str, tuple[str, str, str, str, str, str | None]]]:
    """村人たち, 小鳥たち, 人々 before は, が or も and a verb of the clause."""
    words = japanese_words(text)
    out = []
    for k, (start, end, surface, _lemma) in enumerate(words):
        marked = k + 1 < len(words) and words[k + 1][2] in _JA_MANY
        many = surface == "人々" or marked or counted_ja(words, k)  # "たくさんの人が集まりました"
        # 人々, and 人たち ("村の人たちは笑いました": the people, named with whose they are)
        people = surface in ("人々", "人")
        found = _noun(surface, "ja") or (("人々", "person", "people", "", "", None) if people else None)
        if not many or found is None:
            continue
        after = words[k + 1][1] if marked else end
        if _acts_japanese(text, WordsAt(start, after)) or finite_after_ja(_japanese_clause(text, after)):
            if surface == "人" and not marked:  # "たくさんの人": the people, counted
                out.append((start, "人々", found))
                continue
            whose = surface == "人" and k >= 2 and words[k - 1][2] == "の"
            out.append((start, text[words[k - 2][0] if whose else start : after], found))
    return out


def acting_groups(text: str, language: str) -> list[Group]:
    """The groups of people or animals that act in a story, one for each, in the order they come in."""
    if language not in LANGUAGES:
        return []
    found = _japanese(text) if language == "ja" else _spaced(text, language)
    by_key: dict[str, Group] = {}
    found = [f for f in found if f[2][1] == "person" or _with_someone(text, f[0], f[1], language)]
    for start, word, (key, kind, crowd, gender, age, animal) in found:
        group = by_key.get(key)
        if group is None:
            gathered = collective_before(text, start, language) is not None  # "von Kindern", "толпа детей"
            name = member_name(word, language, _crowd_words(language)) if gathered else word
            group = by_key[key] = Group(name, key, kind, crowd, gender, age, animal, start)
        group.words.append(word)
        group.found_at.append(start)
    # "Friends, the storm is coming!", "Товарищи, …": a plural only ever called on is the speaker's address
    # (ordinary_words.py); the group is cast where it then acts in the narration
    kept = [g for g in by_key.values() if not only_called_on(text, g.found_at, g.words)]
    return _one_group_by_two_words(kept, language)


def _with_someone(text: str, start: int, word: str, language: str) -> bool:
    """Whether an acting group of animals does something with the story's people or feels: its sentence
    goes on to someone (a name, a word for a person, a pronoun: "came to help her", "chased Nell") or to a
    feeling ("les chevreaux tremblaient"), or it is called on. Birds that sing and ducks that quarrel are
    the picture's ("the birds sang in the trees")."""
    if in_speech(text, WordsAt(start, start + len(word))):
        return True
    sentence = _clause_after(text, start + len(word))  # the words after it, in its clause
    if not sentence.strip() and _relative_subject(text, start + len(word), language):
        sentence = _RELATIVE_END.split(text[start + len(word) :].lstrip(" ,"), maxsplit=1)[0]  # ", who flew to him"
    if any(m.kind == "person" for m in find_mentions(sentence, language)):
        return True
    if language == "ja":
        return bool(re.search(r"(?:さん|ちゃん|くん|様)", sentence))
    pronouns = {w for words in staging_section(language, "object_pronouns").values() for w in words}
    pronouns |= set(staging_section(language, "pronouns") or ()) | _STRONG_PRONOUNS
    tokens = _TOKEN.findall(sentence)
    names = [t for t in tokens if t[:1].isupper() and language != "de"]
    # a feeling the group's own verb tells ("tremblaient"), not a noun further on ("flew away for fright")
    return bool(names) or any(t.lower() in pronouns for t in tokens) or any(_feeling(t, language) for t in tokens[:2])


def _feeling(word: str, language: str) -> bool:
    """A word of feeling ("trembled", "laughed", "freuten sich"): who feels is someone of the story."""
    feelings = words_of(language).expressions
    low = word.lower()
    return any(low in words or lemma_of(low, language) in words for words in feelings.values())


def _one_group_by_two_words(groups: list[Group], language: str) -> list[Group]:
    """ "the woodcutters … the men": a plain word for people after a group of people of its gender (any
    group, for a word of no gender: "people") names that group; "the villagers … the women" are some of
    them, a group of their own."""
    plain = set(_PLAIN.get(language, "").split())
    out: list[Group] = []
    for group in groups:
        if group.kind == "person" and {fold_yo(w.lower()) for w in group.words} <= plain:
            earlier = [
                g
                for g in out
                if g.kind == "person" and g.crowd != "children" and (not group.gender or g.gender == group.gender)
            ]
            if earlier:
                earlier[-1].words += group.words
                earlier[-1].found_at += group.found_at
                continue
        out.append(group)
    return out


# what joins the names of a story's people: "Tom and Ann", "Tom, Ann et Léo", "太郎と花子"
_AND = r"(?:\s+(?:and|und|et|y|e|и)\s+|と)"


def cast_groups(characters: dict[str, Character], language: str, text: str, character_id: Callable[[str], str]) -> None:
    """Casts each group that acts in the story as one character of its kind (its id from its name by
    `character_id`, the builder's), drawn as a small crowd; a group already cast (a speaker "the
    children", the young a fable calls so) is marked as a group, and a group whose members the story
    names ("Tom and Ann ran; the children laughed") is those members."""
    _plural_speakers(characters, language)
    for group in acting_groups(text, language):
        cast = [c for c in characters.values() if c.id != "narrator"]
        if _members_named(group, cast, text, language) or _the_young(group, cast, language):
            continue
        same = _cast_already(group, cast, language)
        one = _one_of_a_pair(group, text, language)  # "el pescador y su esposa se sentaron": one wife
        if same is not None and one:
            continue
        if same is not None:
            same.crowd = group.crowd  # type: ignore[assignment]  # a CrowdKind, as _noun reads it
            same.on_screen = False
            if group.gender and same.gender == "neutral":
                same.gender, same.gender_words = group.gender, [group.name]  # type: ignore[assignment]
            if group.age and not same.age_words:
                same.age, same.age_words = group.age, [group.name]  # type: ignore[assignment]
            continue
        name = group.name[:1].upper() + group.name[1:]
        cid = character_id(name)
        if cid in characters:
            continue
        characters[cid] = Character(
            id=cid,
            name=name,
            gender=group.gender or "neutral",  # type: ignore[arg-type]
            age=group.age or "young_adult",  # type: ignore[arg-type]
            language=language,
            style="conversational",
            description=f"gender from {group.name if group.gender else 'no evidence'}; age from "
            f"{group.name if group.age else 'no evidence'}; "
            + ("one named with another" if one else "a group that acts in the story, drawn as a small crowd"),
            gender_words=[group.name] if group.gender else [],
            age_words=[group.name] if group.age else [],
            on_screen=None if one else False,
            animal=group.animal,
            crowd=None if one else group.crowd,  # type: ignore[arg-type]
        )


def _one_of_a_pair(group: Group, text: str, language: str) -> bool:
    """Whether a group is one person named with another ("Ana und ihr Vater gingen", "el pescador y su
    esposa se sentaron"): a person word whose form does not say plural, that a plural verb agrees with only
    because "and" joins it to someone, wherever it was found acting (joined_beings.coordinated)."""
    if group.kind != "person":
        return False
    spots = [(at, at + len(word)) for at, word in zip(group.found_at, group.words, strict=True)]
    single = all(_plural_form(word, group.key, language) is not True for word in group.words)
    return single and bool(spots) and all(coordinated(text, a, b, language) for a, b in spots)


def _plural_speakers(characters: dict[str, Character], language: str) -> None:
    """A character cast by a plural word for people or animals (the speakers of '"Hooray!" cried the
    children', "Die Kinder riefen: …") is a group: drawn as a small crowd of its kind."""
    for character in characters.values():
        tokens = _TOKEN.findall(character.name)
        if character.id == "narrator" or character.crowd is not None or not tokens or language not in LANGUAGES:
            continue
        found = _noun(tokens[-1], language) if language != "ja" else None
        if found is not None and _plural_form(tokens[-1], found[0], language) is True:
            character.crowd, character.on_screen = found[2], False  # type: ignore[assignment]


def _the_young(group: Group, cast: list[Character], language: str) -> bool:
    """Whether "the children" are the young animals a fable calls so, cast already (young.py)."""
    from filmstudio.script.young import children_word

    young = any(c.animal and c.age == "child" for c in cast)
    return young and group.kind == "person" and any(children_word(w, language) for w in group.words)


def _cast_already(group: Group, cast: list[Character], language: str) -> Character | None:
    """The character that is this group already: one named by its word in the plural ("Children" who
    speak, the "Kittens" a fable calls its children), or of its animal and written in the plural."""
    words = {fold_yo(w.lower()) for w in group.words}
    for character in cast:
        tokens = _TOKEN.findall(character.name)
        if not tokens and character.name not in group.words:
            continue
        last = fold_yo(tokens[-1].lower()) if tokens else character.name
        if last in words or character.name in group.words:
            return character
        if group.animal and character.animal == group.animal and language != "ja":
            lemma = fold_yo(lemma_of(last, language))
            if lemma == group.key and lemma != last:
                return character  # "Kittens": the young, cast as their group
    return None


# words for those already together in a story ("the two men nodded", "meine Freunde"): its cast
_COMPANIONS = {"friends", "amis", "freunde", "amigos", "amigas", "amici", "друзья", "companions", "gefährten"}


def _the_cast_together(group: Group, cast: list[Character], text: str, language: str) -> bool:
    """Whether a plain word for several people ("the men", "les gens") or for companions ("my friends")
    stands for the story's cast, two or more of whom it fits were named before it."""
    words = {fold_yo(w.lower()) for w in group.words}
    if not words & (set(_PLAIN.get(language, "").split()) | _COMPANIONS):
        return False
    other = {"female": "male", "male": "female"}.get(group.gender)
    before = text[: group.start].lower()
    fitting = [c for c in cast if c.crowd is None and c.gender != other and c.name.lower() in before]
    return len(fitting) >= 2


def _members_named(group: Group, cast: list[Character], text: str, language: str) -> bool:
    """Whether a group of people called by a plain word ("the children", "the brothers", "les hommes") is
    people the story named together before it ("Tom and Ann"), or its cast ("the men", "my friends"):
    those, not a group of their own."""
    if _the_cast_together(group, cast, text, language):
        return True
    if group.kind != "person":
        return False
    kin = set(KIN.get(language, "").split())
    plain = set(_PLAIN.get(language, "").split())
    words = {fold_yo(w.lower()) for w in group.words}
    if group.crowd != "children" and group.key not in kin | _PARENTS and not words & (plain | _PARENTS):
        return False
    other = {"female": "male", "male": "female"}.get(group.gender)
    named = [f"(?i:{re.escape(c.name)})" for c in cast if c.animal is None and c.crowd is None and c.gender != other]
    if language in ("en", "fr", "de", "es", "it", "pt", "ru"):  # a name of no one cast yet, by its capital
        named.append(r"[^\W\d_a-zß-ÿа-яё][\w'’-]+")
    if not named:
        return False
    one = "(?:" + "|".join(named) + ")"
    listed = one + r"(?:\s*[,、]\s*" + one + ")*" + _AND + one + r"(?!\w)"
    for pair in re.finditer(listed, text[: group.start]):
        joined = _TOKEN.findall(pair.group(0))
        things = vocabulary.things(language).names()
        if not any(_noun(w, language) or w.lower() in things for w in joined if w[:1].isupper()):
            return True  # "Tom and Ann", not "the King and Queen" nor "Brot und Butter"
    return False
