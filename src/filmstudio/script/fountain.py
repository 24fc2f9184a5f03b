"""A Fountain screenplay reader: title page, scene headings, action, character cues, parentheticals,
dialogue. Notes, boneyard, sections, synopses and transitions are skipped."""

from __future__ import annotations

import re

from filmstudio.script.builder import StoryboardBuilder

_HEADING = re.compile(r"^(?:\.(?!\.)|(?:INT|EXT|EST|INT\./EXT|INT/EXT|I/E)[.\s])", re.I)
_TRANSITION = re.compile(r"^(?:[A-Z\s]+TO:|>\s*[^<]*)$")
_CUE = re.compile(r"^@?[^a-z]*[A-Z][^a-z]*$")
_TITLE_KEY = re.compile(r"^([A-Za-z][A-Za-z ]*):\s*(.*)$")


def _strip_markup(text: str) -> str:
    text = re.sub(r"\[\[.*?\]\]", "", text, flags=re.S)  # notes
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)  # boneyard
    return text


def _emphasis(text: str) -> str:
    return re.sub(r"(\*{1,3}|_)(.+?)\1", r"\2", text)


def parse_fountain(text: str, *, language: str | None) -> tuple[StoryboardBuilder, str | None]:
    text = _strip_markup(text)
    lines = text.split("\n")
    title, start = _title_page(lines)
    builder = StoryboardBuilder(title=title or "", language=language)
    i = start
    n = len(lines)
    while i < n:
        raw = lines[i].rstrip()
        line = raw.strip()
        prev_blank = i == 0 or not lines[i - 1].strip()
        next_line = lines[i + 1].strip() if i + 1 < n else ""
        if not line or line.startswith(("#", "=")) or line == "===":
            i += 1
            continue
        if prev_blank and _HEADING.match(line) and not next_line:
            heading = line[1:] if line.startswith(".") else line
            heading = re.sub(r"\s*#[^#]*#\s*$", "", heading)  # scene numbers
            builder.scene(heading.strip())
            i += 1
            continue
        if prev_blank and _TRANSITION.match(line) and line.isupper():
            i += 1
            continue
        if (
            prev_blank
            and next_line
            and (line.startswith("@") or _CUE.match(line))
            and not line.startswith("!")
        ):
            speaker = line.rstrip("^").strip()
            i += 1
            paren = ""
            spoken: list[str] = []
            while i < n and lines[i].strip():
                part = lines[i].strip()
                if part.startswith("(") and part.endswith(")"):
                    if spoken:  # a parenthetical mid-speech starts a new delivery
                        builder.line(speaker, _emphasis(" ".join(spoken)), paren)
                        spoken = []
                    paren = part[1:-1].strip()
                else:
                    spoken.append(part)
                i += 1
            if spoken:
                builder.line(speaker, _emphasis(" ".join(spoken)), paren)
            continue
        # action paragraph
        paragraph = []
        while i < n and lines[i].strip():
            paragraph.append(lines[i].strip().lstrip("!"))
            i += 1
        builder.action(_emphasis(" ".join(paragraph)))
    return builder, title


def _title_page(lines: list[str]) -> tuple[str | None, int]:
    if not lines or not _TITLE_KEY.match(lines[0].strip()) or _HEADING.match(lines[0].strip()):
        return None, 0
    title = None
    i = 0
    key = ""
    while i < len(lines) and lines[i].strip():
        match = _TITLE_KEY.match(lines[i].strip())
        if match and not lines[i].startswith((" ", "\t")):
            key = match.group(1).lower()
            if key == "title" and match.group(2).strip():
                title = _emphasis(match.group(2).strip())
        elif key == "title" and title is None:
            title = _emphasis(lines[i].strip())
        i += 1
    return title, i
