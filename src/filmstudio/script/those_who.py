"""Groups a story names by what they do, not by a noun: "All those who were eating laughed", "tous ceux
qui dansaient applaudirent", "todos los que comían rieron", "Alle, die dort saßen, lachten", "所有的人都笑了",
"吃饭的人都笑了". Such a group, the subject of a verb of its own after its relative clause, is one
character of the story (people, drawn as a small crowd), as groups.py casts "the villagers".

A group opens a sentence with a pronoun for several ("those", "ceux", "aquellos", "alle") and a relative
pronoun; its clause holds a verb of its own and the main verb comes after it ("who were eating" |
"laughed"). In Chinese, "所有的人" or a clause with "的人" opens a sentence before 都, 也 or a verb.
Those who only are spoken of ("she thought of all those who had died"), or stand in someone's words, are
none: the phrase must open its sentence in the narration."""

from __future__ import annotations

import re
from collections.abc import Callable

from filmstudio.script.acting import _BEING, _acting_word, in_speech
from filmstudio.script.groups import WordsAt, _plural_verb
from filmstudio.script.morals import generic_subject
from filmstudio.script.verbs import verb_words
from filmstudio.storyboard import Character

# a pronoun for several people and its relative pronoun ("those who", "ceux qui"): the opening of the group
_OPENINGS = {
    "en": ("those who", "all those who", "all who"),
    "fr": ("ceux qui", "tous ceux qui", "celles qui", "toutes celles qui"),
    "es": ("todos los que", "todas las que", "aquellos que", "todos aquellos que", "aquellas que"),
    "it": ("quelli che", "tutti quelli che", "quelle che", "tutte quelle che", "coloro che", "tutti coloro che"),
    "pt": ("todos os que", "todas as que", "aqueles que", "todos aqueles que", "aquelas que"),
    "de": ("alle, die", "diejenigen, die"),
}
# the words of an opening that tell women alone ("celles", "todas"); the quantifier that a name leaves out
_FEMALE = frozenset(["celles", "toutes", "todas", "aquellas", "aquelas", "quelle", "tutte"])
_ALL = frozenset(["all", "alle", "tous", "toutes", "todos", "todas", "tutti", "tutte"])
# the endings of a verb's past in the plural ("rirent", "rieron", "risero", "riram", "lachten")
_PAST = {
    "fr": ("aient", "èrent", "irent", "urent", "rent"),
    "es": ("aban", "ían", "aron", "ieron"),
    "it": ("avano", "evano", "ivano", "arono", "erono", "irono", "ero"),
    "pt": ("avam", "iam", "aram", "eram", "iram"),
    "de": ("ten",),
}
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
_CLAUSE_END = re.compile(r"[.!?;:\"“”„«»()\n—–]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Chinese: "所有的人", "所有的孩子们", "吃饭的人" opening a sentence, then 都, 也 or a verb
_ZH_GROUP = re.compile(
    r"(?:^|(?<=[。！？\n]))\s*((?:所有的|所有)[\u4e00-\u9fff]{1,3}?|[\u4e00-\u9fff]{1,5}?的人们?)(?=都|也|全|一起|纷纷)"
)
_ZH_SOMEONE = re.compile(r"[我你他她它是有在]")


def groups_by_what_they_do(text: str, language: str) -> list[tuple[str, str]]:
    """(the group's name as written, its gender or "") for each group named by what it does that acts."""
    if language == "zh":
        return _chinese(text)
    out = []
    for opening in _OPENINGS.get(language, ()):
        words = r"\s*,?\s+".join(re.escape(w.rstrip(",")) for w in opening.split())
        for m in re.finditer(rf"(?<!\w){words}(?!\w)", text, re.IGNORECASE):
            if not _SENTENCE_START.search(text[: m.start()]) or in_speech(text, WordsAt(m.start(), m.end())):
                continue
            found = _relative_clause(text, m.end(), language)
            if found is None:
                continue
            clause, verb = found
            if not _past(verb, language) and generic_subject(_CLAUSE_END.split(text[m.start() :])[0], language):
                continue  # "Those who work hard succeed": anyone's, a saying
            said = [w for w in opening.replace(",", "").split() if w.lower() not in _ALL] or opening.split()
            name = " ".join([*said, clause])
            female = any(w in _FEMALE for w in opening.lower().split())
            out.append((name[:1].upper() + name[1:], "female" if female else ""))
    return out


def _relative_clause(text: str, at: int, language: str) -> tuple[str, str] | None:
    """The relative clause after the opening and the group's main verb after it: ("were eating",
    "laughed") of "who were eating laughed"; German closes it with a comma ("die dort saßen, lachten")."""
    sentence = _CLAUSE_END.split(text[at : at + 200])[0]
    if language == "de":
        parts = sentence.split(",")
        after = _WORD.findall(parts[1]) if len(parts) > 1 else []
        return (parts[0].strip(), after[0]) if after and _is_verb(after[0], language) else None
    sentence = sentence.split(",")[0]
    words = list(_WORD.finditer(sentence))
    verbs = [k for k, w in enumerate(words) if _is_verb(w.group(0), language)]
    if len(verbs) < 2:
        return None  # one verb: the relative clause's own, no deed of the group's
    if _passive([w.group(0) for w in words[: verbs[-1]]], language):
        return None  # "those who had gone were (soon) forgotten": done to, no deed of theirs
    return sentence[: words[verbs[-1]].start()].strip(), words[verbs[-1]].group(0)


def _passive(before: list[str], language: str) -> bool:
    """Whether a verb of being stands right before the main verb, or before a word of manner before it."""
    being = set(_BEING.get(language, "").split())
    if before and before[-1].lower() in being:
        return True
    return len(before) > 1 and not _is_verb(before[-1], language) and before[-2].lower() in being


def _past(verb: str, language: str) -> bool:
    """Whether a verb tells what happened (a past form): a story's deed, not a saying's present."""
    low = verb.lower()
    if language == "en":
        return _plural_verb(low, language)  # "laughed", "wept": a past form, never "-s" nor "-ing"
    return low.endswith(_PAST.get(language, ()))


def _is_verb(word: str, language: str) -> bool:
    return _acting_word(word, language) is not None or _plural_verb(word.lower(), language)


def _chinese(text: str) -> list[tuple[str, str]]:
    """所有的人都笑了, 吃饭的人都笑了: a group opening its sentence, then what it does."""
    verbs = verb_words("zh")
    out = []
    for m in _ZH_GROUP.finditer(text):
        name = m.group(1).strip()
        after = re.split(r"[。！？，\n]", text[m.end() : m.end() + 20])[0]
        if _ZH_SOMEONE.search(name.removeprefix("所有的")) or in_speech(text, WordsAt(m.start(1), m.end(1))):
            continue  # "他是好心的人": someone said to be one, not a group
        if any(v in after for v in verbs):
            out.append((name, ""))
    return out


def cast_groups_by_what_they_do(
    characters: dict[str, Character], language: str, text: str, character_id: Callable[[str], str]
) -> None:
    """Casts each group named by what it does that acts as one character, drawn as a small crowd."""
    for name, gender in groups_by_what_they_do(text, language):
        cid = character_id(name)
        if cid in characters:
            continue
        characters[cid] = Character(
            id=cid,
            name=name,
            gender=gender or "neutral",  # type: ignore[arg-type]
            age="young_adult",
            language=language,
            style="conversational",
            description=f"gender from {name if gender else 'no evidence'}; age from no evidence; a group "
            "named by what it does, that acts in the story, drawn as a small crowd",
            gender_words=[name] if gender else [],
            on_screen=False,
            crowd="women" if gender == "female" else "people",
        )
