"""What a scene's things leave out: whoever is cast. A word that is a person's name ("Mr. Pink") names
no thing, and an animal that is a character (the fable's fox, "the mice" of the Town Mouse) is drawn
as that character, acting: painted again as a thing it would stand twice in the picture."""

from __future__ import annotations

import re
from collections.abc import Iterable

from filmstudio.script.lemmas import lemma_of
from filmstudio.script.lexicon import Match
from filmstudio.script.people import name_tokens
from filmstudio.storyboard import Character


def things_not_cast(
    things: Iterable[Match], characters: Iterable[Character], language: str = "", text: str = ""
) -> list[Match]:
    """The things left once the cast is out. Given the language, a thing named only by words that name a
    cast animal is that animal too, though the lexicon reads the word as another ("शेर", the lion cast,
    which CLDR's Hindi also gives the tiger): one being, not a lion and a tiger. Given the text, a thing
    of a language written without spaces whose every naming is inside a cast name (石 in 石秀) is none."""
    cast = list(characters)
    if text and language in ("zh", "ja"):
        spans = [(m.start(), m.end()) for c in cast if len(c.name) > 1 for m in re.finditer(re.escape(c.name), text)]
        things = [m for m in things if not _only_inside(m.words, text, spans)]
    names = {t for c in cast if not c.animal for t in name_tokens(c.name)}
    animals = {c.animal for c in cast if c.animal}
    words: dict[str, str] = {}
    if language and animals:
        from filmstudio.script.mentions import animal_words

        words = animal_words(language)
    # "what a lovely bird," says the fox to the crow: the word for its kind names the bird that is cast
    kinds = {kind for kind, members in _KINDS.items() if animals & members}
    return [
        m
        for m in things
        if m.key not in animals
        and m.key not in kinds
        and not all(_named(w, names, language) for w in m.words)  # "Brick's" is Brick's
        and not (m.words and all(words.get(w.lower()) in animals for w in m.words))
    ]


# a word for a kind of animal, and the animals it takes in
_KINDS = {
    "bird": frozenset(
        [
            "bird",
            "chicken",
            "rooster",
            "chick",
            "eagle",
            "owl",
            "duck",
            "swan",
            "parrot",
            "peacock",
            "flamingo",
            "penguin",
            "dove",
            "crow",
        ]
    ),
}


def _named(word: str, names: set[str], language: str) -> bool:
    """The word is a cast name, or one of its forms: "the beans" are the Bean of the tale and her kind."""
    plain = re.sub(r"['’]s$", "", word.lower())
    return plain in names or bool(language) and lemma_of(plain, language) in names


def _only_inside(words: Iterable[str], text: str, spans: list[tuple[int, int]]) -> bool:
    hits = [(m.start(), m.end()) for w in words if w for m in re.finditer(re.escape(w), text)]
    return bool(hits) and all(any(a <= s and e <= b for a, b in spans) for s, e in hits)
