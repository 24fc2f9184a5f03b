"""Stage 7: the film. Voice (and music, ducked) mixed to the target loudness; frames rendered in numpy
and piped to one ffmpeg that burns the subtitles and encodes H.264 + AAC; then the thumbnail."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from filmstudio.media import ffmpeg
from filmstudio.media.frames import SceneClip, frames, move_for
from filmstudio.media.mix import Clip, EffectClip, mix_film_audio
from filmstudio.media.thumbnail import make_thumbnail
from filmstudio.pipeline.stage import StageContext
from filmstudio.storyboard import Storyboard

WATERMARK = "Made with AI Film Studio"


class VideoCompositionStage:
    name = "video_composition"
    reads = ("scenes.image", "lines.audio", "lines.start", "duration")
    writes = ()  # files: film.mp4, thumbnail.jpg, mix.wav

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        duration = float(board.duration or 0.0)
        size = ctx.options.frame_size
        fps = ctx.options.fps
        mix_path = ctx.work_dir / "mix.wav"
        clips = [Clip(Path(line.audio), line.start or 0.0) for line in board.lines() if line.audio]
        music = Path(board.music.path) if board.music and board.music.path else None
        effects = [EffectClip(Path(e.path), e.start, e.gain_db) for e in board.effects if e.path]
        measured = mix_film_audio(
            ffmpeg_binary=ctx.settings.ffmpeg, clips=clips, duration=duration, out=mix_path, music_path=music,
            music_gain_db=board.music.gain_db if board.music else -6.0, effects=effects,
            target_lufs=ctx.settings.target_lufs,
        )  # fmt: skip
        ctx.outputs["audio"] = mix_path
        if board.music is not None and np.isfinite(measured["speech_to_background_db"]):
            board.music.speech_to_background_db = round(measured["speech_to_background_db"], 2)
        ctx.progress(0.05, "audio mixed")

        scene_clips = [
            SceneClip(_load(scene.image, size), scene.start or 0.0, scene.end or 0.0, move_for(i, board.seed))
            for i, scene in enumerate(board.scenes)
        ]
        film = ctx.work_dir / "film.mp4"
        args = ffmpeg.encode_args(
            ctx.settings.ffmpeg, width=size[0], height=size[1], fps=fps, audio=mix_path, out=film,
            subtitles=ctx.outputs.get("subtitles.ass"), preset=ctx.settings.x264_preset, crf=ctx.settings.x264_crf,
        )  # fmt: skip
        encoder = ffmpeg.Encoder(args, ctx.work_dir / "encode.log")
        total = max(1, int(round(duration * fps)))
        try:
            mark = WATERMARK if ctx.options.watermark else None
            for n, frame in enumerate(
                frames(scene_clips, duration=duration, fps=fps, size=size, watermark=mark)
            ):
                encoder.write(frame)
                if n % fps == 0:
                    ctx.progress(0.05 + 0.9 * n / total, f"frame {n}/{total}")
        except BaseException:
            encoder.kill()
            raise
        encoder.close()
        ctx.outputs["video"] = film
        thumb = ctx.work_dir / "thumbnail.jpg"
        make_thumbnail(Path(board.scenes[0].image or ""), board.title, thumb)
        ctx.outputs["thumbnail"] = thumb
        ctx.progress(1.0, "encoded")


def _load(path: str | None, size: tuple[int, int]) -> np.ndarray:
    image = Image.open(path or "").convert("RGB")
    if image.size != size:
        image = image.resize(size, Image.Resampling.LANCZOS)
    return np.asarray(image)
