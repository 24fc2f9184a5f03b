"""Helpers the staging tests share: a script read and staged, its moments in order, and its shots settled
as the lip-sync stage settles them."""

from __future__ import annotations

from filmstudio.animation.shots import settle_shots
from filmstudio.pipeline.timing import plan
from filmstudio.script import parse_script
from filmstudio.script.staging import stage_story
from filmstudio.storyboard import Moment, Storyboard


def staged(text: str, language: str | None = None) -> Storyboard:
    board = parse_script(text, language=language) if language else parse_script(text)
    stage_story(board)
    return board


def moments(board: Storyboard) -> list[Moment]:
    return [m for s in board.scenes for m in s.moments]


def settled(board: Storyboard) -> Storyboard:
    """Shots settled as the lip-sync stage settles them, on lines timed by their length."""
    for line in board.lines():
        line.audio_duration = 0.4 * max(1, len(line.text.split()))
    plan(board, None)
    off_screen = [c.id for c in board.characters if not c.drawn]
    people = [c.id for c in board.characters if c.drawn and not c.animal]
    animals = [c.id for c in board.characters if c.animal]
    for scene in board.scenes:
        settle_shots(scene, off_screen, people, animals)
    return board
