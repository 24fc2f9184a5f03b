"""What a sentence says someone named is: "Martin was a ferryman", "Greta was the miller's wife", "Hans war
Müller", "Paul était meunier", "Tomás era leñador", "Иван был мельником"; or what a role is called: "The
ferryman was called Martin", "Der Müller hieß Hans", "Le meunier s'appelait Paul", "El leñador se llamaba
Tomás", "O pescador chamava-se João", "Мельника звали Иваном", "мельник по имени Иван". The story then calls
that one by the role ("said the ferryman", "rief der Müller"): one character, never a second. The links join
the appositions people.py reads ("Martin, the ferryman, ..."), which decide what a name may be."""

from __future__ import annotations

import re
from dataclasses import replace

from filmstudio.script.beings import DETERMINERS
from filmstudio.script.mentions import Mention, find_mentions
from filmstudio.script.persons import person_words

# a verb of being and the article that may follow it ("was a", "war", "était un", "era", "был")
_COPULA = {
    "en": r"(?:was|is|became)\s+(?:a|an|the)",
    "de": r"(?:war|ist|wurde)(?:\s+(?:ein|eine|der|die|von\s+Beruf))?",
    "fr": r"(?:était|est|fut|devint)(?:\s+(?:un|une|le|la))?",
    "es": r"(?:era|es|fue)(?:\s+(?:un|una|el|la))?",
    "it": r"(?:era|è|fu|divenne)(?:\s+(?:un|uno|una|il|lo|la))?",
    "pt": r"(?:era|é|foi)(?:\s+(?:um|uma|o|a))?",
    "ru": r"(?:был|была|стал|стала)",
}
# the words after a role that give its name ("was called", "hieß", "s'appelait", "звали", "по имени")
_CALLED = {
    "en": r"(?:['’]s\s+name\s+(?:was|is)|\s+(?:was|is)\s+(?:called|named))\s+",
    "de": r"\s+(?:hieß|hiess|heißt|heisst)\s+(?:mit\s+Namen\s+)?",
    "fr": r"\s+(?:s['’]appelait|s['’]appelle|se\s+nommait|se\s+nomme)\s+",
    "es": r"\s+(?:se\s+llamaba|se\s+llama)\s+",
    "it": r"\s+(?:si\s+chiamava|si\s+chiama)\s+",
    "pt": r"\s+(?:se\s+chamava|chamava-se|se\s+chama|chama-se)\s+",
    "ru": r"\s+(?:звали|зовут|по\s+имени)\s+",
}
_WORD = r"[^\W\d_][\w'’-]*"
_CAPITALISED = re.compile(r"(?:[^\W\d_a-zß-ÿа-яё][\w'’-]*)(?:\s+[^\W\d_a-zß-ÿа-яё][\w'’-]*)?")
# the words that name a person only by sex or age, and a child's: what described.py reads by age, and what
# would make every "man" of the story the one named
_GENERIC = frozenset(
    [
        "man",
        "woman",
        "person",
        "fellow",
        "boy",
        "girl",
        "child",
        "mann",
        "frau",
        "mensch",
        "junge",
        "mädchen",
        "kind",
        "homme",
        "femme",
        "garçon",
        "fille",
        "enfant",
        "hombre",
        "mujer",
        "niño",
        "niña",
        "uomo",
        "donna",
        "ragazzo",
        "ragazza",
        "bambino",
        "bambina",
        "homem",
        "mulher",
        "menino",
        "menina",
        "criança",
        "мужчина",
        "женщина",
        "человек",
        "мальчик",
        "девочка",
        "ребёнок",
        "ребенок",
    ]
)


def predicated_beings(text: str, language: str, mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """(the mention of a role, the name a sentence gives it) for each verb of being or naming between a
    name and a role. The caller decides whether the name is one (a word the text writes in lower case is not)."""
    out = [*_said_to_be(text, language), *_called(text, language, mentions)]
    return [(m, name) for m, name in out if m.kind == "person" and m.key not in _GENERIC]


def _said_to_be(text: str, language: str) -> list[tuple[Mention, str]]:
    """ "Martin was a ferryman", "Hans war Müller", "Иван был мельником": the name before the verb of being,
    the role it says (up to two describing words, or an owner, "the miller's", before it)."""
    copula = _COPULA.get(language)
    if copula is None:
        return []
    pattern = re.compile(rf"({_CAPITALISED.pattern})\s+{copula}\s+((?:{_WORD}\s+){{0,2}}{_WORD})", re.UNICODE)
    out = []
    for match in pattern.finditer(text):
        words = list(re.finditer(_WORD, match.group(2)))
        for k, word in enumerate(words, start=1):
            end = match.start(2) + word.end()
            # "Martin was a ferryman." or "... a ferryman who rowed": the role ends its phrase
            if k < len(words) and not _leaves_the_phrase(words[k].group(0), language):
                continue
            goes_on = k == len(words) and re.match(r"[^\S\n]*[\w'’]", text[end : end + 2])
            if goes_on and not _leaves_the_phrase(text[end:].split()[0], language):
                continue
            role = _role_in([w.group(0) for w in words[:k]], language)
            if role is not None:
                out.append((role, _nominative(match.group(1), text, language)))
            break
    return out


def _leaves_the_phrase(word: str, language: str) -> bool:
    """Whether the word after a role leaves its noun phrase: "who", "and", a preposition (a lower-case word
    that names no one: the role was the phrase's head)."""
    plain = word.strip(".,;:!?")
    return plain != word or plain.islower() and plain not in person_words(language)


def _role_in(words: list[str], language: str) -> Mention | None:
    """The role a predicate ends in, read as it would be with a definite article: its key is the one the
    story's "the ferryman" has. None where a word before it names someone else ("a ferryman's son" aside,
    whose owner ends in 's)."""
    *before, last = words
    if last.endswith(("'s", "’s")) or language == "de" and not last[:1].isupper():
        return None
    people = person_words(language)
    if any(w.lower() in people and not w.lower().endswith(("'s", "’s")) for w in before):
        return None
    article = (DETERMINERS.get(language, "").split() or [""])[0]
    phrase = f"{article} {last}".strip()
    found = [m for m in find_mentions(phrase, language) if m.end == len(phrase)]
    return replace(found[0], plural=False) if found and not _plural(found[0], last, language) else None


def _plural(mention: Mention, word: str, language: str) -> bool:
    """A Russian predicate is in the instrumental ("мельником"), which the lemma tells from a plural by its
    ending; elsewhere the mention's own number."""
    if language == "ru":
        return word.lower().endswith(("ами", "ями", "ы", "и"))
    return mention.plural


def _called(text: str, language: str, mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """ "The ferryman was called Martin", "Der Müller hieß Hans", "Мельника звали Иваном": a role, the words
    that name it, a capitalised name."""
    called = _CALLED.get(language)
    if called is None:
        return []
    out = []
    for mention in mentions:
        given = re.match(called + f"({_CAPITALISED.pattern})", text[mention.end : mention.end + 60])
        if given is not None:
            out.append((replace(mention, plural=False), _nominative(given.group(1), text, language)))
    return out


def _nominative(name: str, text: str, language: str) -> str:
    """A Russian name in the instrumental the verbs of being and naming put it in ("Иваном", "Марьей") as the
    text writes it alone ("Иван", "Марья"); any other name as it is."""
    if language != "ru" or " " in name:
        return name
    for ending, base in (("ом", ""), ("ем", ""), ("ой", "а"), ("ей", "я"), ("ей", "а")):
        plain = name[: -len(ending)] + base
        if name.endswith(ending) and re.search(rf"(?<!\w){re.escape(plain)}(?!\w)", text):
            return plain
    return name
