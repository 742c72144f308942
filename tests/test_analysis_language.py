"""Language identification and sentence splitting on the seeds and short texts in ten languages."""

from pathlib import Path

import pytest

from rashomon.analysis.language import detect_language
from rashomon.analysis.sentences import split_sentences

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "seeds"


@pytest.mark.parametrize(
    "text, code",
    [
        ("Russia’s Foreign Ministry said Tuesday that top U.S. and Russian diplomats had not yet scheduled a meeting.", "en"),
        ("Про це інформує CNN. За словами джерел видання, зустріч між Рубіо й Лавровим мала стати етапом.", "uk"),
        ("МИД России заявил во вторник, что встреча министров иностранных дел не была запланирована.", "ru"),
        ("Das Treffen zwischen den Außenministern wurde nach Angaben des Weißen Hauses verschoben.", "de"),
        ("La rencontre entre les ministres des Affaires étrangères a été reportée, selon la Maison Blanche.", "fr"),
        ("La reunión entre los ministros de Exteriores fue aplazada, según la Casa Blanca.", "es"),
        ("Spotkanie ministrów spraw zagranicznych zostało przełożone, podał Biały Dom.", "pl"),
        ("Setkání ministrů zahraničí bylo podle Bílého domu odloženo na neurčito.", "cs"),
        ("Срещата между външните министри е отложена, съобщи Белият дом.", "bg"),
        ("Srečanje zunanjih ministrov je bilo po navedbah Bele hiše preloženo.", "sl"),
    ],
)
def test_detects_news_languages_with_confidence(text, code):
    detected, confidence = detect_language(text)
    assert detected == code
    assert 0.5 < confidence <= 1.0


def test_text_without_letters_is_undetermined():
    assert detect_language("12 345 — 67") == ("und", 0.0)


def test_seed_languages():
    assert detect_language((SEEDS / "000_8a69b7fe4b9a2177.txt").read_text(encoding="utf-8"))[0] == "en"
    assert detect_language((SEEDS / "003_d5bce7bdcdc84413.txt").read_text(encoding="utf-8"))[0] == "uk"


def test_sentences_survive_cyrillic_and_latin_abbreviations():
    text = "Т.в.о. міністра прибув 21 жовт. 2025 р. до Києва. Він сказав «так».\n\nU.S. President Donald Trump spoke. Next"
    sentences = split_sentences(text, "uk")
    assert [s.text for s in sentences] == [
        "Т.в.о. міністра прибув 21 жовт. 2025 р. до Києва.",
        "Він сказав «так».",
        "U.S. President Donald Trump spoke.",
        "Next",
    ]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_sentence_offsets_index_into_the_seed():
    text = (SEEDS / "003_d5bce7bdcdc84413.txt").read_text(encoding="utf-8")
    sentences = split_sentences(text, "uk")
    assert sentences[0].text == "Про це інформує CNN."
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert any(s.text.startswith("Заступник міністра закордонних справ Росії Сергій Рябков") for s in sentences)
