"""Text-to-speech engines: one interface (`TTSEngine`), several offline backends."""

from filmstudio.engines.tts.base import Speech, TTSEngine, VoiceInfo, WordTiming

__all__ = ["Speech", "TTSEngine", "VoiceInfo", "WordTiming"]
