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
- throughput of mention extraction + linking (sentence splitting timed apart);
- with --held-out, a leave-one-topic-out report: each topic scored (per language too) with a
  gazetteer built without the rows of known_entities.tsv that are about that topic, and a linker
  that has seen only that topic; then the mean of the topics. A row is about a topic when its names
  are concentrated there: the topic's rate of gold mentions the row names (per gold mention of the
  topic) exceeds the other topics' rates together. Rows that name no gold mention are about none.

Usage: .venv/bin/python benchmarks/entities_slavicner.py [--data DIR] [--lang bg,cs] [--topic brexit]
       [--errors 20] [--held-out]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from rashomon.analysis.entities import EntityLinker, extract_mentions
from rashomon.analysis.entities import gazetteer as gazetteer_module
from rashomon.analysis.entities.build_gazetteer import DATA, build_gazetteer
from rashomon.analysis.entities.heap import load_and_settle
from rashomon.analysis.entities.evaluation import load, pairwise, prf
from rashomon.analysis.entities.keys import stem_key
from rashomon.analysis.entities.morphology import lemmatize_name, load_dictionaries
from rashomon.analysis.sentences import split_sentences
from rashomon.model import Mention

DEFAULT_DATA = Path("/work/shared/data/slavicner")


def extract_and_link(docs, sentences) -> tuple[list, float, float]:
    """Mentions per document, linked by one linker; (mentions, wall seconds, CPU seconds)."""
    # Load what a process loads once (dictionaries, analysers, gazetteer): an ingest of many articles pays for it
    # at its start, not per article.
    for lang in {d[1] for d in docs}:
        load_dictionaries(lang)
        extract_mentions("Warm up Київ.", lang, [])
    load_and_settle()
    linker = EntityLinker()
    started, started_cpu = time.perf_counter(), time.process_time()
    predicted = []
    for (_, lang, text, _), sents in zip(docs, sentences):
        mentions = extract_mentions(text, lang, sents)
        linker.link(mentions, lang, text)
        predicted.append(mentions)
    return predicted, time.perf_counter() - started, time.process_time() - started_cpu


def score(docs, predicted) -> tuple[dict, dict, list, dict]:
    """(counts, counts per language, (gold ID, entity) per exactly matched mention, sample errors)."""
    counts = Counter()
    per_lang = defaultdict(Counter)
    link_pairs = []
    errors = defaultdict(list)
    for (name, lang, text, gold), mentions in zip(docs, predicted):
        by_span = {(m.start, m.end): m for m in mentions}
        gold_spans = {(g[0], g[1]) for g in gold}
        used = set()
        for tally in (counts, per_lang[lang]):
            tally["gold"] += len(gold_spans)
            tally["pred"] += len(by_span)
        for start, end, surface, lemma, type_, gold_id in gold:
            mention = by_span.get((start, end))
            if mention is not None and (start, end) not in used:
                used.add((start, end))
                for tally in (counts, per_lang[lang]):
                    tally["exact"] += 1
                    tally["type"] += mention.type == type_
                    tally["lemma"] += mention.lemma == lemma
                link_pairs.append((gold_id, mention.entity, lang))
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
    return counts, per_lang, link_pairs, errors


def figures(counts: Counter, link_pairs: list) -> dict[str, float]:
    """Mention F1 (exact), type and lemma accuracy, cross-lingual linking F1 (pairwise, matched mentions)."""
    exact = max(1, counts["exact"])
    return {
        "mention F1": prf(counts["exact"], counts["pred"], counts["gold"])[2],
        "type": counts["type"] / exact,
        "lemma": counts["lemma"] / exact,
        "linking F1": pairwise([(g, p) for g, p, _ in link_pairs])[2],
    }


def show(label: str, values: dict[str, float]) -> None:
    print(f"{label:<24}" + "  ".join(f"{name} {value:.3f}" for name, value in values.items()))


def report(docs, predicted, errors_wanted: int) -> None:
    counts, per_lang, link_pairs, errors = score(docs, predicted)
    p, r, f = prf(counts["exact"], counts["pred"], counts["gold"])
    print(f"mentions exact:    P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    p, r, f = prf(counts["overlap"], counts["pred"], counts["gold"])
    print(f"mentions overlap:  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"type accuracy (exact matches):  {counts['type'] / max(1, counts['exact']):.3f}")
    print(f"lemma accuracy (exact matches): {counts['lemma'] / max(1, counts['exact']):.3f}")
    for lang in sorted(per_lang):
        c = per_lang[lang]
        _, _, f = prf(c["exact"], c["pred"], c["gold"])
        print(f"  {lang}: exact F1 {f:.3f}  type {c['type'] / max(1, c['exact']):.3f}  lemma {c['lemma'] / max(1, c['exact']):.3f}  ({c['gold']} gold)")
    p, r, f, whole = pairwise([(g, e) for g, e, _ in link_pairs])
    print(f"linking (matched mentions, all documents): pairwise P {p:.3f}  R {r:.3f}  F1 {f:.3f}; gold IDs kept whole {whole:.3f}")
    if errors_wanted:
        show_errors(errors, link_pairs, errors_wanted)


def gold_span_linking(docs) -> None:
    gold_linker = EntityLinker()
    gold_pairs = []
    for name, lang, text, gold in docs:
        attested = Counter(word for word in text.split() if word[:1].isupper())
        mentions = [Mention(s, e, text[s:e], t, lemmatize_name(text[s:e].split(), lang, t, attested)) for s, e, _, _, t, _ in gold]
        gold_linker.link(mentions, lang, text)
        gold_pairs.extend((g[5], m.entity) for g, m in zip(gold, mentions))
    p, r, f, whole = pairwise(gold_pairs)
    print(f"linking (gold spans and types, our lemmas):  pairwise P {p:.3f}  R {r:.3f}  F1 {f:.3f}; gold IDs kept whole {whole:.3f}")


# ---------------------------------------------------------------------- leave one topic out

def known_rows() -> list[tuple[str, list[str]]]:
    """(row ID, its names) of known_entities.tsv."""
    rows = []
    for line in (DATA / "known_entities.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            entity_id, _, names = line.split("\t")
            rows.append((entity_id, [item.partition(":")[2] if item[2:3] == ":" else item for item in names.split("|")]))
    return rows


def rows_about_topics(data: Path) -> dict[str, set[str]]:
    """{topic: IDs of the known rows whose named gold mentions are concentrated in that topic}, over all topics."""
    docs = load(data, None, None)
    gold_keys = defaultdict(Counter)  # topic -> stem key of a gold surface or lemma -> mentions
    gold_sizes = Counter()
    for name, _, _, gold in docs:
        topic = name.split("/")[0]
        gold_sizes[topic] += len(gold)
        for _, _, surface, lemma, _, _ in gold:
            for key in {stem_key(surface), stem_key(lemma)}:
                gold_keys[topic][key] += 1
    about = defaultdict(set)
    for row_id, names in known_rows():
        keys = {stem_key(n) for n in names if n}
        rates = {t: sum(gold_keys[t][k] for k in keys) / gold_sizes[t] for t in gold_sizes}
        total = sum(rates.values())
        for topic, rate in rates.items():
            if rate and rate > total - rate:
                about[topic].add(row_id)
    return about


def use_gazetteer_without(rows: set[str], folder: Path) -> None:
    """Build the gazetteer without ``rows`` and make it the one every stage uses from now on."""
    path = folder / f"gazetteer-{len(rows)}-{abs(hash(frozenset(rows)))}.json"
    build_gazetteer(path, skip=rows)
    gazetteer_module.GAZETTEER_PATH = path
    gazetteer_module.gazetteer.cache_clear()


def show_errors(errors: dict, link_pairs: list, wanted: int) -> None:
    """Sample errors, the commonest type confusions and the gold entities split into most pieces."""
    rng = random.Random(0)
    for kind, items in errors.items():
        print(f"--- {kind} ({len(items)})")
        for item in rng.sample(items, min(wanted, len(items))):
            print("  " + item)
    confusions = Counter(item.split(": ", 1)[1] for item in errors.get("type", ()))
    print("--- type confusions (predicted != gold): " + ", ".join(f"{k} {n}" for k, n in confusions.most_common(8)))
    pieces = defaultdict(Counter)
    for gold_id, entity, _ in link_pairs:
        pieces[gold_id][entity] += 1
    split = sorted(pieces.items(), key=lambda item: -(sum(item[1].values()) - max(item[1].values())))
    print("--- gold entities split most (mentions outside their largest piece):")
    for gold_id, parts in split[:wanted]:
        print(f"  {gold_id}: " + ", ".join(f"{e} {n}" for e, n in parts.most_common(6)))
    merged = defaultdict(Counter)
    for gold_id, entity, _ in link_pairs:
        merged[entity][gold_id] += 1
    wrong = sorted(merged.items(), key=lambda item: -(sum(item[1].values()) - max(item[1].values())))
    print("--- entities that merge several gold entities:")
    for entity, parts in wrong[:wanted]:
        if len(parts) > 1:
            print(f"  {entity}: " + ", ".join(f"{g} {n}" for g, n in parts.most_common(6)))


def held_out_report(data: Path, docs, sentences, errors_wanted: int) -> None:
    about = rows_about_topics(data)
    topics = sorted({name.split("/")[0] for name, *_ in docs})
    per_topic = {}
    with tempfile.TemporaryDirectory() as folder:
        for topic in topics:
            chosen = [i for i, d in enumerate(docs) if d[0].startswith(topic + "/")]
            use_gazetteer_without(about[topic], Path(folder))
            topic_docs = [docs[i] for i in chosen]
            predicted, _, _ = extract_and_link(topic_docs, [sentences[i] for i in chosen])
            counts, per_lang, link_pairs, errors = score(topic_docs, predicted)
            print(f"--- held out: {topic} ({len(topic_docs)} documents); rows set aside: {', '.join(sorted(about[topic])) or 'none'}")
            per_topic[topic] = figures(counts, link_pairs)
            show(f"  {topic}", per_topic[topic])
            for lang in sorted(per_lang):
                show(f"    {lang}", figures(per_lang[lang], [p for p in link_pairs if p[2] == lang]))
            if errors_wanted:
                show_errors(errors, link_pairs, errors_wanted)
    gazetteer_module.GAZETTEER_PATH = DATA / "gazetteer.json"
    gazetteer_module.gazetteer.cache_clear()
    show("held-out mean", {name: sum(f[name] for f in per_topic.values()) / len(per_topic) for name in next(iter(per_topic.values()))})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--lang", default="")
    parser.add_argument("--topic", default="")
    parser.add_argument("--errors", type=int, default=0, help="print this many sample errors of each kind")
    parser.add_argument("--held-out", action="store_true", help="add the leave-one-topic-out report")
    args = parser.parse_args()
    if not (args.data / "ner").is_dir():
        sys.exit(f"no SlavicNER data at {args.data}")
    docs = load(args.data, set(filter(None, args.lang.split(","))), set(filter(None, args.topic.split(","))))
    print(f"{len(docs)} documents, {sum(len(d[3]) for d in docs)} gold mentions")

    started = time.perf_counter()
    sentences = [split_sentences(text, lang) for _, lang, text, _ in docs]
    split_seconds = time.perf_counter() - started
    predicted, seconds, cpu_seconds = extract_and_link(docs, sentences)
    report(docs, predicted, args.errors)
    gold_span_linking(docs)
    # One process on one core; CPU time is what the machine's other load does not distort.
    print(f"throughput: {len(docs) / cpu_seconds:.0f} articles per CPU-second on one core, "
          f"{len(docs) / seconds:.0f} articles/s wall clock (load average {os.getloadavg()[0]:.1f}), "
          f"mention extraction + linking; sentence splitting {len(docs) / split_seconds:.0f} articles/s wall clock")
    if args.held_out:
        held_out_report(args.data, docs, sentences, args.errors)


if __name__ == "__main__":
    main()
