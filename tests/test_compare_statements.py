"""Which parts of an article become statements: page furniture is left out, report sentences stay."""

import pytest

from rashomon.analysis.sentences import split_sentences
from rashomon.comparison.furniture import statement_spans
from rashomon.comparison.predicate import has_predicate


def statements(text: str, language: str) -> list[str]:
    return [text[start:end] for start, end in statement_spans(text, split_sentences(text, language), language)]


def test_a_caption_before_a_photo_credit_is_no_statement_but_the_report_after_it_is():
    text = ("Finanzier des Völkermords bei Paris verhaftet. Die Polizei nahm den Mann am Samstag fest. "
            "Eine Frau liest an einer Gedenkstätte die Namen der Opfer. Foto: REUTERS/Max Muster "
            "Nach einem Vierteljahrhundert auf der Flucht wurde der Gesuchte in Frankreich gefasst. "
            "Er dürfte nun vor ein internationales Gericht gestellt werden.")
    found = statements(text, "de")
    assert not any("Gedenkstätte" in s for s in found)
    assert any(s.endswith("in Frankreich gefasst.") for s in found)
    assert found[0].startswith("Finanzier")


def test_the_last_sentence_before_a_closing_copyright_line_is_no_caption():
    text = ("Polizisten wurden bei der Schießerei nicht verletzt. Der Verdächtige wurde festgenommen. "
            "Auch Anwohner blieben unverletzt. (© Copyright 2019 CBS Broadcasting Inc.)")
    assert statements(text, "de")[-1] == "Auch Anwohner blieben unverletzt."


def test_the_first_sentence_before_a_credit_carries_the_headline_and_stays():
    text = ("Reismarke will ihr Logo ändern, weil es alte Stereotype bedient. (Foto: AFP/Justin Sullivan) "
            "Der Konzern denkt darüber nach, das Logo der Marke zu ändern. Die Proteste halten an.")
    found = statements(text, "de")
    assert found[0].startswith("Reismarke will")
    assert found[1].startswith("Der Konzern denkt")


def test_a_sentence_pointing_at_this_photo_is_a_caption():
    text = "Apple struck a licence deal with the designer. An iPhone 11 is seen in this photo. The deal runs for years."
    assert statements(text, "en") == ["Apple struck a licence deal with the designer.", "The deal runs for years."]


def test_the_pictured_person_of_a_report_sentence_is_no_caption():
    text = "La licenciada Emma Roche (en la foto) ha recordado cómo se convirtió en ciudadana australiana en 2019."
    assert statements(text, "es") == [text]


@pytest.mark.parametrize("prompt, language", [
    ("Czytaj także: „Zostałam bez kasy i bez pracy, a rząd obiecywał pomoc każdemu, kto jej potrzebuje”.", "pl"),
    ("►À lire aussi : « Niger : 100 000 nouveaux réfugiés et déplacés »", "fr"),
    ("Questo articolo è apparso per la prima volta su JTA.org il 3 gennaio.", "it"),
    ("Эта история была первоначально опубликована WLEX в Лексингтоне.", "ru"),
    ("Все права защищены.", "ru"),
    ("Poniżej dalsza część artykułu.", "pl"),  # 32 SlavicNER pl pages carry it between report paragraphs
    ("Подробности – в материале портала iz.ru.", "ru"),  # a read-more pointer (SlavicNER ru, Johnson story)
    ("Детальніше — у матеріалі УНІАН.", "uk"),
    ("Новини по темі Консерватори назбирали достатньо голосів, щоб ініціювати відставку Мей.", "uk"),
    ("Новости по теме: Мэй ушла в отставку.", "ru"),
    ("Zobacz więcej: Rozmowy o brexicie muszą zakończyć się do jesieni.", "pl"),
    ("También te puede interesar: Reportan siete muertos en un choque en La Guajira.", "es"),
    ("Ti invieremo le ultime notizie e gli avvisi man mano che accadono.", "it"),  # the reader as "ti"
    ("Ricevi avvisi e ultime notizie sui tuoi dispositivi tramite le nostre app.", "it"),
    ("Seguimi su Twitter, Facebook e Instagram.", "it"),  # the author's own prompt
    ("Follow me on Twitter and Instagram.", "en"),
    ("Poslechněte si nový seriál Radiožurnálu denně od 8.50.", "cs"),
])
def test_prompts_and_republication_notes_are_no_statements_even_with_a_quoted_title(prompt, language):
    assert statements(prompt, language) == []


def test_a_short_contact_line_goes_but_a_long_sentence_with_an_address_stays():
    assert statements("Write to Randall W. Forsyth at randall.forsyth@barrons.com", "en") == []
    long = ("Orban is still trying to persuade the biggest group in the European Parliament to become less liberal "
            "and more open to his views, wrote the author, who can be reached at author@example.com.")
    assert statements(long, "en") == [long]


def test_a_labelled_contact_line_goes_at_any_length():
    text = ("Die Polizei sucht Zeugen des Unfalls. E-Books und Hörbücher sind im Online-Shop oder direkt beim Verlag "
            "bestellbar – Tel: +49 (0)30 26395312, E-Mail: [email protected]")
    assert statements(text, "de") == ["Die Polizei sucht Zeugen des Unfalls."]


def test_a_police_appeal_with_a_telephone_number_is_a_claim():
    text = "Anyone with information is asked to contact the police at 250-247-8333 or Crime Stoppers at 1-800-222-8477."
    assert statements(text, "en") == [text]


@pytest.mark.parametrize("report, box, language", [
    ("Die Moderatorin starb am Samstag in London. Ihr Freund nahm auf Instagram Abschied.",
     "Die Telefonseelsorge ist anonym, kostenlos und rund um die Uhr unter 0 800 / 111 0 111 erreichbar. "
     "Auch eine Beratung über E-Mail ist möglich. Eine Liste mit Hilfsstellen findet sich auf der Seite der "
     "Gesellschaft für Suizidprävention.", "de"),
    ("The presenter died on Saturday in London. Her partner paid tribute on Instagram.",
     "Samaritans can be reached free of charge around the clock on 08457 90 90 90. You can also e-mail them.", "en"),
    ("La presentatrice è morta sabato a Londra. Il compagno l'ha salutata su Instagram.",
     "Il Telefono Amico è raggiungibile al numero 02 2327 2327 tutti i giorni. È attiva anche una chat.", "it"),
    ("Ведущая умерла в субботу в Лондоне. Её партнёр попрощался с ней в Instagram.",
     "Телефон доверия 8-800-2000-122 работает бесплатно и круглосуточно. Вопросы можно задать и в чате на сайте.",
     "ru"),
])
def test_a_service_box_with_a_helpline_and_the_units_after_it_are_no_statements(report, box, language):
    assert statements(f"{report} {box}", language) == statements(report, language)
    assert len(statements(report, language)) == 2


def test_a_long_labelled_telephone_number_is_a_contact_line():
    text = ("Вакцинация началась в понедельник. Главный редактор: Иванов И. И. Номер телефона редакции сетевого "
            "издания: +7 (495) 000-00-00.")
    assert statements(text, "ru") == ["Вакцинация началась в понедельник."]


def test_a_service_word_far_from_a_number_or_a_number_that_is_a_figure_makes_no_service_line():
    text = ("Die Stadt verteilte im Jahr 2019-2020 rund 1 000 000 Masken kostenlos an die Bewohner. "
            "Die Beratung im Stadtrat dauerte an.")
    assert statements(text, "de") == ["Die Stadt verteilte im Jahr 2019-2020 rund 1 000 000 Masken kostenlos an die "
                                      "Bewohner.", "Die Beratung im Stadtrat dauerte an."]


def test_a_teaser_headline_after_a_prompt_at_the_end_goes_and_a_report_sentence_after_one_stays():
    teaser = ("Der Konzern hat angekündigt, die Marke zu ändern. Andere Hersteller überdenken ebenfalls ihre Marken. "
              "Mehr: Eine Bank muss sich gegen eine Klage wehren. Aber auch andere Unternehmen müssen sich einstellen")
    assert statements(teaser, "de") == ["Der Konzern hat angekündigt, die Marke zu ändern.",
                                         "Andere Hersteller überdenken ebenfalls ihre Marken."]
    inline = ("Russia sent planes with doctors to Italy. Read also: Italy asks Russia for assistance. "
              "The planes also delivered mobile stations for disinfection.")
    assert statements(inline, "en")[-1] == "The planes also delivered mobile stations for disinfection."
    # The excerpt's last sentence often lacks its full stop: a long one is the report's, not a teaser.
    last = "Auf der Bühne standen etwa der Superstar Billie Eilish, die Rapper Marteria und Casper und die Band Scooter"
    assert statements("Das Festival war ausverkauft. Lesen Sie auch: Welche Regeln gelten. " + last, "de")[-1] == last


def test_a_wire_dateline_is_no_part_of_the_statement():
    text = "Муж христианки просит убежища\n\n, 04:00 REGNUM Супруг христианки обратился к властям Канады с просьбой."
    assert statements(text, "ru")[-1] == "Супруг христианки обратился к властям Канады с просьбой."
    sitting = "10:30 Uhr begann die Sitzung des Stadtrats."
    assert statements(sitting, "de") == [sitting]


@pytest.mark.parametrize("line, language", [
    ("Image caption Последние восемь лет Асия Биби провела в одиночной камере для смертников.", "ru"),
    ('Источник - newsru.co.il Другие свежие новости "Ближний Восток"', "ru"),
    ("Źródło: Polska Agencja Prasowa, na podstawie komunikatu policji z piątku.", "pl"),
])
def test_caption_labels_and_source_lines_are_no_statements(line, language):
    assert statements(line, language) == []


def test_a_source_who_said_something_is_a_statement():
    text = "Источник сообщил, что Асия Биби покинула страну на прошлой неделе."
    assert statements(text, "ru") == [text]
    lead = "© Quelle: Max Muster/dpa Weitere Informationen zum Tathergang sind erst am Donnerstag zu erwarten."
    assert statements(lead, "de") == [lead]


def test_report_sentences_that_share_words_with_a_notice_or_a_pointer_stay():
    for text in ("Подробности сделки стороны не раскрывают, сообщает ТАСС.",
                 "При использовании этих данных в суде ссылка на закон не требуется, заявил министр.",
                 "Первые прививки украинцы могут получить уже в феврале, подробнее - в материале РБК-Украина."):
        assert statements(text, "ru") == [text]


def test_german_page_text_addressing_the_reader_formally_goes_but_they_and_quotes_stay():
    text = ("Justin Bieber verkauft Tacos aus einem Food-Truck in Los Angeles. "
            "Bitte überprüfen Sie die rot markierten Pflichtfelder. "
            "Die Gäste zahlen, was sie wollen: Sie entscheiden selbst über den Preis. "
            "„Sie haben keine Ahnung, wie viel Spaß das macht“, sagte Bieber.")
    assert statements(text, "de") == [
        "Justin Bieber verkauft Tacos aus einem Food-Truck in Los Angeles.",
        "Die Gäste zahlen, was sie wollen: Sie entscheiden selbst über den Preis.",
        "„Sie haben keine Ahnung, wie viel Spaß das macht“, sagte Bieber.",
    ]


def test_readers_comments_that_shout_are_no_statements():
    text = ("ЕС заказал еще 300 млн доз вакцины. "
            "А эту их полусырую, непонятную жижу я колоть уж точно не буду!!! "
            "**************************** значит пандемия затянется ещё на год.")
    assert statements(text, "ru") == ["ЕС заказал еще 300 млн доз вакцины."]


def test_a_subheading_on_a_line_of_its_own_is_no_statement():
    # SlavicNER covid-19 (ru): a question the next paragraph answers; DW Slovene: a heading with a colon.
    text = ("Вакцину доставят в край в конце недели. Хранить ее будут в специальных морозильниках.\n\n"
            "Где и как можно будет сделать прививку\n\n"
            "Уже определен список медицинских учреждений. Это 63 организации в разных городах края.\n\n"
            "Trump: Demokrati mi skušajo ukrasti zmago\n\n"
            "Прививку сделают бесплатно всем желающим.")
    found = statements(text, "ru")
    assert not any(s.startswith(("Где и как", "Trump:")) for s in found)
    assert "Уже определен список медицинских учреждений." in found and found[0].startswith("Вакцину")


def test_list_items_and_lines_broken_mid_sentence_stay():
    items = ("Программа предусматривает следующие меры.\n"
             "- нужно выбрать удобную дату и время приема\n"
             "Заключить новое соглашение с Россией и Китаем по контролю над вооружениями\n"
             "Повысить налоги на доходы корпораций и крупных компаний\n"
             "Лидер партии заявил, что проект будет изменен в\n"
             "ближайшие недели после обсуждения.")
    found = " ".join(statements(items, "ru"))
    assert "нужно выбрать удобную дату" in found and "Заключить новое соглашение" in found
    assert "проект будет изменен" in found


def test_a_timestamp_with_a_clock_time_is_no_statement_but_a_sentence_with_one_is():
    text = "Dec. 24, 12:31 p.m.\nThe storm reached the coast at 3:05 p.m. on Tuesday."
    assert statements(text, "en") == ["The storm reached the coast at 3:05 p.m. on Tuesday."]


@pytest.mark.parametrize("notice, language", [
    ("This material may not be published, broadcast, rewritten or redistributed.", "en"),
    ("(This story has not been edited by our staff and is auto-generated from a syndicated feed.)", "en"),
    ("Editor's note: the headline of this report was changed on Friday.", "en"),
    ("Hinweis der Redaktion: Der Text wurde nachträglich geändert.", "de"),
    ("Queda prohibida la reproducción total o parcial de este contenido.", "es"),
    ("Riproduzione vietata senza il consenso dell'editore.", "it"),
    ("Примечание редакции: материал дополнен комментарием министерства.", "ru"),
    ("Artykuł został zaktualizowany o oświadczenie rzecznika.", "pl"),
    ("При использовании материалов с данного ресурса гиперссылка обязательна.", "ru"),  # words before the link
    ("При використанні матеріалів сайту гіперпосилання обовʼязкове.", "uk"),
    ('Материалы с пометками "Новости партнеров" и "Позиция" публикуются на коммерческой основе.', "ru"),
    ("Матеріали з позначкою «Партнерський проєкт» публікуються на правах реклами.", "uk"),
    ("© Использование материалов сайта «Газеты» допускается только с обязательной прямой гиперссылкой.", "ru"),
    ("Гиперссылка должна размещаться непосредственно в тексте, воспроизводящем материал.", "ru"),
    ("Використання матеріалів дозволяється лише з обов’язковим посиланням на видання.", "uk"),
])
def test_editorial_and_legal_notices_are_no_statements(notice, language):
    assert statements(notice, language) == []


@pytest.mark.parametrize("credit, language", [
    ("Additional reporting by Jane Roe; editing by John Doe and Max Muster", "en"),
    ("Con información de las agencias EFE y AFP.", "es"),
    ("По материалам агентства и местных СМИ.", "ru"),
])
def test_staff_and_agency_credit_lines_are_no_statements(credit, language):
    assert statements(credit, language) == []


def test_an_editors_note_inside_a_quotation_leaves_the_sentence_a_statement():
    text = "« On a proposé une table au George (NDLR : également étoilé) ou une autre date », a dit le chef."
    assert statements(text, "fr") == [text]


def test_a_registration_wall_and_the_page_text_after_it_are_no_statements():
    text = ("Der Sänger verkauft Tacos aus einem Imbisswagen in Los Angeles. Bitte registrieren! "
            "Sie haben noch keinen Zugang zum Archiv? Registrieren Sie sich jetzt kostenlos, um fortzufahren. "
            "Bitte überprüfen Sie die markierten Pflichtfelder. Die Zeitung bietet einige Millionen Artikel an. "
            "Angemeldete Nutzer können Geschichten bis ins Jahr 2008 recherchieren.")
    assert statements(text, "de") == ["Der Sänger verkauft Tacos aus einem Imbisswagen in Los Angeles."]


def test_questions_to_the_reader_inside_a_report_cut_nothing_after_them():
    text = ("The club finished the season in fourth place. How was this year for you? Did anything change? "
            "Whatever the case, here is hoping next year is your best. The manager signed a new contract. "
            "He will stay until 2023.")
    assert statements(text, "en") == ["The club finished the season in fourth place.",
                                      "The manager signed a new contract.", "He will stay until 2023."]


def test_a_heading_line_joined_to_the_paragraph_after_it_is_cut_off_but_a_wrapped_sentence_stays_whole():
    text = ("Die Polizei ermittelt weiter.\nHintergrund\nDer Mann war seit Montag vermisst.\n"
            "Die Ermittler sagten, dass\nder Wagen am Dienstag gefunden wurde.")
    assert statements(text, "de") == ["Die Polizei ermittelt weiter.", "Der Mann war seit Montag vermisst.",
                                      "Die Ermittler sagten, dass\nder Wagen am Dienstag gefunden wurde."]


def test_a_box_of_labels_and_values_is_no_statement():
    text = ("Prezydent spotkał się z premierem w czwartek.\nPolityka\n opublikowano: 20 stycznia 2020\n"
            " aktualizacja: 21 stycznia 2020\n autor: PAP/Jan Kowalski")
    assert statements(text, "pl") == ["Prezydent spotkał się z premierem w czwartek."]


def test_the_reader_addressed_around_a_quoted_button_label_is_page_text_but_a_quoted_you_is_not():
    text = ("Die Regierung verlängerte die Maßnahmen am Mittwoch. Indem Sie „Akzeptieren und schließen“ anklicken, "
            "stimmen Sie der Verarbeitung Ihrer Daten zu. Der Minister sagte: „Wir bitten Sie um Geduld.“")
    assert statements(text, "de") == ["Die Regierung verlängerte die Maßnahmen am Mittwoch.",
                                      "Der Minister sagte: „Wir bitten Sie um Geduld.“"]


def test_a_headline_may_ask_but_a_short_question_in_the_report_is_no_statement():
    text = ("Dymisja prezydenta sposobem na wybory? Politycy opozycji spotkali się w środę w Sejmie. "
            "Co dalej z wyborami? Marszałek zapowiedział decyzję na piątek.")
    assert statements(text, "pl") == ["Dymisja prezydenta sposobem na wybory?",
                                      "Politycy opozycji spotkali się w środę w Sejmie.",
                                      "Marszałek zapowiedział decyzję na piątek."]


def test_a_headline_with_a_sign_up_box_glued_before_the_lead_is_a_statement():
    text = ("Minister leaves hospital after three nights Sign up to our free email alerts Thank you for subscribing "
            "See our privacy notice The minister left St Mary's Hospital on Thursday, his office confirmed in a "
            "statement.")
    assert statements(text, "en") == [text]


@pytest.mark.parametrize("fragment, language", [
    ("“Parkmed Eliza, 14, and a son Oscar, 10.", "en"),  # a splice of two half-sentences
    ("An analysis by Herbert Vytiska for EURACTIV Germany.", "en"),
    ("In, living and undead on an important quest.", "en"),
    ("Update vom 10. April liefern.", "de"),
    ("Pell, auf der anderen Seite, le trauter von Papst Franziskus.", "de"),
    ("Alrededor de 30 mil visitantes.", "es"),
    ("Dans un large éventail d'informations connexes.", "fr"),
    ("Diverse voci relative al processo di bilancio.", "it"),
    ("Maseczki dla dzieci z okazji Dnia Dziecka.", "pl"),
    # an infinitive is no finite verb, nor is a noun that ends like one
    ("Prestare attenzione nel 2020.", "it"),
    ("Por un hogar sin violencia.", "es"),
    ("Jak wybrać maseczkę dla dziecka.", "pl"),
    ("Predsednik s svojimi sodelavci v torek, na dan volitev.", "sl"),  # a caption
    ("Участники протестов в Вашингтоне после штурма Капитолия.", "ru"),  # a caption
])
def test_a_unit_without_a_predicate_is_no_statement_after_the_headline(fragment, language):
    headline = {"en": "Storm hits the coast.", "de": "Sturm trifft die Küste.", "es": "Tormenta golpea la costa.",
                "fr": "La tempête frappe la côte.", "it": "La tempesta colpisce la costa.",
                "pl": "Burza uderza w wybrzeże.", "ru": "Шторм обрушился на побережье.",
                "sl": "Neurje je zajelo obalo."}[language]
    assert not has_predicate(fragment, language)
    assert statements(f"{headline} {fragment}", language) == [headline]


@pytest.mark.parametrize("sentence, language", [
    ("Police say the man fled on foot.", "en"),  # a bare verb after a name
    ("They know the answer by now.", "en"),
    ("Take a good multivitamin every day.", "en"),  # an imperative
    ("The Pope hit her hand to free himself.", "en"),
    ("We’re going to get through this.", "en"),
    ("Die Kinder spielen im Garten der Schule.", "de"),  # the plural is the infinitive's form
    ("Nach dem Angriff schicken die USA 750 Soldaten in die Region.", "de"),
    ("Das Feuer brach in einer Garage aus.", "de"),  # simplemma reads "brach" as the noun
    ("Rescuers bring water to the village.", "en"),  # a base ending in "-ing" is no "-ing" form
    ("A continuación se muestra un extracto del artículo.", "es"),
    ("C'est inexact et absurde, selon le ministre.", "fr"),
    ("C'è un duro lavoro davanti a noi.", "it"),
    ("Nowy rok to jeden z trzynastu dni wolnych od pracy.", "pl"),  # "to" as the copula
    ("Fani nie kryli zachwytów.", "pl"),
    ("Teraz stara się ratować Wielką Brytanię przed konsekwencjami.", "pl"),  # "się" stands with a verb
    ("To však lze vykládat různými způsoby.", "cs"),
    ("En pleine crise sanitaire, elle relève d’un cynisme sans nom.", "fr"),  # "relève" of "relever"
    ("Združeno kraljestvo pa trdi, da ta varovalka posega v suverenost.", "sl"),  # simplemma reads "trdi" as "trd"
    ("Podpora vladi pada.", "sl"),
    ("EU na vrhu zastopata predsednica komisije in predsednik sveta.", "sl"),  # the dual
    ("Москва — столица России.", "ru"),  # the dash for the copula
    ("В Неваде это 6,75 процента.", "ru"),
    ("Задержанный доставлен в отдел полиции.", "ru"),  # a short participle
])
def test_sentences_whose_verb_is_bare_elided_or_a_homograph_hold_a_predicate(sentence, language):
    assert has_predicate(sentence, language)


def test_a_headline_without_a_verb_stays_and_a_language_without_a_grammar_is_not_judged():
    text = "Brexit chaos in London. The vote was postponed again on Tuesday."
    assert statements(text, "en") == ["Brexit chaos in London.", "The vote was postponed again on Tuesday."]
    assert has_predicate("Нова година в София.", "bg")


def test_a_teaser_the_page_cut_off_is_no_statement_but_a_headline_or_a_quote_trailing_off_stays():
    text = ("Байден получил 306 голосов выборщиков. Коллегия выборщиков проголосовала в понедельник. "
            "Глава украинского государства подчеркнул, что дружба между Вашингтоном и Киевом становится только "
            "крепче … Демократ Джо Байден получил по 16 голосов выборщиков от каждого штата, сообща …")
    assert statements(text, "ru") == ["Байден получил 306 голосов выборщиков.",
                                      "Коллегия выборщиков проголосовала в понедельник."]
    trailing = 'Вирус отступил в конце лета. Врач сказал: "Вирус однажды вернется ...'
    assert len(statements(trailing, "ru")) == 2
    assert statements("Walter-Borjans will, dass Gutverdiener mehr zahlen ...", "de")  # the first unit: a feed's teaser


def test_a_list_of_tags_and_a_label_with_its_figure_are_no_statements_but_an_enumeration_is():
    tags = ("Вакцинация началась в понедельник.\n\nвакцина \"спутник v\", коронавирус в россии, коронавирус covid-19, "
            "коронавирусы, андрей каприн, здоровье - общество, министерство здравоохранения рф (минздрав россии)")
    assert statements(tags, "ru") == ["Вакцинация началась в понедельник."]
    label = "Trump wygrał na Florydzie. Liczba głosów elektorskich: 29."
    assert statements(label, "pl") == ["Trump wygrał na Florydzie."]
    reply = "Biden prowadzi w Arizonie. Ministerstwo odpowiada: nie wiemy."
    assert statements(reply, "pl")[-1] == "Ministerstwo odpowiada: nie wiemy."
    listing = "В первую очередь прививают группы риска. Это медики, военнослужащие, учителя, пожилые люди"
    assert statements(listing, "ru")[-1] == "Это медики, военнослужащие, учителя, пожилые люди"


@pytest.mark.parametrize("imprint, language", [
    ("Свидетельство о регистрации Эл № ФС77-57640 Учредитель: ФГУП МИА «Россия сегодня».", "ru"),
    ("Sprawdź nasze inne informacje i porady.", "pl"),
    ("Zapraszamy do śledzenia relacji na żywo.", "pl"),
])
def test_an_imprint_and_invitations_to_read_on_are_no_statements(imprint, language):
    assert statements(imprint, language) == []


def test_a_cookie_notice_inside_a_report_and_a_script_notice_are_no_statements():
    report = "Die Polizei sucht Zeugen des Unfalls in der Innenstadt."
    notice = ("Wir verwenden auf unserer Webseite Cookies und pseudonyme Analysetechniken, um unseren Internetauftritt "
              "möglichst benutzerfreundlich zu gestalten. Zudem ermöglichen Cookies die Personalisierung von Inhalten.")
    assert statements(f"{report} {notice}", "de") == [report]
    assert statements("Please enable JavaScript to view the comments powered by Disqus", "en") == []


def test_a_verbless_headline_that_no_other_article_carries_is_no_exclusive_claim():
    from rashomon.comparison.claims import claim_clusters
    from rashomon.comparison.statements import Statement

    texts = [(0, "An analysis by Herbert Vytiska for EURACTIV Germany"),  # the first unit: no predicate test
             (0, "The vote was postponed again on Tuesday."), (1, "Die Abstimmung wurde erneut verschoben.")]
    found = [Statement(article, f"a{article}", 0, len(text), text, "en" if article == 0 else "de", f"s{article}")
             for article, text in texts]
    assert claim_clusters(found, []) == [[1], [2]]


def test_a_caption_before_a_czech_photo_source_label_is_no_statement():
    text = ("Zpochybňování členství v EU znervózňuje investory. Evropská vlajka a státní vlajka České republiky "
            "(ilustrační foto) | Zdroj: Fotobanka Profimedia. Japonce zneklidnily informace z médií.")
    assert statements(text, "cs") == ["Zpochybňování členství v EU znervózňuje investory.",
                                      "Japonce zneklidnily informace z médií."]


@pytest.mark.parametrize("text, language", [
    ("Anyone with information is asked to call Crime Stoppers at 0800 555 111, where calls are confidential.", "en"),
    ("Police said the hotline, which is staffed 24 hours a day, received 300 calls on Monday.", "en"),
    ("Les enquêteurs, joignables au 01 45 67 89 10, lancent un appel à témoins.", "fr"),
    ("Policja prosi o kontakt pod numerem 47 711 11 11, telefon jest czynny całą dobę.", "pl"),
])
def test_a_police_appeal_with_a_service_word_near_its_number_is_a_claim(text, language):
    assert statements(f"{text} {text}", language) == [text, text]


@pytest.mark.parametrize("appeal, after, language", [
    ("Zeugen werden gebeten, sich bei der Polizei unter 0621 174-4444 zu melden, die rund um die Uhr erreichbar ist.",
     "Auch per E-Mail nimmt die Polizei Hinweise entgegen.", "de"),
])
def test_a_police_number_reachable_around_the_clock_and_the_sentence_after_it_stay(appeal, after, language):
    assert statements(f"{appeal} {after}", language) == [appeal, after]


def test_a_report_sentence_after_a_number_given_with_one_service_word_stays():
    # The number's own line is a labelled contact line ("Телефон …: 8 (495) …"); the sentence after it is the report.
    text = "Телефон дежурной части работает круглосуточно: 8 (495) 123-45-67. Об этом сообщается на сайте МВД."
    assert statements(text, "ru") == ["Об этом сообщается на сайте МВД."]


def test_a_plain_czech_source_line_makes_no_caption_but_a_source_after_a_bar_credits_a_photo():
    text = ("Vláda schválila rozpočet na příští rok. Schodek má činit 300 miliard.\nZdroj: ČTK\n"
            "Ministryně financí návrh obhájila ve sněmovně.")
    assert statements(text, "cs") == ["Vláda schválila rozpočet na příští rok.", "Schodek má činit 300 miliard.",
                                      "Ministryně financí návrh obhájila ve sněmovně."]
    captioned = ("Vláda schválila rozpočet na příští rok. Ministryně financí ve sněmovně (ilustrační foto) | Zdroj: "
                 "Fotobanka Profimedia. Ministryně financí návrh obhájila ve sněmovně.")
    assert statements(captioned, "cs") == ["Vláda schválila rozpočet na příští rok.",
                                           "Ministryně financí návrh obhájila ve sněmovně."]


@pytest.mark.parametrize("text, language", [
    ("– Ti assicuro che il governo non cadrà – ha detto Conte ai giornalisti.", "it"),
    ("- Sprawdź, co się stało - krzyknął policjant do kolegi.", "pl"),
])
def test_speech_set_off_by_dashes_is_no_address_to_the_reader(text, language):
    lead = {"it": "Il governo ha approvato la legge.", "pl": "Rząd przyjął ustawę w piątek."}[language]
    assert statements(f"{lead} {text}", language) == [lead, text]


def test_paragraphs_cut_off_by_the_page_are_teasers_of_other_reports():
    """A page of teasers (a real ru aggregator page of the US election story): each paragraph a headline and the
    start of its lead, cut off; its complete first sentence is no statement of the report either."""
    text = ("Палата представителей отклонила возражения по голосам выборщиков Пенсильвании.\n\n"
            "Палата представителей США вслед за сенатом отклонила возражения против утверждения голосов выборщиков "
            "в штате Пенсильвания. Об этом свидетельствуют данные голосования.\n\n"
            "Глава финансового управления штата Флорида (США) Джимми Патронис предложил провести летние Олимпийские "
            "игры–2021 вместо Японии в США. В письме Междун …\n\n"
            "Российское подразделение CD Projekt RED представило каст локализированной версии Cyberpunk 2077. И фаны "
            "в ярости от одной только мысли, что NPC озвуч …\n\n"
            "Возражения на утверждение голосов в штатах Мичиган и Джорджии отозваны.")
    found = statements(text, "ru")
    assert not any("Олимпийские" in s or "Cyberpunk" in s for s in found)
    assert found[-1].startswith("Возражения на утверждение") and any("вслед за сенатом" in s for s in found)


def test_one_paragraph_ending_in_an_ellipsis_is_the_writers():
    """A lone paragraph that trails off is the writer's (a real sl report on the pandemic)."""
    text = ("Pandemija se v splošnem obsegu še zdaleč ne umirja.\n\n"
            "Pri nas se glede na trenutne razmere površnemu opazovalcu zdi, da je vihar mimo ali, da nas je celo "
            "obšel, a to bi lahko bila past. Virus se lahko kadarkoli vrne, obnovi, okrepi, spremeni …\n\n"
            "Dejstvo je torej, da smo v Sloveniji pri zajezitvi virusa uspešni.")
    assert any(s.startswith("Pri nas se glede") for s in statements(text, "sl"))
