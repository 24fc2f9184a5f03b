"""Runs stages in order and records each step's status, progress, seconds and error. The step statuses
are the job_steps table's own vocabulary. A runner whose stages read what no earlier stage (nor the
parsed storyboard) provides is refused when it is built, not half-way through a film.

A stage that leaves only storyboard fields runs beside the stages after it that touch none of them
(and use other engines): the pictures are painted while the voices speak, on the core the voices
leave idle. It is waited for before the first stage that reads what it writes, and that stage lets the
independent stages after it go first: the music is composed while the pictures are still painted, and the
lip-sync, which reads the painted faces, runs after it. The steps keep their listed order."""

from __future__ import annotations

import copy
import dataclasses
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
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


def _related(a: str, b: str) -> bool:
    """Whether two contract paths name the same data or one holds the other ("scenes" and "scenes.image")."""
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def may_overlap(earlier: Stage, later: Stage) -> bool:
    """Whether `later` may run while `earlier` still runs: `earlier` writes only storyboard fields (files
    and burn-in go through the shared context), neither touches what the other writes (but for what
    `later` reads late, waiting for it through `ctx.await_fields`), and they use different engine kinds
    (an engine is not asked to work for two stages at once)."""
    if not earlier.writes or any(path.startswith("files.") for path in earlier.writes):
        return False
    if set(earlier.uses) & set(later.uses):
        return False
    late = reads_late(later)
    later_paths = (*(path for path in later.reads if path not in late), *later.writes)
    return not (_touches(earlier.writes, later_paths) or _touches(later.writes, earlier.reads))


def reads_late(stage: Stage) -> tuple[str, ...]:
    """What a stage reads only once it has started, after `ctx.await_fields` (the film's sound: the
    pictures are drawn and encoded while the music is still composed)."""
    return tuple(getattr(stage, "reads_late", ()))


def _nothing_to_await(paths: Sequence[str]) -> None:
    return None


def _awaiting(backgrounds: list[_Background]) -> Callable[[Sequence[str]], None]:
    """For a stage run while `backgrounds` still run: wait for those that write any of `paths` (their
    failure is raised here; the runner records and merges them when it waits for them itself)."""

    def await_fields(paths: Sequence[str]) -> None:
        for background in backgrounds:
            if _touches(background.stage.writes, paths):
                background.future.result()

    return await_fields


def independent(a: Stage, b: Stage) -> bool:
    """Whether two stages may run in either order: neither touches what the other writes."""
    return not (_touches(a.writes, (*b.reads, *b.writes)) or _touches(b.writes, a.reads))


def _touches(writes: Iterable[str], paths: Iterable[str]) -> bool:
    return any(_related(written, path) for written in writes for path in paths)


@dataclass
class _Background:
    """A stage running beside the next ones, with its own context (its cache counts its own use)."""

    stage: Stage
    record: StepRecord
    ctx: StageContext
    future: Future[None]


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
        self._reporting = threading.RLock()  # listeners hear one stage at a time, even beside another

    def _notify(self, record: StepRecord) -> None:
        if self.on_step is not None:
            with self._reporting:
                self.on_step(record)

    def run(self, board: Storyboard, ctx: StageContext, *, skip: Sequence[str] = ()) -> Storyboard:
        upstream = ctx.on_progress

        def forward(step: str, fraction: float, message: str) -> None:
            record = next(r for r in self.steps if r.name == step)
            with self._reporting:
                record.progress = fraction
                self._notify(record)
                if upstream is not None:
                    upstream(step, fraction, message)

        ctx.on_progress = forward
        backgrounds: list[_Background] = []
        order = self._order(skip)
        try:
            for n, (stage, record) in enumerate(order):
                for waited in [b for b in backgrounds if not may_overlap(b.stage, stage)]:
                    self._wait(waited, ctx)
                    backgrounds.remove(waited)
                if stage.name in skip:
                    record.status, record.progress = "skipped", 1.0
                    self._notify(record)
                    continue
                following = order[n + 1][0] if n + 1 < len(order) else None
                engines_free = not any(set(stage.uses) & set(b.stage.uses) for b in backgrounds)
                if engines_free and following is not None and may_overlap(stage, following):
                    backgrounds.append(self._start(stage, record, board, ctx))
                    continue
                ctx.await_fields = _awaiting(list(backgrounds))
                self._run_one(stage, record, board, ctx)
            while backgrounds:
                self._wait(backgrounds.pop(0), ctx)
        finally:
            for left in backgrounds:  # a later stage failed: those beside it finish before the run ends
                left.future.exception()
                self._merge_counts(left, ctx)
            ctx.on_progress, ctx.uses, ctx.await_fields = upstream, None, _nothing_to_await
        return board

    def _order(self, skip: Sequence[str]) -> list[tuple[Stage, StepRecord]]:
        """The stages in the order they run: as listed, except that a stage which must wait for the one
        running beside the others (the lip-sync waits for the painted faces) lets the independent stages
        after it go first, beside that one (the music is composed while the pictures are still painted)."""
        order = list(zip(self.stages, self.steps, strict=True))
        background: Stage | None = None
        n = 0
        while n < len(order):
            stage = order[n][0]
            if background is not None and not may_overlap(background, stage):
                ahead = n + 1
                while ahead < len(order) and order[ahead][0].name not in skip:
                    later = order[ahead][0]
                    if not may_overlap(background, later) or not all(
                        independent(waiting, later) for waiting, _ in order[n:ahead]
                    ):
                        break
                    ahead += 1
                order[n:ahead] = [*order[n + 1 : ahead], order[n]]  # those that may go first, then this one
                stage = order[n][0]
                if not may_overlap(background, stage):
                    background = None
            following = order[n + 1][0] if n + 1 < len(order) else None
            if background is None and stage.name not in skip and following is not None:
                background = stage if may_overlap(stage, following) else None
            n += 1
        return order

    def _start(self, stage: Stage, record: StepRecord, board: Storyboard, ctx: StageContext) -> _Background:
        """Run a stage in a thread of its own, on a copy of the context with its own cache counts."""
        cache = copy.copy(ctx.cache)
        cache.hits, cache.misses = type(cache.hits)(), type(cache.misses)()
        own = dataclasses.replace(ctx, cache=cache)
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"stage-{stage.name}")
        future = pool.submit(self._run_one, stage, record, board, own)
        pool.shutdown(wait=False)
        return _Background(stage, record, own, future)

    def _wait(self, background: _Background, ctx: StageContext) -> None:
        """The stage running beside the others finished: its failure is the run's."""
        try:
            background.future.result()
        finally:
            self._merge_counts(background, ctx)

    @staticmethod
    def _merge_counts(background: _Background, ctx: StageContext) -> None:
        if background.ctx.cache is not ctx.cache:
            ctx.cache.hits.update(background.ctx.cache.hits)
            ctx.cache.misses.update(background.ctx.cache.misses)
            background.ctx.cache = ctx.cache

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
