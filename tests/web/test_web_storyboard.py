"""The storyboard editor in Chromium: a script the studio misreads three ways (a wrong place, a radio cast
as a person, a boat the story needs but never names) is corrected in the editor, the pictures change as
edited, the film is made from the corrected storyboard; then one line is changed and the film made again,
reusing every picture (the job says so). Screenshots at desktop and phone widths."""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from tests.media_checks import ffprobe, frame_at
from tests.servers import serving
from tests.web.pages import Page, new_film_page

pytestmark = pytest.mark.slow

# they stay home in their village and mend the nets by their boat: the reading puts them on the beach (the
# coast of the warning), casts the radio, and draws no boat
SCRIPT = """[Scene: A quiet morning]
MAYA: Grandpa, look at the water today.
RADIO: Storm warning for all fishermen on the coast.
GRANDPA: Then we stay home and mend the nets.
"""


@pytest.fixture(scope="module")
def studio(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from filmstudio.app import create_app
    from filmstudio.config import Settings

    data = tmp_path_factory.mktemp("editor")
    settings = Settings(data_dir=data / "data", cache_dir=data / "cache")
    app = create_app(settings, workers=True)
    with serving(app) as base:
        yield f"{base}/", settings


def _upgrade(settings, email: str, credits: int) -> None:  # type: ignore[no-untyped-def]
    """A Pro user (several speaking characters) with credits for two films."""
    from filmstudio.credits import service as credits_service
    from filmstudio.db.session import session_factory
    from filmstudio.models import User

    sessions = session_factory(settings)
    with sessions() as session, session.begin():
        user = session.scalar(select(User).where(User.email == email))
        user.tier = "pro"
        credits_service.grant(session, user.user_id, credits, "storyboard editor test")


def _mean_colour(page) -> list[float]:  # type: ignore[no-untyped-def]
    """The first still's mean red, green and blue, as the page shows it."""
    return page.evaluate("""() => {
        const img = document.querySelector('img.still');
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        const sum = [0, 0, 0];
        for (let i = 0; i < data.length; i += 4) { sum[0] += data[i]; sum[1] += data[i + 1]; sum[2] += data[i + 2]; }
        const n = data.length / 4;
        return sum.map((v) => v / n);
    }""")


def _open_editor(page, title: str) -> None:  # type: ignore[no-untyped-def]
    """The script previewed from the new-film page, then opened in the editor."""
    page.fill("#f-title", title)
    page.fill("#f-script", SCRIPT)
    page.click("text=Preview storyboard")
    page.click("button:has-text('Edit storyboard')")
    page.wait_for_selector(f"h1:has-text('Storyboard: {title}')")


def _token(page) -> str:  # type: ignore[no-untyped-def]
    return page.evaluate("() => localStorage.getItem('fs.access')")


def _api(page, path: str) -> dict:  # type: ignore[no-untyped-def]
    return page.evaluate(
        "async ([path, token]) => (await fetch('/api/v1' + path, {headers: {Authorization: 'Bearer ' + token}})).json()",
        [path, _token(page)],
    )


def _wait_for_job(page, project_id: str) -> dict:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        job = _api(page, f"/projects/{project_id}")["latest_job"]
        if job and job["status"] in ("completed", "failed"):
            assert job["status"] == "completed", job
            return _api(page, f"/jobs/{job['job_id']}")
        time.sleep(1)
    raise AssertionError("the film was not made in time")


def _stored_storyboard(settings, project_id: str, job_id: str) -> dict:  # type: ignore[no-untyped-def]
    found = list(Path(settings.data_dir).rglob(f"*{job_id}*storyboard*.json")) or [
        p for p in Path(settings.data_dir).rglob("*.json") if job_id in str(p) and "storyboard" in p.name
    ]
    assert found, f"no storyboard kept for job {job_id}"
    return json.loads(found[0].read_text(encoding="utf-8"))


def test_a_misread_storyboard_corrected_made_and_made_again(browser, studio, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    url, settings = studio
    shots = tmp_path_factory.mktemp("screenshots-editor")
    email = f"editor-{uuid.uuid4().hex[:6]}@example.com"
    page = new_film_page(browser, url, shots, email)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    _upgrade(settings, email, 20)
    _open_editor(page, "The Storm Warning")
    project_id = page.evaluate("() => location.hash.split('/')[2]")

    # as read: the radio is a person, the place is not their village, and there is no boat
    assert page.locator("[data-character-id=radio]").count() == 1
    place = page.locator("select[aria-label='Place of scene 1']")
    assert place.input_value() != "village"
    assert page.locator("[data-scene] [data-thing=boat]").count() == 0
    page.wait_for_function(
        "() => [...document.querySelectorAll('img.still')].every((i) => i.complete && i.naturalWidth > 0)"
    )
    before = page.evaluate("() => document.querySelector('img.still').src")
    before_colour = _mean_colour(page)
    page.screenshot(path=shots / "editor-as-read.png", full_page=True)

    # the three corrections, by keyboard where it matters
    place.select_option("village")
    page.wait_for_function("() => document.querySelector('img.thumb').src.endsWith('/village.png')")
    page.click("[data-character-id=radio] [data-action=remove]")
    assert page.locator("[data-character-id=radio]").count() == 0
    search = page.locator("input[aria-label='Add a thing to scene s1']")
    search.focus()
    page.keyboard.type("boa")
    # the search waits behind the stills the editor is painting: on 2 busy cores that can pass 30 s
    page.click("[data-add=boat]", timeout=90_000)
    assert page.locator("[data-scene] [data-thing=boat]").count() == 1
    voice = page.locator("select[aria-label='Voice of Maya']")
    chosen = voice.locator("option").nth(1).get_attribute("value")
    voice.select_option(chosen)
    page.click('button[aria-label="Play a sample of Maya\'s voice"]')
    page.wait_for_function("() => document.querySelector('audio[data-sample]') !== null")
    # the shots: the last dropped (its line seen in the one before), the first's picture moved later
    figures = page.locator("[data-scene] figure[data-shot]")
    count = figures.count()
    assert count >= 3
    kinds = [figures.nth(i).locator("select").input_value() for i in range(count)]
    page.click(f"button[aria-label='Drop shot {figures.nth(count - 1).get_attribute('data-shot')}']")
    assert figures.count() == count - 1
    first_shot = figures.nth(0).get_attribute("data-shot")
    page.locator(f"button[aria-label='Move shot {first_shot} later']").press("Enter")
    assert page.locator(f"select[aria-label='Framing of shot {first_shot}']").input_value() == kinds[1]
    page.click("button:has-text('Save storyboard')")
    page.wait_for_selector("text=Saved as version 2.")
    saved = _api(page, f"/projects/{project_id}/storyboard")["storyboard"]
    assert next(c for c in saved["characters"] if c["id"] == "maya")["voice_preference"] == chosen
    planned = saved["scenes"][0]["shots"]
    assert [s["kind"] for s in planned[:2]] == [kinds[1], kinds[0]] and len(planned) == count - 1
    assert sorted(i for s in planned for i in s["line_ids"]) == sorted(ln["id"] for ln in saved["scenes"][0]["lines"])
    page.wait_for_function(
        "(before) => { const i = document.querySelector('img.still'); return i.src !== before && i.complete && i.naturalWidth > 0; }",
        arg=before,
    )
    after_colour = _mean_colour(page)
    assert (
        sum(abs(a - b) for a, b in zip(before_colour, after_colour, strict=True)) > 30
    )  # the picture changed: sand, not sea
    page.screenshot(path=shots / "editor-corrected.png", full_page=True)
    phone = Page(browser.new_page(viewport={"width": 390, "height": 844}), shots)
    phone.goto(url)
    phone.evaluate("([a, r]) => { localStorage.setItem('fs.access', a); }", [_token(page), None])
    phone.goto(f"{url}#/projects/{project_id}/storyboard")
    phone.wait_for_selector("h1:has-text('Storyboard')")
    phone.screenshot(path=shots / "editor-phone.png", full_page=True)
    width = phone.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390  # nothing wider than the phone

    # generated from the corrected storyboard
    assert page.locator("[role=alert].warning").count() == 0  # the plan allows it
    page.click("button:has-text('Generate film')")
    page.wait_for_function(f"() => location.hash === '#/projects/{project_id}'")
    first = _wait_for_job(page, project_id)
    board = _stored_storyboard(settings, project_id, first["job_id"])
    scene = board["scenes"][0]
    assert scene["setting"] == "village"
    assert "radio" not in {c["id"] for c in board["characters"]}
    assert any(line["character_id"] == "narrator" and "Storm warning" in line["text"] for line in scene["lines"])
    assert len(scene["shots"]) <= count - 1 and scene["shots"][1]["kind"] == kinds[0]  # the view moved later
    boat = next(t for t in scene["things"] if t["key"] == "boat")
    assert boat["box"] is not None  # painted into the picture
    # the film itself: its first shot is the corrected place (the village), not the place as read
    film = next(p for p in Path(settings.data_dir).rglob("film.mp4") if first["job_id"] in str(p))
    video = next(v for v in ffprobe(film)["streams"] if v["codec_type"] == "video")
    frame = frame_at(film, 1.0, (video["width"], video["height"]))
    shown = [float(c) for c in frame.astype(np.float32).reshape(-1, 3).mean(axis=0)]
    assert sum(abs(a - b) for a, b in zip(shown, after_colour, strict=True)) < sum(
        abs(a - b) for a, b in zip(shown, before_colour, strict=True)
    )

    # one line changed: the second film makes that voice again and reuses every picture
    page.goto(f"{url}#/projects/{project_id}/storyboard")
    page.wait_for_selector("h1:has-text('Storyboard')")
    text = page.locator("input[aria-label='Text of line l1']")
    text.fill("Grandpa, look how dark the water is today.")
    text.press("Tab")
    page.click("button:has-text('Generate film')")
    page.wait_for_function(f"() => location.hash === '#/projects/{project_id}'")
    time.sleep(1)
    second = _wait_for_job(page, project_id)
    assert second["job_id"] != first["job_id"]
    steps = {s["name"]: s for s in second["steps"]}
    assert steps["image_generation"]["made"] == 0 and steps["image_generation"]["reused"] >= 1
    assert steps["voice_synthesis"]["made"] >= 1  # the changed line, spoken again
    assert not errors, errors


def test_the_plan_limit_follows_the_edit_before_it_is_saved(browser, studio, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    url, _ = studio
    page = new_film_page(
        browser, url, tmp_path_factory.mktemp("screenshots-limit"), f"free-{uuid.uuid4().hex[:6]}@example.com"
    )
    _open_editor(page, "Two voices")
    limit = page.locator(".plan-problems [role=alert]")
    assert "speaking character" in limit.first.inner_text()  # a free plan: one voice
    assert page.locator("p.cost").inner_text().find("3 speaking characters") >= 0
    for who in ("radio", "grandpa"):
        page.click(f"[data-character-id={who}] [data-action=remove]")
    page.wait_for_function("() => document.querySelectorAll('.plan-problems [role=alert]').length === 0")
    assert "1 speaking character" in page.locator("p.cost").inner_text()
    assert (
        page.locator("text=Changes not saved yet.").count() + page.locator("[role=status]:has-text('removed')").count()
        >= 1
    )
