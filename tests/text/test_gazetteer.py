"""Sanity checks on the place and nationality word lists."""

from __future__ import annotations

from summarizer.text.gazetteer import DEMONYMS, GIVEN_NAMES, PLACE_NAMES_ALSO_SURNAMES, PLACES, US_STATE_ABBREVIATIONS
from summarizer.text.lexicon import COMMON_WORDS, FUNCTION_WORDS, REPORTING_VERBS


def test_entries_are_lower_case_and_trimmed():
    for entry in PLACES | DEMONYMS | PLACE_NAMES_ALSO_SURNAMES | US_STATE_ABBREVIATIONS | GIVEN_NAMES:
        assert entry == entry.lower().strip() and "  " not in entry, entry


def test_nationality_words_are_not_places():
    assert not DEMONYMS & PLACES


def test_ambiguous_state_abbreviations_are_not_places_on_their_own():
    # "Miss." and "Mass." are only places right after a city ("Tupelo, Miss.")
    assert not {f"{a}." for a in US_STATE_ABBREVIATIONS} & PLACES


def test_core_atlas_knowledge_is_present():
    assert {"france", "new york", "kansas city", "new mexico", "n.j.", "east timor", "bratislava"} <= PLACES


def test_given_names_are_no_ordinary_words():
    # a given name vouches for a person, so it must not be a word that opens ordinary phrases
    assert not GIVEN_NAMES & (COMMON_WORDS | FUNCTION_WORDS | REPORTING_VERBS)
    assert {"jennifer", "mohammed", "hiroshi", "olga"} <= GIVEN_NAMES
