"""A translate engine backed by a language model, for the subtitle pairs Apertium lacks (en→hi, en→ta,
en→zh, …). Lines go as a numbered list of data and come back as the same number of lines; the subtitle
stage cues each line across its own time, so timing and line limits are kept."""

from __future__ import annotations

from filmstudio.engines.llm.base import LLMBadOutput, LLMEngine
from filmstudio.languages import LANGUAGES
from filmstudio.writing.prompts import ask, strict

SYSTEM = (
    "You translate film subtitles. Translate each text in `texts` from `source_name` to `target_name`, "
    "in order, one translation per text, short enough to read on screen, keeping names as they are."
)
SCHEMA = strict({"translations": {"type": "array", "items": {"type": "string"}}})
BATCH = 40


class LLMTranslateEngine:
    name = "llm"

    def __init__(self, llm: LLMEngine) -> None:
        self.llm = llm

    def pairs(self) -> list[tuple[str, str]]:
        codes = sorted(LANGUAGES)
        return [(a, b) for a in codes for b in codes if a != b]

    def translate(self, texts: list[str], *, source: str, target: str) -> list[str]:
        out: list[str] = []
        for start in range(0, len(texts), BATCH):
            batch = texts[start : start + BATCH]
            answer = ask(
                self.llm,
                system=SYSTEM,
                schema=SCHEMA,
                max_tokens=4096,
                payload={
                    "task": "translate",
                    "source": source,
                    "target": target,
                    "source_name": LANGUAGES[source].name if source in LANGUAGES else source,
                    "target_name": LANGUAGES[target].name if target in LANGUAGES else target,
                    "texts": batch,
                },
            )
            lines = answer.get("translations")
            if not isinstance(lines, list) or len(lines) != len(batch) or not all(isinstance(x, str) for x in lines):
                raise LLMBadOutput(
                    f"The model translated {len(lines) if isinstance(lines, list) else 0} of "
                    f"{len(batch)} subtitle lines."
                )
            for original, line in zip(batch, lines, strict=True):
                line = " ".join(line.split())
                if not line or len(line) > 4 * len(original) + 40:
                    raise LLMBadOutput("The model's translation of a subtitle line is empty or far too long.")
                out.append(line)
        return out
