"""Stage 1: apply the render's settings to the storyboard, check its languages, estimate whether it can
fit the target duration, and cast a voice for every character."""

from __future__ import annotations

from filmstudio.animation.looks import assign_looks
from filmstudio.animation.shots import plan_shots
from filmstudio.engines.music.select import choose_style
from filmstudio.engines.music.styles import style_named
from filmstudio.engines.tts.casting import cast_voices
from filmstudio.engines.tts.voices import installed_voices, speakable_languages
from filmstudio.errors import UnsupportedLanguage
from filmstudio.languages import LANGUAGES
from filmstudio.pipeline import timing
from filmstudio.pipeline.stage import StageContext
from filmstudio.storyboard import Music, Storyboard


class ScriptAnalysisStage:
    name = "script_analysis"
    reads = ("scenes", "characters")
    writes = ("characters.voice", "characters.look", "scenes.shots", "target_duration")

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        opts = ctx.options
        if opts.title:
            board.title = opts.title
        board.style = opts.style or board.style
        board.seed = opts.seed or board.seed
        if opts.duration is not None:
            board.target_duration = opts.duration
        speakable = speakable_languages(ctx.registry, ctx.settings)
        if opts.language:
            _check_language(opts.language, speakable)
            _relabel_language(board, opts.language)
        ctx.progress(0.3, "languages")
        for line in board.lines():
            _check_language(line.language, speakable)
        off_screen = [c.id for c in board.characters if not c.drawn]
        for scene in board.scenes:
            if not scene.shots:
                scene.shots = plan_shots(scene.id, scene.lines, off_screen)
        if board.target_duration is not None:
            timing.check_estimate(board, board.target_duration)
        _choose_music(board, ctx)
        ctx.progress(0.6, "casting voices")
        to_cast = [c for c in board.characters if c.voice is None]
        voices = installed_voices(ctx.registry, ctx.settings)
        if to_cast:
            cast_voices(to_cast, voices)
        assign_looks(board, {f"{v.engine}:{v.id}": v.gender for v in voices})
        ctx.progress(1.0, "done")


CHANTED_STYLES = ("sloka", "mantra", "devotional")


def _choose_music(board: Storyboard, ctx: StageContext) -> None:
    """The score's style is settled here, before any voice: chanted verses follow its pulse."""
    if board.music is not None and board.music.path and not board.music.genre and not ctx.options.music_genre:
        return  # a prepared bed, used as it is
    if ctx.options.music_genre:
        style = style_named(ctx.options.music_genre)
        raga = choose_style(board)[1] if style.family != "western" else None
        reason = f"asked for {style.name}"
    elif board.music is not None and board.music.genre:
        style, raga, reason = (
            style_named(board.music.genre),
            board.music.raga,
            board.music.reason or "set in the storyboard",
        )
    else:
        name, raga, reason = choose_style(board)
        style = style_named(name)
    if style.family != "western" and raga is None:
        raga = "bhupali"
    board.music = Music(genre=style.name, raga=raga, tempo=style.tempo, reason=reason,
                        gain_db=board.music.gain_db if board.music else -6.0,
                        path=board.music.path if board.music else None)  # fmt: skip
    for line in board.lines():
        if line.language == "sa" and (line.chant or style.name in CHANTED_STYLES):
            line.chant = True


def _check_language(code: str, speakable: set[str]) -> None:
    if code not in speakable:
        known = sorted(code for code in speakable if code in LANGUAGES)
        raise UnsupportedLanguage(
            f"Unknown or unsupported language '{code}'. Use one of: {', '.join(known)} "
            "(run `filmstudio engines` for the full list).",
            details={"language": code},
        )


def _relabel_language(board: Storyboard, language: str) -> None:
    """--language sets the film's language: lines and characters that used the old default follow it."""
    old = board.language
    board.language = language
    for character in board.characters:
        if character.language == old:
            character.language = language
            character.voice = None
    for line in board.lines():
        if line.language == old:
            line.language = language
