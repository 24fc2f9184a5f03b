"""Are a film's voices told apart? In each language, six characters (three women, three men) are cast
as the studio casts them, each reads the same sentence with the pitch and rate casting gave it, and each
pair of the same gender is compared by pitch (median F0) and timbre (mean MFCC), as
`filmstudio.media.voiceprint` defines "apart". A child and an elder of each gender are cast too, and
their pitch printed beside the young adults'. No network.

Run: `.venv/bin/python bench/voices.py [--only es,fr]`"""

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default=None)
    args = parser.parse_args()
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
