"""A claim that says an act was stopped where its evidence says the act goes on is refused
(grounding/cessation.py); a claim that says it goes on, a stop the evidence also states, a
past act, another doer and an object that names no act are kept."""

from summarizer.grounding.cessation import ceased_mismatch, is_averse
from summarizer.grounding.claims import Passage, parse_claim, parse_source
from summarizer.grounding.prose import check_claim
from summarizer.text.parse import parse


def ceased(claim: str, evidence: str) -> str | None:
    """The cessation test alone, on `evidence` as one passage."""
    return ceased_mismatch(parse_claim(claim), Passage(parse_source(evidence), 0, 0))


def test_a_stop_against_an_act_going_on_is_refused():
    source = "The Pentagon is now working on drones at sea, which could track enemy submarines."
    found = check_claim("The Pentagon has shelved its work on drones at sea.", source)
    assert not found.supported and "shelved" in found.reason
    assert check_claim("The Pentagon is working on drones at sea.", source).supported
    assert ceased("The newspaper stopped appearing in print.", "The newspaper still appears in print every day.")


def test_a_stop_the_evidence_states_too_is_kept():
    stopped = "The plant produces 300 cars a day, but the firm halted production in May."
    assert ceased("The firm stopped producing cars in May.", stopped) is None
    called_off = "The union is striking at the port, though its leaders called off the march."
    assert ceased("The union ended the strike at the port.", called_off) is None


def test_a_past_act_may_come_before_the_stop():
    assert ceased("The Pentagon has shelved its work on drones.", "The Pentagon worked on drones for a decade.") is None


def test_another_doer_or_a_modal_states_no_stop():
    source = "Private firms are working on drones at sea."
    assert ceased("The Pentagon has shelved its work on drones at sea.", source) is None
    assert ceased("The Pentagon could shelve its work on drones at sea.", "The Pentagon is working on drones.") is None


def test_an_object_that_names_no_act():
    year = "It has been a mixed year for the president, whose party lost two seats."
    assert check_claim("The president ends a mixed year after his party lost two seats.", year).supported


def test_a_phrasal_verb_is_a_stop_by_what_it_means():
    assert is_averse(next(t for t in parse("They called off the march.") if t.lower_ == "called"))
    assert not is_averse(next(t for t in parse("He ended up facing charges.") if t.lower_ == "ended"))


def test_a_purpose_infinitive_after_stop_is_no_act_stopped():
    # "stopped to talk": he talked
    assert ceased("The mayor stopped to talk with reporters.", "The mayor talks with reporters every week.") is None
