"""The story, article and list pages show an escaped title once and quotations in one pair of marks
(issue 11, item 6)."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

import rashomon
from rashomon.interfaces.api import create_app

TITLE = "Minister: &quot;No talks were ever scheduled&quot;"
TEXTS = [
    "The minister said on Tuesday that no talks had been scheduled with the neighbouring country. "
    "“There was nothing to postpone,” the minister told reporters in the capital on Tuesday evening.",
    "The foreign minister said that talks with the neighbouring country had never been scheduled. "
    "“We never agreed on a date,” the minister said at a press conference in the capital.",
]


def _page_texts(tmp_path):
    corpus = tmp_path / "feed.jsonl"
    rows = [{"title": TITLE, "text": text, "source": f"outlet{k}", "language": "en", "date": "2025-10-22"}
            for k, text in enumerate(TEXTS)]
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    db = str(tmp_path / "page.db")
    with rashomon.open(db) as ws:
        ws.ingest([str(corpus)])
        articles = list(ws.articles())
    client = TestClient(create_app(db))
    story = articles[0].story_id
    return [client.get(path).text for path in ("/", f"/stories/{story}", f"/articles/{articles[0].id}")]


def test_titles_are_unescaped_once_and_quotations_have_one_pair_of_marks(tmp_path):
    for html in _page_texts(tmp_path):
        assert "&amp;quot;" not in html
        assert "Minister: &#34;No talks were ever scheduled&#34;" in html
        assert "<q>“" not in html and "”</q>" not in html
