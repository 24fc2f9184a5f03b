"""Claude through Anthropic's Messages API with the official `anthropic` library. Structured answers come
as the input of a forced tool call, which the API checks against the JSON schema."""

from __future__ import annotations

import json
from typing import Any

import anthropic

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


class AnthropicEngine:
    name = "anthropic"

    def __init__(self, settings: Settings) -> None:
        if not settings.anthropic_api_key:
            raise NotConfigured("Set FILMSTUDIO_ANTHROPIC_API_KEY to use the anthropic engine.")
        self.model = settings.anthropic_model
        self._client = anthropic.Anthropic(
            api_key=settings.anthropic_api_key,
            base_url=settings.anthropic_base_url,
            timeout=settings.llm_timeout_seconds,
            max_retries=settings.llm_max_retries,
        )

    def complete(self, request: Request) -> Completion:
        system = "\n\n".join(m.content for m in request.messages if m.role == "system")
        params: dict[str, Any] = {
            "model": self.model,
            "max_tokens": request.max_tokens,
            "messages": [{"role": m.role, "content": m.content} for m in request.messages if m.role != "system"],
        }
        if system:
            params["system"] = system
        if request.schema is not None:
            params["tools"] = [
                {"name": request.schema_name, "description": "Give the answer.", "input_schema": request.schema}
            ]
            params["tool_choice"] = {"type": "tool", "name": request.schema_name}
        pieces: list[str] = []
        raw_input: list[str] = []  # the tool call's JSON as sent (the library's own parse is lenient)
        try:
            with self._client.messages.stream(**params) as stream:
                for event in stream:
                    check_cancel(request)  # leaving the block closes the connection
                    if event.type == "content_block_delta" and event.delta.type == "input_json_delta":
                        raw_input.append(event.delta.partial_json)
                    if event.type == "text" and event.text:
                        pieces.append(event.text)
                        if request.on_text:
                            request.on_text(event.text)
                final = stream.get_final_message()
        except anthropic.APITimeoutError:
            raise LLMFailed(f"The {self.name} model did not answer within the timeout.") from None
        except anthropic.RateLimitError as exc:
            raise LLMFailed(
                f"The {self.name} model is rate limited (429) after retries.", details={"status": exc.status_code}
            ) from None
        except anthropic.APIStatusError as exc:
            raise LLMFailed(
                f"The {self.name} model refused the request ({exc.status_code}).", details={"status": exc.status_code}
            ) from None
        except anthropic.APIError as exc:
            raise LLMFailed(f"The {self.name} model could not be reached: {type(exc).__name__}.") from None
        if final.stop_reason == "refusal":
            raise LLMRefused("The model declined to write this.")
        completion = Completion(
            text="".join(pieces),
            model=final.model,
            engine=self.name,
            input_tokens=final.usage.input_tokens,
            output_tokens=final.usage.output_tokens,
        )
        if request.schema is not None:
            tool = next((b for b in final.content if b.type == "tool_use" and b.name == request.schema_name), None)
            if tool is None:
                raise LLMBadOutput(f"The {self.name} model did not give a structured answer.")
            completion.text = "".join(raw_input) if raw_input else json.dumps(tool.input)
            completion.data = parse_json(completion.text, engine=self.name)
        return completion

    def ping(self) -> tuple[bool, str]:
        try:
            self._client.with_options(timeout=10, max_retries=0).models.list(limit=1)
            return True, self.model
        except anthropic.APIError as exc:
            return False, type(exc).__name__
