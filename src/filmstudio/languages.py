"""Languages the studio knows: writing system, subtitle font, and how to tell them apart in text."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    script: str  # a key of SCRIPT_FONTS

    @property
    def right_to_left(self) -> bool:
        return self.script in RIGHT_TO_LEFT


# Noto families Debian ships (fonts-noto-core, fonts-noto-cjk), one per script the studio offers.
SCRIPT_FONTS = {
    "latin": "Noto Sans",
    "cyrillic": "Noto Sans",
    "greek": "Noto Sans",
    "armenian": "Noto Sans Armenian",
    "georgian": "Noto Sans Georgian",
    "hebrew": "Noto Sans Hebrew",
    "arabic": "Noto Sans Arabic",
    "ethiopic": "Noto Sans Ethiopic",
    "devanagari": "Noto Sans Devanagari",
    "bengali": "Noto Sans Bengali",
    "gurmukhi": "Noto Sans Gurmukhi",
    "gujarati": "Noto Sans Gujarati",
    "oriya": "Noto Sans Oriya",
    "tamil": "Noto Sans Tamil",
    "telugu": "Noto Sans Telugu",
    "kannada": "Noto Sans Kannada",
    "malayalam": "Noto Sans Malayalam",
    "sinhala": "Noto Sans Sinhala",
    "thai": "Noto Sans Thai",
    "lao": "Noto Sans Lao",
    "khmer": "Noto Sans Khmer",
    "myanmar": "Noto Sans Myanmar",
    "han": "Noto Sans CJK SC",
    "kana": "Noto Sans CJK JP",
    "hangul": "Noto Sans CJK KR",
}
RIGHT_TO_LEFT = {"arabic", "hebrew"}
# written without spaces between words: lines break between words ICU finds, or between characters
SPACELESS = {"han", "kana", "thai", "lao", "khmer", "myanmar"}

_TABLE = [
    ("en", "English", "latin"),
    ("es", "Spanish", "latin"),
    ("fr", "French", "latin"),
    ("de", "German", "latin"),
    ("it", "Italian", "latin"),
    ("pt", "Portuguese", "latin"),
    ("nl", "Dutch", "latin"),
    ("ca", "Catalan", "latin"),
    ("pl", "Polish", "latin"),
    ("tr", "Turkish", "latin"),
    ("sv", "Swedish", "latin"),
    ("id", "Indonesian", "latin"),
    ("vi", "Vietnamese", "latin"),
    ("sw", "Swahili", "latin"),
    ("ro", "Romanian", "latin"),
    ("af", "Afrikaans", "latin"),
    ("az", "Azerbaijani", "latin"),
    ("bs", "Bosnian", "latin"),
    ("cs", "Czech", "latin"),
    ("cy", "Welsh", "latin"),
    ("da", "Danish", "latin"),
    ("et", "Estonian", "latin"),
    ("eu", "Basque", "latin"),
    ("fi", "Finnish", "latin"),
    ("hr", "Croatian", "latin"),
    ("ht", "Haitian Creole", "latin"),
    ("hu", "Hungarian", "latin"),
    ("is", "Icelandic", "latin"),
    ("la", "Latin", "latin"),
    ("lb", "Luxembourgish", "latin"),
    ("lt", "Lithuanian", "latin"),
    ("lv", "Latvian", "latin"),
    ("mi", "Māori", "latin"),
    ("ms", "Malay", "latin"),
    ("mt", "Maltese", "latin"),
    ("nb", "Norwegian Bokmål", "latin"),
    ("sk", "Slovak", "latin"),
    ("sl", "Slovenian", "latin"),
    ("sq", "Albanian", "latin"),
    ("tk", "Turkmen", "latin"),
    ("uz", "Uzbek", "latin"),
    ("ru", "Russian", "cyrillic"),
    ("uk", "Ukrainian", "cyrillic"),
    ("be", "Belarusian", "cyrillic"),
    ("bg", "Bulgarian", "cyrillic"),
    ("kk", "Kazakh", "cyrillic"),
    ("mk", "Macedonian", "cyrillic"),
    ("sr", "Serbian", "cyrillic"),
    ("el", "Greek", "greek"),
    ("hy", "Armenian", "armenian"),
    ("ka", "Georgian", "georgian"),
    ("he", "Hebrew", "hebrew"),
    ("am", "Amharic", "ethiopic"),
    ("hi", "Hindi", "devanagari"),
    ("mr", "Marathi", "devanagari"),
    ("ne", "Nepali", "devanagari"),
    ("sa", "Sanskrit", "devanagari"),
    ("ta", "Tamil", "tamil"),
    ("te", "Telugu", "telugu"),
    ("bn", "Bengali", "bengali"),
    ("as", "Assamese", "bengali"),
    ("pa", "Punjabi", "gurmukhi"),
    ("gu", "Gujarati", "gujarati"),
    ("or", "Odia", "oriya"),
    ("kn", "Kannada", "kannada"),
    ("ml", "Malayalam", "malayalam"),
    ("si", "Sinhala", "sinhala"),
    ("th", "Thai", "thai"),
    ("my", "Burmese", "myanmar"),
    ("lo", "Lao", "lao"),
    ("km", "Khmer", "khmer"),
    ("zh", "Chinese", "han"),
    ("ja", "Japanese", "kana"),
    ("ko", "Korean", "hangul"),
    ("ar", "Arabic", "arabic"),
    ("ur", "Urdu", "arabic"),
    ("fa", "Persian", "arabic"),
]
LANGUAGES: dict[str, Language] = {code: Language(code, name, script) for code, name, script in _TABLE}

# A script seen in text, and the language it most likely is when nothing else is said.
_SCRIPT_DEFAULT_LANGUAGE = {
    "devanagari": "hi",
    "tamil": "ta",
    "telugu": "te",
    "bengali": "bn",
    "han": "zh",
    "kana": "ja",
    "hangul": "ko",
    "arabic": "ar",
    "cyrillic": "ru",
    "greek": "el",
    "latin": "en",
    "armenian": "hy",
    "georgian": "ka",
    "hebrew": "he",
    "ethiopic": "am",
    "gurmukhi": "pa",
    "gujarati": "gu",
    "oriya": "or",
    "kannada": "kn",
    "malayalam": "ml",
    "sinhala": "si",
    "thai": "th",
    "lao": "lo",
    "khmer": "km",
    "myanmar": "my",
}

_RANGES = [
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0A00, 0x0A7F, "gurmukhi"),
    (0x0A80, 0x0AFF, "gujarati"),
    (0x0B00, 0x0B7F, "oriya"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0C00, 0x0C7F, "telugu"),
    (0x0C80, 0x0CFF, "kannada"),
    (0x0D00, 0x0D7F, "malayalam"),
    (0x0D80, 0x0DFF, "sinhala"),
    (0x0E00, 0x0E7F, "thai"),
    (0x0E80, 0x0EFF, "lao"),
    (0x1000, 0x109F, "myanmar"),
    (0x1780, 0x17FF, "khmer"),
    (0x1200, 0x137F, "ethiopic"),
    (0x10A0, 0x10FF, "georgian"),
    (0x0530, 0x058F, "armenian"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
    (0x0400, 0x04FF, "cyrillic"),
    (0x0370, 0x03FF, "greek"),
    (0x3040, 0x30FF, "kana"),
    (0x4E00, 0x9FFF, "han"),
    (0x3400, 0x4DBF, "han"),
    (0xAC00, 0xD7AF, "hangul"),
    (0x1100, 0x11FF, "hangul"),
    (0x0041, 0x024F, "latin"),
    (0x1E00, 0x1EFF, "latin"),
]


def char_script(ch: str) -> str | None:
    cp = ord(ch)
    for lo, hi, script in _RANGES:
        if lo <= cp <= hi:
            if script == "latin" and not ch.isalpha():
                return None
            return script
    return None


def dominant_script(text: str) -> str:
    counts = Counter(s for s in map(char_script, text) if s)
    if not counts:
        return "latin"
    if counts.get("kana"):  # Japanese mixes kana with kanji (han)
        return "kana"
    return counts.most_common(1)[0][0]


# The commonest short words of the languages written in Latin and Cyrillic letters: a text is the
# language whose words it uses most.
_FUNCTION_WORDS = {
    "en": "the and of to in a is was he she it his her with for on that at by from they you i",
    "es": "el la los las de del y en un una que con por para su sus se es era al lo como pero muy",
    "fr": "le la les des du de et en un une que qui est dans pour sur au aux avec il elle son sa ses",
    "de": "der die das und ist ein eine im in den dem des mit von zu auf sich nicht er sie es war",
    "it": "il lo la gli le di del della e è un una che per con non si sono era al alla",
    "pt": "o a os as de do da dos das e em um uma que com por para não se é era ao na no",
    "nl": "de het een en van in is op te dat met voor niet zijn er aan ook",
    "ca": "el la els les de i en un una que per amb és del al als seu seva",
    "pl": "i w na z do się nie jest to że o jak po ale od za",
    "tr": "ve bir bu da de ile için ne çok o ama gibi",
    "sv": "och i att det som en på är av för med till den har inte",
    "id": "dan yang di ini itu dengan untuk tidak dari ke ada akan",
    "vi": "và của là có không một những được cho trong người",
    "sw": "na ya wa kwa ni la katika za cha hii",
    "ro": "și în de la un o cu pe nu este că din",
    "ru": "и в не на я что он она с как это по но из у за",
    "uk": "і в не на що він вона з як це та до але із у",
    "hi": "है और की के में से को का था थी हैं भी यह वह एक पर ने",
    # only words Hindi does not also write: not होता, होती, तो, या ("was", "then", "or" in Hindi too)
    "mr": "आहे आहेत आणि नाही च्या ची चा मध्ये ती हे एका असे झाला झाली झाले केले त्याने तिने त्याला तिला आम्ही तुम्ही",
    "ne": "छ र को मा थियो हो पनि यो एक गर्न छन्",
    # more languages, by words their neighbours do not use
    "da": "og jeg det er ikke af på en til som med har hun han var også meget",
    "nb": "og jeg det er ikke av på en til som med har hun han var også mye hva",
    "fi": "ja on ei se että hän oli mutta kun niin myös tai ovat minä sinä",
    "hu": "és az egy hogy nem van volt de meg csak már is ő",
    "cs": "a je se na že to jsem jako ale by byl jsou když také",
    "sk": "a je sa na že to som ako ale by bol sú keď aj",
    "hr": "i je u se na da su za od ali kao što smo bio bila",
    "sl": "in je v se na da so za od ali kot ki smo bil bila",
    "et": "ja on ei see et ta oli kui aga ka mis nii",
    "lv": "un ir ar ka no uz par bet kā arī es viņš viņa",
    "lt": "ir yra su kad iš į bet kaip taip aš jis ji buvo",
    "af": "die en is nie ek het sy hy wat van vir op was ons",
    "ms": "dan yang di ini itu dengan untuk tidak dari saya ialah sedang kanak",
    "cy": "yn y a ac mae yr i o ar ei fy ein",
    "eu": "eta da ez bat du dira zen baina ere bere",
    "sq": "dhe në një të është për me nga që nuk ka por",
    "is": "og að er í á sem ekki það við hann hún var",
    "mt": "u li il ta fil huwa hija ma kien minn għal",
    "az": "və bir bu da ilə üçün çox amma o deyil",
    "uz": "va bir bu ham bilan uchun emas lekin u edi",
    "bg": "и на е се да от за със не това той тя беше",
    "sr": "и је у се на да су за од али као што",
    "mk": "и е во се на да од за со не тоа тој таа беше",
}
_WORD_SETS = {lang: set(words.split()) for lang, words in _FUNCTION_WORDS.items()}


def _latin_or_cyrillic_language(text: str, script: str) -> str:
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    candidates = [lang for lang in _WORD_SETS if LANGUAGES[lang].script == script]
    if script == "devanagari":  # Marathi writes its case endings joined: गावात, आजीबरोबर
        words = [w for w in re.findall(r"[\u0900-\u097F]+", text)]
    scores = {lang: sum(w in _WORD_SETS[lang] for w in words) for lang in candidates}
    best = max(scores, key=lambda lang: scores[lang], default=_SCRIPT_DEFAULT_LANGUAGE[script])
    if script == "cyrillic":
        lowered = text.lower()
        for letters, language in _CYRILLIC_LETTERS:
            if re.search(letters, lowered):
                return language
    return best if scores.get(best) else _SCRIPT_DEFAULT_LANGUAGE[script]


# letters only one of the languages written in Cyrillic uses
_CYRILLIC_LETTERS = [("[әғқңөұүһ]", "kk"), ("ў", "be"), ("[їєґ]", "uk"), ("[ѓќѕ]", "mk"), ("[ђћ]", "sr"), ("і", "uk")]


def detect_language(text: str) -> str:
    script = dominant_script(text)
    if script == "bengali" and re.search("[ৰৱ]", text):  # Assamese's own r and w
        return "as"
    if script == "devanagari" and looks_like_sanskrit(text):
        return "sa"
    if script in ("latin", "cyrillic", "devanagari"):
        return _latin_or_cyrillic_language(text, script)
    return _SCRIPT_DEFAULT_LANGUAGE.get(script, "en")


def looks_like_sanskrit(text: str) -> bool:
    """Verses: double danda, or visarga with danda, are Sanskrit habits Hindi prose rarely has."""
    return "॥" in text or ("ः" in text and "।" in text)


def font_for_text(text: str, language: str | None = None) -> str:
    if language in LANGUAGES and LANGUAGES[language].script not in ("latin",):
        return SCRIPT_FONTS[LANGUAGES[language].script]
    return SCRIPT_FONTS.get(dominant_script(text), "Noto Sans")


def is_spaceless(language: str) -> bool:
    """Languages written without spaces between words: subtitle lines break between the words ICU
    finds, or between characters."""
    lang = LANGUAGES.get(language)
    return bool(lang and lang.script in SPACELESS)


def is_right_to_left(language: str) -> bool:
    lang = LANGUAGES.get(language)
    return bool(lang and lang.right_to_left)


def word_units(text: str, language: str) -> list[str]:
    """The pieces a subtitle line may break between. Spaced scripts: words. Spaceless ones: ICU's words,
    punctuation and spaces kept with the word before (a line never starts with "。" or "，"); without
    ICU, grapheme clusters."""
    if not is_spaceless(language):
        return text.split()
    from filmstudio.wordbreak import icu_words

    pieces = icu_words(text, language)
    if pieces is None:
        return graphemes(text.replace(" ", ""))
    units: list[str] = []
    for piece in pieces:
        if units and not any(ch.isalnum() for ch in piece):
            units[-1] += piece
        else:
            units.append(piece)
    # Thai, Lao, Khmer and Burmese put a space between phrases: it stays, shown where lines join
    keep_spaces = LANGUAGES[language].script not in ("han", "kana")
    return [unit if keep_spaces else unit.replace(" ", "") for unit in units if unit.strip()]


_JOINERS = {"\u200d", "\u034f"}  # zero-width joiner, combining grapheme joiner


def graphemes(text: str) -> list[str]:
    """User-perceived characters: a base with its combining marks, variation selectors and joined
    sequences stays whole, so a line never breaks inside one (a kana with its voicing mark, an Indic
    consonant with its vowel sign, an emoji sequence)."""
    clusters: list[str] = []
    for ch in text:
        joins = clusters and (
            unicodedata.category(ch).startswith("M")
            or ch in _JOINERS
            or "\ufe00" <= ch <= "\ufe0f"
            or clusters[-1][-1] in _JOINERS
        )
        if joins:
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return clusters
