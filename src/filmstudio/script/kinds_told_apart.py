"""Two beings of one kind that a Japanese or Chinese story tells apart by a colour, a size or an age
("大きい犬と小さい犬", "黑狗和白狗", "一只大猫和一只小猫", "若い男と年老いた男") are two
characters, each named by its description as the story first writes it and drawn as its animal (or as
the person its word names): not one character named by the kind, and not none.

A description counts where the narration (outside 「」 and “”) writes it twice or more, and where two
descriptions or more of one kind do so. A character cast earlier by the kind's word alone is the
described ones': it is dropped, its lines given to the first described one. A kind the story always
writes with one description ("白い猫は…", never "猫" alone) is called by it."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from filmstudio.script.acting import acts_here
from filmstudio.script.beings import animal_words
from filmstudio.script.mentions import _people
from filmstudio.storyboard import Character

LANGUAGES = frozenset({"ja", "zh"})


@dataclass(frozen=True)
class _Place:
    """A description's place in the text, as acting.py reads a mention."""

    start: int
    end: int
    possessed: bool = False
    plural: bool = False


_TIMES = 2

_QUOTED = re.compile(r"「[^」]*」|『[^』]*』|“[^”]*”|\"[^\"\n]*\"")

# what tells two of a kind apart: the words as written -> (what they tell, an age where they tell one)
_JA_COLOURS = {
    "白": "white",
    "黒": "black",
    "赤": "red",
    "青": "blue",
    "黄色": "yellow",
    "黄": "yellow",
    "緑": "green",
    "茶色": "brown",
    "灰色": "grey",
    "金色": "gold",
    "銀色": "silver",
    "紫": "purple",
    "ピンク": "pink",
    "水色": "light blue",
}
_JA_OTHERS = {
    "大きい": ("big", ""),
    "大きな": ("big", ""),
    "小さい": ("small", ""),
    "小さな": ("small", ""),
    "若い": ("young", "young_adult"),
    "年老いた": ("old", "elderly"),
    "老いた": ("old", "elderly"),
    "年寄りの": ("old", "elderly"),
    "年取った": ("old", "elderly"),
    "幼い": ("little", "child"),
}
_ZH_COLOURS = {
    "黑": "black",
    "白": "white",
    "红": "red",
    "黄": "yellow",
    "绿": "green",
    "蓝": "blue",
    "灰": "grey",
    "紫": "purple",
    "棕": "brown",
    "金": "gold",
    "花": "spotted",
}
_ZH_OTHERS = {
    "大": ("big", ""),
    "小": ("small", ""),
    "胖": ("fat", ""),
    "瘦": ("thin", ""),
    "老": ("old", "elderly"),
    "年轻": ("young", "young_adult"),
}


# the plainest words for a man and a woman, which a description before them makes someone ("若い男")
_PLAIN_PEOPLE = {
    "ja": {"男": ("male", ""), "女": ("female", ""), "男の人": ("male", ""), "女の人": ("female", "")},
    "zh": {"男人": ("male", ""), "女人": ("female", "")},
}


@lru_cache(maxsize=2)
def _descriptions(language: str) -> dict[str, tuple[str, str]]:
    """Each way of writing a describing word before a noun -> (what it tells, an age or "")."""
    out: dict[str, tuple[str, str]] = {}
    if language == "ja":
        for word, colour in _JA_COLOURS.items():
            joins = ("の", "い", "色の", "") if len(word) == 1 else ("の", "い")
            out |= {word + j: (colour, "") for j in joins}
        out |= {w + j: told for w, told in _JA_OTHERS.items() for j in ("", "の") if not (j and w.endswith("の"))}
    else:
        for word, colour in _ZH_COLOURS.items():
            out |= {word + j: (colour, "") for j in ("", "色", "的", "色的")}
        out |= {w + j: told for w, told in _ZH_OTHERS.items() for j in ("", "的")}
    return out


@lru_cache(maxsize=2)
def _kinds(language: str) -> dict[str, tuple[str, str, str]]:
    """Each word for a kind of being -> (animal key or "", gender, age)."""
    out = {w: ("", g, a) for w, (g, a) in _PLAIN_PEOPLE.get(language, {}).items()}
    out |= {w: ("", g, a) for w, (g, a) in _people(language).items()}
    animals = animal_words(language)
    out |= {w: (key, "", "") for w, key in animals.items()}
    # "小鳥", "小鸟" listed, "鳥", "鸟" not: the word without its "little" is the same animal
    out |= {
        w[1:]: (key, "", "") for w, key in animals.items() if w[:1] in "小子仔" and len(w) == 2 and w[1:] not in out
    }
    return out


@lru_cache(maxsize=2)
def _pattern(language: str) -> re.Pattern[str]:
    descriptions = sorted(_descriptions(language), key=len, reverse=True)
    kinds = sorted(_kinds(language), key=len, reverse=True)
    return re.compile(f"({'|'.join(map(re.escape, descriptions))})({'|'.join(map(re.escape, kinds))})")


def _lexicalised(description: str, kind: str, language: str) -> bool:
    """Whether the words are one word of their own, no description: a word for another animal ("白鳥" a
    swan), Chinese 老 joined to a noun ("老虎", "老鼠",
    "老鹰", "老人" are a tiger, a mouse, an eagle, an old person of no other kind), and 大 or 小 joined to a
    word for a person ("小姐", "大姐", "小孩")."""
    kinds = _kinds(language)
    joined = kinds.get(description + kind)
    if joined is not None and joined[0] != kinds[kind][0]:
        return True  # "白鳥" a swan, no white bird
    if language != "zh":
        return False
    return description == "老" or (description in ("大", "小") and not _kinds(language)[kind][0])


def cast_kinds_told_apart(
    characters: dict[str, Character],
    identity: dict[str, str],
    language: str,
    text: str,
    character_id: Callable[[str], str],
) -> None:
    """Casts each of two or more beings of one kind a description tells apart."""
    if language not in LANGUAGES:
        return
    told = _QUOTED.sub(lambda m: " " * len(m.group(0)), text)
    kinds = _kinds(language)
    # kind's key -> what tells it apart -> (its words as first written, how often)
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)  # each description's places
    for m in _pattern(language).finditer(told):
        description, kind = m.group(1), m.group(2)
        if _lexicalised(description, kind, language):
            continue
        key = kinds[kind][0] or kind
        found[key][_descriptions(language)[description][0]].append(m.group(0))
        spans[m.group(0)].append(m.span())
    for key, described in found.items():
        often = {apart: words for apart, words in described.items() if len(words) >= _TIMES}
        if len(often) == 1 and len(described) == 1:
            words = next(iter(often.values()))
            places = [at for w in dict.fromkeys(words) for at in spans[w]]
            _the_one_described(characters, identity, key, words, places, told, language, character_id)
        if len(often) < 2:
            continue
        cast = [_cast(characters, words[0], key, language, character_id) for words in often.values()]
        _drop_the_kind(characters, identity, key, [c for c in cast if c], language)


def _cast(
    characters: dict[str, Character], name: str, key: str, language: str, character_id: Callable[[str], str]
) -> str:
    """The id of the character the description names, cast where it is not yet."""
    cid = character_id(name)
    if cid in characters or cid == "narrator":
        return cid
    description = next(d for d in sorted(_descriptions(language), key=len, reverse=True) if name.startswith(d))
    kind = name[len(description) :]
    animal, gender, age = _kinds(language)[kind]
    told_age = _descriptions(language)[description][1]
    characters[cid] = Character(
        id=cid,
        name=name,
        gender=(gender or "neutral"),  # type: ignore[arg-type]
        age=(told_age or age or "young_adult"),  # type: ignore[arg-type]
        language=language,
        style="conversational",
        description=f"gender from {kind if gender else 'no evidence'}; age from "
        f"{description if told_age else kind if age else 'no evidence'}; one of two {kind} told apart by "
        f"{description}",
        gender_words=[kind] if gender else [],
        age_words=[description] if told_age else [kind] if age else [],
        animal=animal or None,
    )
    return cid


def _drop_the_kind(
    characters: dict[str, Character], identity: dict[str, str], key: str, cast: list[str], language: str
) -> None:
    """The character cast by the kind's word alone ("蛙", "狗"), no name of its own, is the described ones."""
    kinds = _kinds(language)
    for cid, character in list(characters.items()):
        if cid in cast or character.name not in kinds:
            continue
        if (kinds[character.name][0] or character.name) != key:
            continue
        characters.pop(cid)
        for speaker, said_by in identity.items():
            if said_by == cid:
                identity[speaker] = cast[0]


def _the_one_described(
    characters: dict[str, Character],
    identity: dict[str, str],
    key: str,
    words: list[str],
    places: list[tuple[int, int]],
    told: str,
    language: str,
    character_id: Callable[[str], str],
) -> None:
    """A kind the story always writes with one description ("白い猫は…", never "猫" alone): the character
    cast by the kind's word is called by the description; where none was, the described one is cast
    once it acts twice ("黑猫跳上了墙。黑猫…睡着了")."""
    kinds = _kinds(language)
    if any(told[:a].endswith(tuple(_descriptions(language))) for a, _ in places):
        return  # "小白兔", "大灰狼": two words before the kind, a name of its own
    plain = [c for c in characters.values() if c.name in kinds and (kinds[c.name][0] or c.name) == key]
    if not plain and sum(1 for a, b in places if acts_here(told, _Place(a, b), language)) >= _TIMES:
        _cast(characters, words[0], key, language, character_id)
        return
    if len(plain) != 1 or plain[0].crowd is not None:
        return
    if told.count(plain[0].name) != len(words):
        return  # the kind also met without its description: the story's word for it is the kind's
    cid = character_id(words[0])
    if cid in characters or cid == "narrator":
        return
    old = characters.pop(plain[0].id)
    characters[cid] = old.model_copy(update={"id": cid, "name": words[0]})
    for speaker, said_by in identity.items():
        if said_by == old.id:
            identity[speaker] = cid
