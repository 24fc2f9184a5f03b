"""What the web studio's browser tests share: a page whose waits say what it showed, and a new account
on the new-film form."""

from __future__ import annotations

from pathlib import Path


class Page:
    """A page whose waits, on timeout, say what the page was showing (and keep a screenshot of it)."""

    def __init__(self, page, shots: Path) -> None:  # type: ignore[no-untyped-def]
        self._page, self._shots = page, shots

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._page, name)

    def wait_for_selector(self, selector: str, timeout: float = 60_000):  # type: ignore[no-untyped-def]
        try:
            return self._page.wait_for_selector(selector, timeout=timeout)
        except Exception as exc:
            self._page.screenshot(path=self._shots / "failure.png", full_page=True)
            shown = self._page.evaluate("() => document.getElementById('main').innerText")
            raise AssertionError(f"waiting for {selector!r}; the page shows: {shown[:800]!r}") from exc


def new_film_page(browser, studio_url: str, shots: Path, email: str):  # type: ignore[no-untyped-def]
    """A new account's page on the new-film form."""
    page = Page(browser.new_page(viewport={"width": 1280, "height": 900}), shots)
    page.goto(f"{studio_url}#/signup")
    page.fill("#f-full_name", "Film Maker")
    page.fill("#f-email", email)
    page.fill("#f-password", "SecurePass123!")
    page.click("button[type=submit]")
    page.wait_for_selector(".credits-pill")
    page.goto(f"{studio_url}#/new")
    page.wait_for_selector("#f-script")
    return page
