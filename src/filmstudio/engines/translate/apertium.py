"""Apertium: rule-based translation for the language pairs Debian packages for offline use, and the pairs
reached through one pivot language (en→es→fr, en→es→pt, en→es→it…), chosen automatically."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from filmstudio.errors import EngineNotInstalled, ToolFailed, UnsupportedLanguage

MODES_DIR = Path("/usr/share/apertium/modes")
# ISO 639-1 (ours) to the ISO 639-3 names Apertium's modes use
_ISO3 = {
    "en": "eng",
    "es": "spa",
    "ca": "cat",
    "fr": "fra",
    "pt": "por",
    "gl": "glg",
    "it": "ita",
    "ro": "ron",
    "eo": "epo",
    "eu": "eus",
    "oc": "oci",
    "nl": "nld",
    "af": "afr",
    "hi": "hin",
    "ur": "urd",
    "ru": "rus",
    "uk": "ukr",
    "sv": "swe",
    "da": "dan",
    "nb": "nob",
    "nn": "nno",
    "is": "isl",
    "mk": "mkd",
    "bg": "bul",
}
_ISO1 = {v: k for k, v in _ISO3.items()}


class ApertiumEngine:
    name = "apertium"

    def __init__(self) -> None:
        binary = shutil.which("apertium")
        if not binary:
            raise EngineNotInstalled("Apertium is not installed. Run `apt-get install apertium apertium-en-es`.")
        self.binary = binary

    def _modes(self) -> dict[tuple[str, str], str]:
        """Direct pairs: Debian names modes with ISO 639-3 codes (eng-spa) or 639-1 codes (es-fr)."""
        modes: dict[tuple[str, str], str] = {}
        for path in sorted(MODES_DIR.glob("*.mode")):
            parts = path.stem.split("-")
            if len(parts) != 2 or any("_" in p for p in parts):
                continue  # variants such as spa-eng_US, cat_valencia
            source, target = (_ISO1.get(p) or (p if p in _ISO3 else None) for p in parts)
            if source and target:
                modes.setdefault((source, target), path.stem)
        return modes

    def routes(self) -> dict[tuple[str, str], list[str]]:
        """Every pair this machine can translate: direct modes, then two modes through a pivot language."""
        direct = self._modes()
        found = {pair: [mode] for pair, mode in direct.items()}
        for (source, pivot), first in direct.items():
            for (middle, target), second in direct.items():
                if middle == pivot and target != source and (source, target) not in found:
                    found[(source, target)] = [first, second]
        return found

    def pairs(self) -> list[tuple[str, str]]:
        return sorted(self.routes())

    def translate(self, texts: list[str], *, source: str, target: str) -> list[str]:
        route = self.routes().get((source, target))
        if route is None:
            available = ", ".join(self._route_names()) or "none"
            raise UnsupportedLanguage(
                f"No offline translator for {source}→{target}. Apertium can do: {available}. "
                "Install another pair (apt-get install apertium-<pair>), configure a translate engine "
                "(FILMSTUDIO_TRANSLATE_ENGINE), or set up a language model (FILMSTUDIO_LLM_ENGINE), which "
                "translates the pairs Apertium lacks.",
                details={"source": source, "target": target, "available": self._route_names()},
            )
        for mode in route:
            texts = self._translate_with(mode, texts)
        return texts

    def _route_names(self) -> list[str]:
        names = []
        for (a, b), modes in sorted(self.routes().items()):
            pivots = [_ISO1.get(m.split("-")[1], m.split("-")[1]) for m in modes[:-1]]
            names.append("→".join([a, *pivots, b]))
        return names

    def _translate_with(self, mode: str, texts: list[str]) -> list[str]:
        # a blank line between texts: Apertium's transfer works within a paragraph, so texts without a full
        # stop are not read as one sentence (one newline let "bench / cat / candle" come back reordered)
        lines = [" ".join(t.split()) for t in texts]
        out = [" ".join(x.split()) for x in self._run(mode, "\n\n".join(lines) + "\n").split("\n\n")]
        if len(out) == len(lines) and all(bool(a) == bool(b) for a, b in zip(out, lines, strict=True)):
            return out
        return [" ".join(self._run(mode, line + "\n").split()) for line in lines]  # one at a time

    def _run(self, mode: str, text: str) -> str:
        proc = subprocess.run(
            [self.binary, "-u", mode], input=text.encode(), capture_output=True, timeout=120, check=False
        )
        if proc.returncode != 0:
            raise ToolFailed(f"Apertium failed: {proc.stderr.decode(errors='replace')[-400:]}")
        return proc.stdout.decode(errors="replace")
