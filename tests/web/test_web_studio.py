"""The web studio in Debian's Chromium, headless, driven by Playwright: the whole journey from sign-up to a
played and downloaded film, with screenshots at desktop and phone widths kept under the test's folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.servers import serving
from tests.web.pages import Page, new_film_page

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def studio_url(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from filmstudio.app import create_app
    from filmstudio.config import Settings

    data = tmp_path_factory.mktemp("web")
    app = create_app(Settings(data_dir=data / "data", cache_dir=data / "cache"), workers=True)
    with serving(app) as base:
        yield f"{base}/"


def test_the_whole_journey(browser, studio_url, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    shots = tmp_path_factory.mktemp("screenshots")
    page = Page(browser.new_page(viewport={"width": 1280, "height": 900}), shots)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    page.goto(studio_url)
    page.wait_for_selector("h1:has-text('Sign in')")  # signed-out visitors land on sign in
    page.click("nav >> text=Sign up")
    page.fill("#f-full_name", "Asha Rao")
    page.fill("#f-email", "asha@example.com")
    page.fill("#f-password", "short")
    page.click("button[type=submit]")
    error = page.wait_for_selector("#err-password:not(:empty)")
    assert "10 characters" in error.inner_text()  # shown next to the field that caused it
    assert page.input_value("#f-email") == "asha@example.com"  # and what was typed is kept
    assert page.get_attribute("#f-password", "aria-invalid") == "true"
    page.screenshot(path=shots / "signup-error.png", full_page=True)
    page.fill("#f-password", "SecurePass123!")
    page.click("button[type=submit]")

    page.wait_for_selector("text=Your first film is one script away")  # the empty state invites a film
    assert page.inner_text(".credits-pill") == "3 credits"
    page.click("text=Make your first film")
    page.click("button:has-text('Mountain Story')")  # an example, one click away
    assert "Himalaya" in page.input_value("#f-script")
    assert page.input_value("#f-title") == "Mountain Story"
    page.click("text=Preview storyboard")
    page.wait_for_selector("text=This 30-second film will cost 2 credits")
    assert page.inner_text("#storyboard h2") == "Storyboard: Mountain Story"
    assert page.locator(".scene").count() == 3
    assert page.locator("[data-character]").count() == 1
    page.select_option("[data-character] select[name=voice]", "festival:cmu_us_slt_arctic_hts")  # choose a voice
    page.click("button[aria-label^='Play a sample']")
    page.wait_for_function("() => document.querySelector('audio[data-sample]') !== null")
    sample = page.evaluate("""() => new Promise((ok) => { const a = document.querySelector('audio[data-sample]');
        if (a.duration > 0) ok(a.duration); else a.addEventListener('loadedmetadata', () => ok(a.duration)); })""")
    assert sample > 1.0  # a real voice sample played
    page.screenshot(path=shots / "storyboard.png", full_page=True)

    page.evaluate("""() => { window.__seen = []; new MutationObserver(() => {
        const p = document.getElementById('percent'); if (p) window.__seen.push(p.textContent); })
        .observe(document.getElementById('main'), { subtree: true, childList: true, characterData: true }); }""")
    page.click("button:has-text('Generate film')")
    page.wait_for_selector("text=Making your film")
    page.screenshot(path=shots / "progress.png", full_page=True)
    page.wait_for_selector("video", timeout=180_000)
    seen = page.evaluate("() => window.__seen")
    assert "100%" in seen and len(set(seen)) >= 3, seen  # the live progress reached 100%

    duration = page.wait_for_function(
        """() => { const v = document.querySelector('video');
        return v && v.duration > 0 ? v.duration : null; }""",
        timeout=30_000,
    ).json_value()
    assert 29.0 < duration < 31.5
    assert page.locator("video track[srclang='en']").count() == 1
    played = page.evaluate("""async () => { const v = document.querySelector('video'); v.muted = true;
        await v.play(); await new Promise((r) => setTimeout(r, 1200)); v.pause(); return v.currentTime; }""")
    assert played > 0.5
    page.screenshot(path=shots / "film.png", full_page=True)
    download = page.evaluate("""async () => { const a = document.querySelector('a[download$=".mp4"]');
        const r = await fetch(a.href, { cache: 'no-store' }); const b = await r.arrayBuffer();
        return [r.status, r.headers.get('content-type'), b.byteLength]; }""")
    assert download[0] == 200 and download[1] == "video/mp4" and download[2] > 100_000

    page.click("nav >> text=Credits")
    page.wait_for_selector("table")
    assert page.inner_text(".cost") == "1 credit"  # 3 - 2
    assert "Video generated: 30 seconds" in page.inner_text("table")
    page.click("nav >> text=My films")
    page.wait_for_selector(".project-card img")
    assert "completed" in page.inner_text(".project-card")
    page.screenshot(path=shots / "dashboard.png", full_page=True)

    phone = browser.new_page(viewport={"width": 390, "height": 844})
    phone.goto(studio_url)
    phone.evaluate(
        "([a, r]) => { localStorage.setItem('fs.access', a); localStorage.setItem('fs.refresh', r); }",
        page.evaluate("() => [localStorage.getItem('fs.access'), localStorage.getItem('fs.refresh')]"),
    )
    for name in ("", "new", "credits", "plans"):
        phone.goto(f"{studio_url}#/{name}")
        phone.reload()
        phone.wait_for_selector("h1")
        assert phone.evaluate("() => document.documentElement.scrollWidth") <= 390  # nothing wider than a phone
        phone.screenshot(path=shots / f"phone-{name or 'dashboard'}.png", full_page=True)

    page.click("nav >> text=Sign out")
    page.wait_for_selector("h1:has-text('Sign in')")
    page.goto(f"{studio_url}#/credits")
    page.wait_for_selector("h1:has-text('Sign in')")  # signed out means signed out
    assert errors == []


def test_keyboard_only_sign_in_and_labels(browser, studio_url) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1024, "height": 768})
    page.goto(f"{studio_url}#/signin")
    page.wait_for_selector("#f-email")
    for control in page.query_selector_all("input, select, textarea"):
        control_id = control.get_attribute("id")
        assert page.query_selector(f"label[for='{control_id}']"), control_id  # every control is labelled
    page.focus("#f-email")
    page.keyboard.type("nobody@example.com")
    page.keyboard.press("Tab")
    page.keyboard.type("Wrong12345!")
    page.keyboard.press("Enter")
    message = page.wait_for_selector(".form-error:not(:empty)")
    assert "incorrect" in message.inner_text()


def test_preview_shows_how_each_character_is_drawn(browser, studio_url, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    shots = tmp_path_factory.mktemp("screenshots-cast")
    page = new_film_page(browser, studio_url, shots, "cast@example.com")
    page.fill("#f-title", "Curious Minds")
    page.fill("#f-script", (Path(__file__).parents[2] / "examples" / "interview.txt").read_text(encoding="utf-8"))
    page.click("text=Preview storyboard")
    page.wait_for_selector("img.portrait")
    sizes = page.evaluate(
        "() => [...document.querySelectorAll('img.portrait')].map((i) => [i.alt, i.naturalWidth, i.naturalHeight])"
    )
    assert sorted(sizes) == [["How Dr. Anna Rao is drawn", 160, 180], ["How Host is drawn", 160, 180]]
    page.screenshot(path=shots / "cast.png", full_page=True)


def test_preview_shows_the_reading_of_each_scene_and_character(browser, studio_url, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    shots = tmp_path_factory.mktemp("screenshots-reading")
    page = new_film_page(browser, studio_url, shots, "reader@example.com")
    page.fill("#f-title", "The Keeper's Night")
    corpus = Path(__file__).parents[1] / "corpus" / "lighthouse_storm.en.fountain"
    page.fill("#f-script", corpus.read_text(encoding="utf-8"))
    page.click("text=Preview storyboard")
    page.wait_for_selector(".reading")
    readings = page.evaluate("() => [...document.querySelectorAll('.reading')].map((r) => r.innerText)")
    # the coast, where Harold stands on foot: its shore, the beach (not out on the water)
    assert readings[0].startswith("beach from “coast”") and "water wave" in readings[0] and "Harold" in readings[0]
    assert "lighthouse room" in readings[1] and "Ellie" in readings[1]
    evidence = page.evaluate("() => [...document.querySelectorAll('.evidence')].map((r) => r.innerText)")
    assert "read as female (granddaughter), child ((10))" in evidence
    page.screenshot(path=shots / "reading.png", full_page=True)


def test_a_story_longer_than_the_film_is_abridged_or_told_in_episodes(browser, studio_url, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    """The new-film page's choice for a story longer than the film: refused with both ways offered, then
    abridged (what was cut is listed), then a series (the cost counts every episode)."""
    shots = tmp_path_factory.mktemp("screenshots-fit")
    page = new_film_page(browser, studio_url, shots, "fitter@example.com")
    page.fill("#f-title", "The Wolf and the Lamb")
    fable = Path(__file__).parents[1] / "corpus_blind" / "lafontaine_loup_agneau.fr.txt"  # 93 s as written
    page.fill("#f-script", fable.read_text(encoding="utf-8"))
    page.click("text=Preview storyboard")  # 30 s, the default length
    refusal = page.wait_for_selector("#err-script:has-text('abridge')")
    assert "episodes" in refusal.inner_text()
    page.select_option("#f-fit", "abridge")
    page.click("text=Preview storyboard")
    page.wait_for_selector("details.abridged")
    cut = page.evaluate("() => [...document.querySelectorAll('li.cut')].map((li) => li.innerText)")
    assert cut and "Abridged: kept" in page.inner_text("details.abridged summary")
    page.screenshot(path=shots / "abridged.png", full_page=True)
    page.select_option("#f-fit", "episodes")
    page.click("text=Preview storyboard")
    page.wait_for_selector("p.episodes")
    parts = page.inner_text("p.episodes").split(" in ")[1].split()[0]
    assert int(parts) >= 3 and f"These {parts} episodes" in page.inner_text("p.cost")
    page.screenshot(path=shots / "episodes.png", full_page=True)
