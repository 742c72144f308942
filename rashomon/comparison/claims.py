"""Claims: the statements of a story's articles aligned across languages and grouped.

1. Every article is cut into statements: its sentences, less page furniture
   — see ``statements.py``.
2. Statements of different articles are linked with the probability that
   they state one fact — see ``alignment.py`` (language-centred vectors, a
   small model fitted on the claims-dev pairs).
3. A claim grows around a core: the statement with the most strongly linked
   partners from other sources takes each of them that no claim joins to it
   yet. A member joins only through its own link to the core, so claims never
   chain (A like B, B like C, A unlike C). A statement may join two claims
   (one sentence stating what two sentences of another article state apart).
   Two statements link for a claim at SHARED_PROBABILITY, or at a lower bar
   when each is the other's nearest in its article, or when one is its
   article's first statement (headline and lead, which state several facts,
   so it can be the mutual nearest of one of them only) and the other's
   nearest in that article. Where other sources tell the story too, a link
   binds only as it holds once their statements' mean (what the whole story
   says) is taken out of both vectors: on 15 top shared claims of four large
   real stories (judged by reading), members stating the core's fact 0.50 ->
   0.58; two-article comparisons are unchanged. A statement that is left
   over but has a weaker link to another article is carried there, so it is
   no exclusive claim; one without any is exclusive, unless it is a fragment
   without a predicate (a verbless headline, which alone states no fact).
4. Two aligned statements whose values cannot both hold (see
   ``disputes.py``) make a contested claim of their two claims, its sides
   split by the values they give. The sides leave a shared claim that holds
   both; one that agrees with the rest of a claim (the claim's core among
   them) stays in it.
5. A claim is shared when two or more independent sources carry it,
   exclusive otherwise; places and dates that only one source of a shared
   claim gives become exclusive claims of their own ("in Alaska in August").
   Claims are ranked by the independent sources that carry them.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

from rashomon.comparison.alignment import Link, at_cosines, centred, language_means, links
from rashomon.comparison.details import DetailFinder
from rashomon.comparison.disputes import (
    Dispute, candidate_dispute, dispute, dispute_candidates, gives, in_series, may_join, of_other_settings, sides_apart,
    status_disputes, told_apart, value_candidates,
)
from rashomon.comparison.encoder import E5, USE, Encoder, large_story_model, statement_tokens
from rashomon.comparison.memo import Memo
from rashomon.comparison.predicate import has_predicate
from rashomon.comparison.statements import (
    E5_MIN_STATEMENTS_PER_ARTICLE,
    E5_STATEMENT_BUDGET,
    MAX_STATEMENTS_PER_ARTICLE,
    MIN_STATEMENTS_PER_ARTICLE,
    STATEMENT_BUDGET,
    Statement,
    statement_spans_of,
    statements_of,
)
from rashomon.model import Analysis, Article, Claim, ClaimSide, Evidence

# Link probabilities (alignment.py) at which two statements are one claim (lower for two that are each other's
# nearest), and at which a statement counts as carried by the other article (so it is not exclusive), per encoder.
# Chosen on the claims-dev pairs with link models fitted on the other folds, as a held-out set sees them
# (benchmarks/compare_gold.py --folds 3 --cross-fit --model e5|use): shared precision 0.844 / 0.822 at recall
# 0.359 / 0.332; one bar of 0.6 gave 0.801 / 0.332 (e5), and the earlier 0.43 with a statement in one claim only
# 0.739 / 0.370. Between 0.42 and 0.45 the mutual bar changes one dev pair; MUTUAL_CHOICES 4 / 5 / 8 gave
# 0.821 / 0.844 / 0.852 at recall 0.367 / 0.359 / 0.338.
SHARED_PROBABILITY = {E5: 0.65, USE: 0.65}
MUTUAL_SHARED_PROBABILITY = {E5: 0.42, USE: 0.42}
# The lower bar also for a lead that is the other statement's nearest (alignment.Link.to_lead): 0.846 / 0.351 ->
# 0.831 / 0.367 (e5, same command), exclusive P and furniture unchanged.
# Statements each of two articles must give for their nearest statements to meet the lower bar: in a large story
# an article gives one to three, and the only statement of an article is everyone's nearest in it.
MUTUAL_CHOICES = 5
# A statement carried by another article (a weaker link than a claim's) is no exclusive claim. "Only this source
# reports it" misleads where another does report it, so the bar sits where the statements it leaves exclusive are
# mostly right in every fold: from 0.08 to 0.06 (2 Dec 2026, compare_gold.py --folds 3 --cross-fit), e5 exclusive P
# 0.882 -> 0.910 (folds 0.898 / 0.815 / 0.924 -> 0.909 / 0.895 / 0.922; the band between, 47 statements, was right
# for 38: under the 0.85 an exclusive claim must keep) at recall 0.374 -> 0.279; USE 0.796 -> 0.800 and furniture
# in claims 8 -> 0; shared and contested unchanged.
CARRIED_PROBABILITY = {E5: 0.06, USE: 0.06}
# Claims one statement may join: a sentence can state two facts that two sentences of another article state
# apart ("X happened, Y said" / "X happened." "Y said."); more would let one vague statement join every claim.
FACTS_PER_STATEMENT = 2
# Statements of the other sources at which their mean counts half (_beside_story): a mean of few statements is
# mostly the very fact two of them share (three sources of one statement each), not the story's common ground.
STORY_MEAN_PRIOR = 8


@dataclass
class Alignment:
    """The statements of the compared articles, their centred vectors, links and claims."""

    statements: list[Statement]
    vectors: np.ndarray
    links: list[Link]
    clusters: list[list[int]]  # indices into statements; the first is the claim's core
    model: str = E5  # the encoder that gave the vectors


def source_labels(articles: list[Article], store=None) -> list[str]:
    """A name per article for counting independent sources.

    The catalogued outlet's name, else the source as given, else the URL's
    host; an article with none of these is its own unknown source.
    """
    from rashomon.errors import UsageError
    from rashomon.outlets import catalogue, normalize_domain

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


# Articles whose statements one process keeps (memo.py).
KEPT_STATEMENTS = 4096
_statements: Memo[list[Statement]] = Memo(KEPT_STATEMENTS)


def statement_share(articles: list[Article], model: str | None = None) -> int:
    """How many statements each article gives at most: its share of the story's budget, which is
    smaller when the story's languages (or ``model``) call for e5."""
    if large_story_model({a.language for a in articles}, model) == E5:
        budget, least = E5_STATEMENT_BUDGET, E5_MIN_STATEMENTS_PER_ARTICLE
    else:
        budget, least = STATEMENT_BUDGET, MIN_STATEMENTS_PER_ARTICLE
    return max(least, min(MAX_STATEMENTS_PER_ARTICLE, budget // max(1, len(articles))))


def statements_for(
    articles: list[Article], analyses: list[Analysis], sources: list[str], model: str | None = None,
    spans: list[list[tuple[int, int]]] | None = None,
) -> list[Statement]:
    """The statements of every article, each article's share (statement_share) at most.

    An article's statements are kept per process under its analysis (memo.py); a kept list is
    renumbered for this comparison (its index and source label). ``spans``: each article's statement spans
    where they were found already (align), so they are not looked for twice."""
    share = statement_share(articles, model)
    found = []
    for index, (article, analysis) in enumerate(zip(articles, analyses)):
        found_spans = spans[index] if spans is not None else None
        kept = _statements.get(
            _kept_key(article, analysis, share), lambda: statements_of(0, article, analysis, "", share, found_spans)
        )
        found += [dataclasses.replace(s, article=index, source=sources[index]) for s in kept]
    return found


def statement_texts(articles: list[Article], analyses: list[Analysis], model: str | None = None) -> tuple[list[str], list[str]]:
    """The texts and languages of the statements statements_for gives, in its order, found without reading what
    they say (their spans, or the kept statements)."""
    return _texts_at(articles, analyses, _statement_spans(articles, analyses, statement_share(articles, model)))


def _statement_spans(articles: list[Article], analyses: list[Analysis], share: int) -> list[list[tuple[int, int]]]:
    """Each article's statement spans: its kept statements', else found afresh (statements_for reuses them)."""
    found = []
    for article, analysis in zip(articles, analyses):
        kept = _statements.peek(_kept_key(article, analysis, share))
        found.append([(s.start, s.end) for s in kept] if kept is not None else statement_spans_of(article, analysis, share))
    return found


def _texts_at(
    articles: list[Article], analyses: list[Analysis], spans: list[list[tuple[int, int]]]
) -> tuple[list[str], list[str]]:
    texts, languages = [], []
    for article, analysis, article_spans in zip(articles, analyses, spans):
        texts += [analysis.text[start:end] for start, end in article_spans]
        languages += [analysis.language or article.language] * len(article_spans)
    return texts, languages


def _kept_key(article: Article, analysis: Analysis, share: int) -> tuple:
    return article.id, article.content_hash or hash(article.text), share, _analysis_stamp(analysis)


def _analysis_stamp(analysis: Analysis) -> int:
    """What of an analysis statements read besides the text: its language, linked names, times and quotes."""
    return hash((
        analysis.language,
        tuple((m.start, m.end, m.entity) for m in analysis.mentions),
        tuple((t.start, t.end, t.value) for t in analysis.times),
        tuple((q.start, q.end, repr(q.speaker), repr(q.via)) for q in analysis.quotes),
    ))


def align(articles: list[Article], analyses: list[Analysis], sources: list[str], encoder: Encoder) -> Alignment:
    # The statements are embedded (in a worker thread) while what they say is read: names, values, dates (the
    # first comparison in a process loads dictionaries for that, a seventh of a cold 500-article comparison).
    spans = _statement_spans(articles, analyses, statement_share(articles, encoder.model))
    texts, languages = _texts_at(articles, analyses, spans)
    model = encoder.model_for(languages)
    pending = encoder.start(texts, languages, model, statement_tokens(len(texts), model))
    statements = statements_for(articles, analyses, sources, encoder.model, spans)
    vectors = _centred(pending.result(), languages, model, encoder)
    found = links(statements, vectors, model)
    return Alignment(statements, vectors, found, claim_clusters(statements, found, model, vectors), model)


def statement_vectors(statements: list[Statement], encoder: Encoder) -> tuple[np.ndarray, str]:
    """The statements' vectors (e5's centred per language) and the encoder model that gave them."""
    languages = [s.language for s in statements]
    model = encoder.model_for(languages)
    raw = encoder.embed([s.text for s in statements], languages, model, statement_tokens(len(statements), model))
    return _centred(raw, languages, model, encoder), model


def _centred(raw: np.ndarray, languages: list[str], model: str, encoder: Encoder) -> np.ndarray:
    """e5 vectors less their language's mean; USE vectors as they are (encoder.py)."""
    if model != E5:
        return raw
    return centred(raw, languages, language_means(raw, languages, encoder.language_sums()))


def claim_clusters(
    statements: list[Statement], found: list[Link], model: str = E5, vectors: np.ndarray | None = None
) -> list[list[int]]:
    """Claims as lists of statement indices, each led by its core; carried statements are in none. With the
    statements' ``vectors``, a link binds a claim only as it holds beside the rest of the story (_beside_story)."""
    shared, mutual, carried = SHARED_PROBABILITY[model], MUTUAL_SHARED_PROBABILITY[model], CARRIED_PROBABILITY[model]
    beside_story = _beside_story(statements, vectors, found, model)
    per_article = Counter(s.article for s in statements)
    partners: dict[int, dict[int, float]] = defaultdict(dict)
    strongest = defaultdict(float)
    for link in found:
        strongest[link.i] = max(strongest[link.i], link.probability)
        strongest[link.j] = max(strongest[link.j], link.probability)
        # Being each other's nearest says something only where each article offered others to choose from.
        chosen = (link.mutual or link.to_lead) and min(per_article[statements[link.i].article], per_article[statements[link.j].article]) >= MUTUAL_CHOICES
        if (beside_story.get((link.i, link.j), link.probability) >= (mutual if chosen else shared)
                and statements[link.i].source != statements[link.j].source):
            partners[link.i][link.j] = partners[link.j][link.i] = link.probability

    def weight(i):
        return (-len({statements[j].source for j in partners[i]}), -sum(partners[i].values()), i)

    claims_of_statement: dict[int, set[int]] = defaultdict(set)
    clusters = []
    for core in sorted(partners, key=weight):
        members = sorted(j for j in partners[core] if not claims_of_statement[core] & claims_of_statement[j]
                         and len(claims_of_statement[j]) < FACTS_PER_STATEMENT)
        if not members or len(claims_of_statement[core]) >= FACTS_PER_STATEMENT:
            continue
        same = _claim_holding(clusters, members, partners[core])
        if same is not None:
            # Its partners already make one claim, around a statement it is linked to (a copy of it, which it
            # shares another claim with): it joins that claim rather than repeat it around itself.
            clusters[same].append(core)
            claims_of_statement[core].add(same)
            continue
        clusters.append([core] + members)
        for i in clusters[-1]:
            claims_of_statement[i].add(len(clusters) - 1)
    # Exclusive: neither in a claim nor carried; a fragment without a predicate (a verbless headline) states no fact.
    clusters += [[i] for i, statement in enumerate(statements) if not claims_of_statement[i] and strongest[i] < carried
                 and has_predicate(statement.text, statement.language)]
    return clusters


def _beside_story(statements: list[Statement], vectors: np.ndarray | None, found: list[Link], model: str) -> dict:
    """Each link's probability with its cosine taken once the mean of the other sources' statements is out of
    both vectors.

    In a story of many sources that mean is what the whole story says (a court acquitted her, the election is
    on): two statements that meet only in it ("she was released, whose sentence the court overturned" and "the
    court overturned her sentence") are on one topic, not one fact. Where the two are the story's only sources
    nothing is taken out, so a two-article comparison is unchanged; where the others give few statements, their
    mean is taken out in part (STORY_MEAN_PRIOR), as it is then mostly the fact the two share."""
    if vectors is None or not found:
        return {}
    labels = {label: k for k, label in enumerate(dict.fromkeys(s.source for s in statements))}
    source = np.array([labels[s.source] for s in statements])
    sums = np.zeros((len(labels), vectors.shape[1]))
    np.add.at(sums, source, vectors)
    counts = np.bincount(source, minlength=len(labels))
    i, j = np.array([link.i for link in found]), np.array([link.j for link in found])
    others = np.maximum(len(statements) - counts[source[i]] - counts[source[j]], 0)[:, None]
    rest = (sums.sum(axis=0) - sums[source[i]] - sums[source[j]]) / (others + STORY_MEAN_PRIOR)
    a, b = vectors[i] - rest, vectors[j] - rest
    cosines = (a * b).sum(axis=1) / np.maximum(np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1), 1e-12)
    same_language = np.array([statements[link.i].language == statements[link.j].language for link in found])
    return {(link.i, link.j): float(p) for link, p in zip(found, at_cosines(found, cosines, same_language, model))}


def _claim_holding(clusters: list[list[int]], members: list[int], linked: dict[int, float]) -> int | None:
    """The claim that holds all of ``members`` and whose core is ``linked`` (a would-be core's partners), if any."""
    wanted = set(members)
    return next((k for k, cluster in enumerate(clusters) if cluster[0] in linked and wanted <= set(cluster)), None)


def compare_articles(
    articles: list[Article],
    analyses: list[Analysis],
    reader_language: str | None = None,
    *,
    encoder: Encoder | None = None,
    sources: list[str] | None = None,
) -> list[Claim]:
    """The claims of a story's articles: shared, exclusive and contested, most widely carried first."""
    alignment = align(articles, analyses, sources or source_labels(articles), encoder or Encoder())
    return claims_of(alignment, articles, analyses, reader_language)


def claims_of(alignment: Alignment, articles, analyses, reader_language: str | None) -> list[Claim]:
    statements = alignment.statements
    contested = _contested(alignment)
    claims: list[tuple[tuple, Claim]] = []
    for sides, found in contested:
        claims.append((_rank(statements, [i for side in sides for i in side]),
                       _claim_with_sides(statements, alignment.vectors, sides, found, reader_language)))
    details = DetailFinder(analyses, {s.article: s.source for s in statements})
    detail_ids: set[str] = set()
    for whole in alignment.clusters:
        cluster = uncontested(statements, whole, [sides for sides, _ in contested])
        if not cluster:
            continue
        claim = _plain_claim(statements, alignment.vectors, cluster, reader_language)
        claims.append((_rank(statements, cluster), claim))
        if claim.status == "shared":
            # A statement in two claims (it states two facts) gives its details once.
            for detail in details.details(statements, cluster, claim.id):
                if detail.id not in detail_ids:
                    detail_ids.add(detail.id)
                    claims.append((_rank(statements, cluster) + (1,), detail))
    claims.sort(key=lambda pair: pair[0])
    return [claim for _, claim in claims]


def uncontested(statements: list[Statement], cluster: list[int], disputes: list[list[list[int]]]) -> list[int]:
    """The members of a claim that still share its fact once the disputes are taken out.

    Where both sides of a dispute stand in the claim, they disagree on it: the sides its core does not
    take leave (all sides when the core takes none). A disputing statement stays in a claim whose other
    members agree with it, but is no exclusive claim of its own. None when only one source's members are
    left: they are carried (linked to the statements that went to the contested claim).
    """
    if len(cluster) == 1:
        return [] if any(cluster[0] in side for sides in disputes for side in sides) else cluster
    members, apart = set(cluster), set()
    for sides in disputes:
        inside = [members.intersection(side) for side in sides]
        if sum(1 for side in inside if side) > 1:
            apart.update(*(side for side in inside if cluster[0] not in side))
    left = [i for i in cluster if i not in apart]
    if len({statements[i].source for i in left}) < 2:
        return []
    return left


def _rank(statements: list[Statement], members: list[int]) -> tuple:
    """Most independent sources first, then story order (the earliest article and offset)."""
    return (-len({statements[i].source for i in members}),) + min((statements[i].article, statements[i].start) for i in members)


def _contested(alignment: Alignment) -> list[tuple[list[list[int]], Dispute]]:
    """Contested claims as (sides, dispute).

    First the matters whose statements give incompatible statuses of one
    event (one claim per matter, its sides the statuses); then each value
    dispute between two linked statements, most probable links first: its
    sides are the two statements and those of their claims that give the
    same value as one of them. The statements that take no side stay in
    their claims; a statement takes part in one dispute at most.
    """
    statements = alignment.statements
    clusters_of: dict[int, list[int]] = defaultdict(list)
    for c, cluster in enumerate(alignment.clusters):
        for i in cluster:
            clusters_of[i].append(c)
    found = [(sides, status) for sides, status in status_disputes(statements, alignment.vectors) if sides_apart(statements, sides)]
    taken = {i for sides, _ in found for side in sides for i in side}
    candidates = dispute_candidates(statements, alignment.links)
    # A statement that is a dispute candidate of one side may give that side's value too ("un mercado de Ocosingo"
    # in the lead and again further down, both against "en Palenque").
    partners: dict[int, set[int]] = defaultdict(set)
    probabilities: dict[tuple[int, int], float] = {}
    for link in alignment.links:
        partners[link.i].add(link.j)
        partners[link.j].add(link.i)
        probabilities[link.i, link.j] = probabilities[link.j, link.i] = link.probability
    for candidate in value_candidates(statements, candidates):
        link = candidate.link
        if link.i in taken or link.j in taken:
            continue
        difference = candidate_dispute(statements, candidate)
        if difference is None or in_series(statements, partners, link, difference) or told_apart(
                statements, link, difference, probabilities) or of_other_settings(statements, link):
            continue
        members = {i for end in (link.i, link.j) for c in clusters_of[end] for i in alignment.clusters[c]}
        members |= partners[link.i] | partners[link.j]
        sides = _sides(statements, sorted(members - taken), link, difference, partners)
        if not sides_apart(statements, sides):
            continue
        found.append((sides, difference))
        taken.update(i for side in sides for i in side)
    return found


def _sides(statements: list[Statement], members: list[int], link: Link, found: Dispute,
           partners: dict[int, set[int]]) -> list[list[int]]:
    """The two disputing statements, each with the members that give its value: they dispute the other's, or (a
    dispute candidate of the other) they give the one value in dispute and not the other's."""
    ends = (link.i, link.j)
    sides: tuple[list[int], list[int]] = ([link.i], [link.j])
    for m in members:
        if m in ends:
            continue
        against = [dispute(statements[m], statements[end]) for end in ends]
        for k in (0, 1):
            other = 1 - k
            disputes_other = (against[other] and against[other].kind == found.kind and against[k] is None
                              and may_join(statements[m], found, k))
            if disputes_other or (ends[other] in partners[m] and against[k] is None and gives(statements[m], found, k)):
                sides[k].append(m)
                break
    return [sorted(side) for side in sides]


def _claim_with_sides(statements, vectors, sides: list[list[int]], found: Dispute, reader_language) -> Claim:
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
        dispute={"kind": found.kind, "values": list(found.values)},
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
