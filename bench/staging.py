"""Staging benchmark: render published texts (the blind set of tests/corpus_blind) at 720p and lay out a
frame from the middle of every shot beside the sentence it stages, for a person to score: does each
sentence's shot show its subject doing its verb, in its place, with its things?

Writes, per text, OUT/NAME.mp4, OUT/NAME.sheet-K.png (the shots, 12 a page) and OUT/NAME.md (each sentence
with its shots and the staging plan's reading), and prints each film's length, shots and render time.

    .venv/bin/python bench/staging.py [--out DIR] [--only NAME] [TEXT ...]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
import textwrap
import time
from pathlib import Path

from PIL import Image, ImageDraw

from filmstudio.config import Settings
from filmstudio.film_request import FilmRequest
from filmstudio.render import render_film
from filmstudio.script.staging import describe_moment
from filmstudio.storyboard import Storyboard

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "tests" / "corpus_blind"
TEXTS = [
    "fox_and_horse.en.txt",
    "old_man_grandson.en.txt",
    "town_mouse_country_mouse.en.txt",
    "peter_rabbit.en.txt",
    "real_princess.en.txt",
    "brick_and_steel.en.fountain",
    "my_living_memory.en.fountain",
    "grimm_wolf_sieben_geislein.de.txt",
    "samaniego_la_lechera.es.txt",
    "perrault_petit_chaperon_rouge.fr.txt",
    "momotaro.ja.txt",
    "bolne_wali_gufa.hi.txt",
    "krylov_vorona_i_lisica.ru.txt",
]
CELL = (426, 240)
PER_PAGE = 12


def frame(video: Path, seconds: float) -> Image.Image:
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "f.png"
        subprocess.run(
            [
                "ffmpeg",
                "-v",
                "error",
                "-y",
                "-ss",
                f"{seconds:.2f}",
                "-i",
                str(video),
                "-frames:v",
                "1",
                "-vf",
                f"scale={CELL[0]}:{CELL[1]}",
                str(png),
            ],
            check=True,
        )
        return Image.open(png).convert("RGB")


def sheets(board: Storyboard, video: Path, out: Path) -> list[Path]:
    cells = []
    for scene in board.scenes:
        moments = {m.id: m for m in scene.moments}
        for shot in scene.shots:
            if shot.start is None or shot.end is None:
                continue
            moment = moments.get(shot.moment or "")
            label = f"{shot.id} {shot.kind}: " + (describe_moment(moment) if moment else "view of " + scene.setting)
            if shot.held and moment:  # lines said, its people as the moment left them (sitting where they sat)
                label = f"{shot.id} {shot.kind}: lines, as {moment.id} left them: {moment.postures}"
            cells.append((frame(video, (shot.start + shot.end) / 2), label))
    pages = []
    for page in range(0, len(cells), PER_PAGE):
        chunk = cells[page : page + PER_PAGE]
        rows = (len(chunk) + 2) // 3
        sheet = Image.new("RGB", (CELL[0] * 3, (CELL[1] + 30) * rows), "white")
        draw = ImageDraw.Draw(sheet)
        for i, (image, label) in enumerate(chunk):
            x, y = (i % 3) * CELL[0], (i // 3) * (CELL[1] + 30)
            sheet.paste(image, (x, y + 30))
            for k, line in enumerate(textwrap.wrap(label, 70)[:2]):
                draw.text((x + 3, y + 2 + 13 * k), line, fill="black")
        path = out.with_name(f"{out.stem}.sheet-{page // PER_PAGE + 1}.png")
        sheet.save(path)
        pages.append(path)
    return pages


def plan_text(board: Storyboard) -> str:
    """Each sentence (narrated line, action line, or a line an animal says) with the shots that stage it."""
    rows = [
        "| scene | place, time, weather | sentence | said by | shots | staged as |",
        "|---|---|---|---|---|---|",
    ]
    names = {c.id: c.name for c in board.characters}
    for scene in board.scenes:
        speakers = {line.id: line.character_id for line in scene.lines}
        for moment in scene.moments:
            speaker = speakers.get(moment.line_id or "", "narrator")
            said_by = "narration" if speaker == "narrator" else names.get(speaker, speaker)
            shots = [s.id for s in scene.shots if s.moment == moment.id and not s.held] or [
                s.id for s in scene.shots if moment.line_id and moment.line_id in s.line_ids
            ]
            where = f"{scene.setting}, {scene.time_of_day}, {scene.weather}"
            text = " ".join(moment.text.split())[:160].replace("|", "/")
            rows.append(
                f"| {scene.id} | {where} | {text} | {said_by} | {', '.join(shots)} | {describe_moment(moment)} |"
            )
    return "\n".join(rows) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("texts", nargs="*", help="texts to render (default: 13 of the blind set)")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "staging-bench")
    parser.add_argument("--only", help="render only texts whose name contains this")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    texts = [Path(t) for t in args.texts] or [BLIND / name for name in TEXTS]
    print(f"{'text':<40}{'film s':>8}{'shots':>7}{'staged':>8}{'render s':>10}")
    for text in texts:
        if args.only and args.only not in text.name:
            continue
        stem = text.name.split(".")[0]
        video = args.out / f"{stem}.mp4"
        settings = Settings(data_dir=args.out / "data")
        started = time.perf_counter()
        result = render_film(
            text,
            video,
            FilmRequest(resolution="720p", fps=24),
            settings=settings,
            storyboard_path=args.out / f"{stem}.json",
        )
        took = time.perf_counter() - started
        board = result.storyboard
        sheets(board, video, args.out / f"{stem}.png")
        (args.out / f"{stem}.md").write_text(f"# {text.name}\n\n{plan_text(board)}", encoding="utf-8")
        shots = [s for sc in board.scenes for s in sc.shots]
        staged = sum(1 for s in shots if s.moment)
        print(f"{text.name:<40}{board.duration or 0:>8.1f}{len(shots):>7}{staged:>8}{took:>10.1f}")
    print(json.dumps({"out": str(args.out)}))


if __name__ == "__main__":
    main()
