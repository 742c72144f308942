"""Mentions, precision side (#14): words that are no names, and spans that must not run past a name."""

from __future__ import annotations

import pytest

from rashomon.analysis.entities import extract_mentions
from rashomon.analysis.sentences import split_sentences


def by_text(text: str, language: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.lemma) for m in extract_mentions(text, language, split_sentences(text, language))}


@pytest.mark.parametrize(
    "text, language, word",
    [
        ("Той се обърна към вицепрезидента Байдън с „Аз не вярвам, че ще спечелите“.", "bg", "Аз"),
        ("В России начали выдавать «Паспорт вакцинированного» всем желающим.", "ru", "Паспорт"),
    ],
)
def test_an_ordinary_word_opening_a_quotation_is_no_name(text, language, word):
    assert word not in by_text(text, language)


def test_a_quoted_name_closed_right_after_it_stays_a_name():
    assert "Фокус" in by_text("Това съобщи агенция „Фокус“ в петък.", "bg")


@pytest.mark.parametrize(
    "text, language, phrase",
    [
        ("Rynki są spokojne. WARTO WIEDZIEĆ: kurs złotego rośnie.", "pl", "WARTO WIEDZIEĆ"),
        ("Всички ПРАВА ЗАПАЗЕНИ за сайта.", "bg", "ПРАВА ЗАПАЗЕНИ"),
    ],
)
def test_ordinary_words_in_capitals_are_no_name(text, language, phrase):
    assert phrase not in by_text(text, language)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Това каза той.\n\nВирусологът Нейтън Грубауг от университета обясни защо.", "Нейтън Грубауг"),
        ("Имаше шоу. Рапърът Кание Уест още на старта преди изборите.", "Кание Уест"),
        ("Той каза.\n\nРепубликанецът Тръмп прекара вчерашната вечер в голф клуба.", "Тръмп"),
    ],
)
def test_a_noun_with_the_article_opening_a_sentence_is_cut_off_the_name_after_it(text, name):
    assert name in by_text(text, "bg")


def test_the_preposition_vav_opening_a_sentence_is_no_name():
    found = by_text("Така е. Във Великобритания, година и половина по-късно, нищо не е ясно.", "bg")
    assert "Великобритания" in found and "Във" not in found


@pytest.mark.parametrize(
    "text, language, word",
    [
        ("Zbigniew Boniek mocno mu odpowiedział Spada liczba osób, które chcą wyjechać.", "pl", "Spada"),
        ("Rząd ogłosił decyzję, a potem Jest to głównie wynik spadku.", "pl", "Jest"),
        ("Vláda to schválila Aktualizováno v pondělí večer.", "cs", "Aktualizováno"),
    ],
)
def test_a_capitalised_verb_form_is_no_name(text, language, word):
    assert word not in by_text(text, language)


def test_a_series_beside_the_number_sign_is_no_name():
    # ru media imprints (covid-19 coronavirus_ru_28, us_election_2020): a registration number's series, not names.
    text = (
        "Свидетельство о регистрации Эл № ФС77-57640 Учредитель: Федеральное государственное унитарное предприятие. "
        "Сайт rt.com зарегистрировано Роскомнадзором 21 декабря 2016 г., свидетельство Эл № ФС 77-68119"
    )
    assert not {m.text for m in extract_mentions(text, "ru", split_sentences(text, "ru"))} & {"Эл", "ФС", "ФС77-57640"}


@pytest.mark.parametrize(
    "text, language",
    [
        # ru brexit: the editor signing a note inside a quotation.
        ('Переговоры представителей Лондона и Брюсселя по Brexit состоятся. "Для нас это (отставка Дэвиса. Ред.) не '
         'проблема. Мы готовы к работе', "ru"),
        # uk brexit
        ('Переговорник ЄС на переговорах щодо Brexit Мішель Барньє. "Міністри (члени Ради ЄС. - Ред. ) згодні з '
         'пакетом в цілому,', "uk"),
    ],
)
def test_the_editor_signing_a_note_is_no_name(text, language):
    assert "Ред" not in by_text(text, language)
