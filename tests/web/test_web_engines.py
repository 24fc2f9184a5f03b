"""Choosing a project's engines in the web studio: a studio with SDXL weights configured offers
"Pictures" in the new-film form; the choice is kept with the project and its job (and sends the job to
the GPU queue). A studio without GPU weights offers no GPU engine (its voices stay choosable)."""

from __future__ import annotations

import pytest

from filmstudio.db.session import session_factory, session_scope
from filmstudio.film_request import FilmRequest
from filmstudio.models import Job, Project
from filmstudio.worker.queues import queue_for
from tests.servers import serving
from tests.web.pages import new_film_page

pytestmark = pytest.mark.slow


def test_new_film_offers_the_gpu_pictures_engine(browser, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    from filmstudio.app import create_app
    from filmstudio.config import Settings

    data = tmp_path_factory.mktemp("web-engines")
    weights = data / "sdxl"  # loaded by GPU workers, never by the web process: a folder name is enough
    weights.mkdir()
    settings = Settings(data_dir=data / "data", cache_dir=data / "cache", sdxl_model_path=weights)
    shots = tmp_path_factory.mktemp("screenshots-engines")
    with serving(create_app(settings)) as base:
        page = new_film_page(browser, f"{base}/", shots, "asha@example.com")
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.wait_for_selector("summary:has-text('Engines')")
        options = page.eval_on_selector_all("#f-image_engine option", "os => os.map(o => o.value)")
        assert options == ["", "painter", "sdxl"]
        assert page.locator("#f-music_engine").count() == 0  # MusicGen has no weights here: no choice
        page.click("summary:has-text('Engines')")
        page.select_option("#f-image_engine", "sdxl")
        page.fill("#f-title", "Storm")
        page.fill("#f-script", "MIRA\nThe lamp is out.\n")
        page.screenshot(path=shots / "engines.png", full_page=True)
        page.click("text=Preview storyboard")
        page.wait_for_selector("button:has-text('Generate film')")
        page.click("button:has-text('Generate film')")
        page.wait_for_selector("text=Making your film")
        assert errors == []
    with session_scope(session_factory(settings)) as session:
        project = session.query(Project).filter_by(title="Storm").one()
        job = session.query(Job).filter_by(project_id=project.project_id).one()
        asked = FilmRequest.from_settings(project.settings, job.parameters["settings"])
        assert asked.image_engine == "sdxl" and asked.lipsync_engine is None
        assert queue_for(tier="free", settings=settings, request=asked) == "filmstudio.gpu"


def test_an_offline_studio_offers_no_gpu_engine(tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from filmstudio.app import create_app
    from filmstudio.config import Settings
    from tests.conftest import register_and_login

    data = tmp_path_factory.mktemp("web-offline")
    app = create_app(Settings(data_dir=data / "data", cache_dir=data / "cache"))
    with TestClient(app) as client:
        headers = register_and_login(client)["headers"]
        offered = client.get("/api/v1/engines", headers=headers).json()
    assert offered["image"]["default"] == "painter"
    assert {e["name"]: e["offered"] for e in offered["image"]["engines"]} == {"painter": True, "sdxl": False}
    assert not any(e["offered"] for kind in offered.values() for e in kind["engines"] if e["gpu"])
    assert all(sum(e["offered"] for e in offered[kind]["engines"]) == 1 for kind in ("image", "lipsync", "music"))
