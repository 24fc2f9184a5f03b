"""Rendering a film from a script: the pipeline from text to MP4, subtitles, thumbnail and report.

Everything is made in a work folder and published into the media store, once, only when the whole
render succeeded, so a failed or cancelled render never leaves a half-written film."""

from __future__ import annotations

import json
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict, Unpack

from filmstudio.cache import AssetCache
from filmstudio.config import Settings
from filmstudio.engines.registry import EngineRegistry, get_registry
from filmstudio.film_request import FilmRequest, apply_character_overrides
from filmstudio.media.probe import probe
from filmstudio.media.store import LocalMediaStore, MediaStore
from filmstudio.media.store.kinds import STORYBOARD, VIDEO, MediaFile, MediaKind, StoredMedia
from filmstudio.pipeline.runner import Runner, StepListener
from filmstudio.pipeline.stage import ProgressCallback, StageContext
from filmstudio.pipeline.stages import default_stages
from filmstudio.pipeline.stages.script_analysis import ScriptAnalysisStage
from filmstudio.script import parse_script, read_script
from filmstudio.storyboard import Storyboard

# what a film is published with unless a caller asks for more
FILM_FILES = frozenset({MediaKind.VIDEO, MediaKind.THUMBNAIL, MediaKind.SUBTITLES})


@dataclass
class RenderResult:
    storyboard: Storyboard
    steps: list[dict[str, Any]]
    probe: dict[str, Any]
    files: list[StoredMedia] = field(default_factory=list)
    cache_misses: dict[str, int] = field(default_factory=dict)
    film: Path | None = None  # where the film is on disk, when it was rendered to a path

    def stored(self, file: MediaFile) -> StoredMedia:
        return next(s for s in self.files if s.file == file)

    def report(self) -> dict[str, Any]:
        return {
            "film": str(self.film) if self.film else self.stored(VIDEO).key,
            "files": {_label(s.file): s.key for s in self.files},
            "storyboard": self.storyboard.model_dump(mode="json"),
            "steps": self.steps,
            "probe": self.probe,
        }


def _label(file: MediaFile) -> str:
    return f"{file.kind}.{file.language}.{file.format}" if file.language else str(file.kind)


def asset_cache(settings: Settings) -> AssetCache:
    """The local asset cache, mirrored in the bucket when media live in one (every worker shares it)."""
    remote = None
    if settings.s3_bucket and settings.s3_cache:
        from filmstudio.media.store.s3 import S3MediaStore

        remote = S3MediaStore.from_settings(settings)
    return AssetCache(settings.resolved_cache_dir, remote=remote)


def load_storyboard(script: Path, request: FilmRequest, settings: Settings) -> Storyboard:
    text = read_script(script, max_bytes=settings.max_script_bytes)
    board = parse_script(text, filename=script.name, title=request.title, language=request.language)
    apply_character_overrides(board, request.characters)
    return board


def analyse(
    board: Storyboard, request: FilmRequest, *, settings: Settings, registry: EngineRegistry | None = None
) -> Storyboard:
    """The script analysis alone: the storyboard as the film would be made from it (settings, things,
    people, casting, looks, shots), with no voice or picture made. Fast enough for a preview."""
    with tempfile.TemporaryDirectory(prefix=".analyse-") as work:
        ctx = StageContext(settings=settings, registry=registry or get_registry(),
                           cache=asset_cache(settings), request=request, work_dir=Path(work))  # fmt: skip
        ScriptAnalysisStage().run(board, ctx)
    return board


class RenderHooks(TypedDict, total=False):
    """What a caller may attach to a render besides its inputs."""

    registry: EngineRegistry | None
    on_progress: ProgressCallback | None
    on_step: StepListener | None
    cancel_event: threading.Event | None
    report_path: Path | None
    storyboard_path: Path | None
    publish: frozenset[MediaKind]
    work_root: Path | None


def render_film(
    script: Path, out: Path, request: FilmRequest, *, settings: Settings, keep_audio: bool = False,
    **hooks: Unpack[RenderHooks],
) -> RenderResult:  # fmt: skip
    """Read a script file and render it to `out` (FILM.mp4), with FILM.jpg and FILM.<lang>.srt/.vtt
    beside it (and, with keep_audio, the soundtrack FILM.wav and the animation log)."""
    out = out.resolve()
    board = load_storyboard(script, request, settings)
    if keep_audio:
        hooks["publish"] = FILM_FILES | {MediaKind.AUDIO, MediaKind.ANIMATION}
    hooks.setdefault("work_root", out.parent)
    result = render_storyboard(
        board, request, settings=settings, store=LocalMediaStore(out.parent), stem=out.stem, **hooks
    )
    result.film = out
    return result


def render_storyboard(
    board: Storyboard,
    request: FilmRequest,
    *,
    settings: Settings,
    store: MediaStore,
    stem: str,
    registry: EngineRegistry | None = None,
    on_progress: ProgressCallback | None = None,
    on_step: StepListener | None = None,
    cancel_event: threading.Event | None = None,
    report_path: Path | None = None,
    storyboard_path: Path | None = None,
    publish: frozenset[MediaKind] = FILM_FILES,
    work_root: Path | None = None,
) -> RenderResult:
    """Run every stage over the storyboard and publish the files of the kinds in `publish` into the
    store under `<stem>.<ext>` keys (see MediaFile.filename)."""
    cache = asset_cache(settings)
    root = work_root or settings.data_dir / "work"
    root.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".render-", dir=root))
    try:
        ctx = StageContext(
            settings=settings, registry=registry or get_registry(), cache=cache, request=request, work_dir=work,
            cancel_event=cancel_event or threading.Event(), on_progress=on_progress,
        )  # fmt: skip
        runner = Runner(default_stages(), on_step=on_step)
        runner.run(board, ctx)
        measured = probe(settings.ffprobe, settings.ffmpeg, ctx.outputs[VIDEO])
        if MediaKind.STORYBOARD in publish:
            ctx.outputs[STORYBOARD] = _write_json(work / "storyboard.json", board.model_dump(mode="json"))
        ctx.check_cancelled()
        files = [
            StoredMedia(file, key, store.put(key, path, content_type=file.mime_type))
            for file, path in sorted(ctx.outputs.items())
            if file.kind in publish
            for key in [_key(stem, file)]
        ]
        result = RenderResult(storyboard=board, steps=[s.to_dict() for s in runner.steps], probe=measured,
                              files=files, cache_misses=dict(cache.misses))  # fmt: skip
        if storyboard_path is not None:
            _write_json(storyboard_path, board.model_dump(mode="json"))
        if report_path is not None:
            _write_json(report_path, result.report())
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _key(stem: str, file: MediaFile) -> str:
    folder, _, name = stem.rpartition("/")
    return f"{folder}/{file.filename(name)}" if folder else file.filename(name)


def _write_json(path: Path, data: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
    return path
