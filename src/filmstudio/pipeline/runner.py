"""Runs stages in order and records each step's status, progress, seconds and error. The step statuses
are the job_steps table's own vocabulary. A runner whose stages read what no earlier stage (nor the
parsed storyboard) provides is refused when it is built, not half-way through a film."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from filmstudio.errors import Cancelled, StudioError
from filmstudio.pipeline.contract import board
from filmstudio.pipeline.stage import Stage, StageContext
from filmstudio.storyboard import Storyboard

StepStatus = Literal["pending", "processing", "completed", "failed", "cancelled", "skipped"]
# What a parsed storyboard brings before any stage runs.
STORYBOARD_INPUTS = board(
    "characters",
    "scenes",
    "scenes.lines",
    "scenes.setting",
    "scenes.description",
    "scenes.mood",
)


@dataclass
class StepRecord:
    name: str
    status: StepStatus = "pending"
    progress: float = 0.0
    seconds: float = 0.0
    error: str | None = None
    reused: int = 0  # assets the step found made before (the cache): a re-render after an edit reuses them
    made: int = 0

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "status": self.status,
            "progress": round(self.progress, 3),
            "seconds": round(self.seconds, 3),
            "error": self.error,
            "reused": self.reused,
            "made": self.made,
        }


StepListener = Callable[[StepRecord], None]


def check_order(stages: Sequence[Stage], inputs: Iterable[str] = STORYBOARD_INPUTS) -> None:
    """Raise ValueError naming the first stage that reads what nothing before it writes."""
    available = set(inputs)
    for stage in stages:
        missing = [field for field in stage.reads if field not in available]
        if missing:
            raise ValueError(f"stage {stage.name!r} reads {', '.join(missing)}, which no earlier stage writes")
        available.update(stage.writes)


class Runner:
    def __init__(
        self,
        stages: Sequence[Stage],
        *,
        on_step: StepListener | None = None,
        inputs: Iterable[str] = STORYBOARD_INPUTS,
    ) -> None:
        check_order(stages, inputs)
        self.stages = list(stages)
        self.steps = [StepRecord(stage.name) for stage in self.stages]
        self.on_step = on_step

    def _notify(self, record: StepRecord) -> None:
        if self.on_step is not None:
            self.on_step(record)

    def run(self, board: Storyboard, ctx: StageContext, *, skip: Sequence[str] = ()) -> Storyboard:
        upstream = ctx.on_progress

        def forward(step: str, fraction: float, message: str) -> None:
            record = next(r for r in self.steps if r.name == step)
            record.progress = fraction
            self._notify(record)
            if upstream is not None:
                upstream(step, fraction, message)

        ctx.on_progress = forward
        try:
            for stage, record in zip(self.stages, self.steps, strict=True):
                if stage.name in skip:
                    record.status, record.progress = "skipped", 1.0
                    self._notify(record)
                    continue
                self._run_one(stage, record, board, ctx)
        finally:
            ctx.on_progress, ctx.uses = upstream, None
        return board

    def _run_one(self, stage: Stage, record: StepRecord, board: Storyboard, ctx: StageContext) -> None:
        ctx.step, ctx.uses = stage.name, stage.uses
        record.status = "processing"
        self._notify(record)
        started = time.perf_counter()
        hits, misses = sum(ctx.cache.hits.values()), sum(ctx.cache.misses.values())
        try:
            ctx.check_cancelled()
            stage.run(board, ctx)
        except Cancelled as exc:
            record.status, record.error = "cancelled", exc.message
            raise
        except StudioError as exc:
            record.status, record.error = "failed", exc.message
            raise
        except Exception as exc:
            record.status, record.error = "failed", f"{type(exc).__name__}: {exc}"
            raise
        finally:
            record.seconds = time.perf_counter() - started
            record.reused = sum(ctx.cache.hits.values()) - hits
            record.made = sum(ctx.cache.misses.values()) - misses
            self._notify(record)
        record.status, record.progress = "completed", 1.0
        self._notify(record)
