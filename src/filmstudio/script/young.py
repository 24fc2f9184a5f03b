"""A fable's young called "the children": an animal mother's ducklings, kittens or cubs ("Entlein",
"Zicklein", "poussins", "pollitos", "котята") are her children, and the narration and the attributions of
their speech call them so ("Da riefen die Kinder: …", "the children cried"). Where a story has one group
of young animals, named before any word for children, and no human children of its own, a plural word for
children is that group (builder.py gives it their lines).

A group of young is a word for an animal's young ("kittens", "Küken", "poussins"), a German diminutive of
an animal ("Entlein", "Kätzchen") or a Spanish one ("patitos"), or a Russian noun in -ёнок ("котята"), in
the plural or counted ("three kittens", "fünf Entlein", "три котёнка"). Human children are what keeps
them apart: a child of another word ("the boy", "das Mädchen"), children counted or brought in ("two
children", "zwei Kinder", "des enfants") or someone's who is a person ("the farmer's children", "les
enfants du meunier", "дети мельника")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from filmstudio.script.beings import DETERMINERS, animal_words
from filmstudio.script.lemmas import lemma_of
from filmstudio.script.mentions import _YOUNG_ANIMALS, Mention, animal_of_word, find_mentions

# plural words for children (a mother's, a teacher's): what a fable's young are called too
_CHILDREN = {
    "en": "children, little ones, young ones, youngsters",
    "de": "kinder, kinderchen, kinderlein, kleinen",
    "fr": "enfants, petiots",
    "es": "niños, hijos, hijitos, chiquillos",
    "it": "bambini, figli, figlioli",
    "pt": "crianças, filhos, filhinhos",
    "ru": "дети, детей, детям, детьми, детях, детки, деток, деткам, детками, детушки, детишки, детишек, ребята, "
    "ребят, ребятам, ребятами, ребятки, ребяток, малыши, малышей",
}
CHILDREN = {language: set(words.split(", ")) for language, words in _CHILDREN.items()}
# words of the young that mentions.py does not list
_MORE_YOUNG = {
    "en": {"cygnet", "gosling", "owlet", "leveret", "bunny", "chick", "lambkin"},
    "fr": {"oison", "lionceau", "marcassin", "faon", "porcelet", "chevrette"},
    "es": {"patito", "cerdito", "lobezno", "osezno", "gazapo", "cervatillo", "gatito"},
    "ru": {"утёнок", "гусёнок", "медвежонок", "волчонок", "лисёнок", "зайчонок", "поросёнок", "мышонок"},
}
# Russian nouns in -ёнок that name no animal's young
_NOT_YOUNG_ANIMALS = {"ребенок", "чертенок", "бесенок", "постреленок", "оттенок", "опенок"}
# words that count or bring in a plural: "three kittens", "zwei Kinder", "des enfants", "двое детей"
_COUNTING = {
    "en": "two three four five six seven eight nine ten eleven twelve several many some few",
    "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf einige mehrere viele paar",
    "fr": "deux trois quatre cinq six sept huit neuf dix onze douze des plusieurs quelques",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce unos unas varios varias muchos algunos",
    "it": "due tre quattro cinque sei sette otto nove dieci undici dodici alcuni molti parecchi dei degli",
    "pt": "dois duas três quatro cinco seis sete oito nove dez onze doze uns umas vários muitos alguns",
    "ru": "два две три четыре пять шесть семь восемь девять десять двое трое четверо пятеро шестеро семеро "
    "много несколько",
}
# German words before a neuter noun that can only be plural ("die Entlein", "ihre Küken", "alle Zicklein")
_GERMAN_PLURAL = {"die", "den", "ihre", "ihren", "seine", "seinen", "alle", "allen", "beiden", "meine", "unsere"}
# possessives that give children a parent ("his children", "ses enfants", "их дети")
_POSSESSIVE = {
    "en": {"his", "her", "their", "its"},
    "de": {"sein", "seine", "seinen", "seiner", "ihr", "ihre", "ihren", "ihrer"},
    "fr": {"son", "sa", "ses", "leur", "leurs"},
    "es": {"su", "sus"},
    "it": {"suoi", "sue", "loro"},
    "pt": {"seu", "seus", "sua", "suas"},
    "ru": {"его", "её", "ее", "их", "свои", "своих", "своим"},
}
# what joins children to the one whose they are, after them: "the children of the farmer", "die Kinder des
# Bauern", "les enfants du meunier", "los niños del granjero"; a Russian genitive follows with nothing between
_OF = re.compile(
    r"\s+(?:(?:of|des|der|du|de|del|dei|degli|della|do|da|dos|das)\s+)?(?:(?:the|la|les|l'|los|las|il|lo|o|a)\s*)?$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w-]*(?:['’][\w-]+)*")


@dataclass
class YoungGroup:
    name: str  # as the story first writes it in the plural: "Entlein", "kittens"
    animal: str
    start: int
    keys: set[str] = field(default_factory=set)  # the young's words, as their lemmas ("kitten", "котенок")


def _plain(word: str) -> str:
    return word.lower().replace("ё", "е")


def children_word(name: str, language: str) -> bool:
    """Whether a name is a plural word for children ("Kinder", "the children", "Дети")."""
    words = CHILDREN.get(language)
    if not words:
        return False
    tokens = [t for t in _WORD.findall(name) if t.lower() not in DETERMINERS.get(language, "").split()]
    if language == "de" and tokens and not tokens[-1][:1].isupper():
        return False  # "kleinen" in lower case describes; "die Kleinen" are someone
    return " ".join(t.lower() for t in tokens) in words


def young_word(word: str, language: str) -> tuple[str, str | None] | None:
    """(the young's lemma, the animal drawn or None) for a word naming an animal's young, or None."""
    low = word.lower()
    lemma = lemma_of(low, language)
    animals = animal_words(language)
    young = {_plain(w) for w in (*_YOUNG_ANIMALS, *_MORE_YOUNG.get(language, ()))}
    forms = [low, lemma]
    if language == "en":
        forms += [low.removesuffix("s"), re.sub(r"ves$", "f", low)]  # "owlets", "calves"
    animal = next((animals[f] for f in forms if f in animals), None) or animal_of_word(low, language)
    if language == "de" and re.search(r"(?:lein|chen)s?$", low) and animal_of_word(low, language):
        return _plain(lemma), animal  # "Entlein", "Kätzchen": the little one of an animal
    if language == "es" and (small := re.fullmatch(r"(\w{3,}?)c?it([oa])s?", low)):
        base = next((b for b in (small.group(1) + "o", small.group(1) + "a") if b in animals), None)
        if base:  # "patitos", "cerditas": the little ones of "pato", "cerda"
            return _plain(lemma), animal or animals[base]
    if language == "ru" and re.search(r"(?:ен|он)ок$", _plain(lemma)) and _plain(lemma) not in _NOT_YOUNG_ANIMALS:
        return _plain(lemma), animal or animals.get(_plain(lemma))  # "котята", "утят": the -ёнок young
    plain = next((_plain(f) for f in forms if _plain(f) in young), None)
    return (plain, animal) if plain else None


def _before(tokens: list[tuple[int, int, str]], i: int, text: str, back: int = 3) -> list[str]:
    """The words of the same phrase before token i, as written, nearest first (punctuation ends it)."""
    out = []
    for j in range(i - 1, max(-1, i - 1 - back), -1):
        if text[tokens[j][1] : tokens[j + 1][0]].strip():
            break
        out.append(tokens[j][2])
    return out


def _plural(tokens: list[tuple[int, int, str]], i: int, text: str, language: str, lemma: str) -> bool:
    """Whether the young's word at token i names several: a plural form, or a count before it."""
    low = tokens[i][2].lower()
    before = [w.lower() for w in _before(tokens, i, text)]
    counting = set(_COUNTING.get(language, "").split())
    if any(w in counting or w.isdigit() for w in before):
        return True
    if language == "de":
        for word in _before(tokens, i, text):
            if word.lower() in _GERMAN_PLURAL:
                return True  # "die Entlein", "ihre kleinen Küken": a neuter noun after a plural's article
            if not re.fullmatch(r"[a-zäöüß]+e[nmrs]?", word):
                break  # another article ("das Entlein"), a noun or a verb: not its phrase
        return _plain(low) != lemma and not low.endswith("s")  # "Lämmer", "Welpen"
    if language == "ru":
        return _plain(low) != lemma and bool(re.search(r"(?:ят|ат)(?:а|ам|ами|ах)?$|(?:ки|ков|кам|ками|ках)$", low))
    return _plain(low) != lemma and low.endswith(("s", "x"))


def young_group(text: str, language: str) -> YoungGroup | None:
    """The story's one group of young animals, where a plural word for children met in it can only be
    them; None where it has none, several kinds, or human children of its own."""
    words = CHILDREN.get(language)
    if not words:
        return None
    tokens = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    groups: list[tuple[int, int, str, str, str | None]] = []
    children: list[tuple[int, int, int]] = []  # (token index, start, end) of each word for children
    determiners = DETERMINERS.get(language, "").split()
    for i, (start, end, word) in enumerate(tokens):
        two = i + 1 < len(tokens) and word.lower() not in determiners
        if two and children_word(f"{word} {tokens[i + 1][2]}", language):
            children.append((i, start, tokens[i + 1][1]))  # "little ones"
        elif children_word(word, language):
            children.append((i, start, end))
        found = young_word(word, language)
        if found is not None and _plural(tokens, i, text, language, found[0]):
            groups.append((start, end, word, *found))
    if not groups or not children or children[0][1] < groups[0][0]:
        return None  # no young, or children met before them: the story's own
    mentions = find_mentions(text, language)
    animal = next((a for *_, a in groups if a), None) or _parent(mentions, groups[0][0])
    if animal is None or len({a or k for *_, k, a in groups}) > 1:
        return None  # kittens and puppies: which are the children is not told
    if _human_children(text, language, tokens, children, mentions):
        return None
    return YoungGroup(
        _group_name([w for _, _, w, _, _ in groups], language), animal, groups[0][0], {k for *_, k, _ in groups}
    )


def _group_name(written: list[str], language: str) -> str:
    """The young's name as a plural: the first plural form the story writes, or in Russian the plural of
    the word counted ("три котёнка" are "котята")."""
    if language != "ru":
        return written[0]
    plural = next((w for w in written if re.search(r"(?:ята|ата|ки)$", w.lower())), None)
    if plural:
        return plural
    if re.search(r"(?:ят|ат)$", written[0]):
        return written[0] + "а"  # "пятеро волчат" are "волчата"
    made = re.sub(r"([её]н|он)(?:ок|ка|ку|ком|ке)$", lambda m: "ата" if m.group(1) == "он" else "ята", written[0])
    return made if made != written[0] and len(made) >= 5 else written[0]  # not "щенка" as "щята"


def _parent(mentions: list[Mention], start: int) -> str | None:
    """The animal named last before the young's first word, when grown: their mother ("the bear had two
    cubs")."""
    before = [m for m in mentions if m.end <= start and m.kind == "animal" and m.age != "child"]
    return before[-1].animal if before and start - before[-1].end < 80 else None


def _human_children(
    text: str,
    language: str,
    tokens: list[tuple[int, int, str]],
    children: list[tuple[int, int, int]],
    mentions: list[Mention],
) -> bool:
    """Whether the story has children of people: a child of another word ("the boy"), children counted or
    brought in ("two children", "des enfants"), or whose parent is a person ("the farmer's children", "his
    children" after the farmer, "die Kinder des Bauern")."""
    from filmstudio.script.beings import KIN

    own = {lemma_of(w, language) for w in CHILDREN[language]} | CHILDREN[language]
    kin = set(KIN.get(language, "").split())
    people = [m for m in mentions if m.kind == "person" and m.key not in own and lemma_of(m.key, language) not in own]
    if any(m.age == "child" for m in people):
        return True  # "the boy", "das Mädchen": a human child
    strangers = [m for m in people if m.key not in kin]
    counting = set(_COUNTING.get(language, "").split())
    for i, start, end in children:
        before = [w.lower() for w in _before(tokens, i, text, back=2)]
        if any(w in counting or w.isdigit() for w in before):
            return True  # "two children", "zwei Kinder", "des enfants"
        owner = re.sub(r"['’]s$", "", before[0]) if before else ""
        if owner != (before[0] if before else "") and any(m.key == owner or m.name.lower() == owner for m in people):
            return True  # "the farmer's children"
        if before and before[0] in _POSSESSIVE.get(language, ()):
            last = [m for m in mentions if m.end <= start and m.key not in own]
            if last and last[-1] in strangers:
                return True  # "the farmer ... his children"
        if any(m.start >= end and _OF.fullmatch(text[end : m.start]) for m in strangers):
            return True  # "the children of the farmer", "дети мельника"
    return False
