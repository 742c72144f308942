"""Entity mentions, lemmas, types and cross-lingual linking on SlavicNER (BSNLP 2019-2023).

Data: /work/shared/data/slavicner (raw/<topic>/<lang>/*.txt and ner/<topic>/<lang>/*.tsv
with gold offsets, surface, lemma, type and a cross-lingual entity ID per mention).
Gold offsets are code points into the raw text, so mentions are matched by offsets.

Figures printed:
- mention P/R/F1, exact (same start and end) and overlapping (one-to-one);
- type accuracy and lemma accuracy over exactly matched mentions;
- linking, over exactly matched mentions of all documents, languages and topics
  linked by ONE EntityLinker: pairwise precision/recall/F1 of mention pairs that
  share an entity, and the share of gold IDs (with 2+ matched mentions) that come
  out as a single entity;
- the same linking figures on gold spans (our lemma and type, gold offsets);
- throughput of mention extraction + linking (sentence splitting timed apart).

Usage: .venv/bin/python benchmarks/entities_slavicner.py [--data DIR] [--lang bg,cs] [--topic brexit]
       [--errors 20]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter, defaultdict
from math import comb
from pathlib import Path

from rashomon.analysis.entities import EntityLinker, extract_mentions
from rashomon.analysis.entities.morphology import lemmatize_name
from rashomon.analysis.sentences import split_sentences
from rashomon.model import Mention

DEFAULT_DATA = Path("/work/shared/data/slavicner")


def load(data: Path, languages: set[str] | None, topics: set[str] | None):
    docs = []
    for tsv in sorted((data / "ner").glob("*/*/*.tsv")):
        topic, lang = tsv.parent.parent.name, tsv.parent.name
        if (languages and lang not in languages) or (topics and topic not in topics):
            continue
        raw = data / "raw" / topic / lang / (tsv.stem + ".txt")
        if not raw.exists():
            continue
        with open(raw, encoding="utf-8", newline="") as src:
            text = src.read()
        gold = []
        for line in tsv.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 6:
                gold.append((int(parts[0]), int(parts[1]), parts[2], parts[3], parts[4], parts[5]))
        docs.append((f"{topic}/{lang}/{tsv.stem}", lang, text, gold))
    return docs


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pairwise(pairs: list[tuple[str, str]]) -> tuple[float, float, float, float]:
    """(P, R, F1, share of gold IDs kept whole) for (gold_id, predicted_id) per mention."""
    cells, gold_sizes, pred_sizes = Counter(pairs), Counter(g for g, _ in pairs), Counter(p for _, p in pairs)
    tp = sum(comb(n, 2) for n in cells.values())
    p, r, f = prf(tp, sum(comb(n, 2) for n in pred_sizes.values()), sum(comb(n, 2) for n in gold_sizes.values()))
    predicted_per_gold = defaultdict(set)
    for g, pred in pairs:
        predicted_per_gold[g].add(pred)
    multi = [g for g, n in gold_sizes.items() if n > 1]
    whole = sum(1 for g in multi if len(predicted_per_gold[g]) == 1) / len(multi) if multi else 0.0
    return p, r, f, whole


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--lang", default="")
    parser.add_argument("--topic", default="")
    parser.add_argument("--errors", type=int, default=0, help="print this many sample errors of each kind")
    args = parser.parse_args()
    if not (args.data / "ner").is_dir():
        sys.exit(f"no SlavicNER data at {args.data}")
    docs = load(args.data, set(filter(None, args.lang.split(","))), set(filter(None, args.topic.split(","))))
    print(f"{len(docs)} documents, {sum(len(d[3]) for d in docs)} gold mentions")

    started = time.perf_counter()
    sentences = [split_sentences(text, lang) for _, lang, text, _ in docs]
    split_seconds = time.perf_counter() - started
    # Warm the per-process caches (dictionaries, gazetteer) so the timing is steady-state.
    for _, lang in {(None, d[1]) for d in docs}:
        extract_mentions("Warm up Київ.", lang, [])

    linker = EntityLinker()
    started, started_cpu = time.perf_counter(), time.process_time()
    predicted = []
    for (_, lang, text, _), sents in zip(docs, sentences):
        mentions = extract_mentions(text, lang, sents)
        linker.link(mentions, lang, text)
        predicted.append(mentions)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - started_cpu

    counts = Counter()
    per_lang = defaultdict(Counter)
    link_pairs = []
    errors = defaultdict(list)
    for (name, lang, text, gold), mentions in zip(docs, predicted):
        by_span = {(m.start, m.end): m for m in mentions}
        gold_spans = {(g[0], g[1]) for g in gold}
        counts["gold"] += len(gold_spans)
        counts["pred"] += len(by_span)
        per_lang[lang]["gold"] += len(gold_spans)
        per_lang[lang]["pred"] += len(by_span)
        used = set()
        for start, end, surface, lemma, type_, gold_id in gold:
            mention = by_span.get((start, end))
            if mention is not None and (start, end) not in used:
                used.add((start, end))
                counts["exact"] += 1
                per_lang[lang]["exact"] += 1
                counts["type"] += mention.type == type_
                counts["lemma"] += mention.lemma == lemma
                per_lang[lang]["lemma"] += mention.lemma == lemma
                link_pairs.append((gold_id, mention.entity))
                if mention.lemma != lemma:
                    errors["lemma"].append(f"{lang} {surface!r}: {mention.lemma!r} != {lemma!r}")
                if mention.type != type_:
                    errors["type"].append(f"{lang} {surface!r}: {mention.type} != {type_}")
            else:
                errors["missed"].append(f"{lang} {surface!r} {type_} in …{text[max(0, start - 30):end + 10]!r}")
            overlapping = [m for m in mentions if m.start < end and start < m.end and id(m) not in used]
            if overlapping:
                counts["overlap"] += 1
                used.add(id(overlapping[0]))
        for mention in mentions:
            if (mention.start, mention.end) not in gold_spans:
                errors["spurious"].append(f"{lang} {mention.text!r} {mention.type} in …{text[max(0, mention.start - 30):mention.end + 10]!r}")

    p, r, f = prf(counts["exact"], counts["pred"], counts["gold"])
    print(f"mentions exact:    P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    p, r, f = prf(counts["overlap"], counts["pred"], counts["gold"])
    print(f"mentions overlap:  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"type accuracy (exact matches):  {counts['type'] / max(1, counts['exact']):.3f}")
    print(f"lemma accuracy (exact matches): {counts['lemma'] / max(1, counts['exact']):.3f}")
    for lang in sorted(per_lang):
        c = per_lang[lang]
        _, _, f = prf(c["exact"], c["pred"], c["gold"])
        print(f"  {lang}: exact F1 {f:.3f}  lemma {c['lemma'] / max(1, c['exact']):.3f}  ({c['gold']} gold)")
    p, r, f, whole = pairwise(link_pairs)
    print(f"linking (matched mentions, all documents): pairwise P {p:.3f}  R {r:.3f}  F1 {f:.3f}; gold IDs kept whole {whole:.3f}")

    gold_linker = EntityLinker()
    gold_pairs = []
    for name, lang, text, gold in docs:
        attested = Counter(word for word in text.split() if word[:1].isupper())
        mentions = [Mention(s, e, text[s:e], t, lemmatize_name(text[s:e].split(), lang, t, attested)) for s, e, _, _, t, _ in gold]
        gold_linker.link(mentions, lang, text)
        gold_pairs.extend((g[5], m.entity) for g, m in zip(gold, mentions))
    p, r, f, whole = pairwise(gold_pairs)
    print(f"linking (gold spans and types, our lemmas):  pairwise P {p:.3f}  R {r:.3f}  F1 {f:.3f}; gold IDs kept whole {whole:.3f}")

    # One process on one core; CPU time is what the machine's other load does not distort.
    print(f"throughput: {len(docs) / cpu_seconds:.0f} articles per CPU-second on one core, "
          f"{len(docs) / seconds:.0f} articles/s wall clock (load average {os.getloadavg()[0]:.1f}), "
          f"mention extraction + linking; sentence splitting {len(docs) / split_seconds:.0f} articles/s wall clock")
    if args.errors:
        rng = random.Random(0)
        for kind, items in errors.items():
            print(f"--- {kind} ({len(items)})")
            for item in rng.sample(items, min(args.errors, len(items))):
                print("  " + item)


if __name__ == "__main__":
    main()
