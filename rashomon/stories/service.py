"""Stories over a store: assignment at ingest, corrections, restory.

``StoryService`` is the per-store state: the in-memory ``StoryClusterer``,
rebuilt lazily from the summaries persisted in the store (so it survives
process restarts without re-embedding), and the encoder. It pickles without
either. Every decision is written to the store in the caller's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np

from rashomon.errors import NotFoundError, UsageError
from rashomon.model import Analysis, Article
from rashomon.stories.clustering import (
    ClusteringOptions,
    StoryClusterer,
    StoryItem,
    PLACES_READ,
    hashed_keys,
    story_id_for,
    summary_of,
)
from rashomon.stories.embedding import Encoder, centred, embedding_text
from rashomon.stories.features import text_signals
from rashomon.stories.places import event_places

# Signals come from the same title + lead the embedding sees (about one news lead).
SIGNAL_CHARS = 1200


@dataclass
class ArticleSignals:
    vector: np.ndarray
    keys: np.ndarray


def article_when(article: Article) -> datetime | None:
    """When an article was published, as far as stories go: from its metadata, else estimated from its
    text; None when neither says. The ingest time is not used: in a bulk load of an undated archive it
    is the same for every article and would put reports with a date and those without into disjoint
    windows; an article of unknown time is weighed by its content alone, and is live for any story."""
    return article.published


def story_item(article: Article, vector: np.ndarray, keys: np.ndarray) -> StoryItem:
    """What clustering weighs of a stored article: its cached vector centred for its language, its keys, its time."""
    return StoryItem(article.id, centred(vector, article.language), keys, article.language, article_when(article))


def article_signals(articles: list[Article], analyses: list[Analysis | None], encoder: Encoder) -> list[ArticleSignals]:
    """Embeddings (one batch) and keys of ``articles``; ``analyses`` give canonical entity IDs."""
    texts = [embedding_text(a.title, a.text) for a in articles]
    vectors = encoder.encode(texts)
    return [ArticleSignals(vector, signal_keys(text, analysis, article.language))
            for text, vector, analysis, article in zip(texts, vectors, analyses, articles)]


def signal_keys(text: str, analysis: Analysis | None, language: str) -> np.ndarray:
    """The name, number, word and place keys of an article's ``embedding_text`` in ``language``; ``analysis`` gives
    canonical entity IDs."""
    entities = sorted({m.entity for m in analysis.mentions if m.entity}) if analysis is not None else []
    head = text[:SIGNAL_CHARS]
    return np.union1d(hashed_keys(text_signals(head, entities, event_places(head, language))), [PLACES_READ]).astype(np.uint32)


def with_places(keys: np.ndarray, article: Article) -> np.ndarray:
    """Keys cached before places counted, with the article's place keys added (its other keys kept as they are)."""
    head = embedding_text(article.title, article.text)[:SIGNAL_CHARS]
    places = hashed_keys(text_signals("", (), event_places(head, article.language)))
    return np.union1d(np.union1d(keys, places), [PLACES_READ]).astype(np.uint32)


def _up_to_date(cached, article: Article) -> bool:
    return cached is not None and cached[0] == article.content_hash and PLACES_READ in cached[2]


class StoryService:
    def __init__(self, store, options: ClusteringOptions | None = None, encoder: Encoder | None = None):
        self.store = store
        self.options = options or ClusteringOptions()
        self.encoder = encoder or Encoder()
        self._clusterer: StoryClusterer | None = None

    def __getstate__(self):
        return {"store": self.store, "options": self.options, "encoder": self.encoder, "_clusterer": None}

    @property
    def clusterer(self) -> StoryClusterer:
        if self._clusterer is None:
            # IDs issued earlier (and since emptied) are never issued again.
            clusterer = StoryClusterer(
                self.options, taken=self.store.has_story_id, members=self._stored_members, whole=self._merged_by_person
            )
            clusterer.load(self.store.story_summaries(), self.store.story_aliases())
            self._clusterer = clusterer
        return self._clusterer

    def _merged_by_person(self, story_id: str) -> bool:
        return any(action == "merge" and survivor == story_id for action, survivor, _, _ in self.store.story_corrections())

    def _stored_members(self, story_ids: list[str]) -> list[StoryItem]:
        return self.items([a for story_id in story_ids for a in self.store.story_article_ids(story_id)])

    def pinned_articles(self) -> set[str]:
        """Articles a person split off or moved: the algorithm leaves them where they were put."""
        return {a for action, _, _, ids in self.store.story_corrections() if action != "merge" for a in ids}

    def forget_index(self) -> None:
        """Drop the in-memory index; it is rebuilt from the store on next use."""
        self._clusterer = None

    def blocked_pairs(self) -> frozenset[tuple[str, str]]:
        """Stories a person split apart: the algorithm never merges them again."""
        return frozenset(
            (story_id, other_id) for action, story_id, other_id, _ in self.store.story_corrections() if action == "split"
        )

    # ------------------------------------------------------------------ ingest

    def embed(self, articles: list[Article], analyses: list[Analysis | None]) -> list[ArticleSignals]:
        """Signals of ``articles`` in one encoder batch (faster than one by one); nothing is stored."""
        return article_signals(articles, analyses, self.encoder)

    def prepare(self, articles: list[Article], analyses: list[Analysis | None]) -> None:
        """Embed a batch of stored articles at once and cache the vectors (those cached for their text are kept;
        their keys gain places where they were cached before places counted)."""
        cached = self.store.article_vectors([a.id for a in articles])
        todo = [(a, an) for a, an in zip(articles, analyses) if a.id not in cached or cached[a.id][0] != a.content_hash]
        placeless = [a for a in articles if a.id in cached and cached[a.id][0] == a.content_hash
                     and PLACES_READ not in cached[a.id][2]]
        if not todo and not placeless:
            return
        signals = self.embed([a for a, _ in todo], [an for _, an in todo]) if todo else []
        with self.store.transaction():
            for (article, _), found in zip(todo, signals):
                self.store.save_article_vector(article.id, article.content_hash, found.vector, found.keys)
            for article in placeless:
                _, vector, keys = cached[article.id]
                self.store.save_article_vector(article.id, article.content_hash, vector, with_places(keys, article))

    def assign(self, article: Article, analysis: Analysis | None, signals: ArticleSignals | None = None) -> str:
        """Assign a stored article to a live story or open one; returns the story ID.

        ``signals`` (from ``embed``) are cached first when given. An article
        already in a story (reprocessing) is taken out and assigned again,
        unless a person put it there.
        """
        current = self.store.get_article(article.id).story_id
        if current and article.id in self.pinned_articles():
            return current
        if signals is not None:
            self.store.save_article_vector(article.id, article.content_hash, signals.vector, signals.keys)
        cached = self.store.article_vectors([article.id]).get(article.id)
        if not _up_to_date(cached, article):
            self.prepare([article], [analysis])
            cached = self.store.article_vectors([article.id])[article.id]
        _, vector, keys = cached
        item = story_item(article, vector, keys)
        clusterer = self.clusterer
        if current:
            with self.store.transaction():
                self.store.set_article_story(article.id, None)
                self._resummarise([self.store.resolve_story_id(current)])
        assignment = clusterer.assign(item, self.blocked_pairs())
        joined = assignment.joined or assignment.story_id
        with self.store.transaction():
            for absorbed in assignment.merged:
                self.store.merge_story_ids(absorbed, joined)
            self.store.save_story_summary(clusterer.summary(joined))
            self.store.set_article_story(article.id, joined)
            if assignment.split:
                self._apply_split(joined, assignment.split)
        return assignment.story_id

    def _apply_split(self, story_id: str, split: dict[str, list[str]]) -> None:
        """Record the clusterer's split of an incoherent story; articles a person placed stay."""
        pinned = self.pinned_articles()
        for new_id, article_ids in split.items():
            self.store.save_story_summary(self.clusterer.summary(new_id))
            for article_id in article_ids:
                if article_id not in pinned:
                    self.store.set_article_story(article_id, new_id)
        if pinned & {a for article_ids in split.values() for a in article_ids}:
            self._resummarise([story_id, *split])

    # ------------------------------------------------------------------ corrections

    def merge(self, survivor_id: str, absorbed_id: str) -> str:
        """A person's merge: ``absorbed_id`` joins ``survivor_id``; returns the survivor."""
        survivor, absorbed = self.store.resolve_story_id(survivor_id), self.store.resolve_story_id(absorbed_id)
        if survivor == absorbed:
            raise UsageError(f"{survivor_id} and {absorbed_id} are already the same story ({survivor})")
        clusterer = self.clusterer  # loaded before the merge is written, so it still holds the absorbed story
        # The absorbed story's articles are recorded: after a rebuild they say which new story to fold in.
        absorbed_articles = self.store.story_article_ids(absorbed)
        with self.store.transaction():
            self.store.merge_story_ids(absorbed, survivor)
            self._resummarise([survivor])
            self.store.add_story_correction("merge", survivor, absorbed, absorbed_articles)
        clusterer.drop(absorbed, merged_into=survivor)
        return survivor

    def split(self, story_id: str, article_ids: list[str]) -> str:
        """A person's split: ``article_ids`` leave ``story_id`` for a new story; returns its ID."""
        source = self.store.resolve_story_id(story_id)
        members = self.store.story_article_ids(source)
        outside = [a for a in article_ids if a not in members]
        if outside:
            raise UsageError(f"article(s) {', '.join(outside)} are not in story {story_id}")
        if len(set(article_ids)) == len(members):
            raise UsageError(f"splitting all of story {story_id}'s articles off would leave it empty; name fewer")
        new_id = self._unused_id(article_ids[0])
        with self.store.transaction():
            for article_id in article_ids:
                self.store.set_article_story(article_id, new_id)
            self._resummarise([source, new_id])
            self.store.add_story_correction("split", new_id, source, article_ids)
        return new_id

    def move(self, article_id: str, story_id: str) -> str:
        """A person's move of one article into ``story_id``; returns the (resolved) story ID."""
        target = self.store.resolve_story_id(story_id)
        current = self.store.article_story_ids()
        if article_id not in current:
            raise NotFoundError(f"no article {article_id!r} in {self.store.location}")
        previous = current[article_id]
        with self.store.transaction():
            self.store.set_article_story(article_id, target)
            self._resummarise([target] + ([previous] if previous and previous != target else []))
            self.store.add_story_correction("move", target, previous, [article_id])
        return target

    def _unused_id(self, article_id: str) -> str:
        taken = self.store.story_ids()
        story_id, n = story_id_for(article_id), 1
        while story_id in taken:
            n += 1
            story_id = story_id_for(f"{article_id}#{n}")
        return story_id

    def _resummarise(self, story_ids: list[str]) -> None:
        """Recompute the summaries of stories whose membership a person changed."""
        for story_id in story_ids:
            members = self.store.story_article_ids(story_id)
            items = self.items(members)
            if items:
                summary = summary_of(story_id, items)
                self.store.save_story_summary(summary)
                self.clusterer.put(summary)
            else:
                self.store.clear_story_summary(story_id)
                if story_id in self.clusterer.slot_of:
                    self.clusterer.drop(story_id)

    def items(self, article_ids: list[str]) -> list[StoryItem]:
        """What clustering needs of stored articles (their story signals computed where missing)."""
        if not article_ids:
            return []
        vectors = self.store.article_vectors(article_ids)
        missing = [a for a in article_ids if a not in vectors]
        if missing:
            articles = [self.store.get_article(a) for a in missing]
            self.prepare(articles, [None] * len(articles))
            vectors.update(self.store.article_vectors(missing))
        items = []
        for article_id in article_ids:
            article = self.store.get_article(article_id)
            _, vector, keys = vectors[article_id]
            items.append(story_item(article, vector, keys))
        return items
