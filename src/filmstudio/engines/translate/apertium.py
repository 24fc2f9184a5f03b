"""Apertium: rule-based translation for the language pairs Debian packages for offline use."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from filmstudio.errors import EngineNotInstalled, ToolFailed, UnsupportedLanguage

MODES_DIR = Path("/usr/share/apertium/modes")
# ISO 639-1 (ours) to the ISO 639-3 names Apertium's modes use
_ISO3 = {
    "en": "eng", "es": "spa", "ca": "cat", "fr": "fra", "pt": "por", "gl": "glg", "it": "ita", "ro": "ron",
    "eo": "epo", "eu": "eus", "oc": "oci", "nl": "nld", "af": "afr", "hi": "hin", "ur": "urd", "ru": "rus",
    "uk": "ukr", "sv": "swe", "da": "dan", "nb": "nob", "nn": "nno", "is": "isl", "mk": "mkd", "bg": "bul",
}  # fmt: skip
_ISO1 = {v: k for k, v in _ISO3.items()}


class ApertiumEngine:
    name = "apertium"

    def __init__(self) -> None:
        self.binary = shutil.which("apertium")
        if not self.binary:
            raise EngineNotInstalled(
                "Apertium is not installed. Run `apt-get install apertium apertium-en-es`."
            )

    def _modes(self) -> dict[tuple[str, str], str]:
        modes = {}
        for path in MODES_DIR.glob("*.mode"):
            parts = path.stem.split("-")
            if len(parts) != 2:
                continue  # variants such as spa-eng_US
            if all(p in _ISO1 for p in parts):  # skips variants such as cat_valencia
                modes[(_ISO1[parts[0]], _ISO1[parts[1]])] = path.stem
        return modes

    def pairs(self) -> list[tuple[str, str]]:
        return sorted(self._modes())

    def translate(self, texts: list[str], *, source: str, target: str) -> list[str]:
        mode = self._modes().get((source, target))
        if mode is None:
            available = ", ".join(f"{a}→{b}" for a, b in self.pairs()) or "none"
            raise UnsupportedLanguage(
                f"No offline translator for {source}→{target}. Apertium has: {available}. "
                "Install another pair (apt-get install apertium-<pair>) or configure a translate engine "
                "with FILMSTUDIO_TRANSLATE_ENGINE.",
                details={
                    "source": source,
                    "target": target,
                    "available": [f"{a}-{b}" for a, b in self.pairs()],
                },
            )
        lines = [" ".join(t.split()) for t in texts]
        out = self._run(mode, "\n".join(lines) + "\n").split("\n")
        if len(out) >= len(lines) and all(out[: len(lines)]) == all(lines):
            return [" ".join(x.split()) for x in out[: len(lines)]]
        return [" ".join(self._run(mode, line + "\n").split()) for line in lines]  # one at a time

    def _run(self, mode: str, text: str) -> str:
        proc = subprocess.run(
            [self.binary, "-u", mode], input=text.encode(), capture_output=True, timeout=120, check=False
        )
        if proc.returncode != 0:
            raise ToolFailed(f"Apertium failed: {proc.stderr.decode(errors='replace')[-400:]}")
        return proc.stdout.decode(errors="replace")
