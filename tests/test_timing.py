from __future__ import annotations

import pytest

from filmstudio.errors import DurationTooShort
from filmstudio.pipeline import timing
from filmstudio.script import parse_script
from tests.conftest import EXAMPLES


def _board(seconds_per_line: float = 2.0):  # type: ignore[no-untyped-def]
    board = parse_script((EXAMPLES / "lighthouse.fountain").read_text(), filename="l.fountain")
    for line in board.lines():
        line.audio_duration = seconds_per_line
    return board


@pytest.mark.parametrize("target", [30.0, 60.0, 90.0, 17.0])
def test_plan_fits_the_target_duration_by_pacing_and_holds(target: float) -> None:
    board = _board()
    assert timing.fit(board, target).speed == 1.0
    timing.plan(board, target)
    assert board.duration == pytest.approx(target, abs=0.01)
    lines = board.lines()
    for a, b in zip(lines, lines[1:], strict=False):
        assert a.end is not None and b.start is not None and b.start >= a.end
    for scene in board.scenes:
        assert scene.start <= scene.lines[0].start and scene.lines[-1].end <= scene.end
        assert [s.start for s in scene.shots] == sorted(s.start for s in scene.shots)


def test_natural_duration_when_no_target() -> None:
    board = _board()
    timing.plan(board, None)
    # five 2 s lines, three scenes of lead-in 0.8 + lead-out 0.9, two changes of speaker of 0.6
    assert board.duration == pytest.approx(5 * 2.0 + 3 * (0.8 + 0.9) + 2 * 0.6, abs=0.01)


def test_slightly_long_speech_asks_for_faster_voices() -> None:
    board = _board(seconds_per_line=3.0)  # 15 s of speech, tight pauses 2.9 s
    result = timing.fit(board, 16.0)
    assert 1.0 < result.speed <= timing.MAX_SPEED_UP


def test_speech_that_cannot_fit_says_how_many_words_to_cut() -> None:
    board = _board(seconds_per_line=6.0)
    with pytest.raises(DurationTooShort, match=r"cut about \d+ of its \d+ words") as info:
        timing.fit(board, 10.0)
    assert 0 < info.value.details["words_to_cut"] < info.value.details["words"]


def test_estimate_refuses_early_before_any_synthesis() -> None:
    board = parse_script("word " * 400, filename="long.txt")
    with pytest.raises(DurationTooShort) as info:
        timing.check_estimate(board, 30.0)
    assert info.value.details["words_to_cut"] > 200


def test_speech_still_too_long_after_speeding_up_is_refused() -> None:
    board = _board(seconds_per_line=3.0)
    timing.require_fit(board, 18.0)  # 15 s of speech + 2.9 s of tight pauses fits
    with pytest.raises(DurationTooShort):
        timing.require_fit(board, 17.0)
