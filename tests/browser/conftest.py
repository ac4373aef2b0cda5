"""A real headless Chromium for the pages' tests: Playwright (PyPI) driving the system's
Chromium (Debian's `chromium`, or IMOJE_CHROMIUM), since no machine here can download
Playwright's own browser build. Without one, the tests are skipped, saying how to get it."""

import os
import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

CHROMIUM = os.environ.get("IMOJE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
MISSING = "no Chromium for the browser tests: apt-get install chromium (.ci/run does it), or IMOJE_CHROMIUM=/path"


# Per module, not per session: Playwright's sync API keeps an event loop running on this
# thread while it lives, and later tests that call asyncio.run() would find it.
@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    if CHROMIUM is None:
        pytest.skip(MISSING)
    with sync_playwright() as playwright:
        # --no-sandbox: CI runs as root, where Chromium's own sandbox refuses to start.
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(chromium: Browser) -> Iterator[Page]:
    context = chromium.new_context(locale="pl-PL", viewport={"width": 900, "height": 900})
    context.set_default_timeout(10_000)
    opened = context.new_page()
    yield opened
    context.close()
