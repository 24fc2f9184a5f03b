"""The admin pages in Chromium: the first account sees Admin in the menu, finds a user, adjusts their
credits with a reason, retries a failed job, and reads the analytics with charts drawn on screen (SVG,
nothing loaded from the internet), under the studio's Content-Security-Policy."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from filmstudio.db.session import session_factory, session_scope
from filmstudio.models import Job, Project, User
from tests.conftest import register_and_login
from tests.servers import serving
from tests.web.pages import Page

pytestmark = pytest.mark.slow


def _signed_in(browser, base: str, shots, email: str):  # type: ignore[no-untyped-def]
    """A page signed in as `email`, and the page errors and CSP violations it meets."""
    page = Page(browser.new_context(viewport={"width": 1280, "height": 900}).new_page(), shots)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)
    page.goto(f"{base}/#/signin")
    page.fill("#f-email", email)
    page.fill("#f-password", "SecurePass123!")
    page.click("button[type=submit]")
    page.wait_for_selector(".credits-pill")
    return page, errors


@pytest.fixture(scope="module")
def studio(tmp_path_factory):  # type: ignore[no-untyped-def]
    from filmstudio.app import create_app
    from filmstudio.config import Settings

    data = tmp_path_factory.mktemp("web-admin")
    settings = Settings(data_dir=data / "data", cache_dir=data / "cache")
    app = create_app(settings)
    with serving(app) as base:
        yield base, settings, app


def test_admin_pages_and_analytics_charts(browser, studio, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    base, settings, app = studio
    shots = tmp_path_factory.mktemp("screenshots-admin")
    with TestClient(app) as client:
        register_and_login(client, "owner@example.com")  # the first account: the admin
        register_and_login(client, "ravi@example.com")
    with session_scope(session_factory(settings)) as session:
        ravi = session.query(User).filter_by(email="ravi@example.com").one()
        project = Project(user_id=ravi.user_id, title="Monsoon", script="Rain.", status="failed")
        session.add(project)
        session.flush()
        session.add(
            Job(
                job_id=uuid.uuid4(),
                project_id=project.project_id,
                status="failed",
                error_message="Voice synthesis failed",
                completed_at=datetime.now(UTC),
                parameters={"settings": {}, "credits": 1},
            )
        )

    page, errors = _signed_in(browser, base, shots, "owner@example.com")
    page.click("nav >> text=Admin")
    page.wait_for_selector("#admin-users")
    assert page.locator("#admin-users tbody tr").count() == 2
    assert "Voice synthesis failed" in page.inner_text("#failed-jobs")
    page.fill("#f-q", "ravi")
    page.click("button:has-text('Search')")
    page.wait_for_function("() => document.querySelectorAll('#admin-users tbody tr').length === 1")
    page.screenshot(path=shots / "admin.png", full_page=True)

    page.click("#admin-users >> text=ravi@example.com")
    page.wait_for_selector("#adjust-credits")
    page.fill("#f-amount", "7")
    page.fill("#f-reason", "A gift for the monsoon film")
    page.click("button:has-text('Adjust credits')")
    page.wait_for_function("() => document.querySelector('#admin-balance').textContent === '10 credits'")
    assert "A gift for the monsoon film" in page.inner_text("#admin-ledger")
    page.screenshot(path=shots / "admin-user.png", full_page=True)

    page.click("text=Analytics")
    page.wait_for_selector(".chart svg")
    assert page.locator(".chart").count() == 8
    assert page.locator(".chart svg rect.bar").count() >= 30  # a bar a day, and the plans
    signups = page.get_attribute(".chart:has-text('Signups') svg", "aria-label")
    assert signups.endswith(" 2") or " 2," in signups  # both accounts signed up today
    assert page.inner_text("#stat-mrr strong") == "$0"
    page.screenshot(path=shots / "analytics.png", full_page=True)
    page.click("text=By week")
    page.wait_for_function("() => location.hash.includes('period=week') && document.querySelector('.chart svg')")
    assert errors == []


def test_a_pro_user_makes_uses_and_revokes_an_api_key(browser, studio, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    import httpx
    from sqlalchemy import update

    base, settings, app = studio
    shots = tmp_path_factory.mktemp("screenshots-api-keys")
    with TestClient(app) as client:
        register_and_login(client, "pro@example.com")
    with session_scope(session_factory(settings)) as session:
        session.execute(update(User).where(User.email == "pro@example.com").values(tier="pro"))
    page, errors = _signed_in(browser, base, shots, "pro@example.com")
    page.click("nav >> text=Account")
    page.wait_for_selector("#new-api-key")
    assert "null" not in page.inner_text("nav") and "Admin" not in page.inner_text("nav")  # not the admin
    page.fill("#f-key_name", "nightly export")
    page.click("#new-api-key button[type=submit]")
    page.wait_for_selector("#api-key-secret")
    key = page.inner_text("#api-key-secret")
    assert key.startswith("fsk_") and "nightly export" in page.inner_text("#api-key-list")
    page.screenshot(path=shots / "api-keys.png", full_page=True)
    listed = httpx.get(f"{base}/api/v1/projects", headers={"X-API-Key": key})
    assert listed.status_code == 200  # the read scopes were ticked by default
    assert (
        httpx.post(
            f"{base}/api/v1/projects", headers={"X-API-Key": key}, json={"title": "x", "script": "The sea."}
        ).status_code
        == 403
    )
    page.click("#api-key-list button:has-text('Revoke')")
    page.wait_for_function("() => document.querySelector('#api-key-list').textContent.includes('revoked')")
    assert httpx.get(f"{base}/api/v1/projects", headers={"X-API-Key": key}).status_code == 401
    assert errors == []
