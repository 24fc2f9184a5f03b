"""The translation interface: texts in one language in, the same number of texts in another out."""

from __future__ import annotations

from typing import Protocol


class TranslateEngine(Protocol):
    name: str

    def pairs(self) -> list[tuple[str, str]]: ...

    def translate(self, texts: list[str], *, source: str, target: str) -> list[str]: ...
