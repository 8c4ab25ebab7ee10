"""A negation denies the whole of what its word governs (`negated_scope`): a claim that states
plainly what the evidence says only under a "not", "never" or "no" is refused, wherever in the
clause the negation stands; a double negation, a clause of its own and an opposite are not."""

from summarizer.grounding.claims import parse_claim, parse_source
from summarizer.grounding.negated_scope import negated_scope_mismatch
from summarizer.grounding.prose import check_claim


def refused_for_scope(claim: str, source: str) -> bool:
    """Whether `negated_scope_mismatch` refuses `claim` against `source` read as one passage."""
    text = parse_source(source)
    passage = next(p for p in text.windows if p.first == 0 and p.last == len(text.sentences) - 1)
    return negated_scope_mismatch(parse_claim(claim), passage) is not None


def test_a_noun_denied_by_no_is_not_stated():
    source = "Both founders said there were no plans for an initial public offering of the bank."
    assert refused_for_scope("The founders are preparing an initial public offering of the bank.", source)
    verdict = check_claim("The founders are preparing an initial public offering of the bank.", source)
    assert not verdict.supported


def test_what_a_denied_verb_governs_is_denied():
    source = "The review said the play is not trying to be too dark or edgy for its audience."
    assert refused_for_scope("The play is too dark and edgy for its audience.", source)
    source = "The mayor said it does not feel like this is a tired council which has given up."
    assert refused_for_scope("The mayor described a tired council that has given up.", source)


def test_the_claim_that_keeps_the_negation_or_says_not_in_other_words_passes():
    source = "Both founders said there were no plans for an initial public offering of the bank."
    assert not refused_for_scope("The founders ruled out an initial public offering of the bank.", source)
    assert not refused_for_scope("The founders have no plans for an initial public offering.", source)


def test_a_denied_denial_affirms():
    source = "The coach never misses a chance to praise the young players of the club."
    assert not refused_for_scope("The coach praises the young players of the club.", source)


def test_the_subject_and_what_stands_before_the_negation_are_not_denied():
    source = "The old bridge over the river was not closed on Monday."
    assert not refused_for_scope("The old bridge crosses the river.", source)


def test_a_statement_joined_by_and_or_a_clause_of_time_is_not_denied():
    source = "The ministry is not done collecting feedback and will schedule two telephone town halls."
    assert not refused_for_scope("The ministry will schedule two telephone town halls.", source)
    source = "She would not name the agency, as the family weighs its legal options."
    assert not refused_for_scope("The family is weighing its legal options.", source)


def test_alternatives_are_denied_together():
    source = "Residents reported not seeing or feeling any warning signs, such as an earthquake."
    assert refused_for_scope("Residents said an earthquake warned them.", source)


def test_not_only_and_no_doubt_deny_nothing():
    source = "The report is not only deeply concerning but shows a pattern of abuse."
    assert not refused_for_scope("The report is deeply concerning.", source)
    source = "There is no doubt that the new stadium will attract large crowds."
    assert not refused_for_scope("The new stadium will attract large crowds.", source)
