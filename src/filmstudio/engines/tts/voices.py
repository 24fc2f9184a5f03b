"""Which voices and languages the installed TTS engines offer, as settings allow."""

from __future__ import annotations

from filmstudio.config import Settings
from filmstudio.engines.gpu import WEIGHTS
from filmstudio.engines.registry import EngineRegistry
from filmstudio.engines.tts.base import TTSEngine, VoiceInfo
from filmstudio.errors import EngineNotInstalled


def tts_engine_names(registry: EngineRegistry, settings: Settings) -> list[str]:
    """The engines to cast from: the one named in settings or by the project (which must be installed), or
    with "auto" every installed offline one. A GPU voice (Bark) is cast only when asked for by name, so no
    web process or CPU worker loads a neural model because its weights happen to be configured."""
    if settings.tts_engine != "auto":
        registry.get("tts", settings.tts_engine)  # raises EngineNotInstalled with what to install
        return [settings.tts_engine]
    offline = []
    for name in registry.names("tts"):
        if name in WEIGHTS:
            continue
        try:
            registry.get("tts", name)
        except EngineNotInstalled:
            continue
        offline.append(name)
    return offline


def installed_voices(registry: EngineRegistry, settings: Settings) -> list[VoiceInfo]:
    voices: list[VoiceInfo] = []
    for name in tts_engine_names(registry, settings):
        engine: TTSEngine = registry.get("tts", name)
        voices.extend(engine.voices())
    return voices


def speakable_languages(registry: EngineRegistry, settings: Settings) -> set[str]:
    return {lang for voice in installed_voices(registry, settings) for lang in voice.languages}
