"""An abridgement rewritten by a language model, more freely than cutting alone can: the narration of
the lines the extractive abridgement kept is retold so it bridges what was cut, within the same words;
the characters' quoted lines stay as they wrote them. The answer is checked (only narration rewritten,
every line accounted for, no longer than allowed); any failure leaves the extractive abridgement."""

from __future__ import annotations

import threading
from typing import Any

from filmstudio.engines.llm.base import LLMBadOutput, LLMEngine
from filmstudio.engines.llm.prompts import ask
from filmstudio.json_schema import strict
from filmstudio.storyboard import Storyboard

SYSTEM = (
    "You abridge stories for short films. `lines` is what is kept of a story, in order; `cut` is what was "
    "taken out. Rewrite the narrator's lines (speaker `narrator`) so the kept story reads as a whole: bridge "
    "what the cut lines told when it matters, keep names, places and the ending, use the story's own "
    "language and tone. Return every narrator line by its index; never return a character's line. The "
    "rewritten narration must not be longer than `max_words` words in all."
)
SCHEMA = strict(
    {"lines": {"type": "array", "items": strict({"index": {"type": "integer"}, "text": {"type": "string"}})}}
)


def rewrite(llm: LLMEngine, board: Storyboard, cut: list[str], *, cancel: threading.Event | None = None) -> int:
    """Rewrite the board's narration in place; returns how many lines changed."""
    lines = board.lines()
    narration = [i for i, ln in enumerate(lines) if ln.character_id == "narrator"]
    if not narration:
        return 0
    budget = sum(len(lines[i].text.split()) for i in narration)
    payload: dict[str, Any] = {
        "task": "abridge",
        "language": board.language,
        "title": board.title,
        "max_words": budget,
        "lines": [{"index": i, "speaker": ln.character_id, "text": ln.text} for i, ln in enumerate(lines)],
        "cut": cut[:200],
    }
    answer = ask(llm, system=SYSTEM, payload=payload, schema=SCHEMA, max_tokens=2048, cancel=cancel)
    texts = {
        item.get("index"): " ".join(str(item.get("text", "")).split())
        for item in answer.get("lines", [])
        if isinstance(item, dict)
    }
    if set(texts) != set(narration) or not all(texts.values()):
        raise LLMBadOutput("The model did not return every narrator line, or returned others.")
    if sum(len(t.split()) for t in texts.values()) > budget * 1.05:
        raise LLMBadOutput("The model's narration is longer than the abridgement allows.")
    changed = 0
    for i in narration:  # the keys of texts (checked above)
        if lines[i].text != texts[i]:
            lines[i].text, changed = texts[i], changed + 1
    return changed
