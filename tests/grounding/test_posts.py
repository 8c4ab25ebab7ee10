"""An embedded tweet's text, before its signature ("-- Ann Lee (@annlee) November 8, 2016"), is
its author's post: it states what they said and that they post on Twitter; no one else's."""

from __future__ import annotations

from summarizer.grounding.claims import parse_source
from summarizer.grounding.posts import posts_of
from summarizer.grounding.roles import check_role

TWEETS = (
    "The bakery cut the size of its rolls on Monday, saying that the price of flour had gone up. "
    "Shoppers complained online within hours, and some of them said they would buy their bread elsewhere. "
    "My god, the new roll is a disgrace. pic.twitter.com/AbC123 -- Ann Lee (@annlee) November 8, 2016 "
    "The bakery said flour prices rose. Why would anyone pay more for less bread? "
    "-- Bo Kim (@bokim) November 8, 2016 The bakery did not answer."
)


def test_a_signed_post_states_its_author_said_it_and_posts_on_twitter() -> None:
    verdict = check_role("Ann Lee", "Twitter user who called the new roll a disgrace", TWEETS)
    assert verdict.supported
    [(start, end)] = verdict.evidence
    assert TWEETS[start:end].startswith("My god, the new roll")
    assert check_role("Bo Kim", "Twitter user", TWEETS).supported


def test_another_authors_post_or_an_invented_one_states_nothing() -> None:
    assert not check_role("Bo Kim", "Twitter user who called the new roll a disgrace", TWEETS).supported
    assert not check_role(
        "Ann Lee", "Twitter user who asked why anyone would pay more for less bread", TWEETS
    ).supported
    assert not check_role("Ann Lee", "Twitter user who praised the new recipe", TWEETS).supported
    # a signature states Twitter, nothing of a title
    assert not check_role("Ann Lee", "bakery manager", TWEETS).supported


def test_a_post_begins_after_the_signature_before_it_and_never_far_before_its_own() -> None:
    text = parse_source(TWEETS)
    [(start, _)] = posts_of(text, frozenset({"kim"}))
    assert TWEETS[start:].startswith(" The bakery said flour prices rose.")
    [(start, _)] = posts_of(text, frozenset({"lee"}))
    assert TWEETS[start:].startswith("My god")
    assert posts_of(text, frozenset({"ruiz"})) == []


CLOSING = (
    "Ana Ruiz, the mayor, opened the bridge on Monday. Bo Kim, an engineer, said it was safe. "
    "Traffic resumed at noon. Follow Lev Oren on Twitter @levoren."
)


def test_a_closing_line_that_asks_readers_to_follow_someone_names_the_writer() -> None:
    assert check_role("Lev Oren", "author of the article", CLOSING).supported
    assert check_role("Lev Oren", "reporter", CLOSING).supported
    # no one else wrote it, and the line says nothing more of the writer
    assert not check_role("Bo Kim", "author of the article", CLOSING).supported
    assert not check_role("Lev Oren", "transport editor", CLOSING).supported
    # a line to follow someone anywhere but at the close is no byline
    early = "Follow Lev Oren on Twitter @levoren. " + CLOSING.replace(" Follow Lev Oren on Twitter @levoren.", "") * 2
    assert not check_role("Lev Oren", "author of the article", early).supported
