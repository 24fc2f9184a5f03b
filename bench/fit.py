"""Fitting published stories to a length: each of ten stories of the blind set (300-1,500 words, several
languages) abridged to 60 s and rendered at 720p, and split into 60 s episodes (counted, not rendered).

Prints, per story: its words, its length as written (estimate), the abridged film's measured length,
the lines kept of all, whether its opening and ending are kept, which of its two main characters are
still named or heard, and the episodes' estimated lengths. `--show NAME` prints one abridgement's kept
and cut lines side by side. Run: `.venv/bin/python bench/fit.py [--only NAME] [--show NAME]`."""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from filmstudio.config import Settings
from filmstudio.film_request import FilmRequest
from filmstudio.render import render_film
from filmstudio.script import parse_script
from filmstudio.script.fit import abridge, episodes, estimate, main_characters

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "tests" / "corpus_blind"
STORIES = [
    "fox_and_horse.en.txt",
    "town_mouse_country_mouse.en.txt",
    "real_princess.en.txt",
    "peter_rabbit.en.txt",
    "rhinoceros_skin.en.txt",
    "grimm_wolf_sieben_geislein.de.txt",
    "perrault_petit_chaperon_rouge.fr.txt",
    "collodi_pinocchio_cap1.it.txt",
    "samaniego_la_lechera.es.txt",
    "tebukuro_wo_kai_ni.ja.txt",
]
TARGET = 60.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only")
    parser.add_argument("--show")
    args = parser.parse_args()
    print(f"{'story':<38}{'words':>6}{'as written':>11}{'film s':>8}{'kept':>8}  open end  main characters   episodes")
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp) / "data", cache_dir=Path(tmp) / "cache")
        for name in STORIES:
            if args.only and args.only not in name:
                continue
            text = (BLIND / name).read_text(encoding="utf-8")
            board = parse_script(text, filename=name)
            lines = [ln.text for ln in board.lines()]
            main = main_characters(board)
            parts = [round(estimate(p.scenes)) for p in episodes(board.model_copy(deep=True), TARGET)]
            cut = board.model_copy(deep=True)
            result = abridge(cut, TARGET)
            told = " ".join(result.kept).lower()
            kept_people = [
                c.name for c in main if c.name.lower() in told or any(ln.character_id == c.id for ln in cut.lines())
            ]
            request = FilmRequest(duration=TARGET, fit="abridge", resolution="720p")
            script = Path(tmp) / name
            script.write_text(text, encoding="utf-8")
            start = time.perf_counter()
            film = render_film(script, Path(tmp) / f"{name}.mp4", request, settings=settings)
            seconds = film.probe["duration"]
            print(
                f"{name:<38}{len(text.split()):>6}{estimate(board.scenes):>10.0f}s{seconds:>8.1f}"
                f"{len(result.kept):>4}/{len(lines):<3}  {'yes' if result.kept[0] == lines[0] else 'no':>4} "
                f"{'yes' if result.kept[-1] == lines[-1] else 'no':>3}  {', '.join(kept_people) + f' of {len(main)}':<16}  "
                f"{parts} ({time.perf_counter() - start:.0f} s to render)"
            )
            if args.show and args.show in name:
                print("\n  KEPT | CUT")
                for line in lines:
                    print(f"  {line[:70]:<72}|" if line in result.kept else f"  {'':<72}| {line[:70]}")
                print()


if __name__ == "__main__":
    main()
