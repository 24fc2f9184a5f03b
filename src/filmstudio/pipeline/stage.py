"""The stage contract. A stage names what it reads and adds, reports progress through its context and
stops when the context says the run was cancelled."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from filmstudio.config import Settings
from filmstudio.engines.registry import EngineRegistry
from filmstudio.errors import Cancelled
from filmstudio.pipeline.cache import AssetCache
from filmstudio.render_options import RenderOptions
from filmstudio.storyboard import Storyboard

ProgressCallback = Callable[[str, float, str], None]  # step name, fraction 0..1, message


@dataclass
class StageContext:
    settings: Settings
    registry: EngineRegistry
    cache: AssetCache
    options: RenderOptions
    work_dir: Path
    cancel_event: threading.Event = field(default_factory=threading.Event)
    on_progress: ProgressCallback | None = None
    step: str = ""
    outputs: dict[str, Path] = field(default_factory=dict)

    def progress(self, fraction: float, message: str = "") -> None:
        self.check_cancelled()
        if self.on_progress is not None:
            self.on_progress(self.step, max(0.0, min(1.0, fraction)), message)

    def check_cancelled(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled(f"Cancelled during {self.step or 'the pipeline'}.")


class Stage(Protocol):
    name: str
    reads: tuple[str, ...]  # storyboard fields the stage needs filled
    writes: tuple[str, ...]  # storyboard fields the stage fills

    def run(self, board: Storyboard, ctx: StageContext) -> None: ...
