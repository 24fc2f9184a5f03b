"""Stage 1: apply the render's settings to the storyboard, read it with a model when asked, check its
languages and whether it can fit the target duration; then stage it, plan its shots, settle its music
and cast its voices (those steps live with their domains: shot_planning, music_generation, casting)."""

from __future__ import annotations

from filmstudio.engines.tts.voices import speakable_languages
from filmstudio.errors import Cancelled, InvalidInput, StudioError, UnsupportedLanguage
from filmstudio.languages import LANGUAGES
from filmstudio.pipeline import timing
from filmstudio.pipeline.contract import EngineKind, board
from filmstudio.pipeline.stage import StageContext
from filmstudio.pipeline.stages.casting import CastVoices
from filmstudio.pipeline.stages.music_generation import SettleMusic
from filmstudio.pipeline.stages.shot_planning import PlanShots, StageStory
from filmstudio.pipeline.steps import Step, reads_of, run_steps, uses_of, writes_of
from filmstudio.script.fit import abridge, episodes
from filmstudio.storyboard import Storyboard


class ApplyRequest:
    """The render's own settings over the storyboard's: title, style, seed, length and language."""

    label = "settings"
    reads = board("scenes", "characters")
    writes = board("title", "target_duration", "language", "characters.language", "scenes.lines.language")
    uses: tuple[EngineKind, ...] = ("tts",)  # which languages the installed voices speak

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        opts = ctx.request
        if opts.title:
            board.title = opts.title
        board.style = opts.style or board.style
        board.seed = opts.seed or board.seed
        if opts.duration is not None:
            board.target_duration = opts.duration
        if opts.language:
            _check_language(opts.language, speakable_languages(ctx.registry, ctx.settings))
            _relabel_language(board, opts.language)


class ReadWithModel:
    """The language model's reading over the rules', when the project or studio asks for one."""

    label = "reading"
    reads = board("scenes", "characters")
    writes = board("characters.age", "characters.gender", "scenes.setting", "scenes.time_of_day", "scenes.things")
    uses: tuple[EngineKind, ...] = ("llm",)

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        if _wants_llm(ctx):
            _read_with_llm(board, ctx)


class CheckLanguages:
    label = "languages"
    reads = board("scenes.lines.language")
    writes: tuple[str, ...] = ()
    uses: tuple[EngineKind, ...] = ("tts",)

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        speakable = speakable_languages(ctx.registry, ctx.settings)
        for line in board.lines():
            _check_language(line.language, speakable)


class FitToLength:
    """A story longer than the film asked: abridged (retold by the model when one is set up) or cut into
    episodes; then the estimate checked against the target."""

    label = "fitting the length"
    reads = board("target_duration", "scenes", "characters")
    writes = board("scenes", "characters", "title")
    uses: tuple[EngineKind, ...] = ("llm",)

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        if board.target_duration is None:
            return
        opts = ctx.request
        fit_to_length(board, opts.fit, opts.part, board.target_duration)
        if opts.fit == "abridge" and "abridged" in board.analysis and _wants_llm(ctx):
            _retell_with_llm(board, ctx)
        timing.check_estimate(board, board.target_duration)


class ScriptAnalysisStage:
    """Stage 1, in steps: the render's settings, the model's reading, languages, length; then the story
    staged and its shots planned, the music settled and the voices cast (`pipeline/steps.py`)."""

    name = "script_analysis"
    weight = 0.01
    steps: tuple[Step, ...] = (
        ApplyRequest(),
        ReadWithModel(),
        CheckLanguages(),
        FitToLength(),
        StageStory(),
        PlanShots(),
        SettleMusic(),  # chanted verses need the score's pulse before any voice
        CastVoices(),
    )
    reads = reads_of(steps)
    writes = writes_of(steps)
    uses = uses_of(steps)

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        run_steps(self.steps, board, ctx)


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
