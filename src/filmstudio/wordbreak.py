"""Words in text written without spaces (Thai, Khmer, Lao, Burmese), found by ICU's dictionary-based
word break iterator. ICU is the C library every Debian system has (libxml2 and Apertium need it); it is
reached through ctypes, so nothing is compiled. Without it, text splits into grapheme clusters."""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any

_UBRK_WORD = 1
_UBRK_DONE = -1
_LOCK = threading.Lock()  # a break iterator is not shared between threads; opening one is cheap


@lru_cache(maxsize=1)
def _icu() -> dict[str, Callable[..., Any]] | None:
    """ubrk_* from libicuuc; ICU suffixes its C symbols with the major version (ubrk_open_72)."""
    candidates = [ctypes.util.find_library("icuuc")] + [f"libicuuc.so.{v}" for v in range(80, 59, -1)]
    for name in filter(None, candidates):
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        for suffix in [""] + [f"_{v}" for v in range(80, 59, -1)]:
            if hasattr(lib, f"ubrk_open{suffix}"):
                fns = {n: getattr(lib, f"ubrk_{n}{suffix}") for n in ("open", "next", "close")}
                fns["open"].restype = ctypes.c_void_p
                fns["open"].argtypes = [
                    ctypes.c_int,
                    ctypes.c_char_p,
                    ctypes.c_void_p,
                    ctypes.c_int32,
                    ctypes.POINTER(ctypes.c_int),
                ]
                fns["next"].restype = ctypes.c_int32
                fns["next"].argtypes = [ctypes.c_void_p]
                fns["close"].argtypes = [ctypes.c_void_p]
                return fns
    return None


def icu_available() -> bool:
    return _icu() is not None


def icu_words(text: str, language: str) -> list[str] | None:
    """The text cut at ICU's word boundaries (spaces and punctuation stay as their own pieces), or None
    without ICU."""
    fns = _icu()
    if fns is None or not text:
        return None
    utf16 = text.encode("utf-16-le")
    units = len(utf16) // 2
    buffer = ctypes.create_string_buffer(utf16, len(utf16) + 2)
    status = ctypes.c_int(0)
    with _LOCK:
        iterator = fns["open"](_UBRK_WORD, language.encode(), buffer, units, ctypes.byref(status))
        if status.value > 0 or not iterator:  # ICU errors are positive
            return None
        try:
            edges = [0]
            while (edge := fns["next"](iterator)) != _UBRK_DONE:
                edges.append(edge)
        finally:
            fns["close"](iterator)
    return [utf16[2 * a : 2 * b].decode("utf-16-le") for a, b in zip(edges, edges[1:], strict=False)]
