"""The film's people as every shot draws them, before casting has given them looks as well as after: one
look per character for the whole film. A storyboard shown before casting (the preview stills) once chose
a look anew for each scene's setting, so a character changed clothes and colours from still to still."""

from __future__ import annotations

from filmstudio.animation.looks import assign_looks
from filmstudio.animation.stated_looks import dressed_for
from filmstudio.storyboard import Character, Storyboard


def film_cast(board: Storyboard, scene_id: str = "") -> dict[str, Character]:
    """Every character by id with the look the film draws them in: their own, or where the board has none
    yet the one casting will choose (from the first scene they speak in), dressed as in `scene_id`
    (without what the text had them take off before it). The board is left as it is."""
    cast = board.model_copy(deep=True)
    if any(c.look is None and c.drawn for c in cast.characters):
        assign_looks(cast)
    return {c.id: dressed_for(c, scene_id) if scene_id else c for c in cast.characters}
