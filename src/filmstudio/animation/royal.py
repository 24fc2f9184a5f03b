"""Royal characters look royal: a king, queen, emperor, sultan, tsar, rajah or rani wears a gold crown, a
prince or princess a smaller circlet, and their clothes are a deep red or purple. A reviewer saw every
prince and queen drawn in everyday clothes: what a person is (their title) shows in how they look.

Who is royal is read from the character's name, as the script names them ("the King", "Queen Mab",
"राजा दशरथ", "王様", "die Königin"): a royal title that is the name, stands before a personal name (a title),
or is the name's head after its epithets ("old king", "Snow Queen"; German compounds, "Froschkönig").
A name that only shares a word with a title is not: a surname after an honorific ("Mr King"), a place
named after a king ("King Street", "the King's Arms": a possessive, a place noun after it), or a kind of
commoner a title names in jest ("a drama queen")."""

from __future__ import annotations

import re

from filmstudio.script.roles import HONORIFICS
from filmstudio.storyboard import Character

# The royal titles of each language the studio reads, a closed set: rulers (a crown) and their children
# (a circlet). Masculine and feminine forms, as names are written in their base form.
_CROWNED: dict[str, set[str]] = {
    "en": {"king", "queen", "emperor", "empress", "sultan", "sultana", "tsar", "tsarina", "czar", "czarina"}
    | {"rajah", "raja", "rani", "ranee", "maharaja", "maharajah", "maharani", "pharaoh", "monarch"},
    "fr": {"roi", "reine", "empereur", "impératrice", "sultan", "tsar", "tsarine", "pharaon", "rajah", "rani"},
    "es": {"rey", "reina", "emperador", "emperatriz", "sultán", "sultana", "zar", "zarina", "faraón", "rajá"},
    "it": {"re", "regina", "imperatore", "imperatrice", "sultano", "zar", "zarina", "faraone"},
    "pt": {"rei", "rainha", "imperador", "imperatriz", "sultão", "czar", "czarina", "faraó"},
    "de": {"könig", "königin", "kaiser", "kaiserin", "sultan", "zar", "zarin", "pharao"},
    "ru": {"царь", "царица", "король", "королева", "император", "императрица", "султан", "фараон"},
    "uk": {"цар", "цариця", "король", "королева", "імператор", "імператриця", "султан", "фараон"},
    "hi": {"राजा", "रानी", "महाराज", "महाराजा", "महारानी", "सम्राट", "सम्राज्ञी", "बादशाह", "सुल्तान"},
    "mr": {"राजा", "राणी", "महाराज", "महाराणी", "सम्राट"},
    "ne": {"राजा", "रानी", "महाराज", "महारानी", "सम्राट"},
    "sa": {"राजा", "राज्ञी", "राजन्", "महाराज", "सम्राट्", "नृप"},
    "bn": {"রাজা", "রানি", "রাণী", "মহারাজ", "মহারানি", "সম্রাট", "বাদশাহ", "সুলতান"},
    "ta": {"அரசன்", "அரசி", "ராஜா", "ராணி", "மன்னன்", "மன்னர்", "பேரரசன்", "பேரரசி"},
    "te": {"రాజు", "రాణి", "మహారాజు", "చక్రవర్తి"},
    "ur": {"بادشاہ", "ملکہ", "سلطان", "راجا", "رانی"},
    "ar": {"ملك", "ملكة", "سلطان", "إمبراطور", "إمبراطورة", "فرعون"},
    # written without spaces: a title ends the name ("龙王", "女王"); 王 alone is also a common surname in
    # Chinese ("老王"), so there only its compounds count
    "zh": {"国王", "女王", "皇帝", "皇后", "王后", "大王", "龙王", "天子", "女皇"},
    "ja": {"王", "女王", "国王", "皇帝", "皇后", "王妃", "天皇", "殿様"},
}
_CIRCLETED: dict[str, set[str]] = {
    "en": {"prince", "princess", "tsarevich", "tsarevna"},
    "fr": {"prince", "princesse"},
    "es": {"príncipe", "princesa", "infante", "infanta"},
    "it": {"principe", "principessa"},
    "pt": {"príncipe", "princesa"},
    "de": {"prinz", "prinzessin", "königssohn", "königstochter"},
    "ru": {"принц", "принцесса", "царевич", "царевна", "королевич", "королевна", "княжна"},
    "uk": {"принц", "принцеса", "царевич", "царівна", "королевич", "королівна"},
    "hi": {"राजकुमार", "राजकुमारी", "शहज़ादा", "शहज़ादी", "शहजादा", "शहजादी", "युवराज"},
    "mr": {"राजकुमार", "राजकुमारी", "युवराज"},
    "ne": {"राजकुमार", "राजकुमारी", "युवराज"},
    "sa": {"राजकुमार", "राजकुमारी", "राजपुत्र", "राजपुत्री"},
    "bn": {"রাজকুমার", "রাজকুমারী", "রাজপুত্র", "রাজকন্যা", "যুবরাজ"},
    "ta": {"இளவரசன்", "இளவரசி", "இளவரசர்"},
    "te": {"యువరాజు", "యువరాణి", "రాజకుమారుడు", "రాజకుమారి"},
    "ur": {"شہزادہ", "شہزادی"},
    "ar": {"أمير", "أميرة"},
    "zh": {"王子", "公主", "太子"},
    "ja": {"王子", "王女", "姫", "皇子", "皇女"},
}
# honorifics after a name in languages written without spaces, stripped before the title is read
_CJK_HONORIFICS = ("陛下", "殿下", "さま", "様", "殿")
# honorifics of other languages before a surname ("Herr König", "Monsieur Roi"): a family name, not a title
_SURNAME_HONORIFICS = {"herr", "frau", "monsieur", "madame", "mme", "m", "señor", "señora", "sr", "sra", "signor"}
_SURNAME_HONORIFICS |= {"signora", "senhor", "senhora", "господин", "госпожа", "пан", "пані", "mister", "missus"}
# Nouns before a title that make it a kind of commoner in jest or in a contest, not a ruler ("a drama
# queen", "the prom king", "a beauty queen"): English idioms, a closed set.
_NOT_A_REALM = {"drama", "prom", "beauty", "homecoming", "carnival", "rodeo", "burger", "scrabble", "disco"}
# Place nouns after a title that make the name a place named after a ruler ("King Street", "Queen's Road")
_PLACE_NOUNS = {"street", "road", "lane", "avenue", "square", "arms", "inn", "tavern", "hotel", "park", "bridge"}
_PLACE_NOUNS |= {"station", "college", "hall", "cross", "way", "place", "gate", "court", "hill"}

# the colours of royal robes: deep red and purple, dark enough to read as rich cloth
ROYAL_COLORS = ["#7d1128", "#5b2a86", "#8b1a4a", "#4a1f6e"]

_TOKEN = re.compile(r"[\w'’\u0900-\u0DFF-]+")


def headwear(character: Character) -> str:
    """ "crown" for a ruler, "circlet" for a ruler's child, "" for everyone else."""
    language = character.language.split("-")[0]
    crowned, circleted = _CROWNED.get(language, set()), _CIRCLETED.get(language, set())
    if language != "en":  # a story in any language may name an English title ("the Sultan")
        crowned, circleted = crowned | _CROWNED["en"], circleted | _CIRCLETED["en"]
    if language in ("zh", "ja"):
        return _unspaced(character.name, crowned, circleted)
    words = [w.strip("-") for w in _TOKEN.findall(character.name.lower())]
    words = [w[2:] if language == "ar" and w.startswith("ال") else w for w in words]  # the article
    if not words or words[0].rstrip(".") in HONORIFICS | _SURNAME_HONORIFICS:
        return ""  # "Mr King": a surname
    if any(w.endswith(("'s", "’s")) for w in words) or any(w in _PLACE_NOUNS for w in words[1:]):
        return ""  # "the King's Arms", "King Street": a place
    head, first = words[-1], words[0]
    kinds = [_kind(w, crowned, circleted, language) for w in (head, first)]
    if kinds[0] and len(words) > 1 and words[-2] in _NOT_A_REALM:
        return ""  # "drama queen"
    return kinds[0] or kinds[1]


def _kind(word: str, crowned: set[str], circleted: set[str], language: str) -> str:
    if word in crowned:
        return "crown"
    if word in circleted:
        return "circlet"
    if language == "de":  # a compound is what its last noun is: der Froschkönig, die Meerkönigin
        if word.endswith(("prinz", "prinzessin")):
            return "circlet"
        if word.endswith(("könig", "königin", "kaiser", "kaiserin")):
            return "crown"
    return ""


def _unspaced(name: str, crowned: set[str], circleted: set[str]) -> str:
    for suffix in _CJK_HONORIFICS:  # "王様", "お姫様", "女王陛下"
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    name = name.removeprefix("お")  # "お姫"
    # the longest title that ends the name: "王子" (a prince) before "王" (a king)
    for title in sorted(crowned | circleted, key=len, reverse=True):
        if name.endswith(title):
            return "circlet" if title in circleted else "crown"
    return ""
