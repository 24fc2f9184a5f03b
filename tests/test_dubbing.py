"""Dubbing: the same storyboard rendered again in other languages, every line translated, re-voiced and
re-timed, pictures from the cache, subtitles in each language; from the CLI's render and through the
API's job, with the credits each film costs."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient

from filmstudio.app import create_app
from filmstudio.config import Settings
from filmstudio.errors import InvalidInput, UnsupportedLanguage
from filmstudio.film_request import FilmRequest
from filmstudio.render import render_film
from tests.helpers import assert_error
from tests.jobs_helpers import API, generate, ledger, media_file, user_with_project, wait_for
from tests.media_checks import audio_samples, ffprobe

pytestmark = pytest.mark.slow

SCRIPT = "MAYA: Good morning! The sea is calm today.\nRAVI: Let us walk to the lighthouse.\n"
NARRATION = "The sea is calm this morning. The children walk to the lighthouse."


def _speaking(film: Path) -> float:
    """The share of 0.1 s windows with a voice (or music) in them."""
    samples = audio_samples(film)
    window = 1600
    rms = np.sqrt(np.mean(samples[: len(samples) // window * window].reshape(-1, window) ** 2, axis=1))
    return float((rms > 0.02).mean())


def _subtitle_text(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    return " ".join(x for x in lines if x and "-->" not in x and not x.isdigit())


def test_render_dubs_the_film_into_another_language(tmp_path: Path, cache_dir: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", cache_dir=tmp_path / "cold-cache")
    script = tmp_path / "morning.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    out = tmp_path / "out" / "film.mp4"
    report = tmp_path / "out" / "report.json"
    result = render_film(script, out, FilmRequest(dub=["es"], subtitles=["en"]), settings=settings, report_path=report)

    dub = result.dubs["es"]
    assert dub.film == tmp_path / "out" / "film.es.mp4" and dub.film.exists()
    for name in ("film.es.jpg", "film.es.es.srt", "film.es.es.vtt"):
        assert (tmp_path / "out" / name).exists(), name
    streams = {s["codec_type"]: s for s in ffprobe(dub.film)["streams"]}
    assert streams["video"]["width"] == 1280 and "audio" in streams
    assert _speaking(dub.film) > 0.3
    spanish = _subtitle_text(tmp_path / "out" / "film.es.es.srt")
    assert "mar" in spanish.lower() and "faro" in spanish.lower(), spanish  # the sea, the lighthouse
    # every line was translated, re-voiced in Spanish and re-timed; the voices were cast for Spanish
    lines = dub.storyboard.lines()
    assert [line.language for line in lines] == ["es", "es"]
    assert all(line.words and line.start is not None for line in lines)
    assert all(c.voice.language == "es" for c in dub.storyboard.characters if c.voice)
    assert [c.look for c in dub.storyboard.characters] == [c.look for c in result.storyboard.characters]
    # the pictures came from the cache the first film filled; only voices (and the score, re-cut to the
    # new length) were made again
    assert result.cache_misses.get("image", 0) >= 1
    assert dub.cache_misses.get("image", 0) == 0 and dub.cache_misses.get("backdrop", 0) == 0
    written = json.loads(report.read_text())
    assert written["dubs"]["es"]["film"].endswith("film.es.mp4")
    assert written["dubs"]["es"]["storyboard"]["language"] == "es"


def test_a_dub_without_a_translator_or_voice_is_refused_before_anything_is_rendered(
    tmp_path: Path, settings: Settings
) -> None:
    script = tmp_path / "morning.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    out = tmp_path / "out" / "film.mp4"
    with pytest.raises(UnsupportedLanguage, match=r"No offline translator for en→hi.*en→es"):
        render_film(script, out, FilmRequest(dub=["hi"], llm_engine="none"), settings=settings)
    with pytest.raises(UnsupportedLanguage, match="No installed voice speaks Lao"):
        render_film(script, out, FilmRequest(dub=["lo"]), settings=settings)
    assert not out.exists()
    with pytest.raises(InvalidInput, match="dub"):
        FilmRequest.from_settings({"dub_languages": ["xx"]})
    assert FilmRequest(duration=30, dub=["es", "fr"]).films == 3


@pytest.fixture
def studio(db_settings):  # type: ignore[no-untyped-def]
    app = create_app(db_settings, migrate=False, workers=True)
    with TestClient(app) as client:
        yield client, db_settings


def test_a_job_dubs_its_film_and_charges_for_each_version(studio) -> None:  # type: ignore[no-untyped-def]
    client, settings = studio
    auth, project_id = user_with_project(client, script=NARRATION, duration=6)  # the free plan: one voice
    refused = client.post(
        f"{API}/projects/{project_id}/generate", headers=auth["headers"], json={"settings": {"dub_languages": ["hi"]}}
    )
    assert_error(refused, 422, "INVALID_INPUT")
    assert "en→hi" in refused.json()["error"]["message"]
    assert ledger(settings, "maker@example.com") == [("grant", 3)]  # nothing taken for a refused job

    preview = client.post(
        f"{API}/storyboard/preview",
        headers=auth["headers"],
        json={"script": NARRATION, "settings": {"duration": 6, "dub_languages": ["es", "hi"]}},
    ).json()
    assert preview["estimated_credits"] == 3 and any("en→hi" in p for p in preview["plan_problems"])

    accepted = generate(client, auth, project_id, dub_languages=["es"], subtitle_languages=["en"])
    assert accepted["credits_deducted"] == 2  # the film and its Spanish version
    job = wait_for(client, auth, accepted["job_id"], timeout=240)
    assert job["status"] == "completed", job
    steps = {s["name"]: s["status"] for s in job["steps"]}
    assert steps["dubbing"] == "completed" and steps["youtube_upload"] == "skipped"

    original = client.get(f"{API}/jobs/{job['job_id']}/download", headers=auth["headers"]).json()
    dubbed = client.get(f"{API}/jobs/{job['job_id']}/download?dub=es", headers=auth["headers"]).json()
    assert original["download_url"] != dubbed["download_url"]
    film = media_file(settings, dubbed["download_url"])
    assert film.name == "film.es.mp4" and _speaking(film) > 0.3
    assert abs(float(ffprobe(film)["format"]["duration"]) - dubbed["duration"]) < 0.1
    assert_error(client.get(f"{API}/jobs/{job['job_id']}/download?dub=fr", headers=auth["headers"]), 404, "NOT_FOUND")

    project = client.get(f"{API}/projects/{project_id}", headers=auth["headers"]).json()
    assert project["assets"]["video_url"].split("?")[0].endswith("/film.mp4")  # the original stays the film
    spanish = project["assets"]["dubs"]["es"]
    assert spanish["video_url"].split("?")[0].endswith("/film.es.mp4")
    assert set(spanish["subtitle_urls"]) == {"es"} and set(spanish["subtitle_tracks"]) == {"es"}
    subs = client.get(spanish["subtitle_urls"]["es"])
    assert subs.status_code == 200 and "mar" in subs.text.lower()
    assert ledger(settings, "maker@example.com") == [("grant", 3), ("deduction", -2)]
    assert uuid.UUID(project_id)


def test_the_words_that_name_things_are_dubbed_too(settings: Settings) -> None:
    """The director cuts to a thing when a line says its name: in a dub the lines say it in Spanish."""
    from filmstudio.film_request import storyboard_for
    from filmstudio.pipeline.dubbing import dub_storyboard
    from filmstudio.render import _scratch_context

    request = FilmRequest(dub=["es"])
    board = storyboard_for("A black cat sleeps under the bench. In the kitchen she lights a candle.", request)
    with _scratch_context(settings, request.dubbed_into("es"), None) as ctx:
        dub = dub_storyboard(board, "es", ctx)
    named = {t.key: t.words for scene in dub.scenes for t in scene.things}
    assert "gato" in named["cat"] and "vela" in named["candle"], named
    assert all(line.language == "es" for line in dub.lines())
