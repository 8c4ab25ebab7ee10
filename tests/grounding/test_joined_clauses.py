"""A summary sentence joins with "and", "but" or "yet" facts its article gives apart. Refused
whole (no one passage holds both, or the second clause's doer is read against the first
clause's evidence), it is kept when each clause, checked as a claim of its own, is backed. A
changed figure, a swapped name or a negation in either clause still refuses it."""

from summarizer.grounding.conjuncts import clause_conjuncts
from summarizer.grounding.prose import check_claim

SOURCE = (
    "A car bomb exploded outside the Dutch embassy in the port city of Varna on Thursday night, "
    "killing three people. The attack came a week after police raids in the region. "
    "Witnesses described a loud blast and broken windows along the street. Local hospitals "
    "treated dozens of people for cuts. Late on Friday, the Foreign Ministry in The Hague said "
    "all embassy staff were safe."
)
JOINED = "A car bomb outside the Dutch embassy in Varna killed three people, and the Foreign Ministry said all embassy staff were safe."


def test_the_clauses_of_a_joined_claim() -> None:
    assert clause_conjuncts("The poll was carried out in May and released on a Friday.") == [
        "The poll was carried out in May.",
        "The poll was released on a Friday.",
    ]
    assert clause_conjuncts("Ana Ruiz and Tom Hale met on Monday.") == []
    assert clause_conjuncts("Crews left as the power may not return before Monday.") == []


def test_facts_the_article_gives_apart_are_kept() -> None:
    assert check_claim(JOINED, SOURCE).supported


def test_an_error_in_either_clause_is_refused() -> None:
    assert not check_claim(
        "A car bomb outside the Dutch embassy in Varna killed five people, and the Foreign Ministry said all embassy staff were safe.",
        SOURCE,
    ).supported
    assert not check_claim(
        "A car bomb outside the Dutch embassy in Varna killed three people, and the Foreign Ministry said all embassy staff were injured.",
        SOURCE,
    ).supported
    assert not check_claim(
        "A car bomb outside the Dutch embassy in Varna killed three people, and the Foreign Ministry said not all embassy staff were safe.",
        SOURCE,
    ).supported
    assert not check_claim(
        "A car bomb outside the Dutch embassy in Varna killed three people, and the Interior Ministry said all embassy staff were safe.",
        SOURCE,
    ).supported
