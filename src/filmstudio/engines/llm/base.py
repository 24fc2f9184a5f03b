"""The LLM interface: chat messages in, text (and, given a JSON schema, parsed data) out, with streaming,
token counts, timeouts, retries and cancellation. Every engine (an OpenAI-compatible API, Anthropic's
Messages API, a GGUF model in process) implements it; what it returns is data to validate, never code."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

from filmstudio.errors import Cancelled, ServiceFailed

if TYPE_CHECKING:
    from filmstudio.config import Settings


class LLMFailed(ServiceFailed):
    """The model could not be reached, or gave no usable answer after retries."""

    code = "LLM_FAILED"


class LLMRefused(LLMFailed):
    code = "LLM_REFUSED"


class LLMBadOutput(LLMFailed):
    code = "LLM_BAD_OUTPUT"


@dataclass(frozen=True)
class Message:
    role: str  # system, user, assistant
    content: str


@dataclass
class Completion:
    text: str
    data: Any = None  # the parsed JSON when a schema was given
    model: str = ""
    input_tokens: int = 0
    output_tokens: int = 0
    engine: str = ""


@dataclass
class Request:
    messages: list[Message]
    schema: dict[str, Any] | None = None  # JSON schema the answer must follow
    schema_name: str = "answer"
    max_tokens: int = 2048
    temperature: float = 0.7
    cancel: threading.Event = field(default_factory=threading.Event)
    on_text: Callable[[str], None] | None = None  # streamed pieces of the answer, as they come


class LLMEngine(Protocol):
    name: str
    model: str

    def complete(self, request: Request) -> Completion: ...

    def ping(self) -> tuple[bool, str]:
        """Whether the engine answers now, and what it said (or why not)."""
        ...


# What the registry holds for an "llm" engine: its class, built per configuration by engines.llm.select
LLMBuilder: TypeAlias = "Callable[[Settings], LLMEngine]"


def check_cancel(request: Request) -> None:
    if request.cancel.is_set():
        raise Cancelled("Cancelled while the model was writing.")


_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.MULTILINE)


def parse_json(text: str, *, engine: str) -> Any:
    """The JSON in a model's answer (tolerating a code fence or words around one object)."""
    cleaned = _FENCE.sub("", text.strip())
    try:
        return json.loads(cleaned)
    except json.JSONDecodeError:
        start, end = cleaned.find("{"), cleaned.rfind("}")
        if start >= 0 and end > start:
            try:
                return json.loads(cleaned[start : end + 1])
            except json.JSONDecodeError:
                pass
    raise LLMBadOutput(f"The {engine} model did not answer with valid JSON.", details={"answer": text[:300]})
