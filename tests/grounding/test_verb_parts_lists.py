"""The names a preposition brings to a claim's verb (`grounding/verb_parts.py`) when they make a
list, or hang on the words that complete the verb. Hand-made sentences; each test has the swapped
claim refused and a faithful one kept."""

from __future__ import annotations

from summarizer.grounding.prose import check_claim

SUIT = (
    "Rather than obey the order, Gov. Ray Dunn filed a suit for a declaratory ruling against the "
    "Interior Department, Secretary Lee and the deputy director Ann Holt. "
    "Senator Bo Kim called the suit a stunt."
)


def test_each_name_of_a_list_after_the_preposition_is_a_participant():
    verdict = check_claim(
        "Dunn filed a suit for a declaratory ruling against the Interior Department, Lee and Bo Kim.", SUIT
    )
    assert not verdict.supported and "not Bo Kim" in verdict.reason
    kept = "Dunn filed a suit for a declaratory ruling against the Interior Department, Lee and Ann Holt."
    assert check_claim(kept, SUIT).supported


def test_a_preposition_on_the_verbs_object_is_the_verbs_part():
    """ "filed a suit for a ruling *against* X": the parse hangs "against" on the nearest noun."""
    verdict = check_claim("Dunn filed a suit for a declaratory ruling against Bo Kim.", SUIT)
    assert not verdict.supported and "'against' of that verb" in verdict.reason
    assert check_claim("Dunn filed a suit for a declaratory ruling against Secretary Lee.", SUIT).supported
