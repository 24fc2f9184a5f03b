"""The verb classes a word-by-word lookup of the staging tables misses, as stories write them:

- a light verb with the noun that says the action ("took a nap", "fit une sieste", "dio un salto",
  "machte einen Spaziergang"): the noun's class, not the light verb's (`light_verbs`, `light_nouns` in
  `data/staging/<language>.json`);
- a verb of climbing onto a mount ("monta sur son cheval", "stieg auf sein Pferd"): riding;
- Russian past forms a dictionary reads as a noun ("села": the village's genitive, or "she sat") and
  perfective verbs made by a prefix the table lacks ("переплыла" from "плыть");
- Japanese compound verbs (跳び越える, 泳ぎ渡る) whose first verb is in the table;
- in Chinese, a thing after a coverb (在树下睡, 用棍子, 和狼, 把苹果) taken for the verb's subject;
- the subject of another clause taken for the verb's: German and Russian put a verb's subject after it
  where something else opens the clause ("Als Maria kam, schlief Tom"); Japanese marks the one the
  sentence is about with は, the doer of a clause before it with が ("マリアが帰ると、トムは寝ていた")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from filmstudio.script.beings import DETERMINERS
from filmstudio.script.lemmas import japanese_tokens, japanese_verb_bases, lemma_of
from filmstudio.script.presence import Word
from filmstudio.script.staging_data import staging_section
from filmstudio.script.staging_words import words_of

Hit = tuple[int, str, str]  # (position, verb class, words)
_BETWEEN = 3  # words at most between a light verb and its noun: "took a short nap"
_QUANTITIES = {"fr": "quelques deux trois", "es": "unos pocos", "it": "qualche due tre", "pt": "alguns dois três"}


def refine_verbs(
    verbs: list[Hit], text: str, toks: Sequence[Word], language: str, vehicles: dict[str, list[int]]
) -> list[Hit]:
    """The verbs read word by word, with the phrases and forms above read as their class. `vehicles`:
    where the sentence names a "mount" (an animal or a vehicle one rides) and a "boat"."""
    verbs = _with_forms(verbs, text, toks, language)
    verbs = _with_light_phrases(verbs, text, toks, language)
    return [_mounted(v, text, language, vehicles) for v in verbs]


def _with_light_phrases(verbs: list[Hit], text: str, toks: Sequence[Word], language: str) -> list[Hit]:
    light = set(staging_section(language, "light_verbs"))
    nouns = _light_nouns(language)
    if not light or not nouns:
        return verbs
    openers = {*DETERMINERS.get(language, "").split(), *_QUANTITIES.get(language, "").split()}
    out = list(verbs)
    for i, tok in enumerate(toks):
        if tok.lemma not in light and tok.text not in light:
            continue
        found = _noun_after(toks[i + 1 : i + 2 + _BETWEEN], nouns, openers)
        if found is None:
            continue
        cls, end = found
        out = [v for v in out if not tok.start <= v[0] < end]  # the light verb and the noun: one doing
        out.append((tok.start, cls, text[tok.start : end]))
    return sorted(out)


def _noun_after(following: Sequence[Word], nouns: dict[str, str], openers: set[str]) -> tuple[str, int] | None:
    """The class and end of a light verb's noun among the words after it: right after it, or after an
    article or a number and perhaps an adjective ("a long walk", "quelques pas")."""
    for k, tok in enumerate(following):
        if k and following[0].text not in openers:
            return None
        joined = " ".join(t.text for t in following[: k + 1])
        for form in (joined, tok.text, tok.lemma):
            if form in nouns:
                return nouns[form], tok.end
    return None


@lru_cache(maxsize=32)
def _light_nouns(language: str) -> dict[str, str]:
    return {noun.lower(): cls for cls, entries in staging_section(language, "light_nouns").items() for noun in entries}


# a mount named right after a verb of climbing: "climbed onto his horse", "se subió al caballo"
_MOUNT_REACH = 24
_GOING = frozenset({"walk", "run", "go", "arrive", "chase"})
# the words that put one on a mount or in a boat, an article or a possessive perhaps between ("galloped on
# his horse", "уплыл на лодке"), and those that do only right before it ("by horse", "à cheval": "à son
# cheval" is to it)
_ON = {
    "en": ("on onto upon in", "by"),
    "de": ("auf im", ""),
    "fr": ("sur en dans", "à"),
    "es": ("en sobre", "a"),
    "it": ("in sul sulla", "a"),
    "pt": ("em no na num numa", "a de"),
    "ru": ("на в верхом", ""),
}


def _mounted(verb: Hit, text: str, language: str, vehicles: dict[str, list[int]]) -> Hit:
    """Climbing onto a mount is mounting it; going on a mount, riding it; swimming in a boat, rowing."""
    at, cls, word = verb
    after = at + len(word)
    if cls == "climb" and any(0 <= m - after <= _MOUNT_REACH and "," not in text[after:m] for m in vehicles["mount"]):
        return (at, "ride", word)
    if cls in _GOING and _on(text, after, vehicles["mount"], language):
        return (at, "ride", word)
    if cls == "swim" and _on(text, after, vehicles["boat"], language):
        return (at, "row", word)
    return verb


def _on(text: str, after: int, places: list[int], language: str) -> bool:
    """Whether one of the things at `places`, later in the verb's clause, follows a word that puts one on
    it or in it."""
    near, bare = (set(words.split()) for words in _ON.get(language, ("", "")))
    for at in places:
        between = text[after:at]
        if at < after or _CLAUSE_BREAK.search(between):
            continue
        words = re.findall(r"\w+", between.lower())
        if any(w in near for w in words[-3:]) or (words and words[-1] in bare):
            return True
    return False


def _with_forms(verbs: list[Hit], text: str, toks: Sequence[Word], language: str) -> list[Hit]:
    """The verbs whose form the lemmatiser does not reduce to the table's entry; a word read alone
    ("hob") gives way to its whole verb ("hob … auf": aufheben)."""
    reader = _FORM_READERS.get(language)
    if reader is None:
        return verbs
    table = _classes(language)
    out = list(verbs)
    for i, tok in enumerate(toks):
        cls = reader(text, toks, i, table)
        if cls is None:
            continue
        same = [v for v in out if v[0] == tok.start]
        if same and same[0][2].lower() != tok.text:  # a phrase found there says more than its first word
            continue
        out = [v for v in out if v[0] != tok.start] + [(tok.start, cls, text[tok.start : tok.end])]
    return sorted(out)


@lru_cache(maxsize=32)
def _classes(language: str) -> dict[str, str]:
    """Each single-word entry of the language's verb table, to its class (the first that lists it)."""
    out: dict[str, str] = {}
    for cls, entries in words_of(language).verbs.items():
        for entry in entries:
            out.setdefault(entry, cls)
    return out


# Russian: the prepositions after which a past form is a noun's case ("из села": from the village)
_RU_PREPOSITIONS = frozenset(
    [
        "в",
        "во",
        "из",
        "до",
        "у",
        "от",
        "около",
        "для",
        "с",
        "со",
        "к",
        "по",
        "за",
        "над",
        "под",
        "о",
        "об",
        "про",
        "через",
        "без",
    ]
)
_RU_PREFIXES = sorted(
    [
        "пере",
        "по",
        "при",
        "за",
        "у",
        "вы",
        "с",
        "под",
        "от",
        "на",
        "в",
        "вз",
        "вс",
        "раз",
        "рас",
        "до",
        "про",
        "о",
        "об",
        "из",
        "ис",
        "подъ",
        "объ",
        "отъ",
        "съ",
        "взъ",
    ],
    key=len,
    reverse=True,
)
_RU_INFINITIVE = re.compile(r"(ть|ти|чь)(ся|сь)?$")


def _russian(text: str, toks: Sequence[Word], i: int, table: dict[str, str]) -> str | None:
    tok = toks[i]
    if i and toks[i - 1].text in _RU_PREPOSITIONS:
        return None
    for lemma in _russian_lemmas(tok.text, tok.lemma):
        if lemma in table:
            return table[lemma]
        for prefix in _RU_PREFIXES:  # "переплыть" as "плыть", "выпить" as "пить"
            bare = lemma[len(prefix) :]
            if lemma.startswith(prefix) and len(bare) >= 3 and bare in table:
                return table[bare]
    return None


def _russian_lemmas(word: str, lemma: str) -> list[str]:
    """The infinitives a past form may have: its lemma where that is one, else the masculine's ("села"
    as "сел": сесть)."""
    out = [lemma] if _RU_INFINITIVE.search(lemma) else []
    for ending, masculine in (("ла", "л"), ("ло", "л"), ("ли", "л"), ("лась", "лся"), ("лось", "лся"), ("лись", "лся")):
        if word.endswith(ending):
            stem = lemma_of(word[: -len(ending)] + masculine, "ru")
            if _RU_INFINITIVE.search(stem):
                out.append(stem)
    return out


# Japanese: the last kana of a verb's dictionary form, and its form before another verb (連用形)
_CONTINUATIVE = dict(zip("うくぐすつぬぶむる", "いきぎしちにびみり", strict=True))


# first verbs whose compounds mean something else: 打ち明ける confides, 取り出す takes out, 飛び出す rushes out
_BLEACHED = frozenset({"打ち", "取り", "引き", "差し", "突き", "押し", "振り", "飛び", "申し", "思い"})


# verbs that, after a verb's て form, say for whom or how it is done, not a doing: 読んであげる
_JA_AFTER_TE = frozenset({"あげる", "くれる", "もらう", "いる", "しまう", "みる", "おく", "いく", "くる"})


def _japanese(text: str, toks: Sequence[Word], i: int, table: dict[str, str]) -> str | None:
    """A verb by its form as written, with the words before it that make a phrase of it (横になる, 手を
    あげる) or alone (あげる: gives); else a compound verb (跳び越える, 泳ぎ渡る) by its first verb."""
    base = japanese_verb_bases(text).get(toks[i].start)
    if base is not None:
        if i and toks[i - 1].text in ("て", "で") and base in _JA_AFTER_TE:
            return None
        for k in (2, 1, 0):
            phrase = "".join(t.text for t in toks[max(0, i - k) : i]) + base
            if phrase in table:
                return table[phrase]
    lemma = toks[i].lemma
    if len(lemma) < 3 or lemma[:2] in _BLEACHED:
        return None
    for entry, cls in _japanese_stems(frozenset(table.items())):
        if lemma.startswith(entry) and len(lemma) > len(entry) + 1:
            return cls
    return None


@lru_cache(maxsize=4)
def _japanese_stems(entries: frozenset[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each verb entry's continuative forms (godan 跳ぶ → 跳び; ichidan 寝る → 寝), longest first."""
    out = []
    for entry, cls in entries:
        if len(entry) < 2 or entry[-1] not in _CONTINUATIVE:
            continue
        out.append((entry[:-1] + _CONTINUATIVE[entry[-1]], cls))
    return sorted(out, key=lambda e: -len(e[0]))


# German: a separable verb's particle ends its clause ("hob den Stein auf": aufheben)
_DE_PARTICLES = frozenset(
    [
        "ab",
        "an",
        "auf",
        "aus",
        "bei",
        "davon",
        "ein",
        "fort",
        "heim",
        "her",
        "herab",
        "heraus",
        "herein",
        "hin",
        "hinab",
        "hinauf",
        "hinaus",
        "hinein",
        "hoch",
        "los",
        "mit",
        "nach",
        "nieder",
        "um",
        "vor",
        "voran",
        "vorbei",
        "weg",
        "weiter",
        "zu",
        "zurück",
        "zusammen",
    ]
)
_DE_CLAUSE_JOINS = frozenset(
    ["und", "oder", "aber", "denn", "als", "weil", "dass", "wenn", "während", "doch", "sondern"]
)


def _german(text: str, toks: Sequence[Word], i: int, table: dict[str, str]) -> str | None:
    last = None
    for k in range(i + 1, len(toks)):
        if toks[k].text in _DE_CLAUSE_JOINS or re.search(r"[.,;:!?\"«»„“”]", text[toks[k - 1].end : toks[k].start]):
            break
        last = toks[k]
    if last is None or last.text not in _DE_PARTICLES:
        return None
    return table.get(last.text + toks[i].lemma)


def _italian(text: str, toks: Sequence[Word], i: int, table: dict[str, str]) -> str | None:
    """A passato remoto in -é of a verb in -ere ("combatté", "batté"), which the dictionary lacks."""
    word = toks[i].text
    return table.get(word[:-1] + "ere") if word.endswith("é") and len(word) > 4 else None


_FORM_READERS = {"ru": _russian, "ja": _japanese, "de": _german, "it": _italian}


# Chinese: the coverbs that make the noun after them a place, a tool, a partner or an object
_ZH_COVERBS = frozenset("在从用和跟与同向朝往对给把被离于到")


def governed(text: str, at: int, language: str) -> bool:
    """Whether the noun at `at` follows a coverb, so is no subject: "在树下睡" sleeps under a tree."""
    return language == "zh" and at > 0 and text[at - 1] in _ZH_COVERBS


Nominal = tuple[int, str, str]  # (position, kind, id): a character, pronoun, group, thing or other named
_ACTING = ("character", "pronoun", "group")
_INVERTING = {"de", "ru"}  # languages whose verb comes second in its clause, its subject after it if need be
_CLAUSE_BREAK = re.compile(r"[,;:—–\"«»„“”]")


def inverted_subject(text: str, at: int, end: int, nominals: list[Nominal], language: str) -> tuple[str, str] | None:
    """The subject named right after a verb (perhaps after an article) where its clause names no one
    before it: "Als Maria kam, schlief Tom", "Da kam der Wolf", "Тут прибежал волк"."""
    if language not in _INVERTING:
        return None
    opening = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)), default=0)
    if any(opening <= n[0] < at and n[1] in _ACTING for n in nominals):
        return None
    after = [n for n in nominals if n[0] >= end]
    if not after or after[0][1] not in (*_ACTING, "other"):
        return None
    between = text[end : after[0][0]]
    words = re.findall(r"\w+", between.lower())
    if _CLAUSE_BREAK.search(between) or any(w not in DETERMINERS.get(language, "").split() for w in words):
        return None
    return after[0][1], after[0][2]


def topic(acting: list[Nominal], text: str, language: str) -> Nominal | None:
    """In Japanese, the first of those named that は marks: the one the sentence is about."""
    if language != "ja":
        return None
    particles = {a: surface for a, _, surface, _, pos in japanese_tokens(text) if pos == "助詞"}
    for n in acting:
        following = [p for p in particles if p > n[0]]
        if following and particles[min(following)] == "は":
            return n
    return None
