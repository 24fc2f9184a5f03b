"""Stage 5: a score that fits the film (style chosen or asked for, sections following the scenes), and
sound effects placed where the script calls for them. The score's style is settled once, by
`settle_music`, before any voice is made: chanted verses follow its pulse."""

from __future__ import annotations

from filmstudio.engines.music.base import MusicEngine
from filmstudio.engines.music.sfx import place_effects, render_effect
from filmstudio.pipeline.contract import EngineKind, board
from filmstudio.pipeline.stage import StageContext
from filmstudio.storyboard import Storyboard

CHANTED_STYLES = ("sloka", "mantra", "devotional")


def settle_music(board: Storyboard, ctx: StageContext) -> None:
    """Choose the score's style, raga and tempo (the music engine decides), and mark Sanskrit verses
    to be chanted on its pulse when the style calls for it. A prepared bed is used as it is."""
    asked = ctx.request.music_genre
    if board.music is not None and board.music.path and not board.music.genre and not asked:
        return
    engine: MusicEngine = ctx.engine("music")
    prepared = board.music.path if board.music else None
    board.music = engine.plan(board, genre=asked).model_copy(update={"path": prepared})
    for line in board.lines():
        if line.language == "sa" and (line.chant or board.music.genre in CHANTED_STYLES):
            line.chant = True


class SettleMusic:
    """A step of the first stage: the score settled before any voice (a chanted verse needs its pulse)."""

    label = "settling the music"
    reads = board("scenes", "scenes.lines.language")
    writes = board("music.genre", "scenes.lines.chant")
    uses: tuple[EngineKind, ...] = ("music",)

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        settle_music(board, ctx)


class MusicGenerationStage:
    name = "music_generation"
    weight = 0.06
    reads = board("music.genre", "scenes.start", "scenes.mood", "duration")
    writes = board("music", "effects")
    uses: tuple[EngineKind, ...] = ("music",)

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        if board.music is not None and board.music.path and not board.music.genre:
            return  # a prepared bed from the storyboard: use it as it is
        engine: MusicEngine = ctx.engine("music")
        ctx.progress(0.1, f"composing {board.music.genre if board.music else ''}".strip())
        board.music = engine.perform(board, cache=ctx.cache)
        ctx.progress(0.7, "effects")
        board.effects = place_effects(board)
        for effect in board.effects:
            effect.path = str(render_effect(effect, ctx.cache, seed=board.seed))
        ctx.progress(1.0, board.music.genre or "")
