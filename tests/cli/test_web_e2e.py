"""End to end in the Debian Chromium, driven by Playwright (pointed at /usr/bin/chromium; no
browser download): first start on loopback, accounts, a new election, the same paper sheet
typed by two clerks with one deliberate difference, the checks shown as the clerk types, the
reviewer resolving the difference, verifying, and printing the report to PDF (A4).

``TALLYKIT_SCREENSHOTS=DIR`` also writes the pages as PNG (docs/serve-*.png come from here).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.cli.chromium import chromium
from tests.cli.web_support import ELECTED, NEW_ELECTION, PASSWORD, SHEET, Server

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def browser(tmp_path: Path) -> Any:
    binary = chromium()
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=binary,
            headless=True,
            args=CHROMIUM_ARGS,
            locale="zh-CN",
            viewport={"width": 1280, "height": 900},
        )
        context.set_default_timeout(120_000)  # a busy machine is slow, never wrong
        try:
            yield context
        finally:
            context.close()


def shot(page: Any, name: str) -> None:
    folder = os.environ.get("TALLYKIT_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(Path(folder) / f"serve-{name}.png"), full_page=False)


def login(page: Any, url: str, name: str) -> None:
    page.goto(f"{url}/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{url}/elections")


def logout(page: Any) -> None:
    page.click("header button.link")
    page.wait_for_url("**/login")


def type_sheet(page: Any, values: dict[str, str], elected: list[str]) -> None:
    for name, value in values.items():
        if name.startswith("n:"):
            page.fill(f'input[name="{name}"]', value)
    for person in elected:
        page.check(f'input[name="names:/rounds/0/declared/elected/委员"][value="{person}"]')


def test_two_clerks_one_difference_resolved_verified_printed(browser: Any, tmp_path: Path) -> None:
    server = Server(tmp_path / "data").start()
    try:
        page = browser.new_page()
        url = server.url
        # first start on loopback: the administrator is created in the browser
        page.goto(url)
        page.wait_for_url(f"{url}/setup")
        page.fill("input[name=name]", "admin")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{url}/admin/users")
        for name, role in (("clerk1", "clerk"), ("clerk2", "clerk"), ("reviewer", "reviewer")):
            page.fill("form[action='/admin/users'] input[name=name]", name)
            page.fill("form[action='/admin/users'] input[name=password]", PASSWORD)
            page.select_option("form[action='/admin/users'] select[name=role]", role)
            page.click("form[action='/admin/users'] button[type=submit]")
            page.wait_for_selector(f"text={name}")
        logout(page)

        # clerk 1 creates the election and types the sheet; the checks follow the typing
        login(page, url, "clerk1")
        page.click("text=新建选举")
        for key in ("township", "organization", "date"):
            page.fill(f"input[name={key}]", NEW_ELECTION[key])
        page.select_option("select[name=kind]", NEW_ELECTION["kind"])
        page.select_option("select[name=profile]", NEW_ELECTION["profile"])
        page.fill("textarea[name=positions]", NEW_ELECTION["positions"])
        page.fill("textarea[name=candidates]", NEW_ELECTION["candidates"])
        page.click("main form button[type=submit]")
        page.wait_for_selector("#enter")
        election = page.url
        page.click("#enter")
        page.wait_for_selector("#check-list li")
        type_sheet(page, {**SHEET, "n:/rounds/0/ballots/valid": "38"}, ELECTED)
        page.wait_for_selector("#check-list li[data-code='TK-BALLOTS-1']")
        assert "flag-error" in page.get_attribute(
            'input[name="n:/rounds/0/ballots/valid"]', "class"
        )
        shot(page, "entry")
        page.fill('input[name="n:/rounds/0/ballots/valid"]', "39")
        page.wait_for_selector("#check-list li[data-code='TK-BALLOTS-1']", state="detached")
        page.click("#submit")
        page.wait_for_url(election)
        logout(page)

        # clerk 2 types the same sheet and misreads one number
        login(page, url, "clerk2")
        page.goto(election)
        page.click("#enter")
        type_sheet(page, {**SHEET, "n:/rounds/0/tally/委员/刘芳": "23"}, ELECTED)
        page.click("#submit")
        page.wait_for_url(election)
        assert "待核对" in page.inner_text("h1")
        logout(page)

        # the reviewer sees the one difference, keeps the first entry's value, verifies, prints
        login(page, url, "reviewer")
        page.goto(election)
        page.click("#compare")
        rows = page.locator("tr.difference")
        assert rows.count() == 1
        assert rows.first.get_attribute("data-path") == "/rounds/0/tally/委员/刘芳"
        shot(page, "compare")
        page.check("input[name='choice:/rounds/0/tally/委员/刘芳'][value=first]")
        page.click("#resolve")
        page.wait_for_url(election)
        page.click("#verify")
        page.wait_for_url("**/report")
        assert page.inner_text("span.status") == "通过"
        assert "刘芳" in page.inner_text("body")
        shot(page, "report")
        pdf = tmp_path / "report.pdf"
        page.emulate_media(media="print")
        page.pdf(path=str(pdf), format="A4")
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF") and b"/MediaBox [0 0 595" in data
        page.goto(f"{url}/elections")
        assert page.locator("text=通过").count() >= 1
        shot(page, "list")
    finally:
        server.stop()
