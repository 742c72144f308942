"""The language registry: which languages Rashomon knows, at what level, and their topic data."""

import pytest

from rashomon import languages


def test_levels_of_known_and_unknown_languages():
    assert languages.level("en") == languages.FULL
    assert languages.level("uk") == languages.FULL
    assert languages.level("cs") == languages.NAMES
    # A language without a profile is still searchable, never an error.
    assert languages.level("sw") == languages.SEARCH
    assert languages.level("") == languages.SEARCH
    assert languages.level(None) == languages.SEARCH
    assert languages.profile("sw") is None


def test_tags_with_region_or_script_read_as_their_language():
    assert languages.base_code("sr-Latn") == "sr"
    assert languages.base_code("EN_us") == "en"
    assert languages.profile("sr-Cyrl").code == "sr"


def test_supported_lists_full_languages_inside_names_languages():
    full, names = set(languages.supported(languages.FULL)), set(languages.supported(languages.NAMES))
    assert {"en", "de", "uk", "ru", "pl"} <= full < names
    assert {"sk", "sr", "hr", "bs"} <= names


def test_serbian_is_written_in_both_scripts_and_croatian_shares_its_topics():
    assert set(languages.scripts("sr")) == {"Cyrl", "Latn"}
    assert languages.profile("hr").shares == "sr"
    assert languages.topic("hr", "no-such-topic") is None
    assert languages.topic("xx", "names") is None
    assert languages.value("xx", "names", "STOPWORDS", frozenset()) == frozenset()


@pytest.mark.parametrize("code", languages.supported())
def test_every_profile_sits_in_the_package_of_its_code(code):
    found = languages.profile(code)
    assert found.code == code and found.scripts and set(found.scripts) <= {"Latn", "Cyrl"}
    assert found.shares is None or languages.profile(found.shares) is not None
