"""What the web studio shows before any credits are spent: the analysed storyboard (characters with the
voices they would get, scenes), the film's cost, and voice samples. Services: no HTTP here."""

from __future__ import annotations

import base64
from importlib.resources import files
from pathlib import Path

from filmstudio.animation.portrait import portrait_png
from filmstudio.config import Settings
from filmstudio.credits.plans import PLANS, check_limits, credits_required
from filmstudio.engines.registry import EngineRegistry
from filmstudio.engines.tts.casting import cast_voices
from filmstudio.engines.tts.voices import installed_voices
from filmstudio.errors import PlanLimitExceeded, StudioError
from filmstudio.film_request import FilmRequest, count_speakers, storyboard_for
from filmstudio.render import analyse, check_dubs
from filmstudio.script import detect_format, parse_script
from filmstudio.storyboard import Character
from filmstudio.studio.schemas import (
    EngineChoice,
    EngineOffer,
    EnginesOffered,
    Example,
    Fit,
    Languages,
    Preview,
    PreviewCharacter,
    PreviewLine,
    PreviewScene,
    SpokenLanguage,
    SubtitleLanguage,
    VoiceOption,
)

EXAMPLE_FILES = ("mountain_story.txt", "interview.txt", "lighthouse.fountain", "sunrise_storyboard.json")


def examples() -> list[Example]:
    folder = files("filmstudio").joinpath("examples")
    out = []
    for name in EXAMPLE_FILES:
        text = folder.joinpath(name).read_text(encoding="utf-8")
        board = parse_script(text, filename=name)
        out.append(Example(name=name, title=board.title, format=str(detect_format(text, name)), script=text))
    return out


def preview(
    script: str,
    request: FilmRequest,
    *,
    tier: str,
    settings: Settings,
    registry: EngineRegistry,
) -> Preview:
    parts = 1
    if request.fit == "episodes" and request.duration is not None:
        from filmstudio.script.fit import episodes

        parts = len(episodes(storyboard_for(script, request), request.duration))
    board = analyse(storyboard_for(script, request), request, settings=settings, registry=registry)
    duration = request.billed_seconds
    problems = []
    try:
        check_limits(tier, duration=duration, characters=count_speakers(board), resolution=request.resolution)
    except PlanLimitExceeded as exc:
        problems.append(exc.message)
    if request.dub:
        try:
            check_dubs(board, request, settings=settings, registry=registry)
        except StudioError as exc:  # a language without a voice or translator: say so before generating
            problems.append(exc.message)
    return Preview(
        title=board.title,
        language=board.language,
        characters=[
            PreviewCharacter(**c.model_dump(), portrait=_portrait_url(c) if c.drawn else None) for c in board.characters
        ],
        scenes=[
            PreviewScene(
                id=s.id,
                heading=s.heading,
                setting=s.setting,
                setting_words=s.setting_words,
                interior=s.interior,
                things=s.things,
                people=s.people,
                time_of_day=s.time_of_day,
                weather=s.weather,
                mood=s.mood,
                description=s.description,
                lines=[PreviewLine(character_id=ln.character_id, text=ln.text, language=ln.language) for ln in s.lines],
            )
            for s in board.scenes
        ],
        duration=duration,
        estimated_credits=credits_required(duration, request.films) * parts,
        fit=Fit(
            mode=request.fit,
            parts=parts,
            abridged=board.analysis.get("abridged"),
            cut=[c for c in board.analysis.get("cut", "").split(" | ") if c],
        ),
        plan=tier,
        watermark=PLANS[tier].watermark,
        plan_problems=problems,
        voices=voices_for(board.language, settings, registry),
    )


def voices_for(language: str, settings: Settings, registry: EngineRegistry) -> list[VoiceOption]:
    """The voices a character speaking the language can be given ("engine:voice" ids)."""
    return [
        VoiceOption(id=f"{v.engine}:{v.id}", label=f"{v.description or v.id} ({v.gender})", gender=v.gender)
        for v in installed_voices(registry, settings)
        if language in v.languages
    ]


def voice_sample(
    *,
    language: str,
    gender: str,
    age: str,
    settings: Settings,
    registry: EngineRegistry,
    out: Path,
    voice: str | None = None,
) -> Path:
    """A short sample of the voice a character of this kind (or with this chosen voice) would get."""
    from filmstudio.media.audio import speech_to_wav

    # validated: gender and age are the API's words, checked against the storyboard's
    character = Character.model_validate(
        {
            "id": "sample",
            "name": "Sample",
            "gender": gender,
            "age": age,
            "language": language,
            "voice_preference": voice,
        }
    )
    cast_voices([character], installed_voices(registry, settings))
    cast = character.voice
    if cast is None:  # cast_voices gives every character a voice or raises
        raise RuntimeError("no voice was cast for the sample")
    engine = registry.get("tts", cast.engine)
    info = next(v for v in engine.voices() if v.id == cast.voice)
    text = _SAMPLES.get(language, "1, 2, 3, 4, 5.")  # every voice counts in its own language
    speech = engine.synthesize(text, info, language=language, rate=cast.rate)
    speech_to_wav(settings.ffmpeg, speech.samples, speech.sample_rate, out, pitch=cast.pitch)
    return out


_SAMPLES = {
    "en": "Hello! This is how I will sound in your film.",
    "es": "¡Hola! Así sonaré en tu película.",
    "fr": "Bonjour ! Voici ma voix dans votre film.",
    "de": "Hallo! So klinge ich in deinem Film.",
    "hi": "नमस्ते! आपकी फ़िल्म में मेरी आवाज़ ऐसी होगी।",
    "ta": "வணக்கம்! உங்கள் படத்தில் என் குரல் இப்படி இருக்கும்.",
    "te": "నమస్కారం! మీ సినిమాలో నా గొంతు ఇలా ఉంటుంది.",
    "zh": "你好！这就是我在你的电影里的声音。",
    "ja": "こんにちは！映画の中の私の声です。",
    "sa": "ॐ नमः शिवाय ।",
    "mr": "नमस्कार! तुमच्या चित्रपटात माझा आवाज असा असेल.",
    "bn": "নমস্কার! আপনার ছবিতে আমার গলা এমন শোনাবে।",
    "ru": "Здравствуйте! Так будет звучать мой голос в вашем фильме.",
    "it": "Ciao! Così suonerò nel tuo film.",
    "pt": "Olá! É assim que vou soar no seu filme.",
    "ca": "Hola! Així sonaré a la teva pel·lícula.",
    "cs": "Dobrý den! Takhle budu znít ve vašem filmu.",
    "fi": "Hei! Tältä kuulostan elokuvassasi.",
    "ar": "مرحبا! هكذا سيبدو صوتي في فيلمك.",
    "ko": "안녕하세요! 영화 속 제 목소리는 이렇게 들려요.",
}


def _portrait_url(character: Character) -> str:
    return "data:image/png;base64," + base64.b64encode(portrait_png(character)).decode("ascii")


def languages(settings: Settings, registry: EngineRegistry) -> Languages:
    from filmstudio.engines.llm.select import configured
    from filmstudio.engines.tts.measured import UNCLEAR, best_cer
    from filmstudio.engines.tts.voices import speakable_languages
    from filmstudio.errors import EngineNotInstalled
    from filmstudio.languages import LANGUAGES

    speakable = speakable_languages(registry, settings)
    spoken = []
    for code, language in sorted(LANGUAGES.items(), key=lambda item: item[1].name):
        if code in speakable:
            cer = best_cer(code)
            spoken.append(
                SpokenLanguage(code=code, name=language.name, best_cer=cer, clear=cer is None or cer <= UNCLEAR)
            )
    try:
        pairs = set(registry.get("translate", settings.translate_engine).pairs())
    except EngineNotInstalled:
        pairs = set()
    any_pair = settings.llm_engine != "none" and configured(settings)
    subtitles = [
        SubtitleLanguage(code=code, name=LANGUAGES[code].name, by="model" if ("en", code) not in pairs else "apertium")
        for code in sorted(LANGUAGES, key=lambda c: LANGUAGES[c].name)
        if code == "en" or ("en", code) in pairs or any_pair
    ]
    return Languages(spoken=spoken, subtitles=subtitles)


def engines_offered(settings: Settings, registry: EngineRegistry) -> EnginesOffered:
    """For each kind a project may choose: the studio's default and its engines, each offered when it
    starts here (offline ones) or when the studio has its weights configured (GPU ones, which load on the
    GPU workers: nothing heavy is loaded to answer this)."""
    from filmstudio.engines.gpu import WEIGHTS
    from filmstudio.errors import EngineNotInstalled
    from filmstudio.film_request import ENGINE_KINDS

    out: dict[str, EngineChoice] = {}
    for kind in ENGINE_KINDS:
        engines = []
        for name in registry.names(kind):
            if name in WEIGHTS:
                offered = getattr(settings, WEIGHTS[name][0]) is not None
            else:
                try:
                    registry.get(kind, name)
                    offered = True
                except EngineNotInstalled:
                    offered = False
            engines.append(
                EngineOffer(
                    name=name, description=registry.spec(kind, name).description, gpu=name in WEIGHTS, offered=offered
                )
            )
        out[kind] = EngineChoice(default=getattr(settings, f"{kind}_engine"), engines=engines)
    return EnginesOffered(**out)
