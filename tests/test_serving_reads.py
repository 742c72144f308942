"""Read paths the web app takes on every request: counts kept until a commit, stories read together."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

import rashomon
from rashomon.interfaces.cli import main
from rashomon.store import open_store

FIXTURES = Path(__file__).parent / "fixtures" / "stories"


def test_versions_follow_every_commit_of_this_and_other_connections(tmp_path, seeds_dir):
    db = tmp_path / "news.db"
    reader = open_store(str(db))
    empty = reader.articles_version()
    assert reader.articles_version() == empty == (0, 0)
    with rashomon.open(db) as ws:  # another connection commits
        ws.ingest([str(seeds_dir)], published="2025-10-22")
    grown = reader.articles_version()
    assert grown[0] == len(list(reader.articles())) > 0
    assert reader.search_vector_state() == (0, 0)  # nothing indexed yet
    first = next(iter(reader.articles()))
    reader.delete_articles([first.id])  # this connection's own write
    assert reader.articles_version()[0] == grown[0] - 1
    reader.close()


def test_stories_are_read_together_in_the_order_asked_and_merged_ids_give_the_survivor(tmp_path, seeds_dir):
    db = tmp_path / "news.db"
    with rashomon.open(db) as ws:
        ws.ingest([str(seeds_dir)], published="2025-10-22T09:00")
        ws.ingest([str(FIXTURES / "flood_valencia.txt")], published="2025-10-22T12:00")
        store = ws.store
        flood, seeds = sorted({a.story_id for a in ws.articles()}, key=lambda s: len(store.get_story(s).article_ids))
        assert [s.id for s in store.get_stories([seeds, flood, seeds])] == [seeds, flood, seeds]
        assert [s.article_ids for s in store.get_stories([flood])] == [store.get_story(flood).article_ids]
        ws_articles = {a.id: a.story_id for a in ws.articles()}
        some = sorted(ws_articles)[:2]
        assert store.article_story_ids(some) == {a: ws_articles[a] for a in some}
    result = CliRunner().invoke(main, ["story", "merge", seeds, flood, "--db", str(db)])
    assert result.exit_code == 0, result.output
    with open_store(str(db)) as store:
        assert [s.id for s in store.get_stories([flood, seeds])] == [seeds, seeds]
