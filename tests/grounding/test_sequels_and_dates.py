"""Two ways a summary sentence joins what the article tells in places too far apart for one
passage, on hand-made sentences, each beside the same claim made wrong, which stays refused:

- "X happened after Y happened" (`sequel_parts`): each clause is checked on its own, and the
  evidence of what followed must name what came first (`sequel_tied`);
- a day or month the claim takes from another sentence, where the article writes it between
  the same words, said of the same thing (`prose._dated_alike`)."""

from summarizer.grounding.claim_parts import sequel_parts, sequel_tied
from summarizer.grounding.claims import Claim, parse_claim
from summarizer.grounding.lemmas import Word, words
from summarizer.grounding.prose import _dated_alike
from tests.grounding_checks import kept, reason

QUARRY = (
    "Residents marched through Millbrook on Sunday to oppose the planned quarry. "
    "Organiser Tom Hale said the cancellation of the town hall meetings left the march as their only voice. "
    "Several families brought children and hand-painted banners. "
    "A local bakery handed out free bread to the marchers at noon. "
    "The weather stayed dry for most of the afternoon. "
    "On Friday, council leader Maya Cole cancelled the town hall meetings over threats against staff. "
    "Police said the march was peaceful. "
    "A choir sang in the square while the speeches went on. "
    "In March, mayor Ben Ortiz opened a new library in the old station building."
)

STORM = (
    "The storm knocked out power across Elmvale on Thursday night. "
    "Mayor Jo Park spent Saturday preparing to open the community hall for residents. "
    "Crews cleared fallen trees from the main road into town. "
    "Many households have their own generators. "
    "A ferry crossing was cancelled because of the high waves. "
    "The utility said power might not be fully restored in the valley before Monday morning. "
    "The primary school reopens on Monday morning after the holidays."
)


def test_a_clause_of_what_came_first_is_split_off_with_its_own_subject():
    assert sequel_parts("The mayor resigned on Friday after the council voted to cut the budget.") == (
        "The mayor resigned on Friday.",
        "The council voted to cut the budget.",
    )
    assert sequel_parts("The mayor resigned after losing the vote.") is None  # no subject of its own
    assert sequel_parts("The mayor resigned after the council did not pass the budget.") is None  # negated
    assert sequel_parts("The mayor resigned because the council cut the budget.") is None  # a cause


def test_what_followed_is_tied_to_what_came_first_only_where_the_article_names_it():
    start = QUARRY.index("Organiser")
    evidence = [(start, QUARRY.index(" Several"))]
    # "the cancellation of the town hall meetings": the act named by its noun
    assert sequel_tied(evidence, "Council leader Maya Cole cancelled the town hall meetings.", QUARRY)
    assert not sequel_tied(evidence, "Ben Ortiz opened a new library.", QUARRY)


def test_a_sequel_of_two_facts_the_article_links_is_kept():
    claim = (
        "Residents marched in Millbrook on Sunday against the planned quarry after council leader "
        "Maya Cole cancelled the town hall meetings over threats against staff."
    )
    assert kept(claim, QUARRY)


def test_a_sequel_the_article_never_links_or_gets_wrong_stays_refused():
    # Both facts are the article's, but it never says the march followed the library.
    assert not kept(
        "Residents marched in Millbrook on Sunday against the planned quarry after mayor Ben Ortiz "
        "opened a new library in the old station building.",
        QUARRY,
    )
    # The earlier clause changed: Cole cancelled the meetings, she did not postpone them.
    assert not kept(
        "Residents marched in Millbrook on Sunday against the planned quarry after council leader "
        "Maya Cole postponed the town hall meetings over threats against staff.",
        QUARRY,
    )
    # The actor swapped: the mayor did not cancel the meetings.
    assert not kept(
        "Residents marched in Millbrook on Sunday against the planned quarry after mayor Ben Ortiz "
        "cancelled the town hall meetings over threats against staff.",
        QUARRY,
    )


def test_a_day_written_between_the_same_words_of_the_same_thing_joins_its_sentence():
    assert kept(
        "Mayor Jo Park prepared to open the community hall for residents as power may not be restored "
        "before Monday morning.",
        STORM,
    )


def test_a_day_said_of_something_else_or_changed_stays_refused():
    # "before Monday morning" is written of the power: a claim's "on Monday morning" of the
    # hall, or the same phrase with nothing else of the claim beside it, joins nothing.
    power = STORM.split(". ")[5]
    opening = parse_claim("Mayor Jo Park opened the community hall for residents on Monday morning.")
    restored = parse_claim("Park said the community hall would stay shut before Monday morning.")
    assert not _dated_alike(opening, _name(opening, "Monday"), words(power))
    assert not _dated_alike(restored, _name(restored, "Monday"), words(power))
    # a person is never placed by the words beside them alone
    named = parse_claim("The hall was opened by Mayor Jo Park on Monday morning.")
    assert not _dated_alike(named, _name(named, "Park"), words("It was opened by Mayor Jo Park on Sunday."))
    assert "Tuesday" in reason(
        "Mayor Jo Park prepared to open the community hall for residents as power may not be restored "
        "before Tuesday morning.",
        STORM,
    )


def _name(claim: Claim, last: str) -> tuple[Word, ...]:
    return next(name for name in claim.names if name[-1].text == last)
