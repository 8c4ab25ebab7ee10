"""Who did what, negation, places and acronyms read from a parse: hand-made sentences."""

from __future__ import annotations

from summarizer.grounding.prose import check_claim
from summarizer.grounding.structure import predicates

PIPELINE = (
    "The Harbour Link pipeline is run by Northgate Energy and would carry gas to the coast. "
    "Its partner, Bluewater Power, will buy the gas when the line opens next year."
)


def test_the_agent_of_a_passive_is_its_doer():
    assert check_claim("The Harbour Link pipeline is run by Northgate Energy.", PIPELINE).supported
    verdict = check_claim("The Harbour Link pipeline is run by Bluewater Power.", PIPELINE)
    assert not verdict.supported and "Bluewater Power is not the doer of 'run'" in verdict.reason


def test_a_relative_clause_belongs_to_the_name_it_hangs_on():
    source = (
        "Next in line is Sultan Omar Rahim of the east, who was king from 1980 to 1985 and is now unwell. "
        "After him comes Sultan Idris Hamdan of the south, who owns a fleet of jets."
    )
    verdict = check_claim("Sultan Idris Hamdan, who was king from 1980 to 1985, is next in line.", source)
    assert not verdict.supported and "Idris Hamdan" in verdict.reason


def test_a_pronoun_may_be_the_claims_name():
    source = "Ana Ruiz joined the council in May. Since then she has met with the premier twice."
    assert check_claim("Ana Ruiz has met with the premier twice since May.", source).supported


def test_a_negation_must_govern_the_same_verb():
    source = "After a long dispute, the club dropped its objection to the new stadium, officials said."
    assert check_claim("The club dropped its objection to the new stadium.", source).supported
    verdict = check_claim("The club never dropped its objection to the new stadium.", source)
    assert not verdict.supported and "negat" in verdict.reason


def test_a_negation_higher_up_governs_the_clause_below():
    source = "The premier said he is not guaranteeing that the free bus service will continue next year."
    verdict = check_claim("The premier promised that the free bus service would continue next year.", source)
    assert not verdict.supported and "negates 'continue'" in verdict.reason
    refusal = "The mayor criticised the premier's refusal to guarantee the free bus service."
    assert check_claim(refusal, source + " The mayor criticised him.").reason != (
        "the evidence negates 'guarantee', the claim does not"
    )


def test_predicates_read_negating_verbs():
    (denied, accepted) = [p for p in predicates("The minister denied that he accepted the money.") if not p.light]
    assert not denied.negated and accepted.negated


def test_an_acronym_stands_for_the_name_it_spells():
    source = "General Motors said it would close its assembly plant in Oshawa at the end of the year."
    assert check_claim("GM said it would close its Oshawa assembly plant at the end of the year.", source).supported
    assert not check_claim("GE said it would close its Oshawa assembly plant at the end of the year.", source).supported


def test_a_place_must_be_in_the_evidence_itself():
    source = (
        "The prime minister held a town hall in Milton on Thursday. He spoke for an hour. "
        "Voters asked about schools. "
        "He was asked about the autoworkers in Oshawa after the carmaker said it would close its plant there."
    )
    assert check_claim(
        "He was asked about the autoworkers in Oshawa after the carmaker said it would close its plant.", source
    ).supported
    verdict = check_claim(
        "He was asked about the autoworkers in Milton after the carmaker said it would close its plant.", source
    )
    assert not verdict.supported and "Milton" in verdict.reason


def test_a_graded_score_ranks_kept_above_refused_above_absent():
    kept = check_claim("The Harbour Link pipeline is run by Northgate Energy.", PIPELINE)
    swapped = check_claim("The Harbour Link pipeline is run by Bluewater Power.", PIPELINE)
    absent = check_claim("The Harbour Link pipeline is run by Copperfield Mining.", PIPELINE)
    assert kept.score >= 0.5 > swapped.score > absent.score == 0.0


def test_a_sentence_of_the_article_word_for_word_is_supported_by_itself() -> None:
    source = "Bridge Reopens\n\nThe city reopened the bridge on Monday. He denied that the company fired 30 workers."
    verdict = check_claim("The city reopened the bridge on Monday.", source)
    assert verdict.supported and verdict.score == 1.0
    assert [source[s:e] for s, e in verdict.evidence] == ["The city reopened the bridge on Monday."]


def test_part_of_a_sentence_word_for_word_is_still_checked_for_what_turns_it() -> None:
    source = "Bridge Reopens\n\nThe city reopened the bridge on Monday. He denied that the company fired 30 workers."
    assert not check_claim("The company fired 30 workers.", source).supported


def test_a_negation_does_not_reach_a_clause_with_a_subject_of_its_own():
    source = "It was not long before the mayor answered the critics at a council meeting."
    assert check_claim("The mayor answered the critics at a council meeting.", source).supported
    relative = "The driver who crashed into the fence did not stop, police said."
    assert check_claim("A driver crashed into the fence.", relative).supported
    assert not check_claim("The driver did stop after the crash into the fence.", relative).supported


def test_a_doer_by_which_the_evidence_never_names_is_refused():
    source = "The sign at the corner had been knocked over weeks before the crash, a witness said."
    assert check_claim("The sign at the corner had been knocked over weeks before the crash.", source).supported
    verdict = check_claim("The sign at the corner had been knocked over by a truck weeks before the crash.", source)
    assert not verdict.supported and "the doer 'truck'" in verdict.reason


def test_a_noun_in_al_meets_its_verb():
    source = "The premier refused to rule out cuts to the school budget, which worried parents."
    assert check_claim(
        "Parents were worried by the premier's refusal to rule out cuts to the school budget.", source
    ).supported


def test_a_person_described_by_where_they_play_may_be_the_claims_name():
    source = (
        "Ivo Brandt joined Kestrel Athletic in January. The former Harlow City striker scored the "
        "winner in Kestrel's 1-0 win over Dunmore on Saturday."
    )
    assert check_claim("Ivo Brandt scored the winner in Kestrel's 1-0 win over Dunmore.", source).supported


def test_an_acronym_the_evidence_spells_out_is_its_doer():
    source = "Northern Bank of Leland has lost £2billion since it was rescued by taxpayers, its chief said."
    assert check_claim("NBL has lost £2billion since it was rescued by taxpayers.", source).supported


def test_a_title_may_stand_for_the_name_the_evidence_gives():
    source = (
        "The Queen of Norland opened the gallery on Friday. The novelist Ada Marsh said she thinks Ilse is a "
        "dull dresser, and many readers agreed."
    )
    assert check_claim("Ada Marsh said the Queen is a dull dresser.", source).supported


def test_a_thing_the_evidence_says_was_not_done_to_it_in_another_verb():
    source = "The second ad, by Brightway, hasn't seen nearly as much attention as the first one, she said."
    verdict = check_claim("The Brightway ad has drawn far more attention than the first one.", source)
    assert not verdict.supported and "negates 'seen'" in verdict.reason
    assert check_claim("The Brightway ad has not drawn as much attention as the first one.", source).supported


def test_a_verb_that_says_not_agrees_with_a_negation():
    source = "The leader said his party would not pursue a trade deal with Ardia if elected."
    assert check_claim("The leader said his party would avoid a trade deal with Ardia.", source).supported


def test_verbs_of_declining_and_keeping_from_deny_what_they_govern():
    negated = {
        p.text: p.negated for p in predicates("The mayor declined to sign the bill and kept staff from leaving.")
    }
    assert negated["sign"] and negated["leaving"] and not negated["declined"]
    assert {p.text: p.negated for p in predicates("The rain kept falling all day.")}["falling"] is False
    source = "Old quarrels are being put aside as fans of all the clubs come together for the final."
    verdict = check_claim(
        "Old quarrels are still keeping fans of the clubs from coming together for the final.", source
    )
    assert not verdict.supported and "coming" in verdict.reason
    source = "The former envoy said the government must rebut the candidate's claims."
    verdict = check_claim(
        "The former envoy said the government should refrain from rebutting the candidate's claims.", source
    )
    assert not verdict.supported and "rebutting" in verdict.reason


def test_a_verb_that_denies_does_not_deny_the_words_of_its_subject():
    negated = {p.text: p.negated for p in predicates("The driver entering the pit lane avoided the barrier.")}
    assert negated["entering"] is False


def test_a_denied_verb_is_not_contradicted_by_a_participle_before_a_noun():
    source = "The champion swerved to avoid a sliding Raikkonen at a soaking Brazilian Grand Prix."
    assert check_claim("The champion swerves to avoid sliding Raikkonen at wet Brazilian Grand Prix", source).supported


def test_instead_of_and_rather_than_deny_the_act_they_set_aside():
    negated = {p.text: p.negated for p in predicates("Instead of paying the fine, the club filed an appeal.")}
    assert negated == {"paying": True, "filed": False}
    assert {p.text: p.negated for p in predicates("The mayor fought the charges rather than resign.")}["resign"]
    assert {p.text: p.negated for p in predicates("She chose to walk rather than take the bus.")}["take"]
    assert not {p.text: p.negated for p in predicates("She paid instead of her brother.")}["paid"]
