"""Nominative forms of names where the dictionaries do not know the name: what the document writes decides."""

from __future__ import annotations

from rashomon.analysis.entities import extract_mentions
from rashomon.analysis.sentences import split_sentences


def lemmas(text: str, language: str) -> dict[str, str]:
    return {m.text: m.lemma for m in extract_mentions(text, language, split_sentences(text, language))}


def test_a_first_name_the_text_also_writes_in_the_nominative_is_inflected():
    """Polish "Theresy May": the surname does not decline, the first name does, and the text writes "Theresa"."""
    found = lemmas("Rząd Theresy May upadł. Theresa May podała się do dymisji.", "pl")
    assert found["Theresy May"] == "Theresa May"
    assert found["Theresa May"] == "Theresa May"


def test_a_first_name_is_not_cut_to_another_case_the_text_writes():
    """"Asia Bibi" stays: "Asi" (her name in another case) is no nominative of "Asia"."""
    found = lemmas("Asia Bibi wyjechała. Mąż Asi Bibi milczy.", "pl")
    assert found["Asia Bibi"] == "Asia Bibi"


def test_a_countrys_people_in_the_plural_keep_the_plural():
    """The nominative of a plural demonym is plural ("Brytyjczyków" -> "Brytyjczycy", "Britů" -> "Britové",
    "Američanov" -> "Američani"); a surname in the plural is no demonym."""
    assert lemmas("Premier powiedział, że Brytyjczyków to nie obchodzi.", "pl")["Brytyjczyków"] == "Brytyjczycy"
    czech = lemmas("Premiér řekl, že Britů se to netýká. Rodina Tusků.", "cs")
    assert czech["Britů"] == "Britové" and czech["Tusků"] != "Tuskové"
    assert lemmas("Premier je dejal, da Američanov to ne skrbi.", "sl")["Američanov"] == "Američani"


def test_a_bulgarian_names_first_word_sheds_its_article():
    """"Европейската комисия" is "Европейска комисия", "Демократическата партия" "Демократическа партия"."""
    found = lemmas("Говорител на Демократическата партия каза, че Европейската комисия греши.", "bg")
    assert found["Европейската комисия"] == "Европейска комисия"
    assert found["Демократическата партия"] == "Демократическа партия"


def test_an_adjective_agrees_with_its_noun_in_the_nominative():
    """Polish "Komisji Europejskiej" is "Komisja Europejska", Slovene "Bele hiše" "Bela hiša", Czech "Velké Británie"
    "Velká Británie"; a noun in the plural keeps its number ("Spojené státy" is no "Spojený stát")."""
    from rashomon.analysis.entities.morphology import lemmatize_name

    assert lemmatize_name(["Komisji", "Europejskiej"], "pl", "ORG") == "Komisja Europejska"
    assert lemmatize_name(["Parlamentu", "Europejskiego"], "pl", "ORG") == "Parlament Europejski"
    assert lemmatize_name(["Bele", "hiše"], "sl", "LOC") == "Bela hiša"
    assert lemmatize_name(["Združenega", "kraljestva"], "sl", "LOC") == "Združeno kraljestvo"
    assert lemmatize_name(["Velké", "Británie"], "cs", "LOC") == "Velká Británie"
    assert lemmatize_name(["Spojené", "státy"], "cs", "LOC") != "Spojený stát"


def test_a_bulgarian_short_article_goes_where_the_text_writes_the_name_without_it():
    """"Брекзита" is "Брекзит" + the short article in a text that writes "Брекзит"; "Москва" keeps its "а"."""
    from rashomon.analysis.entities.morphology import lemmatize_name

    assert lemmatize_name(["Брекзита"], "bg", "EVT", {"Брекзит": 2, "Брекзита": 1}) == "Брекзит"
    assert lemmatize_name(["Москва"], "bg", "LOC", {"Москва": 1, "Москв": 0}) == "Москва"


def test_a_noun_in_e_takes_its_gender_from_the_adjective_or_keeps_it():
    """Czech nouns in -e/-ě are neuter or feminine: "Rudého moře" is "Rudé moře", "Velké Británie" "Velká Británie"."""
    from rashomon.analysis.entities.morphology import lemmatize_name

    assert lemmatize_name(["Rudého", "moře"], "cs", "LOC") == "Rudé moře"
    assert lemmatize_name(["Černém", "moři"], "cs", "LOC") == "Černé moře"
    assert lemmatize_name(["Rudé", "moře"], "cs", "LOC") == "Rudé moře"
    assert lemmatize_name(["Severního", "moře"], "cs", "LOC") == "Severní moře"
    assert lemmatize_name(["Velké", "Británie"], "cs", "LOC") == "Velká Británie"


def test_an_adjective_in_the_plural_is_not_made_singular():
    from rashomon.analysis.entities.morphology import lemmatize_name

    assert lemmatize_name(["Wysp", "Brytyjskich"], "pl", "LOC") not in ("Wyspa Brytyjska", "Wyspa Brytyjskich")
