"""Builds `src/filmstudio/script/data/creature_nouns_en.json`: the English nouns for animals the painter
has no picture of, each with the drawable animal nearest it in WordNet 3.0's tree (a warthog: the pig,
a toad: the frog, a robin: a bird), and the nouns for the small folk and the winged spirits of tales
(an elf, a gnome, a goblin; an angel, a cherub). WordNet's licence allows use and redistribution with
its notice, which the data file carries (as `person_nouns_en.json` does).

    python -m bench.build_creature_nouns PATH/TO/wordnet/dict      # Debian: /usr/share/wordnet

A word is kept when its first noun sense (WordNet orders senses by how often they are met) is an animal,
and it is met as a noun more often than as a verb or an adjective ("fly", "game" are not). Its nearest
drawable animal is the drawable one the fewest steps away through the tree, looking up its ancestors
and, from its parent and grandparent, one step down to their other kinds (a warthog's swine hold the
pig): further cousins are not near in look (an oyster is no worm for sharing the invertebrates). A word none is
found for is left out."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from bench.build_person_nouns import PERSON, _senses, _tag_counts, _under

OUT = Path(__file__).resolve().parents[1] / "src" / "filmstudio" / "script" / "data" / "creature_nouns_en.json"
ANIMAL = "00015388"  # animal.n.01
SPIRITUAL = "09504135"  # spiritual_being.n.01: fairies, elves, angels, ghosts
IMAGINARY = "09483738"  # imaginary_being.n.01: giants, mermaids, monsters
ANGEL = "09538915"  # angel.n.01: archangels, cherubs, seraphs
FAIRY = "09540430"  # fairy.n.02: elves, gnomes, leprechauns, pixies
NEAR = 2  # a drawable cousin counts only under an ancestor this near: a warthog's swine hold the pig
# nor under one with more kinds than this (the placental mammals hold the bat and the aardvark alike)
KINDS = 150
# a gloss that says the being is small ("a tiny old man", "a small grotesque creature")
SMALL_WORDS = ("small", "tiny", "little", "diminutive")
_SMALL_PERSON = re.compile(r"^an? (?:\w+ )?(?:person|man|woman) who is (?:\w+ )?(?:small|tiny|little)\b")


def _tree(folder: Path) -> dict[str, tuple[list[str], list[str], list[str], str]]:
    """offset -> (its words, its hypernyms, its hyponyms, its gloss); instances left out."""
    out: dict[str, tuple[list[str], list[str], list[str], str]] = {}
    for part in sorted(folder.glob("data.noun*")):
        for line in part.read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            head, _, gloss = line.partition(" | ")
            fields = head.split()
            offset, count = fields[0], int(fields[3], 16)
            words = [fields[4 + 2 * k].lower() for k in range(count)]
            at = 4 + 2 * count
            pointers = [fields[at + 1 + 4 * k : at + 5 + 4 * k] for k in range(int(fields[at]))]
            up = [p[1] for p in pointers if p[0] == "@" and p[2] == "n"]
            down = [p[1] for p in pointers if p[0] == "~" and p[2] == "n"]
            out[offset] = (words, up, down, gloss)
    return out


def _drawable(tree: dict, nouns: dict[str, list[str]], animal: set[str]) -> dict[str, str]:
    """synset offset -> the drawable animal key it is: the first animal sense of each word the reader
    already knows as a drawn animal ("frog" -> the frog, "kitten" -> the cat)."""
    from filmstudio.script.beings import animal_words

    out: dict[str, str] = {}
    for word, key in sorted(animal_words("en").items(), key=lambda item: item[0] != item[1]):  # its own name first
        sense = next((s for s in nouns.get(word.replace(" ", "_"), []) if s in animal), None)
        if sense is not None:
            out.setdefault(sense, key)
    return out


def _nearest(start: str, tree: dict, drawable: dict[str, str], hyponyms: dict) -> str | None:
    """The drawable key nearest `start`: an ancestor, or one step down from an ancestor, fewest steps."""
    best: tuple[int, int, str] | None = None
    level, seen, depth = [start], {start}, 0
    while level and (best is None or depth < best[0]):
        for node in level:
            if node in drawable:
                best = min(best or (depth, 0, drawable[node]), (depth, 0, drawable[node]))
            near = depth <= NEAR and len(_under(node, hyponyms)) <= KINDS
            for child in tree[node][2] if near else ():
                if child in drawable and child not in seen:
                    best = min(best or (depth + 1, 1, drawable[child]), (depth + 1, 1, drawable[child]))
        seen.update(level)
        level = [p for node in level for p in tree[node][1] if p not in seen]
        depth += 1
    return best[2] if best else None


def _counts(folder: Path) -> dict[str, int]:
    """As `_tag_counts`, from `cntlist.rev` (Debian's wordnet-base ships it, not index.sense)."""
    out: dict[str, int] = {}
    for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, number, count = line.split()
        lemma, rest = key.split("%", 1)
        pos = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}[rest[0]]
        if number == "1":
            out[f"{lemma}%{pos}"] = max(out.get(f"{lemma}%{pos}", 0), int(count))
    return out


def build(folder: Path) -> dict[str, object]:
    tree = _tree(folder)
    hyponyms = {k: ([], v[2], v[3]) for k, v in tree.items()}
    animal = _under(ANIMAL, hyponyms)  # type: ignore[arg-type]
    spirits = _under(SPIRITUAL, hyponyms) | _under(IMAGINARY, hyponyms)  # type: ignore[arg-type]
    angels = _under(ANGEL, hyponyms)  # type: ignore[arg-type]
    person = _under(PERSON, hyponyms)  # type: ignore[arg-type]
    fairies = _under(FAIRY, hyponyms)  # type: ignore[arg-type]
    nouns = _senses(folder / "index.noun")
    others = {**_senses(folder / "index.verb"), **_senses(folder / "index.adj")}
    tags = _tag_counts(folder / "index.sense") if (folder / "index.sense").exists() else _counts(folder)
    drawable = _drawable(tree, nouns, animal)
    known = {w for s in drawable for w in tree[s][0]}
    animals: dict[str, str] = {}
    small: list[str] = []
    winged: list[str] = []
    for word, senses in sorted(nouns.items()):
        if "_" in word or not word.isalpha() or len(word) < 3:
            continue
        noun_count = tags.get(f"{word}%n", 0)
        if word in others and max(tags.get(f"{word}%v", 0), tags.get(f"{word}%a", 0)) > noun_count:
            continue  # "fly", "game": a verb or an adjective first
        first = senses[0]
        if first in angels:
            winged.append(word)
        elif first in spirits or first in person:
            gloss = tree[first][3].lower()
            if first in spirits and (first in fairies or any(f" {w} " in f" {gloss} " for w in SMALL_WORDS)):
                small.append(word)  # fairy.n.02 and its kinds, and any spirit its gloss calls small
            elif first in person and _SMALL_PERSON.match(gloss):
                small.append(word)  # "a person who is markedly small"
        if first not in animal or word in known:
            continue
        key = _nearest(first, tree, drawable, hyponyms)
        if key is not None:
            animals[word] = key
    return {"animals": animals, "small_folk": small, "winged": winged}


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    data = build(folder)
    licence = (
        Path(__file__).resolve().parents[1] / "src/filmstudio/script/data/person_nouns_en.LICENSE.txt"
    ).read_text()
    doc = {
        "_source": "WordNet 3.0, Princeton University: nouns whose first sense is an animal, with the nearest "
        "drawable animal in its tree; nouns for small folk and angels; built by bench/build_creature_nouns.py",
        "_licence": licence,
        **data,
    }
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{len(data['animals'])} animals, {len(data['small_folk'])} small folk, {len(data['winged'])} winged")


if __name__ == "__main__":
    main()
