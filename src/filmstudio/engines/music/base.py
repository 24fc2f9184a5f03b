"""The music interface: choose a score for a film, then perform it to fit the scenes. The built-in
composer + FluidSynth and a GPU model (MusicGen) implement the same two calls."""

from __future__ import annotations

from typing import Protocol

from filmstudio.cache import AssetCache
from filmstudio.storyboard import Music, Storyboard


class MusicEngine(Protocol):
    name: str

    def plan(self, board: Storyboard, *, genre: str | None) -> Music:
        """The score's style (the asked genre, the storyboard's, or one chosen from the script), its
        raga and tempo, and why. Nothing is rendered yet: chanted verses need the pulse first."""
        ...

    def perform(self, board: Storyboard, *, cache: AssetCache) -> Music:
        """The planned score rendered as a bed that follows the scenes' times and moods (cached)."""
        ...
