"""Are a film's voices told apart? In each language, six characters (three women, three men) are cast
as the studio casts them, each reads the same sentence with the pitch and rate casting gave it, and each
pair of the same gender is compared by pitch (median F0) and timbre (mean MFCC), as
`filmstudio.media.voiceprint` defines "apart". A child and an elder of each gender are cast too, and
their pitch printed beside the young adults'. No network.

With `--film SCRIPT`, it times instead what a film's voices cost: the script read and cast as a render
does, then the voice synthesis stage run alone with a cold asset cache (every line spoken, as the render
speaks them: two lines at a time), its seconds printed beside the seconds of speech it made. The budget
is 15 s for a 60 s film on 2 cores.

Run: `.venv/bin/python bench/voices.py [--only es,fr]`
     `.venv/bin/python bench/voices.py --film bench/scripts/un_minuto.es.txt [--duration 60] [--repeat 3]`"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from filmstudio.config import Settings  # noqa: E402
from filmstudio.engines.registry import get_registry  # noqa: E402
from filmstudio.engines.tts.casting import cast_voices  # noqa: E402
from filmstudio.engines.tts.voices import installed_voices  # noqa: E402
from filmstudio.media.audio import read_wav, speech_to_wav  # noqa: E402
from filmstudio.media.voiceprint import Voiceprint, voiceprint  # noqa: E402
from filmstudio.storyboard import Character  # noqa: E402
from languages import SENTENCES  # noqa: E402  (the same everyday sentence the clarity bench reads)

CAST = [("female", "young_adult")] * 3 + [("male", "young_adult")] * 3
CAST += [("female", "child"), ("male", "child"), ("female", "elderly"), ("male", "elderly")]


def told_apart(prints: list[Voiceprint]) -> int:
    """How many of these voices a listener tells apart: the largest group whose every pair is apart."""
    for size in range(len(prints), 0, -1):
        for group in itertools.combinations(prints, size):
            if all(a.apart_from(b) for a, b in itertools.combinations(group, 2)):
                return size
    return 0


def measure(language: str, voices: list, settings: Settings, work: Path) -> dict:
    characters = [
        Character(id=f"c{i}", name=f"C{i}", gender=gender, age=age, language=language)  # type: ignore[arg-type]
        for i, (gender, age) in enumerate(CAST)
    ]
    cast_voices(characters, voices)
    registry = get_registry()
    prints: dict[str, Voiceprint] = {}
    names: dict[str, str] = {}
    for character in characters:
        choice = character.voice
        assert choice is not None
        engine = registry.get("tts", choice.engine)
        info = next(v for v in engine.voices() if v.id == choice.voice)
        speech = engine.synthesize(SENTENCES[language][0], info, language=language, rate=choice.rate)
        wav = work / f"{language}-{character.id}.wav"
        speech_to_wav(settings.ffmpeg, speech.samples, speech.sample_rate, wav, pitch=choice.pitch)
        samples, rate = read_wav(wav)
        prints[character.id] = voiceprint(samples, rate)
        names[character.id] = f"{choice.engine}:{choice.voice}@{choice.pitch:g}"
    row: dict = {"language": language}
    for gender, ids in (("female", ["c0", "c1", "c2"]), ("male", ["c3", "c4", "c5"])):
        row[gender] = told_apart([prints[i] for i in ids])
        row[f"{gender}_voices"] = ", ".join(f"{names[i]} {prints[i].pitch:.0f} Hz" for i in ids)
    adult = {
        g: sum(prints[i].pitch for i in ids) / 3
        for g, ids in (("female", ["c0", "c1", "c2"]), ("male", ["c3", "c4", "c5"]))
    }
    row["ages"] = (
        f"girl {prints['c6'].pitch:.0f} / women {adult['female']:.0f} / old woman {prints['c8'].pitch:.0f} Hz; "
        f"boy {prints['c7'].pitch:.0f} / men {adult['male']:.0f} / old man {prints['c9'].pitch:.0f} Hz"
    )
    return row


def _film_voices(script: Path, duration: float | None, data: Path) -> dict:
    """One film's voices made with a cold asset cache, in a fresh process: the stage's seconds, the
    model's first load among them, and the seconds of speech."""
    import threading

    from filmstudio.film_request import FilmRequest
    from filmstudio.pipeline.stage import StageContext
    from filmstudio.pipeline.stages.voice_synthesis import VoiceSynthesisStage
    from filmstudio.render import analyse, asset_cache, load_storyboard

    language = script.name.split(".")[-2] if script.name.count(".") == 2 else "en"  # name.es.txt
    request = FilmRequest(duration=duration, subtitles=[language])
    settings = request.engine_settings(Settings(data_dir=data))
    board = analyse(load_storyboard(script, request, settings), request, settings=settings)
    # the model put together from its PyPI parts once per installation, not per film: done before timing
    for voice in {c.voice.engine for c in board.characters if c.voice}:
        engine = get_registry().get("tts", voice)
        if hasattr(engine, "_loaded"):
            engine._loaded()
    work = data / "work"
    work.mkdir(parents=True, exist_ok=True)
    ctx = StageContext(
        settings=settings,
        registry=get_registry(),
        cache=asset_cache(settings),
        request=request,
        work_dir=work,
        cancel_event=threading.Event(),
        uses=VoiceSynthesisStage.uses,
    )
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started, cpu = time.perf_counter(), time.process_time()
    VoiceSynthesisStage().run(board, ctx)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    ffmpeg = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    lines = board.lines()
    return {
        "seconds": seconds,
        "cpu": cpu,
        "ffmpeg": ffmpeg,
        "lines": len(lines),
        "speech": sum(line.audio_duration or 0.0 for line in lines),
        "voices": sorted({f"{c.voice.engine}:{c.voice.voice}" for c in board.characters if c.voice}),
    }


def film_bench(script: Path, duration: float | None, repeat: int) -> None:
    import multiprocessing
    import statistics

    runs = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp, multiprocessing.get_context("spawn").Pool(1) as pool:
            runs.append(pool.apply(_film_voices, (script, duration, Path(tmp))))
        run = runs[-1]
        print(
            f"{script.name}: {run['lines']} lines, {run['speech']:.1f} s of speech in {run['seconds']:.1f} s "
            f"({run['cpu']:.1f} s of CPU, ffmpeg {run['ffmpeg']:.1f}; {', '.join(run['voices'])})",
            flush=True,
        )
    print(f"median of {repeat}: {statistics.median(r['seconds'] for r in runs):.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default=None)
    parser.add_argument("--film", type=Path, default=None, help="time the voices of this script's film instead")
    parser.add_argument("--duration", type=float, default=60.0, help="with --film: the film's seconds")
    parser.add_argument("--repeat", type=int, default=1, help="with --film: runs (the median is printed)")
    args = parser.parse_args()
    if args.film:
        film_bench(args.film, args.duration, args.repeat)
        return
    settings = Settings()
    voices = installed_voices(get_registry(), settings)
    spoken = sorted({code for v in voices for code in v.languages} & set(SENTENCES))
    wanted = args.only.split(",") if args.only else spoken
    started = time.monotonic()
    rows = []
    with tempfile.TemporaryDirectory() as work:
        for language in wanted:
            rows.append(measure(language, voices, settings, Path(work)))
            row = rows[-1]
            print(f"{language:<3} women {row['female']}/3 men {row['male']}/3 | {row['ages']}", flush=True)
    full = [r["language"] for r in rows if r["female"] == 3 and r["male"] == 3]
    print(
        f"\n{len(rows)} languages in {time.monotonic() - started:.0f} s; three women and three men told apart in "
        f"{len(full)}: {' '.join(full)}"
    )
    print("\n| language | women apart | men apart | women | men |\n| --- | --- | --- | --- | --- |")
    for r in rows:
        print(f"| {r['language']} | {r['female']}/3 | {r['male']}/3 | {r['female_voices']} | {r['male_voices']} |")


if __name__ == "__main__":
    main()
