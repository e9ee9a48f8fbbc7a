"""The fleet page in a real headless browser: log in through the form, see the silent kiosk in red
and the growing queue highlighted, and keep a picture for docs/fleet.md.

Uses Debian's chromium (`apt-get install chromium`) driven by the `playwright` package; nothing is
downloaded. Set CHANGTONG_UPDATE_DOCS_IMAGES=1 to refresh docs/images/fleet.png.
"""

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from server.db_types import utcnow
from tests.conftest import Agency
from tests.fleet.fleet_kit import seed_fleet

CHROMIUM = Path("/usr/bin/chromium")
DOCS_IMAGE = Path(__file__).parents[2] / "docs" / "images" / "fleet.png"

pytestmark = [
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    playwright_api = pytest.importorskip(
        "playwright.sync_api", reason="needs the playwright package (dev extras)"
    )
    with playwright_api.sync_playwright() as driver:
        chromium = driver.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu"],
        )
        try:
            yield chromium
        finally:
            chromium.close()


def test_staff_log_in_and_see_silent_kiosks_and_growing_queues_highlighted(
    agency: Agency, browser: Any, tmp_path: Path
) -> None:
    seed_fleet(agency, utcnow())
    context = browser.new_context(viewport={"width": 1360, "height": 900}, locale="zh-CN")
    page = context.new_page()
    try:
        page.goto(f"{agency.url}/fleet")
        assert page.url.endswith("/fleet/login")
        page.fill("#username", "reviewer")
        page.fill("#password", agency.staff_passwords["reviewer"])
        page.click("button[type=submit]")
        page.wait_for_url(f"{agency.url}/fleet")

        assert page.title() == "自助终端运行监控"
        silent = page.locator('tr[data-kiosk="kiosk-222405-003"]')
        assert "失联" in silent.inner_text()
        red = silent.locator("td").first.evaluate("e => getComputedStyle(e).backgroundColor")
        assert red == "rgb(253, 230, 228)"
        growing = page.locator('tr[data-kiosk="kiosk-222405-002"]')
        assert "持续增长" in growing.inner_text()
        amber = growing.locator("td").first.evaluate("e => getComputedStyle(e).backgroundColor")
        assert amber == "rgb(255, 243, 214)"
        assert "同一收款账户" in page.locator("ul.flags").inner_text()

        session = next(c for c in context.cookies() if c["name"] == "changtong_fleet")
        assert session["httpOnly"] and session["sameSite"] == "Strict"
        assert page.evaluate("document.cookie") == ""  # scripts cannot read the session

        shot = tmp_path / "fleet.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 20_000
        if os.environ.get("CHANGTONG_UPDATE_DOCS_IMAGES"):
            DOCS_IMAGE.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(shot, DOCS_IMAGE)

        page.click("header button[type=submit]")
        page.wait_for_url(f"{agency.url}/fleet/login")
    finally:
        context.close()
