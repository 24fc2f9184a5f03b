"""Stage 4: a viseme track for every line, and the shots settled on the timing plan (too-short shots
folded away, who is in each frame). Lines whose engine gave no phoneme timings (a chanted verse)
get espeak-ng's phonemes spread over their word times."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from PIL import Image

from filmstudio.animation.shots import settle_shots
from filmstudio.animation.visemes import align_in_words
from filmstudio.cache import content_key, file_digest
from filmstudio.engines.lipsync.base import LipsyncEngine, TalkingFaceEngine
from filmstudio.engines.tts.base import PhonemizingTTSEngine
from filmstudio.errors import StudioError
from filmstudio.media.audio import read_wav
from filmstudio.media.painted import face_pixels
from filmstudio.pipeline.contract import EngineKind, board
from filmstudio.pipeline.stage import StageContext
from filmstudio.storyboard import Line, Storyboard


class LipsyncStage:
    name = "lipsync"
    weight = 0.01
    reads = board(
        "scenes.lines.audio",
        "scenes.lines.phonemes",
        "scenes.lines.words",
        "scenes.shots",
        "scenes.things.box",
        "scenes.faces",
    )
    writes = board("scenes.lines.visemes", "scenes.lines.face_video", "scenes.cast", "scenes.shots.actors")
    uses: tuple[EngineKind, ...] = (
        "lipsync",
        "tts",
    )  # the any-language voice phonemises clips without timings

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        engine: LipsyncEngine = ctx.engine("lipsync")
        lines = [line for line in board.lines() if line.audio]
        done = 0

        def track(line: Line) -> None:
            ctx.check_cancelled()
            samples, rate = read_wav(Path(str(line.audio)))  # the lines with audio (above)
            phonemes = line.phonemes or align_in_words(line.words, _phonemizer(ctx, line.language))
            line.visemes = engine.track(phonemes, samples, rate)

        with ThreadPoolExecutor(max_workers=2) as pool:
            for _ in pool.map(track, lines):
                done += 1
                ctx.progress(0.9 * done / max(1, len(lines)), f"line {done}/{len(lines)}")
        if isinstance(engine, TalkingFaceEngine):
            talking_faces(board, engine, ctx)
        off_screen = [c.id for c in board.characters if not c.drawn]
        people = [c.id for c in board.characters if c.drawn and not c.animal]
        animals = [c.id for c in board.characters if c.animal]
        for scene in board.scenes:
            settle_shots(scene, off_screen, people, animals)
        ctx.progress(1.0, "shots settled")


def _phonemizer(ctx: StageContext, language: str) -> Callable[[str], str]:
    speaker: PhonemizingTTSEngine = ctx.engine("tts", role="any_language_tts")

    def phonemize(word: str) -> str:
        try:
            return speaker.phonemes(word, language=language)
        except StudioError:  # a word espeak cannot read still moves the mouth
            return "@"

    return phonemize


FACE_CACHE_VERSION = 1


def talking_faces(board: Storyboard, engine: TalkingFaceEngine, ctx: StageContext) -> None:
    """Every line said by someone whose face a scene's picture shows: that face, speaking the line, one
    frame per video frame (cached by picture, face, clip and frame rate)."""
    fps = ctx.request.fps
    for scene in board.scenes:
        if not scene.faces or not scene.image:
            continue
        picture = np.asarray(Image.open(scene.image).convert("RGB"))
        for line in scene.lines:
            box = scene.faces.get(line.character_id)
            if box is None or not line.audio:
                continue
            ctx.check_cancelled()
            left, top, right, bottom = face_pixels(box, picture.shape)
            key = content_key(
                "face",
                FACE_CACHE_VERSION,
                engine.name,
                file_digest(scene.image),
                file_digest(line.audio),
                [left, top, right, bottom],
                fps,
            )

            def make(tmp: Path, crop: np.ndarray = picture[top:bottom, left:right], audio: str = line.audio) -> None:
                samples, rate = read_wav(Path(audio))
                with open(tmp, "wb") as fh:
                    np.save(fh, engine.talking_face(crop, samples, rate, fps))

            line.face_video = str(ctx.cache.get_or_create("face", key, ".npy", make))
