"""How well a story's members hang together: the mean same-story probability of its member pairs.

``coherence`` is 1.0 for a story of one article, near 1 when every two of its
reports tell the same event, and falls toward 0 as a story mixes events. It
uses what clustering uses (cached embeddings and keys, the shipped pairwise
model, publication-time distance), over at most ``SAMPLE`` members spread
evenly over the story, so it costs milliseconds even for large stories.
"""

from __future__ import annotations

import numpy as np

from rashomon.stories.clustering import StoryItem, epoch_day, places_of
from rashomon.stories.similarity import SimilarityModel, default_model, features_from_counts

SAMPLE = 40
# Below this coherence a story is split into its events (see ``split_groups``). At the shipped threshold, SemEval
# dev clear-pair F1 0.869 at 0.55, 0.867 at 0.65, 0.854 at 0.70; on the SlavicNER stream 0.65 splits more topic
# sagas into their events (1,164 stories instead of 1,058; largest 3.9% either way).
SPLIT_BELOW = 0.65
# Stories larger than this are judged on an even sample (the pairwise matrix grows as its square).
SPLIT_MEMBERS = 512


def sample(article_ids: list[str], size: int = SAMPLE) -> list[str]:
    """At most ``size`` IDs spread evenly over ``article_ids`` (first and last included)."""
    if len(article_ids) <= size:
        return list(article_ids)
    picks = np.linspace(0, len(article_ids) - 1, size).round().astype(int)
    return [article_ids[i] for i in sorted(set(picks.tolist()))]


def probability_matrix(members: list[StoryItem], model: SimilarityModel | None = None) -> np.ndarray:
    """(n, n) same-story probabilities of every two members (the diagonal is 1)."""
    n = len(members)
    if n == 0:
        return np.zeros((0, 0))
    vectors = np.vstack([m.vector for m in members]).astype(np.float64)
    cosines = vectors @ vectors.T
    counts = np.zeros((n, n, 3, 3))
    for kind in range(3):
        keys = [m.keys[(m.keys >> 30) == kind] for m in members]
        vocabulary = {key: i for i, key in enumerate(sorted(set(np.concatenate(keys).tolist())))}
        incidence = np.zeros((n, len(vocabulary)))
        for row, found in enumerate(keys):
            incidence[row, [vocabulary[k] for k in found.tolist()]] = 1.0
        sizes = incidence.sum(axis=1)
        counts[:, :, kind, 0] = incidence @ incidence.T
        counts[:, :, kind, 1] = sizes[:, None]
        counts[:, :, kind, 2] = sizes[None, :]
    apart = _places_apart(members)
    languages = np.array([m.language or "" for m in members])
    same = ((languages[:, None] == languages[None, :]) & (languages[:, None] != "")).astype(np.float64)
    day = np.array([np.nan if (d := epoch_day(m.when)) is None else d for m in members])
    days = np.abs(day[:, None] - day[None, :])
    features = features_from_counts(cosines.ravel(), counts.reshape(n * n, 3, 3), same.ravel())
    matrix = (model or default_model()).probabilities(features, days.ravel(), apart.ravel()).reshape(n, n)
    np.fill_diagonal(matrix, 1.0)
    return matrix


def _places_apart(members: list[StoryItem]) -> np.ndarray:
    """(n, n) whether two members place their events in different countries (``places.apart``), vectorised."""
    found = [places_of(m.keys) for m in members]
    countries = sorted(set().union(*(named for _, named in found)))
    column = {country: i for i, country in enumerate(countries)}
    lead, named = np.zeros((len(members), len(countries))), np.zeros((len(members), len(countries)))
    for row, (in_lead, anywhere) in enumerate(found):
        lead[row, [column[c] for c in in_lead]] = 1.0
        named[row, [column[c] for c in anywhere]] = 1.0
    has_lead = lead.sum(axis=1) > 0
    lead_named = lead @ named.T > 0  # a's lead names a country b names somewhere
    return has_lead[:, None] & has_lead[None, :] & ~lead_named & ~lead_named.T


def _mean_pair(matrix: np.ndarray) -> float:
    return float(matrix[np.triu_indices(len(matrix), 1)].mean())


def coherence(members: list[StoryItem]) -> float:
    """Mean same-story probability over member pairs; 1.0 for fewer than two members."""
    if len(members) < 2:
        return 1.0
    return round(_mean_pair(probability_matrix(members)), 3)


def event_groups(matrix: np.ndarray, threshold: float) -> list[list[int]]:
    """Indices grouped so that, on average, every two in a group report one event (average linkage
    on the same-story probabilities ``matrix``, cut at ``threshold``); groups by first index."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    distance = np.maximum(1.0 - matrix, 0.0)
    np.fill_diagonal(distance, 0.0)
    labels = fcluster(linkage(squareform(distance, checks=False), "average"), 1.0 - threshold, "distance")
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels.tolist()):
        groups.setdefault(label, []).append(index)
    return sorted(groups.values(), key=lambda group: group[0])


def split_groups(items: list[StoryItem], model: SimilarityModel | None = None) -> list[list[int]]:
    """The events of a story whose members no longer cohere, as index groups (the first holds
    index 0); one group when it coheres. Large stories are judged on an even sample, and each
    article outside it goes with the sampled article just before it."""
    checked = sample(list(range(len(items))), SPLIT_MEMBERS)
    matrix = probability_matrix([items[i] for i in checked], model)
    if len(checked) < 2 or _mean_pair(matrix) >= SPLIT_BELOW:
        return [list(range(len(items)))]
    group_of = {checked[i]: g for g, group in enumerate(event_groups(matrix, SPLIT_BELOW)) for i in group}
    current, labels = 0, []
    for index in range(len(items)):
        current = group_of.get(index, current)
        labels.append(current)
    return [[i for i, label in enumerate(labels) if label == g] for g in sorted(set(labels))]


def story_coherence(store, article_ids: list[str]) -> float:
    """The coherence of the story made of the stored articles ``article_ids``."""
    from rashomon.stories import story_service

    return coherence(story_service(store).items(sample(article_ids)))
