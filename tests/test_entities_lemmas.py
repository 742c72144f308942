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
    assert lemmatize_name(["Spojené", "státy"], "cs", "LOC") == "Spojené státy"


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


def test_a_womans_name_is_lemmatised_as_a_womans():
    """ru/uk: given name and surname agree in gender and case, so a woman keeps her own name: "Асии Биби" is Асия
    (not a case of the man's name Асий), "Юлії" with "Тимошенко" is Юлія, "Захаровой" is Захарова (not her husband's
    Захаров); a foreign surname stays as written ("Бібі", not a case of "Біба"). A man's name is unchanged."""
    russian = lemmas(
        "Верховный суд Пакистана оправдал христианку Асию Биби. Асия Биби провела в заключении восемь лет. "
        "Семья Асии Биби покинула страну. Об этом заявила Мария Захарова. По словам Марии Захаровой, "
        "решение приветствовал Дмитрий Медведев. Это подтвердил Сергей Захаров.",
        "ru",
    )
    assert russian["Асию Биби"] == russian["Асия Биби"] == russian["Асии Биби"] == "Асия Биби"
    assert russian["Марии Захаровой"] == "Мария Захарова"
    assert russian["Дмитрий Медведев"] == "Дмитрий Медведев" and russian["Сергей Захаров"] == "Сергей Захаров"
    ukrainian = lemmas("Суд виправдав християнку Асію Бібі. Про це заявила речниця Юлії Тимошенко.", "uk")
    assert ukrainian["Асію Бібі"] == "Асія Бібі"
    assert ukrainian["Юлії Тимошенко"] == "Юлія Тимошенко"
    from rashomon.analysis.entities.morphology import lemmatize_name

    assert lemmatize_name(["Асию"], "ru", "PER") == "Асия" and lemmatize_name(["Дмитрия"], "ru", "PER") == "Дмитрий"
    assert lemmatize_name(["Асию"], "ru", "LOC") == "Асия"  # guessed the continent, still no "Асий"


def test_a_mans_genitive_that_reads_as_a_womans_name_stays_a_mans():
    """"Виталия Кличко": the man's name Виталий is a listed given name, the woman's Виталия is not."""
    assert lemmas("Об этом сообщил брат Виталия Кличко.", "ru")["Виталия Кличко"] == "Виталий Кличко"


def test_a_given_name_in_another_case_goes_to_the_listed_nominative():
    """pl/cs/sl: a given name written in another case of a listed name goes to it; a woman's surname stays as
    written but for its adjective ending ("Asi Bibi", "Asii Bibiové" -> "Asia Bibiová", "Melanii Trump"), a man's
    shares his given name's case ending ("Andreje Babiše" -> "Andrej Babiš")."""
    assert lemmas("Mąż Asi Bibi milczy w tej sprawie.", "pl")["Asi Bibi"] == "Asia Bibi"
    assert lemmas("Rodina Asie Bibiové uprchla ze země.", "cs")["Asie Bibiové"] == "Asia Bibiová"
    assert lemmas("Vláda Andreje Babiše padla.", "cs")["Andreje Babiše"] == "Andrej Babiš"
    assert lemmas("Trump porazil Hillary Clintonovou ve volbách.", "cs")["Hillary Clintonovou"] == "Hillary Clintonová"
    slovene = lemmas("Sodišče je oprostilo Asio Bibi. Obleka Melanii Trump je bila bela.", "sl")
    assert slovene["Asio Bibi"] == "Asia Bibi" and slovene["Melanii Trump"] == "Melania Trump"


def test_a_czech_soft_adjective_keeps_its_form_and_its_noun_goes_to_the_nominative():
    """"Konzervativní strany" -> "Konzervativní strana": a soft adjective ("-í") is one form in every gender's
    nominative, so the dictionary leaving it as written is no reason to leave the noun in the genitive."""
    assert lemmas("Předseda Konzervativní strany odstoupil.", "cs")["Konzervativní strany"] == "Konzervativní strana"


def test_a_uk_ru_adjective_takes_its_noun_s_gender_and_number():
    """"Северного" is masculine or neuter: before "потока" masculine; a plural noun keeps the adjective plural;
    a number written onto the noun stays ("потоку-2")."""
    from rashomon.analysis.entities.morphology import lemmatize_name

    assert lemmatize_name(["Северного", "потока"], "ru", "PRO") == "Северный поток"
    assert lemmatize_name(["Европейского", "совета"], "ru", "ORG") == "Европейский совет"
    assert lemmatize_name(["Соединенным", "Штатам"], "ru", "LOC") == "Соединенные Штаты"
    assert lemmatize_name(["Північного", "потоку-2"], "uk", "PRO") == "Північний потік-2"
    assert lemmatize_name(["Сполученого", "Королівства"], "uk", "LOC") == "Сполучене Королівство"


def test_one_person_s_name_is_no_family_s_genitive_plural():
    """pymorphy reads "Цеков" as the genitive plural of the surname "Цек", "Норин" as that of "Норина", "Варниг" as
    that of a woman's name "Варнига"; letters the lemma shares with the word keep their case ("О'Лири")."""
    from rashomon.analysis.entities.morphology import lemmatize_name

    assert lemmatize_name(["Сергей", "Цеков"], "ru", "PER") == "Сергей Цеков"
    assert lemmatize_name(["Норин"], "ru", "PER") == "Норин"
    assert lemmatize_name(["Маттиас", "Варниг"], "ru", "PER") == "Маттиас Варниг"
    assert lemmatize_name(["Пескова"], "ru", "PER") == "Песков"
    assert lemmatize_name(["Ричарда", "Гренелла"], "ru", "PER") == "Ричард Гренелл"
    assert lemmatize_name(["Майкл", "О'Лири"], "ru", "PER") == "Майкл О'Лири"


def test_a_uk_ru_place_the_dictionary_guesses_stays_as_written_unless_the_text_writes_the_guess():
    """pymorphy guesses "Невада" the genitive of "Невад"; "Лахоре" is "Лахор" where the text writes "Лахор" too."""
    assert lemmas("Выборы в штате Невада прошли спокойно.", "ru")["Невада"] == "Невада"
    assert lemmas("Суд в Лахоре заседал долго. Лахор — второй город страны.", "ru")["Лахоре"] == "Лахор"


def test_a_noun_heading_a_name_is_lemmatised_though_its_complement_stays():
    """"Izbie Gmin" is "Izba Gmin" (the head noun inflects, its genitive complement stays); a first word from another
    language is no noun of this one ("Frankfurter Allgemeine Zeitung")."""
    from rashomon.analysis.entities.morphology import lemmatize_name

    assert lemmatize_name(["Izbie", "Gmin"], "pl", "ORG") == "Izba Gmin"
    assert lemmatize_name(["Radzie", "UE"], "pl", "ORG") == "Rada UE"
    assert lemmatize_name(["Frankfurter", "Allgemeine", "Zeitung"], "pl", "PRO") == "Frankfurter Allgemeine Zeitung"


def test_a_polish_ending_after_an_apostrophe_is_dropped():
    from rashomon.analysis.entities.morphology import lemmatize_name

    assert lemmatize_name(["Nigela", "Farage'a"], "pl", "PER") == "Nigel Farage"
    assert lemmatize_name(["O'Leary'ego"], "pl", "PER") == "O'Leary"
    assert lemmatize_name(["Michael", "O'Leary"], "pl", "PER") == "Michael O'Leary"
