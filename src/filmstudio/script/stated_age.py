"""Age and gender a description of a named person states beyond the role table (people.py's infer_traits
reads the role words first; these come after them):

- the person noun of the description as the mention reader knows it: CLDR's and WordNet's words and the
  ones a language makes by a suffix ("un viejito", "un vecchietto", "um velhinho", "старушка");
- what is said after a name in the languages that put the predicate before its verb of being or after a
  topic ("रामू एक बूढ़ा किसान था", "太郎はおじいさんでした", "李四是个老汉"): the description the name is
  given, as "Pedro era un viejo" gives it in Spanish;
- white or grey hair or beard said of the person ("a man with a white beard", "une femme aux cheveux
  blancs", "седая", "सफ़ेद बालों वाली", "白发苍苍"): an old person;
- a round age ("une cinquantaine d'années", "sulla sessantina", "Mitte fünfzig" is not read).

Each finding is (word, gender, age) as the role words are."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from filmstudio.script.lemmas import lemma_of
from filmstudio.script.lexicon import script_of

Found = tuple[str, str, str]


def described_nouns(text: str, language: str) -> list[Found]:
    """The person nouns of a description the role table does not hold, with the gender and age their
    making tells; a possessed or plural one is someone else's or several ("his son", "two girls")."""
    from filmstudio.script.mentions import find_mentions
    from filmstudio.script.roles import PRONOUNS, role_words

    table = role_words(language)
    out = []
    for mention in find_mentions(text, language):
        if mention.kind != "person" or mention.plural or mention.possessed or mention.owner_named:
            continue
        words = mention.name.lower().split() or [mention.name]
        if words[-1] in table or words[-1] in PRONOUNS:
            continue  # read as a role word already
        if mention.gender or mention.age:
            out.append((mention.name, mention.gender, mention.age))
    return out


# the verb of being that ends a Hindi or Marathi clause saying what its subject is ("... किसान था")
_INDIC_COPULA = re.compile(
    r"^\s*(?:ने\s+)?(?P<what>[^।!?.,\"“”]{1,60}?)\s+(?:था|थी|थे|थीं|है|हैं|होता|होती|होते|आहे|होता|होती)\s*[।!?.]"
)
# Japanese: the name's topic (or subject) particle, the description, the copula
_JAPANESE_COPULA = re.compile(
    r"^(?:さん|くん|ちゃん)?(?:は|が)、?(?P<what>[^。、「」]{1,20}?)(?:でした|です|だった|だ|である|であった|でございます)"
)
# Chinese: "是" (and a measure word) before the description
_CHINESE_COPULA = re.compile(r"^(?:是|乃|为)(?:一)?(?:个|位|名|個)?(?P<what>[^。，,！？；]{1,12})")


def copula_predicate(after: str, language: str) -> str:
    """What a sentence right after a name says the name is, in Hindi, Marathi, Japanese and Chinese, where
    the description ends in a person word; '' otherwise ("रामू खेत में काम करता था" says what he did)."""
    from filmstudio.script.mentions import find_mentions

    grey = _GREY_FIRST.match(after) if language in ("ja", "zh") else None
    if grey:  # "王五白发苍苍", "太郎は白髪で": said of the name as its first words
        return grey.group(0)
    pattern = {"hi": _INDIC_COPULA, "mr": _INDIC_COPULA, "ja": _JAPANESE_COPULA, "zh": _CHINESE_COPULA}.get(language)
    found = pattern.match(after[:120]) if pattern else None
    if found is None:
        return ""
    what = found.group("what").strip()
    if language == "zh":  # "是个老汉": the description runs to the clause's end
        return what if any(m.end == len(what) for m in find_mentions(what, language) if m.kind == "person") else ""
    ends_in_person = any(m.end == len(what) and m.kind == "person" for m in find_mentions(what, language))
    return what if ends_in_person else ""


def beside_someone(predicate: str, language: str) -> bool:
    """Whether what follows a verb of being opens with a preposition ("was beside the old man", "estaba con
    un viejito"): where the name is, beside whom, not what it is."""
    from filmstudio.script.attached import _BOUNDARIES
    from filmstudio.script.beings import DETERMINERS

    words = predicate.split()
    first = words[0].lower().strip(",;") if words else ""
    articles = DETERMINERS.get(language, "").split()  # Portuguese "a" is "the" as well as "to"
    return first in _BOUNDARIES.get(language, "").split() and first not in articles


@lru_cache(maxsize=1)
def _appearance() -> dict[str, Any]:
    path = resources.files("filmstudio.script") / "data" / "appearance.json"
    return json.loads(path.read_text(encoding="utf-8"))


# hair and beard in the languages appearance.json does not hold
_HAIR = {
    "it": "capelli capello chioma barba barbe",
    "pt": "cabelo cabelos cabeleira barba barbas",
    "hi": "बाल बालों दाढ़ी दाढ़ीवाला",
}
# words that are white hair themselves: an adjective of grey hair or a written compound
_GREY_HAIRED = {
    "en": "grey-haired gray-haired white-haired silver-haired white-bearded grey-bearded gray-bearded hoary",
    "es": "canoso canosa canosos canosas encanecido encanecida",
    "fr": "chenu chenue grisonnant grisonnante",
    "it": "canuto canuta brizzolato brizzolata",
    "pt": "grisalho grisalha encanecido encanecida",
    "de": "grauhaarig grauhaarige grauhaariger weißhaarig weißhaarige weißhaariger ergraut ergraute ergrauter",
    "ru": "седой седая седые седого седую седым седой седобородый седобородая",
    "hi": "",
}
# Chinese and Japanese write white hair and a white beard as one word
_SPACELESS_GREY = re.compile(r"白发|白髮|白髪|鹤发|鶴髪|白胡子|白须|白鬚|白ひげ|白いひげ|白い髭|白髭")
_GREY_FIRST = re.compile(r"^(?:是|已|已经|早已|满头|は|が|、)*(?:" + _SPACELESS_GREY.pattern + ")")
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.U)
_INDIC_TOKEN = re.compile(r"[\w\u0900-\u097F]+")


def white_haired(text: str, language: str) -> str:
    """The words that say a person's hair or beard is white or grey, or ''."""
    if script_of(language) in ("han", "kana"):
        found = _SPACELESS_GREY.search(text)
        return found.group(0) if found else ""
    pattern = _INDIC_TOKEN if script_of(language) == "devanagari" else _TOKEN
    words = [w.lower() for w in pattern.findall(text)]
    grey = set(_GREY_HAIRED.get(language, "").split())
    for word in words:
        if word in grey:
            return word
    data = _appearance().get(language, {})
    hair = set(data.get("hair", [])) | set(data.get("beard", [])) | set(_HAIR.get(language, "").split())
    colours = _white_or_grey(language)
    for i, word in enumerate(words):
        if word in hair or lemma_of(word, language) in hair:
            near = words[max(0, i - 3) : i + 4]
            colour = next((w for w in near if w in colours), None)
            if colour:
                return f"{colour} {word}" if words.index(colour) < i else f"{word} {colour}"
    return ""


@lru_cache(maxsize=32)
def _white_or_grey(language: str) -> frozenset[str]:
    from filmstudio.script.colours import _WORDS as COLOUR_WORDS

    hair = _appearance().get(language, {}).get("hair_colours", {})
    said = {w for w, c in hair.items() if c in ("white", "grey")}
    said |= {w for w, c in COLOUR_WORDS.get(language, {}).items() if c in ("white", "grey", "silver")}
    return frozenset(said)


# a round number of years: "une cinquantaine d'années", "sulla sessantina", "una cincuentena de años"
_ROUND = {
    "fr": {"vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60},
    "it": {"ventina": 20, "trentina": 30, "quarantina": 40, "cinquantina": 50, "sessantina": 60},
    "es": {"veintena": 20, "treintena": 30, "cuarentena": 40, "cincuentena": 50, "sesentena": 60},
    "pt": {"vintena": 20, "trintena": 30, "quarentena": 40, "cinquentena": 50, "sessentena": 60},
}
# "d'années", "di anni", "de años": the round number counts years (a "quarantaine" alone is a quarantine)
_YEARS_AFTER = {
    "fr": r"\s+d['’]\s*années|\s+d['’]\s*ans",
    "it": r"\s+d['’]\s*anni|\s+di\s+anni",
    "es": r"\s+de\s+años",
    "pt": r"\s+de\s+anos",
}
# Italian says the round age alone after "sulla" ("un uomo sulla cinquantina")
_ROUND_ALONE = {"it": r"(?:sulla|sui|verso\s+la)\s+"}


def round_years(text: str, language: str) -> tuple[int, str] | None:
    """The years a round age says ("une soixantaine d'années": 60), with its words; None where none is."""
    rounds = _ROUND.get(language)
    if not rounds:
        return None
    words = "|".join(rounds)
    after, alone = _YEARS_AFTER[language], _ROUND_ALONE.get(language)
    found = re.search(rf"(?<!\w)({words})(?:{after})", text, re.I)
    if found is None and alone:
        found = re.search(rf"{alone}({words})(?!\w)", text, re.I)
    if found is None:
        return None
    return rounds[found.group(1).lower()] + 5, found.group(0).strip()
