"""Rendering a film from a script: the pipeline from text to MP4, subtitles, thumbnail and report.

Everything is made in a work folder and published into the media store, once, only when the whole
render succeeded, so a failed or cancelled render never leaves a half-written film."""

from __future__ import annotations

import json
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypedDict, Unpack

from filmstudio.cache import AssetCache
from filmstudio.config import Settings
from filmstudio.engines.registry import EngineRegistry, get_registry
from filmstudio.film_request import FilmRequest, apply_character_overrides
from filmstudio.media.probe import probe
from filmstudio.media.store import LocalMediaStore, MediaStore
from filmstudio.media.store.kinds import STORYBOARD, VIDEO, MediaFile, MediaKind, StoredMedia
from filmstudio.pipeline.runner import Runner, StepListener, StepRecord
from filmstudio.pipeline.stage import ProgressCallback, StageContext
from filmstudio.pipeline.stages import default_stages
from filmstudio.pipeline.stages.script_analysis import ScriptAnalysisStage
from filmstudio.script import parse_script, read_script
from filmstudio.script.staging import staging_plan
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
    dubs: dict[str, RenderResult] = field(default_factory=dict)  # the film in other languages
    engines: dict[str, str] = field(default_factory=dict)  # kind -> the engine that made that part

    def stored(self, file: MediaFile) -> StoredMedia:
        return next(s for s in self.files if s.file == file)

    def files_of(self, kind: MediaKind) -> list[StoredMedia]:
        return [s for s in self.files if s.file.kind is kind]

    def report(self) -> dict[str, Any]:
        report = {
            "film": str(self.film) if self.film else self.files_of(MediaKind.VIDEO)[0].key,
            "files": {_label(s.file): s.key for s in self.files},
            "storyboard": self.storyboard.model_dump(mode="json"),
            "staging": staging_plan(self.storyboard),
            "steps": self.steps,
            "probe": self.probe,
            "engines": self.engines,
        }
        if self.dubs:
            report["dubs"] = {language: dub.report() for language, dub in self.dubs.items()}
        return report


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
    with _scratch_context(settings, request, registry) as ctx:
        ScriptAnalysisStage().run(board, ctx)
    return board


@contextmanager
def _scratch_context(
    settings: Settings,
    request: FilmRequest,
    registry: EngineRegistry | None,
    cancel_event: threading.Event | None = None,
) -> Iterator[StageContext]:
    """A stage context for work done before a render (analysis, dub checks, translation): its own
    scratch folder, removed afterwards."""
    settings = request.engine_settings(settings)
    with tempfile.TemporaryDirectory(prefix=".scratch-") as work:
        yield StageContext(
            settings=settings,
            registry=registry or get_registry(),
            cache=asset_cache(settings),
            request=request,
            work_dir=Path(work),
            cancel_event=cancel_event or threading.Event(),
        )


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
    script: Path,
    out: Path,
    request: FilmRequest,
    *,
    settings: Settings,
    keep_audio: bool = False,
    on_dub_step: Callable[[str, StepRecord], None] | None = None,
    **hooks: Unpack[RenderHooks],
) -> RenderResult:
    """Read a script file and render it to `out` (FILM.mp4), with FILM.jpg and FILM.<lang>.srt/.vtt
    beside it (and, with keep_audio, the soundtrack FILM.wav and the animation log); each language of
    `request.dub` as FILM.<lang>.mp4 with its own thumbnail and subtitles."""
    out = out.resolve()
    board = load_storyboard(script, request, settings)
    if keep_audio:
        hooks["publish"] = FILM_FILES | {MediaKind.AUDIO, MediaKind.ANIMATION}
    hooks.setdefault("work_root", out.parent)
    report_path = hooks.pop("report_path", None)
    if request.dub:
        check_dubs(board, request, settings=settings, registry=hooks.get("registry"))
    store = LocalMediaStore(out.parent)
    result = render_storyboard(board, request, settings=settings, store=store, stem=out.stem, **hooks)
    result.film = out
    dub_hooks: RenderHooks = {k: v for k, v in hooks.items() if k not in ("storyboard_path", "on_step")}  # type: ignore[assignment]
    for language in request.dub:
        if on_dub_step is not None:
            dub_hooks["on_step"] = partial(on_dub_step, language)
        dub = render_dub(
            load_storyboard(script, request, settings),
            language,
            request,
            settings=settings,
            store=store,
            stem=out.stem,
            **dub_hooks,
        )
        dub.film = out.with_name(Path(dub.stored(VIDEO.dubbed(language)).key).name)
        result.dubs[language] = dub
    if report_path is not None:
        _write_json(report_path, result.report())
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
    dub: str | None = None,
) -> RenderResult:
    """Run every stage over the storyboard and publish the files of the kinds in `publish` into the
    store under `<stem>.<ext>` keys (see MediaFile.filename); a dubbed version's under `<stem>.<dub>.*`."""
    settings = request.engine_settings(settings)
    cache = asset_cache(settings)
    root = work_root or settings.data_dir / "work"
    root.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".render-", dir=root))
    try:
        ctx = StageContext(
            settings=settings,
            registry=registry or get_registry(),
            cache=cache,
            request=request,
            work_dir=work,
            cancel_event=cancel_event or threading.Event(),
            on_progress=on_progress,
        )
        runner = Runner(default_stages(), on_step=on_step)
        runner.run(board, ctx)
        measured = probe(settings.ffprobe, settings.ffmpeg, ctx.outputs[VIDEO], loudness=ctx.sound_loudness)
        if MediaKind.STORYBOARD in publish:
            ctx.outputs[STORYBOARD] = _write_json(work / "storyboard.json", board.model_dump(mode="json"))
        ctx.check_cancelled()
        files = [
            StoredMedia(file, key, store.put(key, path, content_type=file.mime_type))
            for made, path in sorted(ctx.outputs.items())
            if made.kind in publish
            for file in [made.dubbed(dub) if dub else made]
            for key in [_key(stem, file)]
        ]
        result = RenderResult(
            storyboard=board,
            steps=[s.to_dict() for s in runner.steps],
            probe=measured,
            files=files,
            cache_misses=dict(cache.misses),
            engines=used_engines(board, settings),
        )
        if storyboard_path is not None:
            _write_json(storyboard_path, board.model_dump(mode="json"))
        if report_path is not None:
            _write_json(report_path, result.report())
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def used_engines(board: Storyboard, settings: Settings) -> dict[str, str]:
    """The engine of each kind that made this film (the voices' engines as cast)."""
    voices = sorted({c.voice.engine for c in board.characters if c.voice is not None})
    return {
        "image": settings.image_engine,
        "tts": ",".join(voices) or settings.tts_engine,
        "lipsync": settings.lipsync_engine,
        "music": settings.music_engine,
    }


def check_dubs(
    board: Storyboard, request: FilmRequest, *, settings: Settings, registry: EngineRegistry | None = None
) -> None:
    """Fail before rendering when a language of `request.dub` has no voice or no translator."""
    from filmstudio.pipeline.dubbing import check_dubs as check

    with _scratch_context(settings, request, registry) as ctx:
        check(board, request.dub, ctx)


def render_dub(
    board: Storyboard,
    language: str,
    request: FilmRequest,
    *,
    settings: Settings,
    store: MediaStore,
    stem: str,
    **hooks: Unpack[RenderHooks],
) -> RenderResult:
    """The film again in another language, from its storyboard as the script gave it (not yet rendered):
    every line translated, re-voiced and re-timed, with subtitles in that language; the pictures come
    from the asset cache. Published under `<stem>.<language>.*`."""
    from filmstudio.pipeline.dubbing import dub_storyboard

    dubbed_request = request.dubbed_into(language)
    registry = hooks.get("registry") or get_registry()
    with _scratch_context(settings, dubbed_request, registry, hooks.get("cancel_event")) as ctx:
        dubbed = dub_storyboard(board, language, ctx)
    hooks["registry"] = registry
    return render_storyboard(dubbed, dubbed_request, settings=settings, store=store, stem=stem, dub=language, **hooks)


def _key(stem: str, file: MediaFile) -> str:
    folder, _, name = stem.rpartition("/")
    return f"{folder}/{file.filename(name)}" if folder else file.filename(name)


def _write_json(path: Path, data: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
    return path
