"""Claim comparison against sentence-level gold: shared, contested, exclusive and furniture.

Each record of ``claims-dev/pairs.jsonl`` (see its README) is ingested as two
articles from two outlets (``rashomon ingest`` of a JSONL corpus, without
story grouping), the two are compared as ``rashomon compare`` compares a
story, and every claim's evidence is mapped back to the annotated sentences:
a statement covers a sentence when they overlap by half of either.

- shared: precision and recall over distinct cross-article sentence pairs; a
  shared claim stands for every (A sentence, B sentence) pair of its evidence,
  so a claim that glues unrelated statements pays for each wrong pair;
- contested: a contested claim is right when two of its sides hold an
  annotated contradiction; recall over annotated contradictions (sentence
  pairs), injected and natural apart;
- exclusive: precision over the sentences exclusive claims cover for the most
  part (a sentence is exclusive in the gold when it is no furniture and in no
  annotated pair; an exclusive detail such as "in Alaska" inside a shared
  sentence is below sentence level and not scored), and recall over the gold
  exclusive sentences (precision alone would favour saying nothing is exclusive);
- furniture: annotated furniture sentences that any claim's evidence touches.

Prints figures; asserts nothing.

    .venv/bin/python benchmarks/compare_gold.py [--pairs ../shared/data/claims-dev/pairs.jsonl]
        [--db FILE] [--folds 0] [--cross-fit] [--shared-probability P] [--show] [--model e5|use]
        [--extra benchmarks/data/claims_crosslingual.jsonl]

``--db`` keeps the ingested articles and statement vectors between runs
(a fresh temporary database otherwise); ``--folds K`` also prints the
figures per fold of a K-fold split of the original pairs (a perturbed copy
goes with its original), to see how much they vary across pairs. The shipped
link models were fitted on all the pairs, so their figures are in-sample;
``--cross-fit`` compares each fold with a link model fitted on the other
folds, which is what a held-out set will see. ``--shared-probability`` and
``--carried-probability`` move the bars of shared and of carried (not exclusive), to trace
precision against recall. ``--gold-links`` links exactly the statements that cover an annotated shared
pair, in place of the link model: what statement segmentation and claim grouping make of perfect links
(the ceiling of shared recall that the link model alone can reach).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import tempfile
from collections import defaultdict
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from rashomon.comparison import alignment, claims, compare
from rashomon.comparison.encoder import E5
from rashomon.comparison.story import stored_analysis
from rashomon.ingest import IngestOptions, ingest
from rashomon.sources import SourceOptions
from rashomon.store import open_store

DEFAULT_PAIRS = Path(__file__).resolve().parents[2] / "shared" / "data" / "claims-dev" / "pairs.jsonl"
SEMEVAL_PAIRS = Path(__file__).resolve().parents[2] / "shared" / "data" / "semeval2022-task8" / "dev_pairs.csv"
OUTLETS = ("Outlet A", "Outlet B")
# A statement covers a sentence when their overlap is at least this share of either.
COVER = 0.5


@dataclass
class Tally:
    shared_found: int = 0
    shared_right: int = 0
    shared_gold: int = 0
    shared_gold_found: int = 0
    contested_claims: int = 0
    contested_right: int = 0
    contested_gold: dict = field(default_factory=lambda: defaultdict(int))  # injected? -> gold pairs
    contested_gold_found: dict = field(default_factory=lambda: defaultdict(int))
    contested_kinds: dict = field(default_factory=lambda: defaultdict(int))  # annotated type -> gold entries
    contested_kinds_found: dict = field(default_factory=lambda: defaultdict(int))
    contested_claim_kinds: dict = field(default_factory=lambda: defaultdict(int))  # (dispute kind, right?) -> claims
    exclusive_found: int = 0
    exclusive_right: int = 0
    exclusive_gold: int = 0  # gold exclusive sentences the stored texts hold
    furniture_in_claims: int = 0

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            if isinstance(value, dict):
                for key, count in value.items():
                    getattr(self, name)[key] += count
            else:
                setattr(self, name, getattr(self, name) + value)


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_by_reference(path: Path, semeval: Path = SEMEVAL_PAIRS) -> list[dict]:
    """Records in the claims-dev format that hold offsets and indices only (benchmarks/data/claims_crosslingual.jsonl):
    each one's texts are its SemEval pair's, outer whitespace stripped, checked against the recorded SHA-256."""
    with open(semeval, encoding="utf-8", newline="") as handle:
        texts = {row["pair_id"]: (row["text1"].strip(), row["text2"].strip()) for row in csv.DictReader(handle)}
    records = load(path)
    for record in records:
        for suffix, text in zip("ab", texts[record["semeval_pair"]]):
            if hashlib.sha256(text.encode("utf-8")).hexdigest() != record[f"sha256_{suffix}"]:
                raise SystemExit(f"{path}: {record['id']}: text {suffix} differs from the annotated one in {semeval}")
            record[f"text_{suffix}"] = text
    return records


def ingested(store, records: list[dict], corpus: Path) -> dict[tuple[int, str], str]:
    """Ingests every distinct (side, text) once, as the rows of ``corpus``; returns (side, text) -> article ID."""
    rows, keys = [], []
    for record in records:
        for side, suffix in enumerate("ab"):
            key = (side, record[f"text_{suffix}"])
            if key not in keys:
                keys.append(key)
                rows.append({"text": key[1], "language": record[f"lang_{suffix}"], "source": OUTLETS[side],
                             "url": f"https://outlet-{suffix}.example/{record['id']}"})
    corpus.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    by_row: dict[int, str] = {}

    def note(event):
        if event.article is not None and event.article.path == str(corpus):
            by_row.setdefault(int(event.article.locator), event.article.id)

    ingest(store, [str(corpus)], IngestOptions(assign_stories=False, sources=SourceOptions(), progress=note, workers=1))
    return {key: by_row[number] for number, key in enumerate(keys, 1) if number in by_row}


def sentence_spans(stored_text: str, given_text: str, spans: list[list[int]]) -> list[tuple[int, int] | None]:
    """The gold sentences' spans in the stored article (cleaning may have changed or dropped text: a sentence
    whose first line, a title, was dropped is its longest remaining line)."""
    found, cursor = [], 0
    for start, end in spans:
        sentence = given_text[start:end]
        if sentence not in stored_text and "\n" in sentence:
            sentence = max((line for line in sentence.split("\n") if line in stored_text), key=len, default=sentence)
        at = stored_text.find(sentence, cursor)
        if at < 0:
            at = stored_text.find(sentence)
        found.append((at, at + len(sentence)) if at >= 0 else None)
        if at >= 0:
            cursor = at + len(sentence)
    return found


def covered(evidence, spans: list[tuple[int, int] | None], of_evidence: bool = True) -> set[int]:
    """Indices of the sentences an evidence span covers: overlap >= COVER of the sentence (or of the evidence)."""
    hits = set()
    for index, span in enumerate(spans):
        if span is None:
            continue
        overlap = min(evidence.end, span[1]) - max(evidence.start, span[0])
        if overlap > 0 and (overlap >= COVER * (span[1] - span[0]) or of_evidence and overlap >= COVER * (evidence.end - evidence.start)):
            hits.add(index)
    return hits


def whole(evidence, spans) -> set[int]:
    """Sentences an evidence span covers for the most part (an exclusive detail, "in Alaska", covers none)."""
    return covered(evidence, spans, of_evidence=False)


def touched(evidence, spans) -> set[int]:
    return {i for i, span in enumerate(spans) if span and min(evidence.end, span[1]) > max(evidence.start, span[0])}


def score(record: dict, claims, article_ids: tuple[str, str], spans: tuple[list, list]) -> tuple[Tally, list[str]]:
    """The pair's tally, and notes on what went wrong (for --show)."""
    tally, notes = Tally(), []
    gold_shared = {tuple(p) for p in record["shared"]}
    gold_contested = {(i, j): injected for i, j, _, _, injected in record["contested"]}
    furniture = (set(record["furniture_a"]), set(record["furniture_b"]))
    in_pairs = ({i for i, _ in gold_shared | set(gold_contested)}, {j for _, j in gold_shared | set(gold_contested)})

    def sentences(evidence_list, side, cover=covered):
        return set().union(*(cover(e, spans[side]) for e in evidence_list if e.article_id == article_ids[side]))

    found_shared, found_contested, exclusive = set(), set(), (set(), set())
    for claim in claims:
        for side in (0, 1):
            found_furniture = sentences(claim.evidence, side, touched) & furniture[side]
            tally.furniture_in_claims += len(found_furniture)
            notes += [f"furniture in a {claim.status} claim: {record[f'text_{s}'][slice(*record[f'sentences_{s}'][k])][:100]!r}"
                      for k in sorted(found_furniture) for s in "ab"[side]]
        if claim.status == "shared":
            found_shared |= {(i, j) for i in sentences(claim.evidence, 0) for j in sentences(claim.evidence, 1)}
        elif claim.status == "exclusive":
            for side in (0, 1):
                exclusive[side].update(sentences(claim.evidence, side, whole))
        elif claim.status == "contested":
            tally.contested_claims += 1
            sides = [(sentences(s.evidence, 0), sentences(s.evidence, 1)) for s in claim.sides]
            pairs = {(i, j) for x, (a, _) in enumerate(sides) for y, (_, b) in enumerate(sides) if x != y for i in a for j in b}
            found_contested |= pairs & set(gold_contested)
            right = bool(pairs & set(gold_contested))
            tally.contested_claim_kinds[(claim.dispute or {}).get("kind", "?"), right] += 1
            if right:
                tally.contested_right += 1
            else:
                notes.append(f"wrong contested {claim.dispute}: {claim.text[:160]!r}")
    tally.shared_found = len(found_shared)
    tally.shared_right = len(found_shared & gold_shared)
    tally.shared_gold = len(gold_shared)
    tally.shared_gold_found = len(gold_shared & found_shared)
    for pair, injected in gold_contested.items():
        tally.contested_gold[injected] += 1
        tally.contested_gold_found[injected] += pair in found_contested
    for i, j, kind, _, _ in record["contested"]:
        tally.contested_kinds[kind] += 1
        tally.contested_kinds_found[kind] += (i, j) in found_contested
    for side in (0, 1):
        gold_exclusive = {i for i, span in enumerate(spans[side]) if span} - in_pairs[side] - furniture[side]
        tally.exclusive_found += len(exclusive[side])
        tally.exclusive_right += len(exclusive[side] & gold_exclusive)
        tally.exclusive_gold += len(gold_exclusive)
        letter = "ab"[side]
        notes += [f"wrong exclusive: {record[f'text_{letter}'][slice(*record[f'sentences_{letter}'][k])][:100]!r}"
                  for k in sorted(exclusive[side] - gold_exclusive)]
    notes += [f"wrong shared pair: {p}" for p in sorted(found_shared - gold_shared)]
    notes += [f"missed contested: {p} injected={gold_contested[p]}" for p in sorted(set(gold_contested) - found_contested)]
    return tally, notes


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a (0/0)"


def report(tally: Tally, label: str) -> None:
    print(f"{label}")
    print(f"  shared     precision {ratio(tally.shared_right, tally.shared_found)}  recall {ratio(tally.shared_gold_found, tally.shared_gold)}")
    print(f"  contested  precision {ratio(tally.contested_right, tally.contested_claims)}  recall injected "
          f"{ratio(tally.contested_gold_found[True], tally.contested_gold[True])}, natural "
          f"{ratio(tally.contested_gold_found[False], tally.contested_gold[False])}, all "
          f"{ratio(sum(tally.contested_gold_found.values()), sum(tally.contested_gold.values()))}")
    if tally.contested_kinds:
        print("  contested recall by annotated type (gold entries): " + ", ".join(
            f"{kind} {tally.contested_kinds_found[kind]}/{count}" for kind, count in sorted(tally.contested_kinds.items())))
    if tally.contested_claim_kinds:
        kinds = sorted({kind for kind, _ in tally.contested_claim_kinds})
        print("  contested claims by dispute kind (right/all): " + ", ".join(
            f"{kind} {tally.contested_claim_kinds[kind, True]}/{tally.contested_claim_kinds[kind, True] + tally.contested_claim_kinds[kind, False]}"
            for kind in kinds))
    print(f"  exclusive  precision {ratio(tally.exclusive_right, tally.exclusive_found)}  recall {ratio(tally.exclusive_right, tally.exclusive_gold)}")
    print(f"  furniture sentences in claims: {tally.furniture_in_claims}")


def cross_fitted(store, records: list[dict], corpus: Path, count: int, model: str | None) -> dict[str, dict]:
    """Record ID -> the link model fitted on the candidate pairs of the other ``count - 1`` folds
    (compare_fit_links.py), so that every record is compared by a model that never saw it."""
    from compare_fit_links import as_link_model, examples, fit, fold_of

    x, y, in_fold = examples(store, records, corpus, model, count)
    fitted = {k: as_link_model(fit(x[in_fold != k], y[in_fold != k])) for k in range(count)}
    return {record_id: fitted[k] for record_id, k in fold_of(records, count).items()}


@contextmanager
def link_model(encoder: str, fitted: dict | None):
    """alignment.LINK_MODELS[encoder] is ``fitted`` within (unchanged when None)."""
    shipped = alignment.LINK_MODELS[encoder]
    alignment.LINK_MODELS[encoder] = fitted or shipped
    try:
        yield
    finally:
        alignment.LINK_MODELS[encoder] = shipped


def gold_linked(record: dict, spans: tuple[list, list], statements: list):
    """Whether statements i and j (of different articles) cover sentences of an annotated shared pair."""
    gold = {tuple(p) for p in record["shared"]}
    cover = [covered(s, spans[s.article]) for s in statements]

    def linked(i: int, j: int) -> bool:
        a, b = (i, j) if statements[i].article == 0 else (j, i)
        return any((x, y) in gold for x in cover[a] for y in cover[b])

    return linked


@contextmanager
def gold_links(record: dict, spans: tuple[list, list]):
    """Within: claims link two statements (probability 1, each other's nearest) exactly when the sentences they
    cover hold an annotated shared pair, and no others."""

    def linked(statements, vectors, model=E5):
        shared = gold_linked(record, spans, statements)
        return [
            alignment.Link(i, j, float(vectors[i] @ vectors[j]), 1.0, mutual=True)
            for i in range(len(statements)) for j in range(i + 1, len(statements))
            if statements[i].article != statements[j].article and shared(i, j)
        ]

    shipped = claims.links
    claims.links = linked
    try:
        yield
    finally:
        claims.links = shipped


def run(store, records: list[dict], corpus: Path, show: bool = False, model: str | None = None,
        link_models: dict[str, dict] | None = None, oracle: bool = False) -> dict[str, Tally]:
    """Each record's tally, by record ID; ``link_models`` gives a record's link model (cross_fitted); ``oracle``
    links the statements by the gold (gold_links)."""
    ids = ingested(store, records, corpus)
    tallies = {}
    for record in records:
        key_a, key_b = (0, record["text_a"]), (1, record["text_b"])
        if key_a not in ids or key_b not in ids:
            print(f"{record['id']}: not ingested")
            continue
        articles = [store.get_article(ids[key_a]), store.get_article(ids[key_b])]
        analyses = [stored_analysis(store, article) for article in articles]
        spans = tuple(sentence_spans(a.text, record[f"text_{s}"], record[f"sentences_{s}"]) for a, s in zip(articles, "ab"))
        with link_model(model or E5, (link_models or {}).get(record["id"])), (gold_links(record, spans) if oracle else nullcontext()):
            comparison = compare(articles, analyses, articles[0].language, store=store, model=model)
        tallies[record["id"]], notes = score(record, comparison.claims, (articles[0].id, articles[1].id), spans)
        if show and notes:
            print(f"--- {record['id']} ({record['lang_a']}-{record['lang_b']})")
            print("\n".join(f"  {n}" for n in notes))
    return tallies


def folds(records: list[dict], tallies: dict[str, Tally], count: int) -> None:
    originals = sorted(r["id"] for r in records if not r["perturbed_from"])
    for k in range(count):
        members = set(originals[k::count])
        tally = Tally()
        for record in records:
            if (record["perturbed_from"] or record["id"]) in members and record["id"] in tallies:
                tally.add(tallies[record["id"]])
        report(tally, f"fold {k + 1}/{count} ({len(members)} original pairs)")


def pairs_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of the benchmarks that compare the claims-dev pairs (this one, compare_disputes_misses.py)."""
    parser.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS)
    parser.add_argument("--db", help="a database to keep the ingested pairs and statement vectors in between runs")
    parser.add_argument("--folds", type=int, default=0)
    parser.add_argument("--cross-fit", action="store_true",
                        help="compare each fold's records with a link model fitted on the other folds (needs --folds)")


def parsed(parser: argparse.ArgumentParser) -> argparse.Namespace:
    args = parser.parse_args()
    if args.cross_fit and args.folds < 2:
        parser.error("--cross-fit needs --folds 2 or more")
    return args


@contextmanager
def pairs_store(db: str | None):
    """The store the pairs are ingested into (``db``, else a temporary one) and the corpus file beside it (next to
    the database, so a kept database recognises its rows: same path and row)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(db) if db else Path(folder) / "gold.db"
        with open_store(str(path)) as store:
            yield store, path.with_suffix(".corpus.jsonl")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    pairs_arguments(parser)
    parser.add_argument("--show", action="store_true", help="print each pair's wrong and missed links")
    parser.add_argument("--cross-lingual", action="store_true", help="only the pairs of two languages")
    parser.add_argument("--model", choices=("e5", "use"), help="the encoder (default: as compare chooses it by language)")
    parser.add_argument("--extra", type=Path, action="append", default=[],
                        help="more pairs annotated by offsets only, texts from the SemEval CSV "
                             "(benchmarks/data/claims_crosslingual.jsonl); --pairs /dev/null scores them alone")
    parser.add_argument("--shared-probability", type=float,
                        help="the link probability from which two statements are one claim (default: the shipped one)")
    parser.add_argument("--mutual-probability", type=float,
                        help="the same for two statements that are each other's nearest (default: the shipped one)")
    parser.add_argument("--gold-links", action="store_true",
                        help="link the statements by the annotated shared pairs instead of the link model (the grouping's ceiling)")
    parser.add_argument("--carried-probability", type=float,
                        help="the link probability from which a statement counts as carried, not exclusive (default: shipped)")
    args = parsed(parser)
    if args.shared_probability is not None:
        claims.SHARED_PROBABILITY[args.model or E5] = args.shared_probability
    if args.mutual_probability is not None:
        claims.MUTUAL_SHARED_PROBABILITY[args.model or E5] = args.mutual_probability
    if args.carried_probability is not None:
        claims.CARRIED_PROBABILITY[args.model or E5] = args.carried_probability
    records = load(args.pairs) + [r for path in args.extra for r in load_by_reference(path)]
    records = [r for r in records if not args.cross_lingual or r["lang_a"] != r["lang_b"]]
    with pairs_store(args.db) as (store, corpus):
        fitted = cross_fitted(store, records, corpus, args.folds, args.model) if args.cross_fit else None
        tallies = run(store, records, corpus, args.show, args.model, fitted, args.gold_links)
    total = Tally()
    for tally in tallies.values():
        total.add(tally)
    originals = sum(1 for r in records if not r["perturbed_from"])
    report(total, f"{len(tallies)} records ({originals} original pairs, {len(records) - originals} perturbed copies)")
    if args.folds:
        folds(records, tallies, args.folds)


if __name__ == "__main__":
    main()
