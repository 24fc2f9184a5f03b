"""Checks on a rendered staged frame (animation/staged.py), for tests and benches: which pixels one figure
covers (the frame drawn with and without it, its contact shadow kept), how low its lowest drawn pixel is,
where a support's top surface is, and whether what rests on something touches it within a few pixels."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from filmstudio.animation import supports
from filmstudio.animation.placed import Figure

if TYPE_CHECKING:
    from filmstudio.animation.staged import StagedScene

TOUCHING = 4  # pixels: what rests on a support is drawn this close to it at most


def drawn_mask(staged: StagedScene, t: float, fig: Figure) -> np.ndarray:
    """The pixels the figure covers in the frame at film time `t` (and the blanket over it, if any): where
    the frame differs from the same frame drawn without it. Its shadow is drawn in both."""
    layout = staged.layout_at(t)
    shown = staged.frame(t).copy()
    draw = staged._draw
    blankets = layout.over

    def without(frame: np.ndarray, lay: Any, other: Figure, *args: Any, **kw: Any) -> None:
        if other is not fig:
            draw(frame, lay, other, *args, **kw)

    staged._draw = without  # type: ignore[method-assign, assignment]
    layout.over = [(owner, blanket) for owner, blanket in blankets if owner is not fig]
    try:
        hidden = staged.frame(t).copy()
    finally:
        del staged._draw
        layout.over = blankets
    mask: np.ndarray = (shown != hidden).any(axis=2)
    return mask


def lowest_row(mask: np.ndarray) -> int | None:
    """The lowest row with a drawn pixel (None: nothing drawn)."""
    rows = np.nonzero(mask.any(axis=1))[0]
    return int(rows[-1]) if rows.size else None


def surface_row(mask: np.ndarray) -> float | None:
    """Where the top surface of a drawn support is in the frame (animation/supports.py)."""
    return supports.surface_row(mask)


def gap_to(staged: StagedScene, t: float, fig: Figure, support: float) -> float | None:
    """How far the figure's lowest drawn pixel is above the support's line `support` (negative: sunk below
    it); None where the figure is not drawn."""
    low = lowest_row(drawn_mask(staged, t, fig))
    return None if low is None else support - (low + 1)


def rests_on(staged: StagedScene, t: float, fig: Figure, support: float, within: float = TOUCHING) -> bool:
    """Whether the figure's lowest drawn pixel touches the line `support` within `within` pixels."""
    gap = gap_to(staged, t, fig, support)
    return gap is not None and abs(gap) <= within
