"""A name given an act must be named, or referred to, where the evidence states that act
(`named_together`): a name swapped in from a neighbouring sentence keeps every word of the
claim in the passage. Each error is paired with a faithful paraphrase the test must keep.
Hand-made sentences."""

from __future__ import annotations

from summarizer.grounding.claims import parse_claim, parse_source
from summarizer.grounding.named_together import name_apart_from_act
from summarizer.grounding.prose import check_claim

GOLF = (
    "Tom Reed also broke the travel rule when he skipped the final event in Ohio. "
    "Sam Lyle, however, was the first to break it, and he saw the penalty coming after his win in Texas. "
    "He met tour officials a week later."
)


def test_a_name_from_the_sentence_before_is_not_the_doer_a_pronoun_there_refers_to():
    text = parse_source(GOLF)
    second = next(p for p in text.windows if p.first == 0 and p.last == 1)
    swapped = parse_claim("Tom Reed saw the penalty coming after his win in Texas.")
    assert (
        name_apart_from_act(swapped, second)
        == "Tom Reed is not named where the evidence says 'saw', nor referred to there"
    )
    assert name_apart_from_act(parse_claim("Sam Lyle saw the penalty coming after his win in Texas."), second) is None
    assert not check_claim("Tom Reed saw the penalty coming after his win in Texas.", GOLF).supported
    assert check_claim("Sam Lyle saw the penalty coming after his win in Texas.", GOLF).supported


def test_a_pronoun_opening_a_sentence_refers_to_the_name_before_it():
    assert check_claim("Sam Lyle met tour officials a week later.", GOLF).supported
    assert check_claim("Lyle met tour officials a week after his win.", GOLF).supported


def test_an_act_said_in_other_words_is_found_by_what_it_governs():
    source = (
        "Fundraiser Ann Cole is organizing a donors' call in Boston on Friday. "
        "Meanwhile, banker Max Stein is promising donors five VIP tickets to a rally and a dinner with the senator."
    )
    verdict = check_claim("Ann Cole is offering donors VIP tickets to a rally and a dinner with the senator.", source)
    assert not verdict.supported and "Ann Cole is not named where the evidence says 'offering'" in verdict.reason
    assert check_claim("Max Stein is offering donors VIP tickets to a rally and a dinner.", source).supported


def test_a_body_named_only_in_the_sentence_before_is_not_the_doer():
    source = (
        "The new campus in Boston was built by Harlow College and Vexmont. "
        "In Lima, Pradera University is promising students free science courses with Vexmont."
    )
    verdict = check_claim("Harlow College is offering students science courses with Vexmont.", source)
    assert not verdict.supported and "Harlow College is not named" in verdict.reason
    assert check_claim("Pradera University is offering students science courses with Vexmont.", source).supported


def test_a_passive_and_a_possessive_paraphrase_are_kept():
    source = (
        "Nora Vance founded the clinic in 2001. "
        "The new wing, which her foundation paid for, was opened by the mayor on Monday."
    )
    assert check_claim("Nora Vance's foundation paid for the clinic's new wing.", source).supported
    assert check_claim("The clinic was founded by Nora Vance in 2001.", source).supported


def test_a_description_refers_to_the_name_before_it():
    source = (
        "With the title in his sights, Adam Hale knows a strong start is essential. "
        "The Kelso, B.C., golfer is playing the Coast Open this week."
    )
    assert check_claim("Adam Hale is playing the Coast Open this week.", source).supported


def test_a_description_refers_back_past_a_sentence_with_no_names():
    source = (
        "Ruth Okafor did not answer an email on Monday. "
        "Readers were sent a link to a video. "
        "She is also an author who has published two biographies."
    )
    assert check_claim("Ruth Okafor has published two biographies.", source).supported


def test_an_organisation_the_passage_refers_to_by_its_own_pronoun_is_another():
    text = parse_source(
        "Harlow Foods, for its part, downplays the role of diet. "
        "In its new strategy, the ministry tells shoppers to choose food with care."
    )
    claim = parse_claim("Vexmont Health's new strategy tells shoppers to choose food with care.")
    passage = next(p for p in text.windows if p.first == 1 and p.last == 1)
    # Vexmont is not in the article at all: the test does not weigh a name the article lacks.
    assert name_apart_from_act(claim, passage) is None


def test_a_speakers_own_words_may_be_anyone_s():
    source = (
        "Last year Leo Brandt spoke at a meeting of analysts. "
        "Then came the big reveal: \u201cMy largest investment, I will disclose it now.\u201d"
    )
    assert check_claim("Leo Brandt disclosed his largest investment at a meeting of analysts.", source).supported


def test_a_name_made_of_english_words_or_a_description_is_not_weighed():
    source = (
        "The government raised the retirement age after this year's Grand Cup. "
        "The move hurt the president's standing once the soccer competition ended."
    )
    assert check_claim("The move hurt the president's standing after the Grand Cup ended.", source).supported


RALLIES = (
    "The Green candidate will end her campaign with a midnight rally in Dover. "
    "Mr Holt heads to Leeds and York before ending with a rally in Bristol, England."
)


def test_an_act_placed_where_the_article_places_another():
    verdict = check_claim("The Green candidate will wrap up her campaign with a midnight rally in Bristol.", RALLIES)
    assert not verdict.supported and "the evidence puts 'wrap' in Dover, not in Bristol" in verdict.reason
    assert check_claim(
        "The Green candidate will wrap up her campaign with a midnight rally in Dover.", RALLIES
    ).supported


def test_a_place_the_stating_sentence_names_too_is_kept():
    source = "Ann Lee, the Green candidate, will end her campaign at a midnight rally in Dover, a port in Kent."
    assert check_claim("Ann Lee will finish her campaign with a midnight rally in Dover.", source).supported


def test_a_description_after_a_clause_put_before_it_refers_back_past_that_clause():
    source = (
        "Now comes the real test for Sen. Tom Hale. "
        "After beating Ruth Moss in the primary, the Vermont senator must face more diverse voters."
    )
    assert check_claim("Tom Hale must now face more diverse voters.", source).supported


def test_a_possessive_description_refers_back():
    source = "Ivan Petrov may look like a winner this year. But Russia's leader faces massive challenges at home."
    assert check_claim("Ivan Petrov faces massive challenges at home.", source).supported


def test_a_name_the_claim_ties_to_the_one_the_evidence_names_is_kept():
    source = (
        "Snackbar has come under fire after it widened the gaps between its triangles. "
        "Vexmont Foods, the company which makes the product, said prices had risen."
    )
    assert check_claim("Snackbar maker Vexmont Foods widened the gaps between the triangles.", source).supported
    verdict = check_claim("Vexmont Foods widened the gaps between the triangles.", source)
    assert not verdict.supported and "Vexmont Foods is not named" in verdict.reason


def test_the_author_of_a_letter_is_not_weighed():
    source = (
        "In all fairness, Ann Lee deserves praise for her speech at the convention. "
        "She spoke from the heart about the values most of us share. "
        "Ravi Menon."
    )
    assert check_claim("Letter writer Ravi Menon praised Ann Lee's speech at the convention.", source).supported


FAMILY = (
    "They were Mia Dunn, 8, her brother, Leo Dunn, 10, and their grandmother, Jane Hobb, 61. "
    "Officials did not name the fourth victim but described her as the children's mother. "
    "The first call to police came from inside the house, and officers believe Hobb made it."
)


def test_a_role_the_article_gives_another_is_not_the_doers():
    verdict = check_claim("Officers believe the children's mother made the first call to police.", FAMILY)
    assert not verdict.supported
    assert "the evidence gives 'made' to Hobb, whom the article calls 'grandmother', not 'mother'" in verdict.reason
    assert check_claim("Officers believe the children's grandmother made the first call to police.", FAMILY).supported
    assert check_claim("Officers believe Jane Hobb made the first call to police.", FAMILY).supported


def test_a_description_of_the_same_kind_of_person_is_kept():
    source = "Rita Vance, a senator from Ohio, spoke first. The veteran lawmaker voted against the bill on Monday."
    assert check_claim("The senator voted against the bill on Monday.", source).supported


def test_a_group_may_hold_the_one_the_evidence_names():
    source = "Officials met on Monday. Rafi Noor, a spokesman for the agency, said high tides made the flood worse."
    assert check_claim("Authorities said high tides made the flood worse.", source).supported
