"""Festival kept running between lines (engines/tts/festival_session.py): lines in a row are spoken by one
process, each with its own words; an error in one line's Scheme fails that line only; a process that died
is replaced; lines spoken at once each get a process of their own."""

from __future__ import annotations

import threading

import numpy as np

from filmstudio.engines.tts.festival import FestivalEngine
from filmstudio.engines.tts.festival_session import FestivalSessions

VOICE = "cmu_us_slt_arctic_hts"


def _engine() -> FestivalEngine:
    return FestivalEngine()


def _voice(engine: FestivalEngine, voice_id: str = VOICE):  # type: ignore[no-untyped-def]
    return next(v for v in engine.voices() if v.id == voice_id)


def test_lines_in_a_row_are_spoken_by_one_process_each_with_its_own_words() -> None:
    engine = _engine()
    first = engine.synthesize("The kettle is singing on the stove.", _voice(engine), language="en")
    pids = {s.proc.pid for s in engine._sessions._idle}
    second = engine.synthesize("Bring two cups, please.", _voice(engine), language="en")
    assert {s.proc.pid for s in engine._sessions._idle} == pids and len(pids) == 1
    assert [w.text for w in first.words] == ["The", "kettle", "is", "singing", "on", "the", "stove."]
    assert [w.text for w in second.words] == ["Bring", "two", "cups,", "please."]
    assert second.words[-1].end < first.words[-1].end  # its own timings, not the line before's
    for speech in (first, second):
        assert np.sqrt(np.mean(speech.samples**2)) > 0.01  # spoken, not silent
        assert abs(len(speech.samples) / speech.sample_rate - speech.words[-1].end) < 0.6


def test_a_voice_change_between_lines_is_heard() -> None:
    engine = _engine()
    slt = engine.synthesize("Good evening.", _voice(engine), language="en")
    kal = engine.synthesize("Good evening.", _voice(engine, "kal_diphone"), language="en")
    assert (slt.sample_rate, kal.sample_rate) == (32000, 16000)  # the HTS voice, then the diphone voice
    again = engine.synthesize("Good evening.", _voice(engine), language="en")
    assert again.sample_rate == 32000  # and back


def test_an_error_in_one_line_fails_that_line_and_the_next_is_spoken() -> None:
    sessions = FestivalSessions("festival")
    printed, errors = sessions.run(VOICE, b"(no_such_function 1)\n")
    assert "unbound variable" in errors and not printed.strip()
    printed, errors = sessions.run(VOICE, b'(format t "%d\\n" (+ 2 3))\n')
    assert printed.strip() == "5" and not errors
    sessions.close()


def test_a_process_that_died_is_replaced() -> None:
    engine = _engine()
    engine.synthesize("One.", _voice(engine), language="en")
    (session,) = engine._sessions._idle
    session.proc.kill()
    session.proc.wait()
    speech = engine.synthesize("Two.", _voice(engine), language="en")
    assert [w.text for w in speech.words] == ["Two."]
    assert engine._sessions._idle[0].proc.pid != session.proc.pid


def test_lines_spoken_at_once_get_a_process_each() -> None:
    engine = _engine()
    results: list[list[str]] = []

    def say(text: str) -> None:
        results.append([w.text for w in engine.synthesize(text, _voice(engine), language="en").words])

    threads = [threading.Thread(target=say, args=(t,)) for t in ("The river is wide.", "The boat is small.")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [["The", "boat", "is", "small."], ["The", "river", "is", "wide."]]
    assert 1 <= len(engine._sessions._idle) <= 2
    engine._sessions.close()
    assert not engine._sessions._idle


def test_a_line_that_fails_in_festival_is_a_tool_failure_with_its_error() -> None:
    import pytest

    from filmstudio.engines.tts.base import VoiceInfo
    from filmstudio.engines.tts.festival import _VOICES
    from filmstudio.errors import ToolFailed

    assert _VOICES
    engine = _engine()
    missing = VoiceInfo("festival", "no_such_voice", ("en",), "female", "young_adult")
    with pytest.raises(ToolFailed, match="unbound variable"):
        engine.synthesize("Hello.", missing, language="en")
    assert [w.text for w in engine.synthesize("Hello.", _voice(engine), language="en").words] == ["Hello."]


def test_a_film_lets_festival_go_once_its_lines_are_spoken(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from filmstudio.config import Settings
    from filmstudio.engines.registry import get_registry
    from filmstudio.film_request import FilmRequest
    from filmstudio.render import render_film

    script = tmp_path / "two.fountain"
    script.write_text("INT. KITCHEN - DAY\n\nANNA\nThe bread is warm.\n\nANNA\nSit down, please.\n", encoding="utf-8")
    result = render_film(
        script,
        tmp_path / "film.mp4",
        FilmRequest(resolution="720p", duration=4.0),
        settings=Settings(data_dir=tmp_path / "data"),
    )
    assert "festival" in result.engines["tts"]
    festival = get_registry().get("tts", "festival")
    assert not festival._sessions._idle  # type: ignore[attr-defined]
