"""A thing that laughs or weeps like someone: "le morceau de bois riait", "il manico di scopa piangeva",
"the old doll laughed". A reader lists it among the story's people, as one whose words are quoted ("the
piece of wood cried out: …", which the reading of speech already casts). A thing only named ("a piece of
wood lay on the bench", "the kettle sang") is a thing in the picture.

A thing is a noun with its article, no word for a person, an animal or a describing word, that the story
names at least twice and that is once, in the narration, the subject of a verb of laughing or weeping:
those are people's, never a thing's. A word for many people ("the crowd laughed", "la foule riait") is
them, and the weather that "weeps" is a figure of speech: neither is cast. The thing is named with its
complement ("manico di scopa", "piece of wood"), as the story calls it."""

from __future__ import annotations

import re

from filmstudio.script.acting import _acting_word, in_speech
from filmstudio.script.lemmas import lemma_of
from filmstudio.script.mentions import _animals, _people
from filmstudio.script.pairs import picks_one
from filmstudio.script.persons import describing_words

# what a person does and a thing never: laughing, weeping
_HUMAN_ONLY = frozenset({"laugh", "cry"})
# "piece of wood", "morceau de bois", "manico di scopa": the complement that names what the thing is made of
_OF = r"(?:\s+(?:of|de|d'|di|del|della|do|da|von)\s*[^\W\d_][\w'’-]*)?"
_JOINING = frozenset({"of", "de", "d'", "di", "del", "della", "do", "da", "von", "and", "et", "e", "y", "und"})
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
# words that stand for someone named before ("the other laughed", "el primero lloraba"): that one
_STANDING_FOR_SOMEONE = {
    "en": "other others one ones first second third last rest two three both elder younger",
    "fr": "autre autres un une premier première second seconde dernier dernière",
    "de": "andere anderen andrer eine einer erste ersten zweite zweiten letzte letzten",
    "es": "otro otra otros otras uno una primero primera segundo segunda último última",
    "it": "altro altra altri altre uno una primo prima secondo seconda ultimo ultima",
    "pt": "outro outra outros outras um uma primeiro primeira segundo segunda último última",
}
# the articles (not a possessive: "her eyes laughed" are hers, no one of their own)
_ARTICLES = {
    "en": "the a an",
    "fr": "le la les l' un une",
    "de": "der die das den dem des ein eine einen einem eines",
    "es": "el la los las un una",
    "it": "il lo la l' i gli le un uno una un'",
    "pt": "o a os as um uma",
}
# words for many people, and for the weather and the elements, that laugh and weep only as a figure of speech
_NOT_THINGS = {
    "en": "crowd audience family class people folk village town city world house room household company army "
    "court team choir nation wind rain sea sky storm heaven heavens",
    "fr": "foule famille classe gens village ville public monde salle maison assemblée armée vent pluie mer ciel orage",
    "de": "menge familie klasse leute dorf stadt publikum welt saal haus volk heer wind regen meer himmel sturm",
    "es": "multitud gente familia clase pueblo ciudad público mundo sala casa ejército viento lluvia mar cielo "
    "tormenta",
    "it": "folla gente famiglia classe paese città pubblico mondo sala casa esercito vento pioggia mare cielo tempesta",
    "pt": "multidão gente família turma aldeia cidade público mundo sala casa exército vento chuva mar céu tempestade",
}


class _Span:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


# the verbs of laughing and weeping by their lemma: the reading counts some as ways of saying ("laughed",
# "cried", "lloraba")
_LAUGH_WEEP = {
    "en": frozenset({"laugh", "weep", "cry", "sob", "giggle", "chuckle"}),
    "fr": frozenset({"rire", "pleurer", "sangloter", "ricaner"}),
    "de": frozenset({"lachen", "weinen", "schluchzen", "kichern"}),
    "es": frozenset({"reír", "reir", "llorar", "sollozar"}),
    "it": frozenset({"ridere", "piangere", "singhiozzare"}),
    "pt": frozenset({"rir", "chorar", "soluçar"}),
}


def _laughs_or_weeps(after: str, language: str) -> bool:
    """Whether the clause after a noun goes on with a verb of laughing or weeping within three words."""
    clause = re.split(r"[.!?;:,\"“”„«»\n]", after)[0]
    for word in _TOKEN.findall(clause)[:3]:
        if _acting_word(word, language) in _HUMAN_ONLY:
            return True
        if lemma_of(word.lower(), language) in _LAUGH_WEEP.get(language, frozenset()):
            return True
    return False


def things_that_act(text: str, language: str) -> list[str]:
    """The names of the things that laugh or weep in the narration and come back, in the order first met."""
    articles = set(_ARTICLES.get(language, "").split())
    if not articles:
        return []
    tokens = list(_TOKEN.finditer(text))
    out: list[str] = []
    for i, token in enumerate(tokens):
        if token.group(0).lower() not in articles:
            continue
        if _one_of_a_pair(tokens[i + 1 : i + 3], language):
            continue  # "o mais novo chorou", "the other wept": one of a pair (pairs.py), no thing
        # the noun right after the article, or after one adjective ("the old doll")
        for noun in tokens[i + 1 : i + 3]:
            if text[token.end() : noun.start()].strip(" \t") and noun is not tokens[i + 1]:
                break  # punctuation between: not one phrase
            if noun.group(0).lower() in _JOINING or noun.group(0).lower() in articles:
                break  # "morceau de bois": "de" is the complement's, no noun
            whole = re.match(_OF, text[noun.end() :])
            end = noun.end() + (whole.end() if whole else 0)
            name = " ".join(text[noun.start() : end].split())
            if name in out or not _a_thing(noun.group(0), language) or in_speech(text, _Span(noun.start(), end)):  # type: ignore[arg-type]
                continue
            if _laughs_or_weeps(text[end : end + 60], language) and _named_twice(text, noun.group(0), articles):
                out.append(name)
    return out


def _one_of_a_pair(words: list[re.Match[str]], language: str) -> bool:
    said = [w.group(0) for w in words]
    return any(picks_one(" ".join(said[:n]), language) for n in (1, 2) if len(said) >= n)


def _named_twice(text: str, noun: str, articles: set[str]) -> bool:
    """Whether the story names the thing at least twice with an article (an adjective may stand between)."""
    before = "|".join(re.escape(a) for a in articles)
    again = rf"(?<!\w)(?:{before})\s+(?:[^\W\d_][\w'’-]*\s+)?{re.escape(noun)}(?!\w)"
    return len(re.findall(again, text, re.I)) >= 2


def _a_thing(noun: str, language: str) -> bool:
    """Whether a noun names a thing: no person, no animal, no describing word, no pronoun, no name."""
    low = noun.lower()
    if language != "de" and noun[:1].isupper():
        return False  # "the Doll laughed": a name, which the reading of names casts
    people, animals, describing = _people(language), _animals(language), describing_words(language)
    lemma = lemma_of(low if language != "de" else noun, language)
    known = {low, lemma, lemma.lower()}
    if known & (set(_NOT_THINGS.get(language, "").split()) | set(_STANDING_FOR_SOMEONE.get(language, "").split())):
        return False  # "the crowd laughed": its people; "the wind wept": a figure of speech
    return not (known & (set(people) | set(animals) | set(describing))) and _acting_word(low, language) is None
