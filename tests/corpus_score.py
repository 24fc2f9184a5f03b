"""Scores the script analysis against the corpus in tests/corpus: settings, things, people, genders and
ages, per measure and per language. `python -m tests.corpus_score [FOLDER]` prints the table and every
miss; tests/corpus_heldout holds scripts written after the analysis was tuned, never tuned against."""

from __future__ import annotations

import json
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
                misses.append(
                    f"{where}: setting {scene.setting} ({scene.setting_words}), expected {exp['setting']}"
                )
            if set(exp["things"]) - things:
                misses.append(f"{where}: things missed {sorted(set(exp['things']) - things)}")
            if things - set(exp["things"]):
                extra = {t.key: t.words for t in scene.things if t.key not in exp["things"]}
                misses.append(f"{where}: things not expected {extra}")
            if set(exp["people"]) - people:
                misses.append(
                    f"{where}: people missed {sorted(set(exp['people']) - people)} (found {scene.people})"
                )
        characters = {c.id: c for c in board.characters}
        for cid, traits in want["characters"].items():
            character = characters.get(cid)
            for measure in ("gender", "age"):
                got = getattr(character, measure) if character else None
                for t in tallies:
                    t.add(measure, got == traits[measure], 1)
                if got != traits[measure]:
                    words = getattr(character, f"{measure}_words") if character else []
                    misses.append(f"{name} {cid}: {measure} {got} ({words}), expected {traits[measure]}"
                                  + ("" if character else f"; characters: {sorted(characters)}"))  # fmt: skip
    return overall, dict(by_language), misses


def main() -> None:
    import sys

    overall, by_language, misses = score_corpus(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
    print(f"{'':8}" + "".join(f"{m:>18}" for m in MEASURES))
    for label, tally in [("all", overall), *sorted(by_language.items())]:
        cells = [tally.score(m) for m in MEASURES]
        print(f"{label:8}" + "".join(f"{'-' if c is None else f'{c:.0%}':>18}" for c in cells))
    print("\n".join(misses))


if __name__ == "__main__":
    main()
