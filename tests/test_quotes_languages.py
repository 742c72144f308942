"""Quotation styles and attribution patterns across languages, on small fixtures written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.analysis.quotes import extract_quotes
from rashomon.analysis.quotes.marks import find_dialogue_lines, find_quotations

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "quotes"


def quotes(name: str, language: str):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return [
        (q.kind, q.cue.text if q.cue else None, q.speaker.text if q.speaker else None, q.text)
        for q in extract_quotes(text, language, [], [])
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said “a ‘b’ c” and «d» or „e“ and ‚f‘.", ["“a ‘b’ c”", "«d»", "„e“", "‚f‘"]),
        ("Sie sagte »nein« und 「はい」 and 'it’s fine'.", ["»nein«", "「はい」"]),
        ("It's Bob's \"plan\" and ‘that’s it’.", ['"plan"', "‘that’s it’"]),
        ("''We won,'' he said.", ["''We won,''"]),
        ("“First paragraph.\n\n“Second paragraph.”\n\nAfter.", ["“First paragraph.\n\n“Second paragraph.”"]),
        ("“Never closed\n\nNext paragraph.", ["“Never closed"]),
    ],
)
def test_quotation_marks(text, expected):
    assert [text[s:e] for s, e in find_quotations(text)] == expected


def test_dialogue_dashes_leave_out_the_narrator():
    text = "— Мы готовы, — сказал министр. — Но не так.\nОбычный абзац — без диалога."
    assert [text[s:e] for s, e in find_dialogue_lines(text)] == ["Мы готовы", "Но не так."]


def test_english_styles():
    assert quotes("en_styles.txt", "en") == [
        ("direct", "said", "the senator", '"We will win this,"'),
        ("direct", None, "the senator", '"And we will win it soon."'),
        ("direct", "said", "she", "‘That is not true,’"),
        ("direct", "said", "The spokesman", "“The talks were productive.\n\n“We expect more next week.”"),
        ("direct", "said", "he", "''We're in the people-pleasing business,''"),
    ]


def test_german_subjunctive_free_indirect_and_according_to():
    found = quotes("de.txt", "de")
    assert ("indirect", "sagte", "Der Bundeskanzler", "er sei zuversichtlich, dass eine Einigung möglich sei") in found
    assert ("free_indirect", None, "Der Bundeskanzler", "Die Verhandlungen würden aber noch Wochen dauern") in found
    assert ("direct", "sagte", "die Ministerin", "„Wir haben keine Zeit zu verlieren“") in found
    assert ("according_to", "Laut", "Reuters", "ist das Treffen für Freitag geplant") in found
    assert ("indirect", "erklärte", "Der Sprecher der Regierung", "dass die Gespräche fortgesetzt würden") in found
    police = [q for q in found if q[2] == "Polizei"]
    assert police and police[0][0] == "according_to" and police[0][3] == "wurden drei Menschen verletzt"


def test_german_anaphoric_confirmation_takes_the_sentence_before():
    found = quotes("de.txt", "de")
    confirmed = [q for q in found if q[1] == "bestätigte"]
    assert confirmed and confirmed[0][2] == "ein Sprecher des Ministeriums"
    assert confirmed[0][3].startswith("Laut Reuters ist das Treffen")


def test_russian():
    assert quotes("ru.txt", "ru") == [
        (
            "indirect",
            "заявил",
            "Замминистра иностранных дел России Сергей Рябков",
            "что никакой договорённости о встрече не было",
        ),
        ("direct", "сказал", "он", "«Невозможно отложить то, о чём не договаривались»"),
        ("according_to", "По данным", "CNN", "встреча отложена на неопределённый срок"),
    ]


def test_russian_dialogue():
    assert quotes("dialogue_ru.txt", "ru") == [
        ("direct", "сказал", "министр", "Мы готовы к переговорам"),
        ("direct", None, "министр", "Но не на таких условиях."),
    ]


@pytest.mark.parametrize(
    "language, line, expected",
    [
        (
            "fr",
            0,
            [
                ("indirect", "a déclaré", "Le ministre", "que les négociations allaient reprendre"),
                ("according_to", "Selon", "l'AFP", "la rencontre aura lieu vendredi"),
            ],
        ),
        (
            "es",
            1,
            [
                ("indirect", "dijo", "El ministro", "que las negociaciones continuarán"),
                ("according_to", "Según", "Reuters", "la reunión será el viernes"),
            ],
        ),
        (
            "pl",
            2,
            [
                ("indirect", "powiedział", "Minister", "że negocjacje będą kontynuowane"),
                ("according_to", "Według", "PAP", "spotkanie odbędzie się w piątek"),
            ],
        ),
    ],
)
def test_french_spanish_polish(language, line, expected):
    text = (FIXTURES / "fr_es_pl.txt").read_text(encoding="utf-8").splitlines()[line]
    found = [(q.kind, q.cue.text, q.speaker.text, q.text) for q in extract_quotes(text, language, [], [])]
    assert found[: len(expected)] == expected


def test_empty_and_quote_free_texts():
    assert extract_quotes("", "en", [], []) == []
    assert extract_quotes("The weather was fine on Monday.", "en", [], []) == []


def test_languages_without_a_lexicon_get_their_quotations_unattributed():
    text = "Il ministro ha detto: «Non ci sono accordi per ora». Poi è partito per il «vertice»."
    found = extract_quotes(text, "it", [], [])
    assert [(q.kind, q.text, q.cue, q.speaker) for q in found] == [
        ("direct", "«Non ci sono accordi per ora»", None, None)
    ]
    assert [q.speaker.text for q in extract_quotes("The minister said that talks would resume.", "", [], [])] == [
        "The minister"
    ]


@pytest.mark.parametrize(
    "language, text, carried",
    [
        (
            "uk",
            "Рябков заявив, що зустрічі не було. Мовляв, сторони ще не домовилися про дату. Погода була гарна.",
            "Мовляв, сторони ще не домовилися про дату",
        ),
        (
            "ru",
            "Рябков заявил, что встречи не было. Стороны якобы ещё не договорились о дате.",
            "Стороны якобы ещё не договорились о дате",
        ),
        (
            "de",
            "Der Minister sagte, er sei zufrieden. Die Gespräche seien gut verlaufen. Man habe viel erreicht. "
            "Es regnete.",
            "Die Gespräche seien gut verlaufen. Man habe viel erreicht",
        ),
    ],
)
def test_free_indirect_speech_carries_the_speaker_on(language, text, carried):
    found = extract_quotes(text, language, [], [])
    free = [q for q in found if q.kind == "free_indirect"]
    assert [q.text for q in free] == [carried]
    assert free[0].speaker.text == found[0].speaker.text


@pytest.mark.parametrize(
    "language, text, speaker, content",
    [
        (
            "uk",
            "Механізм запрацює у лютому. Таке заявила єврокомісарка Стелла Киріакідес.",
            "єврокомісарка Стелла Киріакідес",
            "Механізм запрацює у лютому. Таке",
        ),
        ("ru", "Встреча не состоится. Об этом сообщил Рябков.", "Рябков", "Встреча не состоится. Об этом"),
        (
            "uk",
            "Аудит завершено. Про це в четвер, 20 листопада, заявив віцегубернатор Бред Раффенспергер.",
            "віцегубернатор Бред Раффенспергер",
            "Аудит завершено. Про це",
        ),
        (
            "de",
            "Die Mine wird geschlossen. Das teilte der Konzern am Montag mit.",
            "der Konzern",
            "Die Mine wird geschlossen. Das",
        ),
    ],
)
def test_anaphoric_attribution_takes_the_sentence_before(language, text, speaker, content):
    found = extract_quotes(text, language, [], [])
    assert [(q.speaker.text, q.text) for q in found] == [(speaker, content)]


def test_leading_dates_are_not_part_of_the_speaker():
    found = extract_quotes("13 січня глава МОЗ Максим Степанов заявив, що карантин не продовжать.", "uk", [], [])
    assert [q.speaker.text for q in found] == ["глава МОЗ Максим Степанов"]


@pytest.mark.parametrize(
    "language, text, speaker, via, content",
    [
        ("uk", "За даними CNN з посиланням на джерела, зустріч відкладена.", "джерела", ["CNN"], "зустріч відкладена"),
        ("ru", "По данным CNN со ссылкой на источники, встреча отложена.", "источники", ["CNN"], "встреча отложена"),
        (
            "en",
            "According to CNN, citing two officials, the meeting was delayed.",
            "two officials",
            ["CNN"],
            "the meeting was delayed",
        ),
        (
            "de",
            "Laut Reuters unter Berufung auf Diplomaten ist das Treffen abgesagt.",
            "Diplomaten",
            ["Reuters"],
            "ist das Treffen abgesagt",
        ),
        ("en", "According to CNN, the meeting was delayed.", "CNN", [], "the meeting was delayed"),
    ],
)
def test_according_to_with_cited_sources(language, text, speaker, via, content):
    found = extract_quotes(text, language, [], [])
    assert [(q.kind, q.speaker.text, [p.text for p in q.via], q.text) for q in found] == [
        ("according_to", speaker, via, content)
    ]


def test_questions_put_to_a_speaker():
    text = (
        '"You bet I would," Christie said when asked whether he would issue a quarantine. '
        "Asked by Stephanopoulos about the plan, Carson said it was fair."
    )
    found = [
        (q.kind, q.cue.text, q.speaker.text if q.speaker else None, q.text) for q in extract_quotes(text, "en", [], [])
    ]
    assert found == [
        ("direct", "said", "Christie", '"You bet I would,"'),
        ("indirect", "asked", None, "whether he would issue a quarantine"),  # the asker is not named
        ("indirect", "Asked", "Stephanopoulos", "about the plan"),
        ("indirect", "said", "Carson", "it was fair"),
    ]


def test_nouns_of_saying_with_a_that_clause():
    text = "Trump's claim that the election was rigged drew criticism. The belief that taxes will fall is widespread."
    found = extract_quotes(text, "en", [], [])
    assert [(q.cue.text, q.speaker.text if q.speaker else None) for q in found] == [
        ("claim", "Trump"),
        ("belief", None),
    ]
    assert found[0].text.startswith("that the election was rigged") and found[1].text.startswith("that taxes will fall")


@pytest.mark.parametrize(
    "language, text, cue, speaker",
    [
        ("uk", '"Ми не погоджуємося з цим рішенням", - зазначили в МЗС України.', "зазначили", "МЗС України"),
        ("uk", "Як зазначили в Міноборони, атаку відбито.", "Як зазначили", "Міноборони"),
        ("ru", "«Переговоры продолжаются», — говорится в заявлении МИД.", "говорится", "заявлении МИД"),
    ],
)
def test_institutions_speak_from_a_place(language, text, cue, speaker):
    found = extract_quotes(text, language, [], [])
    assert [(q.cue.text, q.speaker.text) for q in found] == [(cue, speaker)]


@pytest.mark.parametrize(
    "language, text, cue, speaker",
    [
        ("uk", "Трамп досі не визнав своєї поразки.", "визнав", "Трамп"),
        (
            "uk",
            "Як стверджує новообраний президент США, все могло б бути інакше.",
            "Як стверджує",
            "новообраний президент США",
        ),
        ("ru", "Как утверждает министр, всё могло быть иначе.", "Как утверждает", "министр"),
        ("ru", "Как заявляют специалисты, риск невелик.", "Как заявляют", "специалисты"),
        ("uk", "Як розповідають лікарі, ризик невеликий.", "Як розповідають", "лікарі"),
    ],
)
def test_slavic_adverbs_and_as_clauses(language, text, cue, speaker):
    assert [(q.cue.text, q.speaker.text) for q in extract_quotes(text, language, [], [])] == [(cue, speaker)]


@pytest.mark.parametrize(
    "text, kind, cue, speaker, content",
    [
        # Verb second: a phrase before the verb puts the speaker after it; a clause in the reported mood
        # (Konjunktiv I) without "dass" is the content, as it is after a subject before the verb.
        (
            "Am Dienstag sagte der Minister, die Gespräche seien schwierig.",
            "indirect",
            "sagte",
            "der Minister",
            "die Gespräche seien schwierig",
        ),
        (
            "Am Dienstag erklärte die Ministerin, die Lage sei ernst.",
            "indirect",
            "erklärte",
            "die Ministerin",
            "die Lage sei ernst",
        ),
        # With a title, and without the adverbs that follow the names.
        (
            "Am Dienstag sagte Außenminister Wadephul heute selbst, die Gespräche seien schwierig.",
            "indirect",
            "sagte",
            "Außenminister Wadephul",
            "die Gespräche seien schwierig",
        ),
        (
            "Der Minister sagte am Dienstag, die Gespräche seien schwierig.",
            "indirect",
            "sagte",
            "Der Minister",
            "die Gespräche seien schwierig",
        ),
        # A participle cue finds its speaker around the auxiliary.
        (
            "Die Ministerin hat am Abend in Berlin bekräftigt, dass der Plan bleibe.",
            "indirect",
            "bekräftigt",
            "Die Ministerin",
            "dass der Plan bleibe",
        ),
        # "X zufolge" starts at the source's article, inside the sentence as at its start (content not checked here).
        ("Die Verhandlungen waren dem Bericht zufolge gescheitert.", "according_to", "zufolge", "dem Bericht", None),
        (
            "Dem Bericht zufolge sind die Verhandlungen gescheitert.",
            "according_to",
            "zufolge",
            "Dem Bericht",
            "sind die Verhandlungen gescheitert",
        ),
    ],
)
def test_german_speakers_around_the_verb(text, kind, cue, speaker, content):
    found = extract_quotes(text, "de", [], [])
    assert [(q.kind, q.cue.text, q.speaker.text if q.speaker else None) for q in found] == [(kind, cue, speaker)]
    if content is not None:
        assert found[0].text == content
