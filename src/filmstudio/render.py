"""Rendering a film from a script: the pipeline from text to MP4, subtitles, thumbnail and report.

Everything is written in a work folder beside the output and moved into place only when the whole
render succeeded, so a failed or cancelled render never leaves a half-written film."""

from __future__ import annotations

import json
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict, Unpack

from filmstudio.config import Settings
from filmstudio.engines.registry import EngineRegistry, get_registry
from filmstudio.media.probe import probe
from filmstudio.pipeline.cache import AssetCache
from filmstudio.pipeline.runner import Runner, StepListener
from filmstudio.pipeline.stage import ProgressCallback, Stage, StageContext
from filmstudio.pipeline.stages.image_generation import ImageGenerationStage
from filmstudio.pipeline.stages.lipsync import LipsyncStage
from filmstudio.pipeline.stages.music_generation import MusicGenerationStage
from filmstudio.pipeline.stages.script_analysis import ScriptAnalysisStage
from filmstudio.pipeline.stages.subtitle_generation import SubtitleGenerationStage
from filmstudio.pipeline.stages.video_composition import VideoCompositionStage
from filmstudio.pipeline.stages.voice_synthesis import VoiceSynthesisStage
from filmstudio.render_options import RenderOptions
from filmstudio.script import parse_script, read_script
from filmstudio.storyboard import Storyboard


def default_stages() -> list[Stage]:
    return [
        ScriptAnalysisStage(),
        ImageGenerationStage(),
        VoiceSynthesisStage(),
        LipsyncStage(),
        MusicGenerationStage(),
        SubtitleGenerationStage(),
        VideoCompositionStage(),
    ]


@dataclass
class RenderResult:
    film: Path
    storyboard: Storyboard
    steps: list[dict[str, Any]]
    probe: dict[str, Any]
    files: dict[str, Path] = field(default_factory=dict)
    cache_misses: dict[str, int] = field(default_factory=dict)

    def report(self) -> dict[str, Any]:
        return {
            "film": str(self.film),
            "files": {k: str(v) for k, v in self.files.items()},
            "storyboard": self.storyboard.model_dump(mode="json"),
            "steps": self.steps,
            "probe": self.probe,
        }


def load_storyboard(script: Path, options: RenderOptions, settings: Settings) -> Storyboard:
    text = read_script(script, max_bytes=settings.max_script_bytes)
    return parse_script(text, filename=script.name, title=options.title, language=options.language)


class RenderHooks(TypedDict, total=False):
    """What a caller may attach to a render besides its inputs."""

    registry: EngineRegistry | None
    on_progress: ProgressCallback | None
    on_step: StepListener | None
    cancel_event: threading.Event | None
    report_path: Path | None
    storyboard_path: Path | None
    keep_audio: bool


def render_film(
    script: Path, out: Path, options: RenderOptions, *, settings: Settings, **hooks: Unpack[RenderHooks]
) -> RenderResult:
    """Read and parse a script file, then render it (see render_storyboard)."""
    board = load_storyboard(script, options, settings)
    return render_storyboard(board, out, options, settings=settings, **hooks)


def render_storyboard(
    board: Storyboard,
    out: Path,
    options: RenderOptions,
    *,
    settings: Settings,
    registry: EngineRegistry | None = None,
    on_progress: ProgressCallback | None = None,
    on_step: StepListener | None = None,
    cancel_event: threading.Event | None = None,
    report_path: Path | None = None,
    storyboard_path: Path | None = None,
    keep_audio: bool = False,
) -> RenderResult:
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    cache = AssetCache(settings.resolved_cache_dir)
    work = Path(tempfile.mkdtemp(prefix=".render-", dir=out.parent))
    try:
        ctx = StageContext(
            settings=settings, registry=registry or get_registry(), cache=cache, options=options, work_dir=work,
            cancel_event=cancel_event or threading.Event(), on_progress=on_progress,
        )  # fmt: skip
        runner = Runner(default_stages(), on_step=on_step)
        runner.run(board, ctx)
        files = _publish(ctx.outputs, out, keep_audio=keep_audio)
        result = RenderResult(
            film=out,
            storyboard=board,
            steps=[s.to_dict() for s in runner.steps],
            probe=probe(settings.ffprobe, settings.ffmpeg, out),
            files=files,
            cache_misses=dict(cache.misses),
        )
        if storyboard_path is not None:
            _write_json(storyboard_path, board.model_dump(mode="json"))
        if report_path is not None:
            _write_json(report_path, result.report())
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _publish(outputs: dict[str, Path], film: Path, *, keep_audio: bool = False) -> dict[str, Path]:
    """Move the finished files next to the film: FILM.mp4, FILM.<lang>.srt/.vtt, FILM.jpg (and, when
    asked, the soundtrack as FILM.wav and the animation log as FILM.animation.json)."""
    stem = film.with_suffix("")
    plan: dict[str, tuple[Path, Path]] = {"video": (outputs["video"], film)}
    plan["thumbnail"] = (outputs["thumbnail"], stem.with_suffix(".jpg"))
    if keep_audio:  # kept for measuring: the soundtrack and what the characters did in each frame
        plan["audio"] = (outputs["audio"], stem.with_suffix(".wav"))
        if "animation" in outputs:
            plan["animation"] = (outputs["animation"], Path(f"{stem}.animation.json"))
    for key, path in outputs.items():
        if key.startswith("subtitles.") and key.count(".") == 2:
            _, lang, ext = key.split(".")
            plan[key] = (path, Path(f"{stem}.{lang}.{ext}"))
    for source, target in plan.values():
        source.replace(target)
    return {key: target for key, (_, target) in plan.items()}


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
