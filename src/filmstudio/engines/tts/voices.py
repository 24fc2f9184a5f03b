"""Which voices and languages the installed TTS engines offer, as settings allow."""

from __future__ import annotations

from filmstudio.config import Settings
from filmstudio.engines.registry import EngineRegistry
from filmstudio.engines.tts.base import TTSEngine, VoiceInfo


def tts_engine_names(registry: EngineRegistry, settings: Settings) -> list[str]:
    """The engines to cast from: the one named in settings (which must be installed), or every installed one."""
    if settings.tts_engine != "auto":
        registry.get("tts", settings.tts_engine)  # raises EngineNotInstalled with what to install
        return [settings.tts_engine]
    return registry.available("tts")


def installed_voices(registry: EngineRegistry, settings: Settings) -> list[VoiceInfo]:
    voices: list[VoiceInfo] = []
    for name in tts_engine_names(registry, settings):
        engine: TTSEngine = registry.get("tts", name)
        voices.extend(engine.voices())
    return voices


def speakable_languages(registry: EngineRegistry, settings: Settings) -> set[str]:
    return {lang for voice in installed_voices(registry, settings) for lang in voice.languages}
