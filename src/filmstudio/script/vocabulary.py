"""The lexicons scene analysis reads with, one set per language: settings, things, times of day,
weathers and moods. Each merges our own words (`data/words/<language>.json`) with the CLDR names of
its pictured symbols."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from filmstudio.script.lexicon import Lexicon, cldr_annotations, script_of
from filmstudio.script.makes import makes
from filmstudio.script.moments import MOODS, TIMES, WEATHERS
from filmstudio.script.place_nouns import more_place_nouns
from filmstudio.script.places import PLACES
from filmstudio.script.thing_nouns import more_thing_nouns, noun_phrase_only
from filmstudio.script.things_table import parse_table
from filmstudio.script.word_data import word_data

THINGS = {key: (kind, emoji) for key, kind, emoji in parse_table()}
# CLDR keywords shared by more pictures than this are too general to name a thing ("animal", "food")
_MAX_SHARED = 2
# words CLDR lists as keywords that describe rather than name ("small" shrimp, "night" bridge)
_NOT_NAMES = {
    "night",
    "small",
    "old",
    "big",
    "day",
    "morning",
    "evening",
    "city",
    "tool",
    "home",
    "water",
    "noche",
    "pequeño",
    "viejo",
    "nuit",
    "petit",
    "nacht",
    "klein",
    "रात",
    "छोटा",
    "छोटे",
    "夜",
    "sobre",
    "पुराना",
    "पुराने",
    "पुरानी",
    "stazione",
    "estación",
    "rossa",
    "rosso",
    "roja",
    "rojo",
    "rouge",
    "rot",
    "red",
    "verde",
    "vert",
    "grün",
    "नावाची",
    "नावाचा",
    "नाव",
    "soir",
    "abend",
    "tarde",
    "लहान",
    "caliente",
    "chaud",
    "heiß",
    "hot",
    "caldo",
    "горячий",
    "alta",
    "alto",
    "nachts",
    # keywords of another sense: adjectives ("antigua" 🗝️, "blanca" 🏳️, "llena" 🌕, "острый" 🌶️, "gigante" 🎡),
    # continents of a globe, a sack of money, a word of the theatre ("reparto": the cast) or of work ("obras")
    "antigua",
    "antiga",
    "blanca",
    "llena",
    # a piece of anything, which CLDR gives the jigsaw's piece alone ("un trozo de pan", "রুটির টুকরো")
    "pieza",
    "টুকরো",
    "cheia",
    "piena",
    "preciosa",
    "polar",
    "polare",
    "eléctrico",
    "paisaje",
    "clásico",
    "picante",
    "cruzadas",
    "croisées",
    "obras",
    "travaux",
    "reparto",
    "voltaje",
    "alto voltaje",
    "tension",
    "haute tension",
    "tensione",
    "alta tensione",
    "tensão",
    "alta tensão",
    "напряжение",
    "высокое напряжение",
    "hindú",
    "hindou",
    "hindu",
    "américa",
    "america",
    "amérique",
    "asia",
    "ásia",
    "áfrica",
    "africa",
    "afrique",
    "europa",
    "deciduo",
    "sempreverde",
    "russe",
    "russes",
    "russa",
    "verticale",
    "tricolore",
    "portatile",
    "inglese",
    "panoramica",
    "verte",
    "bancaire",
    "gouttes",
    "spirale",
    "roulettes",
    "poste",
    "grego",
    "asiático",
    "caidiça",
    "caídas",
    "gigante",
    "em construção",
    "incêndio",
    "decolando",
    "muda",
    "posto",
    "porca",
    "sacco",
    "saco",
    "bolsa",
    "мешок",
    "американские",
    "горки",
    "воздушный",
    "желтая",
    "божья",
    "коровка",
    "летучая",
    "пожарная",
    "скрещенные",
    "треугольный",
    "старинный",
    "спутниковая",
    "мобильный",
    "гаечный",
    "острый",
    # the state a symbol shows, not its name (🔒 "chiuso", closed; 🔓 open)
    "closed",
    "chiuso",
    "chiusa",
    "cerrado",
    "cerrada",
    "fermé",
    "fermée",
    "fechado",
    "fechada",
    "geschlossen",
    "open",
    "aperto",
    "abierto",
    "ouvert",
    "aberto",
    "offen",
    # a participle first ("había dado", "ha dado": given), a die only with its article
    "dado",
    # the knot 🪢 (a rope) by a name of another sense: "nó" (nós, we), "नट" (a nut), "ముడి" (raw)
    "nó",
    "नट",
    "ముడి",
}

# Things that only restate the setting they stand in (a temple in a temple scene).
SETTING_THINGS = {
    "hindu_temple": "temple",
    "hospital": "hospital_room",
    "church": "church",
    "mosque": "mosque",
    "school": "classroom",
    "tent": "campfire",
    "campfire": "campfire",
    "mountain": "mountains",
    "houses": "village",
    "skyscraper": "city",
    "circus_tent": "stage",
    "stadium": "stage",
    "hut": "cabin",
    "castle": "mansion",
    "classical_building": "courtroom",
    "headstone": "graveyard",
}


def _plain(emoji: str) -> str:
    return emoji.replace("\ufe0f", "")


def _moment_words(language: str) -> frozenset[str]:
    """Words of times of day and weathers ("evening", "rain"): they never name a place or a thing."""
    own = word_data(language)
    return frozenset(w.lower() for table in (own.times, own.weathers) for words in table.values() for w in words)


def _symbol_names(
    language: str,
    emoji_by_key: dict[str, tuple[str, ...]],
    exclude: frozenset[str] = frozenset(),
    *,
    naming: bool = False,
    single: bool = False,
) -> dict[str, set[str]]:
    """For each key, the CLDR names of its symbols in a language, and those keywords that name only
    symbols of the same key (or of few symbols at all); never the words in `exclude`. In Chinese and
    Japanese a name of one character is only kept with `single` (and then only those): inside longer
    words it means other things (火 in 火曜日), so it is found as a whole word alone."""
    notes = cldr_annotations(language)
    spaceless = script_of(language) in ("han", "kana")
    owner = {_plain(e): key for key, emoji in emoji_by_key.items() for e in emoji}
    shared: Counter[str] = Counter()
    owners: dict[str, set[str]] = {}
    for cp, annotation in notes.items():
        for word in {w.lower() for w in annotation.keywords}:
            shared[word] += 1
            if cp in owner:
                owners.setdefault(word, set()).add(owner[cp])

    def usable(word: str) -> bool:
        low = word.lower()
        return low not in _NOT_NAMES and low not in exclude and (len(word) < 2) == (spaceless and single)

    out: dict[str, set[str]] = {}
    for key, emoji in emoji_by_key.items():
        words = out.setdefault(key, set())
        for e in emoji:
            note = notes.get(_plain(e))
            if note is None:
                continue
            if language == "en":  # our own English words are chosen: CLDR's say "bank" and "orange" too
                continue
            if "," not in note.name and len(note.name.split()) <= 3 and usable(note.name):
                words.add(note.name)
            # a keyword names the thing when the symbol's name holds it ("perro" of "perro guía"); others
            # are what it suggests ("paz" for the dove, "ideas" for the bulb, "salto" for the kangaroo)
            name_words = _head_words(note.name, note.keywords, language)
            words.update(
                w
                for w in note.keywords
                if shared[w.lower()] <= _MAX_SHARED
                and owners.get(w.lower()) == {key}
                and usable(w)
                and (not naming or w.lower() in name_words or spaceless and w in note.name)
                and not (single and w != note.name)  # one character: only the symbol's whole name (魚, 桃)
            )
    return out


# Romance names put what qualifies a thing after a preposition: "tienda de campaña" is a tent, not a
# campaign; "brosse à dents" a brush, "sega da falegname" a saw
_ROMANCE = {"es", "fr", "it", "pt", "ca", "gl", "ro"}
_QUALIFIES = re.compile(
    r"\s(?:de|del|della|dello|dei|degli|delle|di|da|do|dos|das|du|des|à|a|al|au|aux|con|com|avec|per|para|pour)\s"
)


# ... except after a word for a portion, a vessel or a part: "cuña de queso" is cheese, "vaso de leche" milk,
# "rosto de leão" a lion
_PORTIONS = set(
    [
        "cuña",
        "trozo",
        "pedazo",
        "rebanada",
        "vaso",
        "taza",
        "copa",
        "botella",
        "plato",
        "tarro",
        "part",
        "tranche",
        "morceau",
        "verre",
        "tasse",
        "bol",
        "bouteille",
        "pot",
        "assiette",
        "fetta",
        "pezzo",
        "bicchiere",
        "tazza",
        "bottiglia",
        "piatto",
        "vasetto",
        "fatia",
        "pedaço",
        "copo",
        "xícara",
        "garrafa",
        "pote",
        "prato",
        "chávena",
        "espiga",
        "épi",
        "pannocchia",
        "jarra",
        "chope",
        "boccale",
        "caneca",
        "tableta",
        "tablette",
        "tavoletta",
        "rosto",
        "cara",
        "faccia",
        "muso",
        "visage",
        "tête",
        "coscia",
        "cuisse",
        "muslo",
        "coxa",
        "jogo",
    ]
)


def _head_words(name: str, keywords: tuple[str, ...], language: str) -> set[str]:
    """The words of a symbol's name that name it. In the Romance languages: after its first preposition
    where what comes before is a portion or a part ("cuña de queso", "cara de león"); before it where
    that is itself a keyword of the symbol ("tienda de campaña"); otherwise all."""
    low = name.lower()
    if language in _ROMANCE:
        parts = _QUALIFIES.split(f" {low} ", maxsplit=1)
        head = parts[0].split()
        if len(parts) > 1 and head and head[-1] in _PORTIONS:
            low = parts[-1]
        elif len(parts) > 1 and parts[0].strip() in {k.lower() for k in keywords}:
            low = parts[0]
    return set(low.split())


def _table_words(table: dict[str, str], own: dict[str, tuple[str, ...]], language: str) -> dict[str, set[str]]:
    words = {key: set(own.get(key, ())) for key in table}
    symbols = _symbol_names(language, {key: tuple(e.split(",")) for key, e in table.items()})
    for key, names in symbols.items():
        words[key] |= names
    return words


# Tamil declines a noun on its oblique stem: மரம் (a tree) is மரத்து- before a case (மரத்தே, மரத்தை), காடு
# (a forest) காட்டு-, ஆறு (a river) ஆற்று-
_TA_OBLIQUE = (("ம்", "த்த"), ("டு", "ட்ட"), ("று", "ற்ற"))


def _with_oblique(words: set[str], language: str) -> set[str]:
    """The words and, in Tamil, the oblique stems of its nouns, so that their cases are read; in English
    the plurals an added "s" does not make (trophy: trophies, knife: knives, shelf: shelves); in Bengali
    both spellings of a final i."""
    if language == "en":
        return words | {_english_plural(w) for w in words} - {""}
    if language == "bn":  # the older spelling ends a word in a long ī: পাখী for পাখি, বাঁশী for বাঁশি
        return words | {w[:-1] + {"ি": "ী", "ী": "ি"}[w[-1]] for w in words if w.endswith(("ি", "ী"))}
    if language != "ta":
        return words
    stems = {w[: -len(end)] + stem for w in words for end, stem in _TA_OBLIQUE if w.endswith(end) and len(w) > 3}
    return words | stems


def _english_plural(word: str) -> str:
    """The plural of an English noun where it is not the noun and "s" or "es": "" where it is."""
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if word.endswith("fe"):
        return word[:-2] + "ves"
    if re.search(r"[^f]f$", word) and not word.endswith(("oof", "ief")):
        return word[:-1] + "ves"
    return ""


def _place_words(language: str) -> frozenset[str]:
    return frozenset(w.lower() for p in PLACES for w in p.words(language))


_HIRAGANA = re.compile(r"^[\u3041-\u309f]+$")


def _word_of_its_own(name: str) -> bool:
    """A name that Chinese or Japanese text holds inside other words: one character (月 in 月曜日, 信 in
    相信) or Japanese in hiragana alone (はな in はなしました). It is found only where segmentation makes
    it a word of its own."""
    return len(name) == 1 or bool(_HIRAGANA.match(name))


@lru_cache(maxsize=64)
def things(language: str) -> Lexicon:
    """Our words for a thing name only it: where CLDR gives one to another thing's symbol too, that
    thing loses it. English has our words alone (see _symbol_names)."""
    own = {
        key: _with_oblique({w.lower() for w in words}, language) for key, words in word_data(language).things.items()
    }
    # the animals CLDR leaves unnamed are drawn as the nearest one we draw ("jackal": the wolf), cast or not
    for key, animal in word_data(language).animals.items():
        if key in THINGS:
            own[key] = own.get(key, set()) | _with_oblique({w.lower() for w in animal}, language)
    mine = set().union(*own.values())
    exclude = _moment_words(language) | _place_words(language)  # "evening", "rain", "forest" are not things
    symbols = _symbol_names(language, {k: v[1] for k, v in THINGS.items()}, exclude, naming=True)
    words = {
        key: _with_oblique({w for w in symbols[key] if w.lower() not in mine} | own.get(key, set()), language)
        for key in THINGS
    }
    _add_wordnet_things(words, language, exclude)
    whole: dict[str, set[str]] = {}
    if script_of(language) in ("han", "kana"):
        whole = _symbol_names(language, {k: v[1] for k, v in THINGS.items()}, exclude, naming=True, single=True)
        for key, names in words.items():
            for name in [n for n in names if _word_of_its_own(n)]:
                names.discard(name)
                whole.setdefault(key, set()).add(name)
    # a thing's modifier ("the dog bed") is no thing; a place's ("the village street") is still where it is
    return Lexicon(
        language,
        words,
        nouns_capitalised=language == "de",
        whole_words=whole,
        other_forms=True,
        compounds=True,
        proper=made_as(),
        noun_phrase_only=noun_phrase_only(language),
    )


def _add_wordnet_things(words: dict[str, set[str]], language: str, exclude: frozenset[str]) -> None:
    """The thesaurus's made things and foods ("cudgel": the walking stick) where no thing, setting, person or
    animal has the word already (script/thing_nouns.py)."""
    from filmstudio.script.creature_nouns import wordnet_animal_nouns
    from filmstudio.script.lemmas import lemma_of
    from filmstudio.script.person_nouns import more_person_nouns

    taken = set().union(*words.values()) | exclude | set(more_person_nouns(language))
    taken |= set(wordnet_animal_nouns(language)) | {w for names in more_place_nouns(language).values() for w in names}
    for key, names in more_thing_nouns(language).items():
        if key in words and key not in _NAMES_AS_OFTEN:
            # one word as a dictionary writes it: another word's form ("stole": steal's past, "cords") or a compound
            # whose head is another thing ("shoulder holster") names the wrong picture more often than the right
            kept = {n for n in names if n not in taken and " " not in n and lemma_of(n, language) == n}
            words[key] |= _with_oblique(kept, language)


# precious stones named by the thesaurus are given names as often as things ("Ruby smiled", "Opal", "Jade")
_NAMES_AS_OFTEN = {"gem"}


def made_as() -> dict[str, set[str]]:
    """Each make's name -> the kind it is ("the Mustang": a car, though a mustang is a horse)."""
    out: dict[str, set[str]] = {}
    for key, names in makes().items():
        for name in names:
            out.setdefault(name, set()).add(key)
    return out


@lru_cache(maxsize=64)
def places(language: str) -> Lexicon:
    """Our words for each setting name only it; CLDR's names of its symbols add to them."""
    own = {p.name: _with_oblique({w.lower() for w in p.words(language)}, language) for p in PLACES}
    mine = set().union(*own.values())
    words = {key: set(names) for key, names in own.items()}
    emoji = {p.name: p.emoji for p in PLACES if p.emoji}
    # a place's symbol may picture what stands there (☕ for a café, 🐊 for a swamp): its names that name
    # a drawable thing ("Kaffee", "முதலை") are that thing, not the place
    thing_names = set(things(language).names())
    # and its keywords count only where its own name holds them: ☕'s "Kaffee" is a drink, not a café
    for key, names in _symbol_names(language, emoji, _moment_words(language), naming=True).items():
        words[key] |= {n for n in names if n.lower() not in mine | _NOT_NAMES | thing_names}
    # the places a thesaurus files under a setting ("tarn": a pond, "smithy": a workshop): words no setting,
    # thing or cue of ours has already
    # (nor a phrase whose head is ours: "small town" is a town); written as a name ("Ben"), they name nothing
    taken = set().union(*words.values()) | thing_names | set(cues(language).names())
    thesaurus = set()
    for key, names in more_place_nouns(language).items():
        added = {n for n in names if n not in taken and n.split()[-1] not in taken}
        words[key] |= added
        thesaurus |= added
    # "son logis", "seinem Hof": an owned great house is the owner's home (script/possessed_homes.py)
    return Lexicon(language, words, other_forms=True, proper=dict.fromkeys(thesaurus, ()), possessed_home="living_room")


@lru_cache(maxsize=64)
def cues(language: str) -> Lexicon:
    """Who and what a setting holds where the text names no place: a king and his viziers are at court,
    a drunkard in a tavern, a rider on the road (`cues` in the language's word file)."""
    own = {key: {w.lower() for w in words} for key, words in word_data(language).cues.items()}
    return Lexicon(language, own, other_forms=True)


@lru_cache(maxsize=64)
def times(language: str) -> Lexicon:
    return Lexicon(language, _table_words(TIMES, word_data(language).times, language))


@lru_cache(maxsize=64)
def weathers(language: str) -> Lexicon:
    return Lexicon(language, _table_words(WEATHERS, word_data(language).weathers, language))


@lru_cache(maxsize=64)
def moods(language: str) -> Lexicon:
    return Lexicon(language, _table_words(MOODS, word_data(language).moods, language))
