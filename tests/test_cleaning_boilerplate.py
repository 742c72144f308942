"""Boilerplate removal in plain text and HTML: lexicon, position, repetition; headlines."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.cleaning import Cleaner, CleaningOptions
from rashomon.model import Document
from rashomon.sources import read

FIXTURES = Path(__file__).parent / "fixtures" / "sources"

REPORT = [
    "The city council approved the new tram line on Monday after two years of debate.",
    "Construction will start in spring and is expected to take three years, the mayor said.",
    "Opposition members said the budget of 300 million euros was unrealistic.",
]


def clean_text(text: str, source: str | None = None, cleaner: Cleaner | None = None, title: str | None = None):
    return (cleaner or Cleaner()).clean(Document(path="t.txt", raw=text.encode(), text=text, source=source, title=title))


@pytest.mark.parametrize(
    "appeal",
    [
        # uk
        ["Шановні читачі!", "Ми працюємо завдяки вам. Підтримайте нашу редакцію донатом — навіть 50 гривень мають значення.", "Нагадати пізніше"],
        # ru
        ["Дорогие читатели!", "Поддержите нас: независимая журналистика живёт на ваши пожертвования."],
        # de
        ["Liebe Leserinnen und Leser,", "unabhängiger Journalismus kostet Geld. Unterstützen Sie uns mit einer Spende.", "Jetzt spenden"],
        # fr
        ["Chers lecteurs,", "Soutenez une information indépendante : faites un don dès 5 euros."],
        # es
        ["Queridos lectores:", "Apóyanos con una suscripción y recibe nuestro boletín cada mañana."],
        # pl
        ["Drodzy Czytelnicy,", "Wesprzyj niezależne dziennikarstwo. Każda darowizna ma znaczenie."],
        # cs
        ["Milí čtenáři,", "Podpořte nezávislou žurnalistiku a darujte nám libovolnou částku."],
        # bg
        ["Скъпи читатели,", "Подкрепете независимата журналистика с дарение."],
        # sl
        ["Dragi bralci,", "Podprite neodvisno novinarstvo in donirajte poljuben znesek."],
        # sk
        ["Milí čitatelia,", "Podporte nezávislú žurnalistiku a darujte nám ľubovoľnú sumu."],
        # sr, both scripts
        ["Драги читаоци,", "Подржите независно новинарство и донирајте било који износ."],
        ["Dragi čitaoci,", "Podržite nezavisno novinarstvo i donirajte bilo koji iznos."],
        # it
        ["Cari lettori,", "sostieni il giornalismo indipendente: abbonati ora e ricevi la nostra newsletter.",
         "© Riproduzione riservata"],
        # en, newsletter instead of donation
        ["Sign up for our morning newsletter and get the news in your inbox.", "Already a subscriber? Log in"],
    ],
)
def test_closing_appeals_go_in_many_languages(appeal):
    cleaned = clean_text("\n\n".join(REPORT + appeal))
    assert cleaned.text == "\n\n".join(REPORT)
    assert cleaned.removed == appeal


def test_a_report_that_mentions_a_newsletter_keeps_it():
    text = "\n\n".join(REPORT[:2] + ["The mayor announced the plan in her weekly newsletter to residents."] + REPORT[2:])
    assert clean_text(text).text == text


def test_a_report_about_newsletters_is_not_cut():
    text = "\n\n".join(
        [
            "Substack said on Tuesday that paid newsletter subscriptions passed five million.",
            "The company's newsletter writers earn most of their income from subscriptions.",
            "Analysts said the newsletter boom may slow next year as readers cut spending.",
            "Subscribe to our newsletter for weekly media analysis.",
        ]
    )
    cleaned = clean_text(text)
    assert cleaned.text.startswith("Substack said on Tuesday")
    assert "Analysts said the newsletter boom" in cleaned.text


def test_interface_lines_go_anywhere_but_sentences_that_mention_them_stay():
    lines = [
        REPORT[0],
        "Read more: Budget talks stall again",
        REPORT[1],
        "Читайте також: Як змінилися тарифи на проїзд",
        "Officials declined to comment on the cookies served at the meeting.",
        "Share this article",
        REPORT[2],
    ]
    cleaned = clean_text("\n".join(lines))
    assert cleaned.text == "\n".join([REPORT[0], REPORT[1], lines[4], REPORT[2]])


def test_opening_furniture_goes():
    text = "\n".join(["Skip to main content", "We use cookies to improve your experience.", *REPORT])
    assert clean_text(text).text == "\n".join(REPORT)


def test_blocks_repeated_across_a_sources_articles_go():
    cleaner = Cleaner()
    footer = "The Valley Herald is an independent local paper in Green County."
    stories = [
        ["Heavy rain closed the valley road on Monday, police said.", "Drivers were told to use the northern route."],
        ["The school board elected a new chair on Tuesday.", "She promised to publish all board papers online."],
        ["A new bakery opened in the old post office on Main Street.", "The owners said they will hire six people."],
    ]
    results = [clean_text("\n\n".join(story + [footer]), source="Valley Herald", cleaner=cleaner) for story in stories]
    assert footer in results[0].text and footer in results[1].text  # not yet seen twice before
    assert results[2].text == "\n\n".join(stories[2]) and results[2].removed == [footer]
    # Another source has not repeated it.
    assert footer in clean_text("\n\n".join(stories[2] + [footer]), source="Other Post", cleaner=cleaner).text


def test_a_copy_of_an_article_seen_before_is_not_emptied():
    cleaner = Cleaner()
    text = "\n\n".join(REPORT)
    for _ in range(4):
        result = clean_text(text, source="Wire", cleaner=cleaner)
    assert result.text == text


def test_memory_can_be_switched_off():
    cleaner = Cleaner(CleaningOptions(min_repeats=0))
    footer = "The Valley Herald is an independent local paper in Green County."
    for story in ("Rain closed the road.", "A bakery opened.", "The board met."):
        result = clean_text(f"{story} Officials confirmed it.\n\n{footer}", source="Valley Herald", cleaner=cleaner)
    assert footer in result.text and not cleaner.memory.seen


@pytest.mark.parametrize(
    "text, title, body_start",
    [
        ("Port strike halts grain exports\n\nDock workers walked off the job on Tuesday, halting exports of wheat and maize.", "Port strike halts grain exports", "Dock"),
        ("Про це інформує CNN.\n\nЗа словами джерел видання, зустріч відклали на невизначений час.", None, "Про це"),
        ("Will the summit go ahead?\n\nDiplomats on both sides said on Tuesday that no date had been set yet.", "Will the summit go ahead?", "Diplomats"),
        ("Short line\n\nShort body.", None, "Short line"),
        ("the lowercase start is a fragment\n\nThe body of the article is long enough to follow it.", None, "the"),
        ("Мир\n\nБЦЖ и коронавирус: защищает ли прививка?\n\nИммунологи из Общества Макса Планка изучают влияние "
         "вакцины против туберкулеза на иммунитет.", "БЦЖ и коронавирус: защищает ли прививка?", "Иммунологи"),
        ("Brexit\n\nParliament votes for an extension\n\nThe vote was 322 to 308 on Saturday night.", "Brexit", "Parliament"),
    ],
)
def test_headline_detection(text, title, body_start):
    cleaned = clean_text(text)
    assert cleaned.title == title
    assert cleaned.text.startswith(body_start)


def test_a_given_title_repeated_as_the_first_line_is_dropped_from_the_text():
    cleaned = clean_text("Budget passes\n\nParliament passed the budget on Thursday after a long debate.", title="Budget passes")
    assert cleaned.title == "Budget passes" and cleaned.text.startswith("Parliament")


def test_whitespace_is_normalised_conservatively():
    cleaned = clean_text("  First paragraph of the report, said the minister.   \r\n\r\n\r\n\r\nSecond paragraph.\t\nThird.\n\n")
    assert cleaned.text == "First paragraph of the report, said the minister.\n\nSecond paragraph.\nThird."


def test_html_article_keeps_the_report_and_drops_page_furniture():
    (document,) = read([str(FIXTURES / "article.html")])
    cleaned = Cleaner().clean(document)
    assert cleaned.title == "Port strike halts grain exports"
    assert cleaned.text.startswith("Dock workers at the country's largest grain terminal")
    assert cleaned.text.endswith("return to talks on Wednesday.")
    assert "\n" in cleaned.text and "Petro Savchuk" in cleaned.text
    for furniture in ("cookies", "Home", "Sign up", "newsletter", "Share this", "Read more", "Most read", "All rights reserved"):
        assert furniture not in cleaned.text


def test_fast_extraction_mode_reads_the_same_article_and_bad_modes_are_refused():
    from rashomon.errors import UsageError

    (document,) = read([str(FIXTURES / "article.html")])
    cleaned = Cleaner(CleaningOptions(extraction="fast")).clean(document)
    assert cleaned.text.startswith("Dock workers") and "Petro Savchuk" in cleaned.text and "cookies" not in cleaned.text
    with pytest.raises(UsageError, match="'slow'"):
        CleaningOptions(extraction="slow")


def test_a_closing_sentence_of_the_report_that_mentions_donating_stays():
    text = "\n\n".join(REPORT + ["Residents can donate blood at the town hall until Friday."])
    assert clean_text(text).text == text


def test_ukrainian_news_site_tail():
    report = [
        "Верховна Рада ухвалила закон про місцеві вибори в першому читанні.",
        "За відповідне рішення проголосували 252 народні депутати, повідомила пресслужба парламенту.",
        "Документ має бути доопрацьований до другого читання протягом місяця.",
    ]
    tail = [
        "Читайте також: Як голосували фракції",
        "Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl+Enter, щоб повідомити про це редакцію.",
        "Підписуйтесь на наш Telegram-канал",
    ]
    cleaned = clean_text("\n\n".join(report + tail))
    assert cleaned.text == "\n\n".join(report)


@pytest.mark.parametrize(
    "line",
    ["Close to 100 people were evacuated.", "Share prices fell 3% on Monday.", "Cookie sales rose 5%.", "Коментар прессекретаря був коротким."],
)
def test_short_report_sentences_that_open_with_interface_words_stay(line):
    text = "\n\n".join([REPORT[0], line, REPORT[1], REPORT[2]])
    assert clean_text(text).text == text


@pytest.mark.parametrize("notice", [
    "Наш сайт использует файлы Cookie, чтобы предоставлять вам персонализированную информацию. "
    "Подробности - в Положении о защите личных данных.",
    "Ta strona używa plików cookies w celu świadczenia usług na najwyższym poziomie oraz w celach statystycznych.",
    "We use cookies to give you the best experience on our website and to show you relevant advertising.",
])
def test_a_long_cookie_consent_notice_goes_but_a_report_on_cookie_rules_stays(notice):
    report = "The court ruled that websites must ask before they store cookies on a visitor's computer."
    cleaned = clean_text("\n\n".join([notice] + REPORT + [report]))
    assert cleaned.text == "\n\n".join(REPORT + [report])
