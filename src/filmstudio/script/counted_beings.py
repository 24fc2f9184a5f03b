"""A being that Chinese or Hindi always names counted by a collective or a quantifier is a group: "一群孩子跑过来
说", "一伙强盗冲了进来", "几个学生笑了", "कई लड़के दौड़े", "दस-बारह आदमी बोले". The reader casts the noun
(孩子, आदमी) as one character; where every time the story names it a word of many stands before it (or
们 after it), it is one group character, drawn as a small crowd of its kind. A being named once alone
("一个孩子") stays one."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from filmstudio.script.acting import _ZH_OPENING, _clause_before, in_speech
from filmstudio.script.genitive_groups import _VERB_ENDINGS, _plural_people, group_character
from filmstudio.script.groups import WordsAt
from filmstudio.script.mentions import Mention, _animals, _people, find_mentions
from filmstudio.script.verbs import verb_words
from filmstudio.storyboard import Character, CrowdKind

# the words of many before a noun: Chinese collectives and quantifiers (with a measure word, or 的)
_ZH_MANY = re.compile(
    r"(?:一|两|三|好|这|那)?(?:大|小)?(?:群|伙|帮|队|批|堆|排|行)(?:的)?$|(?:许多|很多|好多|不少|一些|几个|好几个|"
    r"[二三四五六七八九十百几]+个|成群的|所有的|众多|大批)(?:的)?$"
)
# Hindi's: many, some, all, a number (or two joined: "दस-बारह")
_HI_NUMBER = "दो तीन चार पाँच पांच छह छः सात आठ नौ दस ग्यारह बारह पंद्रह बीस पच्चीस तीस पचास सौ"
_HI_MANY = frozenset({"कई", "कुछ", "सब", "सारे", "सभी", "अनेक", "बहुत", "बहुत-से", "ढेर", *_HI_NUMBER.split()})
_HI_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097f-]+")


def _many_before_zh(text: str, at: int) -> bool:
    return bool(_ZH_MANY.search(text[max(0, at - 6) : at]))


def _many_before_hi(text: str, at: int) -> bool:
    words = _HI_WORD.findall(text[max(0, at - 30) : at])
    if not words:
        return False
    # "बहुत से लड़के", "दस-बारह आदमी": the word before, or the one before a "से"
    last = words[-1] if words[-1] not in ("से", "सारे") or len(words) < 2 else words[-2]
    return all(part in _HI_MANY or part.isdigit() for part in last.split("-"))


def _a_kind(name: str, language: str) -> bool:
    """Whether a name is a word for a kind of person or animal (孩子, आदमी), not someone's name."""
    return name in _people(language) or name in _animals(language)


def mark_counted_groups(characters: dict[str, Character], text: str, language: str) -> None:
    """A character named by a noun (no name) that the story names only counted as many is a group."""
    many = {"zh": _many_before_zh, "hi": _many_before_hi}.get(language)
    if many is None:
        return
    for character in characters.values():
        if character.id == "narrator" or character.crowd is not None or not _a_kind(character.name, language):
            continue
        places = [m.start() for m in re.finditer(re.escape(character.name), text)]
        marked = [language == "zh" and text.startswith("们", at + len(character.name)) for at in places]
        if places and all(many(text, at) or plural for at, plural in zip(places, marked, strict=True)):
            character.on_screen = False
            character.crowd = _crowd(character.gender, character.age, bool(character.animal))


def _crowd(gender: str, age: str, animal: bool = False) -> CrowdKind:
    """How a group is drawn: a herd, children, women, men, or people of both."""
    if animal:
        return "animals"
    if age == "child":
        return "children"
    return "women" if gender == "female" else "men" if gender == "male" else "people"


# Hindi's postpositions that end as a plural verb does: "के", "ने" follow a noun, never a group's verb
_HI_NOT_VERBS = frozenset({"के", "ने", "से", "में", "पे", "ले", "दे"})
# words whose plural is as written, cast already by the reader as one (mark_counted_groups makes it many)
_HI_PEOPLE_AS_ONE = frozenset({"आदमी"})


# what follows a noun in a case other than the subject's: "मछुआरे ने" is one fisherman, "मछुआरे के" his
_HI_CASE = frozenset({"ने", "को", "से", "का", "की", "के", "में", "पर", "तक"})


def _bare_plural_hi(text: str, start: int, end: int) -> bool:
    """Whether a plural with no word of many opens its sentence as its subject, told as what happened:
    "मछुआरे नदी पर गए"; not "मछुआरे ने कहा" (one, in the ergative), nor "लोग कहते हैं" (a saying of anyone)."""
    opened = max(text.rfind(p, 0, start) for p in '।॥.!?\n"“”')
    if text[opened + 1 : start].strip():
        return False
    clause = re.split(r"[।॥.!?,\"“”]", text[end : end + 80])[0]
    words = _HI_WORD.findall(clause)
    return bool(words) and words[0] not in _HI_CASE and not {"है", "हैं"} & set(words)


def _unchanged_plural_hi(word: str) -> tuple[str, str] | None:
    """A man's word not ending in -ा, whose plural is as written ("आदमी", "किसान"): its traits, or None."""
    traits = _people("hi").get(word)
    return traits if traits is not None and traits[0] != "female" and not word.endswith("ा") else None


@lru_cache(maxsize=1)
def _hindi_plurals() -> dict[str, tuple[str, str]]:
    """Hindi's plurals of people (genitive_groups.py's), with a woman's word ending in a consonant, whose
    plural joins -ें ("औरत", "औरतें"; "बहन", "बहनें"), or in -ा, joining -एँ ("माता", "माताएँ")."""
    out = dict(_plural_people("hi"))
    for word, (gender, age) in _people("hi").items():
        if gender != "female" or " " in word or word.endswith(("ी", "ि", "ू", "ु", "े", "ै", "ो", "ौ", "ँ", "ं")):
            continue
        out.setdefault(word + "एँ" if word.endswith("ा") else word + "ें", (gender, age))
    return out


def cast_counted_groups_hindi(characters: dict[str, Character], text: str, character_id: Callable[[str], str]) -> None:
    """Casts a Hindi plural of people counted as many ("कई लड़के दौड़े", "कुछ औरतें हँसीं") whose verb in the
    plural follows within three words, outside anyone's words, as one group character."""
    plurals = _hindi_plurals()
    for found in _HI_WORD.finditer(text):
        word = found.group(0)
        counted = _many_before_hi(text, found.start())  # "दस-बारह आदमी": आदमी is as many as it is one
        traits = plurals.get(word) or (_unchanged_plural_hi(word) if counted else None)
        if traits is None:
            continue
        # a word written alike as one ("ऋषि", "किसान") is one, honoured by a plural verb ("ऋषि बोले"), unless counted
        alike = word in _HI_PEOPLE_AS_ONE or word in _people("hi")
        if not counted and (alike or not _bare_plural_hi(text, found.start(), found.end())):
            continue
        if in_speech(text, WordsAt(found.start(), found.end())):
            continue
        after = _HI_WORD.findall(re.split(r"[।॥.!?,\"“”]", text[found.end() : found.end() + 60])[0])[:3]
        if not any(w.endswith(_VERB_ENDINGS["hi"]) and w not in _HI_NOT_VERBS for w in after):
            continue
        if any(c.name == word or c.name.endswith(f" {word}") for c in characters.values()):
            continue
        gender, age = traits
        cid = character_id(word)
        characters.setdefault(
            cid, group_character(cid, word, gender, age, "hi", animal=None, crowd=_crowd(gender, age))
        )


_ZH_CLAUSE_END = re.compile(r"[，。！？；：、“”「」,.!?;:\n]")


def cast_counted_groups_chinese(
    characters: dict[str, Character], text: str, character_id: Callable[[str], str]
) -> None:
    """Casts a Chinese word for people or animals counted as many ("几个学生笑了起来", "一群鸭子游到她身边")
    whose clause goes on to a verb, outside anyone's words, as one group character."""
    verbs = verb_words("zh")
    for mention in find_mentions(text, "zh"):
        counted = _many_before_zh(text, mention.start)
        if mention.kind not in ("person", "animal") or not (counted or _plural_subject_zh(text, mention)):
            continue
        if in_speech(text, WordsAt(mention.start, mention.end)):
            continue
        after = _ZH_CLAUSE_END.split(text[mention.end : mention.end + 30])[0].removeprefix("们")
        if after.startswith(("的", "被")) or not any(v in after for v in verbs):
            continue
        name = mention.name
        if any(c.name == name for c in characters.values()):
            continue  # cast already: mark_counted_groups reads whether it is many
        gender, age = mention.gender if mention.gender in ("female", "male") else "", mention.age
        cid = character_id(name)
        characters.setdefault(
            cid,
            group_character(
                cid, name, gender, age, "zh", animal=mention.animal, crowd=_crowd(gender, age, mention.kind == "animal")
            ),
        )
    _cast_counted_people_chinese(characters, text, character_id)


def _plural_subject_zh(text: str, mention: Mention) -> bool:
    """Whether a noun marked plural by 们 opens its clause ("渔夫们回来了"), not one a verb is done to."""
    before = _clause_before(text, mention.start)
    return text.startswith("们", mention.end) and (not before or before[-1] in _ZH_OPENING)


# 人 counted, with what they do before 的 ("许多看热闹的人", "一群赶集的人", "很多人"): people the lexicon has no
# word for; the name is the phrase that says who they are, or 人们
_ZH_COUNTED_PEOPLE = re.compile(
    r"(?:许多|很多|好多|不少|一些|好些|好几个|几个|[两二三四五六七八九十百几]+个|一大群|一群|一伙|一帮|成群的|众多|大批)"
    r"(?P<who>[^，。！？、；：“”「」\s的]{1,8}的)?人(?:们)?(?![的家物类生心])"
)
# what tells a Chinese verb told as done: an aspect or a direction after it ("围了过来", "站着", "笑起来")
_ZH_DONE = re.compile(r"^(?:都|也|就|便|又|纷纷|一起|一齐)?[\u4e00-\u9fff]{1,2}(?:了|着|起来|过来|过去|上来|下来|出来)")


def _cast_counted_people_chinese(
    characters: dict[str, Character], text: str, character_id: Callable[[str], str]
) -> None:
    verbs = verb_words("zh")
    for found in _ZH_COUNTED_PEOPLE.finditer(text):
        if in_speech(text, WordsAt(found.start(), found.end())):
            continue
        after = _ZH_CLAUSE_END.split(text[found.end() : found.end() + 30])[0]
        if after.startswith("被") or not (_ZH_DONE.match(after) or any(v in after for v in verbs)):
            continue
        name = found.group("who") + "人" if found.group("who") else "人们"
        if any(c.name == name for c in characters.values()):
            continue
        cid = character_id(name)
        characters.setdefault(cid, group_character(cid, name, "", "", "zh", animal=None, crowd="people"))
