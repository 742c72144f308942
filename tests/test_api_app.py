"""The REST API and web pages over a store holding the seeds and a hostile article."""

from __future__ import annotations

import importlib.util
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import rashomon
from rashomon.interfaces.api import CONTENT_SECURITY_POLICY, create_app

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "examples" / "seeds"
FIXTURES = Path(__file__).parent / "fixtures" / "web"
TOKEN = "test-token-123"


def _load_seeded():
    spec = importlib.util.spec_from_file_location("web_seeded", FIXTURES / "seeded.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


seeded = _load_seeded()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return seeded.seeded_db(tmp_path_factory)


@pytest.fixture(scope="module")
def ids(db):
    with rashomon.open(db) as ws:
        articles = list(ws.articles())
    by_language = {a.language: a for a in articles if a.path.startswith(str(SEEDS))}
    hostile = next(a for a in articles if a.path.endswith("hostile.jsonl"))
    return {"en": by_language["en"], "uk": by_language["uk"], "hostile": hostile}


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


@pytest.fixture
def writer(new_db):
    """A client with write access over a fresh copy of the seeds (on each backend)."""
    path = new_db("write")
    with rashomon.open(path) as ws:
        ws.ingest([str(SEEDS)], published="2025-10-22", stories=False, stages=["language"])
        ws.ingest([str(FIXTURES / "hostile.jsonl")], stories=False, stages=["language"])
    return TestClient(create_app(path, token=TOKEN, allow_private=True))


def auth(token: str = TOKEN) -> dict:
    return {"Authorization": f"Bearer {token}"}


# --------------------------------------------------------------------------- reading


def test_seed_story_lists_both_languages(client, ids):
    stories = client.get("/api/stories").json()
    seed_story = next(s for s in stories if ids["en"].id in s["article_ids"])
    assert ids["uk"].id in seed_story["article_ids"]
    assert set(seed_story["languages"]) >= {"en", "uk"}
    assert seed_story["path"] == f"/stories/{seed_story['id']}"

    only_uk = client.get("/api/stories", params={"language": "uk"}).json()
    assert [s["id"] for s in only_uk] == [seed_story["id"]]
    later = client.get("/api/stories", params={"since": "2025-10-23"}).json()
    assert seed_story["id"] not in [s["id"] for s in later]

    dossier = client.get(f"/api/stories/{seed_story['id']}").json()
    assert {a["language"] for a in dossier["articles"]} == {"en", "uk"}
    for claim in dossier["claims"]:
        for evidence in claim["evidence"] + [e for side in claim["sides"] for e in side["evidence"]]:
            text = next(a["text"] for a in dossier["articles"] if a["id"] == evidence["article_id"])
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_article_endpoint_returns_the_stored_text(client, ids):
    article = client.get(f"/api/articles/{ids['uk'].id}").json()
    assert article["language"] == "uk"
    assert "Рубіо" in article["text"]
    listed = client.get("/api/articles", params={"language": "uk"}).json()
    assert [a["id"] for a in listed] == [ids["uk"].id]


def test_openapi_documents_the_routes(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/stories", "/api/stories/{story_id}", "/api/search", "/api/feeds", "/api/prune", "/api/export"):
        assert path in spec["paths"]


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/api/articles/no-such-id", 404, "no article with ID 'no-such-id'"),
        ("/api/stories/no-such-story", 404, "no-such-story"),
        ("/api/stories?limit=0", 400, "limit must be between 1 and 500"),
        ("/api/stories?limit=lots", 422, "limit"),
        ("/api/stories?since=yesterday", 400, "since 'yesterday' is not an ISO 8601 date"),
        ("/api/stories?since=2025-10-23&until=2025-10-01", 400, "is after until"),
        ("/api/search?q=%20", 400, "the search query is empty"),
        ("/api/search?q=x&kind=person", 422, "kind"),
        ("/api/search", 422, "q"),
        ("/api/stories/x/export?format=pdf", 422, "format"),
        ("/api/entities/nobody", 404, "nobody"),
    ],
)
def test_bad_input_gets_a_4xx_with_a_clear_message(client, url, status, words):
    response = client.get(url)
    assert response.status_code == status, response.text
    assert words in response.json()["error"]


def test_bad_input_to_pages_gets_an_html_error_page(client):
    response = client.get("/stories/no-such-story")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]
    assert "no-such-story" in response.text
    assert client.get("/?since=notadate").status_code == 400


# --------------------------------------------------------------------------- security


def test_every_response_carries_a_strict_csp(client, ids):
    for url in ("/", f"/articles/{ids['en'].id}", "/api/stories", "/static/app.js", "/api/articles/missing"):
        headers = client.get(url).headers
        assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert headers["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" not in CONTENT_SECURITY_POLICY


def test_hostile_article_is_escaped_everywhere(client, ids):
    hostile = ids["hostile"]
    pages = [client.get(f"/articles/{hostile.id}").text, client.get("/").text, client.get("/search", params={"q": "strike Gdansk"}).text]
    for page in pages:
        assert "<script>document" not in page
        assert "<img src=x" not in page
        assert "<b onmouseover" not in page
        assert "<svg onload" not in page
        assert 'href="javascript:' not in page
        # Every <script> on the page is the one static file.
        assert page.count("<script") == 1 and '<script src="/static/app.js" defer></script>' in page
    article_page = pages[0]
    assert "&lt;script&gt;document.body.dataset.pwned=" in article_page
    assert "Evil Wire" in article_page


def test_writes_are_refused_on_a_read_only_server(client, ids):
    response = client.delete(f"/api/articles/{ids['en'].id}")
    assert response.status_code == 403
    assert "read-only" in response.json()["error"] and "--token" in response.json()["error"]
    assert client.post("/api/feeds", json={"url": "https://example.org/rss"}).status_code == 403
    assert client.get(f"/api/articles/{ids['en'].id}").status_code == 200


def test_writes_need_the_right_token(writer):
    article_id = writer.get("/api/articles").json()[0]["id"]
    assert writer.delete(f"/api/articles/{article_id}").status_code == 401
    assert writer.delete(f"/api/articles/{article_id}", headers=auth("wrong")).status_code == 401
    response = writer.delete(f"/api/articles/{article_id}", headers=auth())
    assert response.status_code == 200 and response.json() == {"deleted": 1}
    assert writer.get(f"/api/articles/{article_id}").status_code == 404
    assert writer.delete(f"/api/articles/{article_id}", headers=auth()).status_code == 404


# --------------------------------------------------------------------------- retention


def test_delete_a_source_and_prune_by_date(writer):
    evil = writer.get("/api/articles").json()
    hostile_source = next(a["source"] for a in evil if a["path"].endswith("hostile.jsonl"))
    response = writer.delete(f"/api/sources/{hostile_source}", headers=auth())
    assert response.json() == {"deleted": 1}
    assert writer.delete("/api/sources/nobody", headers=auth()).status_code == 404

    assert writer.post("/api/prune", json={"before": "2025-10-22"}, headers=auth()).json() == {"deleted": 0}
    assert writer.post("/api/prune", json={"before": "2025-10-23"}, headers=auth()).json() == {"deleted": 2}
    assert writer.get("/api/articles").json() == []
    bad = writer.post("/api/prune", json={"before": "last week"}, headers=auth())
    assert bad.status_code == 400 and "last week" in bad.json()["error"]
    assert writer.post("/api/prune", json={}, headers=auth()).status_code == 422


# --------------------------------------------------------------------------- ingest and feeds


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        body = (FIXTURES / "grain.html").read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def page_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_ingest_a_url_through_the_api(writer, page_server, new_db):
    response = writer.post("/api/ingest", json={"url": f"{page_server}/grain.html"}, headers=auth())
    assert response.status_code == 200, response.text
    stored = response.json()["stored"]
    assert len(stored) == 1
    assert writer.get(f"/api/articles/{stored[0]}").json()["title"] == "Grain terminal reopens in Odesa after repairs"

    # A server that does not allow private addresses refuses loopback.
    guarded = TestClient(create_app(new_db("guarded"), token=TOKEN))
    refused = guarded.post("/api/ingest", json={"url": f"{page_server}/grain.html"}, headers=auth())
    assert refused.status_code == 422 and "private" in refused.json()["error"]
    for local in ("file:///etc/passwd", "/etc/passwd", "examples/seeds"):
        bad = guarded.post("/api/ingest", json={"url": local}, headers=auth())
        assert bad.status_code == 400 and "only http(s) URLs" in bad.json()["error"]
    assert guarded.get("/api/articles").json() == []


def test_add_and_remove_a_feed(writer):
    added = writer.post("/api/feeds", json={"url": "https://example.org/rss"}, headers=auth())
    assert added.status_code == 200 and added.json()["url"] == "https://example.org/rss"
    assert [f["url"] for f in writer.get("/api/feeds").json()] == ["https://example.org/rss"]
    bad = writer.post("/api/feeds", json={"url": "ftp://example.org/rss"}, headers=auth())
    assert bad.status_code == 400 and "http" in bad.json()["error"]
    assert writer.delete("/api/feeds", params={"url": "https://example.org/rss"}, headers=auth()).status_code == 200
    assert writer.get("/api/feeds").json() == []


# --------------------------------------------------------------------------- search


def test_english_query_finds_the_ukrainian_seed(client, ids):
    hits = client.get("/api/search", params={"q": "Rubio Lavrov meeting", "language": "uk"}).json()
    assert hits and hits[0]["id"] == ids["uk"].id
    assert set(hits[0]) >= {"kind", "id", "title", "language", "source", "path", "snippet", "score"}
    everything = client.get("/api/search", params={"q": "meeting of the top diplomats before the summit", "kind": "article"}).json()
    ranked = [hit["id"] for hit in everything]
    # Both seeds come before the unrelated dock strike, whatever the language.
    assert ranked.index(ids["uk"].id) < ranked.index(ids["hostile"].id)
    assert ranked.index(ids["en"].id) < ranked.index(ids["hostile"].id)


def test_whole_store_export_is_reingestible(client, ids, tmp_path, new_db):
    response = client.get("/api/export")
    assert response.headers["content-type"].startswith("application/x-ndjson")
    records = [json.loads(line) for line in response.text.splitlines()]
    assert {r["id"] for r in records} == {ids["en"].id, ids["uk"].id, ids["hostile"].id}
    exported = tmp_path / "export.jsonl"
    exported.write_text(response.text, encoding="utf-8")
    with rashomon.open(new_db("again")) as ws:
        result = ws.ingest([str(exported)], stories=False)
        again = {a.id: a for a in ws.articles()}
    assert set(result.stored) == {ids["en"].id, ids["uk"].id, ids["hostile"].id}
    assert again[ids["uk"].id].text == ids["uk"].text
    assert again[ids["hostile"].id].source == ids["hostile"].source


def test_story_page_groups_quotes_by_speaker_across_languages(client, ids):
    story_id = client.get(f"/api/articles/{ids['en'].id}").json()["story_id"]
    page = client.get(f"/stories/{story_id}").text
    quotes = page[page.index('id="quotes-h"') : page.index('id="entities-h"')]
    # A speaker resolved to one entity gathers what both outlets quote, in both languages.
    groups = quotes.split("<dt>")[1:]
    assert any('<dd lang="en">' in group and '<dd lang="uk">' in group for group in groups)
    assert f'href="/articles/{ids["uk"].id}#q' in quotes
    article = client.get(f"/articles/{ids['en'].id}").text
    assert '<mark class="quote" id="q' in article


def test_story_corrections_merge_split_and_move(tmp_db):
    path = tmp_db
    with rashomon.open(path) as ws:
        ws.ingest([str(seeded.SEEDS), str(FIXTURES / "hostile.jsonl")], published="2025-10-22", stages=["language"])
        by_language = {}
        for article in ws.articles():
            by_language.setdefault(article.language, []).append(article)
    writer = TestClient(create_app(path, token=TOKEN))
    seeds_story = by_language["uk"][0].story_id
    hostile = next(a for a in by_language["en"] if a.path.endswith("hostile.jsonl"))
    assert hostile.story_id != seeds_story

    assert len(writer.get("/api/stories").json()) == 2
    merged = writer.post("/api/stories/merge", json={"ids": [seeds_story, hostile.story_id]}, headers=auth())
    assert merged.status_code == 200, merged.text
    assert [s["id"] for s in writer.get("/api/stories").json()] == [seeds_story]  # the list shows it at once
    assert hostile.id in merged.json()["article_ids"] and len(merged.json()["article_ids"]) == 3
    # The merged-away ID now resolves to the survivor.
    assert writer.get(f"/api/stories/{hostile.story_id}").json()["story"]["id"] == seeds_story

    split = writer.post(f"/api/stories/{seeds_story}/split", json={"article_ids": [hostile.id]}, headers=auth())
    assert split.status_code == 200 and split.json()["article_ids"] == [hostile.id]
    moved = writer.post(f"/api/articles/{hostile.id}/move", json={"story_id": seeds_story}, headers=auth())
    assert moved.status_code == 200 and hostile.id in moved.json()["article_ids"]

    same = writer.post("/api/stories/merge", json={"ids": [seeds_story, seeds_story]}, headers=auth())
    assert same.status_code == 400 and "already the same story" in same.json()["error"]
    assert writer.post("/api/stories/merge", json={"ids": [seeds_story]}, headers=auth()).status_code == 422
    missing = writer.post("/api/articles/nope/move", json={"story_id": seeds_story}, headers=auth())
    assert missing.status_code == 404
    assert writer.post("/api/stories/merge", json={"ids": [seeds_story, "s_x"]}).status_code == 401


def test_entities_across_scripts_on_list_and_story_page(client, ids):
    story_id = client.get(f"/api/articles/{ids['en'].id}").json()["story_id"]
    listed = next(s for s in client.get("/api/stories").json() if s["id"] == story_id)
    assert "e_marco-rubio" in listed["top_entities"]
    by_entity = client.get("/api/stories", params={"entity": "e_marco-rubio"}).json()
    assert [s["id"] for s in by_entity] == [story_id]
    assert client.get("/api/stories", params={"entity": "e_nobody"}).json() == []

    page = client.get(f"/stories/{story_id}").text
    table = page[page.index('id="entities-h"') : page.index('id="timeline-h"')]
    row = next(r for r in table.split("<tr>") if 'href="/entities/e_marco-rubio"' in r)
    assert "Marco Rubio" in row and "Марко Рубіо" in row  # one entity, its name in each language
    entity_page = client.get("/entities/e_marco-rubio").text
    assert f"/stories/{story_id}" in entity_page
    # Entity pages and story chips name the entity in the reader's language.
    ukrainian = {"accept-language": "uk,en;q=0.5"}
    assert "<h1>Марко Рубіо" in client.get("/entities/e_marco-rubio", headers=ukrainian).text
    assert "<h1>Marco Rubio" in entity_page
    chips = client.get("/", headers=ukrainian).text
    assert ">Марко Рубіо</a>" in chips and ">Marco Rubio</a>" not in chips


def test_story_page_speaks_the_browsers_language_when_the_story_has_it(client, ids):
    import re

    story_id = client.get(f"/api/articles/{ids['en'].id}").json()["story_id"]

    def first_brief_language(accept_language: str) -> str:
        page = client.get(f"/stories/{story_id}", headers={"Accept-Language": accept_language}).text
        brief = page[page.index('id="brief-h"') :]
        return re.search(r'<li lang="(\w+)"', brief).group(1)

    assert first_brief_language("en-GB,en;q=0.9") == "en"
    assert first_brief_language("uk-UA,uk;q=0.9,en;q=0.8") == "uk"
    assert first_brief_language("de;q=1.0,en;q=0.5") == "en"  # no German account: the next one it has
    assert first_brief_language("fr") in {"en", "uk"}  # neither: the story's main language


def test_a_reader_language_that_is_not_a_language_code_is_a_clear_400(client, ids):
    story_id = client.get(f"/api/articles/{ids['en'].id}").json()["story_id"]
    response = client.get(f"/api/stories/{story_id}", params={"reader_language": "<script>"})
    assert response.status_code == 400 and "not an ISO 639 code" in response.json()["error"]
    assert client.get(f"/stories/{story_id}", params={"lang": "english!"}).status_code == 400
    assert client.get(f"/api/stories/{story_id}", params={"reader_language": "UK"}).status_code == 200
