"""Claims: the statements of a story's articles aligned across languages and grouped.

1. Every article is cut into statements (sentences, and clauses after ", but",
   "; " and the like) — see ``statements.py``.
2. Each statement is embedded with multilingual-e5-small. Raw cosines of this
   model crowd into 0.80-0.92 whatever the pair, so two statements of two
   articles are linked on the *margin*: their cosine minus the mean cosine
   each has with its nearest statements in the other article (the
   ratio/margin criterion of bitext mining). A link needs the pair to be each
   other's best match, a floor cosine, and a margin or a paraphrase-level
   cosine; a shared resolved date adds to the margin.
3. Links are merged strongest first into clusters holding at most one
   statement per article (so chains cannot glue a story into one blob).
4. Statements that assert incompatible statuses of a planned event ("put on
   hold" vs "never scheduled", see ``cues.py``) and are about the same matter
   (a floor cosine) make one contested claim, together with the statements
   aligned to them; its sides are the status families. Aligned statements
   with different numbers, dates or places are contested too.
5. Each cluster becomes a claim: shared when two or more independent sources
   carry it, exclusive otherwise. Places and dates that only one source of a
   shared claim gives become exclusive claims of their own ("in Alaska in
   August").
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

from rashomon.comparison.cues import incompatible
from rashomon.comparison.details import DetailFinder
from rashomon.comparison.encoder import Encoder
from rashomon.comparison.names import anchors_match, shared_anchors
from rashomon.comparison.statements import Statement, statements_of
from rashomon.model import Analysis, Article, Claim, ClaimSide, Evidence

# Alignment thresholds, tuned on the seeds and the SemEval-2022 cross-lingual
# pairs (benchmarks/compare_alignment.py).
MARGIN_NEIGHBOURS = 4
LINK_MARGIN = 0.010
LINK_MIN_COSINE = 0.85
SAME_DATE_BONUS = 0.010
# Mutual best matches this close are linked whatever their margin.
PARAPHRASE_COSINE = 0.92
# Incompatible statuses count as one matter above this cosine (within a story).
MATTER_MIN_COSINE = 0.80
# Aligned statements with different numbers/dates/places are a dispute above this cosine.
VALUE_DISPUTE_MIN_COSINE = 0.88
# Same-language statements, one negated, are a dispute above this cosine.
NEGATION_DISPUTE_MIN_COSINE = 0.90


@dataclass
class Alignment:
    """The statements of the compared articles, their vectors and their clusters."""

    statements: list[Statement]
    vectors: np.ndarray
    clusters: list[list[int]]  # indices into statements


def source_labels(articles: list[Article], store=None) -> list[str]:
    """A name per article for counting independent sources.

    The catalogued outlet's name, else the source as given, else the URL's
    host; an article with none of these is its own unknown source.
    """
    from rashomon.outlets import catalogue, normalize_domain
    from rashomon.errors import UsageError

    outlets = catalogue(store)
    labels = []
    for article in articles:
        outlet = outlets.lookup(article.url) or outlets.lookup(article.source)
        if outlet:
            labels.append(outlet.name)
        elif article.source:
            labels.append(article.source)
        elif article.url:
            try:
                labels.append(normalize_domain(article.url))
            except UsageError:
                labels.append(f"unknown source ({article.id})")
        else:
            labels.append(f"unknown source ({article.id})")
    return labels


def align(articles: list[Article], analyses: list[Analysis], sources: list[str], encoder: Encoder) -> Alignment:
    statements = [
        statement
        for index, (article, analysis) in enumerate(zip(articles, analyses))
        for statement in statements_of(index, article, analysis, sources[index])
    ]
    vectors = encoder.embed([s.text for s in statements])
    return Alignment(statements, vectors, _clusters(statements, links(statements, vectors)))


def links(
    statements: list[Statement], vectors: np.ndarray, min_margin: float = LINK_MARGIN, min_cosine: float = LINK_MIN_COSINE
) -> list[tuple[float, int, int]]:
    """(margin, i, j) for statement pairs of different articles that are each other's best match."""
    by_article: dict[int, list[int]] = defaultdict(list)
    for i, statement in enumerate(statements):
        by_article[statement.article].append(i)
    found = []
    articles = sorted(by_article)
    for x, a in enumerate(articles):
        rows = np.array(by_article[a])
        for b in articles[x + 1:]:
            cols = np.array(by_article[b])
            cosine = vectors[rows] @ vectors[cols].T
            k_rows = min(MARGIN_NEIGHBOURS, len(cols))
            k_cols = min(MARGIN_NEIGHBOURS, len(rows))
            row_mean = np.sort(cosine, axis=1)[:, -k_rows:].mean(axis=1)
            col_mean = np.sort(cosine, axis=0)[-k_cols:, :].mean(axis=0)
            margin = cosine - (row_mean[:, None] + col_mean[None, :]) / 2
            same_date = np.array([[bool(statements[i].dates & statements[j].dates) for j in cols] for i in rows])
            margin += SAME_DATE_BONUS * same_date
            best_of_row = margin.argmax(axis=1)
            best_of_col = margin.argmax(axis=0)
            for r, c in enumerate(best_of_row):
                strong = cosine[r, c] >= PARAPHRASE_COSINE  # the margin is blind in one-statement articles
                if best_of_col[c] == r and cosine[r, c] >= min_cosine and (margin[r, c] >= min_margin or strong):
                    found.append((float(margin[r, c]), int(rows[r]), int(cols[c])))
    found.sort(reverse=True)
    return found


def _clusters(statements: list[Statement], pairs: list[tuple[float, int, int]]) -> list[list[int]]:
    """Merge links strongest first; a cluster never holds two statements of one article."""
    cluster_of = list(range(len(statements)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(statements))}
    for _, i, j in pairs:
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj:
            continue
        if {statements[m].article for m in members[ci]} & {statements[m].article for m in members[cj]}:
            continue
        for m in members[cj]:
            cluster_of[m] = ci
        members[ci].extend(members.pop(cj))
    return [sorted(group) for group in sorted(members.values(), key=min)]


def compare_articles(
    articles: list[Article],
    analyses: list[Analysis],
    reader_language: str | None = None,
    *,
    encoder: Encoder | None = None,
    sources: list[str] | None = None,
) -> list[Claim]:
    """The claims of a story's articles: shared, exclusive and contested, in story order."""
    alignment = align(articles, analyses, sources or source_labels(articles), encoder or Encoder())
    return claims_of(alignment, articles, analyses, reader_language)


def claims_of(alignment: Alignment, articles, analyses, reader_language: str | None) -> list[Claim]:
    statements, vectors = alignment.statements, alignment.vectors
    matters = _contested_matters(alignment)
    in_matter = {c for matter in matters for c in matter}
    claims: list[tuple[tuple, Claim]] = []
    details = DetailFinder(analyses)
    for matter in matters:
        members = sorted(i for c in matter for i in alignment.clusters[c])
        claims.append((_order(statements, members), _contested_claim(alignment, matter, reader_language)))
    for c, cluster in enumerate(alignment.clusters):
        if c in in_matter:
            continue
        sides = _value_sides(statements, vectors, cluster)
        if sides:
            claims.append((_order(statements, cluster), _claim_with_sides(statements, vectors, sides, reader_language)))
            continue
        claim = _plain_claim(statements, vectors, cluster, reader_language)
        claims.append((_order(statements, cluster), claim))
        if claim.status == "shared":
            for detail in details.details(statements, cluster):
                claims.append((_order(statements, cluster) + (1,), detail))
    claims.sort(key=lambda pair: pair[0])
    return [claim for _, claim in claims]


def _order(statements: list[Statement], members: list[int]) -> tuple:
    """Story order: the earliest (article, offset) among the claim's statements."""
    return min((statements[i].article, statements[i].start) for i in members)


def _contested_matters(alignment: Alignment) -> list[list[int]]:
    """Groups of cluster indices whose statements assert incompatible statuses of one matter."""
    statements, vectors = alignment.statements, alignment.vectors
    cluster_of = {i: c for c, cluster in enumerate(alignment.clusters) for i in cluster}
    framed = [i for i, s in enumerate(statements) if s.family]
    parent = {cluster_of[i]: cluster_of[i] for i in framed}

    def root(c):
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    contested = set()
    for x, i in enumerate(framed):
        for j in framed[x + 1:]:
            if incompatible(statements[i].family, statements[j].family) and float(vectors[i] @ vectors[j]) >= MATTER_MIN_COSINE:
                parent[root(cluster_of[i])] = root(cluster_of[j])
                contested.update((cluster_of[i], cluster_of[j]))
    groups: dict[int, list[int]] = defaultdict(list)
    for c in sorted(contested):
        groups[root(c)].append(c)
    return list(groups.values())


def _contested_claim(alignment: Alignment, matter: list[int], reader_language: str | None) -> Claim:
    statements = alignment.statements
    by_family: dict[str, list[int]] = defaultdict(list)
    for c in matter:
        cluster = alignment.clusters[c]
        families = Counter(statements[i].family for i in cluster if statements[i].family)
        majority = families.most_common(1)[0][0]
        for i in cluster:
            by_family[statements[i].family or majority].append(i)
    sides = [sorted(members) for _, members in sorted(by_family.items(), key=lambda kv: min(kv[1]))]
    return _claim_with_sides(statements, alignment.vectors, sides, reader_language)


def _value_sides(statements: list[Statement], vectors: np.ndarray, cluster: list[int]) -> list[list[int]]:
    """Sides of an aligned cluster whose sources disagree; [] if they agree.

    A disagreement is a different number, date or place, or (same language
    only, since translation moves negation around: "remains" / "не змінилася")
    one source negating what the other asserts. Only close paraphrases that
    name the same thing count: a loose alignment with different numbers is
    more likely two different facts than a dispute.
    """
    def close(i, j, floor):
        return (statements[i].source != statements[j].source and float(vectors[i] @ vectors[j]) >= floor
                and shared_anchors(statements[i].anchors, statements[j].anchors) > 0)

    def equal(a, b):
        return a == b

    # Places need a closer paraphrase: reports often name a city and its region (Xalapa, Veracruz).
    kinds = (
        (lambda s: s.numbers, equal, VALUE_DISPUTE_MIN_COSINE),
        (lambda s: s.dates, equal, VALUE_DISPUTE_MIN_COSINE),
        (lambda s: {anchor for _, anchor in s.places}, anchors_match, PARAPHRASE_COSINE),
    )
    for values_of, same, floor in kinds:
        valued = [i for i in cluster if values_of(statements[i])]
        if any(
            close(i, j, floor)
            and not any(same(a, b) for a in values_of(statements[i]) for b in values_of(statements[j]))
            for x, i in enumerate(valued) for j in valued[x + 1:]
        ):
            sides = _group_by_values(statements, valued, values_of, same)
            if sides:
                return sides
    if any(
        statements[i].language == statements[j].language and statements[i].negated != statements[j].negated
        and close(i, j, NEGATION_DISPUTE_MIN_COSINE)
        for x, i in enumerate(cluster) for j in cluster[x + 1:]
    ):
        first = statements[cluster[0]].negated
        return [[i for i in cluster if statements[i].negated == first], [i for i in cluster if statements[i].negated != first]]
    return []


def _group_by_values(statements, members: list[int], values_of, same) -> list[list[int]]:
    """Members grouped by the values they give; [] when one member agrees with two groups
    (one source is just more detailed, e.g. names both the old and the new venue)."""
    groups: list[tuple[list, list[int]]] = []
    for i in members:
        values = values_of(statements[i])
        matching = [g for g in groups if any(same(a, b) for a in values for b in g[0])]
        if len(matching) > 1:
            return []
        if matching:
            matching[0][0].extend(values)
            matching[0][1].append(i)
        else:
            groups.append((list(values), [i]))
    return [members_of for _, members_of in groups] if len(groups) > 1 else []


def _claim_with_sides(statements, vectors, sides: list[list[int]], reader_language) -> Claim:
    members = sorted(i for side in sides for i in side)
    claim_sides = [
        ClaimSide(
            text=_representative(statements, vectors, side, reader_language).text,
            sources=_unique(statements[i].source for i in side),
            languages=_unique(statements[i].language for i in side),
            evidence=[_evidence(statements[i]) for i in side],
        )
        for side in sides
    ]
    return Claim(
        id=_claim_id(statements, members),
        text=" ⟷ ".join(side.text for side in claim_sides),
        status="contested",
        sources=_unique(statements[i].source for i in members),
        languages=_unique(statements[i].language for i in members),
        evidence=[_evidence(statements[i]) for i in members],
        sides=claim_sides,
    )


def _plain_claim(statements, vectors, cluster: list[int], reader_language) -> Claim:
    sources = _unique(statements[i].source for i in cluster)
    return Claim(
        id=_claim_id(statements, cluster),
        text=_representative(statements, vectors, cluster, reader_language).text,
        status="shared" if len(sources) > 1 else "exclusive",
        sources=sources,
        languages=_unique(statements[i].language for i in cluster),
        evidence=[_evidence(statements[i]) for i in cluster],
    )


def _representative(statements, vectors, members: list[int], reader_language) -> Statement:
    """The statement that best stands for the group, in the reader's language when one is."""
    preferred = [i for i in members if statements[i].language == reader_language] or members
    if len(preferred) == 1:
        return statements[preferred[0]]
    centrality = (vectors[preferred] @ vectors[members].T).sum(axis=1)
    return statements[preferred[int(np.argmax(centrality))]]


def _evidence(statement: Statement) -> Evidence:
    return Evidence(
        article_id=statement.article_id,
        start=statement.start,
        end=statement.end,
        text=statement.text,
        source=statement.source,
        language=statement.language,
        speaker=statement.speaker,
        via=list(statement.via),
    )


def _claim_id(statements, members: list[int]) -> str:
    key = "|".join(sorted(f"{statements[i].article_id}:{statements[i].start}:{statements[i].end}" for i in members))
    return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _unique(values) -> list:
    return list(dict.fromkeys(v for v in values if v))
