"""Ordinary words that typography capitalises, which a reading by capitals takes for names.

- Verse opens every line with a capital: "Weary came the farmer down the lane" makes "Weary" look like a
  name. A word written with its capital only where a line, a sentence or a quote opens, which the dictionary
  reads as a common word of the language (simplemma brings "Weary" back to "weary", "Tom" to "Tom"), is that
  word: an inflected form or an adverb anywhere ("Wandered", "Quickly"), any common word where it opens a
  verse line. A word that acts as a name elsewhere stays one: it speaks, is spoken to, or is said to be
  someone ("Rose was a little girl").
- German capitalises every noun: "Geld hatte er wenig", "Gerste wuchs dort" open sentences with a noun. A
  noun the dictionary knows that names no kind of person or animal is a thing, unless it speaks, is spoken to,
  takes a title ("Onkel Otto"), is said to be someone ("Otto war ein Uhrmacher") or does what only a body does.
- A plural only ever called on in someone's words ("Friends, the storm is coming!", "Товарищи, …") is the
  speaker's address, not a group of the story (groups.py asks `only_called_on`).
- Scripts without capitals give no typography to mistake, but a reading by patterns ("X ने", "X说：“…”") meets
  months ("सावन", "தை", "三月": the calendar's, or one the text calls a month), a pronoun written without its
  nasal mark ("मै"), and in Chinese a verb with its complement or object ("起来", "寻到"): no one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import simplemma

from filmstudio.script.lemmas import lemma_of
from filmstudio.script.lexicon import script_of
from filmstudio.script.speech_verbs import SPEECH_VERBS

# where a capital is typography: the start of the text, a line, a sentence, a quote or a dash-led speech
_OPENING = re.compile(r"(?:^|[.!?:;\"“”‘’«»„—–\-(\[]|\n)\s*$")
_SENTENCE_END = re.compile(r"[.!?:;\"“”’»]\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# adverbs by their ending ("Quickly", "Lentamente", "Plötzlich")
_ADVERB_ENDINGS = ("ly", "mente", "ment")
# what a German title or word of kin before a name is ("Onkel Otto", "Herr Hase", "Frau Holle")
_GERMAN_TITLES = frozenset(["herr", "frau", "fräulein", "onkel", "tante", "vater", "mutter", "meister", "bruder"])
_GERMAN_SUBJECTS = frozenset(["er", "sie", "es", "ich", "du", "wir", "ihr", "man"])


def an_ordinary_word(name: str, text: str, language: str) -> bool:
    """Whether a name found is an ordinary word its capital made look like one, or in a script without
    capitals a month, a pronoun or a verb (see the module's notes)."""
    if " " in name or not name:
        return False
    if not (name[:1].isupper() or name[:1].islower()):
        return an_uncased_common_word(name, text, language)
    if not name[:1].isupper() or name.isupper():
        return False
    if language == "de":
        return _german_noun(name, text)
    if script_of(language) not in ("latin", "cyrillic"):
        return False
    return _capital_of_an_opening(name, text, language)


def an_uncased_common_word(name: str, text: str, language: str) -> bool:
    """Whether a name found in a script without capitals is a month ("सावन", "தை", "三月"), a pronoun written
    without its nasal mark ("मै" for "मैं"), or, in Chinese, a word the tagger reads as a verb, a time, a number
    or a word of grammar ("起来", "寻到"), or a verb with its object ("寻狗" where "寻了" is written too)."""
    if a_month(name, text, language):
        return True
    if language == "zh":
        return _chinese_not_a_name(name, text)
    return _pronoun_without_nasal(name, language)


def _capital_of_an_opening(name: str, text: str, language: str) -> bool:
    """A common word capitalised only where a line, a sentence or a quote opens, that never acts as a name."""
    from filmstudio.script.people import _FEMALE_NAMES, _MALE_NAMES, _hard_wrapped
    from filmstudio.script.plain_names import _proper

    low = name.lower()
    if not simplemma.is_known(low, lang=language) or _proper(name, language) or low in _FEMALE_NAMES | _MALE_NAMES:
        return False  # "Tom", "Giulia": the dictionary reads them as names, or knows them not
    if name in _named_plainly(text, language):
        return False  # "their names were Tib, Tab and Tom": given as a name
    found = list(re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text))
    wrapped = _hard_wrapped(text)  # prose its printer broke into lines: a line opens no sentence
    lines = text.replace("\n", " ") if wrapped else text
    if not found or not all(_OPENING.search(lines[max(0, m.start() - 40) : m.start()]) for m in found):
        return False  # written with its capital inside a sentence: a name
    inflected = lemma_of(low, language) != low or low.endswith(_ADVERB_ENDINGS)
    if not inflected and (wrapped or not any(_opens_a_verse_line(text, m.start()) for m in found)):
        return False  # "Rose walked to the market.": a base form opening prose may be a name
    return not any(_acts_as_a_name(text, m, language, called=not inflected) for m in found)


def _opens_a_verse_line(text: str, at: int) -> bool:
    """Whether the word at `at` opens a line that goes on a line before it with no sentence ended between."""
    line_start = text.rfind("\n", 0, at) + 1
    if text[line_start:at].strip(" \t\"“‘'«—–-"):
        return False
    previous = text[: max(0, line_start - 1)].rstrip(" \t")
    return bool(previous) and not previous.endswith("\n") and not _SENTENCE_END.search(previous)


def _acts_as_a_name(text: str, match: re.Match[str], language: str, *, called: bool) -> bool:
    """Whether a word speaks ("Rose said"), is said to be someone ("Rose was a girl") or, where `called`
    counts, is spoken to ("Rose, come here!")."""
    from filmstudio.script.people import _being_verb

    after = _WORD.findall(text[match.end() : match.end() + 80])
    gap = text[match.end() : match.end() + 3]
    if after and re.match(r"\s+\w", gap) and _speaks(after[0], language) and not _determiner_next(after):
        return True
    if after and re.match(r"\s+\w", gap) and _being_verb(after, language):
        return True
    return called and bool(re.match(r"\s*[,!?]", gap)) and _in_quotes(text, match.start())


def _speaks(word: str, language: str) -> bool:
    saying = set(SPEECH_VERBS.get(language, "").split())
    low = word.lower()
    return low in saying or lemma_of(low, language) in saying


def _determiner_next(after: Sequence[str]) -> bool:
    """Whether the verb's subject comes after it: "Loud called the raven"."""
    return len(after) > 1 and after[1].lower() in {"the", "a", "an", "la", "le", "el", "il", "der", "die", "das"}


def _in_quotes(text: str, at: int) -> bool:
    return _narration(text)[at : at + 1].isspace() and not text[at : at + 1].isspace()


@lru_cache(maxsize=8)
def _narration(text: str) -> str:
    """The text with what is said in quotes blanked, its length kept."""
    from filmstudio.script.acting import _narrated

    return _narrated(text)


# --- months and pronouns of the scripts without capitals -------------------------------------------------

# the months of the Hindu calendar as Hindi says them (CLDR gives the Sanskrit "श्रावण", "भाद्रपद"); the twelve
# in order, with their common spellings
_FOLK_MONTHS = {
    "hi": frozenset(
        "चैत चइत बैसाख वैसाख जेठ असाढ़ आषाढ़ असाढ सावन साओन भादों भादो भादव क्वार कुआर आसोज कातिक कार्तिक अगहन "  # noqa: SIM905
        "पूस माघ फागुन फ़ागुन".split()
    ),
}
# how the text says a word is a month: "सावन का महीना", "कार्तिक मास", "தை மாதம்" (Chinese months, "三月",
# "正月", the tagger reads as a number or a time)
_MONTH_SAID = {
    "hi": r"\s+(?:का|के|की)?\s*(?:महीना|महीने|महीनों|मास|माह)",
    "ta": r"\s*(?:மாதம்|மாதத்தில்|மாதத்|மாசம்)",
    "bn": r"\s*(?:মাস|মাসে)",
}
_ABBREVIATED = re.compile(r"[.॰\d]")


def a_month(word: str, text: str, language: str) -> bool:
    """Whether a word is a month: one of the calendars' (CLDR's, however short: "தை", "माघ"), one of the folk
    names, or one the text calls a month."""
    if word in _calendar_months(language) or word in _FOLK_MONTHS.get(language, ()):
        return True
    said = _MONTH_SAID.get(language)
    return bool(said and re.search(re.escape(word) + said, text))


@lru_cache(maxsize=16)
def _calendar_months(language: str) -> frozenset[str]:
    from filmstudio.script.place_names import CLDR_DIR

    path = CLDR_DIR / "main" / f"{language}.xml"
    if not path.is_file():
        return frozenset()
    xml = path.read_text(encoding="utf-8")
    # the calendars a story of these languages counts by (not the Islamic or Hebrew ones, whose months are
    # also given names: "रमजान"); their wide forms only, not the narrow ("ज") nor the abbreviated ("जन॰")
    calendars = re.findall(r'<calendar type="(?:gregorian|indian)">(.*?)</calendar>', xml, flags=re.S)
    wide = "".join(re.findall(r'<monthWidth type="wide">(.*?)</monthWidth>', "".join(calendars), flags=re.S))
    names = re.findall(r"<month type=\"\d+\"[^>]*>([^<]+)<", wide)
    return frozenset(n.strip() for n in names if not _ABBREVIATED.search(n))


_NASALS = "\u0901\u0902"  # ँ ं


def _pronoun_without_nasal(word: str, language: str) -> bool:
    """Whether a word is "मै" for "मैं": a short word that is a pronoun or a closed-class word once its nasal mark is restored."""
    if len(word) > 3 or any(mark in word for mark in _NASALS):
        return False
    return word in _without_nasals(language)


@lru_cache(maxsize=16)
def _without_nasals(language: str) -> frozenset[str]:
    from filmstudio.script.closed_words import closed_words
    from filmstudio.script.first_person import _I
    from filmstudio.script.roles import PRONOUNS

    words = {*closed_words(language), *PRONOUNS, *(w for part in _I.get(language, ()) for w in part.split())}
    return frozenset(bare for w in words if len(w) <= 4 and (bare := re.sub(f"[{_NASALS}]", "", w)) != w)


# the first character of a Chinese name, not a verb: a diminutive or an elder's prefix
_ZH_NAME_PREFIXES = "小老阿大"
# the tagger's parts of speech that no name has: verbs, adverbs, times, numbers, pronouns, prepositions,
# conjunctions, particles, directions, measures
_ZH_NOT_NAMES = ("v", "d", "t", "m", "r", "p", "c", "u", "f", "q")


def _chinese_not_a_name(name: str, text: str) -> bool:
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    words = list(jieba.posseg.cut(name))
    if words and words[0].flag.startswith(_ZH_NOT_NAMES) and not words[0].flag.startswith("nr"):
        return True
    if any(w.flag.startswith("v") for w in words) and not any(w.flag.startswith("n") for w in words):
        return True  # "寻到": a verb and its complement
    # "寻了一天 … 寻狗": a word the dictionary does not hold, whose first character is a verb's and is written
    # as a verb in the text (an aspect after it), is that verb and its object
    first = name[0]
    if name in jieba.posseg.dt.word_tag_tab or first in _ZH_NAME_PREFIXES:
        return False
    verb = jieba.posseg.dt.word_tag_tab.get(first, "").startswith(("v", "zg"))
    return verb and bool(re.search(re.escape(first) + "[了着过]", text))


# --- German nouns -----------------------------------------------------------------------------------------


def _german_noun(name: str, text: str) -> bool:
    """A German noun the dictionary knows, of no person or animal, that does nothing a name does."""
    from filmstudio.script.people import _FEMALE_NAMES, _MALE_NAMES, _kind_word

    if not simplemma.is_known(name, lang="de") or _kind_word(name, "de"):
        return False
    if name.lower() in _FEMALE_NAMES | _MALE_NAMES or _a_name_elsewhere(name) or _german_named(name, text):
        return False
    for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
        if _german_acts_as_a_name(text, match):
            return False
    return True


# dictionaries of languages that write their nouns small and keep a name's capital in its lemma: German
# names they know ("Hans", "Otto", "Grete", "Fritz") come back capitalised, German nouns do not ("Geld")
_NAMES_KNOWN_IN = ("en", "da", "sv")


def _a_name_elsewhere(name: str) -> bool:
    return any(
        simplemma.is_known(name, lang=lang) and simplemma.lemmatize(name, lang=lang) == name for lang in _NAMES_KNOWN_IN
    )


def _german_acts_as_a_name(text: str, match: re.Match[str]) -> bool:
    """Speaks ("rief Hans", "Hans sagte"), is spoken to ("Hans, komm!"), takes a title ("Onkel Otto"), is said
    to be someone ("Otto war ein Uhrmacher") or does what a body does, as the subject ("Otto lachte")."""
    from filmstudio.script.people import _being_verb
    from filmstudio.script.plain_names import _a_persons_verb, finite_verb

    before = _WORD.findall(text[max(0, match.start() - 40) : match.start()])
    after = _WORD.findall(text[match.end() : match.end() + 80])
    joined = not text[match.end() : match.end() + 1].strip()  # no comma or stop right after it
    if before and (_speaks(before[-1], "de") or before[-1].lower() in _GERMAN_TITLES):
        return True
    if after and joined and (_speaks(after[0], "de") or _being_verb(after, "de")):
        return True
    if re.match(r"\s*[,!?]", text[match.end() : match.end() + 3]) and _in_quotes(text, match.start()):
        return True
    # "Geld hatte er", "Geld brachte ihm der Händler": the subject after the verb, what opened it the object
    subject_after = any(w.lower() in _GERMAN_SUBJECTS or w in ("der", "ein") for w in after[1:3])
    if not after or not joined or subject_after:
        return False
    # what a body does, or a deed done to something ("Fritz fand einen Pilz": the object after the verb)
    return _a_persons_verb(after[0], "de") or (len(after) > 1 and after[1] == "einen" and finite_verb(after[0], "de"))


@lru_cache(maxsize=32)
def _named_plainly(text: str, language: str) -> frozenset[str]:
    """The names given as names ("ein Uhrmacher namens Otto"), listed as names ("their names were Tib, Tab and
    Tom") or apposed to a word for kin ("zwei Töchter, Liese und Marie")."""
    from filmstudio.script.people import listed_names, named_in_narration
    from filmstudio.script.plain_names import kin_traits

    listed = (n for n, _ in listed_names(text, language))
    return frozenset([*named_in_narration(text, language), *listed, *kin_traits(text, language)])


def _german_named(name: str, text: str) -> bool:
    return name in _named_plainly(text, "de")


# --- plurals called on ------------------------------------------------------------------------------------


def only_called_on(text: str, found_at: Sequence[int], words: Sequence[str]) -> bool:
    """Whether every place a group was found is in someone's words (where a group counts only as called on):
    "Friends, the storm is coming!" addresses the listeners; the group is the story's once it acts."""
    return bool(found_at) and all(_in_quotes(text, at) for at, _ in zip(found_at, words, strict=False))
