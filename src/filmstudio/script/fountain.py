"""A Fountain screenplay reader (fountain.io): the whole syntax. Only characters speak; everything else
(action, centred text, lyrics outside a speech, transitions, title page) is direction.

Elements: title page (multi-line values), scene headings (INT/EXT/EST/I/E, forced `.`, scene
numbers `#1#`), action (forced `!`), character cues (forced `@`, extensions such as `(V.O.)(CONT'D)`,
dual dialogue `^`), dialogue with parentheticals anywhere in it and sung lyrics `~`, transitions
(`… TO:`, forced `>`), centred text `> … <`, page breaks `===`, notes `[[ ]]`, boneyard `/* */`,
sections `#`, synopses `=`, emphasis `*`, `**`, `***`, `_` (with `\\*` and `\\_` escapes), tabs and
CRLF line endings."""

from __future__ import annotations

import re

from filmstudio.script.builder import StoryboardBuilder

_HEADING = re.compile(r"^(?:INT\.?/EXT|INT/EXT|I/E|INT|EXT|EST)[.\s]", re.I)
_FORCED_HEADING = re.compile(r"^\.[^.\s]")
_SCENE_NUMBER = re.compile(r"\s*#[\w.\-]+#\s*$")
_TRANSITION = re.compile(r"^[A-Z0-9 .'\-]+ TO:$")
# the fades and ends every screenplay writes as they are, not "... TO:": direction for the editor, not action
_FADE = re.compile(r"^(FADE (IN|OUT)|FADE TO BLACK|CUT TO BLACK|IRIS (IN|OUT)|THE END)\s*[.:]?$")
# a title sequence or the credits, written in capitals on a line of its own: a scene of its own (a title card),
# never a character's cue ("MAIN TITLES", "OPENING CREDITS - OVER BLACK", "END CREDITS.")
_TITLE_SEQUENCE = re.compile(
    r"^(?:(?:BEGIN|START)\s+(?:TITLES|CREDITS)|(?:(?:BEGIN|START)\s+)?(?:(?:OPENING|MAIN|END|CLOSING|FINAL)\s+"
    r"(?:TITLES|CREDITS|TITLE\s+SEQUENCE)|TITLE\s+(?:CARD|SEQUENCE)))(?:\s*[.:]|\s+[-–—].*)?$"
)
_CENTRED = re.compile(r"^>\s*(.*?)\s*<$")
_CUE_BODY = re.compile(r"^[^a-z]*[A-Z][^a-z]*$")  # all capitals, at least one letter
_TITLE_KEY = re.compile(r"^([A-Za-z][A-Za-z ]*):\s*(.*)$")
_PAGE_BREAK = re.compile(r"^={3,}$")


def _strip_markup(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)  # boneyard
    return re.sub(r"\[\[.*?\]\]", "", text, flags=re.S)  # notes


_ESCAPES = {"\\*": "\x01", "\\_": "\x02"}


def emphasis(text: str) -> str:
    """The text as spoken and subtitled: emphasis markers gone, escaped ones kept as characters."""
    for escaped, mark in _ESCAPES.items():
        text = text.replace(escaped, mark)
    previous = None
    while previous != text:
        previous = text
        text = re.sub(r"(\*{1,3})(?=\S)(.+?)(?<=\S)\1", r"\2", text)
        text = re.sub(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)", r"\1", text)  # not inside a_name
    return text.replace("\x01", "*").replace("\x02", "_")


def cue_name(line: str) -> str | None:
    """The character a cue line names ('@McCLANE', 'MAYA (V.O.) (CONT'D)', 'RAVI ^'), or None when
    the line is not a cue."""
    forced = line.startswith("@")
    body = line[1:] if forced else line
    body = body.rstrip().rstrip("^").rstrip()
    name = re.sub(r"\s*\([^)]*\)", "", body).strip()
    if not name or not re.search(r"\w", name):
        return None
    if forced or (_CUE_BODY.match(name) and not _TRANSITION.match(body) and not body.startswith(("!", ">", "~"))):
        return name
    return None


def parse_fountain(text: str, *, language: str | None) -> tuple[StoryboardBuilder, str | None]:
    lines = _strip_markup(text).split("\n")
    title, start = _title_page(lines)
    builder = StoryboardBuilder(title=title or "", language=language)
    i, n = start, len(lines)
    sections_are_scenes = not _has_headings(lines[start:])
    while i < n:
        line = lines[i].strip()
        prev_blank = i == 0 or not lines[i - 1].strip()
        next_line = lines[i + 1].strip() if i + 1 < n else ""
        if sections_are_scenes and line.startswith("#"):
            builder.scene()
        if not line or _PAGE_BREAK.match(line) or line.startswith(("#", "=")):  # sections, synopses
            i += 1
            continue
        if line.startswith("!"):  # forced action, never anything else
            i = _action(builder, lines, i)
            continue
        heading_line = _FORCED_HEADING.match(line) or (_HEADING.match(line) and not next_line)
        if prev_blank and (heading_line or _TITLE_SEQUENCE.match(line)):
            heading = line[1:] if line.startswith(".") else line
            builder.scene(emphasis(_SCENE_NUMBER.sub("", heading)).strip())
            i += 1
            continue
        centred = _CENTRED.match(line)
        if centred:
            builder.action(emphasis(centred.group(1)))
            i += 1
            continue
        if line.startswith(">") or (prev_blank and not next_line and (_TRANSITION.match(line) or _FADE.match(line))):
            i += 1  # transitions: CUT TO:, > FADE OUT.
            continue
        speaker = cue_name(line) if prev_blank and next_line else None
        if speaker is not None:
            i = _speech(builder, speaker, lines, i + 1)
            continue
        i = _action(builder, lines, i)
    return builder, title


def _has_headings(lines: list[str]) -> bool:
    """The script marks its scenes with headings; a stage play written in Fountain often has none and
    marks them with sections (`## Scene Two`), which then open its scenes."""
    for i, raw in enumerate(lines):
        line = raw.strip()
        next_line = lines[i + 1].strip() if i + 1 < len(lines) else ""
        prev_blank = i == 0 or not lines[i - 1].strip()
        if prev_blank and (_FORCED_HEADING.match(line) or (_HEADING.match(line) and not next_line)):
            return True
    return False


def _speech(builder: StoryboardBuilder, speaker: str, lines: list[str], i: int) -> int:
    """Dialogue under a cue until the next blank line: parentheticals anywhere start a new delivery;
    lyrics (`~`) are sung lines of the speech."""
    paren = ""
    spoken: list[str] = []
    while i < len(lines) and lines[i].strip():
        part = lines[i].strip()
        if part.startswith("(") and part.endswith(")"):
            if spoken:
                builder.line(speaker, emphasis(" ".join(spoken)), paren)
                spoken = []
            paren = part[1:-1].strip()
        else:
            spoken.append(part.lstrip("~").strip())
        i += 1
    if spoken:
        builder.line(speaker, emphasis(" ".join(spoken)), paren)
    return i


def _action(builder: StoryboardBuilder, lines: list[str], i: int) -> int:
    """An action paragraph (forced `!` lines and standalone lyrics included): direction only."""
    paragraph = []
    while i < len(lines) and lines[i].strip():
        part = lines[i].strip()
        paragraph.append(part[1:] if part.startswith(("!", "~")) else part)
        i += 1
    builder.action(emphasis(" ".join(paragraph)))
    return i


def _title_page(lines: list[str]) -> tuple[str | None, int]:
    """Title page keys at the top ('Title:', 'Credit:', 'Author:' …), values on the same line or on the
    indented lines below; it ends at the first blank line. Returns the title (lines joined) and where
    the script starts."""
    first = lines[0].strip() if lines else ""
    match = _TITLE_KEY.match(first)
    if not match or _HEADING.match(first) or cue_name(first.rstrip(":")):
        return None, 0
    values: dict[str, list[str]] = {}
    key, i = "", 0
    while i < len(lines) and lines[i].strip():
        raw = lines[i]
        match = _TITLE_KEY.match(raw.strip())
        if match and not raw.startswith((" ", "\t")):
            key = match.group(1).strip().lower()
            values[key] = [match.group(2).strip()] if match.group(2).strip() else []
        elif key:
            values[key].append(raw.strip())
        i += 1
    title = " ".join(emphasis(v) for v in values.get("title", []) if v) or None
    return title, i
