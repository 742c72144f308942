"""Streaming clustering rules on synthetic vectors: late arrival, live window, bridging merges, stable IDs."""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import pytest

from rashomon.stories.clustering import ClusteringOptions, StoryClusterer, StoryItem, hashed_keys, summary_of
from rashomon.stories.coherence import split_groups
from rashomon.stories.features import text_signals
from rashomon.stories.similarity import FEATURES, SimilarityModel

DAY0 = datetime(2025, 10, 20, 12, 0)


def cosine_only_model() -> SimilarityModel:
    """p = sigmoid(40 * (cosine - 0.8)): the rules under test, not the learned weights."""
    weights = [0.0] * len(FEATURES)
    weights[FEATURES.index("cosine")] = 40.0
    return SimilarityModel(tuple(weights), -32.0, tuple([0.0] * len(FEATURES)), tuple([1.0] * len(FEATURES)))


def unit(vector: np.ndarray) -> np.ndarray:
    return (vector / np.linalg.norm(vector)).astype(np.float32)


@pytest.fixture
def topics():
    """Three orthogonal topic directions."""
    basis = np.linalg.qr(np.random.default_rng(7).normal(size=(384, 3)))[0].T
    return [unit(b) for b in basis]


def item(article_id: str, vector: np.ndarray, day: float | None = 0.0, language: str = "en") -> StoryItem:
    keys = hashed_keys(text_signals(""))
    when = None if day is None else DAY0 + timedelta(days=day)
    return StoryItem(article_id, vector, keys, language, when)


def jitter(vector: np.ndarray, seed: int, amount: float = 0.15) -> np.ndarray:
    return unit(vector + amount * unit(np.random.default_rng(seed).normal(size=vector.shape)))


@pytest.fixture
def clusterer():
    return StoryClusterer(ClusteringOptions(window_days=7), model=cosine_only_model())


def test_same_topic_joins_and_other_topic_opens_a_story(clusterer, topics):
    first = clusterer.assign(item("a1", jitter(topics[0], 1)))
    second = clusterer.assign(item("a2", jitter(topics[0], 2), language="uk"))
    third = clusterer.assign(item("a3", jitter(topics[1], 3)))
    assert first.opened and not second.opened and third.opened
    assert second.story_id == first.story_id != third.story_id
    assert clusterer.summary(first.story_id).languages == ["en", "uk"]
    assert clusterer.summary(first.story_id).count == 2


def test_late_article_joins_its_story_but_not_outside_the_live_window(clusterer, topics):
    story = clusterer.assign(item("a1", jitter(topics[0], 1), day=10)).story_id
    late = clusterer.assign(item("a2", jitter(topics[0], 2), day=4))  # arrives after, happened earlier
    assert late.story_id == story
    assert clusterer.summary(story).first_day < clusterer.summary(story).last_day
    far = clusterer.assign(item("a3", jitter(topics[0], 3), day=40))
    assert far.opened and far.story_id != story
    # The old story stays in the index: a late report from its days still finds it.
    assert clusterer.assign(item("a4", jitter(topics[0], 4), day=6)).story_id == story


def test_bridging_article_merges_two_parts_of_one_event_and_the_larger_keeps_its_id(clusterer, topics):
    big = clusterer.assign(item("a1", jitter(topics[0], 1), day=0)).story_id
    clusterer.assign(item("a2", jitter(topics[0], 2), day=0))
    small = clusterer.assign(item("b1", jitter(topics[0], 3), day=10)).story_id  # outside the first one's window
    assert big != small and len(clusterer) == 2
    bridge = clusterer.assign(item("m1", jitter(topics[0], 4), day=5))
    assert bridge.story_id == big and bridge.merged == [small]
    assert len(clusterer) == 1
    assert clusterer.resolve(small) == big
    assert clusterer.summary(small).count == 4


def test_an_article_between_two_events_does_not_merge_them(clusterer, topics):
    a = topics[0]
    b = unit(0.6 * topics[0] + 0.8 * topics[1])  # cos(a, b) = 0.6: two events
    first = clusterer.assign(item("a1", a)).story_id
    second = clusterer.assign(item("b1", b)).story_id
    bridge = clusterer.assign(item("m1", unit(a + b)))  # cos 0.89 to both
    assert bridge.merged == [] and len(clusterer) == 2
    assert bridge.story_id in (first, second)


def test_split_stories_are_never_merged_again(clusterer, topics):
    first = clusterer.assign(item("a1", jitter(topics[0], 1), day=0)).story_id
    second = clusterer.assign(item("b1", jitter(topics[0], 3), day=10)).story_id
    bridge = clusterer.assign(item("m1", jitter(topics[0], 4), day=5), blocked=frozenset({(second, first)}))
    assert bridge.merged == [] and len(clusterer) == 2


def test_index_rebuilt_from_summaries_decides_the_same(topics):
    original = StoryClusterer(model=cosine_only_model())
    story = original.assign(item("a1", jitter(topics[0], 1))).story_id
    rebuilt = StoryClusterer(model=cosine_only_model())
    rebuilt.load([original.summary(story)], {"s_gone": story})
    assert rebuilt.assign(item("a2", jitter(topics[0], 2))).story_id == story
    assert rebuilt.resolve("s_gone") == story


def test_summary_prototype_keeps_the_most_frequent_names():
    texts = ["Marco Rubio met Lavrov in Budapest.", "Officials said Rubio and Lavrov spoke.", "Then Orban spoke."]
    items = [StoryItem(str(i), unit(np.ones(384)), hashed_keys(text_signals(t)), "en") for i, t in enumerate(texts)]
    summary = summary_of("s_x", items)
    counts = dict(zip(summary.keys.tolist(), summary.key_counts.tolist()))
    rubio, orban = (hashed_keys(text_signals(f"Said {name}")) for name in ("Rubio", "Orban"))
    assert counts[int(rubio[(rubio >> 30) == 0][0])] == 2
    assert counts[int(orban[(orban >> 30) == 0][0])] == 1


def test_split_groups_separates_two_events_and_keeps_one_whole(topics):
    one = [item(f"a{i}", jitter(topics[0], i)) for i in range(4)]
    two = one[:2] + [item(f"b{i}", jitter(topics[1], 10 + i)) for i in range(3)]
    assert split_groups(one, cosine_only_model()) == [[0, 1, 2, 3]]
    assert split_groups(two, cosine_only_model()) == [[0, 1], [2, 3, 4]]


def test_a_story_whose_members_stop_cohering_is_split_at_a_check_and_a_person_s_merge_is_not(topics):
    stored = {"a": [item("a1", jitter(topics[0], 1)), item("b1", jitter(topics[1], 2)), item("b2", jitter(topics[1], 3))]}
    for whole, expected in ((None, {"b1", "b2"}), (lambda story_id: True, None)):
        clusterer = StoryClusterer(model=cosine_only_model(), members=lambda ids: stored["a"], whole=whole)
        story = clusterer.assign(item("a1", jitter(topics[0], 1))).story_id
        for name in ("a2", "a3"):
            clusterer._grow(story, item(name, jitter(topics[0], 5)))  # three members: no check yet
        assignment = clusterer.assign(item("a4", jitter(topics[0], 4)))  # the fourth: checked
        assert assignment.story_id == story
        moved = [set(ids) for ids in assignment.split.values()]
        assert (moved == [expected]) if expected else moved == []
