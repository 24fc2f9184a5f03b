"""The stage list is the one source of a job's steps, and a runner whose stages read what nothing before
them writes is refused when it is built."""

from __future__ import annotations

import pytest

from filmstudio.jobs.service import STEPS
from filmstudio.pipeline.runner import Runner, check_order
from filmstudio.pipeline.stages import PUBLISH_STEPS, default_stages


def test_job_steps_come_from_the_stage_list() -> None:
    stages = default_stages()
    assert [s.name for s in STEPS] == [s.name for s in stages] + list(PUBLISH_STEPS)
    assert abs(sum(s.weight for s in STEPS) - 1.0) < 1e-9
    assert [s.on_request for s in STEPS] == [False] * len(stages) + [True] * len(PUBLISH_STEPS)


def test_the_default_stages_are_in_an_order_that_satisfies_their_reads() -> None:
    check_order(default_stages())


def test_a_stage_reading_what_nothing_wrote_is_refused_at_construction() -> None:
    stages = default_stages()
    swapped = [stages[0], stages[3], stages[1], stages[2], *stages[4:]]  # lipsync before voices
    with pytest.raises(ValueError, match="lipsync.*lines.audio"):
        Runner(swapped)
    with pytest.raises(ValueError, match="video_composition"):
        Runner(stages[:-3] + stages[-1:])  # no subtitles, no music before the film
