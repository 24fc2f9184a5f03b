from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np

from filmstudio.media.ffmpeg import escape_filter_value
from filmstudio.media.subtitles import (
    MAX_CHARS,
    MAX_SECONDS,
    Cue,
    TimedWord,
    ass_escape,
    cues_for_line,
    cues_from_text,
    settle,
    to_ass,
    to_srt,
    to_vtt,
)


def _words(text: str, per_word: float = 0.4) -> list[TimedWord]:
    return [TimedWord(w, i * per_word, i * per_word + per_word * 0.9) for i, w in enumerate(text.split())]


def test_cues_hold_at_most_two_lines_of_42_characters_and_7_seconds() -> None:
    text = " ".join(["supercalifragilistic", "and", "a", "very", "long", "sentence", "goes", "on"] * 12)
    cues = cues_for_line(_words(text, per_word=0.6))
    assert len(cues) > 5
    for cue in cues:
        assert 1 <= len(cue.lines) <= 2
        assert all(len(line) <= MAX_CHARS for line in cue.lines)
        assert cue.end - cue.start <= MAX_SECONDS + 1e-9
    assert " ".join(" ".join(c.lines) for c in cues) == text  # nothing lost, nothing added


def test_cues_follow_word_timings_and_prefer_sentence_breaks() -> None:
    words = _words("Then we must light the lamp, little one. Hand me the matches.")
    cues = cues_for_line(words)
    assert [c.text for c in cues] == ["Then we must light the lamp, little one.", "Hand me the matches."]
    assert cues[0].start == words[0].start
    assert cues[1].start == words[8].start and cues[1].end == words[-1].end


def test_spaceless_text_is_cued_by_characters() -> None:
    cues = cues_from_text("今天天气很好我们去公园散步吧" * 6, 0.0, 20.0, "zh")
    assert all(" " not in line and len(line) <= MAX_CHARS for c in cues for line in c.lines)


def test_settle_keeps_cues_from_overlapping() -> None:
    cues = settle([Cue(0.0, 3.0, ("a",)), Cue(2.0, 4.0, ("b",))])
    assert cues[0].end < cues[1].start


def test_srt_and_vtt_formats() -> None:
    cues = [Cue(1.5, 3.25, ("Hello <b>you</b> & me", "second line")), Cue(3661.0, 3662.0, ("-->",))]
    srt = to_srt(cues)
    assert srt.startswith("1\n00:00:01,500 --> 00:00:03,250\nHello <b>you</b> & me\nsecond line\n")
    assert "01:01:01,000 --> 01:01:02,000\n->" in srt
    vtt = to_vtt(cues)
    assert vtt.startswith("WEBVTT\n")
    assert "00:00:01.500 --> 00:00:03.250\nHello &lt;b&gt;you&lt;/b&gt; &amp; me" in vtt


def test_ass_escape_leaves_no_override_block_or_escape_code() -> None:
    hostile = r"{\fs200\c&H0000FF&}BIG a\Nb \h {x}" + "\nnew line"
    escaped = ass_escape(hostile)
    assert "\n" not in escaped
    assert all(escaped[i - 1] == "\\" for i, ch in enumerate(escaped) if ch in "{}")  # only \{ and \}
    assert "\\N" not in escaped and "\\h" not in escaped and "\\fs" not in escaped


def _render_ass(ass_text: str, folder: Path) -> np.ndarray:
    path = folder / "subs.ass"
    path.write_text(ass_text, encoding="utf-8")
    raw = subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-f",
            "lavfi",
            "-i",
            "color=c=black:s=640x360:d=1",
            "-vf",
            f"ass=filename={escape_filter_value(str(path))}:shaping=complex",
            "-frames:v",
            "1",
            "-f",
            "rawvideo",
            "-pix_fmt",
            "gray",
            "-",
        ],
        capture_output=True,
        check=True,
    ).stdout
    return np.frombuffer(raw, dtype=np.uint8).reshape(360, 640)


def test_hostile_text_renders_as_plain_text_in_libass(tmp_path: Path) -> None:
    """An injected {\\fs200} would make the text huge; escaped, it stays subtitle-sized and at the bottom."""
    folder = tmp_path / "it's [a], dir;"  # the path is escaped for the filter graph too
    folder.mkdir()
    hostile = _render_ass(
        to_ass([Cue(0, 1, (r"{\fs200\pos(320,40)}HELLO",))], width=640, height=360, default_font="Noto Sans"), folder
    )
    rows = np.flatnonzero(hostile.max(axis=1) > 128)
    assert rows.size and rows.min() > 360 * 0.7, "text left the subtitle area"
    assert rows.max() - rows.min() < 360 * 0.12, "text grew beyond subtitle size"


def test_devanagari_is_drawn_with_its_noto_font(tmp_path: Path) -> None:
    frame = _render_ass(
        to_ass([Cue(0, 1, ("धर्मक्षेत्रे कुरुक्षेत्रे",))], width=640, height=360, default_font="Noto Sans"), tmp_path
    )
    lit = np.flatnonzero(frame.max(axis=1) > 128)
    assert (frame > 128).sum() > 150 and lit.min() > 360 * 0.7  # glyphs at the bottom, not nothing


def test_spaceless_lines_never_break_inside_a_character() -> None:
    from filmstudio.languages import graphemes
    from filmstudio.media.subtitles import cues_from_text

    voiced = "か\u3099"  # a kana with a combining voicing mark: one character on screen
    assert graphemes(f"{voiced}き👩\u200d👩\u200d👧") == [voiced, "き", "👩\u200d👩\u200d👧"]
    text = (voiced + "きくけこ") * 12
    cues = cues_from_text(text, 0.0, 6.0, "ja")
    lines = [line for cue in cues for line in cue.lines]
    assert "".join(lines) == text and len(lines) > 1
    assert not any(line.startswith("\u3099") for line in lines)  # no line starts with a lone mark
