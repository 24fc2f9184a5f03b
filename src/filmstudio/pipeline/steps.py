"""Stages made of steps (as diffusers' sequential blocks): each step declares what it reads, writes and
which engine kinds it uses, like a stage; the stage's own contract is derived from its steps, and while
a step runs the context hands out only the engines that step declared."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from filmstudio.pipeline.contract import EngineKind
from filmstudio.pipeline.stage import StageContext
from filmstudio.storyboard import Storyboard


class Step(Protocol):
    label: str  # the progress message while it runs
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    uses: tuple[EngineKind, ...]

    def run(self, board: Storyboard, ctx: StageContext) -> None: ...


def reads_of(steps: Sequence[Step]) -> tuple[str, ...]:
    """What the steps read that no earlier step of theirs writes: the stage's reads."""
    written: set[str] = set()
    needed: list[str] = []
    for step in steps:
        needed += [path for path in step.reads if path not in written and path not in needed]
        written.update(step.writes)
    return tuple(needed)


def writes_of(steps: Sequence[Step]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(path for step in steps for path in step.writes))


def uses_of(steps: Sequence[Step]) -> tuple[EngineKind, ...]:
    return tuple(dict.fromkeys(kind for step in steps for kind in step.uses))


def run_steps(steps: Sequence[Step], board: Storyboard, ctx: StageContext) -> None:
    """Each step in order, with only its own engine kinds at hand; progress after each."""
    stage_uses = ctx.uses
    try:
        for done, step in enumerate(steps):
            ctx.progress(done / len(steps), step.label)
            ctx.uses = step.uses
            step.run(board, ctx)
    finally:
        ctx.uses = stage_uses
    ctx.progress(1.0, "done")
