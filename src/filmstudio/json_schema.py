"""JSON Schema helpers shared by everything that asks a language model for structured answers."""

from __future__ import annotations

from typing import Any


def strict(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    """An object schema in the form strict structured outputs need (every property required, no others)."""
    return {
        "type": "object",
        "properties": properties,
        "required": required or list(properties),
        "additionalProperties": False,
    }
