"""The LLM engines against local servers speaking OpenAI's and Anthropic's protocols, driven by the real
`openai` and `anthropic` libraries: structured answers, streaming, token counts, 429 with Retry-After,
timeouts, malformed JSON, refusals, cancellation mid-stream, and keys kept out of the logs."""

from __future__ import annotations

import logging
import time

import pytest

from filmstudio.config import Settings
from filmstudio.engines.llm.base import LLMFailed, LLMRefused, Message, Request
from filmstudio.engines.llm.select import llm_for
from filmstudio.errors import Cancelled, NotConfigured
from tests.llm_servers import ANTHROPIC_KEY, OPENAI_KEY, AnthropicServer, OpenAIServer

SCHEMA = {
    "type": "object",
    "properties": {"mood": {"type": "string"}},
    "required": ["mood"],
    "additionalProperties": False,
}


@pytest.fixture(params=["openai", "anthropic"])
def served(request, tmp_path):  # type: ignore[no-untyped-def]
    server_class = OpenAIServer if request.param == "openai" else AnthropicServer
    with server_class() as server:
        fields = (
            {"openai_api_key": OPENAI_KEY, "openai_base_url": f"{server.url}/v1", "openai_model": "gpt-test"}
            if request.param == "openai"
            else {
                "anthropic_api_key": ANTHROPIC_KEY,
                "anthropic_base_url": server.url,
                "anthropic_model": "claude-test",
            }
        )
        settings = Settings(data_dir=tmp_path, llm_engine=request.param, llm_timeout_seconds=5, **fields)
        yield request.param, server, settings


def _ask(settings, **kwargs):  # type: ignore[no-untyped-def]
    return llm_for(settings).complete(
        Request(messages=[Message("system", "Be brief."), Message("user", "How does it feel?")], **kwargs)
    )


def test_structured_streamed_answers_with_token_counts(served) -> None:  # type: ignore[no-untyped-def]
    name, server, settings = served
    server.answer(data={"mood": "hopeful"})
    streamed: list[str] = []
    completion = _ask(settings, schema=SCHEMA, on_text=streamed.append)
    assert completion.data == {"mood": "hopeful"} and completion.engine == name
    assert completion.output_tokens > 0
    body = server.requests[-1]["body"]
    if name == "openai":
        assert body["response_format"]["json_schema"]["schema"] == SCHEMA and body["stream"] is True
        assert "".join(streamed) == '{"mood": "hopeful"}'
    else:
        assert body["tools"][0]["input_schema"] == SCHEMA and body["tool_choice"]["name"] == "answer"
        assert body["system"] == "Be brief."
    server.answer(text="Plain words.")
    assert _ask(settings).text == "Plain words."
    assert llm_for(settings).ping()[0] is True


def test_429_is_retried_after_the_servers_wait(served, caplog) -> None:  # type: ignore[no-untyped-def]
    name, server, settings = served
    server.answer(status=429, retry_after=0.2)
    server.answer(data={"mood": "calm"})
    started = time.monotonic()
    with caplog.at_level(logging.DEBUG):
        assert _ask(settings, schema=SCHEMA).data == {"mood": "calm"}
    assert time.monotonic() - started >= 0.2 and len(server.requests) == 2
    assert OPENAI_KEY not in caplog.text and ANTHROPIC_KEY not in caplog.text  # keys never logged


def test_timeouts_malformed_json_and_refusals_are_clear_errors(served) -> None:  # type: ignore[no-untyped-def]
    name, server, settings = served
    quick = settings.model_copy(update={"llm_timeout_seconds": 0.5, "llm_max_retries": 0})
    server.answer(delay=2.0, data={"mood": "late"})
    with pytest.raises(LLMFailed, match="timeout"):
        _ask(quick, schema=SCHEMA)
    server.answer(data={"mood": "broken"}, malformed=True)
    with pytest.raises(LLMFailed):  # bad JSON (OpenAI) or a tool call that does not parse (Anthropic)
        _ask(settings, schema=SCHEMA)
    server.answer(refusal="I can't help with that.")
    with pytest.raises(LLMRefused):
        _ask(settings, schema=SCHEMA)
    server.answer(status=429, retry_after=0)
    server.answer(status=429, retry_after=0)
    server.answer(status=429, retry_after=0)
    server.answer(status=429, retry_after=0)
    with pytest.raises(LLMFailed, match="429"):
        _ask(settings.model_copy(update={"llm_max_retries": 3}), schema=SCHEMA)


def test_cancelling_mid_stream_stops_reading(served) -> None:  # type: ignore[no-untyped-def]
    name, server, settings = served
    server.answer(text="word " * 200, chunk_delay=0.02)
    request = Request(messages=[Message("user", "Go on.")])
    request.on_text = lambda piece: request.cancel.set()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        llm_for(settings).complete(request)
    assert time.monotonic() - started < 2.0  # the whole stream would take about 1.7 s more


def test_no_model_says_what_to_configure(tmp_path) -> None:
    with pytest.raises(NotConfigured, match="FILMSTUDIO_OPENAI_API_KEY"):
        llm_for(Settings(data_dir=tmp_path, llm_engine="none"))
    with pytest.raises(NotConfigured, match="local-llm"):  # the small shipped model is never picked by itself
        llm_for(Settings(data_dir=tmp_path))


def test_bad_output_reaches_the_creator_in_the_documented_format(served) -> None:  # type: ignore[no-untyped-def]
    """A model answering prose where JSON was asked, through the API: 502 LLM_BAD_OUTPUT, no trace."""
    from fastapi.testclient import TestClient

    from filmstudio.app import create_app
    from tests.conftest import register_and_login
    from tests.helpers import assert_error

    _, server, settings = served
    with TestClient(create_app(settings)) as client:
        auth = register_and_login(client)
        for _ in range(4):  # every try the writer makes
            server.answer(text="Once upon a time, I forgot the JSON.")
        answer = client.post(
            "/api/v1/scripts/write",
            headers=auth["headers"],
            json={"idea": "A lighthouse keeper and a storm", "duration": 30},
        )
        error = assert_error(answer, 502, "LLM_BAD_OUTPUT")
        assert "model" in error["message"]  # said plainly: the model, not the studio, failed
