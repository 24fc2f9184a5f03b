"""Reading a script file safely: size, encoding and emptiness are checked before any parsing."""

from __future__ import annotations

from pathlib import Path

from filmstudio.errors import ScriptError


def read_script(path: Path, *, max_bytes: int) -> str:
    if not path.is_file():
        raise ScriptError(f"Script file not found: {path}. Give the path of a text, .fountain or .json script.")
    size = path.stat().st_size
    if size > max_bytes:
        raise ScriptError(
            f"Script is too large ({size:,} bytes; the limit is {max_bytes:,}). Split it into shorter films.",
            details={"bytes": size, "limit": max_bytes},
        )
    return decode_script(path.read_bytes(), max_bytes=max_bytes)


def decode_script(raw: bytes, *, max_bytes: int) -> str:
    if len(raw) > max_bytes:
        raise ScriptError(f"Script is too large ({len(raw):,} bytes; the limit is {max_bytes:,}).")
    if b"\x00" in raw:
        raise ScriptError("Script looks like a binary file, not text. Save it as UTF-8 plain text.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScriptError(f"Script is not valid UTF-8 text (byte {exc.start}). Save it as UTF-8.") from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t")
    if controls > max(8, len(text) // 100):
        raise ScriptError("Script looks like a binary file, not text. Save it as UTF-8 plain text.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ScriptError("Script is empty. Write at least one line for the narrator or a character.")
    return text
