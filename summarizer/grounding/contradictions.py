"""Whether another passage of the article, one that holds at least as much of a claim as the
passage that backs it, states the claim's statement the other way round: "the troll *kept* his
user name" is backed by the sentences on the troll's backtracking, and the sentence on his name
says he *changed* it; "the team *kept up* its objections" is backed by the sentence where it
objected, and the next says it *dropped* them. A careful reader who finds the claim's statement
reversed in the article refuses it, however well another passage matches its words.

Only the tests that show a reversal of the same statement by its own verb count
(`REVERSAL_TESTS`: a thing kept against given up, a clause denied from above, an act of the same
doer in the same circumstances said by the opposite verb), never the broader
tests of a word negated or turned round somewhere in a passage, which refuse faithful
paraphrases when run on every passage (tried: with the negation and opposite tests, and with
"all"/"few" and "more"/"less", Spearman against FRANK's judgements fell and faithful claims were
refused: "every game" against another sentence's "few games"). And only a passage that covers
as much of the claim as the one that backs it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from summarizer.grounding.claims import Claim, Passage
from summarizer.grounding.keeping import kept_mismatch
from summarizer.grounding.passed_negation import passed_negation_mismatch
from summarizer.grounding.reversed_acts import reversed_act_mismatch

__all__ = ["REVERSAL_TESTS", "SCENE_TESTS", "contradicted"]

#: The tests that say a passage states the claim's statement the other way round.
REVERSAL_TESTS: tuple[Callable[[Claim, Passage], str | None], ...] = (
    kept_mismatch,
    passed_negation_mismatch,
)
#: The tests that find the same statement themselves (the same doer, most of the same words), so
#: they read every candidate passage: the opposite verb the other passage says instead of the
#: claim's is a word of the claim it lacks, and costs it coverage ("rose" for "fell").
SCENE_TESTS: tuple[Callable[[Claim, Passage], str | None], ...] = (reversed_act_mismatch,)


def contradicted(claim: Claim, candidates: Sequence[tuple[float, Passage]], backing: float) -> str | None:
    """The reason of the first of `candidates` (coverage, passage) that covers at least `backing`
    of the claim (the coverage of the passage that backs it) and fails a test of
    `REVERSAL_TESTS`, or of any of them that fails a test of `SCENE_TESTS`; None when none does."""
    for share, passage in candidates:
        tests = (*REVERSAL_TESTS, *SCENE_TESTS) if share >= backing else SCENE_TESTS
        reason = next((r for test in tests if (r := test(claim, passage))), None)
        if reason:
            return reason
    return None
