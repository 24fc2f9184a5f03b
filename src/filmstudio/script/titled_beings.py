"""Beings a Chinese story names by a title joined to what they rule or dwell in: "山神" (the mountain's
god), "河神", "土地神", "灶神", "花仙", "树精", "龙王", "海龙王". Chinese writes such a title as one word,
so a word list of people never holds it; it is a being of the story like "the fisherman" once it acts or
speaks (mentions.py reads it as a mention of a person).

A title is one of a few heads (a god, an immortal, a spirit, a king) after one of the things of nature or
of the house a god keeps (the mountain, the river, the sea, the wind, the hearth, the door). The head
alone ("神", "王") or after any other word ("精神", the mind; "国王", a word for a person already) is none."""

from __future__ import annotations

import re
from functools import lru_cache

# what a god, a spirit or a king of a folk tale keeps: the mountain, the river, the hearth …
_REALMS = {
    "zh": "山 河 江 湖 海 水 火 风 雷 雨 雪 云 月 日 星 树 花 土地 田 灶 门 井 财 龙 海龙 狐 蛇",
}
# the titles: the head -> the gender it tells ("" where it tells none)
_HEADS = {
    "zh": {"神": "", "仙": "", "精": "", "妖": "", "王": "male", "娘娘": "female"},
}


@lru_cache(maxsize=8)
def _pattern(language: str) -> re.Pattern[str] | None:
    realms = sorted(_REALMS.get(language, "").split(), key=len, reverse=True)
    heads = sorted(_HEADS.get(language, {}), key=len, reverse=True)
    if not realms or not heads:
        return None
    return re.compile("(?:" + "|".join(realms) + ")(?:" + "|".join(heads) + ")")


def titled_beings(text: str, language: str) -> list[tuple[int, int, str, str]]:
    """(start, end, the title as written, its gender) for each being named by a title in the text."""
    pattern = _pattern(language)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        word = m.group(0)
        head = next(h for h in sorted(_HEADS[language], key=len, reverse=True) if word.endswith(h))
        out.append((m.start(), m.end(), word, _HEADS[language][head]))
    return out
