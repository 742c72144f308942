"""Sentence ends: an ordinal day before a month name ("am 10. Mai") and Polish abbreviations before a number
do not end a sentence; a number before another capitalised word still may."""

import pytest

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

