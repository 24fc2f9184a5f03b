"""A translate engine backed by a language model, for the subtitle pairs Apertium lacks (en→hi, en→ta,
en→zh, …). Lines go as a numbered list of data and come back as the same number of lines; the subtitle
stage cues each line across its own time, so timing and line limits are kept. Registered as the
translate engine "llm": the studio's configured model, or (`using`) the one a project chose."""

from __future__ import annotations

from filmstudio.config import get_settings
from filmstudio.engines.llm.base import LLMBadOutput, LLMEngine
from filmstudio.engines.llm.prompts import ask
from filmstudio.engines.llm.select import configured, llm_for
from filmstudio.json_schema import strict
from filmstudio.languages import LANGUAGES

SYSTEM = (
    "You translate film subtitles. Translate each text in `texts` from `source_name` to `target_name`, "
    "in order, one translation per text, short enough to read on screen, keeping names as they are."
)
SCHEMA = strict({"translations": {"type": "array", "items": {"type": "string"}}})
BATCH = 40


class LLMTranslateEngine:
    name = "llm"

    def __init__(self, llm: LLMEngine | None = None) -> None:
        self.llm = llm  # None: the studio's configured model, found when first needed

    def using(self, llm: LLMEngine) -> LLMTranslateEngine:
        """This engine speaking through a chosen model (a project's own choice)."""
        return LLMTranslateEngine(llm)

    def _model(self) -> LLMEngine:
        return self.llm or llm_for(get_settings())

    def pairs(self) -> list[tuple[str, str]]:
        """Any pair, once it has a model: its own, or the studio's when one is configured."""
        if self.llm is None and not configured(get_settings()):
            return []
        codes = sorted(LANGUAGES)
        return [(a, b) for a in codes for b in codes if a != b]

    def translate(self, texts: list[str], *, source: str, target: str) -> list[str]:
        out: list[str] = []
        for start in range(0, len(texts), BATCH):
            batch = texts[start : start + BATCH]
            answer = ask(
                self._model(),
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
