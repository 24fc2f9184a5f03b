"""Builds `src/filmstudio/script/data/verb_classes_en.json`: the English verbs (and phrasal verbs: "sit
down", "hunker down", "keel over") whose body the animation poses, each with its verb class, from WordNet
3.0's verb tree (Princeton; its licence allows use and redistribution with its notice, which the data file
carries as `person_nouns_en.json` does).

    python -m bench.build_verb_classes PATH/TO/wordnet/dict      # Debian: /usr/share/wordnet

A verb is kept when its first sense (WordNet orders senses by how often they are met) is one of the
anchor senses below or a troponym of one, however deep ("perch" is a way of sitting, "gobble" of eating,
"lob" of throwing), and it is not met as a noun more often than as a verb ("seat", "floor" are nouns
first). The staging tables (`data/staging/en.json`) are read first: this file only fills in the verbs
they do not list. Irregular past forms of the kept verbs (`verb.exc`: "knelt", "slid", "threw") come
with them, since a lemmatiser may not know the rarer ones."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.build_creature_nouns import _counts
from bench.build_person_nouns import _senses

OUT = Path(__file__).resolve().parents[1] / "src" / "filmstudio" / "script" / "data" / "verb_classes_en.json"
# verb class -> the WordNet 3.0 verb senses (offsets) whose troponyms are ways of doing it
ANCHORS = {
    "sit": ("01543141", "01984920", "01545332"),  # be seated; take a seat; squat
    "lie": ("01547019", "01985047"),  # be lying; lie down
    "kneel": ("01545667", "02062650"),  # kneel; crouch, stoop, bend down
    "hide": ("02145832",),  # be or go into hiding (not hiding a thing)
    "climb": ("01921982", "01923927"),  # go upward; move up by grasping
    "fall": ("01972316", "01984335"),  # descend in free fall; lose an upright position
    "eat": ("01168486", "01166369", "01170070"),  # take in solid food; eat a meal; drink
    "throw": ("01508386",),  # propel through the air
    "pull": ("01871997", "01448118"),  # push; pull (both hands on the thing moved)
    "work": ("01285458", "01309719"),  # tie, bind, fasten with a cord; dig (hands at the thing, or a tool)
    "sleep": ("00014742",),  # a way of lying that the staging draws asleep
    # going on one's own feet ("trotted", "paced", "waddled", "plodded"): drawn crossing the frame; riding,
    # sailing and flying are other senses of travel, never under these two
    "walk": ("01904948",),  # use one's feet to advance
    "run": ("01926329",),  # move fast by using one's feet
}
# senses under an anchor that move nothing by hand or body ("attract": draw by a power of the mind)
NOT_BODILY = ("01505272",)
# the share of a verb's tagged uses its first sense must have: "draw" pulls in 13 of its 137
FIRST_SHARE = 0.4
# particles that make a phrasal verb of a head verb ("lie down", "keel over", "eat up")
PARTICLES = frozenset({"down", "up", "over", "out", "in", "into", "on", "off", "away", "back", "around", "about"})


def _troponyms(folder: Path) -> dict[str, list[str]]:
    """verb offset -> its troponyms' offsets (the ways of doing it)."""
    out: dict[str, list[str]] = {}
    for line in (folder / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.partition(" | ")[0].split()
        count = int(fields[3], 16)
        at = 4 + 2 * count
        pointers = [fields[at + 1 + 4 * k : at + 5 + 4 * k] for k in range(int(fields[at]))]
        out[fields[0]] = [p[1] for p in pointers if p[0] == "~" and p[2] == "v"]
    return out


def _classes(troponyms: dict[str, list[str]]) -> dict[str, str]:
    """offset -> the class of the nearest anchor above it (a nap is sleeping before it is lying)."""
    best: dict[str, tuple[int, str]] = {}
    for cls, roots in ANCHORS.items():
        level, depth, seen = list(roots), 0, set(NOT_BODILY)
        while level:
            for offset in level:
                if offset not in best or best[offset][0] > depth:
                    best[offset] = (depth, cls)
            seen.update(level)
            level = [t for offset in level for t in troponyms.get(offset, []) if t not in seen]
            depth += 1
    return {offset: cls for offset, (_, cls) in best.items()}


def _shares(folder: Path) -> dict[str, float]:
    """verb -> the share of its tagged uses (cntlist.rev) that are its first sense."""
    first: dict[str, int] = {}
    total: dict[str, int] = {}
    for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, number, count = line.split()
        lemma, rest = key.split("%", 1)
        if rest[0] == "2":
            total[lemma] = total.get(lemma, 0) + int(count)
            if number == "1":
                first[lemma] = int(count)
    return {lemma: first.get(lemma, 0) / count for lemma, count in total.items() if count}


def build(folder: Path) -> dict[str, dict[str, str]]:
    troponyms = _troponyms(folder)
    classes = _classes(troponyms)
    verbs = _senses(folder / "index.verb")
    others = {pos: _senses(folder / f"index.{part}") for pos, part in (("n", "noun"), ("a", "adj"), ("r", "adv"))}
    tags = _counts(folder)
    shares = _shares(folder)
    single: dict[str, str] = {}
    phrasal: dict[str, str] = {}
    for word, senses in sorted(verbs.items()):
        cls = classes.get(senses[0])
        if cls is None or not word.replace("_", "").replace("-", "").isalpha():
            continue
        if any(
            word in senses_of and tags.get(f"{word}%{pos}", 0) > tags.get(f"{word}%v", 0)
            for pos, senses_of in others.items()
        ):
            continue  # "seat", "floor": a noun first; "down": an adverb first
        if shares.get(word, 1.0) < FIRST_SHARE:
            continue  # "draw": pulling is the least of its uses
        parts = word.split("_")
        if len(parts) == 1:
            single[word] = cls
        elif len(parts) == 2 and parts[1] in PARTICLES:
            phrasal[word.replace("_", " ")] = cls
    forms: dict[str, str] = {}
    for line in (folder / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, *lemmas = line.split()
        lemma = next((w for w in lemmas if w in single), None)
        if lemma is not None and form not in single:
            forms[form] = lemma
    return {"verbs": single, "phrasal": phrasal, "forms": forms}


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    data = build(folder)
    licence = (OUT.parent / "person_nouns_en.LICENSE.txt").read_text()
    doc = {
        "_source": "WordNet 3.0, Princeton University: verbs whose first sense is a way of sitting, lying, "
        "kneeling, hiding, climbing, falling, eating, throwing, pushing or pulling, tying or digging, with "
        "that verb class; walking and running verbs as walk and run; built by bench/build_verb_classes.py",
        "_licence": licence,
        **data,
    }
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(", ".join(f"{len(v)} {k}" for k, v in data.items()))


if __name__ == "__main__":
    main()
