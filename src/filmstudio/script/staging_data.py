"""Sections of the staging word files (`data/staging/<language>.json`) that the verb and group tables of
staging_words.py do not hold: number words, possessives, body parts."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=256)
def _file(language: str) -> dict[str, Any]:
    path = resources.files("filmstudio.script") / "data" / "staging" / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def staging_section(language: str, name: str) -> Any:
    """The section `name` of the language's staging words, empty when it has none."""
    return _file(language).get(name, {})
