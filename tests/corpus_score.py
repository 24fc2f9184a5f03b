"""Scores the script analysis against the corpus in tests/corpus: settings, things, people, genders and
ages, per measure and per language. `python -m tests.corpus_score [FOLDER]` prints the table and every
miss; tests/corpus_heldout holds scripts written after the analysis was tuned, never tuned against."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from filmstudio.script import parse_script

CORPUS = Path(__file__).parent / "corpus"
MEASURES = ("setting", "things", "things_precision", "people", "gender", "age")


@dataclass
class Tally:
    hit: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    total: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    def add(self, measure: str, hit: float, total: float) -> None:
        self.hit[measure] += hit
        self.total[measure] += total

    def score(self, measure: str) -> float | None:
        return self.hit[measure] / self.total[measure] if self.total[measure] else None


def score_corpus(corpus: Path = CORPUS) -> tuple[Tally, dict[str, Tally], list[str]]:
    expected = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))
    if any(isinstance(want.get("characters"), list) for want in expected.values()):
        return score_blind(corpus, expected)
    overall, by_language, misses = Tally(), defaultdict(Tally), []
    for name, want in expected.items():
        language = name.split(".")[1]
        board = parse_script((corpus / name).read_text(encoding="utf-8"), filename=name)
        tallies = (overall, by_language[language])
        if len(board.scenes) != len(want["scenes"]):
            misses.append(f"{name}: {len(board.scenes)} scenes, expected {len(want['scenes'])}")
        for i, (scene, exp) in enumerate(zip(board.scenes, want["scenes"], strict=False)):
            where = f"{name} scene {i + 1}"
            things = {t.key for t in scene.things}
            people = set(scene.people)
            for t in tallies:
                t.add("setting", scene.setting == exp["setting"], 1)
                t.add("things", len(things & set(exp["things"])), len(exp["things"]))
                t.add("things_precision", len(things & set(exp["things"])), len(things))
                t.add("people", len(people & set(exp["people"])), len(exp["people"]))
            if scene.setting != exp["setting"]:
                misses.append(f"{where}: setting {scene.setting} ({scene.setting_words}), expected {exp['setting']}")
            if set(exp["things"]) - things:
                misses.append(f"{where}: things missed {sorted(set(exp['things']) - things)}")
            if things - set(exp["things"]):
                extra = {t.key: t.words for t in scene.things if t.key not in exp["things"]}
                misses.append(f"{where}: things not expected {extra}")
            if set(exp["people"]) - people:
                misses.append(f"{where}: people missed {sorted(set(exp['people']) - people)} (found {scene.people})")
        characters = {c.id: c for c in board.characters}
        for cid, traits in want["characters"].items():
            character = characters.get(cid)
            for measure in ("gender", "age"):
                got = getattr(character, measure) if character else None
                for t in tallies:
                    t.add(measure, got == traits[measure], 1)
                if got != traits[measure]:
                    words = getattr(character, f"{measure}_words") if character else []
                    misses.append(
                        f"{name} {cid}: {measure} {got} ({words}), expected {traits[measure]}"
                        + ("" if character else f"; characters: {sorted(characters)}")
                    )
    return overall, dict(by_language), misses


BLIND_MEASURES = ("characters", "false_people", "gender", "age", "setting", "time", "things", "things_precision")
_DETERMINERS = set(
    [
        "the",
        "a",
        "an",
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "le",
        "les",
        "l'",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "ein",
        "eine",
        "einen",
        "il",
        "lo",
        "i",
        "gli",
        "o",
        "os",
        "as",
        "um",
        "uma",
    ]
)


def _normal(text: str) -> str:
    """The scorer's own plain text (not the reader's): compatibility forms, one apostrophe."""
    return unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")


def _plain_name(name: str) -> str:
    # a title's full stop is typography: "Mrs. Rabbit" and "Mrs Rabbit" are one name
    words = [w.rstrip(".") or w for w in _normal(name).lower().replace("'", "' ").split()]
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return " ".join(words).replace("' ", "'")


def _matches(character, names: list[str]) -> int:  # type: ignore[no-untyped-def]
    """How well a character the reading found is an expected one: 2 when one of its names, without
    determiners, is the found name or holds it as a whole word (the "Old Man" for "the old man"); 1 when,
    in a script other than Latin, one holds the other inside a word (an inflected form); 0 otherwise."""
    found = {_plain_name(character.name), _plain_name(character.id.replace("_", " "))}
    best = 0
    for name in names:
        plain = _plain_name(name)
        for f in found:
            if not f:
                continue
            if f == plain or (" " in plain and f" {f} " in f" {plain} ") or (" " in f and plain == f.split()[-1]):
                return 2
            if not plain.isascii() and (f in plain or plain in f) and min(len(f), len(plain)) >= 2:
                best = 1
    return best


def _best_match(cast: list, names: list[str], matched: set[str]):  # type: ignore[no-untyped-def]
    """The character found that is this expected one: a whole-name match before one inside a word, and
    one not yet matched to another expected character before one that is (found "Mother" and
    "Grandmother": "Grandmother", not "Mother" again, is the expected grandmother)."""
    ranked = [(_matches(c, names), c.id not in matched, -i, c) for i, c in enumerate(cast)]
    ranked = [r for r in ranked if r[0] > 0]
    return max(ranked, key=lambda r: r[:3])[3] if ranked else None


def _anchor(text: str) -> str:
    return re.sub(r"[\W_]+", "", _normal(text).lower())


def score_blind(corpus: Path, expected: dict) -> tuple[Tally, dict[str, Tally], list[str]]:  # type: ignore[type-arg]
    """The blind set's format: characters by their names as written, scenes by the words that open
    them, things per text (see tests/corpus_blind/README.md)."""
    overall, by_language, misses = Tally(), defaultdict(Tally), []
    for name, want in expected.items():
        language = name.split(".")[1]
        tallies = (overall, by_language[language])
        try:
            board = parse_script((corpus / name).read_text(encoding="utf-8"), filename=name)
        except Exception as exc:  # a reading that fails scores nothing
            misses.append(f"{name}: failed: {exc}")
            board = None
        cast = [c for c in board.characters if c.style != "narrator"] if board else []
        matched: set[str] = set()
        for exp in want["characters"]:
            found = _best_match(cast, exp["names"], matched)
            for t in tallies:
                t.add("characters", found is not None, 1)
            if found is None:
                misses.append(f"{name}: character missed {exp['names'][0]}")
                continue
            matched.add(found.id)
            for measure in ("gender", "age"):
                if exp.get(measure) is None:
                    continue
                got = getattr(found, measure)
                for t in tallies:
                    t.add(measure, got == exp[measure], 1)
                if got != exp[measure]:
                    words = getattr(found, f"{measure}_words")
                    misses.append(f"{name} {found.id}: {measure} {got} ({words}), expected {exp[measure]}")
        strangers = [c for c in cast if c.id not in matched]
        for t in tallies:
            t.add("false_people", len(strangers), 1)  # per text: a count, shown as an average
        for c in strangers:
            misses.append(f"{name}: not a character: {c.name}")
        scenes = board.scenes if board else []
        texts = [_anchor(" ".join([s.heading, *s.action, *(ln.text for ln in s.lines)])) for s in scenes]
        for exp in want["scenes"]:
            # a speech's opening names its speaker ("CC: Eagle, Houston", "Lane.  Yes, sir"): the scene
            # holds the words spoken
            spoken = re.sub(r"^[^\W\d][\w .'’-]{0,30}?(?:[:：]|\.\s|॰?[–—]+)\s*", "", exp["starts"])
            anchors = [a for a in (_anchor(exp["starts"])[:24], _anchor(spoken)[:24], _anchor(exp["starts"])[:12]) if a]
            index = next((i for a in anchors for i, t in enumerate(texts) if a in t), None)
            scene = scenes[index] if index is not None else None
            setting = scene.setting if scene else None
            # "other:hallway" was written where no drawable setting fitted: a hallway drawn since is it
            placed = setting is not None and exp["setting"] in (setting, f"other:{setting}")
            for t in tallies:
                t.add("setting", placed, 1)
                t.add("time", scene is not None and scene.time_of_day == exp.get("time", "day"), 1)
            if not placed:
                words = scene.setting_words if scene else "scene not found"
                misses.append(f"{name} '{exp['starts'][:30]}': setting {setting} ({words}), expected {exp['setting']}")
        want_things = {t for exp in want["scenes"] for t in exp["things"]}
        got_things = {t.key for s in scenes for t in s.things}
        for t in tallies:
            t.add("things", len(want_things & got_things), len(want_things))
            t.add("things_precision", len(want_things & got_things), len(got_things))
        if want_things - got_things:
            misses.append(f"{name}: things missed {sorted(want_things - got_things)}")
        if got_things - want_things:
            extra = {t.key: t.words for s in scenes for t in s.things if t.key not in want_things}
            misses.append(f"{name}: things not expected {extra}")
    return overall, dict(by_language), misses


def main() -> None:
    import sys

    overall, by_language, misses = score_corpus(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
    measures = BLIND_MEASURES if "characters" in overall.total else MEASURES
    print(f"{'':8}" + "".join(f"{m:>17}" for m in measures))
    for label, tally in [("all", overall), *sorted(by_language.items())]:
        cells = [tally.score(m) for m in measures]
        print(
            f"{label:8}"
            + "".join(
                f"{'-' if c is None else (f'{c:.2f}' if m == 'false_people' else f'{c:.0%}'):>17}"
                for m, c in zip(measures, cells, strict=True)
            )
        )
    print("\n".join(misses))


if __name__ == "__main__":
    main()
