"""The tests a careful fact-checker adds to the claim check, each on hand-made sentences: the
error it refuses, and a faithful paraphrase it must keep."""

from __future__ import annotations

from summarizer.grounding.prose import check_claim

ESSAY = (
    "The council met on Tuesday to discuss the harbour. "
    "Rather than the old wooden pier, asks Ida Lund, a retired captain, "
    "\u201chas anyone ever considered whether a floating dock might serve the ferries better?\u201d "
    "The ferry company has not commented."
)


def test_a_question_backs_no_statement():
    verdict = check_claim("A floating dock would serve the ferries better.", ESSAY)
    assert not verdict.supported and "question" in verdict.reason


def test_a_claim_that_reports_the_question_is_kept():
    claim = "Ida Lund asks whether a floating dock might serve the ferries better than the old wooden pier."
    assert check_claim(claim, ESSAY).supported


def test_a_stated_sentence_beside_a_question_still_backs_its_claim():
    source = "The ferry company raised its fares by a third in March. Who will pay for the new dock?"
    assert check_claim("The ferry company raised its fares in March.", source).supported


RIVALS = (
    "The Northern League, which has lost half its members in the last decade, seems unlikely to want to "
    "take on the government again. Several councils have taken action against the new tax."
)


def test_unlikely_negates_what_it_governs():
    verdict = check_claim("The Northern League seems eager to take on the government again.", RIVALS)
    assert not verdict.supported and "negates 'take'" in verdict.reason


def test_unlikely_agrees_with_a_claim_that_negates():
    claim = "The Northern League seems unlikely to take on the government again."
    assert check_claim(claim, RIVALS).supported
    claim = "The Northern League is not likely to take on the government again."
    assert check_claim(claim, RIVALS).supported


CHOCOLATE = (
    "The company denies the change is linked to the tariffs, a Hollins spokeswoman told the Daily Post. "
    "Brenda Marr, a Labour delegate from Leeds, called it a shabby trick. "
    "She first danced the choreography of Ivo Stern in 2012, and the Tory party has said nothing."
)


def test_a_name_put_on_another_names_noun_is_refused():
    verdict = check_claim("A Daily Post spokeswoman said the change was not linked to the tariffs.", CHOCOLATE)
    assert not verdict.supported and "'spokeswoman' is Hollins's" in verdict.reason
    verdict = check_claim("Brenda Marr, a Tory delegate from Leeds, called it a shabby trick.", CHOCOLATE)
    assert not verdict.supported and "Labour's" in verdict.reason
    verdict = check_claim("Brenda Marr first danced the choreography of Hollins in 2012.", CHOCOLATE)
    assert not verdict.supported and "Ivo Stern's" in verdict.reason


def test_the_same_name_on_the_noun_in_other_words_is_kept():
    claim = "A spokeswoman for Hollins told the Daily Post the change was not linked to the tariffs."
    assert check_claim(claim, CHOCOLATE).supported
    assert check_claim("Hollins's spokeswoman said the change was not linked to the tariffs.", CHOCOLATE).supported
    assert check_claim("Brenda Marr is a Labour delegate from Leeds.", CHOCOLATE).supported


def test_a_capital_may_stand_for_its_country():
    source = "Russia welcomed the pullout. It could bolster Moscow's clout in the region, analysts said."
    assert check_claim("The pullout could bolster Russia's clout in the region.", source).supported


STABBING = (
    "READ MORE: Court hears details of the death of 5-year-old Ana Ruiz in Leeds. "
    "Prosecutors filed nine charges against Tom Hale of Leeds. "
    "Police described his attempt to take a second car as a carjacking and said he stabbed its driver seven times. "
    "The area is wooded, and Hale was able to escape in the dark."
)


def test_how_often_is_counted_as_how_often():
    verdict = check_claim("Police said Hale stabbed the driver of the car he tried to take five times.", STABBING)
    assert not verdict.supported and "five counts 'times'" in verdict.reason
    assert check_claim("Police said Hale stabbed the driver of the second car seven times.", STABBING).supported
    source = "Hollins has won the county title five times since 2010, her coach said."
    assert check_claim("Hollins has won the county title five times.", source).supported


NAVY = "The navy spends 9 billion dollars a year and has 4,200 sailors, 40 frigates and 12 submarines. It also has 30 new patrol boats and 8 tankers."


def test_a_figure_counts_the_noun_written_after_it():
    verdict = check_claim("The navy has 40 submarines, 12 frigates and 4,200 sailors.", NAVY)
    assert not verdict.supported and "40 counts 'submarines'" in verdict.reason


def test_a_figure_with_a_word_between_it_and_its_noun_is_kept():
    assert check_claim("The navy has 40 frigates, 12 submarines and 4,200 sailors.", NAVY).supported
    assert check_claim("The navy has 30 boats for patrols.", NAVY).supported


MAGAZINES = (
    "In May the publisher was close to a deal to sell its magazines to Rennick Media, but it fell apart. "
    "Since then it has looked for another buyer. "
    "In June it sold a small part of the business, the Fieldnotes website, to Quillon Inc."
)


def test_a_name_the_verb_takes_by_a_preposition_must_be_the_evidences():
    claim = "In June the publisher sold a small part of its business, the Fieldnotes website, to Rennick Media."
    verdict = check_claim(claim, MAGAZINES)
    assert not verdict.supported and "'to' of that verb is Quillon Inc." in verdict.reason


def test_the_same_verb_with_its_own_name_is_kept():
    assert check_claim("The publisher sold the Fieldnotes website to Quillon in June.", MAGAZINES).supported
    assert check_claim("In May the publisher nearly sold its magazines to Rennick Media.", MAGAZINES).supported


CHARGES = (
    "Prosecutors filed 12 charges against Tom Hale of Leeds, including murder and robbery. "
    "He has two daughters and a small farm outside the town."
)


def test_what_someone_has_must_be_in_the_evidence():
    claim = "Prosecutors filed 12 charges, including murder and robbery, against Hale, who had a robbery conviction."
    verdict = check_claim(claim, CHARGES)
    assert not verdict.supported and "'conviction'" in verdict.reason


def test_what_someone_has_in_the_evidence_is_kept():
    assert check_claim("Hale has two daughters and a farm near the town.", CHARGES).supported
    assert check_claim("Hale has a small farm outside the town.", CHARGES).supported
    assert check_claim(
        "Prosecutors said the case has no timeline.", "Prosecutors said there is no set date for the case."
    ).supported


CONTRACT = (
    "Ortiz, who played nine seasons in Leeds, is slated to make $14.2 million US this season "
    "and has a player option for $16.5 million next season."
)


def test_a_figure_moved_to_another_period_is_refused():
    verdict = check_claim(
        "Ortiz, who played nine seasons in Leeds, is due to earn $16.5 million this season.", CONTRACT
    )
    assert not verdict.supported and "next season" in verdict.reason


def test_a_figure_of_its_own_period_is_kept():
    assert check_claim("Ortiz is set to make $14.2 million this season.", CONTRACT).supported
    assert check_claim("Ortiz has a player option for $16.5 million for the coming season.", CONTRACT).supported


def test_a_statement_that_ends_on_a_quoted_question_is_stated():
    source = "Most students will spend $320 on the once-simple query: Will you go to the dance with me?"
    assert check_claim("Most students will spend $320 on the query.", source).supported


def test_a_figure_before_another_figure_counts_what_the_second_counts():
    source = (
        "Ruiz said the board had reviewed its prices. "
        '"We would look at the five- or three-year trends of grain prices as well as prices from the last three '
        'months," she said.'
    )
    claim = (
        "Ruiz said the board looks at grain price trends over three and five years as well as the last three months."
    )
    assert check_claim(claim, source).supported
    wrong = "Ruiz said the board looks at grain price trends over three and six years as well as the last three months."
    assert not check_claim(wrong, source).supported


def test_a_place_on_a_noun_says_where_not_whose():
    from summarizer.grounding.claims import Passage, parse_claim, parse_source
    from summarizer.grounding.qualifiers import qualifier_mismatch

    source = parse_source("Ann Lee sang at a North Carolina rally for the governor on Monday.")
    passage = Passage(source, 0, 0)
    assert qualifier_mismatch(parse_claim("Ann Lee sang at the governor's Ohio rally."), passage) is None
    assert qualifier_mismatch(parse_claim("Ann Lee sang at Bo Kim's rally in North Carolina."), passage) is None
    elsewhere = Passage(parse_source("Ann Lee sang at a Bo Kim rally on Monday."), 0, 0)
    assert qualifier_mismatch(parse_claim("Ann Lee sang at a Dan Ruiz rally on Monday."), elsewhere) is not None
