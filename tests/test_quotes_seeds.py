"""The done-when checks of the quotations issue, on the two seed reports.

Mentions are given by hand (names and their entity IDs, as the entities stage
would link them), so these tests pin the quotation logic itself.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rashomon.analysis.quotes import extract_quotes
from rashomon.analysis.sentences import split_sentences
from rashomon.model import Mention

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "seeds"
ENGLISH = (SEEDS / "000_8a69b7fe4b9a2177.txt").read_text(encoding="utf-8")
UKRAINIAN = (SEEDS / "003_d5bce7bdcdc84413.txt").read_text(encoding="utf-8")

# surface form -> (type, entity): what a linker gives for the names in the seeds.
NAMES = {
    "Sergei Ryabkov": ("PER", "ryabkov"),
    "Ryabkov": ("PER", "ryabkov"),
    "Сергій Рябков": ("PER", "ryabkov"),
    "Marco Rubio": ("PER", "rubio"),
    "Rubio": ("PER", "rubio"),
    "Марко Рубіо": ("PER", "rubio"),
    "Рубіо": ("PER", "rubio"),
    "Sergei Lavrov": ("PER", "lavrov"),
    "Lavrov": ("PER", "lavrov"),
    "Лавровим": ("PER", "lavrov"),
    "Лавров": ("PER", "lavrov"),
    "Donald Trump": ("PER", "trump"),
    "Trump": ("PER", "trump"),
    "Трамп": ("PER", "trump"),
    "Трампа": ("PER", "trump"),
    "Vladimir Putin": ("PER", "putin"),
    "Putin": ("PER", "putin"),
    "Путіним": ("PER", "putin"),
    "Путіна": ("PER", "putin"),
    "Анна Келлі": ("PER", "kelly"),
    "CNN": ("ORG", "cnn"),
    "White House": ("ORG", "white-house"),
    "Білого дому": ("ORG", "white-house"),
    "State Department": ("ORG", "state-department"),
    "держдепу": ("ORG", "state-department"),
    "держдепартаменту США": ("ORG", "state-department"),
    "Kremlin": ("ORG", "kremlin"),
    "Кремль": ("ORG", "kremlin"),
    "Foreign Ministry": ("ORG", "russian-mfa"),
    "Russia": ("LOC", "russia"),
    "Moscow": ("LOC", "moscow"),
    "Ukraine": ("LOC", "ukraine"),
    "Budapest": ("LOC", "budapest"),
}


def mentions_in(text: str) -> list[Mention]:
    found: list[Mention] = []
    for name in sorted(NAMES, key=len, reverse=True):
        kind, entity = NAMES[name]
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not any(m.start < match.end() and match.start() < m.end for m in found):
                found.append(Mention(match.start(), match.end(), name, kind, name, entity))
    return sorted(found, key=lambda m: m.start)


def quotes_of(text: str, language: str):
    return extract_quotes(text, language, split_sentences(text, language), mentions_in(text))


def find(quotes, fragment: str):
    matching = [q for q in quotes if fragment in q.text]
    assert matching, f"no quotation containing {fragment!r}"
    return matching[0]


@pytest.fixture(scope="module")
def english():
    return quotes_of(ENGLISH, "en")


@pytest.fixture(scope="module")
def ukrainian():
    return quotes_of(UKRAINIAN, "uk")


@pytest.mark.parametrize(
    "fragment, kind, cue, speaker, entity",
    [
        ("It’s impossible to postpone", "direct", "told", "Deputy Foreign Minister Sergei Ryabkov", "ryabkov"),
        ("remains on the table", "mixed", "said", "He", "ryabkov"),
        ("Lavrov and Rubio spoke by phone", "indirect", "confirmed", "Ryabkov", "ryabkov"),
        ("Moscow is continuing preparations", "indirect", "said", "Ryabkov", "ryabkov"),
        ("We’re doing our homework", "direct", "said", "he", "ryabkov"),
        ("Rubio would lead initial meetings", "mixed", "said", "U.S. President Donald Trump", "trump"),
        ("a discussion of “next steps”", "mixed", "described", "The U.S. State Department", "state-department"),
        ("constructive discussion", "mixed", "called", "The Kremlin", "kremlin"),
        ("had not yet scheduled a meeting", "indirect", "said", "Russia’s Foreign Ministry", "russian-mfa"),
        ("may speak again this week", "mixed", "said", "It", "cnn"),
    ],
)
def test_english_seed_speakers(english, fragment, kind, cue, speaker, entity):
    quote = find(english, fragment)
    assert (quote.kind, quote.cue.text, quote.speaker.text, quote.speaker.entity) == (kind, cue, speaker, entity)
    assert ENGLISH[quote.start : quote.end] == quote.text


def test_english_seed_chains_keep_anonymous_speakers(english):
    hold = find(english, "put on hold")
    assert (hold.speaker.text, hold.speaker.entity) == ("a White House official", None)
    assert [(p.text, p.entity) for p in hold.via] == [("CNN", "cnn")]
    delayed = find(english, "pre-meeting was delayed")
    assert (delayed.speaker.text, delayed.speaker.entity, [p.entity for p in delayed.via]) == (
        "an anonymous source",
        None,
        ["cnn"],
    )


def test_english_direct_quote_spans_include_marks(english):
    quote = find(english, "It’s impossible")
    assert quote.text == "“It’s impossible to postpone something that was never scheduled,”"


@pytest.mark.parametrize(
    "fragment, kind, cue, speaker, entity",
    [
        ("перший етап переговорів", "indirect", "стверджував", "він", "trump"),
        ("Президент Трамп послідовно", "direct", "заявила", "заступниця речника Білого дому Анна Келлі", "kelly"),
        ("Він сміливо залучив", "direct", None, "заступниця речника Білого дому Анна Келлі", "kelly"),
        ("конструктивну дискусію", "mixed", "охарактеризував", "Кремль", "kremlin"),
        ("зустріч наразі відкладена", "according_to", "за даними", "CNN", "cnn"),
        ("Неможливо відкласти", "direct", "зазначив", "він", "ryabkov"),
        ("узагалі не було ніяких домовленостей", "according_to", "За його словами", "його", "ryabkov"),
        ("потребують ретельної підготовки", "indirect", "підкреслив", "він", "ryabkov"),
    ],
)
def test_ukrainian_seed_speakers(ukrainian, fragment, kind, cue, speaker, entity):
    quote = find(ukrainian, fragment)
    assert (quote.kind, quote.cue.text if quote.cue else None, quote.speaker.text, quote.speaker.entity) == (
        kind,
        cue,
        speaker,
        entity,
    )


def test_ukrainian_dash_interruption_splits_the_quotation(ukrainian):
    first = find(ukrainian, "Президент Трамп послідовно")
    second = find(ukrainian, "Він сміливо залучив")
    assert "заявила" not in first.text and "заявила" not in second.text
    assert first.text.startswith('"') and second.text.endswith('"')


def test_ukrainian_chain_through_the_state_department(ukrainian):
    quote = find(ukrainian, "підкреслив важливість")
    assert (quote.kind, quote.speaker.text, quote.speaker.entity) == ("direct", "Рубіо", "rubio")
    assert [(p.text, p.entity) for p in quote.via] == [("держдепу", "state-department")]


def test_ukrainian_anonymous_sources(ukrainian):
    sources = find(ukrainian, "мала стати етапом")
    one = find(ukrainian, "різні очікування")
    assert (sources.speaker.text, sources.speaker.entity) == ("джерел видання", None)
    assert (one.kind, one.speaker.text, one.speaker.entity) == ("mixed", "Одне з джерел", None)


def test_pipeline_links_speakers_across_the_two_seeds():
    """With the entities stage's own mentions, each speaker of the done-when list resolves to one entity in both
    languages."""
    from rashomon.analysis.pipeline import Analyzer, AnalyzerOptions

    analyzer = Analyzer(AnalyzerOptions(("language", "sentences", "entities", "quotes")))
    english = analyzer.analyze(ENGLISH, "en").quotes
    ukrainian = analyzer.analyze(UKRAINIAN, "uk").quotes
    assert any(q.speaker and q.speaker.entity for q in english), "the entities stage linked no speaker"
    ryabkov = {
        find(english, f).speaker.entity for f in ("It’s impossible", "remains on the table", "doing our homework")
    }
    ryabkov |= {
        find(ukrainian, f).speaker.entity
        for f in ("Неможливо відкласти", "ретельної підготовки", "ніяких домовленостей")
    }
    assert len(ryabkov) == 1 and None not in ryabkov
    trump = {
        find(english, "Rubio would lead").speaker.entity,
        find(ukrainian, "перший етап переговорів").speaker.entity,
    }
    assert len(trump) == 1 and None not in trump and trump != ryabkov
    assert find(english, "put on hold").speaker.entity is None
    assert find(english, "put on hold").via[0].entity == find(ukrainian, "зустріч наразі відкладена").speaker.entity
