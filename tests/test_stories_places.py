"""Where an event is: the countries of the places a report's lead names, in any language and script."""

from __future__ import annotations

import pytest

from rashomon.stories.places import apart, event_places, place_countries


@pytest.mark.parametrize(
    "written, country",
    [("Belgium", "BE"), ("Belgii", "BE"), ("Brüssel", "BE"), ("Німеччині", "DE"), ("Francji", "FR"),
     ("Москві", "RU"), ("США", "US"), ("Wielkiej Brytanii", "GB"), ("Texas", "US"), ("Kyjevě", "UA")],
)
def test_a_place_in_any_language_and_script_lies_in_its_country(written, country):
    assert place_countries(written) == {country}


@pytest.mark.parametrize("written", ["Rose", "Valencia", "Georgia", "Europe", "Ryanair"])
def test_a_word_like_a_place_a_name_shared_across_countries_or_a_region_names_no_country(written):
    assert place_countries(written) == frozenset()


def test_the_lead_names_where_the_event_is_and_the_text_where_else_things_are():
    lead = "Ryanair pilots in Germany strike, 250 flights cancelled. Pilots walked off the job in Germany on Friday. "
    later = "The walkout coincided with strikes in Ireland and Sweden; Irish pilots held talks in Dublin."
    text = lead + "Talks had failed. " * 20 + later
    places = event_places(text, "en")
    assert places.lead == {"DE"}
    assert places.named == {"DE", "IE", "SE"}


def test_a_lead_country_named_once_only_is_not_taken_for_the_event_place():
    assert event_places("Strike grounds flights in Belgium. Crews walked out on Wednesday.", "en").lead == frozenset()


def test_events_are_apart_only_when_neither_report_names_the_others_lead_country():
    assert apart({"DE"}, {"DE", "IE"}, {"BE", "ES"}, {"BE", "ES", "PT"})
    assert not apart({"DE"}, {"DE", "IE"}, {"BE"}, {"BE", "DE"})  # the other names Germany too
    assert not apart({"BE"}, {"BE"}, {"BE", "ES"}, {"BE", "ES"})
    assert not apart(set(), {"DE"}, {"BE"}, {"BE"})  # a lead that names no country says nothing


def test_a_country_written_as_its_acronym_is_placed():
    from rashomon.stories.places import place_countries

    assert place_countries("USA") == place_countries("US") == frozenset({"US"})
    assert place_countries("UK") == frozenset({"GB"})
    assert place_countries("NATO") == frozenset()
