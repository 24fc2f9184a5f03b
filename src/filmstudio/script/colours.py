"""The colour a script gives a thing ("a black cat", "le chat noir", "काली बिल्ली"): a colour word right
before or right after the words that named it. The painter then draws the thing in that colour."""

from __future__ import annotations

import re

# colour -> (RGB it is drawn in, words for it by language: every inflection a word takes)
COLOURS: dict[str, tuple[tuple[int, int, int], dict[str, str]]] = {
    "black": (
        (38, 36, 40),
        {
            "en": "black",
            "es": "negro|negra|negros|negras",
            "fr": "noir|noire|noirs|noires",
            "de": "schwarz|schwarze|schwarzen|schwarzer|schwarzes|schwarzem",
            "it": "nero|nera|neri|nere",
            "pt": "preto|preta|pretos|pretas|negro|negra",
            "hi": "काला|काली|काले",
            "ru": "чёрный|черный|чёрная|черная|чёрное|черное",
        },
    ),
    "white": (
        (240, 238, 232),
        {
            "en": "white",
            "es": "blanco|blanca|blancos|blancas",
            "fr": "blanc|blanche|blancs|blanches",
            "de": "weiß|weiße|weißen|weißer|weißes|weiss|weisse",
            "it": "bianco|bianca|bianchi|bianche",
            "pt": "branco|branca|brancos|brancas",
            "hi": "सफ़ेद|सफेद",
            "ru": "белый|белая|белое",
        },
    ),
    "red": (
        (200, 40, 40),
        {
            "en": "red",
            "es": "rojo|roja|rojos|rojas",
            "fr": "rouge|rouges",
            "de": "rot|rote|roten|roter|rotes",
            "it": "rosso|rossa|rossi|rosse",
            "pt": "vermelho|vermelha|vermelhos|vermelhas",
            "hi": "लाल",
            "ru": "красный|красная|красное",
        },
    ),
    "blue": (
        (45, 90, 200),
        {
            "en": "blue",
            "es": "azul|azules",
            "fr": "bleu|bleue|bleus|bleues",
            "de": "blau|blaue|blauen|blauer|blaues",
            "it": "blu|azzurro|azzurra",
            "pt": "azul|azuis",
            "hi": "नीला|नीली|नीले",
            "ru": "синий|синяя|синее|голубой",
        },
    ),
    "green": (
        (50, 150, 60),
        {
            "en": "green",
            "es": "verde|verdes",
            "fr": "vert|verte|verts|vertes",
            "de": "grün|grüne|grünen|grüner|grünes",
            "it": "verde|verdi",
            "pt": "verde|verdes",
            "hi": "हरा|हरी|हरे",
            "ru": "зелёный|зеленый|зелёная|зеленая",
        },
    ),
    "yellow": (
        (235, 200, 50),
        {
            "en": "yellow",
            "es": "amarillo|amarilla|amarillos|amarillas",
            "fr": "jaune|jaunes",
            "de": "gelb|gelbe|gelben|gelber|gelbes",
            "it": "giallo|gialla|gialli|gialle",
            "pt": "amarelo|amarela|amarelos|amarelas",
            "hi": "पीला|पीली|पीले",
            "ru": "жёлтый|желтый|жёлтая|желтая",
        },
    ),
    "brown": (
        (120, 75, 40),
        {
            "en": "brown",
            "es": "marrón|marrones|pardo|parda",
            "fr": "brun|brune|bruns|brunes|marron",
            "de": "braun|braune|braunen|brauner|braunes",
            "it": "marrone|marroni|bruno|bruna",
            "pt": "marrom|castanho|castanha",
            "hi": "भूरा|भूरी|भूरे",
            "ru": "коричневый|бурый|бурая",
        },
    ),
    "grey": (
        (128, 128, 132),
        {
            "en": "grey|gray",
            "es": "gris|grises",
            "fr": "gris|grise|grises",
            "de": "grau|graue|grauen|grauer|graues",
            "it": "grigio|grigia|grigi|grigie",
            "pt": "cinza|cinzento|cinzenta",
            "hi": "स्लेटी|धूसर",
            "ru": "серый|серая|серое",
        },
    ),
    "gold": (
        (215, 170, 45),
        {
            "en": "golden|gold",
            "es": "dorado|dorada|dorados|doradas",
            "fr": "doré|dorée|dorés|dorées|d'or",
            "de": "golden|goldene|goldenen|goldener|goldenes",
            "it": "dorato|dorata|d'oro",
            "pt": "dourado|dourada",
            "hi": "सुनहरा|सुनहरी|सुनहरे",
            "ru": "золотой|золотая|золотое",
        },
    ),
    "pink": (
        (235, 130, 170),
        {
            "en": "pink",
            "es": "rosa|rosado|rosada",
            "fr": "rose|roses",
            "de": "rosa",
            "it": "rosa",
            "pt": "rosa|cor-de-rosa",
            "hi": "गुलाबी",
            "ru": "розовый|розовая|розовое",
        },
    ),
    "purple": (
        (125, 60, 165),
        {
            "en": "purple|violet",
            "es": "morado|morada|violeta",
            "fr": "violet|violette|violets|violettes",
            "de": "lila|violett|violette",
            "it": "viola",
            "pt": "roxo|roxa|violeta",
            "hi": "बैंगनी",
            "ru": "фиолетовый|фиолетовая",
        },
    ),
    "orange": (
        (235, 130, 40),
        {
            "en": "orange",
            "es": "naranja",
            "fr": "orange|orangé|orangée",
            "de": "orange|orangefarben",
            "it": "arancione|arancio",
            "pt": "laranja",
            "hi": "नारंगी",
            "ru": "оранжевый|оранжевая",
        },
    ),
}

_WORDS: dict[str, dict[str, str]] = {}  # language -> word -> colour
for _colour, (_rgb, _by_language) in COLOURS.items():
    for _language, _words in _by_language.items():
        for _word in _words.split("|"):
            _WORDS.setdefault(_language, {})[_word] = _colour
_WORD = r"([^\s.,;:!?\"()«»“”।॥]+)"  # letters with their combining marks (Devanagari's vowel signs)
_BEFORE = re.compile(_WORD + r" $")
_AFTER = re.compile(r" " + _WORD)


def colour_of_thing(text: str, position: int, named: str, language: str) -> str | None:
    """The colour word right before or right after `named` (the thing's words at `position` of the
    whitespace-normalised text), skipping nothing but spaces: "black cat", "chat noir", "काली बिल्ली"."""
    words = _WORDS.get(language) or _WORDS["en"]
    low = " ".join(text.replace("’", "'").split()).lower()
    # only a word that touches the name (a space between, no punctuation: "the door. Red paint" is not a
    # red door)
    before = _BEFORE.search(low[max(0, position - 40) : position])
    after = _AFTER.match(low[position + len(named) : position + len(named) + 40])
    for found in (before, after):
        colour = words.get(found.group(1)) if found else None
        if colour:
            return colour
    return None


def rgb_of(colour: str) -> tuple[int, int, int]:
    return COLOURS[colour][0]
