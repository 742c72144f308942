"""The two seed reports: the English loses its donation appeal, the Ukrainian loses nothing."""

from __future__ import annotations

from pathlib import Path

from rashomon.cleaning import Cleaner
from rashomon.sources import read

SEEDS = Path(__file__).parent.parent / "examples" / "seeds"


def cleaned_seeds():
    cleaner = Cleaner()
    documents = list(read([str(SEEDS)]))
    return {("en" if "Rubio" in d.text else "uk"): (d, cleaner.clean(d)) for d in documents}


def test_english_seed_ends_with_the_report_and_keeps_no_part_of_the_appeal():
    document, cleaned = cleaned_seeds()["en"]
    assert cleaned.text.endswith("must be “not rushed.”")
    for fragment in ("A Message from The Moscow Times", "Dear readers", "undesirable", "support us monthly", "Remind me later"):
        assert fragment not in cleaned.text
    assert cleaned.removed[0] == "A Message from The Moscow Times:" and cleaned.removed[-1] == "Remind me later."
    assert cleaned.title is None  # the first line is a long body sentence, not a headline
    assert cleaned.text.startswith("Russia’s Foreign Ministry said Tuesday")
    # Nothing of the report itself went: every kept line is a line of the input.
    assert document.text.startswith(cleaned.text)


def test_ukrainian_seed_loses_nothing_and_has_no_headline():
    document, cleaned = cleaned_seeds()["uk"]
    assert cleaned.text == document.text.strip()
    assert cleaned.text.startswith("Про це інформує CNN.")
    assert cleaned.title is None and cleaned.removed == []


def test_cleaner_pickles_with_its_memory():
    import pickle

    cleaner = Cleaner()
    for document in read([str(SEEDS)]):
        document.source = "Seed Wire"
        cleaner.clean(document)
    clone = pickle.loads(pickle.dumps(cleaner))
    assert clone.memory.seen.keys() == cleaner.memory.seen.keys() == {"seed wire"}
