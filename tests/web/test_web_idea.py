"""Start from an idea in the web studio, in Chromium: the configured model (a local server speaking
OpenAI's protocol) writes a Spanish script into the form, the preview reads its characters, and the film
made from it lasts the asked 12 seconds and speaks Spanish (its subtitles say so)."""

from __future__ import annotations

import pytest

from tests.jobs_helpers import media_file
from tests.llm_servers import OPENAI_KEY, OpenAIServer
from tests.media_checks import ffprobe
from tests.servers import serving
from tests.web.pages import Page

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def model():  # type: ignore[no-untyped-def]
    with OpenAIServer() as server:
        yield server


@pytest.fixture(scope="module")
def studio(tmp_path_factory, model):  # type: ignore[no-untyped-def]
    from filmstudio.app import create_app
    from filmstudio.config import Settings

    data = tmp_path_factory.mktemp("web-idea")
    settings = Settings(
        data_dir=data / "data",
        cache_dir=data / "cache",
        llm_engine="openai",
        openai_api_key=OPENAI_KEY,
        openai_base_url=f"{model.url}/v1",
        openai_model="gpt-test",
    )
    with serving(create_app(settings, workers=True)) as base:
        yield base, settings


def test_start_from_an_idea(browser, studio, model, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    base, settings = studio
    shots = tmp_path_factory.mktemp("screenshots-idea")
    page = Page(browser.new_page(viewport={"width": 1280, "height": 900}), shots)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{base}/#/signup")
    page.fill("#f-full_name", "Asha Rao")
    page.fill("#f-email", "asha@example.com")
    page.fill("#f-password", "SecurePass123!")
    page.click("button[type=submit]")
    page.wait_for_selector(".credits-pill")
    page.goto(f"{base}/#/new")
    page.fill("#f-idea", "Una película sobre el monzón para niños")
    page.check("input[name=duration_choice][value=custom]")
    page.fill("#f-duration", "12")
    page.select_option("#f-language", "es")
    page.check("input[name=subtitles][value=es]")
    page.uncheck("input[name=subtitles][value=en]")
    page.select_option("#f-idea_characters", "1")  # the Free plan's one speaking character
    page.click("#write-script")
    page.wait_for_function("() => document.getElementById('f-script').value.includes('[Scene:')")
    assert page.input_value("#f-title") == "El monzón"
    assert "Las nubes llegaron" in page.input_value("#f-script")
    assert "Written by openai" in page.inner_text("#idea-status")
    page.screenshot(path=shots / "written.png", full_page=True)
    page.click("text=Preview storyboard")
    page.wait_for_selector("[data-character]")
    ages = page.eval_on_selector_all("[data-character] select[name=age]", "els => els.map((e) => e.value)")
    assert ages == ["child"]  # the written character's age
    page.click("button:has-text('Generate film')")
    page.wait_for_selector("video", timeout=180_000)
    film = media_file(settings, page.get_attribute("video", "src"))
    duration = float(ffprobe(film)["format"]["duration"])
    assert 11.0 <= duration <= 13.5, duration
    assert page.locator("video track[srclang='es']").count() == 1
    page.screenshot(path=shots / "film.png", full_page=True)
    assert errors == []
