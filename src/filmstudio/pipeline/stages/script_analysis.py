"""Stage 1: apply the render's settings to the storyboard, check its languages, estimate whether it can
fit the target duration, and cast a voice for every character."""

from __future__ import annotations

from filmstudio.animation.looks import assign_looks
from filmstudio.animation.shots import plan_shots
from filmstudio.engines.tts.casting import cast_voices
from filmstudio.engines.tts.voices import installed_voices, speakable_languages
from filmstudio.errors import Cancelled, InvalidInput, StudioError, UnsupportedLanguage
from filmstudio.languages import LANGUAGES
from filmstudio.pipeline import timing
from filmstudio.pipeline.contract import EngineKind, board
from filmstudio.pipeline.stage import StageContext
from filmstudio.pipeline.stages.music_generation import settle_music
from filmstudio.script.fit import abridge, episodes
from filmstudio.script.staging import stage_story
from filmstudio.storyboard import Storyboard


class ScriptAnalysisStage:
    name = "script_analysis"
    weight = 0.01
    reads = board("scenes", "characters")
    writes = board(
        "characters.voice",
        "characters.look",
        "scenes.shots",
        "target_duration",
        "music.genre",
        "scenes.lines",
        "title",
        "scenes.moments",
    )
    uses: tuple[EngineKind, ...] = ("tts", "llm", "music")  # casting, the reading model, the music it settles

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        opts = ctx.request
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
        ctx.progress(0.2, "languages")
        if _wants_llm(ctx):
            _read_with_llm(board, ctx)
        ctx.progress(0.3, "languages")
        for line in board.lines():
            _check_language(line.language, speakable)
        if board.target_duration is not None:
            fit_to_length(board, opts.fit, opts.part, board.target_duration)
            if opts.fit == "abridge" and "abridged" in board.analysis and _wants_llm(ctx):
                _retell_with_llm(board, ctx)
            timing.check_estimate(board, board.target_duration)
        stage_story(board)  # moments, and scenes cut where the story moves on
        off_screen = [c.id for c in board.characters if not c.drawn]
        for scene in board.scenes:
            if not scene.shots:
                scene.shots = plan_shots(scene.id, scene.lines, off_screen)
        settle_music(board, ctx)  # chanted verses need the score's pulse before any voice
        ctx.progress(0.6, "casting voices")
        speaking = {line.character_id for line in board.lines()}
        to_cast = [c for c in board.characters if c.voice is None and c.id in speaking]  # the silent need none
        voices = installed_voices(ctx.registry, ctx.settings)
        if to_cast:
            cast_voices(to_cast, voices)
        assign_looks(board, {f"{v.engine}:{v.id}": v.gender for v in voices})
        ctx.progress(1.0, "done")


def fit_to_length(board: Storyboard, fit: str, part: int | None, target: float) -> None:
    """A story longer than the film asked: abridged to its spine, or this film's episode of it."""
    if fit == "abridge":
        abridge(board, target)
    elif fit == "episodes":
        parts = episodes(board, target)
        number = part or 1
        if number > len(parts):
            raise InvalidInput(
                f"The story makes {len(parts)} episode(s) of {target:g} s; there is no part {number}.",
                details={"field": "part", "parts": len(parts)},
            )
        chosen = parts[number - 1]
        board.scenes, board.characters = chosen.scenes, chosen.characters
        if len(parts) > 1:
            board.title = chosen.title


def _retell_with_llm(board: Storyboard, ctx: StageContext) -> None:
    """The abridged narration retold by the project's language model; on any failure the extractive
    abridgement stands and the storyboard says why."""
    from filmstudio.engines.llm.select import llm_for
    from filmstudio.writing import abridger

    try:
        llm = llm_for(ctx.settings, ctx.request.llm_engine, ctx.registry)
        cut = [c for c in board.analysis.get("cut", "").split(" | ") if c]
        changed = abridger.rewrite(llm, board, cut, cancel=ctx.cancel_event)
    except Cancelled:
        raise
    except StudioError as exc:
        board.analysis = {**board.analysis, "abridged_by": "rules", "abridge_llm_error": exc.message[:300]}
        return
    board.analysis = {
        **board.analysis,
        "abridged_by": f"llm:{llm.name}:{llm.model}",
        "retold_lines": str(changed),
    }


def _wants_llm(ctx: StageContext) -> bool:
    chosen = ctx.request.llm_engine
    return chosen not in (None, "none") or (ctx.settings.llm_enhance_analysis and ctx.settings.llm_engine != "none")


def _read_with_llm(board: Storyboard, ctx: StageContext) -> None:
    """The model's reading over the rules', where it is valid; on any failure the rules' reading stands
    and the storyboard says why."""
    from filmstudio.engines.llm.prompts import ask
    from filmstudio.engines.llm.select import llm_for
    from filmstudio.script import model_reading

    try:
        llm = llm_for(ctx.settings, ctx.request.llm_engine, ctx.registry)
        question = model_reading.question(board)
        answer = ask(
            llm, system=model_reading.SYSTEM, payload=question, schema=model_reading.SCHEMA, cancel=ctx.cancel_event
        )
    except Cancelled:
        raise
    except StudioError as exc:
        board.analysis = {**board.analysis, "reader": "rules", "llm_error": exc.message[:300]}
        return
    taken = model_reading.apply(board, answer, chosen=ctx.request.characters)
    board.analysis = {**board.analysis, "reader": f"llm:{llm.name}:{llm.model}", "llm_values": str(taken)}


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
