"""The web app in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Skips with a clear message when Chromium or Playwright is missing; `.ci/run`
installs Chromium in CI.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
FIXTURES = Path(__file__).parent / "fixtures" / "web"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)"),
]


def _load_seeded():
    spec = importlib.util.spec_from_file_location("web_seeded", FIXTURES / "seeded.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    import uvicorn

    from rashomon.interfaces.api import create_app
    from rashomon.store import open_store

    db = _load_seeded().seeded_db(tmp_path_factory)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start within 30 s"
        time.sleep(0.05)
    # The server indexes new articles for search in the background; wait until it has all of them.
    with open_store(db) as store:
        while store.pending("search"):
            assert time.monotonic() < deadline + 120, "the search index did not catch up"
            time.sleep(0.2)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api", reason="browser tests need Playwright for Python")
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    opened = context.new_page()
    opened.set_default_timeout(60_000)  # the first story page computes the comparison
    dialogs = []
    opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    opened.dialogs = dialogs
    yield opened
    context.close()


def test_story_list_to_side_by_side_accounts_and_contested_evidence(page, base_url):
    page.goto(base_url + "/")
    row = page.locator(".story-row", has=page.locator("h3 a", has_text="Russia’s Foreign Ministry"))
    assert row.count() == 1
    story_link = row.locator("h3 a")
    assert row.locator(".lang", has_text="en").count() == 1 and row.locator(".lang", has_text="uk").count() == 1

    story_link.click()
    page.wait_for_selector(".account")
    english, ukrainian = page.locator(".account[lang=en]"), page.locator(".account[lang=uk]")
    assert english.count() == 1 and ukrainian.count() == 1
    assert "Rubio" in english.inner_text() and "Рубіо" in ukrainian.inner_text()
    left, right = english.bounding_box(), ukrainian.bounding_box()
    assert abs(left["y"] - right["y"]) < 5 and left["x"] != right["x"], "accounts are not side by side"

    assert page.locator(".ev.hl").count() == 0
    contested = page.locator(".claims.contested .claim-button").first
    contested.click()
    assert contested.get_attribute("aria-pressed") == "true"
    for account in (english, ukrainian):
        marked = account.locator(".ev.hl")
        assert marked.count() > 0
        assert marked.first.evaluate("el => getComputedStyle(el).backgroundColor") != "rgba(0, 0, 0, 0)"
    contested.click()  # a second click clears the highlight
    assert page.locator(".ev.hl").count() == 0


def test_english_search_finds_the_ukrainian_article(page, base_url):
    page.goto(base_url + "/")
    page.fill("#top-q", "Rubio and Lavrov meeting put on hold")
    page.press("#top-q", "Enter")
    page.wait_for_selector(".hits")
    ukrainian_hit = page.locator(".hit.article[data-language=uk] a").first
    assert ukrainian_hit.count() == 1
    ukrainian_hit.click()
    page.wait_for_selector("article.single")
    assert page.locator("article.single").get_attribute("lang") == "uk"
    assert "Рубіо" in page.locator("article.single .text").inner_text()


def test_no_script_from_a_hostile_article_runs(page, base_url):
    page.goto(base_url + "/search?q=dock+workers+strike")
    page.locator(".hit.article a").first.click()
    page.wait_for_selector("article.single")
    assert "<script>" in page.locator("article.single .text").inner_text()  # shown as text
    assert page.evaluate("document.body.dataset.pwned") is None
    assert page.evaluate("document.title").startswith("<script>")
    assert page.dialogs == []
    assert page.locator("a[href^='javascript:']").count() == 0
