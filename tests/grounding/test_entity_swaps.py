"""A name swapped in from elsewhere in the article: every word of the claim is in the article,
often in one sentence; only what the article says each name is, and does, tells them apart.
Hand-made sentences."""

from __future__ import annotations

from summarizer.grounding.prose import check_claim

BEACH = (
    "Golfer Bo Kim's girlfriend, bikini model Ann Lee, posted a photo of the beach on Sunday. "
    "Kim finished third at the tournament in Florida."
)


def test_a_description_belongs_to_the_name_it_stands_beside():
    source = "Bikini model Ann Lee and golfer Bo Kim were at the beach on Sunday."
    assert check_claim("Bikini model Ann Lee was at the beach on Sunday.", source).supported
    verdict = check_claim("Bikini model Bo Kim was at the beach on Sunday.", source)
    assert not verdict.supported and "'model' beside Kim" in verdict.reason


def test_a_description_the_article_gives_another_name_as_well_is_no_swap():
    """A golf story calls several people 'golfer': the article writing the word beside another
    name only is no sign of a swap, as long as it describes this name as nothing else."""
    source = "The golfer Ann Lee won the Florida event on Sunday. Bo Kim finished third at the Florida event."
    assert check_claim("Golfer Bo Kim finished third at the Florida event.", source).supported


def test_a_possessed_person_belongs_to_the_name_that_possesses_it():
    assert check_claim("Bo Kim's girlfriend posted a photo of the beach.", BEACH).supported
    verdict = check_claim("Ann Lee's girlfriend posted a photo of the beach.", BEACH)
    assert not verdict.supported and "'girlfriend' beside Lee" in verdict.reason


def test_a_description_is_not_the_name_described_as_another_person():
    source = (
        "The young mother's dream is a passport for herself, her husband Omar Haddad and their two sons. "
        "The family fled the war three years ago."
    )
    verdict = check_claim("The young mother, Omar Haddad, dreams of a passport.", source)
    assert not verdict.supported and "'mother' beside Haddad" in verdict.reason


def test_a_verb_without_a_subject_has_the_one_of_the_verb_it_hangs_on():
    source = (
        "Tom Reed admitted he needed a rest after missing the cut at the Masters on Friday. "
        "He had played the first two rounds with former champion Sam Lyle."
    )
    assert check_claim("Tom Reed missed the cut at the Masters.", source).supported
    verdict = check_claim("Sam Lyle missed the cut at the Masters.", source)
    assert not verdict.supported and "Sam Lyle is not the doer of 'missed'" in verdict.reason


def test_another_full_name_in_the_sentence_does_not_excuse_a_swapped_doer():
    source = (
        "The new fund is co-chaired by tennis great Nora Vance, who once played against Lena Holt. "
        "It will pay for coaching in poor towns."
    )
    assert check_claim("The fund is co-chaired by Nora Vance.", source).supported
    verdict = check_claim("The fund is co-chaired by Lena Holt.", source)
    assert not verdict.supported and "Lena Holt is not the doer of 'chaired'" in verdict.reason


def test_a_person_is_not_put_where_a_place_is():
    source = (
        "Crowds filled the robotics fair in Hong Kong on Monday. "
        "Engineer David Hanson showed a robot that smiles and frowns."
    )
    assert check_claim("Crowds filled the robotics fair in Hong Kong.", source).supported
    verdict = check_claim("Crowds filled the robotics fair in David Hanson.", source)
    assert not verdict.supported and "never a place" in verdict.reason


def test_a_long_description_after_the_name_is_the_names():
    source = (
        '"We must protect the water," said Tom Birch, a retired Ontario Parks and Forests biologist, on Sunday. '
        "Birch wants a calmer debate."
    )
    assert check_claim("Retired biologist Tom Birch wants a calmer debate about the water.", source).supported


def test_a_relative_with_the_same_surname_is_not_the_claims_name():
    source = (
        "Ann Lee, who works as an amateur photographer, shared a photo of the beach. Her sister Nina Lee was in it too."
    )
    assert check_claim("Amateur photographer Ann Lee shared a photo of the beach.", source).supported
    verdict = check_claim("Amateur photographer Nina Lee shared a photo of the beach.", source)
    assert not verdict.supported


def test_a_person_the_claim_also_calls_what_the_article_does_is_not_described_otherwise():
    source = (
        "Kevin Lam, who became Canada's ambassador to Ireland, is considering a run for the leadership. "
        "The former sergeant-at-arms of the House said Monday he is weighing it."
    )
    claim = "Kevin Lam, the former sergeant-at-arms and later ambassador to Ireland, is considering a run for the leadership."
    assert check_claim(claim, source).supported


def test_a_name_from_around_the_evidence_needs_a_word_that_refers_back_to_it():
    source = (
        "Ann Lee spoke at the rally on Friday. The crowd was large. "
        "Mr Ray has previously questioned the mayor's record on housing."
    )
    verdict = check_claim("Ann Lee has previously questioned the mayor's record on housing.", source)
    assert not verdict.supported and "Ann Lee" in verdict.reason
    assert check_claim("Mr Ray has previously questioned the mayor's record on housing.", source).supported
    referred = (
        "Ann Lee spoke at the rally on Friday. The crowd was large. She has questioned the mayor's record on housing."
    )
    assert check_claim("Ann Lee has questioned the mayor's record on housing.", referred).supported


def test_an_ordinary_word_opening_a_claim_is_part_of_a_name_the_article_writes():
    source = (
        "Health Canada is based in Ottawa. The city fair opened on Monday. "
        "A public health nurse spoke. The ministry of Environment Canada, for its part, tells people to make "
        "educated food choices."
    )
    verdict = check_claim("Health Canada tells people to make educated food choices.", source)
    assert not verdict.supported and "Health" in verdict.reason
    assert check_claim("Environment Canada tells people to make educated food choices.", source).supported


def test_what_a_speaker_is_said_to_have_said_must_be_in_the_evidence():
    source = (
        "Ann Lee, a district fire commander, said crews had been sent to sweep the whole coastline. "
        "The storm hit over the holiday weekend."
    )
    claim = "Ann Lee, a district fire commander, told reporters most victims of the storm were tourists."
    verdict = check_claim(claim, source)
    assert not verdict.supported and "what the claim reports" in verdict.reason
    assert check_claim(
        "Ann Lee, a district fire commander, said crews had been sent to sweep the coastline.", source
    ).supported


def test_a_description_the_article_gives_another_is_refused_when_it_calls_the_name_otherwise():
    source = (
        "The chairman of the state party, Tom Ray, complained that some polls stayed open too long. "
        "On Sunday, Ann Lee, the campaign's manager, spoke about the polls on television."
    )
    verdict = check_claim("Ann Lee, chairman of the state party, spoke about the polls on television.", source)
    assert not verdict.supported and "chairman" in verdict.reason
    assert check_claim("Ann Lee, the campaign manager, spoke about the polls on television.", source).supported


def test_a_name_from_around_the_evidence_that_does_nothing_there_is_not_refused():
    source = (
        "The Hale Index weighs five factors. The weather was mild. The crowd was large. "
        "Stocks have tracked the financial conditions index closely since 2010."
    )
    assert check_claim("Stocks have tracked the Hale financial conditions index closely since 2010.", source).supported


def test_the_subject_of_a_passive_does_what_the_infinitive_after_it_says():
    """ "Tom Reed is expected to replace Lyle": Reed replaces him (the passive's subject is the
    infinitive's doer), so another player of the sentence is not."""
    source = (
        "Midfielder Tom Reed is expected to replace the injured Sam Lyle on Saturday, and Dan Ruiz "
        "is likely to play in a central role alongside him."
    )
    assert check_claim("Tom Reed is expected to replace Sam Lyle on Saturday.", source).supported
    verdict = check_claim("Dan Ruiz is expected to replace Sam Lyle on Saturday.", source)
    assert not verdict.supported and "Dan Ruiz is not the doer of 'replace'" in verdict.reason
