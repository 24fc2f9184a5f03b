"""Builds `src/filmstudio/script/data/place_nouns_en.json`: the English nouns for places our settings table
has no word for ("tarn", "lodgings", "smithy", "doghouse", "scullery"), each mapped to the nearest drawable
setting by WordNet 3.0's tree: the word's first noun sense (the one met most often) is walked up its
hypernyms to the nearest synset listed in ANCHORS below ("tarn" -> lake -> the pond; "smithy" -> the
workshop; "doghouse" -> an outbuilding for animals -> the stable).

    python -m bench.build_place_nouns [PATH/TO/wordnet/dict]

The dict folder is WordNet's own (`index.noun`, `data.noun`, `cntlist.rev`); Debian's `wordnet-base`
installs it in /usr/share/wordnet, the default. A word met more often as a verb than as a noun ("shed",
"camp") is left out, and so are words WordNet writes only with a capital (names of single places: the
reader has its own) and instances. The words only add to a setting's own words (vocabulary.places), never
replace them."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import stopwordsiso

OUT = Path(__file__).resolve().parents[1] / "src" / "filmstudio" / "script" / "data" / "place_nouns_en.json"
LICENCE = OUT.with_name("person_nouns_en.LICENSE.txt")  # WordNet 3.0's notice, already shipped beside its data
DEFAULT = Path("/usr/share/wordnet")
# WordNet 3.0 synsets (offsets) -> the drawable setting their hyponyms are drawn as; the nearest one wins
ANCHORS: dict[str, str | None] = {
    # drawn as no place: a compartment of a car or a cabinet, a closet or booth, a yard
    **dict.fromkeys(["03079741", "03080309", "03148324", "04610879", "08684294"], None),
    **dict.fromkeys(["09397391", "09328904"], "pond"),  # pond, lake: a mere, a tarn, a reservoir
    **dict.fromkeys(["09347779", "09477890", "09452395", "09225943"], "swamp"),  # marsh, wetland, swamp, bog
    **dict.fromkeys(["03719053", "03195485", "03542333"], "mansion"),  # mansion, lodgings, hotel
    **dict.fromkeys(["03541696", "04395875"], "tavern"),  # inn, tavern (a pub, an alehouse)
    "02796995": "bar",  # barroom (a saloon, a cocktail lounge)
    **dict.fromkeys(["03547054", "02919792", "03550153"], "cabin"),  # hovel/hut, cottage, army hut
    **dict.fromkeys(["03544360", "03259505", "04105893", "03679712", "03891538"], "living_room"),  # house, home, room
    **dict.fromkeys(["03878066", "02980441", "03878211", "03877845"], "palace"),  # palace, castle
    "03028079": "church",
    "04407435": "temple",
    "03788195": "mosque",
    **dict.fromkeys(["02793495", "03322099", "03322836", "08569998"], "farm"),  # barn, farm, farmhouse, field
    **dict.fromkeys(["08598301", "08570634", "08616050"], "meadow"),  # grassland, meadow, pasture
    **dict.fromkeys(["04294879", "03610524"], "stable"),  # stable, kennel: the animals' outbuildings
    "03417345": "garden",
    "08615149": "park",
    "04334599": "city",  # a street
    **dict.fromkeys(["04096066", "03899328"], "road"),  # road, path
    **dict.fromkeys(["09411430", "09448361", "09229409"], "river"),  # river, stream, brook
    **dict.fromkeys(["09426788", "09376198", "08639058", "03492250"], "sea"),  # sea, ocean, seaport, harbour
    **dict.fromkeys(["09217230", "09433442", "09316454"], "beach"),  # beach, shore, island
    "08505573": "desert",
    "09238926": "cave",
    "03768346": "mine",
    "03619890": "kitchen",
    "02776631": "kitchen",  # a bakery: a baker at work is drawn in a kitchen (script/work_places.py)
    "02821627": "bedroom",
    "03112099": "hallway",
    "04081281": "restaurant",
    "03841666": "office",
    "03038685": "classroom",
    "03540595": "hospital_room",
    "03120778": "courtroom",
    "03629986": "laboratory",
    "04417809": "stage",  # a theatre
    **dict.fromkeys(["03238131", "03458128", "04592962"], "backstage"),  # dressing room, greenroom, the wings
    "03722288": "market",  # marketplace (a bazaar, a supermarket)
    "04202417": "shop",  # shop (a bookshop, a boutique, a butcher's)
    **dict.fromkeys(["04603081", "03383646"], "workshop"),  # workshop, forge/smithy
    "03416489": "garage",
    **dict.fromkeys(["03885535", "04329477", "03686130"], "pantry"),  # pantry, storeroom, attic
    **dict.fromkeys(["02800497", "02991847"], "cellar"),  # basement, wine cellar
    **dict.fromkeys(["02991302", "03111690"], "prison_cell"),  # a jail cell, a prison or jail
    **dict.fromkeys(["08521623", "08647354"], "graveyard"),  # cemetery, churchyard
    **dict.fromkeys(["08226699", "08672738"], "village"),
    **dict.fromkeys(["08524735", "08665504", "08518505"], "city"),  # city, town, capital
    **dict.fromkeys(["08438533", "09284015", "08509111", "08438928"], "forest"),  # forest, jungle, grove
    **dict.fromkeys(["09359803", "09303008", "09468604"], "mountains"),  # mountain, hill, valley
    "02944826": "campfire",  # a camp
    "08506641": "battlefield",
}
_MOST_STEPS = 6  # hypernyms walked up from a word's first sense
_SHORT = 3  # letters


def _hypernyms(folder: Path) -> tuple[dict[str, list[str]], set[str]]:
    """offset -> the offsets of its (class) hypernyms; and the offsets that are instances (a single place)."""
    up: dict[str, list[str]] = {}
    instances = set()
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        fields = line.split(" | ")[0].split()
        offset, count = fields[0], int(fields[3], 16)
        at = 4 + 2 * count
        pointers = [(fields[at + 1 + 4 * k], fields[at + 2 + 4 * k]) for k in range(int(fields[at]))]
        up[offset] = [target for symbol, target in pointers if symbol == "@"]
        if any(symbol == "@i" for symbol, _ in pointers):
            instances.add(offset)
    return up, instances


def _senses(folder: Path) -> dict[str, list[str]]:
    """word -> the offsets of its noun senses, the first met most often (WordNet orders them so)."""
    out = {}
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            fields = line.split()
            out[fields[0]] = fields[-int(fields[2]) :]
    return out


def _counts(folder: Path) -> dict[str, int]:
    """'word%n', 'word%v' -> how often its senses were met in the tagged texts."""
    out: dict[str, int] = defaultdict(int)
    for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _number, count = line.split()
        lemma, rest = key.split("%", 1)
        out[f"{lemma}%{'nvaar'[int(rest[0]) - 1]}"] += int(count)
    return out


def _nearest_anchor(offset: str, up: dict[str, list[str]]) -> str | None:
    level, seen = [offset], {offset}
    for _ in range(_MOST_STEPS + 1):
        found = [o for o in level if o in ANCHORS]
        if found:
            return ANCHORS[found[0]]
        level = [h for o in level for h in up.get(o, ()) if h not in seen]
        seen.update(level)
    return None


def build(folder: Path) -> dict[str, str]:
    up, instances = _hypernyms(folder)
    counts = _counts(folder)
    closed = set(stopwordsiso.stopwords("en"))
    out = {}
    for word, senses in sorted(_senses(folder).items()):
        first = senses[0]
        if instances & set(senses) or word in closed or word.count("_") > 1 or not word.replace("_", "").isalpha():
            continue  # "john", "mill": also the name of someone or of a single place
        if counts.get(f"{word}%v", 0) > counts.get(f"{word}%n", 0):
            continue  # "shed", "camp": a verb first
        if len(word) <= _SHORT and not counts.get(f"{word}%n"):
            continue  # "ben", "px", "loo": a short word never met in the tagged texts, as often a name or a cipher
        setting = _nearest_anchor(first, up)
        if setting:
            out[word.replace("_", " ")] = setting
    return out


def main(argv: list[str]) -> None:
    words = build(Path(argv[0]) if argv else DEFAULT)
    data = {
        "_source": "WordNet 3.0, Princeton University: nouns whose first sense falls under a place we draw, with "
        "the nearest setting; built by bench/build_place_nouns.py",
        "_licence": LICENCE.read_text(encoding="utf-8").strip(),
        "words": words,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
