"""Dubbing: a storyboard's lines translated into another language, for the same film made again in it.
Scenes, things, characters and their looks stay as the script gave them, so pictures come from the
asset cache; voices are cast anew for the language and every line is re-voiced and re-timed."""

from __future__ import annotations

from collections import defaultdict

from filmstudio.engines.tts.voices import speakable_languages
from filmstudio.errors import UnsupportedLanguage
from filmstudio.languages import LANGUAGES
from filmstudio.pipeline.stage import StageContext
from filmstudio.pipeline.stages.subtitle_generation import translator_for
from filmstudio.storyboard import Line, Storyboard


def check_dubs(board: Storyboard, languages: list[str], ctx: StageContext) -> None:
    """Before anything is rendered: every dub language has a voice, and a translator from each language
    the script is written in (the translator's own error names the routes it has)."""
    speakable = speakable_languages(ctx.registry, ctx.settings)
    sources = {line.language for line in board.lines() if not line.chant and line.language != "sa"}
    for language in languages:
        if language not in speakable:
            name = LANGUAGES[language].name if language in LANGUAGES else language
            raise UnsupportedLanguage(
                f"No installed voice speaks {name} ('{language}'), so the film cannot be dubbed into it. "
                "Run `filmstudio engines` to see the languages this machine speaks.",
                details={"language": language},
            )
        for source in sorted(sources - {language}):
            engine = translator_for(ctx, source, language)
            if (source, language) not in engine.pairs():
                engine.translate([], source=source, target=language)  # raises, naming what it can do


def dub_storyboard(board: Storyboard, language: str, ctx: StageContext) -> Storyboard:
    """A copy of a storyboard not yet rendered, every spoken line in `language`. Chanted verses stay
    as written: a mantra is chanted in its own words whatever the film's language."""
    dub = board.model_copy(deep=True)
    by_source: dict[str, list[Line]] = defaultdict(list)
    for line in dub.lines():
        if line.chant or line.language == "sa":
            continue
        if line.language != language:
            by_source[line.language].append(line)
        line.language = language
    for source, lines in by_source.items():
        ctx.check_cancelled()
        engine = translator_for(ctx, source, language)
        texts = engine.translate([line.text for line in lines], source=source, target=language)
        for line, text in zip(lines, texts, strict=True):
            line.text = text
    _name_things_in(dub, board.language, language, ctx)
    for character in dub.characters:
        if character.language != "sa":
            character.language = language
            character.voice = None
    dub.language = language
    return dub


def _name_things_in(dub: Storyboard, source: str, language: str, ctx: StageContext) -> None:
    """The words that named each thing, translated too: the director cuts to a thing when a line says
    its name, and the lines now say it in the dub's language."""
    things = [thing for scene in dub.scenes for thing in scene.things]
    words = sorted({word for thing in things for word in thing.words})
    if not words or source == language:
        return
    translated = dict(
        zip(words, translator_for(ctx, source, language).translate(words, source=source, target=language), strict=True)
    )
    for thing in things:
        extra = [
            translated[w].strip().lower() for w in thing.words if translated[w].strip()
        ]  # "Gato": a paragraph's start
        thing.words = list(dict.fromkeys([*thing.words, *extra]))
