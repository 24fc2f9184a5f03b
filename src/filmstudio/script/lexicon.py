"""Finding named things in text of any language the studio speaks.

A lexicon maps keys (a setting, a thing, a time of day) to the words that name them in each language:
our own tables, and the names that Unicode CLDR gives pictured symbols in every language (Debian's
`unicode-cldr-core`: "perro" and "कुत्ता" and "狗" for 🐕). Matching forgives inflection: a word may
carry a short ending ("perros", "Hunde", "कुत्ते", "காட்டில்"); scripts written without spaces (Chinese,
Japanese) are searched for the name itself."""

from __future__ import annotations

import os
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from filmstudio.languages import LANGUAGES
from filmstudio.script.hindi_forms import noun_form as hindi_noun_form
from filmstudio.script.inflected_things import hindi_direct_forms, tamil_verb_not_noun, telugu_ending
from filmstudio.script.lemmas import (
    STEMMERS,
    fold_yo,
    japanese_honorific_nouns,
    japanese_nouns,
    japanese_verb_spans,
    stem_of,
)
from filmstudio.script.makes import written_as_a_make
from filmstudio.script.noun_compounds import Named, compound_parts
from filmstudio.script.noun_readings import (
    TAMIL_POSTPOSITIONS,
    german_form_of_another,
    russian_past_of_a_verb,
    tamil_noun_form,
)
from filmstudio.script.possessed_homes import POSSESSED_HOMES, a_home_word, possessed_here
from filmstudio.script.word_forms import other_form, tamil_bases, unlike_its_lemma
from filmstudio.wordbreak import icu_words

CLDR_DIR = Path(os.environ.get("FILMSTUDIO_CLDR_DIR", "/usr/share/unicode/cldr/common"))
_SPACELESS = {"han", "kana"}
# endings a word may add to a name: plurals and cases in each language; in the Indic scripts any short
# ending (postpositions written together with the noun, as in Tamil and Telugu)
_ENDINGS = {
    "en": ("s", "es", "'s"),
    "es": ("s", "es"),
    "pt": ("s", "es"),
    "ca": ("s", "os"),
    "fr": ("s", "x"),
    "it": (),
    "de": ("e", "en", "n", "er", "es", "s", "ern"),
    "nl": ("en", "s"),
    "sv": ("en", "ar", "er"),
    "ru": ("а", "у", "ом", "е", "ы", "и", "ой", "ах"),
    "uk": ("а", "у", "ом", "і", "и"),
    "tr": ("ler", "lar"),
    "pl": ("y", "i", "a", "u", "em", "ie"),
    "id": (),
    "vi": (),
    "sw": (),
    "ro": ("i", "ul", "a"),
}
_INDIC = ("devanagari", "tamil", "telugu", "bengali")
_INDIC_ENDING = 8
# Hindi writes its postpositions apart: a noun only takes these endings (पहाड़ों, नदियाँ)
_HINDI_ENDINGS = ("", "ों", "ें", "े", "ी", "ियाँ", "ियों", "ाएँ", "ाओं", "ओं", "ीं", "ँ", "ं")
# Bengali's case endings, classifiers and plurals, alone and as they combine (বনে, বনের, গাছটি, পাখিরা)
_BENGALI_ENDINGS = frozenset(
    a + b
    for a in ("", "টি", "টা", "খানা", "খানি", "গুলো", "গুলি", "রা", "েরা", "দের", "য়েরা")
    for b in ("", "র", "ের", "য়ের", "এর", "কে", "তে", "ে", "য়", "য়ে", "এ", "ও", "ই", "েই", "টিতে")
)
# English words that also name a thing but are as often a verb or an adjective: "the wind rose", "they
# saw", "phones ring", "turns orange". They count only after a determiner, a number or a plain adjective.
_EN_HOMOGRAPHS = {
    "rose",
    "saw",
    "ring",
    "bat",
    "bear",
    "duck",
    "fly",
    "seal",
    "watch",
    "orange",
    "star",
    "mirror",
    "bank",
    "match",
    "nail",
    "palm",
    "pen",
    "plant",
    "spring",
    "trunk",
    "well",
    "can",
    "key",
    "fan",
    "glasses",
    "lemon",
    "cap",
    "bow",
    "drum",
    "chain",
    "lock",
    "sink",
    "slide",
}
# "five ducks", "many bears": a number word before a homograph makes it the noun
_EN_NUMBERS = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "hundred",
        "many",
        "several",
        "few",
    ]
)
# English words for a material that, after an article, name a place: "through the wood" is a forest
# (the places' table names it so), "a pile of wood" is wood
_EN_PLACE_AFTER_ARTICLE = {"wood"}
_EN_BEFORE = {
    "a",
    "an",
    "the",
    "his",
    "her",
    "their",
    "my",
    "your",
    "our",
    "its",
    "this",
    "that",
    "these",
    "those",
    "one",
    "two",
    "three",
    "some",
    "every",
    "each",
    "red",
    "white",
    "black",
    "old",
    "new",
    "small",
    "big",
    "little",
    "golden",
    "silver",
    "wooden",
    "single",
    "yellow",
    "green",
    "blue",
    "pink",
}
# the plural articles of the languages whose nouns add -s: a word after one is a noun
_PLURAL_ARTICLES = {
    "es": {"los", "las", "unos", "unas"},
    "pt": {"os", "as", "uns", "umas", "dos", "das", "nos", "nas", "pelos", "pelas"},
    "fr": {"les", "des", "ces", "aux"},
}
# a Romance word for a hill that also counts: "um monte de coisas", "un monte de basura" are a heap, a lot
_ROMANCE_HEAPS = {"monte"}
_A_HEAP_OF = re.compile(r"(?:^|\W)(?:um|uma|un|una|uno)\s+$")
_HEAP_OF_WHAT = re.compile(r"\w*\s+(?:de|di)(?!\w)|\w*\s+d'")
# Tamil's plural joins the noun's oblique stem: மரம் -> மரங்கள், பசு -> பசுக்கள், கதை -> கதைகள்
_TAMIL_PLURALS = (("ங்கள்", "ம்"), ("க்கள்", ""), ("கள்", ""))
# a Chinese noun after a number and its measure word, which ICU's dictionary may join to it (一本书 a book,
# 一封信 a letter, 两把剑 two swords): the noun is a word of its own
_COUNTED = re.compile(
    r"^[一二两三四五六七八九十百几这那每]+[本封把只条张个匹头棵朵片顶件双艘叶盏轮颗枚座间杯碗块]([^\W\d]+)$"
)
# a sum counted in wen (九文, 四文大钱), the copper coins of older Chinese: a numeral, then 文 as a word of its
# own (ICU joins 三文 of 三文鱼, a salmon, into one word)
_NUMERAL = re.compile(r"^[一二两三四五六七八九十百千几数半]+$")
_WEN, _WEN_COINS = "文", "文钱"
_HIRAGANA_WORD = re.compile(r"^[\u3041-\u309f]+$")
# what stands before and after a noun in Japanese written in kana: a particle, punctuation or a space
_JA_AFTER = set("をがにはのでとへもや、。！？」 ")
_JA_BEFORE = set("をがにはのでとへもや、。！？「 ")
_JA_PARTICLES = set("をがにはのでとへもや")
_VIRAMAS = "\u094d\u09cd\u0bcd\u0c4d"  # a final virama drops when an ending joins: நாய் -> நாயுடன்
_TAMIL_HARD = "கசடதப"  # consonants that double at a word's end before a word beginning with them
_TOKEN = re.compile(r"[\w'’\u0900-\u0DFF\u0300-\u036f-]+", re.UNICODE)


@dataclass(frozen=True)
class Annotation:
    name: str  # the spoken name (CLDR "tts")
    keywords: tuple[str, ...]


@lru_cache(maxsize=64)
def cldr_annotations(language: str) -> dict[str, Annotation]:
    """Emoji -> its name and keywords in a language, from CLDR (empty when CLDR is not installed or
    has no such language)."""
    out: dict[str, Annotation] = {}
    for folder in ("annotations", "annotationsDerived"):
        path = CLDR_DIR / folder / f"{language}.xml"
        if not path.is_file():
            continue
        names: dict[str, str] = {}
        keywords: dict[str, tuple[str, ...]] = {}
        for node in ET.parse(path).getroot().iter("annotation"):
            cp, text = node.get("cp", ""), (node.text or "").strip()
            if not cp or not text or text == "↑↑↑":
                continue
            if node.get("type") == "tts":
                names[cp] = text
            else:
                keywords[cp] = tuple(k.strip() for k in text.split("|") if k.strip())
        for cp, name in names.items():
            out[_plain(cp)] = Annotation(name, keywords.get(cp, ()))
    return out


def _plain(emoji: str) -> str:
    return emoji.replace("\ufe0f", "")


def script_of(language: str) -> str:
    return LANGUAGES[language].script if language in LANGUAGES else "latin"


@dataclass(frozen=True)
class Match:
    key: str
    words: tuple[str, ...]  # the words in the text that named it
    position: int  # where it was first named


class Lexicon:
    """Words (single words or phrases) for each key, in one language."""

    def __init__(
        self,
        language: str,
        words: Mapping[str, Iterable[str]],
        *,
        nouns_capitalised: bool = False,
        lowercase_ok: Iterable[str] = (),
        whole_words: dict[str, set[str]] | None = None,
        other_forms: bool = False,
        compounds: bool = False,
        proper: Mapping[str, Iterable[str]] | None = None,
        noun_phrase_only: Iterable[str] = (),
        possessed_home: str | None = None,
    ) -> None:
        """`nouns_capitalised`: German writes nouns with a capital, so "junge" (young) is not "Junge"
        (a boy); the words in `lowercase_ok` (pronouns) match either way. `whole_words` (Chinese and
        Japanese): names found only as a word of their own, by the language's word segmentation. `proper`:
        names -> the keys they name where written as names, capitalised inside a sentence (makes: "the
        Mustang" is a car, script/makes.py); written otherwise they name what `words` gives them (a mustang,
        a horse), if anything. `noun_phrase_only` (English): words met as verbs more often than as nouns,
        found only inside a noun phrase ("a deer hide"; "they hide" is none). `possessed_home`: the key a
        great house's word names where someone owns it ("son logis", script/possessed_homes.py); none where
        not given."""
        self.language = language
        self.noun_phrase_only = frozenset(_normal(w) for w in noun_phrase_only)
        self.other_forms = other_forms  # names found by their other forms too (script/word_forms.py)
        self.compounds = compounds  # an English compound's modifier names nothing (script/noun_compounds.py)
        self.nouns_capitalised = nouns_capitalised
        self.lowercase_ok = {_normal(w) for w in lowercase_ok}
        self.script = script_of(language)
        self._index: dict[str, set[str]] = {}
        for key, names in words.items():
            for name in names:
                name = _normal(name)
                # a pronoun is a word however short: "he", "il", "er"
                if name and (name in self.lowercase_ok or not _too_short(name, self.script)):
                    self._index.setdefault(name, set()).add(key)
        self._named = dict(self._index)  # what names() gives: a make, a name as written, is none of them
        self.possessed_home = possessed_home
        if possessed_home is not None:  # found, to name a home where owned (script/possessed_homes.py)
            for word in POSSESSED_HOMES.get(language, ()):
                self._index.setdefault(word, set())
        self._proper: dict[str, set[str]] = {}
        for name, keys in (proper or {}).items():
            self._proper[_normal(name)] = set(keys)
            self._index.setdefault(_normal(name), set())
        self._whole: dict[str, set[str]] = {}
        for key, names in (whole_words or {}).items():
            for name in names:
                self._whole.setdefault(_normal(name), set()).add(key)
        self._phrases = sorted((n for n in self._index if " " in n), key=len, reverse=True)
        self._singles = {n for n in self._index if " " not in n}
        self._by_prefix: dict[str, list[str]] = {}
        for name in self._singles:
            self._by_prefix.setdefault(name[:2], []).append(name)
        self._by_stem: dict[str, list[str]] = {}
        if language in STEMMERS:
            for name in self._singles:
                self._by_stem.setdefault(stem_of(name, language), []).append(name)

    def names(self) -> dict[str, set[str]]:
        """Every word or phrase the lexicon knows -> the keys it names (makes, names as written, apart)."""
        return self._named

    def find(self, text: str) -> list[Match]:
        """Every key named in the text, in the order first named, with the words that named it. A
        phrase wins over the words inside it ("fire truck" is not a fire)."""
        cased = " ".join(text.replace("’", "'").split())
        low = fold_yo(cased.lower())  # "ё" is "е" for every lookup (the same length: places stay)
        found: dict[str, tuple[int, list[str]]] = {}

        def add(key: str, word: str, at: int) -> None:
            position, words = found.setdefault(key, (at, []))
            if word not in words:
                words.append(word)
            if at < position:
                found[key] = (at, words)

        if self.script in _SPACELESS:
            taken: list[tuple[int, int]] = []
            for indexed in sorted(self._index, key=len, reverse=True):
                for m in re.finditer(re.escape(indexed), low):
                    if any(a < m.end() and m.start() < b for a, b in taken):
                        continue
                    taken.append((m.start(), m.end()))
                    for key in self._index[indexed]:
                        add(key, low[m.start() : m.end()], m.start())
            for start, end, surface, lemma in self._segmented(low):
                keys = self._index.get(lemma) or self._whole.get(lemma) or self._whole.get(surface)
                if keys and not any(a < end and start < b for a, b in taken):
                    taken.append((start, end))
                    for key in keys:
                        add(key, surface, start)
            return _matches(found)

        for phrase in self._phrases:
            # a compound is written spaced or hyphenated alike: "fir tree", "fir-tree"
            spelled = re.escape(phrase).replace(r"\ ", r"[ -]")
            for m in re.finditer(r"(?<!\w)" + spelled + self._ending_pattern() + r"(?!\w)", low):
                keys = self._keys_at(phrase, cased, m.start(), m.end())
                if not keys:
                    continue
                for key in keys:
                    add(key, m.group(0), m.start())
                low = low[: m.start()] + " " * (m.end() - m.start()) + low[m.end() :]
        awadhi = self.language == "hi" and _in_awadhi(low)
        # English compounds' modifiers name no thing of their own: the words named, read together at the end
        compounds: list[Named] | None = [] if self.language == "en" and self.compounds else None
        for m in _TOKEN.finditer(low):
            token = m.group(0).strip("'’-")
            if awadhi and token in _AWADHI_POSSESSIVES:
                continue
            name = self._name_for(token)
            if name is not None and self.language == "de" and len(cased) == len(low):
                written = cased[m.start() : m.end()].strip("'’-")
                written = written if cased != low else written.capitalize()  # a text all in lower case
                if german_form_of_another(token, written, name):  # "bergen", a verb, is no Berg
                    name = None
            if name is None and "'" in token:  # an elided article: l'orologio, d'eau
                token = token.rsplit("'", 1)[1]
                name = self._name_for(token)
            if name is None and "-" in token and self.script in _INDIC:  # verse joins words: நாய்தான்-அது
                token = token.split("-", 1)[0]
                name = self._name_for(token)
            at = m.start()
            if name is None:
                name = self._plural_after_article(token, low, at)
            if name is None and self.other_forms:
                written = cased[m.start() : m.end()].strip("'’-") if len(cased) == len(low) else token
                name, head = other_form(self, token, written)
                if head:  # the part of a compound that named it (an old spelling's head ends it)
                    at += token.rfind(head) if head in token else len(token) - len(head)
                token = head or token
            if name is not None and a_home_word(name, self.language) and possessed_here(low, at, self.language):
                if self.possessed_home is not None:  # "son logis": his house
                    add(self.possessed_home, token, at)
                continue
            if name is not None and self._fits_here(name, cased, low, at):
                if compounds is not None:
                    compounds.append(Named(m.start(), m.end(), token, name, at))
                    continue
                for key in self._keys_at(name, cased, at, at + len(token)):
                    add(key, token, at)
        if compounds is not None:  # "the dog bed" is a bed (script/noun_compounds.py)
            parts = compound_parts(compounds, low, self._kinds_of, self._verb_like)
            for i, named in enumerate(compounds):
                here = self._keys_at(named.name, cased, named.at, named.at + len(named.token))
                for key in here if i not in parts else ():
                    add(key, named.token, named.at)
        return _matches(found)

    def _keys_at(self, name: str, cased: str, start: int, end: int) -> set[str]:
        """The keys a name found at [start, end) names: a make's where it is written as a name there."""
        if name in self._proper and len(cased) >= end and written_as_a_make(cased, start, end):
            return self._proper[name]
        return self._index[name]

    def _kinds_of(self, name: str) -> set[str]:
        from filmstudio.script.things_table import parse_table

        kinds = {key: kind for key, kind, _ in parse_table()}
        return {kinds[key] for key in self._index.get(name, ()) if key in kinds}

    @staticmethod
    def _verb_like(name: str) -> bool:
        from filmstudio.script.verbs import verb_words

        return name in _EN_HOMOGRAPHS or name in verb_words("en")

    def _plural_after_article(self, token: str, low: str, at: int) -> str | None:
        """A plural after a plural article is a noun, though its lemma is a verb's: "as serras" are mountain
        ranges (serras: you saw), "los montes" mountains."""
        articles = _PLURAL_ARTICLES.get(self.language)
        if not articles or not token.endswith("s"):
            return None
        before = low[max(0, at - 8) : at].split()
        if not before or before[-1] not in articles:
            return None
        singulars = [token[:-1], token[:-2]] if token.endswith("es") else [token[:-1]]
        return next((n for n in singulars if n in self._singles), None)

    def knows(self, word: str) -> bool:
        """A single word the lexicon holds as written (lower case)."""
        return fold_yo(word) in self._singles

    def name_for(self, token: str) -> str | None:
        """The name a token is, as written or with one of its language's endings."""
        return self._name_for(fold_yo(token))

    def _segmented(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, surface, dictionary form) of each word: Japanese nouns by MeCab (a noun written
        in kana found by its kanji: もも is 桃), Chinese words by ICU's dictionary."""
        if self.language == "ja":
            return [*self._honorific_nouns(text), *japanese_nouns(text), *self._kana_words(text)]
        if not self._whole:
            return []
        out: list[tuple[int, int, str, str]] = []
        at = 0
        for word in icu_words(text, self.language) or []:
            start = text.find(word, at)
            if start >= 0:
                at = start + len(word)
                counted = _COUNTED.match(word)
                if counted and counted.group(1) in self._whole:  # 一本书: a book, counted
                    out.append((start + counted.start(1), at, counted.group(1), counted.group(1)))
                elif word == _WEN and out and _NUMERAL.match(out[-1][2]) and out[-1][1] == start:
                    first = out.pop()[0]  # 九文: nine coins
                    out.append((first, at, text[first:at], _WEN_COINS))
                else:
                    out.append((start, at, word, word))
        return out

    def _honorific_nouns(self, text: str) -> list[tuple[int, int, str, str]]:
        """A noun with お or ご before it and さま or さん after (お日さま, お星さま, お宮): the whole where the
        lexicon knows it so (お日様, the sun, where 日 alone is a day); else the noun alone names it."""
        out = []
        for start, end, surface, forms in japanese_honorific_nouns(text):
            known = next((f for f in forms if f in self._index or f in self._whole), None)
            if known is not None:
                out.append((start, end, surface, known))
        return out

    def _kana_words(self, text: str) -> list[tuple[int, int, str, str]]:
        """Names written in hiragana that stand between particles, as a children's book writes them
        ("ほんをよみました", "おはなをつみました"): MeCab, reading kana without kanji, often cuts them as
        other words (ほん as a pronoun, はな as 端)."""
        out = []
        verbs = japanese_verb_spans(text)
        for name in self._whole:
            if not _HIRAGANA_WORD.match(name) or len(name) < 2:
                continue
            for m in re.finditer(re.escape(name), text):
                if self._in_a_verb(m.start(), m.end(), text, verbs):
                    continue
                before, after = text[max(0, m.start() - 2) : m.start()], text[m.end() : m.end() + 1]
                starts = (
                    not before
                    or before[-1] in _JA_BEFORE
                    or before[-1] in "おご"
                    and (len(before) < 2 or before[0] in _JA_BEFORE)
                )
                if starts and after and after in _JA_AFTER:
                    out.append((m.start(), m.end(), name, name))
        return out

    @staticmethod
    def _in_a_verb(start: int, end: int, text: str, verbs: tuple[tuple[int, int], ...]) -> bool:
        """Kana inside a verb (げた of にげた, ran away), or a whole verb in its joining form before a comma
        (山へゆき、, going: 行き). MeCab reads a kana noun before a case particle as a verb too (いわの,
        くさりを), so there the noun stands."""
        for a, b in verbs:
            if a < start < b:
                return True
            if a == start and b >= end and text[end : end + 1] not in _JA_PARTICLES:
                return True
        return False

    def _fits_here(self, name: str, cased: str, low: str, at: int) -> bool:
        start = at  # a compound's head is capitalised where the compound begins: "Apfelbaum"
        while start > 0 and low[start - 1].isalnum():
            start -= 1
        if self.nouns_capitalised and name not in self.lowercase_ok and not cased[start : start + 1].isupper():
            return False
        if name in self._proper and len(cased) == len(low) and written_as_a_make(cased, start, at + len(name)):
            return True
        if not self._index[name]:
            return False  # a make written as a common word, which it is not
        if self.language == "en" and name in _EN_PLACE_AFTER_ARTICLE:
            before = re.findall(r"[\w']+", low[max(0, at - 40) : at])
            return not before or before[-1] not in ("a", "the", "this", "that")
        if self.language == "ru" and _ru_past_verb_here(low, at):
            return False
        if self.language == "ru" and _RU_VERB_HOMOGRAPH.match(low, at):
            return _ru_noun_here(low, at)
        word = re.match(r"\w+", low[at:])
        if self.language == "ru" and word and russian_past_of_a_verb(word.group(0), name):  # "кот мыл": no soap
            return _ru_noun_here(low, at)
        if self.language in _ROMANCE_VERB_AFTER and _ROMANCE_VERB_AFTER[self.language].search(
            low[max(0, at - 12) : at]
        ):
            return False
        if name in _ROMANCE_HOMOGRAPHS.get(self.language, {}):
            before = re.findall(r"[\w']+", low[max(0, at - 30) : at])
            return bool(before) and before[-1] in _ROMANCE_HOMOGRAPHS[self.language][name]
        if name in _ROMANCE_HEAPS and _A_HEAP_OF.search(low[max(0, at - 6) : at]) and _HEAP_OF_WHAT.match(low, at):
            return False
        if self.language == "en" and (_en_verb_here(low, at) or _en_called_here(cased, at, len(name))):
            return False
        if self.language == "en" and name in _EN_HOMOGRAPHS:
            before = re.findall(r"[\w']+", low[max(0, at - 40) : at])
            # "five ducks", "the 3 bears": a number counts the noun after it
            return bool(before) and (before[-1] in _EN_BEFORE or before[-1].isdigit() or before[-1] in _EN_NUMBERS)
        if name in self.noun_phrase_only:
            return _in_a_noun_phrase(low, at)
        return True

    def _ending_pattern(self) -> str:
        if self.language == "hi":
            return "(?:" + "|".join(re.escape(e) for e in _HINDI_ENDINGS if e) + ")?"
        if self.script in _INDIC:
            return r"\w{0," + str(_INDIC_ENDING) + "}"
        endings = _ENDINGS.get(self.language, ("s",))
        return "(?:" + "|".join(re.escape(e) for e in endings) + ")?" if endings else ""

    def _ends_well(self, token: str, name: str) -> bool:
        rest = token[len(name) :]
        if self.language == "hi":
            return rest in _HINDI_ENDINGS
        if self.language == "bn":
            return rest in _BENGALI_ENDINGS
        if self.language == "te" and not telugu_ending(rest):  # కత్తిరించాడు (cut) is no knife
            return False
        if self.script in _INDIC:
            return len(rest) <= _INDIC_ENDING
        return rest == "" or rest in _ENDINGS.get(self.language, ("s",))

    def _stemmed(self, token: str) -> str | None:
        """The name whose Snowball stem the token's is. A Tamil name the stemmer shortens (a loanword
        ending as a case does: வயலின், a violin; வயலில், in the field) must begin the token as written."""
        if self.language == "ta" and len(token) > 3 and token[-1] in _VIRAMAS and token[-2] in _TAMIL_HARD:
            token = token[:-2]  # a hard consonant doubled before the next word: கோவிலுக்குச் சென்றாள்
        stem = stem_of(token, self.language)
        best = None
        if len(stem) >= 2:
            if stem in self._singles:  # the token's stem is a name the stemmer itself shortens: கோவில்
                best = stem
            for name in self._by_stem.get(stem, ()):
                if token == stem:
                    continue  # the bare stem is a word of its own: हाथ (a hand) is not हाथी (an elephant)
                if self.language == "ta" and stem_of(name, "ta") != name and not _begins(token, name):
                    continue
                if best is None or _closer(token, name, best):
                    best = name
        return best

    def _tamil_name(self, token: str) -> str | None:
        """A Tamil noun with its plural -கள் and a case after it (மரங்கள், பூக்களை, மரங்களின்), or a case
        its stemmer leaves on (கதவை, வாளை, விளக்கை): the noun in the lexicon."""
        forms = [token, *tamil_bases(token)]
        for form in list(forms):
            for plural, base in _TAMIL_PLURALS:
                if form.endswith(plural) and len(form) - len(plural) >= 2:
                    forms.append(form[: -len(plural)] + base)
        return next((form for form in forms if form in self._singles), None)

    def _name_for(self, token: str) -> str | None:
        if token in _NO_THING.get(self.language, ()) or self.language == "ta" and token in TAMIL_POSTPOSITIONS:
            return None
        if token in self._singles:
            return token
        if self.language in STEMMERS:
            found = self._stemmed(token)
            if found is not None and self.language == "hi" and not hindi_noun_form(token, found):
                found = None  # a stem alone is no noun: the name शेरू is no शेर (script/hindi_forms.py)
            if found is None and self.language == "ta":
                found = self._tamil_name(token)
            if found is None and self.language == "hi":  # कुएँ, the well's oblique (script/inflected_things.py)
                found = next((f for f in hindi_direct_forms(token) if f in self._singles), None)
            if found is not None and not _short_form_fits(token, found, self.language):
                return None
            if found is not None and self.language == "ta" and tamil_verb_not_noun(token, found):
                return None
            if found is not None and self.language == "ta" and not tamil_noun_form(token, found):
                return None  # a short noun takes only its own endings, not any longer word
            if found is not None or self.language == "ta":
                return found
        best = None
        for name in self._by_prefix.get(token[:2], ()):
            if token.startswith(name) and self._ends_well(token, name):
                fits = not unlike_its_lemma(token, name, self.language)
            elif self.script in _INDIC and name[-1] in _VIRAMAS and len(name) >= 4:
                # a final consonant drops or doubles before an ending: கிராமம் -> கிராமத்தில்
                # (dropping the virama alone keeps the consonant, so a short word's stem may be 3 long:
                # கடல் -> கடலின்)
                stems = [stem for stem, least in ((name[:-1], 3), (name[:-2], 4)) if len(stem) >= least]
                fits = any(
                    token.startswith(stem) and len(token) > len(stem) and self._ends_well(token, stem) for stem in stems
                )
            else:  # Marathi inflects the final vowel (Hindi's stems are Snowball's): घोडा -> घोडे
                fits = (
                    self.script == "devanagari"
                    and self.language not in STEMMERS
                    and len(name) >= 4
                    and len(token) >= len(name)
                    and token[: len(name) - 1] == name[:-1]
                    and len(token) - len(name) <= 2
                )
            if fits and (best is None or len(name) > len(best)) and _short_form_fits(token, name, self.language):
                best = name
        return best


# Indic words that name no thing though a thing's name is in them or they are one's form: pronouns and
# possessives of verse (Awadhi मोरे "my", जगु "the world"), numerals (चारों "all four", no clover), the world
# (जग, জগতে: no jug), "we" and "whom" (আমরা, কাকে: no mango, no crow)
_NO_THING = {
    "hi": frozenset(
        ["मोरे", "मोरी", "मोरा", "तोरे", "तोरी", "तोरा", "हमार", "तुम्हार", "जग", "जगु", "जगत", "जगहि", "चार", "चारों"]
    ),
    "bn": frozenset(
        ["আমরা", "আমার", "আমারে", "আমাকে", "কাকে", "জগ", "জগৎ", "জগতে", "জগতের", "জগতে", "মোর", "মোরা", "মোরে", "তোর", "তোরা"]
    ),
    "ta": frozenset(["என்", "உன்", "தன்", "நம்", "எம்", "உம்", "இது", "அது"]),
}
# Awadhi and Braj verse (the Ramcharitmanas, the bhakti poets) say "my" and "your" as मोर and तोर, which Hindi
# reads as a peacock: in a text that speaks so, by two of these pronouns, they are pronouns
_AWADHI_POSSESSIVES = frozenset(("मोर", "तोर"))
_AWADHI_MARKERS = frozenset(
    [
        "मोहि",
        "तोहि",
        "मोरे",
        "मोरी",
        "मोरा",
        "तोरे",
        "तोरी",
        "तोरा",
        "हमार",
        "तुम्हार",
        "जेहि",
        "तेहि",
        "केहि",
        "कहँ",
        "भयउ",
        "कीन्ह",
        "कहहिं",
        "सुनहु",
    ]
)


def _in_awadhi(low: str) -> bool:
    return len(_AWADHI_MARKERS.intersection(low.split())) >= 2


# Bengali endings that begin with a classifier or a case a short noun takes as a noun (আমগুলো, বইটি, আমের)
_BENGALI_SHORT_ENDINGS = frozenset(
    e
    for e in _BENGALI_ENDINGS
    if e.startswith(("টি", "টা", "খানা", "খানি", "গুলো", "গুলি")) or e in ("", "ের", "এর", "য়ের", "য়ে", "য়")
)
# ... and the cases and particles it takes after a vowel (বইতে, বইও) or a consonant (ইটে, আমও), though not the
# plural -রা nor -তে after a consonant, which make pronouns of it (আমরা "we", জগতে "in the world")
_BENGALI_VOWELS = "অআইঈউঊঋএঐওঔ"
_BN_AFTER_VOWEL = frozenset(("ও", "ই", "কে", "তে", "য়ে", "র", "য়ের"))
_BN_AFTER_CONSONANT = frozenset(("ও", "ই", "কে", "ে", "েই", "ের"))
# a name this short is matched with an ending only where the ending is one a noun takes
_SHORT_NAME = 3


def _short_form_fits(token: str, name: str, language: str) -> bool:
    """Whether a token read as a short name (of three letters or fewer) is one of that noun's forms: a
    suffix stripped off a short word leaves a stem that many pronouns and verbs share."""
    if token == name or len(name) > _SHORT_NAME:
        return True
    if language == "hi":
        return hindi_noun_form(token, name)
    if language == "bn":
        rest = token[len(name) :]
        vowel_final = unicodedata.category(name[-1]) != "Lo" or name[-1] in _BENGALI_VOWELS
        return (
            len(name) > 2
            or rest in _BENGALI_SHORT_ENDINGS
            or rest in (_BN_AFTER_VOWEL if vowel_final else _BN_AFTER_CONSONANT)
        )
    if language == "ta":  # ஆடும் "will dance", no goats: a short name in -உ with -உம் is as often a verb's
        return not (name.endswith("ு") and token == name + "ம்")
    return True


# an English word right after a subject pronoun or a modal is the verb ("she leaves", "it will rock",
# "he keys in"): a noun never stands there without a determiner
_EN_SUBJECTS_AND_MODALS = re.compile(
    r"(?:^|[^\w'])(?:i|you|we|they|he|she|it|who|will|would|shall|should|can|could|may|might|must|"
    r"don't|doesn't|didn't|won't|can't)\s+$"
)
# a capitalised word that opens a call ("Eagle, this is Houston") or ends one ("Roger, Falcon.") is a
# name or a call sign spoken to, not the animal or the thing
_EN_THIS_IS = re.compile(r"\b(?:this\s+is|here\s+is|calling|call\s+sign)\s+$", re.I)
_EN_CALL_NUMBER = re.compile(r"\s+(?:One|Two|Three|Four|Five|Six|Seven|Eight|Niner|Nine|Leader|Actual|Base|\d+)\b")
_EN_CALL_OPENS = re.compile(r",\s+(?:this|it's|i|we|you|here|do|come|listen|over|roger|copy)\b", re.I)


# a Russian word in -л, -ла, -ло, -ли right after a subject pronoun is a past verb: "она мыла" (she washed)
# is no soap, "они ели" (they ate) no firs
_RU_SUBJECT = re.compile(r"(?:^|[^\w])(?:я|ты|он|она|оно|мы|вы|они)\s+$")
_RU_PAST = re.compile(r"\w+(?:л|ла|ло|ли)(?:сь|ся)?(?!\w)")


# a Romance word right after a subject pronoun or an unstressed object one is the verb: "ella vela toda la noche"
# (keeps watch, no candle), "il marche", "lei pesca", "ele nada", "se sobra"
_ROMANCE_VERB_AFTER = {
    "es": re.compile(r"(?:^|[^\w'])(?:yo|tú|él|ella|ellos|ellas|usted|ustedes|se|me|te|nos|os|le|les)\s+$"),
    "pt": re.compile(r"(?:^|[^\w'])(?:eu|tu|ele|ela|eles|elas|você|vocês|se|me|te|lhe|lhes)\s+$"),
    "it": re.compile(r"(?:^|[^\w'])(?:io|tu|lui|lei|egli|ella|noi|voi|si|mi|ti|ci|vi|ne)\s+$"),
    "fr": re.compile(r"(?:^|[^\w'])(?:je|j'|tu|il|elle|ils|elles|on|nous|vous|se|s'|me|m'|te|t'|ne|n')\s*$"),
}

# a Romance word that is as often a verb's form names its thing only after a determiner or a preposition:
# "nadie vino" (no one came), "el vino", "una copa de vino"
_ES_DETERMINERS = frozenset(
    [
        "el",
        "un",
        "del",
        "al",
        "de",
        "su",
        "sus",
        "mi",
        "mis",
        "tu",
        "este",
        "ese",
        "aquel",
        "buen",
        "mal",
        "mucho",
        "poco",
        "más",
        "otro",
        "con",
        "sin",
    ]
)
_ROMANCE_HOMOGRAPHS = {"es": {"vino": _ES_DETERMINERS, "vinos": _ES_DETERMINERS | {"los", "unos"}}}


# Russian past verbs that are a thing's form too: "дети ели кашу" (ate: no firs), "мама мыла посуду" (washed: no
# soap). They name the thing after a preposition, an adjective or a word of measure, or opening a sentence.
_RU_VERB_HOMOGRAPH = re.compile(r"(?:ели|мыла)(?!\w)")
_RU_NOUN_BEFORE = re.compile(
    r"(?:(?<!\w)(?:на|под|в|во|с|со|у|из|для|без|от|к|за|над|по|о|об|среди|между|кусок|куска|кусочек|запах|пена)"
    r"|\w(?:ые|ие|ая|яя|ой|ей|ую|юю|ого|его|ым|им))\s+$"
)


def _ru_noun_here(low: str, at: int) -> bool:
    before = low[max(0, at - 20) : at]
    return not before.strip() or before.rstrip()[-1:] in '.!?…—«"' or bool(_RU_NOUN_BEFORE.search(before))


def _ru_past_verb_here(low: str, at: int) -> bool:
    return bool(_RU_SUBJECT.search(low[max(0, at - 6) : at])) and _RU_PAST.match(low, at) is not None


def _en_verb_here(low: str, at: int) -> bool:
    return bool(_EN_SUBJECTS_AND_MODALS.search(low[max(0, at - 12) : at]))


# the words that open a singular noun phrase, whose noun may have another noun before it ("a deer hide", "his
# goat hide"): "the" and "their" left out, as often a plural subject's ("the children hide")
_EN_OPENS_ONE = {"a", "an", "his", "her", "my", "your", "its", "our", "this", "that", "every", "each"}


def _in_a_noun_phrase(low: str, at: int) -> bool:
    """A word right after a determiner, a number or an adjective, or after one opening a singular noun phrase
    and one more word ("a deer hide", "an old hide")."""
    before = re.findall(r"[\w']+", low[max(0, at - 40) : at])
    if before and (before[-1] in _EN_BEFORE or before[-1].isdigit() or before[-1] in _EN_NUMBERS):
        return True
    return len(before) >= 2 and before[-2] in _EN_OPENS_ONE and not before[-1].endswith("s")


def _en_called_here(cased: str, at: int, length: int) -> bool:
    if not cased[at : at + 1].isupper():
        return False
    end = at + length
    while end < len(cased) and cased[end].isalpha():
        end += 1
    before = cased[max(0, at - 3) : at]
    # what comes before may be a heading or another's line, run together: only a determiner or an adjective
    # before it makes it the thing ("the Eagle, this is it")
    previous = re.findall(r"[\w']+", cased[max(0, at - 30) : at].lower())
    opens_call = (not previous or previous[-1] not in _EN_BEFORE) and bool(_EN_CALL_OPENS.match(cased, end))
    ends_call = before.endswith(", ") and re.match(r"[.!?]", cased[end : end + 1]) is not None
    # "this is Heron One", "Eagle Two, come in": a craft's call sign, said on the radio
    signs = bool(_EN_THIS_IS.search(cased[max(0, at - 12) : at])) or bool(_EN_CALL_NUMBER.match(cased, end))
    return opens_call or ends_call or signs


def _closer(token: str, name: str, best: str) -> bool:
    """Of two names with the token's stem, the longer; of two as long, the one the token's spelling
    follows further, a long ī read as the short i its plural writes (मुर्गियाँ: मुर्गी, a hen, not मुर्गा,
    a cock), then the first in order, so the choice never depends on a set's order."""
    if len(name) != len(best):
        return len(name) > len(best)
    near, far = _shared(token, name.replace("ी", "ि")), _shared(token, best.replace("ी", "ि"))
    return near > far or near == far and name < best


def _shared(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _begins(token: str, name: str) -> bool:
    """The token is the name and an ending, a final virama giving way to the ending's vowel sign
    (கோவில் -> கோவிலுக்கு)."""
    if token.startswith(name):
        return True
    cut = len(name) - 1
    return (
        name[-1] in _VIRAMAS
        and len(token) > cut
        and token.startswith(name[:cut])
        and unicodedata.category(token[cut]) in ("Mn", "Mc")
    )


def _matches(found: dict[str, tuple[int, list[str]]]) -> list[Match]:
    return [Match(key, tuple(words), at) for key, (at, words) in sorted(found.items(), key=lambda kv: kv[1][0])]


def _normal(text: str) -> str:
    return " ".join(fold_yo(text.lower().replace("’", "'")).split())


def _too_short(name: str, script: str) -> bool:
    if script in _SPACELESS:
        return len(name) < 1
    if script in ("devanagari", "tamil", "telugu", "bengali"):
        return len(name) < 2
    # a two-letter word an accent sets apart is a word of its own: "té" (tea) is not "te" (you)
    return len(name) < 3 and (len(name) < 2 or name.isascii())
