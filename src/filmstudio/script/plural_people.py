"""What makes a plural word for people a group that acts, beside the article or quantifier groups.py reads:

- a number written out, a range of two, or a word of many with its "of": "ten or fifteen carefree youths",
  "a dozen or so idlers", "some thirty sailors", "zehn bis zwölf Bauern", "beaucoup de gens", "la mayoría
  de los vecinos", "lots of people" (the phrase's opening is where the group's phrase starts);
- a bare plural opening its sentence, told in the past: "Fishermen hauled in their nets", "Holzfäller
  kamen ihr entgegen" (a saying of anyone is in the present: "Farmers are lazy", "Bauern sind faul");
- and what undoes it: its verb denied ("the fishermen did not come", "les paysans ne vinrent pas").

Number words are a closed class: the roles' list (one to twelve, the tens) and the teens here."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from filmstudio.script.lemmas import lemma_of
from filmstudio.script.negation import _NOT
from filmstudio.script.roles import NUMBER_WORDS

_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+")
# the teens and hundreds the roles' list leaves out, and the words that count by dozens
_MORE_NUMBERS = {
    "en": "dozen score hundred hundreds",
    "de": "dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn hundert dutzend",
    "fr": "treize quatorze quinze seize cent",
    "es": "trece catorce quince dieciséis diecisiete dieciocho diecinueve cien",
    "it": "tredici quattordici quindici sedici diciassette diciotto diciannove venti trenta quaranta cinquanta cento",
    "pt": "treze catorze quatorze quinze dezesseis dezessete dezoito dezenove vinte trinta quarenta cinquenta cem",
    "ru": "пятнадцать двадцать тридцать сорок пятьдесят сто",
}
# what joins two numbers into a range ("ten or fifteen", "zehn bis zwölf") or makes one a guess
_RANGE = {"en": "or to", "de": "oder bis", "fr": "ou à", "es": "o a", "it": "o a", "pt": "ou a", "ru": "или"}
_ABOUT = {
    "en": "a an some about around nearly almost over perhaps",
    "de": "etwa ungefähr fast über rund",
    "fr": "environ presque",
    "es": "unos unas casi",
    "it": "circa quasi",
    "pt": "uns umas cerca quase",
    "ru": "около почти",
}
# "or so" after a number ("a dozen or so"): a guess at how many
_GUESS = {"en": ("or", "so"), "de": ("oder", "so")}
# words of many whose "of" brings in the group itself ("lots of people", "beaucoup de gens")
_MANY_OF = {
    "en": r"(?:a\s+lot|lots|plenty|dozens|scores|hundreds|a\s+great\s+many|a\s+number|a\s+score|most|many)\s+of"
    r"(?:\s+the)?",
    "fr": r"(?:beaucoup|peu|trop|tant|assez|plein|nombre|la\s+plupart|une\s+(?:quinzaine|vingtaine|trentaine|"
    r"quarantaine|cinquantaine|centaine))\s+(?:de\s+|d['’]|des\s+)",
    "es": r"(?:la\s+mayoría|cientos|docenas|decenas|montones|un\s+montón|una\s+(?:veintena|treintena|centena))"
    r"\s+de(?:\s+los|\s+las)?",
    "it": r"(?:un\s+sacco|centinaia|decine|dozzine|la\s+maggior\s+parte|una\s+(?:quindicina|ventina|trentina|"
    r"quarantina|cinquantina)|un\s+centinaio)\s+(?:di|dei|degli|delle)",
    "pt": r"(?:a\s+maioria|centenas|dezenas|dúzias|um\s+monte|uma\s+(?:vintena|quinzena|centena))\s+(?:de|dos|das)",
    "de": r"(?:eine\s+Menge|Dutzende|Hunderte|die\s+meisten|ein\s+Dutzend)(?:\s+von)?",
}
# the verbs that say what is, not what happened: a bare plural before them says what its kind is
_STATIVE_EN = frozenset(
    ["are", "were", "have", "do", "can", "could", "will", "would", "may", "might", "must", "should"]
)
# verbs of an attitude, in the past as much a saying of a kind as in the present ("Farmers hated rain")
_ATTITUDE = frozenset(
    [
        "hate",
        "love",
        "like",
        "dislike",
        "know",
        "believe",
        "think",
        "prefer",
        "fear",
        "want",
        "need",
        "own",
        "hassen",
        "lieben",
        "mögen",
        "wissen",
        "glauben",
        "denken",
        "kennen",
        "fürchten",
        "brauchen",
    ]
)


@lru_cache(maxsize=16)
def _numbers(language: str) -> frozenset[str]:
    # "un", "one": the article's word as often as the number, and never a group
    return frozenset(w for w, n in NUMBER_WORDS.items() if n > 1) | frozenset(_MORE_NUMBERS.get(language, "").split())


def _number(word: str, language: str) -> bool:
    """A number written in digits or words, or two joined by a dash ("ten-fifteen", "twenty-five")."""
    parts = [p for p in re.split(r"[-‐–]", word.lower()) if p]
    return bool(parts) and all(p.isdigit() or p in _numbers(language) for p in parts)


def counted_phrase(text: str, start: int, language: str, is_adjective: Callable[[str], bool]) -> int | None:
    """Where the phrase that counts the noun at `start` begins ("ten or fifteen carefree youths", "a dozen or
    so idlers", "beaucoup de gens"), or None. `is_adjective` tells a word that may stand between the count
    and the noun (groups.py's reading: no verb, no noun)."""
    window = text[max(0, start - 60) : start]
    many_of = _MANY_OF.get(language)
    if many_of:
        m = re.search(rf"(?<!\w)(?:{many_of})\s*$", window, re.IGNORECASE)
        if m is not None:
            return max(0, start - 60) + m.start()
    clause = re.split(r"[.!?;:,\"“”„«»()\n—]", window)[-1]
    offset = start - len(clause)
    words = [(offset + m.start(), m.group(0)) for m in _WORD.finditer(clause)]
    k = len(words)
    adjectives = 0
    while k and adjectives < 2 and not _number(words[k - 1][1], language) and is_adjective(words[k - 1][1]):
        k, adjectives = k - 1, adjectives + 1
    guess = _GUESS.get(language)
    if guess and k >= 2 and tuple(w.lower() for _, w in words[k - 2 : k]) == guess:
        k -= 2
    if not k or not _number(words[k - 1][1], language):
        return None
    k -= 1
    ranges = set(_RANGE.get(language, "").split())
    if k >= 2 and words[k - 1][1].lower() in ranges and _number(words[k - 2][1], language):
        k -= 2
    if k and words[k - 1][1].lower() in set(_ABOUT.get(language, "").split()):
        k -= 1
    return words[k][0]


def bare_past_subject(text: str, start: int, end: int, language: str) -> bool:
    """Whether a plural with no article opens its sentence and its verb, right after it, tells what
    happened: "Fishermen hauled in their nets", "Holzfäller kamen ihr entgegen"; not "Farmers are lazy"."""
    if language not in ("en", "de"):
        return False
    opened = max(text.rfind(p, 0, start) for p in '.!?\n"“”„«»:;')
    if text[opened + 1 : start].strip():
        return False
    after = _WORD.findall(re.split(r"[.!?;:,\"“”„«»()\n—–]", text[end : end + 60])[0])
    if language == "en" and after and after[0].lower().endswith("ly"):
        after = after[1:]  # "Fishermen slowly hauled"
    if not after:
        return False
    verb = after[0]
    if verb[:1].isupper() or verb.lower() in _STATIVE_EN or lemma_of(verb.lower(), language) in _ATTITUDE:
        return False
    if language == "en":
        return verb.endswith("ed") or (lemma_of(verb, "en") != verb and not verb.endswith(("s", "ing")))
    # German's past in the plural: "-ten" of the weak verbs, a strong verb's changed stem ("kamen", not
    # "kommen": the present is its dictionary form)
    return verb.endswith("en") and lemma_of(verb, "de") != verb


def denied(text: str, end: int, language: str) -> bool:
    """Whether the group's verb after it is denied within its first words: "the fishermen did not come",
    "les paysans ne vinrent pas", "los vecinos no salieron", "die Bauern kamen nicht", "крестьяне не пришли"."""
    nots = _NOT.get(language)
    if not nots:
        return False
    clause = re.split(r"[.!?;:,\"“”„«»()\n—–]", text[end : end + 60])[0].lower()
    words = [w.split("'")[0] + "'" if "'" in w and language == "fr" else w for w in _WORD.findall(clause)]
    within = 3 if language in ("en", "de") else 1
    return any(w in nots or w.endswith("n't") for w in words[:within])


# an agent's ending on the dictionary form and the verb endings it is made from ("vendangeur": vendanger,
# "mietitore": mietere, "pescador": pescar, "косарь": косить, "учитель": учить); a woman's form after "/"
_AGENT_OF_VERB = {
    "fr": (("ateur", "er"), ("eur", "er"), ("euse", "er/"), ("atrice", "er/")),
    "it": (("atore", "are"), ("itore", "ere ire"), ("etore", "ere"), ("atrice", "are/"), ("itrice", "ere ire/")),
    "es": (("adora", "ar/"), ("edora", "er/"), ("idora", "ir/"), ("ador", "ar"), ("edor", "er"), ("idor", "ir")),
    "pt": (("adora", "ar/"), ("edora", "er/"), ("idora", "ir/"), ("ador", "ar"), ("edor", "er"), ("idor", "ir")),
    "ru": (("арь", "ить ать"), ("тель", "ть")),
}


@lru_cache(maxsize=4096)
def agent_noun(word: str, language: str) -> tuple[str, str, str, str, str, None] | None:
    """groups.py's reading of a plural noun made from a verb the dictionary holds, as the word for one who
    does it is made ("les vendangeurs", "i mietitori", "los segadores", "косари"), or None. Only a noun
    whose verb, right after it, is a person's act is read so (groups.py): a thing made so ("aspirateurs")
    does not sing."""
    import simplemma

    from filmstudio.script.trades import _named_otherwise

    low = word.lower()
    lemma = lemma_of(low, language)
    if lemma == low or len(lemma) < 5:
        return None  # no plural
    for ending, verbs in _AGENT_OF_VERB.get(language, ()):
        if not lemma.endswith(ending):
            continue
        stem = lemma[: -len(ending)]
        made = [stem + v for v in verbs.rstrip("/").split()]
        if any(simplemma.is_known(v, lang=language) and lemma_of(v, language) == v for v in made):
            if language != "ru" and _named_otherwise(lemma, low, language):
                return None
            female = verbs.endswith("/")
            return lemma, "person", "women" if female else "people", "female" if female else "", "", None
    return None


def counted_verb_ru(text: str, end: int) -> bool:
    """Whether a Russian group counted ("много людей", "пять крестьян") goes on to its verb in the neuter
    singular, as a counted subject may: "много людей пришло", "пять крестьян вошло"."""
    clause = re.split(r"[.!?;:,\"“”„«»()\n—–]", text[end : end + 60])[0].lower()
    words = _WORD.findall(clause)
    return bool(words) and len(words[0]) > 3 and words[0].endswith(("ло", "лось"))


# Japanese words of many before a noun and its の ("たくさんの人", "大勢の村人"), a closed class
_JA_QUANTITY = frozenset({"たくさん", "沢山", "大勢", "多く", "大ぜい", "数人", "何人", "皆", "みんな", "おおぜい"})
_JA_SUBJECT = frozenset({"は", "が", "も"})
# the dictionary form of a Japanese verb ends in a kana of the u-row; its endings of a finite past or polite form
_JA_U_ROW = tuple("うくぐすつぬぶむる")
_JA_FINITE = frozenset({"ます", "た", "だ"})


def counted_ja(words: list[tuple[int, int, str, str]], k: int) -> bool:
    """Whether a word of many and its の stand before the noun at `k` ("たくさんの人", "大勢の漁師")."""
    return k >= 2 and words[k - 1][2] == "の" and (words[k - 2][2] in _JA_QUANTITY or words[k - 2][3] in _JA_QUANTITY)


def finite_after_ja(words: list[tuple[int, int, str, str]]) -> bool:
    """Whether the clause after a group (its words) opens with the subject's particle and goes on to a
    verb told as done: "は船を出しました", "が集まった" (a verb the reading need not know)."""
    if not words or words[0][2] not in _JA_SUBJECT:
        return False
    for i, (_, _, _, lemma) in enumerate(words[1:-1], start=1):
        if len(lemma) >= 2 and lemma.endswith(_JA_U_ROW) and words[i + 1][3] in _JA_FINITE:
            return True
    return False
