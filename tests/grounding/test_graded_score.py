"""The graded score of a supported claim: by how much of its content the evidence holds, and
by how much of it the evidence says in the same words (`literal_share`). A claim stitched from
pieces of two sentences ranks below one said as the article says it; both stay kept, and both
rank above any refused claim."""

from summarizer.grounding.claims import parse_claim
from summarizer.grounding.prose import check_claim, literal_share
from tests.grounding.passages import whole_passage

STORY = (
    "The council approved the new library budget on Tuesday after a long debate. "
    "Residents had asked for longer opening hours at the branch on Hill Street. "
    "The mayor said the vote was a win for readers."
)


def test_the_literal_share_counts_runs_of_three_words_the_evidence_writes():
    passage = whole_passage(STORY)
    assert literal_share(parse_claim("the council approved the new library budget on Tuesday"), passage) == 1.0
    # "approved the new" and "the new library" are there; the other runs are not.
    share = literal_share(parse_claim("Councillors approved the new library plan"), passage)
    assert 0.0 < share < 1.0
    assert literal_share(parse_claim("Readers welcomed it"), passage) == 0.0
    assert literal_share(parse_claim("Tuesday"), passage) == 1.0  # under three words: its words


def test_a_claim_in_the_article_words_ranks_above_one_stitched_from_two_sentences():
    said = check_claim("The council approved the new library budget on Tuesday.", STORY)
    stitched = check_claim("The council approved longer opening hours on Tuesday.", STORY)
    refused = check_claim("The council rejected the new library budget on Tuesday.", STORY)
    assert said.supported and stitched.supported
    assert said.score > stitched.score >= 0.5 > refused.score
