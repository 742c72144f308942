"""Claims grown around cores: a statement that states two facts joins two claims, never more; two statements
that are each other's nearest among several link at a lower bar."""

from __future__ import annotations

from rashomon.comparison.alignment import Link
from rashomon.comparison.claims import (
    FACTS_PER_STATEMENT,
    MUTUAL_CHOICES,
    MUTUAL_SHARED_PROBABILITY,
    SHARED_PROBABILITY,
    claim_clusters,
    uncontested,
)
from rashomon.comparison.encoder import E5
from rashomon.comparison.statements import Statement

STRONG = (SHARED_PROBABILITY[E5] + 1) / 2


def _statements(*articles: int) -> list[Statement]:
    return [Statement(a, f"a{a}", k, k + 1, "x", "en", f"source {a}") for k, a in enumerate(articles)]


def test_a_sentence_stating_two_facts_joins_the_claim_of_each():
    # A0 says what B0 and B1 say; B1 also says what A1 says ("X happened, Y said" against "X happened." "Y said.").
    statements = _statements(0, 0, 1, 1)
    a0, a1, b0, b1 = range(4)
    links = [Link(a0, b0, 0.9, STRONG), Link(a0, b1, 0.9, STRONG), Link(a1, b1, 0.9, STRONG)]
    clusters = claim_clusters(statements, links)
    assert clusters[0] == [a0, b0, b1]  # the core with the most partners first
    assert [a1, b1] in clusters or [b1, a1] in clusters
    assert sum(b1 in cluster for cluster in clusters) == 2


def test_no_statement_joins_more_claims_than_facts_per_statement():
    # One vague statement (0, article 0) linked to the cores of three claims (article 1), each core also linked
    # to one statement of article 2 and one of article 3.
    statements = _statements(0, 1, 1, 1, 2, 2, 2, 3, 3, 3)
    cores = (1, 2, 3)
    links = [Link(0, core, 0.9, STRONG) for core in cores]
    links += [Link(core, core + shift, 0.9, STRONG) for core in cores for shift in (3, 6)]
    clusters = claim_clusters(statements, links)
    assert sorted(cluster[0] for cluster in clusters) == list(cores)
    assert sum(0 in cluster for cluster in clusters) == FACTS_PER_STATEMENT == 2


def test_each_others_nearest_statements_link_at_the_lower_bar_where_their_articles_gave_a_choice():
    between = (MUTUAL_SHARED_PROBABILITY[E5] + SHARED_PROBABILITY[E5]) / 2
    statements = _statements(*[0] * MUTUAL_CHOICES, *[1] * MUTUAL_CHOICES)
    a, b = 0, MUTUAL_CHOICES
    assert [a, b] in claim_clusters(statements, [Link(a, b, 0.5, between, mutual=True)])
    assert [a, b] not in claim_clusters(statements, [Link(a, b, 0.5, between, mutual=False)])
    # The only statement of an article is every statement's nearest there: no lower bar.
    alone = _statements(0, 1)
    assert [0, 1] not in claim_clusters(alone, [Link(0, 1, 0.5, between, mutual=True)])


def test_what_a_contested_claim_leaves_of_a_shared_one():
    statements = _statements(0, 1, 2, 3)
    # 0 (the core) and 2 dispute a value, 1 agrees with 0 on the rest: 0 and 1 still share the claim's fact.
    assert uncontested(statements, [0, 1, 2], [[[0], [2]]]) == [0, 1]
    # The core takes no side: both sides leave; what is left is one source's, carried (linked to the dispute).
    assert uncontested(statements, [3, 1, 2], [[[1], [2]]]) == []
    assert uncontested(statements, [0, 1, 3], [[[1], [2]]]) == [0, 1, 3]  # 1's opponent is in another claim
    assert uncontested(statements, [1], [[[1], [2]]]) == []  # a disputing statement is no exclusive claim
    assert uncontested(statements, [0], []) == [0]  # a statement no other carries


def test_a_lead_that_is_the_other_statements_nearest_links_at_the_lower_bar():
    # The first statement (headline and lead) states several facts: it is mutual nearest of one at most.
    between = (MUTUAL_SHARED_PROBABILITY[E5] + SHARED_PROBABILITY[E5]) / 2
    statements = _statements(*[0] * MUTUAL_CHOICES, *[1] * MUTUAL_CHOICES)
    lead, other = 0, MUTUAL_CHOICES + 1
    assert [lead, other] in claim_clusters(statements, [Link(lead, other, 0.5, between, to_lead=True)])
    assert [lead, other] not in claim_clusters(statements, [Link(lead, other, 0.5, between)])


def test_a_copy_of_a_core_joins_its_claim_rather_than_repeat_it():
    # a and its copy (articles 0 and 1) stand in z's claim (z has the most partners); both also state what m1 and
    # m2 say: one claim of the four, not the same claim twice around a and around its copy.
    statements = _statements(0, 1, 2, 3, 4, 5, 6, 7)
    a, copy, z, m1, m2 = range(5)
    links = [Link(a, copy, 1.0, STRONG)] + [Link(z, j, 0.9, STRONG) for j in (a, copy, 5, 6, 7)]
    links += [Link(i, m, 0.9, STRONG) for i in (a, copy) for m in (m1, m2)]
    clusters = claim_clusters(statements, links)
    assert clusters[0] == [z, a, copy, 5, 6, 7]
    assert sorted(clusters[1]) == [a, copy, m1, m2] and clusters[1][0] in (a, copy)
    assert len(clusters) == 2



def _topic_story(sources: int):
    """A story whose every statement says its topic (the first axis) and one fact of its own: statements 0 and 1
    (sources 0 and 1) state fact 1, statement 2 (source 2) fact 2, each further source a fact of its own; 0, 1
    and 2 are linked as strongly as statements that state one fact."""
    import numpy as np

    facts = [1, 1, 2] + list(range(3, sources + 1))[: max(0, sources - 3)]
    vectors = np.zeros((len(facts), max(facts) + 1))
    vectors[:, 0] = 1.0
    for k, fact in enumerate(facts):
        vectors[k, fact] = 0.4
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    statements = [Statement(k, f"a{k}", 0, 1, "x", "en", f"source {k}") for k in range(len(facts))]
    links = [Link(i, j, float(vectors[i] @ vectors[j]), STRONG) for i in range(3) for j in range(i + 1, 3)]
    return statements, links, vectors


def test_in_a_story_of_many_sources_statements_that_meet_only_in_its_topic_make_no_claim():
    # All that statement 2 shares with 0 and 1 is what every source of the story says ("she was released, whose
    # sentence the court overturned" beside "the court overturned her sentence").
    statements, links, vectors = _topic_story(sources=8)
    assert claim_clusters(statements, links)[0] == [0, 1, 2]  # without the statements' vectors: glued
    clusters = claim_clusters(statements, links, E5, vectors)
    assert clusters[0] == [0, 1] and not any(2 in cluster and len(cluster) > 1 for cluster in clusters)


def test_where_no_other_source_tells_the_story_links_bind_as_their_probabilities_say():
    statements, links, vectors = _topic_story(sources=3)
    pair = [Link(0, 1, float(vectors[0] @ vectors[2]), STRONG)]  # statements 0 and 2 alone: two sources
    two = [statements[0], Statement(1, "a1", 0, 1, "x", "en", "source 2")]
    assert claim_clusters(two, pair, E5, vectors[[0, 2]]) == claim_clusters(two, pair) == [[0, 1]]
