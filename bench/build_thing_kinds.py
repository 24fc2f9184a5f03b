"""Builds `src/filmstudio/script/data/thing_kinds_en.json`: the English nouns for concrete things that neither
the words table nor `thing_nouns_en.json` draws (a deer hide, a cushion, a chisel, a trunk), each with the
drawable kind it is up WordNet 3.0's tree: a cloth (fabric, garments, animal skins, bedclothes), padding
(cushions, pads), a box, a sack, a jar (vessels), food (on a plate), a tool (implements), paper (documents)
or a trinket (jewellery, coins, charms); a watercraft is drawn as the boat, a motor vehicle as the car, any other wheeled one as the cart.
The kinds are painted by animation/thing_kinds.py. WordNet's licence allows use and redistribution with
its notice, which the data file carries and `thing_kinds_en.LICENSE.txt` beside it.

    python -m bench.build_thing_kinds [PATH/TO/wordnet/dict]      # Debian's wordnet-base: /usr/share/wordnet

A word is kept on the rules bench/build_thing_nouns.py keeps its words by (its first noun sense is the kind's,
written in lower case, no part of another thing, not a person or an animal as often), and is no word the
reader already draws. A word met as a verb more often than as a noun ("hide", "pad", "box") goes to
`after_article`: the reader takes it for a thing only inside a noun phrase ("a deer hide")."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import stopwordsiso
from bench.build_creature_nouns import _counts, _tree
from bench.build_person_nouns import _senses, _under
from bench.build_thing_nouns import _NEAR_SENSES, _SHORT, BEINGS, DEFAULT, _noun_totals, _scan

DATA = Path(__file__).resolve().parents[1] / "src" / "filmstudio" / "script" / "data"
OUT = DATA / "thing_kinds_en.json"
LICENCE = DATA / "person_nouns_en.LICENSE.txt"  # WordNet 3.0's notice, as shipped beside the other lists
LICENCE_OUT = DATA / "thing_kinds_en.LICENSE.txt"
# kind key -> the synsets whose kinds it draws; the first kind whose tree holds a word's first sense wins,
# so the narrower come first (a vessel before the implements, a sack before the containers)
KINDS: list[tuple[str, tuple[str, ...]]] = [
    ("boat", ("04530566",)),  # vessel.n.02: a watercraft
    ("car", ("03791235",)),  # motor_vehicle.n.01: a hearse, an auto
    ("cart", ("04576211",)),  # wheeled_vehicle.n.01: the rest that roll (no aircraft: they stay undrawn)
    ("kind_padding", ("03873064",)),  # padding.n.01: a mattress, a cushion, a pillow, a pad
    # fabric, piece_of_cloth, animal_skin, bedclothes, clothing, wool; and hide.n.01, the body covering of a
    # living animal, whose words ("hide", "pelt") a story says of the skin taken from it
    ("kind_cloth", ("03309808", "03932670", "14758842", "02820210", "03051540", "15104217", "01895735")),
    ("kind_sack", ("02773037",)),  # bag.n.01: a sack, a pouch, a purse
    ("kind_jar", ("04531098",)),  # vessel.n.03: a jar, an urn, a pot, a vase
    ("kind_box", ("02883344", "02974697", "03094503")),  # box, case, and any other container
    ("kind_trinket", ("03597469", "13388245", "03009633")),  # jewelry, coin, charm
    ("kind_paper", ("14974264", "03217458")),  # paper, document.n.04 (the thing, not the writing in it)
    # food.n.02 (solid food) and dish.n.02: no nutrient, drink or meal (a meal is a table: script/key_things.py)
    ("kind_food", ("07555863", "07557434")),
    ("kind_tool", ("03563967",)),  # implement.n.01: tools, utensils
]


def _known() -> set[str]:
    """The words the reader already draws as a thing of its own: the words table's and the thesaurus list's."""
    from filmstudio.script.word_data import word_data

    known = {w.lower() for names in word_data("en").things.values() for w in names}
    nouns = json.loads((DATA / "thing_nouns_en.json").read_text(encoding="utf-8"))["words"]
    return known | set(nouns)


def _sense_counts(folder: Path) -> dict[str, dict[int, int]]:
    """noun -> its sense number (as index.noun orders them) -> how often that sense was met."""
    out: dict[str, dict[int, int]] = {}
    for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, number, count = line.split()
        lemma, rest = key.split("%", 1)
        if rest[0] == "1":
            out.setdefault(lemma, {})[int(number)] = int(count)
    return out


def _verb_forms(folder: Path) -> set[str]:
    """Words that are first an irregular past of a verb ("shook", "wound"): the exception list's left column
    (its -ing forms, "padding", are nouns as often)."""
    rows = [line.split() for line in (folder / "verb.exc").read_text(encoding="latin-1").splitlines()]
    return {row[0] for row in rows if row and row[0] != row[-1] and not row[0].endswith("ing")}


def build(folder: Path) -> tuple[dict[str, str], list[str]]:
    tree = _tree(folder)
    verb_forms = _verb_forms(folder)
    hyponyms: dict[str, tuple[list[str], list[str], str]] = {k: ([], v[2], v[3]) for k, v in tree.items()}
    under = [(key, set().union(*(_under(r, hyponyms) for r in roots))) for key, roots in KINDS]
    nouns = _senses(folder / "index.noun")
    others = {**_senses(folder / "index.verb"), **_senses(folder / "index.adj")}
    tags = _counts(folder)
    totals = _noun_totals(folder)
    met = _sense_counts(folder)
    known = _known()
    closed = set(stopwordsiso.stopwords("en"))
    lower, parts = _scan(folder)
    beings = set().union(*(_under(b, hyponyms) for b in BEINGS))
    words: dict[str, str] = {}
    after_article: list[str] = []
    for word, senses in sorted(nouns.items()):
        if word in known or word in closed or word in verb_forms or "_" in word or not word.isalpha():
            continue  # one word: a phrase's head is found as the word alone ("deer hide": the hide)
        noun_count = tags.get(f"{word}%n", 0)
        if len(word) <= _SHORT and not noun_count:
            continue
        first = senses[0]
        if word not in lower or first in parts:
            continue
        key = next((k for k, synsets in under if first in synsets), None)
        if key is None:
            continue
        # its senses of the kind met more often than all its others ("hide": the living animal's, the
        # dressed skin; senses never met are in no telling order)
        kind = sum(n for k, n in met.get(word, {}).items() if k <= len(senses) and senses[k - 1] in dict(under)[key])
        if len(senses) > 1 and 2 * kind <= totals.get(word, 0):
            continue
        if set(senses[:_NEAR_SENSES]) & beings:
            continue  # "jewel", "tramp": someone as often as something
        verb_first = word in others and max(tags.get(f"{word}%v", 0), tags.get(f"{word}%a", 0)) > noun_count
        if verb_first and not noun_count:
            continue  # never met as a noun at all
        words[word] = key
        if verb_first:
            after_article.append(word)
    return words, after_article


def main(argv: list[str]) -> None:
    words, after_article = build(Path(argv[0]) if argv else DEFAULT)
    data = {
        "_source": "WordNet 3.0, Princeton University: nouns whose first sense is a concrete thing no key of ours "
        "draws, with the drawable kind up its tree; built by bench/build_thing_kinds.py",
        "_licence": LICENCE.read_text(encoding="utf-8").strip(),
        "words": words,
        "after_article": after_article,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    shutil.copyfile(LICENCE, LICENCE_OUT)
    print(f"{len(words)} words ({len(after_article)} only after an article) -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
