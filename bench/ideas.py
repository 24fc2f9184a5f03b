"""Ten ideas nobody on the team wrote for a test, written by a language model and checked the way the
studio checks them (the schema, the length for the duration, the language, the characters), then,
with --render, made into films. Prints one line per idea and a summary.

Run: `.venv/bin/python bench/ideas.py --engine local|openai|anthropic [--render]` (the engine's settings
come from the environment: FILMSTUDIO_OPENAI_BASE_URL, FILMSTUDIO_LLM_MODEL_PATH, …)."""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from filmstudio.config import Settings
from filmstudio.engines.llm.select import llm_for
from filmstudio.errors import StudioError
from filmstudio.film_request import FilmRequest
from filmstudio.writing.script_writer import Idea, write_script

IDEAS = [
    ("A 60-second explainer on the monsoon for children", 60, "hi", 2, "dialogue"),
    ("A grandmother teaches her grandson to make rotis", 45, "en", 2, "dialogue"),
    ("Why the moon changes shape, told by a curious owl", 60, "en", 2, "narration"),
    ("A temple festival at dawn: lamps, bells and flowers", 30, "en", 1, "narration"),
    ("Two rival bakers must share one oven on a snowy night", 60, "en", 2, "screenplay"),
    ("A lost robot finds its way home through a market", 45, "es", 2, "dialogue"),
    ("How to save water at home, for a school assembly", 30, "en", 2, "dialogue"),
    ("A fisherman and his daughter see a storm coming", 60, "ta", 2, "dialogue"),
    ("The story of a seed that becomes a tree", 30, "fr", 1, "narration"),
    ("A job interview that goes wonderfully wrong", 60, "en", 3, "screenplay"),
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--engine", default=None)
    parser.add_argument("--render", action="store_true")
    parser.add_argument("--only", type=int, default=None, help="just this idea (1..10)")
    args = parser.parse_args()
    settings = Settings()
    llm = llm_for(settings, args.engine)
    results = []
    for number, (text, seconds, language, people, form) in enumerate(IDEAS, 1):
        if args.only and number != args.only:
            continue
        started = time.monotonic()
        row = {"idea": number, "language": language, "form": form, "seconds": seconds}
        try:
            written = write_script(
                llm, Idea(idea=text, duration=seconds, language=language, characters=people, form=form)
            )
            row.update(
                ok=True,
                title=written.title,
                words=written.words,
                target=written.target_words,
                attempts=written.attempts,
                characters=[c.name for c in written.characters],
            )
            if args.render:
                from filmstudio.render import render_film

                with tempfile.TemporaryDirectory() as work:
                    script = Path(work) / ("idea.fountain" if form == "screenplay" else "idea.txt")
                    script.write_text(written.script, encoding="utf-8")
                    request = FilmRequest.from_settings(
                        {
                            "duration": seconds,
                            "language": language,
                            "characters": [c.model_dump() for c in written.characters],
                        }
                    )
                    result = render_film(script, Path(work) / "film.mp4", request, settings=settings)
                    row["film_seconds"] = round(float(result.probe["duration"]), 1)
        except StudioError as exc:
            row.update(ok=False, error=exc.code, why=exc.message[:160])
        row["write_seconds"] = round(time.monotonic() - started, 1)
        results.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    good = sum(1 for r in results if r["ok"])
    print(f"{llm.name} ({llm.model}): {good}/{len(results)} ideas gave a usable script")


if __name__ == "__main__":
    main()
