"""Publishing from the web studio, in Chromium: connect a channel through the (local) Google consent
page, make a film that is published when ready, then publish it again with edited metadata. The local
YouTube server ends up holding the exact bytes of the film and its thumbnail."""

from __future__ import annotations

import pytest

from tests.google_server import GoogleServer
from tests.jobs_helpers import media_file
from tests.servers import serving
from tests.web.pages import Page

pytestmark = pytest.mark.slow
SCRIPT = "The sun rises over the quiet sea.\n\nAt night, the city lights come on."


@pytest.fixture(scope="module")
def google():  # type: ignore[no-untyped-def]
    with GoogleServer() as server:
        yield server


@pytest.fixture(scope="module")
def studio(tmp_path_factory, google):  # type: ignore[no-untyped-def]
    from filmstudio.app import create_app
    from filmstudio.config import Settings

    data = tmp_path_factory.mktemp("web-youtube")
    settings = Settings(data_dir=data / "data", cache_dir=data / "cache", **google.settings())
    app = create_app(settings, workers=True)
    with serving(app) as base:
        settings.youtube_redirect_uri = f"{base}/youtube/callback"  # Google sends the user back here
        yield base, settings


def test_connect_generate_and_publish_from_the_studio(browser, studio, google, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    base, settings = studio
    shots = tmp_path_factory.mktemp("screenshots-youtube")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, ignore_https_errors=True)
    page = Page(context.new_page(), shots)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{base}/#/signup")
    page.fill("#f-full_name", "Asha Rao")
    page.fill("#f-email", "asha@example.com")
    page.fill("#f-password", "SecurePass123!")
    page.click("button[type=submit]")
    page.wait_for_selector(".credits-pill")

    page.click("nav >> text=Account")
    page.click("#connect-youtube")  # off to Google's consent page, and back
    page.wait_for_selector("#channel-title")
    assert page.inner_text("#channel-title") == "Asha's Films"
    assert page.evaluate("() => location.pathname + location.hash") == "/#/account"
    page.screenshot(path=shots / "account-connected.png", full_page=True)

    page.click("nav >> text=New film")
    page.fill("#f-title", "Dawn and Dusk")
    page.fill("#f-script", SCRIPT)
    page.check("input[name=duration_choice][value=custom]")
    page.fill("#f-duration", "6")
    page.check("#f-youtube_upload")
    page.select_option("#f-youtube_privacy", "unlisted")
    page.fill("#f-youtube_playlist", "Studio Films")
    page.click("text=Preview storyboard")
    page.click("button:has-text('Generate film')")
    page.wait_for_selector("text=Making your film")
    page.wait_for_selector("#youtube-link", timeout=180_000)  # made, then published
    url = page.inner_text("#youtube-link")
    (video,) = google.state.videos.values()
    assert url == f"https://www.youtube.com/watch?v={video['id']}"
    assert video["status"]["privacyStatus"] == "unlisted"
    assert [p["title"] for p in google.state.playlists.values()] == ["Studio Films"]
    film_url = page.get_attribute("video", "src")
    thumb_url = page.get_attribute("video", "poster")
    assert video["bytes"] == media_file(settings, film_url).read_bytes()  # the exact film
    assert video["thumbnail"] == media_file(settings, thumb_url).read_bytes()  # and thumbnail
    page.screenshot(path=shots / "published.png", full_page=True)

    # the same film again, with the title and tags edited on the page
    page.fill("#f-yt_title", "Dawn and Dusk (director's cut)")
    page.fill("#f-yt_tags", "sea, city lights, dawn")
    page.select_option("#f-yt_privacy", "private")
    page.click("#publish button[type=submit]")
    page.wait_for_function(
        "(n) => document.querySelectorAll('#youtube-link').length && document.querySelector('#youtube-link').textContent !== n",
        arg=url,
    )
    second = next(v for v in google.state.videos.values() if v["id"] != video["id"])
    assert second["snippet"]["title"] == "Dawn and Dusk (director's cut)"
    assert second["snippet"]["tags"] == ["sea", "city lights", "dawn"]
    assert second["status"]["privacyStatus"] == "private" and second["bytes"] == video["bytes"]
    page.screenshot(path=shots / "published-again.png", full_page=True)
    assert errors == []
