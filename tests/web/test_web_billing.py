"""Paying from the web studio, in Chromium: a Free user's two-character film is refused, the user
subscribes to Standard on the plans page (test mode: Stripe's test card, charged from the server), the
tier and limits change, the same film now generates, and the credits page shows the grant and the
invoice. Stripe's webhooks reach the studio over real HTTP meanwhile."""

from __future__ import annotations

import pytest

from tests.billing_helpers import TWO_PEOPLE, balance_and_ledger
from tests.servers import serving
from tests.stripe_server import StripeServer
from tests.web.pages import Page

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def stripe_fake():  # type: ignore[no-untyped-def]
    with StripeServer() as server:
        yield server


@pytest.fixture(scope="module")
def studio(tmp_path_factory, stripe_fake):  # type: ignore[no-untyped-def]
    from filmstudio.app import create_app
    from filmstudio.config import Settings

    data = tmp_path_factory.mktemp("web-billing")
    settings = Settings(data_dir=data / "data", cache_dir=data / "cache", **stripe_fake.settings())
    with serving(create_app(settings, workers=True)) as base:
        stripe_fake.state.webhook_url = f"{base}/api/v1/webhooks/stripe"
        yield base, settings


def test_a_free_user_subscribes_and_makes_the_film_that_was_refused(browser, studio, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    base, settings = studio
    shots = tmp_path_factory.mktemp("screenshots-billing")
    page = Page(browser.new_page(viewport={"width": 1280, "height": 900}), shots)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{base}/#/signup")
    page.fill("#f-full_name", "Asha Rao")
    page.fill("#f-email", "asha@example.com")
    page.fill("#f-password", "SecurePass123!")
    page.click("button[type=submit]")
    page.wait_for_selector(".credits-pill")
    assert page.inner_text("#plan-pill") == "Free"

    def preview() -> None:
        page.goto(f"{base}/#/new")
        page.fill("#f-title", "Two at the Harbour")
        page.fill("#f-script", TWO_PEOPLE)
        page.check("input[name=duration_choice][value=custom]")
        page.fill("#f-duration", "6")
        page.click("text=Preview storyboard")
        page.wait_for_selector("#storyboard h2")

    preview()
    assert page.locator(".warning").count() >= 1 and "character" in page.inner_text(".warning")
    assert page.is_disabled("button:has-text('Generate film')")  # refused on Free
    page.screenshot(path=shots / "refused.png", full_page=True)

    page.click("nav >> text=Plans")
    page.wait_for_selector("text=Test mode")
    page.screenshot(path=shots / "plans-free.png", full_page=True)
    page.click("button[data-plan=standard]")
    page.wait_for_selector("#subscription")  # the plan and its renewal date
    assert page.inner_text("#plan-pill") == "Standard"
    assert "renews on" in page.inner_text("#subscription")
    assert page.inner_text(".credits-pill") == "33 credits"
    page.screenshot(path=shots / "plans-standard.png", full_page=True)

    preview()
    assert page.locator(".warning").count() == 0
    page.click("button:has-text('Generate film')")
    page.wait_for_selector("video", timeout=180_000)  # the film that was refused is made
    page.click("nav >> text=Credits")
    page.wait_for_selector("#invoices")
    history = page.inner_text("main")
    assert "Standard plan: 30 credits for the month" in history
    assert "$39.00" in page.inner_text("#invoices") and "paid" in page.inner_text("#invoices")
    page.screenshot(path=shots / "credits.png", full_page=True)

    page.click("#buy-credits")  # a credit pack with the test card
    page.wait_for_function("() => document.querySelector('.credits-pill').textContent === '42 credits'")
    assert balance_and_ledger(settings, "asha@example.com") == (42, 42)  # 33 - 1 for the film + 10
    assert errors == []
