from __future__ import annotations

import threading
from pathlib import Path

import pytest

from filmstudio.config import Settings
from filmstudio.errors import Cancelled
from filmstudio.film_request import FilmRequest
from filmstudio.pipeline.runner import StepRecord
from filmstudio.render import render_film
from tests.conftest import EXAMPLES


@pytest.mark.parametrize("stop_in", ["voice_synthesis", "video_composition"])
def test_cancelling_stops_the_running_step_and_leaves_no_film(tmp_path: Path, stop_in: str) -> None:
    cancel = threading.Event()
    records: dict[str, StepRecord] = {}

    def on_progress(step: str, fraction: float, message: str) -> None:
        if step == stop_in and fraction > 0.1:
            cancel.set()

    def on_step(record: StepRecord) -> None:
        records[record.name] = record

    out = tmp_path / "films" / "f.mp4"
    settings = Settings(data_dir=tmp_path / "data", cache_dir=tmp_path / "cache")
    with pytest.raises(Cancelled):
        render_film(
            EXAMPLES / "lighthouse.fountain",
            out,
            FilmRequest(resolution="720p", fps=24),
            settings=settings,
            on_progress=on_progress,
            on_step=on_step,
            cancel_event=cancel,
        )
    assert records[stop_in].status == "cancelled"
    assert records["script_analysis"].status == "completed"
    later = ["subtitle_generation", "video_composition"][1 if stop_in == "video_composition" else 0 :]
    assert all(records.get(name) is None or records[name].status != "completed" for name in later)
    assert list(out.parent.iterdir()) == []  # no film, no work folder
