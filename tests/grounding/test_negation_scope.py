"""How far a negation reaches: not into a verb joined by "and" that has a subject, auxiliary or
negation of its own, nor past "but"; and an opposite the evidence negates ("would not allow")
says what the claim's word ("ban") says."""

from summarizer.grounding.prose import check_claim

SOURCE = (
    "The minister said he would not pursue a trade deal with Norway. "
    "He said he would not allow the firm to join the network. "
    "Power may not be restored before Monday. "
    "A hiker died when a tree fell on her tent. "
    "The flood was not the council's fault but it was its responsibility."
)


def kept(claim: str) -> bool:
    return check_claim(claim, SOURCE).supported


def test_each_clause_has_its_own_negation():
    assert kept(
        "The minister would not pursue a trade deal with Norway and would not allow the firm to join the network."
    )
    assert kept("Power may not be restored before Monday, and a hiker died when a tree fell on her tent.")
    assert not kept("Power may not be restored before Monday, and a hiker did not die when a tree fell on her tent.")


def test_a_negation_does_not_reach_past_but():
    assert kept("The flood was not the council's fault but was its responsibility.")
    assert not kept("The flood was the council's fault.")


def test_an_opposite_the_evidence_negates_agrees():
    assert kept("The minister would ban the firm from the network.")  # "would not allow"
    verdict = check_claim("The minister would allow the firm to join the network.", SOURCE)
    assert not verdict.supported and "not allow" in verdict.reason


def test_a_claim_negation_needs_one_that_reaches_the_same_word_in_the_evidence():
    source = "The union does not hold a majority on the board, but its allies have said they will back the plan."
    verdict = check_claim("The allies have said they will not support the plan.", source)
    assert not verdict.supported and "not" in verdict.reason
    assert check_claim("The allies have said they will support the plan.", source).supported
    denied = "Its allies have said they will not back the plan, and the union does not hold a majority."
    assert check_claim("The allies have said they will not support the plan.", denied).supported


def test_a_negation_reaches_past_adverbs_and_quantities():
    source = "Maybe not, but I think a win was definitely possible, the driver said after the race."
    verdict = check_claim("The driver said a win had never really been possible in the race.", source)
    assert not verdict.supported
    sparse = "In my experience, there hasn't been a whole lot of representation of deaf characters in films, he says."
    verdict = check_claim("He says deaf characters have been well represented in films in his experience.", sparse)
    assert not verdict.supported and "representation" in verdict.reason
    seen = "Many residents reported not seeing or feeling any warning signs, such as a quake, before the waves came."
    assert check_claim(
        "Many residents said they noticed no warning such as a quake before the waves came.", seen
    ).supported


def test_a_contrast_the_wrong_way_round_is_refused():
    source = "The councillor said the rules on renovating a unit favour the property owner, not the tenant."
    verdict = check_claim("The councillor said the rules favour tenants rather than property owners.", source)
    assert not verdict.supported and "aside" in verdict.reason
    assert check_claim("The councillor said the rules favour property owners rather than tenants.", source).supported


def test_the_sentence_that_says_the_claim_decides_an_opposite():
    source = (
        "Financial conditions have been tightening since February. "
        "The index's recent rally was accompanied by a loosening in financial conditions."
    )
    verdict = check_claim("The index's recent rally came as financial conditions were tightening.", source)
    assert not verdict.supported and "loosen" in verdict.reason
    assert check_claim("The index's recent rally came as financial conditions were loosening.", source).supported


def test_a_negation_does_not_reach_a_clause_of_time_or_a_fronted_participle():
    source = "The driver never even made it to the grid after crashing out on the warm-up lap."
    assert check_claim("The driver crashed on the warm-up lap and never made it to the grid.", source).supported
    assert not check_claim("The driver did not crash on the warm-up lap.", source).supported
    cited = "The minister cited privacy for refusing to discuss the case, while indicating the rule would not be retroactive."
    assert check_claim("Citing privacy, the minister would not discuss the case.", cited).supported
    assert not check_claim("Citing privacy, the minister discussed the case.", cited).supported


def test_a_negation_may_follow_the_word_it_denies_but_not_cross_a_turn():
    source = "The town's power might not be restored before Monday after the worst storm in 20 years."
    assert check_claim("The town faces days without power after the worst storm in 20 years.", source).supported
    turned = "Maybe not, but I think a second place was definitely possible, the driver said."
    assert not check_claim("The driver said a second place had never been possible.", turned).supported


def test_no_before_a_subject_denies_its_verb():
    # "no N has been V" says what "N has not (yet) been V" says; the affirmed form stays refused.
    source = (
        "The chief spoke on Monday. She said the review is routine and that to date we have not yet "
        "identified any issues regarding officer conduct. The union declined to comment."
    )
    assert check_claim("The chief said no officer conduct issues have been identified.", source).supported
    assert not check_claim("The chief said officer conduct issues have been identified.", source).supported
    decided = "The agency stressed Friday that a final decision on the application has not yet been made."
    assert check_claim("The agency says no final decision has been made.", decided).supported
    assert not check_claim("The agency says a final decision has been made.", decided).supported


def test_no_before_a_subject_in_the_evidence_denies_its_verb():
    source = "The ruler resigned on Sunday after two years on the throne. No reason was given for the move."
    assert check_claim(
        "The ruler resigned on Sunday after two years on the throne, with no reason given.", source
    ).supported
    assert not check_claim("The ruler resigned on Sunday, and a reason was given for the move.", source).supported
    # A participle with a subject of its own is not the denied noun's: "no reports that anyone was hurt".
    reports = "Claims emerged of an earlier incident on the line, though there were no reports that anyone was hurt."
    assert check_claim(
        "Claims emerged of an earlier incident on the line, in which no one was reported hurt.", reports
    ).supported


def test_not_yet_is_one_negation_but_yet_turns_to_another_clause():
    source = "The minister said the plan has not yet been approved by the cabinet."
    assert check_claim("The minister said the cabinet has not approved the plan.", source).supported
    turned = "Maybe not, but I think second was definitely possible, the driver said."
    assert not check_claim("The driver said second had never really been possible.", turned).supported


def test_a_participle_before_its_noun_is_not_in_the_clause_negation():
    source = (
        "Agents found new messages last week. "
        "The director said an inquiry into them did not change the bureau's conclusion."
    )
    assert check_claim(
        "The director said a review of newly found messages had not changed the conclusion.", source
    ).supported
    assert not check_claim(
        "The director said a review of newly found messages changed the conclusion.", source
    ).supported


def test_each_clause_of_a_claim_meets_its_own_sentence_for_an_opposite():
    source = (
        "Couture had two goals for the Sharks, who have won two in a row and pulled into a tie for top spot in "
        "the Pacific Division. "
        "McDavid scored for the Oilers, who have lost a season-high five straight."
    )
    joined = "The Sharks pulled into a tie for top spot in the Pacific Division, while the Oilers lost a season-high five straight."
    assert check_claim(joined, source).supported
    swapped = "The Sharks pulled into a tie for top spot in the Pacific Division, while the Oilers won a season-high five straight."
    assert not check_claim(swapped, source).supported


def test_against_after_a_noun_takes_no_side():
    source = (
        "Two priorities, defeating the governor and advancing a progressive agenda, have been harmed by the "
        "choice of Lee as running mate. As mayor, Lee said that he strongly supports the right to work law."
    )
    aimed = "The choice of Lee, who backs the right to work law, harms the fight against the governor."
    assert check_claim(aimed, source).supported
    stance = "Lee, who is against the right to work law, harms the fight for the governor."
    assert "against" in check_claim(stance, source).reason


def test_what_a_denied_noun_is_for_is_not_done():
    source = "The director said investigators had found no reason to change the bureau's conclusion that she should not face charges."
    kept = "The director said the review had not changed the bureau's conclusion that she should not face charges."
    assert check_claim(kept, source).supported
    assert not check_claim("The director said the review had changed the bureau's conclusion.", source).supported
    # The noun's own clause keeps its own negation: "its view that she should (not) face charges".
    flipped = "The director said the review had not changed the bureau's conclusion that she should face charges."
    assert not check_claim(flipped, source).supported


def test_impossible_to_do_is_not_done():
    source = (
        "At a rally, the candidate insisted it would have been impossible for the bureau to review "
        "as many as 650,000 emails in such a short time."
    )
    assert check_claim(
        "The candidate said 650,000 emails could not have been reviewed in such a short time.", source
    ).supported
    assert not check_claim(
        "The candidate said 650,000 emails could have been reviewed in such a short time.", source
    ).supported
    assert not check_claim("The candidate said the bureau reviewed 650,000 emails in a short time.", source).supported


def test_an_antonym_counts_only_for_the_word_as_the_claim_uses_it():
    # "pass" is the opposite of "running" only as a play of football, not as overtaking.
    source = (
        "The teenager had been running second behind the leader before a late stop. "
        "He then overtook 13 cars in the closing laps to finish third."
    )
    assert check_claim(
        "The teenager finished third, passing 13 cars in the closing laps after a late stop.", source
    ).supported
    verdict = check_claim(
        "The inspector said the documents were genuine.", "The inspector said the documents were false."
    )
    assert not verdict.supported and "false" in verdict.reason


def test_an_adjective_the_parse_takes_for_an_adverb_keeps_its_antonyms():
    # the parse tags "shortest" before another adjective as an adverb
    source = "The Harbour Hawks, still without a title since 1951, now have the longest active title drought in hockey."
    verdict = check_claim("The Harbour Hawks now have the shortest active title drought in hockey.", source)
    assert not verdict.supported and "long" in verdict.reason
    assert check_claim("The Harbour Hawks now have the longest active title drought in hockey.", source).supported


def test_against_before_a_figure_sets_figures_side_by_side():
    source = (
        "Among Cuban Americans, 47 percent said they would certainly support Ann Lee, while 15 percent chose "
        "Bob Roe. Roe voted for the embargo."
    )
    compared = (
        "Among Cuban Americans, 47 percent said they would certainly back Ann Lee, against 15 percent for Bob Roe."
    )
    assert check_claim(compared, source).supported
    stance = "Among Cuban Americans, 47 percent said they were against Ann Lee, and 15 percent chose Bob Roe."
    assert "against" in check_claim(stance, source).reason


def test_a_negation_does_not_reach_a_finite_clause_the_parse_hangs_on_it():
    # A caption run into the next sentence with no full stop: the parse makes "was sent" an
    # adverbial clause of "get", which "unlikely" denies; a clause with its own tense ("was")
    # states its own fact.
    source = (
        "Holt is unlikely to get an extended rest any time soon as he returns to league action on Saturday "
        "Ardland captain Ravi Mehta was sent off for a second yellow card within two minutes of his withdrawal."
    )
    assert check_claim("Ardland captain Ravi Mehta was sent off for a second yellow card.", source).supported
    assert not check_claim("Holt will get an extended rest.", source).supported


def test_a_negation_in_a_quotation_does_not_reach_back_before_it():
    # A caption run into a quote with no full stop: the parse hangs "is keen" on the quoted
    # "don't think"; quoted words govern nothing said before the quotation opens.
    source = (
        "Midfielder Ivo Brandt is keen for his side to regain their form following some poor results "
        "'I don't think anyone switches off, but the pressure is real,' said Brandt."
    )
    assert check_claim("Midfielder Ivo Brandt is keen for his side to regain their form.", source).supported
    assert not check_claim("Brandt thinks someone switches off.", source).supported


def test_a_phrase_of_manner_with_no_denies_the_word_it_goes_on_to():
    source = "The director said the behaviour of the two guards is in no way representative of the staff at the camp."
    verdict = check_claim(
        "The director said the guards' behaviour was representative of the staff at the camp.", source
    )
    assert not verdict.supported and "no" in verdict.reason
    assert check_claim("The director said the guards' behaviour was not representative of the staff.", source).supported


def test_the_evidence_negates_the_claims_verb_in_other_words():
    source = "The mayor has not yet responded to the union's demands, although he spoke about the budget on Friday."
    verdict = check_claim("The mayor answered the union's demands on Friday.", source)
    assert not verdict.supported and "responded" in verdict.reason
    # a synonym said of something else is another act
    other = "The mayor has not yet responded to the letter, although he answered the union's demands on Friday."
    assert check_claim("The mayor answered the union's demands on Friday.", other).supported
