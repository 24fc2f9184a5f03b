"""Local peers for the two chat protocols the studio speaks, over real HTTP, driven by the real `openai`
and `anthropic` libraries: OpenAI's chat completions (streamed as server-sent events, with JSON-schema
response formats and refusals) and Anthropic's Messages (streamed events, forced tool use, refusals).

A test queues what the "model" answers next (`server.answer(...)`): text, JSON (for a schema), a refusal,
a 429 with Retry-After, a delay (for timeouts), a slow stream (for cancellation), or malformed JSON.
When nothing is queued, a writer answers the studio's script-writing and analysis prompts from the
data in them, so whole flows run end to end. Requests are kept for the test to check."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlparse

from tests.fake_server import FakeServer, StateServer

OPENAI_KEY = "sk-test-openai-" + "1" * 20
ANTHROPIC_KEY = "sk-ant-test-" + "2" * 20


@dataclass
class Answer:
    text: str | None = None
    data: Any = None  # sent as JSON text (OpenAI) or a tool call's input (Anthropic)
    refusal: str | None = None
    status: int = 200
    retry_after: float | None = None
    delay: float = 0.0  # before answering at all
    chunk_delay: float = 0.0  # between streamed pieces
    malformed: bool = False


def _pieces(text: str, size: int = 12) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


class ChatServer(FakeServer):
    protocol = ""

    def __init__(self) -> None:
        super().__init__(self._handler())
        self.queue: deque[Answer] = deque()
        self.requests: list[dict] = []
        self.stream_closed_early = threading.Event()
        self.serve(self)  # the handler reads the queue and records the requests here

    def answer(self, **kwargs: Any) -> None:
        self.queue.append(Answer(**kwargs))

    def next_answer(self, body: dict) -> Answer:
        if self.queue:
            return self.queue.popleft()
        return Answer(data=default_answer(body_text(body)))

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        raise NotImplementedError


def body_text(body: dict) -> str:
    parts = [body.get("system") or ""]
    for message in body.get("messages", []):
        content = message.get("content")
        parts.append(content if isinstance(content, str) else json.dumps(content))
    return "\n".join(parts)


def default_answer(prompt: str) -> dict:
    """A plausible model for the studio's own prompts: it reads the JSON data block they carry."""
    start = prompt.rfind("<data>")
    data = json.loads(prompt[start + 6 : prompt.rfind("</data>")]) if start >= 0 else {}
    task = data.get("task")
    if task == "write_script":
        return _write(data)
    if task == "read_script":
        return {
            "characters": [
                {
                    "name": c,
                    "age": "elderly" if "grand" in c.lower() else "young_adult",
                    "gender": "female",
                    "role": "lead",
                }
                for c in data.get("characters", [])
            ],
            "scenes": [
                {"index": i, "setting": "temple", "time_of_day": "dawn", "mood": "peaceful", "things": ["lamp"]}
                for i, _ in enumerate(data.get("scenes", []))
            ],
        }
    if task == "translate":
        return {"translations": [f"[{data['target']}] {t}" for t in data.get("texts", [])]}
    if task == "abridge":  # each narrator line retold in its first words
        return {
            "lines": [
                {"index": ln["index"], "text": " ".join(ln["text"].split()[:6])}
                for ln in data.get("lines", [])
                if ln["speaker"] == "narrator"
            ]
        }
    if task == "video_metadata":
        return {
            "title": f"{data.get('title', 'Film')} — a short film",
            "description": "A short film about the sea.",
            "tags": ["short film", "sea"],
        }
    return {"answer": "ok"}


def _write(data: dict) -> dict:
    words = int(data.get("target_words", 60))
    language = data.get("language", "en")
    names = ["Meera", "Arjun", "Kavya", "Rohan"][: max(1, int(data.get("characters", 2)))]
    sentence = {
        "hi": "बादल आए और खेतों में बारिश की बूंदें गिरीं",
        "es": "Las nubes llegaron y la lluvia cayó sobre los campos",
    }.get(language, "The clouds rolled in and rain fell softly on the fields")
    per_line = len(sentence.split())
    lines_needed = max(2, round(words / per_line))
    lines = [{"character": names[i % len(names)], "text": sentence + "."} for i in range(lines_needed)]
    half = len(lines) // 2 or 1
    return {
        "title": "The Monsoon Comes" if language == "en" else "मानसून" if language == "hi" else "El monzón",
        "logline": "Two friends watch the first rain of the monsoon.",
        "characters": [
            {
                "name": n,
                "age": "child",
                "gender": "female" if i % 2 == 0 else "male",
                "voice_type": "bright",
                "description": "a curious child",
            }
            for i, n in enumerate(names)
        ],
        "scenes": [
            {
                "heading": "EXT. VILLAGE FIELD - DAY",
                "setting": "field",
                "time_of_day": "day",
                "description": "Dark clouds gather over green fields.",
                "lines": lines[:half],
            },
            {
                "heading": "INT. SCHOOL - DAY",
                "setting": "classroom",
                "time_of_day": "day",
                "description": "Children look out at the rain.",
                "lines": lines[half:],
            },
        ],
    }


class OpenAIServer(ChatServer):
    protocol = "openai"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        class Handler(_Base):
            def do_GET(self) -> None:
                if not self.authorised("Authorization", f"Bearer {OPENAI_KEY}"):
                    return
                self.json(
                    200,
                    {
                        "object": "list",
                        "data": [{"id": "gpt-test", "object": "model", "created": 0, "owned_by": "studio-tests"}],
                    },
                )

            def do_POST(self) -> None:
                body = self.read_json()
                peer = self.server.state
                peer.requests.append({"path": urlparse(self.path).path, "body": body, "headers": dict(self.headers)})
                if not self.authorised("Authorization", f"Bearer {OPENAI_KEY}"):
                    return
                answer = peer.next_answer(body)
                if not self.before(
                    answer,
                    {
                        "error": {
                            "message": "Rate limit reached",
                            "type": "rate_limit_error",
                            "code": "rate_limit_exceeded",
                        }
                    },
                ):
                    return
                text = answer.text if answer.text is not None else json.dumps(answer.data)
                if answer.malformed:
                    text = text[: len(text) // 2]
                base = {
                    "id": "chatcmpl-test",
                    "object": "chat.completion.chunk",
                    "created": int(time.time()),
                    "model": body.get("model", "gpt-test"),
                }
                events = [
                    {
                        **base,
                        "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}],
                    }
                ]
                if answer.refusal:
                    events.append(
                        {
                            **base,
                            "choices": [{"index": 0, "delta": {"refusal": answer.refusal}, "finish_reason": None}],
                        }
                    )
                else:
                    events += [
                        {**base, "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]}
                        for p in _pieces(text)
                    ]
                events.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
                events.append(
                    {
                        **base,
                        "choices": [],
                        "usage": {
                            "prompt_tokens": len(json.dumps(body)) // 4,
                            "completion_tokens": len(text) // 4,
                            "total_tokens": 0,
                        },
                    }
                )
                self.stream([(None, e) for e in events] + [(None, "[DONE]")], answer.chunk_delay)

        return Handler


class AnthropicServer(ChatServer):
    protocol = "anthropic"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        class Handler(_Base):
            def do_GET(self) -> None:
                if not self.authorised("x-api-key", ANTHROPIC_KEY):
                    return
                self.json(
                    200,
                    {
                        "data": [
                            {
                                "type": "model",
                                "id": "claude-test",
                                "display_name": "Claude (test)",
                                "created_at": "2025-01-01T00:00:00Z",
                            }
                        ],
                        "has_more": False,
                        "first_id": "claude-test",
                        "last_id": "claude-test",
                    },
                )

            def do_POST(self) -> None:
                body = self.read_json()
                peer = self.server.state
                peer.requests.append({"path": urlparse(self.path).path, "body": body, "headers": dict(self.headers)})
                if not self.authorised("x-api-key", ANTHROPIC_KEY):
                    return
                answer = peer.next_answer(body)
                if not self.before(
                    answer, {"type": "error", "error": {"type": "rate_limit_error", "message": "Rate limited"}}
                ):
                    return
                model = body.get("model", "claude-test")
                tool = (body.get("tool_choice") or {}).get("name")
                message = {
                    "id": "msg_test",
                    "type": "message",
                    "role": "assistant",
                    "model": model,
                    "content": [],
                    "stop_reason": None,
                    "stop_sequence": None,
                    "usage": {"input_tokens": 50, "output_tokens": 1},
                }
                events: list[tuple[str, Any]] = [("message_start", {"type": "message_start", "message": message})]
                if answer.refusal:
                    stop = "refusal"
                elif tool and answer.text is None:
                    raw = json.dumps(answer.data)
                    if answer.malformed:
                        raw = raw[: len(raw) // 2]
                    events.append(
                        (
                            "content_block_start",
                            {
                                "type": "content_block_start",
                                "index": 0,
                                "content_block": {"type": "tool_use", "id": "toolu_test", "name": tool, "input": {}},
                            },
                        )
                    )
                    events += [
                        (
                            "content_block_delta",
                            {
                                "type": "content_block_delta",
                                "index": 0,
                                "delta": {"type": "input_json_delta", "partial_json": p},
                            },
                        )
                        for p in _pieces(raw)
                    ]
                    events.append(("content_block_stop", {"type": "content_block_stop", "index": 0}))
                    stop = "tool_use"
                else:
                    text = answer.text if answer.text is not None else json.dumps(answer.data)
                    events.append(
                        (
                            "content_block_start",
                            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
                        )
                    )
                    events += [
                        (
                            "content_block_delta",
                            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}},
                        )
                        for p in _pieces(text)
                    ]
                    events.append(("content_block_stop", {"type": "content_block_stop", "index": 0}))
                    stop = "end_turn"
                events.append(
                    (
                        "message_delta",
                        {
                            "type": "message_delta",
                            "delta": {"stop_reason": stop, "stop_sequence": None},
                            "usage": {"output_tokens": 42},
                        },
                    )
                )
                events.append(("message_stop", {"type": "message_stop"}))
                self.stream(events, answer.chunk_delay)

        return Handler


class _Base(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: StateServer

    def log_message(self, *args: Any) -> None:
        pass

    def read_json(self) -> dict:
        length = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(length) or b"{}")

    def json(self, status: int, body: dict, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def authorised(self, header: str, expected: str) -> bool:
        key = expected.removeprefix("Bearer ")
        sent = {self.headers.get(header), self.headers.get("x-api-key"), self.headers.get("Authorization")}
        if not sent & {expected, key, f"Bearer {key}"}:
            self.json(401, {"error": {"message": "Invalid API key", "type": "authentication_error"}})
            return False
        return True

    def before(self, answer: Answer, rate_limited: dict) -> bool:
        if answer.delay:
            time.sleep(answer.delay)
        if answer.status == 429:
            self.json(429, rate_limited, {"retry-after": str(answer.retry_after or 0)})
            return False
        if answer.status != 200:
            self.json(answer.status, {"error": {"message": "Server error", "type": "api_error"}})
            return False
        return True

    def stream(self, events: list[tuple[str | None, Any]], delay: float) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        try:
            for name, data in events:
                block = (
                    f"event: {name}\n" if name else ""
                ) + f"data: {data if isinstance(data, str) else json.dumps(data)}\n\n"
                self.wfile.write(block.encode())
                self.wfile.flush()
                if delay:
                    time.sleep(delay)
        except (BrokenPipeError, ConnectionResetError):
            self.server.state.stream_closed_early.set()  # the client hung up mid-stream
