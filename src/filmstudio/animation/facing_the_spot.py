"""One who bends to set a thing down or to stroke an animal (the "place" and "stroke" poses, gestures.py)
reaches with the hand on the side they face: they turn to the table they put the bread on, or to the animal
they pat, wherever the layout stood it (animation/staged.py places the things beside them first)."""

from __future__ import annotations

from filmstudio.animation.placed import Figure

REACHING = {"place", "stroke"}


def face_the_spot(figures: list[Figure]) -> None:
    """Turn each one who places or strokes towards what they reach for: a thing of theirs set down beside
    them, else the nearest animal in the shot."""
    for fig in figures:
        if fig.rig is None or fig.verb not in REACHING:
            continue
        aside = [f for f in figures if abs(f.x0 - fig.x0) > 1]  # a jug at their feet goes where they face
        theirs = [f for f in aside if f.set_down and f.holds is not None and f.holds.holder == fig.character_id]
        animals = [f for f in aside if f.rig is None and not f.set_down]
        spots = theirs or (animals if fig.verb == "stroke" else [])
        if spots:
            spot = min(spots, key=lambda f: abs(f.x0 - fig.x0))
            fig.facing = 1 if spot.x0 > fig.x0 else -1
