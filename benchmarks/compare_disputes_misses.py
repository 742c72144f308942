"""Where each annotated contradiction of claims-dev is lost on the way to a contested claim.

For every contested pair of ``claims-dev/pairs.jsonl`` (see its README) the two
articles are aligned as ``compare`` aligns them, and the pair is traced through
the stages of contested claims (``claims._contested``):

- ``no statement``: a side's sentence is no statement (furniture, or past the statement budget);
- ``not linked``: the two statements are not candidates of each other (no link at all);
- ``below bars``: linked, but too weakly for a dispute candidate (``disputes.dispute_candidates``);
- ``no rule``: a candidate, and no rule of ``disputes.dispute`` finds values that differ;
- ``no language``: as ``no rule``, and a language of the pair lacks a table the kind needs (``KIND_TABLES``);
- ``taken``: a rule fires, but a statement went to another dispute first;
- ``found``: a contested claim holds the pair.

Prints one line per contradiction (stage, link probability, annotated type, explanation), the
counts per stage and type, and the wrong contested claims. Asserts nothing.

    .venv/bin/python benchmarks/compare_disputes_misses.py [--db FILE] [--folds 3 --cross-fit] [--all]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from compare_gold import (
    covered, cross_fitted, ingested, link_model, load, pairs_arguments, pairs_store, parsed, sentence_spans,
)

from rashomon.comparison.claims import _contested, align, source_labels
from rashomon.comparison.disputes import candidate_dispute, dispute_candidates, value_candidates
from rashomon.comparison.encoder import E5, Encoder
from rashomon.comparison.story import stored_analysis


def statements_at(statements, article_index: int, span) -> list[int]:
    """Indices of the article's statements that cover the sentence at ``span`` (compare_gold.covered)."""
    if span is None:
        return []
    return [k for k, s in enumerate(statements) if s.article == article_index and covered(s, [span])]


def stage(alignment, found, left: list[int], right: list[int]) -> tuple[str, float, str]:
    """The furthest stage the pair reached, the strongest link between its statements, and what fired."""
    if not left or not right:
        return "no statement", 0.0, ""
    statements = alignment.statements
    pairs = {(min(i, j), max(i, j)) for i in left for j in right}
    for sides, difference in found:
        holders = [set(side) for side in sides]
        if any(i in x and j in y for x in holders for y in holders if x is not y for i in left for j in right):
            return "found", 0.0, difference.kind
    linked = [link for link in alignment.links if (link.i, link.j) in pairs]
    if not linked:
        return "not linked", 0.0, ""
    best = max(link.probability for link in linked)
    candidates = [c for c in value_candidates(statements, dispute_candidates(statements, alignment.links))
                  if (c.link.i, c.link.j) in pairs]
    if not candidates:
        return "below bars", best, ""
    for candidate in candidates:
        fired = candidate_dispute(statements, candidate)
        if fired:
            return "taken", best, f"{fired.kind} {list(fired.values)}"
    return "no rule", best, ""


# The profile tables (rashomon/languages/<code>/disputes.py) each annotated kind of contradiction needs.
KIND_TABLES = {
    "number": ("NUMBER_WORDS", "SCALES"), "place": ("LOCATIVE", "DIRECTIONS"), "negation": ("NEGATION", "DENIED"),
    "status": ("HALTED", "UNSCHEDULED", "PROCEEDING"), "date": ("EARLIER",),
}


def missing_tables(kind: str, languages: tuple[str, str]) -> list[str]:
    """The tables a kind of dispute needs that a language of the pair lacks ("pl:SCALES"), so a miss of stage "no
    rule" says whether the rule or the language is missing."""
    from rashomon.languages import value

    return [f"{language}:{table}" for language in sorted(set(languages)) for table in KIND_TABLES.get(kind, ())
            if not value(language, "disputes", table)]


def trace(store, records, corpus: Path, fitted: dict | None, show_all: bool) -> Counter:
    ids = ingested(store, records, corpus)
    stages: Counter = Counter()
    for record in records:
        key_a, key_b = (0, record["text_a"]), (1, record["text_b"])
        if key_a not in ids or key_b not in ids:
            continue
        articles = [store.get_article(ids[key_a]), store.get_article(ids[key_b])]
        analyses = [stored_analysis(store, article) for article in articles]
        with link_model(E5, (fitted or {}).get(record["id"])):
            alignment = align(articles, analyses, source_labels(articles, store), Encoder(store))
            found = _contested(alignment)
        spans = [sentence_spans(a.text, record[f"text_{s}"], record[f"sentences_{s}"]) for a, s in zip(articles, "ab")]
        for i, j, kind, explanation, injected in record["contested"]:
            left = statements_at(alignment.statements, 0, spans[0][i])
            right = statements_at(alignment.statements, 1, spans[1][j])
            where, probability, fired = stage(alignment, found, left, right)
            lacking = missing_tables(kind, (record["lang_a"], record["lang_b"])) if where == "no rule" else []
            where = "no language" if lacking else where
            fired = fired or " ".join(lacking)
            stages[where, kind] += 1
            if show_all or where != "found":
                label = "injected" if injected else "natural"
                languages = f"{record['lang_a']}-{record['lang_b']}"
                print(f"{where:12} p={probability:.2f} {kind:11} {label:8} {record['id']} {languages} "
                      f"[{i},{j}] {fired} | {explanation}")
                if show_all:
                    for side, (text, index) in enumerate(((record["text_a"], i), (record["text_b"], j))):
                        start, end = record[f"sentences_{'ab'[side]}"][index]
                        print(f"      {'AB'[side]}: {text[start:end][:220]!r}")
    return stages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    pairs_arguments(parser)
    parser.add_argument("--all", action="store_true", help="also the contradictions found, and every pair's sentences")
    args = parsed(parser)
    records = load(args.pairs)
    with pairs_store(args.db) as (store, corpus):
        fitted = cross_fitted(store, records, corpus, args.folds, None) if args.cross_fit else None
        stages = trace(store, records, corpus, fitted, args.all)
    print("by stage: " + ", ".join(f"{s} {n}" for s, n in Counter(s for s, _ in stages.elements()).most_common()))
    for where in sorted({s for s, _ in stages}):
        print(f"  {where}: " + ", ".join(f"{kind} {n}" for (s, kind), n in sorted(stages.items()) if s == where))


if __name__ == "__main__":
    main()
