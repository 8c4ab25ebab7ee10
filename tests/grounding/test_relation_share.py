"""`relation_share`: how many of a claim's relations between content words (which word depends
on which, through function words) one sentence of its evidence states too. It grades a kept
claim: the same words put together otherwise say something else."""

from summarizer.grounding.prose import check_claim
from summarizer.grounding.relation_share import content_relations, relation_share
from summarizer.text.parse import parse

EVIDENCE = [
    "The striker scored a late goal against the visitors on Sunday.",
    "The coach praised the young goalkeeper after the match.",
]


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(word.text, head.text) for word, head in content_relations(parse(text))}


def test_relations_pass_through_function_words():
    pairs = _pairs("The mayor announced the closure of the old bridge.")
    assert ("bridge", "closure") in pairs  # through "of"
    assert ("closure", "announced") in pairs
    assert not any(word in ("the", "of") for pair in pairs for word in pair)


def test_a_claim_said_as_its_evidence_says_it_keeps_every_relation():
    assert relation_share("The striker scored a late goal on Sunday.", EVIDENCE) == 1.0


def test_a_relation_said_the_other_way_round_is_the_same_relation():
    # "the goal of the striker" where the evidence has "the striker scored a goal": two steps apart
    assert relation_share("The coach praised the goalkeeper.", EVIDENCE) == 1.0
    assert relation_share("The goalkeeper was praised by the coach.", EVIDENCE) == 1.0


def test_words_of_two_sentences_joined_lose_the_relations_neither_states():
    # Every word is in the evidence, but no sentence has the coach score or the striker praised.
    stitched = relation_share("The coach scored a late goal.", EVIDENCE)
    swapped = relation_share("The goalkeeper praised the striker.", EVIDENCE)
    assert stitched < 1.0
    assert swapped < 1.0
    assert relation_share("The coach praised the young goalkeeper.", EVIDENCE) > swapped


def test_a_synonym_keeps_the_relation():
    assert relation_share("The coach praised the young goalie.", EVIDENCE) == 1.0


def test_a_claim_of_one_content_word_relates_nothing():
    assert relation_share("Goal!", EVIDENCE) == 1.0


def test_the_graded_score_ranks_a_kept_claim_with_a_relation_changed_lower():
    story = (
        "The council approved the library budget on Tuesday. The mayor praised the residents who had campaigned for it."
    )
    said = check_claim("The mayor praised the residents.", story)
    recast = check_claim("The residents praised the mayor.", story)
    if recast.supported:  # the doer test may refuse it; kept, it must rank lower
        assert said.score > recast.score
    else:
        assert said.score > 0.5 > recast.score
