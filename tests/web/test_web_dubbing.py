"""Dubbing from the web studio, in Chromium: ask for a Spanish version on the new-film page, see its
cost in the preview, and on the film page download and play the Spanish film with Spanish subtitles."""

from __future__ import annotations

import pytest

from tests.jobs_helpers import media_file
from tests.servers import serving
from tests.web.pages import Page

pytestmark = pytest.mark.slow
SCRIPT = "The sea is calm this morning. The children walk to the lighthouse."


@pytest.fixture(scope="module")
def studio(tmp_path_factory):  # type: ignore[no-untyped-def]
    from filmstudio.app import create_app
    from filmstudio.config import Settings

    data = tmp_path_factory.mktemp("web-dubbing")
    settings = Settings(data_dir=data / "data", cache_dir=data / "cache")
    with serving(create_app(settings, workers=True)) as base:
        yield base, settings


def test_dub_a_film_from_the_studio(browser, studio, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    base, settings = studio
    shots = tmp_path_factory.mktemp("screenshots-dubbing")
    page = Page(browser.new_context(viewport={"width": 1280, "height": 900}).new_page(), shots)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    # the studio runs under its Content-Security-Policy without tripping it
    page.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)
    page.goto(f"{base}/#/signup")
    page.fill("#f-full_name", "Lucía Gómez")
    page.fill("#f-email", "lucia@example.com")
    page.fill("#f-password", "SecurePass123!")
    page.click("button[type=submit]")
    page.wait_for_selector(".credits-pill")

    page.click("nav >> text=New film")
    page.fill("#f-title", "Morning Sea")
    page.fill("#f-script", SCRIPT)
    page.check("input[name=duration_choice][value=custom]")
    page.fill("#f-duration", "6")
    page.click("details.dubbing summary")
    spanish = page.locator("input[name=dub][value=es]")
    assert page.locator("input[name=dub]").count() >= 50  # every language the studio speaks
    spanish.check()
    page.click("text=Preview storyboard")
    page.wait_for_selector("text=will cost 2 credits")  # the film and its Spanish version
    page.screenshot(path=shots / "preview.png", full_page=True)
    page.click("button:has-text('Generate film')")
    page.wait_for_selector("li.dub[data-dub=es]", timeout=180_000)
    link = page.locator("li.dub[data-dub=es] a").first
    assert link.inner_text() == "Film in Spanish (MP4)"
    film = media_file(settings, link.get_attribute("href"))
    assert film.name == "film.es.mp4" and film.stat().st_size > 10_000
    subtitles = page.locator("li.dub[data-dub=es] a:has-text('Subtitles: es (SRT)')")
    assert media_file(settings, subtitles.get_attribute("href")).name == "film.es.es.srt"

    original = page.get_attribute("video", "src")
    page.click("li.dub[data-dub=es] button:has-text('Play')")
    assert page.get_attribute("video", "src") != original
    assert page.locator("video track[srclang=es]").count() == 1
    page.wait_for_function("() => document.querySelector('video').readyState >= 1")
    duration = page.evaluate("() => document.querySelector('video').duration")
    assert 5.5 <= duration <= 6.5
    page.screenshot(path=shots / "film-page.png", full_page=True)
    assert errors == []
