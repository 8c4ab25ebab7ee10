"""What a careful reader links across a story that word-by-word tests missed: a score's sides, a
figure whose noun the story leaves out, a full name given once, the body a person speaks for,
a place after "his native", a plural party name, a count of a list given elsewhere. Each kept
reading has its error beside it, still refused. Hand-made sentences only."""

from tests.grounding_checks import kept, reason

HOCKEY = (
    "Mia Roe scored 15 seconds into overtime to give Harbor United a 3-2 win over Riverside. "
    "Harbor United (33-13-5) heads into the break in first place. "
    "Joonas Donskoi and Tomas Hertl also scored for Harbor United. "
    "Hertl made a spin move in tight to beat goalie Tom Talbot."
)


def test_a_side_of_a_score_counts_nothing_after_it():
    assert kept("Harbor United beat Riverside 3-2 heading into the break.", HOCKEY)
    assert "figure 4" in reason("Harbor United beat Riverside 4-2 heading into the break.", HOCKEY)


def test_the_doer_of_a_purpose_is_the_doer_of_its_verb():
    assert kept("Tomas Hertl used a spin move to beat Talbot.", HOCKEY)
    assert "doer of 'beat'" in reason("Joonas Donskoi used a spin move to beat Talbot.", HOCKEY)


STORM = (
    "A storm swept the coast on Thursday. "
    "The utility said 600,000 customers lost power because of the storm and 66,000 remained without power on Saturday."
)


def test_a_figure_counts_the_noun_its_sentence_leaves_out():
    assert kept("The utility said 66,000 customers were still without power on Saturday.", STORM)
    assert "counts 'customers'" in reason("The utility said 66,000 customers lost power on Saturday.", STORM)


def test_a_word_one_sentence_uses_both_ways_does_not_negate_the_claim():
    assert kept("The storm cut power to 600,000 customers on Thursday.", STORM)


SCAM = (
    "Vexor Labs traced the emails to a server in Ohio. "
    "Kevin Haley, director at the security firm Norvex, agreed with the finding. "
    "The emails asked for payment in bitcoin. "
    "Police in three cities investigated. "
    "Several schools were evacuated. "
    "Many parents kept children at home. "
    "Some offices closed early. "
    "Buses ran late across the region. "
    "The weather stayed mild. "
    "Haley said the scam will continue to evolve until people pay."
)


def test_a_person_named_in_full_once_and_the_body_they_speak_for_are_known():
    assert kept("Norvex's Kevin Haley said the scam will continue to evolve until people pay.", SCAM)
    assert "Jason" in reason("Norvex's Jason Haley said the scam will continue to evolve until people pay.", SCAM)
    assert "Vexor" in reason("Vexor's Kevin Haley said the scam will continue to evolve until people pay.", SCAM)


def test_a_name_after_his_native_is_a_place_and_a_surname_starts_no_name_across_sentences():
    source = (
        "Tom Vale spent a decade in Ottawa. Vale said Monday he is considering a run for mayor in his native Port Alma."
    )
    assert kept("Tom Vale said Monday he is considering a run for mayor in Port Alma.", source)
    assert not kept("Port Alma said Monday he is considering a run for mayor in Tom Vale.", source)


def test_a_party_named_in_the_plural_and_a_people_for_its_place():
    source = (
        "Ann Lee, a star candidate for the Liberals, will face Bo Kim in Milton. "
        "Officials from the group Albertans for Parks denied any link to the government of China."
    )
    assert kept("Liberal candidate Ann Lee will face Bo Kim in Milton.", source)
    assert kept("Officials from an Alberta group denied any link to the Chinese government.", source)
    assert "Conservative" in reason("Conservative candidate Ann Lee will face Bo Kim in Milton.", source)


def test_the_body_a_person_acts_for_may_be_given_the_act():
    source = "Crown prosecutor Michael Pilon rejected the conclusion. Malcolm Gibson defended it."
    assert kept("The Crown rejected the conclusion.", source)
    assert "doer of 'rejected'" in reason("Malcolm Gibson rejected the conclusion.", source)


def test_a_count_of_a_list_given_in_another_sentence_joins_the_evidence():
    source = (
        "Sessions in Drayton, Edmonton, Red Deer and Sundre were cancelled on Saturday. "
        "The storm closed many roads. "
        "Schools stayed open. "
        "Phillips promised two telephone town halls and extended the consultation to Feb. 15."
    )
    assert kept("Phillips cancelled four sessions and promised two telephone town halls.", source)
    assert "figure five" in reason("Phillips cancelled five sessions and promised two telephone town halls.", source)


def test_a_title_before_a_surname_is_no_other_given_name():
    source = (
        "Pete Fry voted yes on Tuesday. The motion passed. Residents wrote letters. The mayor said little. "
        "Schools stayed open. After a backlash from residents, Mr. Fry now calls his vote a mistake."
    )
    assert kept("Pete Fry now calls his yes vote a mistake.", source)
    assert "Jim Fry" in reason("Jim Fry now calls his yes vote a mistake.", source)


def test_a_month_in_either_form_is_a_time_not_a_place():
    source = "The employee group submitted its bid on Nov. 22 to buy the magazines."
    assert kept("The employee group submitted its bid in November to buy the magazines.", source)
    assert not kept("The employee group submitted its bid in October to buy the magazines.", source)


def test_a_count_that_opens_a_sentence_is_a_figure_not_a_name():
    source = "Police said 10 players were hurt when the team bus crashed on Friday."
    assert kept("Ten players were hurt when the team bus crashed on Friday.", source)
    assert "figure Twelve" in reason("Twelve players were hurt when the team bus crashed on Friday.", source)


def test_how_often_counts_no_noun_after_it():
    source = (
        "Woods has won the Classic at this course eight times, more than anyone. Last year he tied for fifth there."
    )
    assert kept("Woods has won the Classic eight times and tied for fifth there last year.", source)


def test_a_verb_joined_to_a_refusal_is_not_refused():
    source = "Ann Lee refused to resign and promised to meet the other party leaders."
    assert kept("Ann Lee promised to meet the other party leaders.", source)
    assert "'refused'" in reason("Ann Lee resigned and promised to meet the other party leaders.", source)


def test_a_name_after_of_the_is_a_place():
    source = "The wave struck along the rim of the Sunda Strait late on Saturday, killing 280 people."
    assert kept("The wave struck around the Sunda Strait late on Saturday, killing 280 people.", source)


def test_a_figure_that_is_part_of_something_counts_it():
    source = "The judge ordered the station to pay $20,000 of Mr. Hemming's estimated $50,000 costs on Friday."
    assert kept("The station must pay $20,000 of Hemming's costs.", source)


def test_an_opposite_beside_the_claim_s_word_in_other_words_does_not_count():
    source = "Eating more plants could reduce emissions by half, even as demand for land will increase."
    assert kept("Eating more plants could cut emissions by half.", source)
    assert "'increase'" in reason(
        "Eating more plants could cut emissions.", "Eating more plants will increase emissions."
    )


def test_the_parts_of_a_hyphenated_word_pair_with_no_name_of_their_own():
    source = (
        "Tom Ellison, the billionaire co-founder of the California tech giant Oracle, and Jo Ray, an executive at "
        "Walgreens, joined the board on Monday."
    )
    assert kept("On Monday, Oracle co-founder Tom Ellison and Walgreens executive Jo Ray joined the board.", source)
    assert "pairs" in reason(
        "On Monday, Walgreens co-founder Tom Ellison and Oracle executive Jo Ray joined the board.", source
    )


def test_a_name_the_claim_writes_twice_pairs_with_no_one_word():
    source = (
        "Lee's tweet about taking Vexa private drew a fraud charge and a settlement that fined Vexa and Lee "
        "$20 million apiece."
    )
    assert kept("A settlement over Lee's tweet about taking Vexa private fined Vexa and Lee $20 million each.", source)


def test_a_claim_that_sets_its_subject_against_others_may_say_what_they_do_not():
    source = "Most places will not print anything less than 1,000 copies. Studio Nine makes runs of a single copy."
    assert kept("Unlike most printers, which need 1,000 copies, Studio Nine will print a single copy.", source)
    assert "'not'" in reason("Most places will print anything less than 1,000 copies.", source)


def test_a_place_in_digits_is_the_number_a_table_writes():
    source = "He had a lackluster T-32 here in 2018, his first major in three years."
    assert kept("His tie for 32nd there in 2018 came in his first major in three years.", source)
    assert "figure 33" in reason("His tie for 33rd there in 2018 came in his first major in three years.", source)


def test_a_closed_compound_of_two_words_is_a_word_of_english():
    source = "Cheap money over the past decade paid for large share repurchases by big firms."
    assert "not a word" not in reason("Cheap money over the past decade paid for share buybacks.", "Rain fell.")
    assert "not a word" in reason("Cheap money paid for share byqzbacks.", "Rain fell.")
    assert kept("Cheap money over the past decade paid for large share repurchases.", source)


def test_what_a_participle_before_a_negated_verb_says_is_not_negated():
    source = "Ann Lee cited privacy. She would not discuss the case of the nurse."
    assert kept("Citing privacy, Ann Lee would not discuss the case of the nurse.", source)
    assert "negation" in reason("Ann Lee would not cite privacy.", source)


def test_two_names_of_one_phrase_have_no_sides_to_swap():
    source = (
        "Consider Tom Ellison and his Sensei project. The wellness initiative is centred on the Hawaiian "
        "island of Lanai, which Ellison owns, and will include resort stays."
    )
    assert kept("Ellison owns the Hawaiian island of Lanai, the centre of his Sensei wellness project.", source)


def test_a_people_whose_name_is_not_its_place_s_with_an_ending():
    source = "Officials said the abrupt U.S. decision to leave Syria could help Moscow. British troops will stay."
    assert kept("Officials said the abrupt American decision to leave Syria could help Moscow.", source)
    assert kept("Britain's troops will stay.", source)
    assert "Turkish" in reason("Officials said the abrupt Turkish decision to leave Syria could help Moscow.", source)


def test_an_event_the_story_states_elsewhere_in_the_same_setting_joins_the_evidence():
    source = (
        "The threat will likely continue to evolve, analyst Kim Ray said. "
        "Police in three cities opened files. "
        "Schools were evacuated in Ohio. "
        "Offices closed early. "
        "Some parents kept children at home. "
        "Ray said it is only a matter of time until one prompts enough people to pay the ransom."
    )
    assert kept("Ray said the threats will keep evolving until one gets people to pay.", source)
    assert "event" in reason("Ray said the threats will keep shrinking until one gets people to pay.", source)


def test_a_figure_before_of_counts_the_whole_after_it():
    source = "The deal lost 432 to 202, and 118 of Ms. May's Conservative Party colleagues voted against it."
    assert kept("A total of 118 of May's Conservative colleagues voted against the deal.", source)
    assert "counts 'colleagues'" in reason(
        "A total of 202 of May's Conservative colleagues voted against the deal.", source
    )


def test_half_of_something_is_a_share():
    source = "In June, the firm laid off 75 employees, or one-third of its publishing staff."
    assert "figure half" in reason("In June, the firm cut 75 jobs, about half of its publishing staff.", source)
    assert kept("The firm laid off half of its staff.", "The firm laid off 50 per cent of its staff.")
    assert kept("The waves struck half an hour after the eruption.", "The waves struck 24 minutes after the eruption.")


def test_what_the_claim_sets_aside_is_not_what_the_evidence_prefers():
    source = "Councillor Ann Lee said the rules favour the property owner, not the tenant."
    assert kept("Ann Lee said the rules favour property owners rather than tenants.", source)
    assert "aside" in reason("Ann Lee said the rules favour tenants rather than property owners.", source)
    assert "aside" in reason("Ann Lee said the rules favour tenants instead of property owners.", source)


def test_an_opening_word_set_apart_by_a_comma_is_no_part_of_the_subject():
    source = "Nationally, Clinton leads Sanders among Latinos, who will matter in Nevada."
    assert kept("Nationally, Clinton leads Sanders among Latino voters.", source)
    assert "subject" in reason("Nationally, Sanders leads Clinton among Latino voters.", source)


def test_the_object_of_a_verb_of_influence_does_what_follows_it():
    source = "Bob Smith left the field in the second half. His coach, Ann Lee, had told him to go."
    assert kept("Coach Ann Lee told Bob Smith to leave the field in the second half.", source)
    assert "doer" in reason("Bob Smith told Coach Ann Lee to leave the field in the second half.", source)
    ordered = "Referee Bob Smith ordered the coach, Ann Lee, to leave the field after the second goal."
    assert kept("Referee Bob Smith told Ann Lee to leave the field after the second goal.", ordered)
    assert "doer" in reason("Ann Lee told Bob Smith to leave the field after the second goal.", ordered)


def test_people_the_evidence_names_by_their_town_are_the_ones_the_claim_places_there():
    source = (
        "An Abbotsford couple that has been waiting two years to bring their adopted son home received a "
        "letter this week. Kim and Clark Moran said they were shocked. Their lawyer, Ann Roe, has been "
        "working on the case."
    )
    placed = "Kim and Clark Moran of Abbotsford, who have waited two years to bring their adopted son home, received a letter this week."
    assert kept(placed, source)
    unplaced = "Ann Roe, who has waited two years to bring her adopted son home, received a letter this week."
    assert "doer" in reason(unplaced, source)


def test_a_participle_closing_a_reported_clause_may_be_the_reporter_s():
    source = (
        "Kellyanne Conway suggested that special favors were being done for Democratic voters at the polls. "
        "\"It's concerning,\" Ms. Conway said, offering no evidence."
    )
    assert kept("Kellyanne Conway suggested Democrats got special favors at the polls, offering no evidence.", source)
    swapped = "Democrats suggested Kellyanne Conway got special favors at the polls, offering no evidence."
    assert "doer" in reason(swapped, source)
