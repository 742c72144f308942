"""Sentence ends: an ordinal day before a month name ("am 10. Mai") and Polish abbreviations before a number
do not end a sentence; a number before another capitalised word still may; "…" ends one as "..." does."""

import pytest

from rashomon.analysis.entities import extract_mentions
from rashomon.analysis.sentences import split_sentences


@pytest.mark.parametrize(
    "text, language",
    [
        ("Eigentlich soll am 10. Mai in Polen das Amt des Staatspräsidenten gewählt werden.", "de"),
        ("Sie hätte offenbar am 14. März vor Gericht erscheinen müssen.", "de"),
        ("Volby se konají 4. Března, oznámil prezident.", "cs"),
        ("We wtorek, około godz. 19.40, policjanci zostali zaalarmowani o ataku.", "pl"),
        ("Na miejscu było ok. 20 osób, w tym tzw. świadkowie koronni.", "pl"),
    ],
)
def test_a_date_or_an_abbreviation_before_a_number_does_not_end_the_sentence(text, language):
    assert [s.text for s in split_sentences(f"{text} Das ist alles.", language)] == [text, "Das ist alles."]


def test_a_number_that_ends_a_sentence_still_ends_it():
    text = "Die Sitzung endete um 10. Danach sprach Merz."
    assert [s.text for s in split_sentences(text, "de")] == ["Die Sitzung endete um 10.", "Danach sprach Merz."]



def test_an_ellipsis_character_before_a_capital_ends_the_sentence():
    # SlavicNER sl: "Torej" (so) was read as a capitalised word inside a sentence, hence a name.
    text = "Verjeli so v vse: v obvezna cepljenja, čipe, aplikacije, izolacije… Torej ni pravo vprašanje, čemu bi."
    sentences = split_sentences(text, "sl")
    assert [s.text for s in sentences] == [text[: text.index("Torej") - 1], text[text.index("Torej") :]]
    assert len(split_sentences("Он сказал… потом ушёл.", "ru")) == 1
    assert "Torej" not in {m.text for m in extract_mentions(text, "sl", sentences)}
