"""Chat models through the OpenAI protocol with the official `openai` library: OpenAI itself, or any
server speaking the same protocol at a base URL (Ollama, llama.cpp's server, vLLM, LM Studio)."""

from __future__ import annotations

from typing import Any

import openai

from filmstudio.config import Settings
from filmstudio.engines.llm.base import (
    Completion,
    LLMBadOutput,
    LLMFailed,
    LLMRefused,
    Request,
    check_cancel,
    parse_json,
)
from filmstudio.errors import NotConfigured


class OpenAIEngine:
    name = "openai"

    def __init__(self, settings: Settings) -> None:
        if not settings.openai_api_key and not settings.openai_base_url:
            raise NotConfigured(
                "Set FILMSTUDIO_OPENAI_API_KEY (or FILMSTUDIO_OPENAI_BASE_URL for a local server "
                "such as Ollama) to use the openai engine."
            )
        self.model = settings.openai_model
        self._client = openai.OpenAI(
            api_key=settings.openai_api_key or "not-needed",
            base_url=settings.openai_base_url,
            timeout=settings.llm_timeout_seconds,
            max_retries=settings.llm_max_retries,
        )

    def complete(self, request: Request) -> Completion:
        params: dict[str, Any] = {
            "model": self.model,
            "messages": [{"role": m.role, "content": m.content} for m in request.messages],
            "max_completion_tokens": request.max_tokens,
            "temperature": request.temperature,
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        if request.schema is not None:
            params["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": request.schema_name, "schema": request.schema, "strict": True},
            }
        pieces: list[str] = []
        refusal: list[str] = []
        usage = None
        model = self.model
        try:
            stream = self._client.chat.completions.create(**params)
            with stream:
                for chunk in stream:
                    check_cancel(request)  # closing the stream stops the server's work
                    model = chunk.model or model
                    if chunk.usage is not None:
                        usage = chunk.usage
                    for choice in chunk.choices:
                        if choice.delta.refusal:
                            refusal.append(choice.delta.refusal)
                        if choice.delta.content:
                            pieces.append(choice.delta.content)
                            if request.on_text:
                                request.on_text(choice.delta.content)
        except openai.APITimeoutError:
            raise LLMFailed(f"The {self.name} model did not answer within the timeout.") from None
        except openai.RateLimitError as exc:
            raise LLMFailed(
                f"The {self.name} model is rate limited (429) after retries.", details={"status": exc.status_code}
            ) from None
        except openai.APIStatusError as exc:
            raise LLMFailed(
                f"The {self.name} model refused the request ({exc.status_code}).", details={"status": exc.status_code}
            ) from None
        except openai.APIError as exc:
            raise LLMFailed(f"The {self.name} model could not be reached: {type(exc).__name__}.") from None
        if refusal:
            raise LLMRefused(f"The model declined: {''.join(refusal)[:300]}")
        text = "".join(pieces)
        completion = Completion(
            text=text,
            model=model,
            engine=self.name,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
        )
        if request.schema is not None:
            if not text.strip():
                raise LLMBadOutput(f"The {self.name} model answered nothing.")
            completion.data = parse_json(text, engine=self.name)
        return completion

    def ping(self) -> tuple[bool, str]:
        try:
            self._client.with_options(timeout=10, max_retries=0).models.list()
            return True, f"{self.model} at {self._client.base_url}"
        except openai.APIError as exc:
            return False, f"{type(exc).__name__} from {self._client.base_url}"
