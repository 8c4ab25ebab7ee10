"""Faithful claims a careful reader accepts, said otherwise than the article says them (and the
same claims with an error, which stay refused): hand-made sentences."""

from __future__ import annotations

from summarizer.grounding.claims import coverage, parse_claim, parse_source
from summarizer.grounding.prose import check_claim
from summarizer.grounding.structure import predicates


def _negated(text: str, verb: str) -> bool:
    return next(p.negated for p in predicates(text) if p.text == verb)


def test_a_denying_phrase_of_time_or_manner_negates_its_verb():
    assert _negated("At no time did the mayor direct the police to close the road.", "direct")
    assert _negated("Under no circumstances will the club sell its stadium.", "sell")
    # A "no" before another noun denies only that noun.
    assert not _negated("The plan passed with no opposition from the council.", "passed")


def test_a_claim_of_never_meets_at_no_time():
    source = "At no time did the mayor direct the police to close the road, she told reporters on Monday."
    assert check_claim("The mayor said she never directed the police to close the road.", source).supported
    assert not check_claim("The mayor said she directed the police to close the road.", source).supported


def test_neither_nor_denies_both_subjects():
    assert _negated("Neither the coach nor the captain was told about the change.", "told")


def test_an_inverted_condition_is_a_clause_of_its_own():
    source = "She would not have sold the house had she known the price would rise, her lawyer said."
    assert not _negated(source, "known")
    assert _negated(source, "sold")
    claim = "Her lawyer said she might not have sold the house had she known the price would rise."
    assert check_claim(claim, source).supported
    wrong = "Her lawyer said she might have sold the house had she known the price would rise."
    assert not check_claim(wrong, source).supported


def test_dotted_initials_meet_the_name_they_spell():
    source = "The nurse passed three checks by immigration officials before she moved to the United States from Peru."
    assert check_claim("The nurse moved to the U.S. from Peru.", source).supported
    assert not check_claim("The nurse moved to the U.K. from Peru.", source).supported
    dotted = "The U.N. said on Monday that aid would reach the city by Friday."
    assert check_claim("The United Nations said aid would reach the city by Friday.", dotted).supported
    assert not check_claim("The United Kingdom said aid would reach the city by Friday.", dotted).supported


def test_a_number_word_the_article_writes_as_a_name_counts_nothing():
    source = (
        "The rock band Seventeen was playing for hundreds of guests at a party on the beach. "
        "The wave struck without warning. Rescuers searched the sand through the night. "
        "The party had been planned for months. "
        "At least four band members and crew were killed, the singer Ifan said."
    )
    claim = "The singer Ifan of the band Seventeen said at least four band members and crew were killed."
    assert check_claim(claim, source).supported
    assert not check_claim(claim.replace("four", "five"), source).supported
    # A number word the article writes in lower case is a count, however the claim writes it.
    verdict = check_claim("Police Arrest Two Men.", "Police arrested three men on Monday and two women.")
    assert not verdict.supported


def test_a_given_name_the_article_writes_with_the_surname_is_the_person():
    source = (
        "The campaign fired its manager, Corey Lewandowski, on Monday after a long feud with Paul Manafort. "
        "Corey's only supporter in the building was the candidate himself, an aide said."
    )
    assert check_claim(
        "Lewandowski's only supporter in the building was the candidate, an aide said.", source
    ).supported
    verdict = check_claim("Manafort's only supporter in the building was the candidate, an aide said.", source)
    assert not verdict.supported


def test_a_hedge_of_degree_is_not_asked_of_the_evidence():
    source = parse_source("Although basically unknowns, the young actors have charm to spare and carry the film.")
    passage = source.windows[0]
    plain = coverage(parse_claim("The unknown young actors carry the film with charm."), passage)
    hedged = coverage(parse_claim("The largely unknown young actors mostly carry the film with charm."), passage)
    assert plain == hedged == 1.0
    # said in the evidence, it counts as held
    assert coverage(parse_claim("The basically unknown actors carry the film."), passage) == 1.0


def test_an_event_said_apart_is_joined_by_its_nearest_content_words():
    source = (
        "Ana Ruiz, 52, a nurse who attended a rally last week, wants the city to change. "
        "Ruiz wants the city to change fast, she told the rally. Ruiz said the city must change its ways. "
        "The rally went on for an hour. The crowd cheered her. The mayor was not there. "
        "Later she told reporters that it would be chaos to overthrow the system."
    )
    claim = "Ruiz said overthrowing the system would be chaos even though she wants the city to change."
    assert check_claim(claim, source).supported
    # an event said nowhere, or of something else, joins nothing
    assert not check_claim(claim.replace("overthrowing", "joining"), source).supported
    assert not check_claim(claim.replace("the system", "the council"), source).supported
