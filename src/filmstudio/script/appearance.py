"""How the text says a person looks, drawn so in every shot: "an old woman in a red cloak", "the boy wore
a blue cap", "a tall thin man with a long white beard", "her yellow dress", "barefoot", "in rags",
"spectacles", "un hombre gordo con gorra", "une fille aux longs cheveux noirs", "ein Mann mit Brille".

Each such word belongs to the person the sentence names nearest before it (a name, a word for a person
that is theirs, a pronoun, a possessive: "her cloak"); words for a person's build that stand before a
person noun ("a tall man") belong to that noun. A person brought in with an indefinite article who is
no one drawn ("a man in a cap passed") takes what is said of them away with them; one said to be what a
named character is ("Marta was an old woman in a cloak", "Tom, a boy in a cap") is that character.
A garment taken off ("she took off her cloak") is not worn; one put on ("she put on a red cloak") is worn
from that scene on, not before. What is read is laid over the look chosen for
them (animation/looks.py): the garment and its colour, hair colour and length, beard, moustache, build,
glasses, bare feet, rags. Words per language in data/appearance.json, matched as written and as the
lemmatiser's dictionary form."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from filmstudio.script.colours import _WORDS as COLOUR_WORDS
from filmstudio.script.colours import COLOURS
from filmstudio.script.lemmas import lemma_of
from filmstudio.script.persons import person_words
from filmstudio.storyboard import Character, Storyboard

# hair colours a text names -> how they are drawn
HAIR_HEX = {
    "blond": "#d9b36c",
    "red": "#a0401c",
    "black": "#161210",
    "brown": "#6b4226",
    "white": "#ececec",
    "grey": "#a8a8a8",
}
# a garment named without a colour: drawn in the colour such a thing usually has
DEFAULT_OUTER = {"cloak": "#5a3d28", "coat": "#4a3b30", "apron": "#f2eee4", "shawl": "#8a3b3b"}
BUILD: dict[str, tuple[str, float]] = {
    "tall": ("height", 1.12),
    "short": ("height", 0.88),
    "fat": ("build", 1.38),
    "thin": ("build", 0.8),
}
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|[.,;:!?()\"“”«»—]")
_BOUNDARY = set('.;:!?()"“”«»—')


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    path = resources.files("filmstudio.script") / "data" / "appearance.json"
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class _Token:
    word: str  # lower case
    lemma: str
    start: int


def _tokens(text: str, language: str) -> list[_Token]:
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group().lower().replace("’", "'")
        parts = word.split("-") if "-" in word and word not in _hyphened(language) else [word]
        at = m.start()
        for part in parts:  # "grey-haired", "white-bearded": a colour and a hair word
            out.append(_Token(part, lemma_of(part, language) if part.isalpha() else part, at))
            at += len(part) + 1
    return out


@lru_cache(maxsize=16)
def _hyphened(language: str) -> frozenset[str]:
    words = _data().get(language, {})
    every = [*words.get("garments", {}), *(w for k, v in words.items() if isinstance(v, list) for w in v)]
    return frozenset(w for w in every if "-" in w)


def _is(token: _Token, words: Any) -> bool:
    return token.word in words or token.lemma in words


def _colour_hex(name: str) -> str:
    r, g, b = COLOURS[name][0]
    return f"#{r:02x}{g:02x}{b:02x}"


def _colour_of(token: _Token, language: str) -> str | None:
    words = COLOUR_WORDS.get(language, {})
    return words.get(token.word) or words.get(token.lemma)


def read_appearance(board: Storyboard) -> None:
    """Fill each drawn person's `stated` look from every sentence of the story that says how they look."""
    language = board.language.split("-")[0]
    if language not in _data():
        return
    people = [c for c in board.characters if c.drawn and c.animal is None and c.crowd is None and c.id != "narrator"]
    if not people:
        return
    for scene in board.scenes:
        on_them: set[str] = set()  # the words of what the scene's people wear: drawn on them, not painted
        said_before = {c.id: set(c.stated) for c in people}  # what scenes before this one said they wear
        for moment in scene.moments:
            who = [c for cid in moment.who for c in people if c.id == cid]
            for character, field, value, word in traits_in(moment.text, who, people, language):
                on_them.add(word)
                if field not in character.stated:  # the first the story says stays: "her red cloak" … "the cloak"
                    character.stated[field] = value
                    if word not in character.stated_words:
                        character.stated_words.append(word)
            for character, field in taken_off_in(moment.text, who, people, language):
                if field in character.stated:
                    character.taken_off.setdefault(field, scene.id)
            for character, field in put_on_in(moment.text, who, people, language):
                if field in character.stated and field not in said_before[character.id]:
                    character.put_on.setdefault(field, scene.id)  # not worn in the scenes before it
        for thing in scene.things:
            if any(w.lower() in on_them for w in thing.words):
                thing.staged = True


# a garment's kind -> the Look field it sets that taking it off clears
_OFF_FIELD = {"outer": "outer", "hat": "hat", "scarf": "scarf_color"}


def taken_off_in(
    text: str, who: list[Character], people: list[Character], language: str
) -> list[tuple[Character, str]]:
    """(character, Look field) for each garment or pair of glasses a sentence has someone take off."""
    words = _data()[language]
    return _changed(
        text, who, people, language, lambda toks, i: _taken_off(toks, i, words) and not _without(toks, i, words)
    )


def _changed(
    text: str,
    who: list[Character],
    people: list[Character],
    language: str,
    changes: Callable[[list[_Token], int], bool],
) -> list[tuple[Character, str]]:
    """(character, Look field) for each garment or pair of glasses the sentence `changes` on someone."""
    words = _data()[language]
    toks = _tokens(text, language)
    anchors = _anchors(toks, who, people, words, language)
    out = []
    for i, tok in enumerate(toks):
        kind = words["garments"].get(tok.word) or words["garments"].get(tok.lemma)
        field = "glasses" if _is(tok, words["glasses"]) else _OFF_FIELD.get((kind or "").split(":")[0])
        if field and changes(toks, i):
            owner = _owner(anchors, i, toks, who)
            if owner is not None:
                out.append((owner, field))
    return out


def put_on_in(text: str, who: list[Character], people: list[Character], language: str) -> list[tuple[Character, str]]:
    """(character, Look field) for each garment or pair of glasses a sentence has someone put on ("Wren put
    on a yellow hat", "he donned his cloak", "sie zog den Mantel an"): a change the text makes."""
    words = _data()[language]
    if "on" not in words:
        return []
    return _changed(text, who, people, language, lambda toks, i: _put_on(toks, i, words))


def _put_on(toks: list[_Token], i: int, words: dict[str, Any]) -> bool:
    """A garment put on: "donned her cloak", "put on a hat"; a particle after it where the verb splits ("put
    her hat on", "zog den Mantel an"), and then the clause ends there ("put her hat on the chair" is no
    wearing of it)."""
    before = range(max(0, i - 4), i)
    if any(_is(toks[j], words["on"]) for j in before):
        return True
    split = words.get("on_after")
    if not split or not any(toks[j].word in split["verbs"] for j in before):
        return False
    if any(toks[j].word in split["particles"] for j in before):
        return True
    after = [j for j in range(i + 1, min(len(toks), i + 4)) if toks[j].word in split["particles"]]
    if not after:
        return False
    nxt = toks[after[0] + 1].word if after[0] + 1 < len(toks) else "."
    return nxt in _BOUNDARY or nxt == "," or nxt in words["joined"]


def _without(toks: list[_Token], i: int, words: dict[str, Any]) -> bool:
    """ "without a hat", "sans chapeau": gone without, not taken off here."""
    return any(toks[j].word in words["without"] for j in range(max(0, i - 3), i))


def traits_in(
    text: str, who: list[Character], people: list[Character], language: str
) -> list[tuple[Character, str, str | float | bool, str]]:
    """(character, Look field, value, the word that said it) for what one sentence says of how its people
    look. `who` are the sentence's people as staging read them (the subject first), `people` everyone drawn."""
    words = _data()[language]
    toks = _tokens(text, language)
    anchors = _anchors(toks, who, people, words, language)
    out: list[tuple[Character, str, str | float | bool, str]] = []
    garments: dict[str, str] = words["garments"]
    used: set[int] = set()  # colour and length words taken by a garment or the hair
    for i, tok in enumerate(toks):
        kind = garments.get(tok.word) or garments.get(tok.lemma)
        if kind is None or _taken_off(toks, i, words):
            continue
        owner = _owner(anchors, i, toks, who)
        if owner is None:
            continue
        colour_at = _adjacent_colour(toks, i, language)
        colour = _colour_of(toks[colour_at], language) if colour_at is not None else None
        if colour_at is not None:
            used.add(colour_at)
        for field, value in _garment_fields(kind, colour):
            out.append((owner, field, value, tok.word))
    for i, tok in enumerate(toks):
        hair, beard = _is(tok, words["hair"]), _is(tok, words["beard"])
        if hair or beard:
            owner = _owner(anchors, i, toks, who)
            if owner is None:
                continue
            if beard:
                out.append((owner, "beard", True, tok.word))
            for j in _near(toks, i, 3, 3):
                near = toks[j]
                colour = words["hair_colours"].get(near.word) or words["hair_colours"].get(near.lemma)
                colour = colour or _hair_colour(near, language)
                if colour and j not in used:
                    out.append((owner, "hair_color", HAIR_HEX[colour], near.word))
                    used.add(j)
                if hair and _is(near, words["long"]):
                    out.append((owner, "hair_style", "long", near.word))
                    used.add(j)
                elif hair and _is(near, words["short_hair"]):
                    out.append((owner, "hair_style", "short", near.word))
                    used.add(j)
            if hair and tok.lemma in (
                "braid",
                "braids",
                "plait",
                "plaits",
                "pigtails",
                "trenza",
                "tresse",
                "zopf",
                "коса",
            ):
                out.append((owner, "hair_style", "braid", tok.word))
        for key, field, value in (
            ("moustache", "moustache", True),
            ("glasses", "glasses", True),
            ("barefoot", "barefoot", True),
            ("ragged", "ragged", True),
            ("bald", "hair_style", "bald"),
        ):
            if _is(tok, words[key]) and not _taken_off(toks, i, words):
                owner = _owner(anchors, i, toks, who)
                if owner is not None:
                    out.append((owner, field, value, tok.word))
    if language == "fr":  # "pieds nus": bare feet in two words
        for i, tok in enumerate(toks[:-1]):
            if tok.word == "pieds" and toks[i + 1].word in ("nus", "nu"):
                owner = _owner(anchors, i, toks, who)
                if owner is not None:
                    out.append((owner, "barefoot", True, "pieds nus"))
    for i, tok in enumerate(toks):
        if i in used:
            continue
        for kind, (field, value) in BUILD.items():
            if tok.word in words[kind] and _describes_a_person(toks, i, anchors, words):
                owner = _owner(anchors, i, toks, who, forward=True)
                if owner is not None:
                    out.append((owner, field, value, tok.word))
    return out


Trait = str | float | bool  # a Look field's value


def _garment_fields(kind: str, colour: str | None) -> list[tuple[str, Trait]]:
    hexed = _colour_hex(colour) if colour else None
    out: list[tuple[str, Trait]]
    if kind == "rags":
        return [("ragged", True)]
    if kind == "scarf":
        return [("scarf_color", hexed or "#b03030")]
    group, name = kind.split(":")
    if group == "attire":
        out = [("attire", name)]
        return out + ([("attire_color", hexed)] if hexed else [])
    if group == "outer":
        return [("outer", name), ("outer_color", hexed or DEFAULT_OUTER[name])]
    out = [("hat", name)]
    return out + ([("hat_color", hexed)] if hexed else [])


def _hair_colour(tok: _Token, language: str) -> str | None:
    colour = _colour_of(tok, language)
    return {"gold": "blond", "yellow": "blond", "orange": "red"}.get(
        colour or "", colour if colour in HAIR_HEX else None
    )


def _adjacent_colour(toks: list[_Token], i: int, language: str) -> int | None:
    """The colour word before a garment (over another adjective: "her old red cloak") or right after it
    ("una capa roja", "un manteau noir")."""
    for j in (i - 1, i - 2, i + 1):
        if 0 <= j < len(toks) and _colour_of(toks[j], language):
            if j == i - 2 and toks[i - 1].word in _BOUNDARY | {","}:
                continue
            return j
    return None


def _near(toks: list[_Token], i: int, before: int, after: int) -> list[int]:
    """Positions within a few words of `i`, not across a sentence's punctuation."""
    out = []
    for step, count in ((-1, before), (1, after)):
        j = i + step
        while 0 <= j < len(toks) and abs(j - i) <= count and toks[j].word not in _BOUNDARY | {","}:
            out.append(j)
            j += step
    return out


def _taken_off(toks: list[_Token], i: int, words: dict[str, Any]) -> bool:
    """A garment taken off or gone without: "took off her cloak", "se quitó la capa", "sans chapeau";
    a particle after it where the verb splits ("took her cloak off", "zog den Mantel aus")."""
    if any(toks[j].word in words["off"] or toks[j].word in words["without"] for j in range(max(0, i - 4), i)):
        return True
    split = words.get("off_after")
    if not split or not any(toks[j].word in split["verbs"] for j in range(max(0, i - 4), i)):
        return False
    return any(toks[j].word in split["particles"] for j in range(i + 1, min(len(toks), i + 4)))


@dataclass(frozen=True)
class _Anchor:
    at: int
    character: Character | None  # None: someone no one drawn is (a newcomer)
    gender: str = ""  # for a pronoun to be matched among the sentence's people
    pronoun: bool = False
    person_noun: bool = False


def _anchors(
    toks: list[_Token], who: list[Character], people: list[Character], words: dict[str, Any], language: str
) -> list[_Anchor]:
    persons = person_words(language)
    heads: dict[str, Character] = {}
    for c in people:
        for part in re.findall(r"[^\W\d_]+", c.name.lower()):
            heads.setdefault(part, c)
    out: list[_Anchor] = []
    for i, tok in enumerate(toks):
        named = heads.get(tok.word) or heads.get(tok.lemma)
        if named is not None and not _is(tok, words["possessive"]):
            out.append(_Anchor(i, named, person_noun=tok.word in persons or tok.lemma in persons))
        elif tok.word in words["possessive"] or tok.word in words["pronouns"]:
            gender = words["possessive"].get(tok.word, words["pronouns"].get(tok.word, ""))
            out.append(_Anchor(i, _by_gender(who, gender), gender, pronoun=True))
        elif (tok.word in persons or tok.lemma in persons) and tok.word not in _all_trait_words(language):
            out.append(_Anchor(i, _the_person(toks, i, out, who, persons, words), person_noun=True))
    return out


@lru_cache(maxsize=16)
def _all_trait_words(language: str) -> frozenset[str]:
    words = _data()[language]
    keys = ("hair", "beard", "moustache", "glasses", "barefoot", "ragged", "bald")
    return frozenset([*words["garments"], *(w for k in keys for w in words[k])])


def _the_person(
    toks: list[_Token],
    i: int,
    before: list[_Anchor],
    who: list[Character],
    persons: dict[str, tuple[str, str]],
    words: dict[str, Any],
) -> Character | None:
    """Whom a word for a person stands for: after a name with only a copula or a comma between, that
    name's ("Marta was an old woman", "Tom, a boy"); brought in with an indefinite article otherwise, no
    one drawn; else the sentence's person of that gender (staging resolved "the boy" to Tom)."""
    indefinite = any(toks[j].word in words["indefinite"] for j in range(max(0, i - 3), i))
    last = before[-1] if before else None
    if last is not None and last.character is not None and not last.pronoun:
        between = [t.word for t in toks[last.at + 1 : i]]
        if between and (between[0] in words["copula"] or between[0] == ","):
            return last.character
    if indefinite:
        return None
    gender = (persons.get(toks[i].word) or persons.get(toks[i].lemma) or ("", ""))[0]
    return _by_gender(who, gender)


def _by_gender(who: list[Character], gender: str) -> Character | None:
    fitting = [c for c in who if not gender or c.gender == gender]
    return fitting[0] if fitting else (who[0] if who and not gender else None)


def _owner(
    anchors: list[_Anchor], i: int, toks: list[_Token], who: list[Character], *, forward: bool = False
) -> Character | None:
    """The person a trait word at `i` is said of: the nearest person named before it in the sentence
    (or, for an adjective of build, the person noun it stands before: "a tall man"); the sentence's
    subject where none is named before it ("Barefoot, Lena ran")."""
    if forward:
        ahead = [a for a in anchors if i < a.at <= i + 3 and a.person_noun]
        if ahead:
            return ahead[0].character
    behind = [a for a in anchors if a.at < i]
    if behind:
        return behind[-1].character
    ahead = [a for a in anchors if a.at > i]
    if ahead:
        return ahead[0].character
    return who[0] if who else None


def _describes_a_person(toks: list[_Token], i: int, anchors: list[_Anchor], words: dict[str, Any]) -> bool:
    """A word of build says it of a person: before a person noun ("a tall thin man"), or standing as what
    someone is ("Tom was tall", "un hombre alto y flaco"), not of a thing ("a tall tree")."""
    if any(i < a.at <= i + 3 and a.person_noun for a in anchors):
        return True
    nxt = toks[i + 1].word if i + 1 < len(toks) else "."
    builds = {w for k in BUILD for w in words[k]}
    joined = set(words["joined"])
    if not (nxt in _BOUNDARY or nxt == "," or nxt in joined or nxt in builds):
        return False
    if not any(a.at < i for a in anchors):
        return False
    # back over other such words ("tall and very thin") to a copula ("was") or the person ("un hombre alto")
    j = i - 1
    while j >= 0 and toks[j].word in builds | joined | _DEGREE | {","}:
        j -= 1
    return j >= 0 and (toks[j].word in words["copula"] or any(a.at == j for a in anchors))


_DEGREE = {"very", "so", "rather", "quite", "too", "muy", "tan", "très", "si", "assez", "sehr", "recht", "очень"}
