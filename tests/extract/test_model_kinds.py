"""The statistical tagger settles person names no rule vouched for, and only those."""

from __future__ import annotations

import pytest

import summarizer.extract.entities as entities_module
from summarizer.extract.entities import find_entities
from summarizer.extract.model_kinds import tagged_names
from summarizer.text.parse import pipeline

LINE_UP = "The line-up: Wiremu Tamihana, Hone Kereama and Tipene Ruatapu."


def kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in find_entities(text)}


def test_names_without_any_cue_are_people_when_the_tagger_says_so() -> None:
    assert kinds(LINE_UP) == {"Wiremu Tamihana": "person", "Hone Kereama": "person", "Tipene Ruatapu": "person"}


def test_without_the_tagger_the_rules_leave_them_open(monkeypatch: pytest.MonkeyPatch) -> None:
    # given names no list knows ("Wiremu" is one of the locales' lists, which vouch for it)
    monkeypatch.setattr(entities_module, "tagged_names", lambda text, passages: {})
    found = kinds("The line-up: Zorvik Tamihana, Qelmar Kereama and Vantho Ruatapu.")
    assert set(found.values()) == {"other"}
    assert kinds(LINE_UP)["Wiremu Tamihana"] == "person"


def test_a_name_made_of_english_words_is_not_settled_by_the_tagger() -> None:
    assert kinds("Visitors walk around Quarry Hollow all year.")["Quarry Hollow"] != "person"


def test_a_rule_decision_stands() -> None:
    assert kinds("The Bank of Canada raised rates on Tuesday.")["Bank of Canada"] == "organization"


def test_tagged_spans_index_the_whole_text() -> None:
    text = "Nothing here.\nThe line-up: Wiremu Tamihana and Hone Kereama."
    start = text.index("The line-up")
    found = tagged_names(text, [(start, len(text))])
    assert {text[s:e] for (s, e), kind in found.items() if kind == "person"} == {"Wiremu Tamihana", "Hone Kereama"}
    assert tagged_names(text, []) == {}


def test_one_pipeline_per_component_set() -> None:
    assert pipeline(("tok2vec", "ner")) is pipeline(("tok2vec", "ner"))
    assert pipeline(("tok2vec", "ner")).pipe_names == ["ner"]  # the recogniser has its own tok2vec


def test_a_passage_read_before_gives_its_names_at_its_new_place():
    """The tagger's names are kept by a passage's words: the same sentence in another article, at
    another offset, gives the same names at its own spans, and a new sentence is read afresh."""
    from summarizer.extract.model_kinds import tagged_names

    sentence = "Maria Gonzalez joined Exxon Mobil in Houston last year."
    first = tagged_names(sentence, [(0, len(sentence))])
    prefix = "A dateline.\n"
    moved = tagged_names(prefix + sentence, [(len(prefix), len(prefix) + len(sentence))])
    assert first and moved == {(start + len(prefix), end + len(prefix)): kind for (start, end), kind in first.items()}
    other = "Exxon Mobil hired Maria Gonzalez."
    assert set(tagged_names(other, [(0, len(other))])) != set(first)


def test_a_lone_word_opening_a_sentence_is_a_body_when_the_tagger_reads_one() -> None:
    # "Toyota" and "Everton" are met only where a sentence starts, so their capital proves nothing
    assert kinds("Toyota plans to cut its roster of suppliers in half.") == {"Toyota": "organization"}
    found = kinds("The match ended 1-1.\nEverton's Duncan Ferguson went close in the 65th minute.")
    assert found["Everton"] == "organization" and found["Duncan Ferguson"] == "person"


def test_without_the_tagger_a_lone_sentence_opener_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entities_module, "tagged_names", lambda text, passages: {})
    assert kinds("Toyota plans to cut its roster of suppliers in half.") == {}


def test_a_sentence_opener_the_tagger_takes_for_no_body_stays_out() -> None:
    # an English word, and a surname the tagger does not call a body, are left out as before
    assert kinds("Tiredness set in early for the runners.") == {}
    assert kinds("Kovacs scored twice for the visitors.") == {}


def test_the_people_of_a_place_of_two_words_are_no_person() -> None:
    # the tagger may read "Costa Rican" as a person's name; the gazetteer knows "Costa Rica"
    assert kinds("A Sri Lankan was among the dead, police said.").get("Sri Lankan") != "person"
    assert kinds("A Costa Rican was among the dead, police said.").get("Costa Rican") != "person"


def test_a_given_name_of_any_language_vouches_for_a_person_without_the_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    # "Cedric" and "Gilles" are no names of the hand-made list; the locales' lists know them
    monkeypatch.setattr(entities_module, "tagged_names", lambda text, passages: {})
    assert kinds("The prize went to Cedric Vantorre and the team.") == {"Cedric Vantorre": "person"}
    assert kinds("The prize went to Gilles De Marbeque on Sunday.") == {"Gilles De Marbeque": "person"}
    # not before an English word: "Silvio Marble" may as well be a stone or a firm
    assert kinds("The prize went to Silvio Marble on Sunday.") == {"Silvio Marble": "other"}


def test_the_world_given_names_hold_names_of_many_languages() -> None:
    from summarizer.text.world_given_names import is_world_given_name

    assert all(is_world_given_name(name) for name in ("Cedric", "gilles", "Silvio", "Ruben", "Edna"))
    assert not is_world_given_name("Zzyzxq")
