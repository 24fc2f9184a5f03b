"""The built-in music engine: scores composed as MIDI (styles, ragas, sections per scene) and performed
by FluidSynth with the General MIDI soundfont."""

from __future__ import annotations

from pathlib import Path

from filmstudio.cache import AssetCache, content_key
from filmstudio.engines.music.composer import Section, compose
from filmstudio.engines.music.performer import render
from filmstudio.engines.music.select import choose_style
from filmstudio.engines.music.styles import style_named
from filmstudio.storyboard import Music, Storyboard

MUSIC_CACHE_VERSION = 1
BED_GAIN_DB = -6.0  # the bed relative to the voice level, between lines; ducked further under speech


class ComposerEngine:
    name = "composer"

    def plan(self, board: Storyboard, *, genre: str | None) -> Music:
        current = board.music
        if genre:
            style = style_named(genre)
            raga = choose_style(board)[1] if style.family != "western" else None
            reason = f"asked for {style.name}"
        elif current is not None and current.genre:
            style, raga = style_named(current.genre), current.raga
            reason = current.reason or "set in the storyboard"
        else:
            name, raga, reason = choose_style(board)
            style = style_named(name)
        if style.family != "western" and raga is None:
            raga = "bhupali"
        return Music(
            genre=style.name,
            raga=raga,
            tempo=style.tempo,
            reason=reason,
            gain_db=current.gain_db if current else BED_GAIN_DB,
        )

    def perform(self, board: Storyboard, *, cache: AssetCache) -> Music:
        planned = board.music or self.plan(board, genre=None)
        duration = float(board.duration or 0.0)
        style = style_named(planned.genre or choose_style(board)[0])
        raga = planned.raga if style.family != "western" else None
        sections = [Section(s.start or 0.0, s.end or duration, s.mood) for s in board.scenes]
        key = content_key(
            "music",
            MUSIC_CACHE_VERSION,
            style.name,
            raga,
            round(duration, 3),
            [(round(s.start, 3), round(s.end, 3), s.mood) for s in sections],
            board.seed,
        )
        score = compose(style, duration=duration, sections=sections, seed=board.seed, raga=raga)

        def make(tmp: Path) -> None:
            render(score, tmp)
            tmp.with_suffix(".mid").replace(cache.path_for("music", key, ".mid"))

        path = cache.get_or_create("music", key, ".wav", make)
        return Music(
            genre=style.name,
            path=str(path),
            gain_db=BED_GAIN_DB,
            raga=score.raga.name if score.raga else None,
            tala=score.tala,
            tempo=score.tempo,
            reason=planned.reason,
            midi=str(cache.path_for("music", key, ".mid")),
        )
