"""The stage contract. A stage names what it reads and adds (paths resolved against the Storyboard model
when it is imported: `pipeline/contract.py`) and the engine kinds it uses, reports progress through its
context and stops when the context says the run was cancelled. Engines come from the context
(`ctx.engine(kind)`, chosen by the settings), and only of the kinds the running stage declared."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from filmstudio.cache import AssetCache
from filmstudio.config import Settings
from filmstudio.engines.registry import EngineRegistry
from filmstudio.errors import Cancelled
from filmstudio.film_request import FilmRequest
from filmstudio.media.store.kinds import MediaFile
from filmstudio.media.subtitles import Cue
from filmstudio.pipeline.contract import ContractError, EngineKind
from filmstudio.storyboard import Storyboard

ProgressCallback = Callable[[str, float, str], None]  # step name, fraction 0..1, message


@dataclass
class StageContext:
    settings: Settings
    registry: EngineRegistry
    cache: AssetCache
    request: FilmRequest
    work_dir: Path
    cancel_event: threading.Event = field(default_factory=threading.Event)
    on_progress: ProgressCallback | None = None
    step: str = ""
    outputs: dict[MediaFile, Path] = field(default_factory=dict)  # finished files, published after the run
    burn_in: Path | None = None  # the ASS subtitles to burn into the picture, when asked for
    burn_cues: list[Cue] = field(default_factory=list)  # those subtitles' cues, for the film's segments
    burn_font: str | None = None  # and their default font
    # the loudness of the film's sound as encoded (the stream the join copies into the film), measured
    # beside the pictures rather than over the finished film, when one core would do it alone
    sound_loudness: dict[str, float] | None = None
    uses: tuple[str, ...] | None = None  # the running stage's engine kinds (None: outside a runner)
    # waits until the stages still running beside this one that write any of these paths are done: a
    # stage calls it before it reads what it declares in `reads_late` (outside a runner: nothing runs beside)
    await_fields: Callable[[Sequence[str]], None] = field(default=lambda paths: None)

    def engine(self, kind: EngineKind, *, role: str | None = None) -> Any:
        """The engine of this kind the settings choose (`<kind>_engine`, or `<role>_engine`)."""
        return self.engine_named(kind, getattr(self.settings, f"{role or kind}_engine"))

    def engine_named(self, kind: EngineKind, name: str) -> Any:
        """A named engine of a kind the stage declared: the one a cast voice names, say."""
        if self.uses is not None and kind not in self.uses:
            raise ContractError(f"stage {self.step!r} asks for a {kind} engine but declares only {self.uses}")
        return self.registry.get(kind, name)

    def progress(self, fraction: float, message: str = "") -> None:
        self.check_cancelled()
        if self.on_progress is not None:
            self.on_progress(self.step, max(0.0, min(1.0, fraction)), message)

    def check_cancelled(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled(f"Cancelled during {self.step or 'the pipeline'}.")


class Stage(Protocol):
    name: str  # the job step's name in the API
    weight: float  # share of a render's time (measured with bench/render.py), for the job's progress
    reads: tuple[str, ...]  # storyboard paths (contract.board) and files (contract.files) it needs filled
    writes: tuple[str, ...]  # storyboard paths and files the stage fills
    uses: tuple[EngineKind, ...]  # the engine kinds it asks its context for
    # a stage may also name `reads_late`: those of its reads it needs only after `ctx.await_fields(...)`,
    # so that it may start while the stage writing them still runs (pipeline/runner.py)

    def run(self, board: Storyboard, ctx: StageContext) -> None: ...
