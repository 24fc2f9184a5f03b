"""Builds `src/filmstudio/script/data/thing_nouns_en.json`: the English nouns for made things and foods the
painter has no picture of, each with the drawable thing nearest it up WordNet 3.0's tree (a cudgel: the
stick, a flagon: the bottle, a satchel: the bag, a kettle: the teapot). WordNet's licence allows use and
redistribution with its notice, which the data file carries and `thing_nouns_en.LICENSE.txt` beside it.

    python -m bench.build_thing_nouns [PATH/TO/wordnet/dict]      # Debian's wordnet-base: /usr/share/wordnet

The drawable synsets are the first made-thing or food sense of each word the reader already knows as a
thing (data/words/en.json: "lantern" -> the lantern, "pot" -> the soup). A word is kept when its first noun
sense (WordNet orders senses by how often they are met) is a made thing (artifact.n.01) or a food
(food.n.01, food.n.02), it is met as a noun at least as often as a verb or an adjective ("hammer", "press"
are verbs first), and a drawable synset lies a few steps up its hypernyms; a drawable synset over a great
many kinds (a container, a device) draws only its own words. A word whose first sense is something else
("bank", "post", "lute": a cement first) stays out. The words only add to the reader's own (vocabulary.things)."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import stopwordsiso
from bench.build_creature_nouns import _counts, _tree
from bench.build_person_nouns import _senses, _under

DATA = Path(__file__).resolve().parents[1] / "src" / "filmstudio" / "script" / "data"
OUT = DATA / "thing_nouns_en.json"
LICENCE = DATA / "person_nouns_en.LICENSE.txt"  # WordNet 3.0's notice, as shipped beside the other lists
LICENCE_OUT = DATA / "thing_nouns_en.LICENSE.txt"
DEFAULT = Path("/usr/share/wordnet")
ARTIFACT = "00021939"  # artifact.n.01
FOODS = ("00021265", "07555863")  # food.n.01 (nutrient), food.n.02 (solid food)
MOST_STEPS = 4  # hypernyms walked up from a word's first sense
# a drawable synset with more kinds under it than this names too wide a class to draw them all as it
KINDS = 120
NEAR = 2  # a drawable cousin counts only under an ancestor this near ...
COUSINS = 60  # ... with no more kinds under it than this (a stick's kinds, not all implements)
_SHORT = 3  # letters: a short word never met in the tagged texts is as often a cipher or a name
# a word with a sense among its first few under these is as often someone as something
BEINGS = ("00007846", "00015388", "09504135")  # person.n.01, animal.n.01, spiritual_being.n.01
_NEAR_SENSES = 3
# kinds of things never drawn from a word of their own: the living (animals and plants have their own
# lists), the sky, and what the heavens or the ground are
_NOT_MADE = {"animal", "plant", "nature"}
# nor drawn as these: a building is a setting, not a thing in a hand or beside one (the settings have their
# own WordNet words: bench/build_place_nouns.py), the roadworks barrier is no fence, gate or wall, and the
# wrapped sweet no marshmallow, toffee or fudge
_NOT_AS = {"barrier", "candy"}
_NOT_AS_KINDS = {"building"}


def _drawable(tree: dict, nouns: dict[str, list[str]], made: set[str], barred: bool = False) -> dict[str, str]:
    """synset offset -> the drawable key it is: the first made or food sense of each word the reader knows
    as a thing of a kind that is made or eaten, the key's own name first ("pot" is the soup's word, but
    the soup's own sense is soup); with `barred`, those of the keys no other word is drawn as."""
    from filmstudio.script.vocabulary import THINGS
    from filmstudio.script.word_data import word_data

    def wanted(key: str) -> bool:  # the keys drawn, or with `barred` those never drawn for another word
        drawn = THINGS.get(key, ("",))[0] not in _NOT_MADE | _NOT_AS_KINDS and key not in _NOT_AS
        return key in _NOT_AS if barred else drawn

    words = [(word.lower(), key) for key, names in word_data("en").things.items() if wanted(key) for word in names]
    words.sort(key=lambda item: item[0].replace(" ", "_") != item[1])
    out: dict[str, str] = {}
    for word, key in words:
        sense = next((s for s in nouns.get(word.replace(" ", "_"), []) if s in made), None)
        if sense is not None:
            out.setdefault(sense, key)
    return out


def _nearest(start: str, tree: dict, drawable: dict[str, str], wide: set[str], hyponyms: dict) -> str | None:
    """The drawable key nearest `start` (itself first): a synset up the tree, none too wide; or one step down
    from its parent or grandparent where that holds few kinds (a cudgel's sticks hold the walking stick),
    the fewest steps first, an ancestor before a cousin as near."""
    best: tuple[int, int, str] | None = None
    level, seen, depth = [start], {start}, 0
    while level and depth <= MOST_STEPS and (best is None or depth < best[0]):
        for node in level:
            if node in drawable and (node == start or node not in wide):
                best = min(best or (depth, 0, drawable[node]), (depth, 0, drawable[node]))
            near = 0 < depth <= NEAR and len(_under(node, hyponyms)) <= COUSINS
            for child in tree[node][2] if near else ():
                if child in drawable and child not in seen and child not in wide:
                    best = min(best or (depth + 1, 1, drawable[child]), (depth + 1, 1, drawable[child]))
        level = [h for o in level for h in tree[o][1] if h not in seen]
        seen.update(level)
        depth += 1
    return best[2] if best else None


def _noun_totals(folder: Path) -> dict[str, int]:
    """noun -> how often any of its noun senses was met in the tagged texts."""
    out: dict[str, int] = {}
    for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _number, count = line.split()
        lemma, rest = key.split("%", 1)
        if rest[0] == "1":
            out[lemma] = out.get(lemma, 0) + int(count)
    return out


def _scan(folder: Path) -> tuple[set[str], set[str]]:
    """The nouns WordNet writes in lower case in some synset (not only as a name: "Bible", "Oreo"), and the
    synsets that are a part of another thing ("pocket": of a garment, "tire": of a wheel): never drawn alone."""
    lower: set[str] = set()
    parts: set[str] = set()
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        lower.update(w for w in fields[4 : 4 + 2 * count : 2] if w.islower())
        at = 4 + 2 * count
        if any(fields[at + 1 + 4 * k] == "#p" for k in range(int(fields[at]))):
            parts.add(fields[0])
    return lower, parts


def build(folder: Path) -> dict[str, str]:
    tree = _tree(folder)
    hyponyms: dict[str, tuple[list[str], list[str], str]] = {k: ([], v[2], v[3]) for k, v in tree.items()}
    made = _under(ARTIFACT, hyponyms) | set().union(*(_under(f, hyponyms) for f in FOODS))
    nouns = _senses(folder / "index.noun")
    others = {**_senses(folder / "index.verb"), **_senses(folder / "index.adj")}
    tags = _counts(folder)
    totals = _noun_totals(folder)
    drawable = _drawable(tree, nouns, made)
    # the kinds of a thing never drawn as it (a fence, a gate, a toffee) are drawn as nothing else either
    barred = set().union(*(_under(s, hyponyms) for s in _drawable(tree, nouns, made, barred=True)))
    wide = {s for s in drawable if len(_under(s, hyponyms)) > KINDS}
    known = {w for s in drawable for w in tree[s][0]}
    closed = set(stopwordsiso.stopwords("en"))
    lower, parts = _scan(folder)
    beings = set().union(*(_under(b, hyponyms) for b in BEINGS))
    out: dict[str, str] = {}
    for word, senses in sorted(nouns.items()):
        if word in known or word in closed or word.count("_") > 1 or not word.replace("_", "").isalpha():
            continue
        noun_count = tags.get(f"{word}%n", 0)
        if word in others and max(tags.get(f"{word}%v", 0), tags.get(f"{word}%a", 0)) > noun_count:
            continue  # "hammer", "press", "sweet": a verb or an adjective first
        if len(word) <= _SHORT and not noun_count:
            continue
        first = senses[0]
        if first not in made or word not in lower or first in parts or first in barred:
            continue  # "bank", "lute": something else first; "Bible": a name; "pocket": part of a coat
        if len(senses) > 1 and 2 * noun_count <= totals.get(word, 0):
            continue  # "lager": senses never met are in no telling order; "counter": a table as often as not
        if set(senses[:_NEAR_SENSES]) & beings:
            continue  # "commuter", "destroyer": a person or an animal as often as a train or a ship
        key = _nearest(first, tree, drawable, wide, hyponyms)
        if key is not None:
            out[word.replace("_", " ")] = key
    return out


def main(argv: list[str]) -> None:
    words = build(Path(argv[0]) if argv else DEFAULT)
    data = {
        "_source": "WordNet 3.0, Princeton University: nouns whose first sense is a made thing or a food, with the "
        "nearest drawable thing up its tree; built by bench/build_thing_nouns.py",
        "_licence": LICENCE.read_text(encoding="utf-8").strip(),
        "words": words,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    shutil.copyfile(LICENCE, LICENCE_OUT)
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
