"""A film's YouTube title, description and tags, written by a language model from its storyboard; the
chapters and hashtags the rules make are kept, and YouTube's limits are checked by the caller."""

from __future__ import annotations

from typing import Any

from filmstudio.engines.llm.base import LLMEngine
from filmstudio.engines.llm.prompts import ask
from filmstudio.json_schema import strict
from filmstudio.storyboard import Storyboard

SYSTEM = (
    "You write YouTube metadata for short films. From the film in <data>, write a title people search for "
    "(under 90 characters, no clickbait), a two- or three-sentence description, and up to 12 search tags. "
    "Write in the film's language."
)
SCHEMA = strict(
    {
        "title": {"type": "string"},
        "description": {"type": "string"},
        "tags": {"type": "array", "items": {"type": "string"}},
    }
)


def video_metadata(llm: LLMEngine, board: Storyboard, *, title: str) -> dict[str, Any]:
    payload = {
        "task": "video_metadata",
        "title": title,
        "language": board.language,
        "scenes": [scene.description or scene.setting for scene in board.scenes][:20],
        "lines": [line.text for line in board.lines()][:30],
    }
    answer = ask(llm, system=SYSTEM, payload=payload, schema=SCHEMA, max_tokens=800)
    tags = [str(t) for t in answer.get("tags", []) if isinstance(t, str)][:12]
    return {
        "title": str(answer.get("title", ""))[:100],
        "description": str(answer.get("description", ""))[:2000],
        "tags": tags,
    }
