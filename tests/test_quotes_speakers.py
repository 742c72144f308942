"""Speaker resolution: names, pronouns, descriptions, anonymous speakers, places inside longer speakers."""

from __future__ import annotations

import re

from rashomon.analysis.quotes import extract_quotes
from rashomon.model import Mention

TEXT = (
    "U.S. Secretary of State Marco Rubio spoke with Russian Foreign Minister Sergei Lavrov on Monday. "
    "U.S. President Donald Trump was not on the call. The U.S. diplomat said the talks were useful. "
    "The Russian minister said nothing changed. A diplomat said more was needed. The president said he was pleased. "
    "Russia said it was ready. A Russian official said the date was open."
)
NAMES = {
    "Marco Rubio": ("PER", "rubio"),
    "Sergei Lavrov": ("PER", "lavrov"),
    "Donald Trump": ("PER", "trump"),
    "U.S.": ("LOC", "usa"),
    "Russia": ("LOC", "russia"),
    "Russian": ("LOC", "russia"),
}


def mentions(text: str) -> list[Mention]:
    found = []
    for name, (kind, entity) in NAMES.items():
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?![\w])", text):
            found.append(Mention(match.start(), match.end(), name, kind, name, entity))
    return sorted(found, key=lambda m: m.start)


def speakers(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [(q.speaker.text, q.speaker.entity) for q in extract_quotes(text, language, [], mentions(text))]


def test_descriptions_pronouns_and_anonymous_speakers():
    assert speakers(TEXT) == [
        ("The U.S. diplomat", "rubio"),  # "U.S." and a diplomat's title: Rubio, not Lavrov or Trump
        ("The Russian minister", "lavrov"),
        ("A diplomat", None),  # indefinite: anonymous
        ("The president", "trump"),
        ("Russia", "russia"),  # a place that is the whole speaker speaks
        ("A Russian official", None),  # a place inside an anonymous speaker does not
    ]


def test_pronoun_takes_the_latest_speaker_not_the_latest_name():
    text = "Ryabkov said Lavrov and Rubio spoke on Monday. He said a meeting was premature."
    names = [
        Mention(0, 7, "Ryabkov", "PER", "Ryabkov", "ryabkov"),
        Mention(13, 19, "Lavrov", "PER", "Lavrov", "lavrov"),
        Mention(24, 29, "Rubio", "PER", "Rubio", "rubio"),
    ]
    found = extract_quotes(text, "en", [], names)
    assert [(q.speaker.text, q.speaker.entity) for q in found] == [("Ryabkov", "ryabkov"), ("He", "ryabkov")]


def test_ukrainian_pronoun_takes_the_sentence_subject():
    text = "Трамп під час розмови з Путіним домовився про зустріч. Тоді він стверджував, що переговори очолить Рубіо."
    names = [
        Mention(0, 5, "Трамп", "PER", "Трамп", "trump"),
        Mention(24, 31, "Путіним", "PER", "Путін", "putin"),
        Mention(99, 104, "Рубіо", "PER", "Рубіо", "rubio"),
    ]
    found = extract_quotes(text, "uk", [], names)
    assert [(q.speaker.text, q.speaker.entity, q.cue.text) for q in found] == [("він", "trump", "стверджував")]
