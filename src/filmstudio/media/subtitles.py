"""Subtitle cues from word timings, and the SRT, WebVTT and ASS files made from them.

A cue holds at most two lines of 42 characters and lasts at most 7 seconds; cues never span two
speakers. User text is escaped for each format: VTT's markup characters, ASS override blocks and
line-break codes, so a script can never style or break the subtitle file."""

from __future__ import annotations

from dataclasses import dataclass

from filmstudio.languages import SCRIPT_FONTS, dominant_script, is_spaceless, word_units

MAX_CHARS = 42
MAX_LINES = 2
MAX_SECONDS = 7.0
MIN_SECONDS = 0.7


@dataclass(frozen=True)
class TimedWord:
    text: str
    start: float
    end: float


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def wrap(words: list[str], *, spaceless: bool = False, width: int = MAX_CHARS) -> list[str]:
    """Greedy wrap into lines of at most `width` characters (a longer single word gets its own line)."""
    joiner = "" if spaceless else " "
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = word if not current else current + joiner + word
        if len(candidate) <= width or not current:
            current = candidate
        else:
            lines.append(current.strip())
            current = word
    if current.strip():
        lines.append(current.strip())
    return lines


def split_spaceless(words: list[TimedWord], language: str) -> list[TimedWord]:
    """A spoken stretch of a spaceless script (a TTS "word" may be a whole Thai phrase) cut into the
    units a line may break between, each with its share of the stretch's time."""
    if not is_spaceless(language):
        return words
    out: list[TimedWord] = []
    for word in words:
        units = word_units(word.text, language) or [word.text]
        total = sum(len(u) for u in units)
        t = word.start
        for unit in units:
            span = (word.end - word.start) * len(unit) / total
            out.append(TimedWord(unit, t, t + span))
            t += span
    return out


def cues_for_line(words: list[TimedWord], *, spaceless: bool = False) -> list[Cue]:
    """Split one speaker's line into cues, preferring breaks after sentence punctuation."""
    cues: list[Cue] = []
    group: list[TimedWord] = []

    def fits(candidate: list[TimedWord]) -> bool:
        lines = wrap([w.text for w in candidate], spaceless=spaceless)
        return (
            len(lines) <= MAX_LINES
            and all(len(x) <= MAX_CHARS for x in lines)
            and candidate[-1].end - candidate[0].start <= MAX_SECONDS
        )

    for word in words:
        if group and (not fits([*group, word]) or _sentence_end(group[-1].text) and len(group) >= 4):
            cues.append(_cue(group, spaceless))
            group = []
        group.append(word)
    if group:
        cues.append(_cue(group, spaceless))
    return cues


def _sentence_end(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", "।", "॥", "。", "！", "？", "؟", "۔", "։", "።", "။", "។"))


def _cue(group: list[TimedWord], spaceless: bool) -> Cue:
    start, end = group[0].start, group[-1].end
    end = min(max(end, start + MIN_SECONDS), start + MAX_SECONDS)
    return Cue(start, end, tuple(wrap([w.text for w in group], spaceless=spaceless)))


def settle(cues: list[Cue]) -> list[Cue]:
    """Sort, and trim each cue so it ends before the next one starts."""
    ordered = sorted(cues, key=lambda c: c.start)
    out = []
    for i, cue in enumerate(ordered):
        end = cue.end
        if i + 1 < len(ordered):
            end = min(end, ordered[i + 1].start - 0.04)
        out.append(Cue(cue.start, max(cue.start + 0.2, end), cue.lines))
    return out


def cues_from_text(text: str, start: float, end: float, language: str) -> list[Cue]:
    """Cues for text without word timings (a translation): words share the line's time by length."""
    spaceless = is_spaceless(language)
    tokens = word_units(text, language)
    if not tokens:
        return []
    total = sum(len(t) for t in tokens)
    t = start
    timed = []
    for token in tokens:
        span = (end - start) * len(token) / total
        timed.append(TimedWord(token, t, t + span))
        t += span
    return cues_for_line(timed, spaceless=spaceless)


def _clock(seconds: float, sep: str) -> str:
    ms = int(round(max(0.0, seconds) * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def _plain(text: str) -> str:
    """One visual line of user text: control characters and stray line breaks become spaces."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def to_srt(cues: list[Cue]) -> str:
    blocks = []
    for i, cue in enumerate(cues, start=1):
        text = "\n".join(_plain(x).replace("-->", "->") for x in cue.lines)
        blocks.append(f"{i}\n{_clock(cue.start, ',')} --> {_clock(cue.end, ',')}\n{text}\n")
    return "\n".join(blocks)


def vtt_escape(text: str) -> str:
    return _plain(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(cues: list[Cue]) -> str:
    blocks = ["WEBVTT\n"]
    for cue in cues:
        text = "\n".join(vtt_escape(x) for x in cue.lines)
        blocks.append(f"{_clock(cue.start, '.')} --> {_clock(cue.end, '.')}\n{text}\n")
    return "\n".join(blocks)


def ass_escape(text: str) -> str:
    """Text safe inside an ASS Dialogue event: no override blocks, no \\N, \\n or \\h codes.
    A backslash is followed by a word joiner (U+2060), which breaks every escape code and is invisible;
    braces are escaped the way libass reads them."""
    text = _plain(text)
    text = text.replace("\\", "\\\u2060")
    return text.replace("{", "\\{").replace("}", "\\}")


def _ass_clock(seconds: float) -> str:
    cs = int(round(max(0.0, seconds) * 100))
    h, cs = divmod(cs, 360_000)
    m, cs = divmod(cs, 6000)
    s, cs = divmod(cs, 100)
    return f"{h:d}:{m:02d}:{s:02d}.{cs:02d}"


def _font_size(width: int, height: int) -> int:
    return max(18, int(min(height * 0.052, width * 0.05)))


def subtitle_band(width: int, height: int, lines: int = 2) -> tuple[float, float]:
    """The rows a burnt-in cue of `lines` lines covers (top, bottom), outline and line spacing included:
    the area the staging keeps faces out of."""
    size = _font_size(width, height)
    bottom = height - int(height * 0.06)
    return bottom - lines * size * 1.3 - max(1, size // 14) * 2, float(bottom)


def to_ass(cues: list[Cue], *, width: int, height: int, default_font: str) -> str:
    """An ASS script for burning in: the font of each cue's script (Noto), outlined text at the bottom.
    On narrow frames (9:16) the text is smaller and libass wraps what still does not fit."""
    size = _font_size(width, height)
    margin_v = int(height * 0.06)
    outline = max(1, size // 14)
    head = (
        "[Script Info]\nScriptType: v4.00+\nWrapStyle: 0\nScaledBorderAndShadow: yes\n"
        f"PlayResX: {width}\nPlayResY: {height}\n\n"
        "[V4+ Styles]\n"
        "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, "
        "Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, "
        "Alignment, MarginL, MarginR, MarginV, Encoding\n"
        f"Style: Default,{default_font},{size},&H00FFFFFF,&H00FFFFFF,&H00101010,&H80000000,0,0,0,0,100,100,0,0,"
        f"1,{outline},{max(1, outline // 2)},2,{int(width * 0.06)},{int(width * 0.06)},{margin_v},1\n\n"
        "[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
    )
    events = []
    for cue in cues:
        font = SCRIPT_FONTS.get(dominant_script(cue.text), default_font)
        prefix = "" if font == default_font else "{\\fn" + font + "}"
        body = "\\N".join(ass_escape(x) for x in cue.lines)
        events.append(f"Dialogue: 0,{_ass_clock(cue.start)},{_ass_clock(cue.end)},Default,,0,0,0,,{prefix}{body}")
    return head + "\n".join(events) + "\n"
