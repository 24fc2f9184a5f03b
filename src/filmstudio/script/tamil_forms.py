"""Where a Tamil sentence names someone by a case form of the name ("குமரனைக்", "குமரனுக்கு", "வள்ளியிடம்",
"சீதாவும்"): the name is the stem those forms are made on (script/indic_names.py casts it so)."""

from __future__ import annotations

import re

from filmstudio.script.word_forms import tamil_bases

_TA_WORD = re.compile(r"[\u0b80-\u0bff]+")


def declined_places(name: str, text: str) -> list[tuple[int, str]]:
    """(position, word) of each word of `text` that is a case form of the one-word Tamil `name`."""
    if " " in name or len(name) < 3:
        return []
    return [
        (m.start(), m.group(0))
        for m in _TA_WORD.finditer(text)
        if m.group(0) != name and name in tamil_bases(m.group(0))
    ]
