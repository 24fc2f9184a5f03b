"""Stage 5: a score that fits the film (style chosen or asked for, sections following the scenes), and
sound effects placed where the script calls for them."""

from __future__ import annotations

from pathlib import Path

from filmstudio.engines.music.composer import Section, compose
from filmstudio.engines.music.performer import render
from filmstudio.engines.music.select import choose_style
from filmstudio.engines.music.sfx import place_effects, render_effect
from filmstudio.engines.music.styles import style_named
from filmstudio.pipeline.cache import content_key
from filmstudio.pipeline.stage import StageContext
from filmstudio.storyboard import Music, Storyboard

MUSIC_CACHE_VERSION = 1
BED_GAIN_DB = -6.0  # the bed relative to the voice level, between lines; ducked further under speech


class MusicGenerationStage:
    name = "music_generation"
    reads = ("scenes.start", "scenes.mood", "duration")
    writes = ("music", "effects")

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        duration = float(board.duration or 0.0)
        if board.music is not None and board.music.path and not board.music.genre:
            return  # a prepared bed from the storyboard: use it as it is
        chosen = board.music or Music()
        style = style_named(chosen.genre or choose_style(board)[0])
        raga = chosen.raga if style.family != "western" else None
        reason = chosen.reason
        sections = [Section(s.start or 0.0, s.end or duration, s.mood) for s in board.scenes]
        key = content_key("music", MUSIC_CACHE_VERSION, style.name, raga, round(duration, 3),
                          [(round(s.start, 3), round(s.end, 3), s.mood) for s in sections], board.seed)  # fmt: skip
        score = compose(style, duration=duration, sections=sections, seed=board.seed, raga=raga)
        ctx.progress(0.3, f"composed {style.name}")

        def make(tmp: Path) -> None:
            render(score, tmp)
            tmp.with_suffix(".mid").replace(ctx.cache.path_for("music", key, ".mid"))

        path = ctx.cache.get_or_create("music", key, ".wav", make)
        board.music = Music(genre=style.name, path=str(path), gain_db=BED_GAIN_DB, raga=score.raga.name if score.raga else None,
                            tala=score.tala, tempo=score.tempo, reason=reason,
                            midi=str(ctx.cache.path_for("music", key, ".mid")))  # fmt: skip
        ctx.progress(0.7, "effects")
        board.effects = place_effects(board)
        for effect in board.effects:
            effect.path = str(render_effect(effect, ctx.cache, seed=board.seed))
        ctx.progress(1.0, style.name)
