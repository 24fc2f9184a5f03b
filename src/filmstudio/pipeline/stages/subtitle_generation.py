"""Stage 6: SRT and VTT for each requested language, cued from the word timings; other languages are
translated line by line and cued across each line's time. The first language is also written as ASS
for burning in."""

from __future__ import annotations

from filmstudio.engines.translate.base import TranslateEngine
from filmstudio.languages import LANGUAGES, SCRIPT_FONTS, is_spaceless
from filmstudio.media.store.kinds import MediaFile
from filmstudio.media.subtitles import (
    Cue,
    TimedWord,
    cues_for_line,
    cues_from_text,
    settle,
    split_spaceless,
    to_ass,
    to_srt,
    to_vtt,
)
from filmstudio.pipeline.contract import EngineKind, board, files
from filmstudio.pipeline.stage import StageContext
from filmstudio.storyboard import Line, Storyboard


class SubtitleGenerationStage:
    name = "subtitle_generation"
    weight = 0.01
    reads = board("scenes.lines.words", "scenes.lines.start")
    writes = files("subtitles", "burn_in")
    uses: tuple[EngineKind, ...] = ("translate", "llm")  # a language model for the pairs the translator lacks

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        languages = ctx.request.subtitles or [board.language]
        for index, language in enumerate(languages):
            cues = settle(self._cues(board, language, ctx))
            for ext, text in (("srt", to_srt(cues)), ("vtt", to_vtt(cues))):
                path = ctx.work_dir / f"subtitles.{language}.{ext}"
                path.write_text(text, encoding="utf-8")
                ctx.outputs[MediaFile.subtitles(language, ext)] = path
            if index == 0 and ctx.request.burn_subtitles:
                width, height = ctx.request.frame_size
                script = LANGUAGES[language].script if language in LANGUAGES else "latin"
                path = ctx.work_dir / "burn.ass"
                path.write_text(
                    to_ass(cues, width=width, height=height, default_font=SCRIPT_FONTS[script]),
                    encoding="utf-8",
                )
                ctx.burn_in = path
                ctx.burn_cues, ctx.burn_font = cues, SCRIPT_FONTS[script]
            ctx.progress((index + 1) / len(languages), language)

    def _cues(self, board: Storyboard, language: str, ctx: StageContext) -> list[Cue]:
        lines = board.lines()
        to_translate = [ln for ln in lines if ln.language != language and ln.language == board.language]
        translated: dict[str, str] = {}
        if to_translate:
            engine = translator_for(ctx, board.language, language)
            texts = engine.translate([ln.text for ln in to_translate], source=board.language, target=language)
            translated = {ln.id: text for ln, text in zip(to_translate, texts, strict=True)}
        cues: list[Cue] = []
        for line in lines:
            if line.id in translated:
                cues.extend(cues_from_text(translated[line.id], line.start or 0.0, line.end or 0.0, language))
            else:
                cues.extend(_spoken_cues(line))
        return cues


def _spoken_cues(line: Line) -> list[Cue]:
    offset = line.start or 0.0
    if not line.words:
        return cues_from_text(line.text, offset, line.end or offset, line.language)
    words = [TimedWord(w.text, offset + w.start, offset + w.end) for w in line.words]
    return cues_for_line(split_spaceless(words, line.language), spaceless=is_spaceless(line.language))


def translator_for(ctx: StageContext, source: str, target: str) -> TranslateEngine:
    """The configured translate engine; for a pair it lacks, the "llm" translate engine speaking through
    the project's or studio's language model when one is set up (else the engine's own clear error)."""
    engine: TranslateEngine = ctx.engine("translate")
    if (source, target) in engine.pairs() or ctx.request.llm_engine == "none":
        return engine
    from filmstudio.engines.llm.select import llm_for
    from filmstudio.errors import EngineNotInstalled, NotConfigured

    try:
        llm = llm_for(ctx.settings, ctx.request.llm_engine, ctx.registry)
        by_model = ctx.engine_named("translate", "llm")
    except (EngineNotInstalled, NotConfigured):
        return engine
    bound: TranslateEngine = by_model.using(llm)
    return bound
