"""Mentions: spans, types and nominative forms in several languages, from plain text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rashomon.analysis.entities import extract_mentions
from rashomon.analysis.entities.gazetteer import gazetteer
from rashomon.analysis.sentences import split_sentences


def mentions(text: str, language: str):
    return extract_mentions(text, language, split_sentences(text, language))


def by_text(text: str, language: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.lemma) for m in mentions(text, language)}


def test_offsets_index_the_text():
    text = "Заступник міністра Сергій Рябков зустрівся з Рубіо в Будапешті."
    for mention in mentions(text, "uk"):
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    "text, language, surface, type_, lemma",
    [
        ("Зустріч між Рубіо й Лавровим скасували.", "uk", "Лавровим", "PER", "Лавров"),
        ("Трамп говорив з Путіним телефоном.", "uk", "Путіним", "PER", "Путін"),
        ("Саміт мав відбутися в Будапешті.", "uk", "Будапешті", "LOC", "Будапешт"),
        ("Зустріч між Рубіо й Лавровим скасували.", "uk", "Рубіо", "PER", "Рубіо"),
        ("Заявила заступниця речника Білого дому Анна Келлі.", "uk", "Білого дому", "LOC", "Білий дім"),
        ("Он встретился с Лавровым в Москве.", "ru", "Лавровым", "PER", "Лавров"),
        ("Приехал в Москву министр.", "ru", "Москву", "LOC", "Москва"),
        ("Spotkanie w Polsce odbyło się z udziałem Unii Europejskiej.", "pl", "Unii Europejskiej", "ORG", "Unia Europejska"),
        ("Европейската комисия и Брекзит.", "bg", "Европейската комисия", "ORG", "Европейска комисия"),
        ("Deputy Foreign Minister Sergei Ryabkov told reporters.", "en", "Sergei Ryabkov", "PER", "Sergei Ryabkov"),
    ],
)
def test_type_and_nominative(text, language, surface, type_, lemma):
    assert by_text(text, language).get(surface) == (type_, lemma)


def test_sentence_openers_and_pronouns_are_not_names():
    text = (
        "Втім, за даними CNN, позиція Москви не змінилася. Однак зустріч відклали. "
        "Також не відразу стало зрозуміло. Тоді він стверджував інше. - Він сміливо залучив усі сторони."
    )
    found = by_text(text, "uk")
    assert set(found) == {"CNN", "Москви"}


def test_english_sentence_openers_titles_and_demonyms():
    text = "Remind me later. The Kremlin said Russian President Vladimir Putin spoke on Monday."
    found = by_text(text, "en")
    assert found == {"Kremlin": ("ORG", "Kremlin"), "Vladimir Putin": ("PER", "Vladimir Putin")}


def test_adjective_of_a_place_is_not_a_person():
    # "Білого" alone must not become a person: the whole "Білого дому" is the White House.
    found = by_text("Речниця Білого дому повідомила.", "uk")
    assert "Білого" not in found and found["Білого дому"][0] == "LOC"  # a place, as BSNLP annotates it


@pytest.mark.parametrize(
    "text, language, name",
    [
        # The head noun looks like an adjective ("комисия"), and two adjectives stand before it.
        ("Решението на Централната избирателна комисия беше обжалвано.", "bg", "Централната избирателна комисия"),
        # An ordinary adjective the endings miss, before a noun that ends such names.
        ("Obiskali so Rdečo hišo v mestu.", "sl", "Rdečo hišo"),
    ],
)
def test_lower_case_words_complete_a_name(text, language, name):
    assert name in by_text(text, language)


@pytest.mark.parametrize(
    "text, language, surface, type_",
    [
        # A number at the end: a year makes an event, capitals and a small number a group, else a product.
        ("Чемпионат ЧМ-2018 прошёл успешно.", "ru", "ЧМ-2018", "EVT"),
        ("Szczyt G20 odbył się w Osace.", "pl", "G20", "ORG"),
        ("Над городом пролетели Су-35.", "ru", "Су-35", "PRO"),
        # A dictionary word that no dictionary reads as a name is no person.
        ("Вакцину разработали в «Векторе», сообщили нам.", "ru", "Векторе", "ORG"),
        # Place and organisation words used alone as short names.
        ("Brytyjczycy mieszkający na Wyspach boją się zmian.", "pl", "Wyspach", "LOC"),
        ("Wiedzą, że Unia nie zgodzi się na to.", "pl", "Unia", "ORG"),
        # A capital inside a word: a company or brand, "Mc" names aside.
        ("Szczepionkę opracowały firmy Pfizer i BioNTech.", "pl", "BioNTech", "ORG"),
        ("Letalo je kupil EasyJet, pravi vir.", "sl", "EasyJet", "ORG"),
        ("Senátor McConnell to odmítl.", "cs", "McConnell", "PER"),
    ],
)
def test_types_without_a_known_name(text, language, surface, type_):
    assert by_text(text, language)[surface][0] == type_


@pytest.mark.parametrize(
    "text, language",
    [("Pákistánská policie zatkla tři muže.", "cs"), ("Холандското правителство реши друго.", "bg"), ("Pakistański sąd uniewinnił kobietę.", "pl")],
)
def test_a_country_adjective_opening_a_sentence_names_nothing(text, language):
    assert by_text(text, language) == {}


def test_an_institution_takes_its_genitive_complement():
    found = by_text("Законопроект одобрила Палата представителей. Глава Министерства иностранных дел заявил.", "ru")
    assert found["Палата представителей"][0] == "ORG"
    # Only the head inflects: the genitive stays as written.
    assert found["Министерства иностранных дел"] == ("ORG", "Министерство иностранных дел")
    # A country named before is not part of the court's name; conjunctions end it.
    found = by_text("Решение Верховного суда страны и Сената обжаловали.", "ru")
    assert "Верховного суда" in found and not any("страны" in name or " и" in name for name in found)


def test_latin_and_cyrillic_words_are_two_names():
    found = by_text("Об этом сказал Бенедикт XVI, а министр по делам Brexit Дэвид Дэвис промолчал.", "ru")
    assert {"Бенедикт XVI", "Brexit", "Дэвид Дэвис"} <= set(found) and found["Дэвид Дэвис"][0] == "PER"


def test_a_disease_word_makes_an_event_and_is_no_title():
    # "пандемии" once read as the title "пан": COVID-19 became a person, here an event.
    found = by_text("Во время пандемии COVID-19 многие болели.", "ru")
    assert found["COVID-19"][0] == "EVT"


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Вчера Меркель встретилась с Макроном.", "ru", "Меркель"),  # not the title "мер" (mayor)
    ],
)
def test_short_titles_take_short_endings_only(text, language, name):
    assert name in by_text(text, language)


def test_a_name_before_a_head_noun_stays_a_name():
    # "agentuře" is "told the agency", not part of the man's name.
    assert "Saif Mulúk" in by_text("Řekl to Saif Mulúk agentuře AFP.", "cs")


def test_coordination_gives_two_mentions():
    found = mentions("Одне з джерел повідомило, що Рубіо та Лавров мають різні очікування.", "uk")
    assert [(m.text, m.type) for m in found] == [("Рубіо", "PER"), ("Лавров", "PER")]


def test_hyphenated_pair_of_names_is_split():
    text = "Marco Rubio and Sergei Lavrov discussed a Rubio-Lavrov meeting."
    assert [m.text for m in mentions(text, "en")] == ["Marco Rubio", "Sergei Lavrov", "Rubio", "Lavrov"]


def test_kind_nouns_and_company_forms_type_unknown_names():
    found = by_text("Tanie linie lotnicze Ryanair odwołały loty. Ryanair podał, że Orlen S.A. milczy.", "pl")
    assert found["Ryanair"][0] == "ORG" and found["Orlen S.A."][0] == "ORG"
    found = by_text("Авиакомпания Ryanair отменила рейсы, сообщило ПАО «Газпром» в городе Энергодар.", "ru")
    assert found["Ryanair"][0] == "ORG" and found["Газпром"][0] == "ORG" and found["Энергодар"][0] == "LOC"
    # Czech "řekl" (said) is no river, reflexive "se" no Societas Europaea.
    found = by_text("„Nevzdám se,“ řekl Babiš novinářům. Babiš se pak vrátil.", "cs")
    assert found["Babiš"][0] == "PER"


def test_topics_are_not_written_into_the_known_names():
    """No hand-written row for a news topic: Brexit, COVID-19 or a vaccine maker is found like any other name."""
    known = (Path(__file__).resolve().parent.parent / "rashomon/analysis/entities/data/known_entities.tsv").read_text(encoding="utf-8")
    ids = {line.split("\t")[0] for line in known.splitlines() if line and not line.startswith("#")}
    assert not ids & {"brexit", "covid-19", "us-election-2020", "pfizer", "biontech", "moderna", "astrazeneca", "sputnik-v"}


def test_inflected_foreign_surname_takes_the_form_the_text_attests():
    text = "Joe Biden wygrał. Zwolennicy Bidena świętowali, a Trump milczał."
    assert by_text(text, "pl")["Bidena"] == ("PER", "Biden")


def test_acronym_before_a_full_name_is_a_separate_mention():
    found = by_text("Poslanec SD Franc Trček je vprašal ministra.", "sl")
    assert found["SD"][0] == "ORG" and found["Franc Trček"][0] == "PER"


def test_german_nouns_after_articles_are_not_names():
    text = "Außenminister Sergej Lawrow sagte in Moskau, das Treffen mit US-Außenminister Marco Rubio sei nicht abgesagt."
    assert by_text(text, "de") == {
        "Sergej Lawrow": ("PER", "Sergej Lawrow"),
        "Moskau": ("LOC", "Moskau"),
        "Marco Rubio": ("PER", "Marco Rubio"),
    }


def test_lower_case_institution_noun_after_a_capitalised_adjective():
    found = by_text("Решението на Върховния съд е окончателно.", "bg")
    assert found["Върховния съд"][0] == "ORG"


def test_lower_case_names_match_only_as_listed():
    found = by_text("Говорили о демократии, а демократы голосовали против.", "ru")
    assert "демократии" not in found and found["демократы"][0] == "ORG"


def test_single_letter_sentence_openers_are_not_names():
    assert by_text("O tem je govoril Janez Janša.", "sl") == {"Janez Janša": ("PER", "Janez Janša")}


def test_organisation_with_a_place_in_the_genitive_is_one_name():
    found = by_text("Об этом сообщил МИД Великобритании.", "ru")
    assert found["МИД Великобритании"][0] == "ORG"


def test_first_name_in_another_case_starts_a_second_name():
    found = by_text("Об этом сказал помощник Навального Леонид Волков.", "ru")
    assert found["Леонид Волков"][0] == "PER" and "Навального" in found


def test_pronouns_and_verbs_next_to_a_name_are_cut_off():
    found = by_text("Конгресс утвердил победу Байдена Обе палаты согласились. Если Вы заметите ошибку, напишите.", "ru")
    assert "Байдена" in found and not any(word in surface for surface in found for word in ("Обе", "Вы"))


def test_initials_belong_to_the_name():
    found = by_text("В отставку подали Б.Джонсон и Д. Дэвис. Витамины А. Б. С. полезны.", "ru")
    assert found == {"Б.Джонсон": ("PER", "Б.Джонсон"), "Д. Дэвис": ("PER", "Д. Дэвис")}


def test_a_name_ending_in_a_lower_case_noun_is_one_mention():
    found = by_text("Газопровод «Северный поток» идет по дну, и в Балтийском море тихо.", "ru")
    assert found["Северный поток"] == ("PRO", "Северный поток") and "Северный" not in found  # a pipeline: a work
    assert found["Балтийском море"][0] == "LOC"
    found = by_text("Будівництво Північного потоку триває.", "uk")
    assert found["Північного потоку"] == ("ORG", "Північний потік")


def test_after_in_an_unknown_name_is_a_place():
    found = by_text("Zamach w Sheffield potępił Kowalski.", "pl")
    assert found["Sheffield"][0] == "LOC" and found["Kowalski"][0] == "PER"


def test_iso_names_acronyms_and_states_are_places():
    """pycountry's official names give "RPA" and "ЮАР" (only written in capitals), its subdivisions the
    states in every script."""
    found = by_text("Изборите в САЩ решава Пенсилвания.", "bg")
    assert found["САЩ"][0] == "LOC"
    assert found["Пенсилвания"][0] == "LOC"
    assert by_text("Volitve v ZDA so se končale.", "sl")["ZDA"][0] == "LOC"
    assert by_text("Wybory w Pensylwanii wygrał Biden.", "pl")["Pensylwanii"] == ("LOC", "Pensylwania")
    assert gazetteer().lookup("RPA").id == gazetteer().lookup("ЮАР").id == gazetteer().lookup("South Africa").id
    assert gazetteer().lookup("Rpa") is None


@pytest.mark.parametrize(
    "text, language, surface",
    [
        ("Говорител на Белия дом каза, че Световната здравна организация реши.", "bg", "Световната здравна организация"),
        ("Говорител на Белия дом каза това.", "bg", "Белия дом"),
        ("Mluvčí Bílého domu uvedl, že jednání s Severním Irskem pokračuje.", "cs", "Severním Irskem"),
        ("Rozmowy z Irlandią Północną trwają.", "pl", "Irlandią Północną"),
        ("Predstavnik Bele hiše je dejal, da bo odločila.", "sl", "Bele hiše"),
        ("Решението на Върховния съд на Пакистан беше прието.", "bg", "Върховния съд на Пакистан"),
        ("Гласуването в Камарата на общините беше отложено.", "bg", "Камарата на общините"),
    ],
)
def test_whole_names_with_lower_case_words(text, language, surface):
    """A capitalised adjective with lower-case adjectives and an institution noun, an adjective after a known
    place, and Bulgarian "на" complements of an institution make one mention."""
    assert surface in by_text(text, language)


def test_latin_name_in_cyrillic_text_is_no_person():
    found = by_text("Вакцину розробили Pfizer і BioNTech, повідомив Bloomberg.", "uk")
    assert found["Pfizer"][0] == found["BioNTech"][0] == found["Bloomberg"][0] == "ORG"


def test_a_title_before_an_institution_does_not_make_it_a_person():
    assert by_text("Заявил пресс-секретарь Белого дома Джен Псаки.", "ru")["Белого дома"][0] != "PER"
    assert by_text("Кандидатът на Демократическата партия спечели.", "bg")["Демократическата партия"][0] == "ORG"


@pytest.mark.parametrize(
    "text, language, word",
    [
        # French "Komis" (the Komi Republic) stems to "komis", as "Komisja" does: a short key is no prefix.
        ("Komisja Wyborcza ogłosiła wyniki, a Komisji nikt nie wierzył.", "pl", "Komisja"),
        ("Komisja Wyborcza ogłosiła wyniki, a Komisji nikt nie wierzył.", "pl", "Komisji"),
        # "Belém" stems to "bel", as the Bulgarian "Белия" (the white) does.
        ("Говорител на Белия дом каза това.", "bg", "Белия"),
    ],
)
def test_a_short_known_name_is_not_the_start_of_another_word(text, language, word):
    assert not any(m.type == "LOC" and m.text == word for m in mentions(text, language))
    assert gazetteer().lookup(word) is None


@pytest.mark.parametrize(
    "word, entity_id",
    [("Komis", "komi-respublika"), ("Belému", "belem"), ("Москвой", "moscow"), ("Kyjevě", "kyiv"), ("Srbiji", "serbia")],
)
def test_a_short_known_name_still_takes_its_case_endings(word, entity_id):
    assert gazetteer().lookup(word).id == entity_id



@pytest.mark.parametrize(
    "text, language, opener, name",
    [
        ("Wciąż nie wiadomo, co dalej. Sytuacja wciąż jest trudna, mówi Donald Tusk.", "pl", "Wciąż", "Donald Tusk"),
        ("Doslej so prejeli tri odmerke. Vse je bilo doslej v redu, je dejal Janez Janša.", "sl", "Doslej", "Janez Janša"),
    ],
)
def test_sentence_opener_written_in_lower_case_elsewhere_is_no_name(text, language, opener, name):
    found = by_text(text, language)
    assert opener not in found and name in found


@pytest.mark.parametrize(
    "text, language, title",
    [
        ("Jak pisze brytyjski dziennik The Guardian, rząd się waha.", "pl", "The Guardian"),
        ("Според The Guardian премиерът ще подаде оставка.", "bg", "The Guardian"),
        ("Podle listu The Daily Telegraph vláda váhá.", "cs", "The Daily Telegraph"),
    ],
)
def test_english_article_opens_a_title_in_other_languages(text, language, title):
    assert by_text(text, language)[title][1] == title


def test_a_title_with_an_english_article_is_a_work():
    assert by_text("Tak napisał The Daily Telegraph w piątek.", "pl")["The Daily Telegraph"][0] == "PRO"


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("След Брекзит цените ще растат. Брекзит е предизвикателство за бизнеса.", "bg", "Брекзит"),
        ("Firmy obawiają się, co będzie po Brexicie. Negocjacje w sprawie Brexitu trwają.", "pl", "Brexitu"),
        ("Что будет после Брексита, неясно. Переговоры о Брексите продолжаются.", "ru", "Брексите"),
    ],
)
def test_a_name_written_after_after_is_an_event(text, language, name):
    assert by_text(text, language)[name][0] == "EVT"


def test_after_a_person_stays_a_person():
    found = by_text("Министр Джон Смит выступил первым. После Смита выступил Иван Петров.", "ru")
    assert found["Смита"][0] == "PER"


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Документът ще бъде разгледан от Камарата на лордовете утре.", "bg", "Камарата на лордовете"),
        ("Ustawę przyjęła w piątek Izba Lordów.", "pl", "Izba Lordów"),
        ("Zakon je sprejela Državna zbornica v petek.", "sl", "Državna zbornica"),
    ],
)
def test_a_chamber_of_parliament_is_an_organisation(text, language, name):
    assert by_text(text, language)[name][0] == "ORG"


def test_labels_and_furniture_are_not_names():
    found = by_text("Soud ji osvobodil. | Zdroj: Reuters | Autor: ČTK. Policie to oznámila.", "cs")
    assert "Zdroj" not in found and "Autor" not in found and "Reuters" in found


def test_a_quotation_opened_after_a_colon_starts_a_sentence():
    text = "Премиерът заяви пред Би Би Си: „Речта ще бъде кратка“, а речта на министъра беше дълга."
    assert "Речта" not in by_text(text, "bg")


@pytest.mark.parametrize(
    "text, language, demonym, lemma",
    [
        ("Большинство американцев поддерживают меры.", "ru", "американцев", "американцы"),
        ("Според анкетата британците искат нов референдум.", "bg", "британците", "британци"),
        ("Според анкетата българите искат нов референдум.", "bg", "българите", "българи"),
        ("Франция е готова да приеме пакистанката Асия Биби.", "bg", "пакистанката", "пакистанка"),
        ("Большинство россиян поддерживают меры.", "ru", "россиян", "россияне"),
    ],
)
def test_a_country_s_people_in_lower_case_are_named(text, language, demonym, lemma):
    assert by_text(text, language)[demonym] == ("PER", lemma)


@pytest.mark.parametrize(
    "text, language",
    [
        ("В конце концов у лица его отца было больное сердце.", "ru"),
        # the endings of a bare plural and of a woman ("българи", "пакистанка") end adjectives and nouns too
        ("Пакистанската полиция и щатите следят динамиката.", "bg"),
        ("В российской колонке о риторике.", "ru"),
    ],
)
def test_a_lower_case_word_that_only_ends_like_a_demonym_is_no_name(text, language):
    assert by_text(text, language) == {}


@pytest.mark.parametrize(
    "word, language, country",
    [("американцы", "ru", "usa"), ("британците", "bg", "great-britain"), ("Amerykanie", "pl", "usa"), ("Američané", "cs", "usa")],
)
def test_demonyms_find_their_country_by_its_other_names(word, language, country):
    assert gazetteer().country_of_demonym(word, language).id == country


def test_a_lower_case_noun_sharing_a_country_s_three_first_letters_is_no_demonym():
    # "мес-еца" / "Mes-sico": a three-letter stem stands for a country only in a capitalised word ("Pol-acy").
    assert gazetteer().country_of_demonym("месеца", "bg") is None
    assert by_text("Той почина три месеца по-късно.", "bg") == {}


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Тя беше председател на Федералния резерв до 2018 г.", "bg", "Федералния резерв"),
        ("Jiří Hošek je bývalý zpravodaj Českého rozhlasu v Německu.", "cs", "Českého rozhlasu"),
        ("Jednání se účastní i Mezinárodní měnový fond a další.", "cs", "Mezinárodní měnový fond"),
        ("Tako je razglasila ameriška centralna banka Zvezne rezerve v torek.", "sl", "Zvezne rezerve"),
    ],
)
def test_a_capitalised_adjective_mid_sentence_takes_its_noun(text, language, name):
    assert name in by_text(text, language)


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Cytowany przez Tuska dokument jest kolejną próbą.", "pl", "Tuska"),  # a surname, not "Tuska dokument"
        ("Министър Захариева коментира, че преговорите вървят.", "bg", "Захариева"),
        ("Guardian: Тежко споразумение очаква Лондон.", "bg", None),  # after a colon: a headline's first word
    ],
)
def test_a_name_ending_like_an_adjective_takes_no_lower_case_word(text, language, name):
    found = by_text(text, language)
    assert not any(" " in key and key.split()[-1].islower() for key in found)
    assert name is None or name in found


@pytest.mark.parametrize(
    "text, language, names",
    [
        (
            "Брекзит е сложен. Министърът за Брекзит Дейвид Дейвис заяви, че ще успеят.",
            "bg",
            {"Брекзит", "Дейвид Дейвис"},
        ),
        (
            "Rada Europejska zebrała się w piątek. Szef Rady Europejskiej Donald Tusk powiedział, że jest dobrze.",
            "pl",
            {"Rady Europejskiej", "Donald Tusk"},
        ),
    ],
)
def test_a_full_name_glued_to_a_name_standing_alone_elsewhere_is_its_own(text, language, names):
    assert names <= set(by_text(text, language))


@pytest.mark.parametrize(
    "text, language, names",
    [
        # The surname comes back alone and the name before is a known place.
        ("Министър-председателят на Великобритания Тереза Мей отхвърли проекта. Мей каза, че не е съгласна.", "bg", {"Великобритания", "Тереза Мей"}),
        # A place known by one name opens three capitalised words: a given name and surname follow.
        ("Med njimi je senator iz Ohia Rob Portman, ki je to povedal.", "sl", {"Ohia", "Rob Portman"}),
        # A Bulgarian given name ending like an adjective ("Асия") does not make "Пакистан" part of a name.
        ("Християнката от Пакистан Асия Биби все още е в затвора.", "bg", {"Пакистан", "Асия Биби"}),
    ],
)
def test_a_place_glued_to_a_full_name_after_it_is_its_own(text, language, names):
    assert names <= set(by_text(text, language))


def test_an_institution_after_a_place_known_by_one_name_stays_whole():
    assert "Zurich Insurance Group" in by_text("Pieniądze przyszły od Zurich Insurance Group w tym roku.", "pl")


def test_a_middle_name_stays_in_the_full_name():
    text = "Včera přiletěl Donald Trump. U letadla stál Donald se synem. Když Donald John Trump vystoupil, mával."
    assert "Donald John Trump" in by_text(text, "cs")


def test_a_sentence_opening_word_with_the_definite_article_is_no_name():
    found = by_text("Делегацията пристигна. Осъдената жена е на свобода, каза Асия Биби.", "bg")
    assert "Осъдената" not in found and "Асия Биби" in found


def test_a_quotation_opened_by_a_closing_guillemet_starts_a_sentence():
    found = by_text("Včeraj je Janša dejal: »Edina večja napaka je bila ta.« Tako je rekel.", "sl")
    assert found == {"Janša": ("PER", "Janša")}


def test_one_languages_prepositions_cut_no_name_in_another():
    """Polish "w Zakopanem przed" is a place, not an adjective opening a name with the preposition after it, and
    the Slavic prepositions that tell it ("ku", "u", "ob") still begin names in English."""
    polish = {m.text for m in extract_mentions("Viki Gabor zaśpiewała w Zakopanem przed tłumem widzów.", "pl", [])}
    assert "Zakopanem" in polish and not any("przed" in name for name in polish)
    english = {m.text for m in extract_mentions("Members of the Ku Klux Klan marched on Monday.", "en", [])}
    assert "Ku Klux Klan" in english


@pytest.mark.parametrize(
    "text, language, code",
    [
        ("Očkování proti nemoci covid-19 dnes začalo.", "cs", "covid-19"),
        ("Zaradi epidemije covida-19 so zaprli šole.", "sl", "covida-19"),
        ("Учасники отримували дві дози вакцини mrna-1273 по 100 мкг.", "uk", "mrna-1273"),
    ],
)
def test_a_designation_in_lower_case_is_a_name(text, language, code):
    assert code in by_text(text, language)


def test_a_designation_inside_an_address_or_a_unit_is_no_name():
    found = by_text("Podrobnosti na www.example.com/covid-19 a spotřeba co2 a m2 roste.", "cs")
    assert not any(name in found for name in ("covid-19", "co2", "m2"))


@pytest.mark.parametrize(
    "text, language, word",
    [
        ("Мишел Барние: Предложенията на ЕС за Брекзит не се променят.", "bg", "Предложенията"),
        ("Biskup: Zapowiadało się gorzej, dlatego czekamy.", "pl", "Zapowiadało"),
        ("Potrdili so 127.021 okužb. Umrlo je še 1149 bolnikov.", "sl", "Umrlo"),
        ("Rozwiązanie znajdzie się w 2018 r. Pierwsza kwestia dotyczy warunków.", "pl", "Pierwsza"),
    ],
)
def test_an_ordinary_word_after_a_colon_or_a_stop_is_no_name(text, language, word):
    assert word not in by_text(text, language)


def test_a_name_after_an_abbreviation_stays_whole():
    assert "Andrzej Gil" in by_text("Mówi o tym politolog prof. Andrzej Gil z Krakowa.", "pl")


@pytest.mark.parametrize("name, entity_id", [("Paryż", "paris"), ("Париж", "paris"), ("Panama", "panama"), ("Casablanca", "casablanca")])
def test_one_shared_alternate_name_merges_no_two_places(name, entity_id):
    # GeoNames lists "Paname" (a nickname of Paris, Panama's key) and "Casa Blanca" (the White House's key).
    assert gazetteer().lookup(name).id == entity_id


def test_a_lone_noun_with_the_definite_article_is_no_name_unless_a_complement_follows():
    found = by_text("Лондон ще напусне Общността през март, а Партията гласува против. Камарата на общините заседава.", "bg")
    assert "Общността" not in found and "Партията" not in found
    assert "Камарата на общините" in found


@pytest.mark.parametrize(
    "text, language, name",
    [("W Rosji od trzech tygodni szczepią.", "pl", "Rosji"), ("Na Hrvaškem so v zadnjem dnevu potrdili 139 okužb.", "sl", "Hrvaškem")],
)
def test_a_known_place_opening_a_sentence_in_another_case_is_a_name(text, language, name):
    assert by_text(text, language)[name][0] == "LOC"


def test_a_short_word_that_begins_like_a_country_opening_a_sentence_is_no_name():
    assert "Samo" not in by_text("Samo lani je komisija odobrila dva projekta.", "sl")


def test_a_lower_case_designation_takes_the_form_the_text_writes_uninflected():
    found = by_text("Zaradi epidemije covida-19 so zaprli šole. Bolnikov s covidom-19 je več kot s covid-19.", "sl")
    assert found["covida-19"] == ("EVT", "covid-19") and found["covidom-19"] == ("EVT", "covid-19")


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Po podatkih Nacionalnega inštituta za javno zdravje (NIJZ) je bilo več okužb.", "sl", "Nacionalnega inštituta za javno zdravje"),
        ("Evropska agencija za zdravila je odobrila cepivo.", "sl", "Evropska agencija za zdravila"),
        ("Skupina G7, Organizace pro hospodářskou spolupráci a rozvoj (OECD) a NATO.", "cs", "Organizace pro hospodářskou spolupráci a rozvoj"),
    ],
)
def test_an_institution_takes_what_it_is_for_into_its_name(text, language, name):
    assert name in by_text(text, language)


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Министром назначен Доминик Рааб, ранее занимавший пост.", "ru", "Доминик Рааб"),
        ("Глава Сбербанка Герман Греф говорил в конце года.", "ru", "Герман Греф"),
    ],
)
def test_a_first_name_one_letter_short_of_a_country_is_a_person(text, language, name):
    assert by_text(text, language)[name][0] == "PER"


@pytest.mark.parametrize(
    "text, language, name, lemma",
    [
        ("Imigranci z siedmiu innych krajów Europy Wschodniej zatrudnionych było wielu.", "pl", "Europy Wschodniej", "Europa Wschodnia"),
        ("To największy producent w Europie Zachodniej, eksportujący surowce.", "pl", "Europie Zachodniej", "Europa Zachodnia"),
    ],
)
def test_a_known_place_with_an_adjective_after_it_is_one_name(text, language, name, lemma):
    assert by_text(text, language)[name] == ("LOC", lemma)


def test_a_country_named_like_an_adjective_after_another_name_stays_apart():
    found = by_text("Dodał, że po Niemczech Polska jest największym odbiorcą.", "pl")
    assert "Niemczech" in found and "Polska" in found


def test_an_unknown_word_opening_a_sentence_and_never_written_again_is_no_name():
    found = by_text("Kandidat je volitve izgubil. Zaenkrat še niso našli rešitve, pravi Janša. Janša je bil jasen.", "sl")
    assert "Zaenkrat" not in found and "Janša" in found


def test_a_passage_the_page_repeats_counts_as_written_once():
    """A lead shown twice (a teaser above the article) writes its opening word twice, as a name that comes back is."""
    lead = "Čimprej bodo odprli meje in šole, je v torek povedal predsednik vlade Janša. "
    found = by_text(lead + "Kandidat je volitve izgubil.\n\n" + lead + "Janša je bil jasen.", "sl")
    assert "Čimprej" not in found and "Janša" in found


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Mr. Jones met Dr. Smith.", "en", {"Jones", "Smith"}),
        ("Mr. Smith met Dr. Jones. Later, Mrs. Brown said: we go.", "en", {"Smith", "Jones", "Brown"}),
        ("Wyjechał do św. Moniki", "pl", {"Moniki"}),
    ],
)
def test_a_name_after_a_title_with_a_full_stop_is_kept(text, language, names):
    assert names <= set(by_text(text, language))


def test_a_designation_at_the_end_of_the_text_is_found():
    assert by_text("Nová vlna covid-19", "cs") == {"covid-19": ("EVT", "covid-19")}


def test_a_minus_before_any_word_finds_no_designation_twice():
    found = [m.text for m in mentions("-5 stupňů, covid-19.", "cs")]
    assert found == ["covid-19"]


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Podle mluvčího Ústavní soud o stížnosti rozhodne v pondělí.", "cs", "Ústavní soud"),
        ("Kot kaže, Državni zbor o predlogu zakona glasuje jutri.", "sl", "Državni zbor"),
        ("Vláda schválila Zákon o státním rozpočtu včera.", "cs", "Zákon o státním rozpočtu"),
        ("Nacionalni inštitut za javno zdravje je sporočil.", "sl", "Nacionalni inštitut za javno zdravje"),
    ],
)
def test_about_belongs_to_a_law_not_to_a_body_deciding(text, language, name):
    assert name in by_text(text, language)


@pytest.mark.parametrize(
    "text, language, name",
    [
        # A given name opening a sentence, which the dictionary also lists as an ordinary word.
        ("Mówił o tym wczoraj. Krystyna Janda pochwaliła się szczepieniem.", "pl", "Krystyna Janda"),
        ("Mówił o tym wczoraj. Roman Ziruk powiedział, że to koniec.", "pl", "Roman Ziruk"),
        ("Řekl to včera. Hillary Clinton odmítla.", "cs", "Hillary Clinton"),
        # A given name that is also a stop word elsewhere ("Jan" for January).
        ("Ministerský post zřejmě obhájí Jan Hamáček.", "cs", "Jan Hamáček"),
        # A place named like a given name or a surname, inside a person's full name.
        ("Řekl předseda asociace krajů Martin Kuba (ODS).", "cs", "Martin Kuba"),
        ("Как полагает Владимир Васильев, это ошибка.", "ru", "Владимир Васильев"),
    ],
)
def test_a_given_name_keeps_the_full_name_whole(text, language, name):
    assert by_text(text, language).get(name, (None,))[0] == "PER"


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Nikt nie wiedział. Sam Trump twierdzi, że wygrał, a sam nic nie wie.", "pl", "Trump"),  # "sam": himself
        ("Kaj bo zdaj? Ali RTV Slovenija prikriva podatke, ali pa ne?", "sl", "RTV Slovenija"),  # "ali": or
    ],
)
def test_an_ordinary_word_that_is_also_a_given_name_stays_out(text, language, name):
    assert name in by_text(text, language)


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Predsednica Evropske komisije Ursula von der Leyen je rekla, da bo.", "sl", "Ursula von der Leyen"),
        ("Голова Єврокомісії Урсула фон дер Ляєн запевняє, що все буде.", "uk", "Урсула фон дер Ляєн"),
        ("Френският министър Жан-Ив льо Дриан вчера каза.", "bg", "Жан-Ив льо Дриан"),
        ("Юрист Алекс ван дер Цван был осуждён.", "ru", "Алекс ван дер Цван"),
    ],
)
def test_name_particles_join_a_full_name(text, language, name):
    assert by_text(text, language).get(name, (None,))[0] == "PER"


@pytest.mark.parametrize(
    "text, language, spurious",
    [
        # claims-dev (German reports of the same arrest): a plural noun and a year are no given names.
        ("Die Polizei nahm einen 84 Jahre alten Mann ab, „der seit 25 Jahren von den Strafverfolgungsbehörden gesucht "
         "wurde“, wie es hieß.", "de", "Jahren von den Strafverfolgungsbehörden"),
        ("Er ist bereits wegen Verstößen gegen das Tierschutzgesetz vorbestraft. Er wurde im Juli 2019 von der "
         "Staatsanwaltschaft verurteilt.", "de", "2019 von der"),
        ("Er wurde im Juli von der Staatsanwaltschaft verurteilt.", "de", "Juli von der Staatsanwaltschaft"),
    ],
)
def test_name_particles_join_only_between_name_words(text, language, spurious):
    found = by_text(text, language)
    assert not any("von d" in name for name in found), found
    assert spurious not in found


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Эксперты оценили победу Байдена В США нет однозначного мнения.", "ru", "Байдена"),
        ("пише британското издание The Daily Express В интервю пред Bloomberg той каза", "bg", "The Daily Express"),
    ],
)
def test_a_stop_word_after_a_name_opens_the_next_sentence(text, language, name):
    assert name in by_text(text, language)


@pytest.mark.parametrize(
    "text, language, word",
    [
        ("Spodziewamy się utworzenia tego banku w II półroczu 2018 roku.", "pl", "II"),
        ("До начала XX века, когда придумали прививки, болели все.", "ru", "XX"),
        ("Вектор несёт ген S-белка вируса, и формируются Т-лимфоциты памяти.", "ru", "S-белка"),
        ("Вектор несёт ген S-белка вируса, и формируются Т-лимфоциты памяти.", "ru", "Т-лимфоциты"),
        ("Wysłali miliony maili i SMS-owych wiadomości do wyborców.", "pl", "SMS-owych"),
    ],
)
def test_roman_numbers_and_nouns_compounded_with_an_abbreviation_are_no_names(text, language, word):
    assert word not in by_text(text, language)


def test_an_acronym_with_a_case_ending_stays_a_name():
    assert "PiS-u" in by_text("Posłowie PiS-u głosowali przeciw ustawie.", "pl")


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("W czwartek przewodniczący Rady Europejskiej Donald Tusk spotka się z premierem.", "pl", {"Rady Europejskiej", "Donald Tusk"}),
        ("Wspólnota czeka do 29 marca. Z Londynu Jakub Krupa (PAP)", "pl", {"Londynu", "Jakub Krupa"}),
    ],
)
def test_a_given_name_after_a_body_or_place_begins_a_person(text, language, names):
    assert names <= set(by_text(text, language))


def test_an_english_title_with_a_given_name_in_it_stays_whole():
    assert "The Washington Post" in by_text("Сообщает газета The Washington Post со ссылкой на источники.", "ru")


@pytest.mark.parametrize(
    "text, language",
    [("To było wczoraj. Manchester zdecydował o tym.", "pl"), ("Bylo to včera. Manchester rozhodl.", "cs")],
)
def test_a_known_place_opening_a_sentence_is_kept_though_the_dictionary_lists_it(text, language):
    assert by_text(text, language).get("Manchester", (None,))[0] == "LOC"


@pytest.mark.parametrize(
    "text, language",
    [("To było wczoraj. Planuje się, że to minie.", "pl"), ("Новини от деня. Съдът отмени присъдата.", "bg")],
)
def test_a_word_sharing_only_a_stem_with_a_place_opens_no_place(text, language):
    assert by_text(text, language) == {}


def test_a_place_is_spelled_as_listed_or_with_a_short_ending():
    known = gazetteer()
    assert known.spells_place("Manchester") and known.spells_place("Londynie") and known.spells_place("Brukseli")
    assert not known.spells_place("Planuje") and not known.spells_place("Самият")


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Slovenija bo predsedovala Svetu EU drugo leto.", "sl", "Svetu EU"),
        ("Je možné obrátit se na Soudní dvůr EU v Lucemburku.", "cs", "Soudní dvůr EU"),
        ("Решение одобрено Советом ЕС вчера.", "ru", "Советом ЕС"),
    ],
)
def test_an_institution_takes_the_acronym_of_the_body_it_belongs_to(text, language, name):
    assert by_text(text, language).get(name, (None,))[0] == "ORG"


def test_an_agency_named_by_an_acronym_stays_apart_from_its_description():
    assert "AP" in by_text("Tiskovna agencija AP, ki za to ve, molči.", "sl")


@pytest.mark.parametrize(
    "text, language, phrase",
    [
        ("Mimo jiné Itálie, Francie či Španělsko. Italská vláda tento týden uvedla, že souhlasí.", "cs", "Italská vláda"),
        ("Так было и раньше. Местный суд отклонил иск республиканцев.", "ru", "Местный суд"),
        ("Wniosek złożono w piątek.\n\nHolenderski sąd zwrócił się do Luksemburga.", "pl", "Holenderski sąd"),
    ],
)
def test_an_adjective_opening_a_sentence_describes_the_noun_after_it(text, language, phrase):
    assert phrase not in by_text(text, language)


def test_an_adjective_the_text_writes_capitalised_mid_sentence_begins_a_name_at_sentence_start_too():
    text = "Pandemická komise zasedala včera. Podle ministra Pandemická komise doporučila lockdown."
    assert [m.start for m in mentions(text, "cs") if m.text == "Pandemická komise"] == [0, 49]
    assert "Pandemická komise" not in by_text("Pandemická komise zasedala včera.", "cs")


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("W poniedziałek w raporcie Ministerstwo Zdrowia poinformowało o tym.", "pl", "Ministerstwo Zdrowia"),
        ("Licencje wygasną. Komisja Europejska już uruchomiła procedurę.", "pl", "Komisja Europejska"),
    ],
)
def test_an_institution_keeps_its_first_word(text, language, name):
    assert by_text(text, language).get(name, (None,))[0] == "ORG"


def test_a_title_that_begins_like_an_institution_is_still_a_title():
    found = by_text("Spotkał się z senatorem Johnem Smithem wczoraj.", "pl")
    assert found.get("Johnem Smithem", (None,))[0] == "PER"


@pytest.mark.parametrize(
    "text, language, name, type_",
    [
        ("Według Głównego Urzędu Statystycznego w 2017 r. było lepiej.", "pl", "Głównego Urzędu Statystycznego", "ORG"),
        ("W Nebrasce głosy są liczone inaczej.", "pl", "Nebrasce", "LOC"),
    ],
)
def test_a_name_after_a_sentence_opening_preposition_keeps_its_capital(text, language, name, type_):
    assert by_text(text, language).get(name, (None,))[0] == type_


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Години след падането на Берлинската стена през 1989 г.", "bg", "Берлинската стена"),
        ("Обвинена е по Пакистанския наказателен кодекс за богохулство.", "bg", "Пакистанския наказателен кодекс"),
        ("Съобщиха от Националния оперативен щаб вчера.", "bg", "Националния оперативен щаб"),
    ],
)
def test_a_definite_adjective_runs_to_the_noun_it_agrees_with(text, language, name):
    assert name in by_text(text, language)


def test_a_noun_with_its_article_before_a_verb_is_no_adjective():
    found = by_text("Контролът над Сената щеше да бъде решаващ.", "bg")
    assert not any(name.startswith("Сената ") for name in found)


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Erdogan sní o oživení Osmanské říše a o moci.", "cs", "Osmanské říše"),
        ("Napovedal je obisk zasedene Golanske planote v Siriji.", "sl", "Golanske planote"),
    ],
)
def test_an_adjective_made_from_a_name_runs_to_its_noun(text, language, name):
    assert name in by_text(text, language)


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Po schůzce s Tuskem uvedla, že jedná.", "cs", "Tuskem"),
        ("Glavna prednost Moderninega cepiva je cena.", "sl", "Moderninega"),
    ],
)
def test_a_noun_or_possessive_before_a_lower_case_word_stays_alone(text, language, name):
    assert name in by_text(text, language)


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Според Франс прес и Фокс нюз, а също Сънди таймс, сделката пропадна.", "bg", {"Франс прес", "Фокс нюз", "Сънди таймс"}),
        ("Об этом сообщает Скай ньюз со ссылкой на Даунинг стрит.", "ru", {"Скай ньюз", "Даунинг стрит"}),
    ],
)
def test_english_words_of_a_foreign_name_written_in_cyrillic_lower_case_stay_in_it(text, language, names):
    assert names <= set(by_text(text, language))


def test_an_acronym_before_a_full_name_is_no_title():
    found = by_text("Szef włoskiego MSW Matteo Salvini powiedział to wczoraj.", "pl")
    assert found.get("MSW", (None,))[0] == "ORG" and "Matteo Salvini" in found


@pytest.mark.parametrize(
    "text, language, name",
    [
        # A tag line writes the name in lower case; the text writes it capitalised inside a sentence too.
        ("Об этом сообщили в Вашингтоне. Трамп заранее раскритиковал решение, сказал потом Трамп журналистам. "
         "Теги: трамп, выборы", "ru", "Трамп"),
    ],
)
def test_a_name_written_inside_a_sentence_stays_a_name_at_its_start_beside_a_lower_case_spelling(text, language, name):
    assert [m.start for m in extract_mentions(text, language, split_sentences(text, language)) if m.text == name] == [
        m.start() for m in re.finditer(name, text)
    ]


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Referendum było w 2016 roku. Polacy bezpiecznie mogą zostać na Wyspach, mówi minister.", "pl", "Polacy"),
        ("Vakcína je schválená. Britové začali očkovat v úterý.", "cs", "Britové"),
        ("Референдум прошёл в 2016 году. Британцы высказались за выход.", "ru", "Британцы"),
    ],
)
def test_a_country_s_people_opening_a_sentence_are_a_name(text, language, name):
    assert name in by_text(text, language)


@pytest.mark.parametrize(
    "text, language, members",
    [
        # bg us_election_2020 (USAElections001); "демократа" is a man's (the short article), not a feminine "-ата".
        ("Тръмп се впусна в надпреварата за номинацията на Републиканската партия през юни 2015 г. По време на този и "
         "следващите дебати Тръмп бетонира ролята си на водещ претендент за номинацията на републиканците, и то по – "
         "меко казано – неконвенционален начин.", "bg", {"републиканците": ("PER", "републиканци")}),
        # bg us_election_2020 (USAElections020).
        ("Кандидатът на Демократическата партия Джо Байдън успя да поведе в още един американски щат. Въпреки че "
         "шансът е на страната на демократа, все още трябва да завърши гласуването в няколко щата.",
         "bg", {"демократа": ("PER", "демократ")}),
        # cs brexit (brexit_cs.txt_file_213).
        ("Britská opoziční Labouristická strana nepodporuje konání druhého referenda o členství Británie v Evropské "
         "unii a ani k němu nevyzývá, řekl to v neděli vůdce labouristů Jeremy Corbyn.",
         "cs", {"labouristů": ("PER", "labouristů")}),
        # ru: typed as the party, the lemma in the nominative with its number kept.
        ("На выборах 2016 года кандидат от Демократической партии Хиллари Клинтон проиграла кандидату Республиканской "
         "партии. В Палате представителей большинство у демократов, но республиканец Джордж Буш-младший победил.",
         "ru", {"демократов": ("ORG", "демократы"), "республиканец": ("ORG", "республиканец")}),
    ],
)
def test_a_party_s_members_named_after_it_are_a_name_where_the_text_names_the_party(parties_unlisted, text, language, members):
    found = by_text(text, language)
    assert {word: found.get(word) for word in members} == members


@pytest.mark.parametrize(
    "text, language, word",
    [
        ("Labouristé mluví. Vůdce labouristů Jeremy Corbyn odmítl.", "cs", "labouristů"),  # no party named
        # Its adjective is no member (bg brexit, us_election_2020).
        ("Кандидатът на Демократическата партия Джо Байдън. Белия дом между Доналд Тръмп и неговия демократичен "
         "претендент Джо Байдън.", "bg", "демократичен"),
        # A party named after a name: "brexit" is no member of the Brexit Party (sl brexit, sl-170).
        ("Nigela Faragea in njegove Brexitske stranke. Brexit je politiko obrnil, trdi brexit pa prinaša krizo.",
         "sl", "brexit"),
        # A thing, not people: "демократия" shares the party's stem (ru us_election_2020).
        ("Лидер Демократической партии заявил: «Наша демократия подвергается беспрецедентной атаке».", "ru", "демократия"),
    ],
)
def test_no_party_member_without_the_party_or_from_its_adjective(parties_unlisted, text, language, word):
    assert word not in by_text(text, language)


@pytest.mark.parametrize(
    "text, language, names",
    [
        # pl covid-19: a surname shaped like an adjective after a given name.
        ("Prezes Agencji Rezerw Materiałowych Michał Kuczmierowski informował, że do czwartku agencja będzie zbierała "
         "zamówienia od szpitali.", "pl", ["Agencji Rezerw Materiałowych", "Michał Kuczmierowski"]),
        # pl brexit: a noun between two agreeing adjectives is no given name ("Forum" is one in the list).
        ("Powiedział premier Mateusz Morawiecki w wywiadzie, jakiego udzielił w środę BBC w kuluarach Światowego Forum "
         "Ekonomicznego w Davos.", "pl", ["Mateusz Morawiecki", "Światowego Forum Ekonomicznego"]),
    ],
)
def test_a_full_name_with_an_adjective_shaped_surname_is_cut_off_the_name_before(text, language, names):
    assert [m.text for m in mentions(text, language) if m.text not in ("BBC", "Davos")] == names


def test_an_acronym_and_a_name_both_written_alone_are_two_names():
    # pl brexit (brexit_pl.txt_file_1954): "UE" and "Tusk" stand alone in the text, so "UE Tusk" is two names.
    text = (
        "Przywódcy 27 krajów zastanawiali się nad przyszłymi ramami finansowymi po wyjściu Wielkiej Brytanii z UE. "
        "\"Zgodziliśmy się, że UE przeznaczy więcej pieniędzy na obronę\" - poinformował po rozmowach Tusk. W sprawie "
        "proponowanych reform instytucyjnych UE Tusk poinformował, że przywódcy państw członkowskich poparli projekt."
    )
    found = [m.text for m in mentions(text, "pl")]
    assert "UE Tusk" not in found and found.count("UE") == 3 and found.count("Tusk") == 2


@pytest.mark.parametrize(
    "text, name",
    [
        # bg brexit: an acronym is a whole name; "на правилата" is the sentence's ("base relations with the EU on rules").
        ("Обединеното кралство може да базира бъдещите си отношения с ЕС на правилата на Световната търговска "
         "организация.", "ЕС"),
        # bg brexit: a party's name is whole before "of the prime minister".
        ("Евроскептици от Консервативната партия на британския премиер Тереза Мей, включително бившият министър.",
         "Консервативната партия"),
    ],
)
def test_a_whole_name_takes_no_lower_case_complement_after_na(text, name):
    assert name in by_text(text, "bg")


@pytest.mark.parametrize(
    "text, language, name, type_",
    [
        # bg us_election_2020: a paper named after a town.
        ("Според преброяването на „Ню Йорк Таймс“ той вече е събрал около 70 милиона гласа.", "bg", "Ню Йорк Таймс", "PRO"),
        # uk covid-19: a channel's name with its number is no place.
        ("Це повідомив лікар-інфекціоніст Євген Дубровський в ефірі телеканалу «Україна 24». Він зазначив, що у людей, "
         "які побороли", "uk", "Україна 24", "PRO"),
        # ru covid-19: a channel's name with its number.
        ("Об этом в эфире телеканала «Россия 24» сообщил замминистра промышленности.", "ru", "Россия 24", "PRO"),
    ],
)
def test_a_name_opening_a_quoted_title_takes_the_title_s_rest(text, language, name, type_):
    assert by_text(text, language)[name][0] == type_


@pytest.mark.parametrize(
    "text, language, name",
    [
        # pl us_election_2020: quoted speech opening with a name.
        ('A Donald Trump uznał w poniedziałek, że "Wisconsin wygląda bardzo dobrze", a "Georgia będzie wielkim '
         'zwycięstwem".', "pl", "Wisconsin"),
        # uk brexit: a slogan of two names and a verb.
        ('Вихід відбудеться 29 березня 2019 року, без варіантів. "Brexit означає Brexit", не втомлюється повторювати '
         "прем'єр.", "uk", "Brexit"),
    ],
)
def test_quoted_speech_opening_with_a_name_leaves_the_name_alone(text, language, name):
    assert name in by_text(text, language)


@pytest.mark.parametrize(
    "text, language, name",
    [
        # ru us_election_2020: a collegium and whom it is made of.
        ("Например, если избранный президент умрёт до голосования Коллегии выборщиков, она может избрать другое лицо от "
         "той же", "ru", "Коллегии выборщиков"),
        # uk us_election_2020
        ("Для того, щоб стати президентом, кандидат повинен перемогти в достатній кількості штатів, щоб виграти Колегію "
         "вибірників, а опитування", "uk", "Колегію вибірників"),
    ],
)
def test_a_collegium_takes_the_genitive_after_it(text, language, name):
    assert by_text(text, language)[name][0] == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        # cs brexit
        ("A utrpěla porážku v horní komoře britského parlamentu, když Sněmovna lordů schválila dodatek k zákonu o",
         "Sněmovna lordů"),
        ("Vláda Theresy Mayové utrpěla v úterý večer nepříjemnou porážku ve Sněmovně lordů. Její členové totiž těsnou "
         "většinou", "Sněmovně lordů"),
    ],
)
def test_an_institution_takes_a_genitive_plural_after_it(houses_unlisted, text, name):
    assert by_text(text, "cs")[name][0] == "ORG"


@pytest.mark.parametrize(
    "text, language, outlet",
    [
        # An outlet named by its web address is one name, its domain included (the uk line as SlavicNER's news write it).
        ("Як повідомляв ONLINE.UA, керівництво Міністерства охорони здоров’я зірвало закупівлю вакцини.", "uk", "ONLINE.UA"),
        ("Podle serveru Novinky.cz premiér odmítl kritiku.", "cs", "Novinky.cz"),
        ("Dwoje dzieci Nigela Farage'a ma niemieckie paszporty - odnotowuje Politico.eu.", "pl", "Politico.eu"),
    ],
)
def test_web_address_is_one_name(text, language, outlet):
    found = by_text(text, language)
    assert outlet in found
    assert outlet.split(".")[0] not in found


def test_sentence_joined_without_space_is_no_domain():
    # "Ta" after a dot opens the next sentence (mixed case is no domain ending).
    found = by_text("Spolupracovala s firmou Cambridge Analytica.Ta měla přístup k datům.", "cs")
    assert "Cambridge Analytica" in found


@pytest.mark.parametrize(
    "text, language, acronym",
    [
        # Known acronyms that spell a stop word of some language: cs "nato" (thereupon), en "who".
        ("Obě naše země jsou členy aliance NATO, existuje mezi námi dvoustranná dohoda.", "cs", "NATO"),
        ("To jest atak na państwo członkowskie UE i NATO ze wszystkimi tego konsekwencjami.", "pl", "NATO"),
        ("Donald Trump řekl, že zastaví financování WHO, protože je potřeba přezkoumat její roli.", "cs", "WHO"),
    ],
)
def test_known_acronym_spelling_a_stop_word_is_a_name(text, language, acronym):
    assert by_text(text, language)[acronym][0] == "ORG"


def test_stop_word_shouted_in_capitals_is_no_acronym():
    assert "WHO" not in by_text("WHO WILL WIN THE ELECTION, ASKS THE PAPER.", "en")


@pytest.mark.parametrize(
    "text, language, name, type_",
    [
        # A word of the name cut to its consonants (pl "Wlk." Wielka, ru "Дж." Джордж / Джереми) stays in the name.
        ("Obecnie Polak z Wlk. Brytanii ma pełną swobodę w podejmowaniu pracy.", "pl", "Wlk. Brytanii", "LOC"),
        ("Кроме того, с 2010 по 2012 годы Дж.Хант был министром культуры.", "ru", "Дж.Хант", "PER"),
        ("На выборах 2000 года по голосам выборщиков победил Дж. Буш-младший.", "ru", "Дж. Буш-младший", "PER"),
    ],
)
def test_word_cut_to_its_consonants_stays_in_the_name(text, language, name, type_):
    assert by_text(text, language)[name][0] == type_


@pytest.mark.parametrize(
    "text, language, name",
    [
        # Degrees and suffixes are no cut words; initials before a place's name leave a person ("John F. Kennedy").
        ("Mgr. Jana Nováková to potvrdila.", "cs", "Jana Nováková"),
        ("Kot je demokrat John F. Kennedy leta 1960 zmagal.", "sl", "John F. Kennedy"),
    ],
)
def test_title_or_initial_is_no_cut_word(text, language, name):
    assert by_text(text, language)[name][0] == "PER"


@pytest.mark.parametrize(
    "text, name",
    [
        # ru "им." (имени) joins an institution to the person it is named after; its dot is no sentence end there.
        ("Разработана она в России, в НИИ им. Гамалеи, двухкомпонентный препарат.", "НИИ им. Гамалеи"),
        ("Вакцины новосибирского «Вектора» и Центра им. Чумакова переносятся мягче.", "Центра им. Чумакова"),
    ],
)
def test_abbreviated_connector_joins_an_institution_to_its_namesake(text, name):
    assert by_text(text, "ru")[name][0] == "ORG"


def test_pronoun_ending_a_sentence_joins_nothing():
    # "им" is also the pronoun "them": a sentence that ends on it joins no name to the next sentence's first word.
    found = by_text("Встречу с ним предложил Путин им. Позже он уехал в Сочи.", "ru")
    assert "Путин" in found and not any(name.startswith("Путин им") for name in found)


@pytest.mark.parametrize(
    "text, language, title",
    [
        # Another language's article opening a title stays in it, before a known name too.
        ("Об этом пишет The Washington Post. Таким образом, голоса пересчитают.", "ru", "The Washington Post"),
        ("Як повідомляє The Associated Press, виборча комісія штату завершила підрахунок.", "uk", "The Associated Press"),
        ("Co więcej, jak donosi \"The New York Times\", sztab Joego Bidena się przygotowuje.", "pl", "The New York Times"),
        ("Dziennik „Die Welt” komentuje: „Podczas gdy inni czekają”.", "pl", "Die Welt"),
        ("Deníky La Vanguardia a El Mundo s odvoláním na své zdroje uvedly.", "cs", "El Mundo"),
    ],
)
def test_article_of_another_language_opens_the_title(text, language, title):
    assert title in by_text(text, language)


def test_article_after_a_given_name_is_a_particle_of_the_name():
    assert "Jean-Yves Le Drian" in by_text("Francuski minister Jean-Yves Le Drian w ostatnim dniu wizyty mówił.", "pl")


@pytest.mark.parametrize(
    "text, language, names",
    [
        # A place after an international body's acronym begins the next name; after a national body it completes it.
        ("Mayová prosadila své plány na odchod z EU Skotsku navzdory.", "cs", ("EU", "Skotsku")),
        ("Obchodní preference, které EU Pákistánu poskytuje, jsou podmíněné.", "cs", ("EU", "Pákistánu")),
        ("Według MSZ Rosji to nie jest prawda.", "pl", ("MSZ Rosji",)),
    ],
)
def test_place_after_an_international_acronym_is_a_name_of_its_own(text, language, names):
    found = by_text(text, language)
    assert all(name in found for name in names)


@pytest.mark.parametrize(
    "text, language, name",
    [
        # A website after a label's colon, and a brand ending in a plus, opening a sentence the text never repeats:
        # shaped as no ordinary word is (cs brexit, bg brexit, sl covid-19 lines, shortened).
        ("Aktualizováno 5. února 2018, 12:04 Autor: EuroZprávy.cz / ČTK. Londýn - Britská vláda.", "cs", "EuroZprávy.cz"),
        ("Това е и няма да има нов референдум. Днес+\n", "bg", "Днес+"),
        ("Pritiskajo tudi spletne videoteke, kot so Disney+, Apple TV+, HBO Go, Voyo in Netflix.", "sl", "Apple TV+"),
    ],
)
def test_website_or_brand_with_a_plus_is_a_work(text, language, name):
    assert by_text(text, language)[name][0] == "PRO"


def test_a_brand_s_plus_ends_its_name():
    found = by_text("Otrzymując klauzulę GSP+ Islamabad zobowiązał się dbać o prawa człowieka.", "pl")
    assert "GSP+" in found and found["Islamabad"][0] == "LOC"


@pytest.mark.parametrize(
    "text, language, names",
    [
        # A given name no dictionary has reads as a person's whatever it ends in ("-ne", "-na" end adjectives too),
        # so a place or body before it is cut off (pl asia_bibi, brexit, covid-19 lines).
        ("W poniedziałek mer Paryża Anne Hidalgo zgłosiła gotowość przyjęcia.", "pl",
         {"Paryża": "LOC", "Anne Hidalgo": "PER"}),
        ("Informację te przekazała szefowa MSZ Bułgarii Ekaterina Zachariewa.", "pl", {"Ekaterina Zachariewa": "PER"}),
        ("Zamknięte zostaną szkoły – stwierdziła premier Norwegii Erna Solberg.", "pl", {"Erna Solberg": "PER"}),
    ],
)
def test_given_name_shaped_like_an_adjective_begins_a_person_s_name(text, language, names):
    found = by_text(text, language)
    assert {name: found.get(name, (None,))[0] for name in names} == names


@pytest.mark.parametrize(
    "text, language, name",
    [
        # bg "Съда" (the court) and pl "Sąd" share the key of "SAD" (the USA in Serbo-Croat), which names the USA only
        # in capitals (bg brexit, pl asia_bibi lines).
        ("Споразумение за оттегляне, запазващо върховенството на Съда на Европейския съюз.", "bg",
         "Съда на Европейския съюз"),
        ("Asia Bibi została uwolniona decyzją Sądu Najwyższego Pakistanu z siedzibą w Islamabadzie.", "pl",
         "Sądu Najwyższego Pakistanu"),
    ],
)
def test_a_word_sharing_an_acronym_s_key_is_not_that_acronym(text, language, name):
    found = by_text(text, language)
    assert found[name][0] == "ORG"


@pytest.mark.parametrize(
    "text, language, names",
    [
        # An ampersand joins capitalised words into one name, not two acronyms (ru covid-19, cs us_election lines).
        ("Эффективность показала вакцина, принадлежащая американскому холдингу Johnson & Johnson.", "ru",
         {"Johnson & Johnson"}),
        ("Po amerických prezidentských volbách ARD & CNN zvolily za prezidenta Bidena.", "cs", {"ARD", "CNN"}),
    ],
)
def test_an_ampersand_joins_capitalised_words(text, language, names):
    assert names <= set(by_text(text, language))


@pytest.mark.parametrize(
    "text, names",
    [
        # A quoted name is a company or a title, also after a title word that belongs to the person after it.
        ("Строительство завершено, сообщил глава «Газпрома» Алексей Миллер.", {"Газпрома": "ORG", "Алексей Миллер": "PER"}),
        ("Об этом пишет газета «Коммерсант» со ссылкой на источники.", {"Коммерсант": "PRO"}),
    ],
)
def test_a_quoted_name_is_no_person(text, names):
    found = by_text(text, "ru")
    assert {name: found[name][0] for name in names} == names


def test_a_sea_named_by_its_place_word_first_is_a_place():
    found = by_text("Gazociąg ma przebiegać po dnie Morza Bałtyckiego. Stan Kowalski to potwierdził.", "pl")
    assert found["Morza Bałtyckiego"][0] == "LOC" and found["Stan Kowalski"][0] == "PER"


@pytest.mark.parametrize(
    "text, language, name",
    [
        # A pipeline is a work (BSNLP's PRO), not a person: the issue saw Nord Stream typed PER.
        ("Gazociąg Nord Stream 2 ma przebiegać po dnie Morza Bałtyckiego.", "pl", "Nord Stream"),
        ("Строительство газопровода «Северный поток — 2» завершено.", "ru", "Северный поток — 2"),
        ("Plynovod Nord Stream 2 povede po dně Baltského moře.", "cs", "Nord Stream"),
    ],
)
def test_a_pipeline_named_after_its_kind_noun_is_a_work(text, language, name):
    assert by_text(text, language)[name][0] == "PRO"


@pytest.mark.parametrize(
    "text, language, name",
    [
        # A television channel is a work, as BSNLP types broadcasters.
        ("Об этом сообщил пакистанский телеканал Dunya News.", "ru", "Dunya News"),
        ("Informację podała stacja telewizja Polsat News w poniedziałek.", "pl", "Polsat News"),
    ],
)
def test_a_channel_named_after_its_kind_noun_is_a_work(text, language, name):
    assert by_text(text, language)[name][0] == "PRO"


def test_a_code_inside_a_name_is_no_second_mention():
    found = extract_mentions("Петер Альтмаєр заявив, що Північний потік-2 буде добудований.", "uk", [])
    assert [m.text for m in found if "потік" in m.text] == ["Північний потік-2"]


def test_another_language_s_place_word_opening_an_adjective_makes_no_place():
    # pl "Krajowej" (national) begins as cs "kraj" (a region) does.
    found = by_text("To powiedziała szefowa Stałego Przedstawicielstwa przy UE Krajowej Federacji Przewoźników.", "pl")
    assert "UE" in found and found["Krajowej Federacji Przewoźników"][0] != "LOC"


@pytest.mark.parametrize(
    "text, language, name, place",
    [
        # A capitalised adjective mid-sentence before its noun begins a name, though the gazetteer reads it as a
        # country ("Турски" ~ "Турска", cs "Severní" ~ a Russian town); a case form of the place's own name stays it.
        ("Газпром започна доставки по Турски поток през януари.", "bg", "Турски поток", None),
        ("Nizozemskem vedená Severní aliance například odmítá francouzský návrh.", "cs", "Severní aliance", None),
        ("Negocjacje z Londynem zostaną wznowione.", "pl", None, "Londynem"),
    ],
)
def test_a_capitalised_adjective_before_its_noun_is_no_known_place(text, language, name, place):
    found = by_text(text, language)
    assert (name is None or name in found) and (place is None or found[place][0] == "LOC")


@pytest.mark.parametrize(
    "text, language, name",
    [
        # An airport is a place (SlavicNER: 10 of 11 names after an airport word are LOC), not a guessed person.
        ("Компанія Ryanair скасувала рейси з аеропорту Бориспіль.", "uk", "Бориспіль"),
        ("Przewoźnik odwołał loty z lotniska Modlin.", "pl", "Modlin"),
        ("Prevoznik je odpovedal lete z letališča Brnik.", "sl", "Brnik"),
    ],
)
def test_a_name_after_an_airport_word_is_a_place(text, language, name):
    assert by_text(text, language)[name][0] == "LOC"


def test_a_quoted_title_takes_its_number_after_a_dash():
    # «Северный поток — 2» is Nord Stream 2, not the first pipeline; a dash between two names joins nothing.
    found = by_text("Проект газопровода «Северный поток — 2» заморожен. Газопровод «Северный поток» работает.", "ru")
    assert "Северный поток — 2" in found and "Северный поток" in found
    assert "Спартак — Зенит" not in by_text("Матч «Спартак — Зенит» прошёл в Москве.", "ru")


@pytest.mark.parametrize(
    "text, language, shouted, name",
    [
        # A shouted line of mostly ordinary words is no name; a name in capitals stays one (bg brexit, covid-19 lines).
        ("АКО ВИДИТЕ НЕЩО ЛЮБОПИТНО, СНИМАЙТЕ И ПРАЩАЙТЕ ВАШИТЕ СИГНАЛИ НА МЕЙЛА НА „ТРУД“.", "bg",
         "СНИМАЙТЕ И ПРАЩАЙТЕ ВАШИТЕ СИГНАЛИ НА МЕЙЛА НА", None),
        ("Президентът гласува в СЕВЕРНА КАРОЛИНА вчера.", "bg", None, "СЕВЕРНА КАРОЛИНА"),
    ],
)
def test_a_shouted_line_of_ordinary_words_is_no_name(text, language, shouted, name):
    found = by_text(text, language)
    assert (shouted is None or shouted not in found) and (name is None or name in found)


@pytest.mark.parametrize(
    "text, language, place, person",
    [
        # A given name and surname after a place are a person of their own, though the place's neighbour ends like an
        # adjective ("Франк-Валтер", "Ukrainy" as "-ny"), which would make one name of "Северна Ирландия".
        ("Президентът на Германия Франк-Валтер Щайнмайер е на посещение.", "bg", "Германия", "Франк-Валтер Щайнмайер"),
        ("Minister spraw zagranicznych Ukrainy Dmytro Kułeba oświadczył, że to błąd.", "pl", "Ukrainy", "Dmytro Kułeba"),
    ],
)
def test_a_place_before_a_person_s_full_name_is_a_mention_of_its_own(text, language, place, person):
    found = by_text(text, language)
    assert found[place][0] == "LOC" and found[person][0] == "PER"


def test_dictionary_words_after_a_place_adjective_stay_in_its_name():
    assert "Polskiej Akademii Nauk" in by_text("Autor jest profesorem w Polskiej Akademii Nauk, jej byłym prezesem.", "pl")


@pytest.mark.parametrize(
    "text, language, name",
    [
        # A small number the text writes again after the name is the name's: a series or a model.
        ("Przeciwko Nord Stream 2 protestuje Polska. Gazociąg Nord Stream 2 jest prawie gotowy, ale budowa Nord Stream 2, jak mówią, trwa.", "pl", "Nord Stream 2"),
        ("Spolek, kde je TOP 09, bych nevolil. Voliči TOP 09 odešli jinam.", "cs", "TOP 09"),
        ("Stanje v SB Celje povezano z COVID 19 še pod kontrolo. Skoraj 300 bolnikov z COVID 19, je kot kaže, preveč.", "sl", "COVID 19"),
    ],
)
def test_a_name_takes_the_series_number_written_with_it_again(text, language, name):
    assert name in by_text(text, language)


@pytest.mark.parametrize(
    "text, language, name",
    [
        # A day before its month, and a count after a person's full name, are no part of the name.
        ("Wielka Brytania opuści UE 29 marca. Do wyjścia z UE 29 marca zostało mało czasu.", "pl", "UE"),
        ("Velika Britanija bo zapustila EU 31. januarja. Po izstopu iz EU 31. januarja se začne prehod.", "sl", "EU"),
        ("У Дональда Трампа 232 голоса. Итак, у Дональда Трампа 232 голоса.", "ru", "Дональда Трампа"),
    ],
)
def test_a_day_or_a_count_after_a_name_is_not_its_number(text, language, name):
    assert name in by_text(text, language)


@pytest.mark.parametrize(
    "text, language, place, name",
    [
        # After "in", a city in a case form, or before a name no dictionary knows, is the city.
        ("Przemawiający w Dublinie Tusk ocenił, że wyjście Wielkiej Brytanii jest błędem.", "pl", "Dublinie", "Tusk"),
        ("Това стана ясно след среща между двамата лидери в Лондон Макрон отхвърли идеята.", "bg", "Лондон", "Макрон"),
    ],
)
def test_a_city_after_in_is_no_part_of_the_name_after_it(text, language, place, name):
    found = by_text(text, language)
    assert found[place][0] == "LOC" and name in found


def test_a_city_before_an_ordinary_word_after_in_may_begin_a_building_s_name():
    assert "Lancaster House" in by_text("Tak mówiła po przemówieniach w Lancaster House w styczniu 2017 roku.", "pl")


@pytest.mark.parametrize(
    "text, language, name",
    [
        # A quoted adjective and its noun after a kind noun is a name, in a language without agreement checks too;
        # opening a sentence, in ru/uk, when the text quotes it mid-sentence as well.
        ("Газопроводът „Северен поток 2“ е почти готов.", "bg", "Северен поток 2"),
        ("Строительство газопровода «Северный поток-2» почти завершено. «Северный поток-2» пройдет по дну моря.", "ru",
         "Северный поток-2"),
    ],
)
def test_a_quoted_adjective_and_noun_is_a_name(text, language, name):
    assert [m.text for m in mentions(text, language) if "оток" in m.text] == [name] * text.count(name)


def test_a_quoted_headline_of_an_adjective_and_noun_is_no_name():
    found = by_text("Демократы победили. \n\n«Синяя волна» принесла в Конгресс новых людей.", "ru")
    assert "Синяя волна" not in found


@pytest.mark.parametrize(
    "text, language, name, type_",
    [
        # A name between a company executive's title and a person's full name is the company the person runs.
        ("Szef Ryanaira Michael O'Leary powiedział, że linie nie ustąpią.", "pl", "Ryanaira", "ORG"),
        ("Шефът на Райънеър Майкъл О'Лиъри заяви, че компанията няма да отстъпи. Пилотите на Райънеър стачкуват.", "bg",
         "Райънеър", "ORG"),
        ("Глава Ryanair Майкл О'Лири заявил, что компания не уступит.", "ru", "Ryanair", "ORG"),
        # A political title leads a place as often: no company there.
        ("Премиерът на Шотландия Никола Стърджън заяви, че ще има референдум.", "bg", "Никола Стърджън", "PER"),
    ],
)
def test_a_name_an_executive_leads_is_a_company(text, language, name, type_):
    found = by_text(text, language)
    assert found[name][0] == type_ and all(t != "ORG" for n, (t, _) in found.items() if n != name and type_ == "PER")


@pytest.mark.parametrize(
    "text, language, name",
    [
        # A plural country's genitive is its people's singular: as a country's far more often (SlavicNER pl 45 of 46).
        ("Gaz płynie z Rosji do Niemiec przez Morze Bałtyckie.", "pl", "Niemiec"),
        ("Spór między nim a premierem Węgier Viktorem Orbanem narasta.", "pl", "Węgier"),
    ],
)
def test_a_plural_country_s_genitive_is_the_country(text, language, name):
    assert by_text(text, language)[name] == ("LOC", {"Niemiec": "Niemcy", "Węgier": "Węgry"}[name])
    assert "Hongkong" in by_text("Protesty w Hongkongu trwają. Hongkong jest sparaliżowany.", "pl")


@pytest.mark.parametrize(
    "text, language, name",
    [
        # After "in" and a country's adjective, a name no dictionary reads as a person's is a place.
        ("Spółka z siedzibą w szwajcarskim Zug poinformowała o tym.", "pl", "Zug"),
        ("Společnost se sídlem ve švýcarském Zugu oznámila dokončení.", "cs", "Zugu"),
        # A title opening the sentence does not join the place after it to the person after that.
        ("Kanclerz Niemiec Angela Merkel poparła projekt.", "pl", "Niemiec"),
    ],
)
def test_a_place_after_in_and_an_adjective_or_after_a_title_is_a_place(text, language, name):
    assert by_text(text, language)[name][0] == "LOC"


@pytest.mark.parametrize(
    "text, language, place",
    [
        ("Лидерът на партията каза, че Шотландия ще гласува отново, а Мария не.", "bg", "Шотландия"),
        ("Сторонники Трампа ворвались в здание Капитолия, сообщила Юлия Петрова.", "ru", "Капитолия"),
        ("Прихильники Трампа увірвалися до Капітолію, повідомила Юлія.", "uk", "Капітолію"),
    ],
)
def test_an_unknown_word_ending_as_place_names_do_is_a_place_unless_a_given_name(text, language, place):
    found = by_text(text, language)
    assert found[place][0] == "LOC"
    assert all(kind == "PER" for name, (kind, _) in found.items() if name.startswith(("Мария", "Юлия")))
