"""A name written as an owner ("Berta's dog chased the cats", "the king's horse") is whose the doer is, not
the doer: in the shot only where that one is already in the scene."""

from __future__ import annotations

import re
from collections.abc import Collection

_OWNER_MARK = re.compile(r"['’]s\s+[^\W\d_]")


def owners_only(text: str, named: list[tuple[int, str, str]], here: Collection[str]) -> set[int]:
    """Positions of the names in `named` (position, character id, words) that the sentence only uses as an
    owner, for someone not met in the moments before (`here`): no one to draw there."""
    owner_at = {at for at, _, word in named if _OWNER_MARK.match(text, at + len(word))}
    plain = {cid for at, cid, _ in named if at not in owner_at}  # "Berta's dog licked Berta": she is there
    return {at for at, cid, _ in named if at in owner_at and cid not in plain and cid not in here}
