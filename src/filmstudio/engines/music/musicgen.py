"""MusicGen through transformers, from a local folder: the style the composer's planner chose (the same
`plan`), one piece per scene conditioned on that style, the scene's mood and the tempo, all generated in
one batch; pieces longer than the model's window loop with a crossfade, scenes join with crossfades,
and the bed is cut and faded to the film's length. The mix and ducking are the composition's, as for
every bed."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from filmstudio.cache import AssetCache, content_key
from filmstudio.config import Settings
from filmstudio.engines.gpu import load_transformers
from filmstudio.engines.music.composer_engine import BED_GAIN_DB, ComposerEngine
from filmstudio.engines.music.styles import style_named
from filmstudio.media.audio import write_wav
from filmstudio.storyboard import Music, Storyboard

MUSICGEN_CACHE_VERSION = 1
WINDOW_SECONDS = 30.0  # what MusicGen was trained to make at once
CROSSFADE = 1.0
FADE = 1.5
GUIDANCE = 3.0
MOOD_WORDS = {
    "calm": "gentle, peaceful",
    "tense": "tense, suspenseful, low strings",
    "joyful": "bright, joyful",
    "melancholic": "sad, slow, melancholic",
    "mysterious": "mysterious, ambient, dark",
    "epic": "epic, powerful, drums",
    "devotional": "devotional, serene",
}


def scene_prompt(style_name: str, description: str, mood: str, tempo: int | None, raga: str | None) -> str:
    words = [description or style_name.replace("_", " "), MOOD_WORDS.get(mood, mood)]
    if raga:
        words.append(f"raga {raga}")
    if tempo:
        words.append(f"{tempo} bpm")
    return ", ".join(words) + ", instrumental film score, no vocals"


class MusicGenEngine:
    name = "musicgen"

    def __init__(self, settings: Settings) -> None:
        loaded = load_transformers(
            settings, "musicgen", model_class="MusicgenForConditionalGeneration", processor_class="AutoProcessor"
        )
        self._torch, self.device, self.processor, self.model = (
            loaded.torch,
            loaded.device,
            loaded.processor,
            loaded.model,
        )
        self.rate = int(self.model.config.audio_encoder.sampling_rate)
        self.frame_rate = float(self.model.config.audio_encoder.frame_rate)
        self.folder = loaded.folder
        self._planner = ComposerEngine()
        self._lock = threading.Lock()

    def plan(self, board: Storyboard, *, genre: str | None) -> Music:
        return self._planner.plan(board, genre=genre)

    def perform(self, board: Storyboard, *, cache: AssetCache) -> Music:
        planned = board.music or self.plan(board, genre=None)
        style = style_named(planned.genre or "ambient")
        duration = float(board.duration or 0.0)
        scenes = [(s.start or 0.0, s.end or duration, s.mood) for s in board.scenes] or [(0.0, duration, "calm")]
        prompts = [
            scene_prompt(style.name, style.description, mood, planned.tempo, planned.raga) for _, _, mood in scenes
        ]
        key = content_key(
            "musicgen",
            MUSICGEN_CACHE_VERSION,
            str(self.folder),
            prompts,
            [(round(a, 3), round(b, 3)) for a, b, _ in scenes],
            board.seed,
        )

        def make(tmp: Path) -> None:
            lengths = [b - a + CROSSFADE for a, b, _ in scenes]
            pieces = self._generate(prompts, min(WINDOW_SECONDS, max(lengths)), board.seed)
            bed = join([loop_to(p, n, self.rate) for p, n in zip(pieces, lengths, strict=True)], self.rate, duration)
            write_wav(tmp, bed, self.rate)

        path = cache.get_or_create("music", key, ".wav", make)
        return Music(
            genre=style.name,
            path=str(path),
            gain_db=BED_GAIN_DB,
            raga=planned.raga,
            tempo=planned.tempo,
            reason=f"{planned.reason}; performed by MusicGen".lstrip("; "),
        )

    def _generate(self, prompts: list[str], seconds: float, seed: int) -> list[np.ndarray]:
        torch = self._torch
        inputs = self.processor(text=prompts, padding=True, return_tensors="pt").to(self.device.name)
        # the codebooks are generated with a delay of one step each: that many more steps for the length
        tokens = int(np.ceil(seconds * self.frame_rate)) + int(self.model.config.decoder.num_codebooks) - 1
        with self._lock, torch.inference_mode():
            torch.manual_seed(seed)
            audio = self.model.generate(**inputs, do_sample=True, guidance_scale=GUIDANCE, max_new_tokens=tokens)
        waves = audio.float().cpu().numpy()[:, 0]  # (batch, samples), mono
        return [w.astype(np.float32) for w in waves]


def loop_to(piece: np.ndarray, seconds: float, rate: int) -> np.ndarray:
    """The piece repeated (crossfaded into itself) until it lasts `seconds`."""
    need = int(round(seconds * rate))
    fade = min(int(CROSSFADE * rate), len(piece) // 4)
    out = piece
    while len(out) < need and len(piece) > 2 * fade:
        out = crossfade(out, piece, fade)
    return np.pad(out, (0, max(0, need - len(out))))[:need]


def crossfade(a: np.ndarray, b: np.ndarray, fade: int) -> np.ndarray:
    if fade <= 0 or len(a) < fade or len(b) < fade:
        return np.concatenate([a, b])
    ramp = np.linspace(0.0, 1.0, fade, dtype=np.float32)
    return np.concatenate([a[:-fade], a[-fade:] * (1 - ramp) + b[:fade] * ramp, b[fade:]])


def join(pieces: list[np.ndarray], rate: int, duration: float) -> np.ndarray:
    """Scene pieces crossfaded one into the next, cut to the film's length, faded in and out, peak 0.9."""
    fade = int(CROSSFADE * rate)
    pieces = [p - p.mean() for p in pieces if p.size] or [np.zeros(1, np.float32)]  # no DC offset in a bed
    bed = pieces[0]
    for piece in pieces[1:]:
        bed = crossfade(bed, piece, fade)
    total = int(round(duration * rate))
    bed = np.pad(bed, (0, max(0, total - len(bed))))[:total].astype(np.float32)
    edge = min(int(FADE * rate), total // 4)
    if edge > 0:
        ramp = np.linspace(0.0, 1.0, edge, dtype=np.float32)
        bed[:edge] *= ramp
        bed[-edge:] *= ramp[::-1]
    peak = float(np.max(np.abs(bed))) if bed.size else 0.0
    return bed * (0.9 / peak) if peak > 1e-6 else bed
