"""Faithful paraphrases a careful fact-checker accepts, each on hand-made sentences, beside the
error made from the same sentence (a swapped name, a changed figure, a negation, an invented
cause), which stays refused: every way of saying a fact again is a way to say a wrong one."""

from summarizer.grounding.synonyms import opposite_lemmas
from tests.grounding_checks import kept, reason

HARBOUR = (
    "A storm hit the coast of Norfolk on Monday night. "
    "Most shops by the harbour have closed, the council said. "
    "Fishermen said the waves were the highest in ten years."
)


def test_words_that_frame_a_claim_are_not_asked_of_its_evidence():
    # "nearly", "every", "along", "already" state no fact: a passage need not hold them.
    assert kept("Nearly every shop along the harbour already closed.", HARBOUR)


def test_errors_beside_frame_words_stay_refused():
    assert "negation" in reason("No shop along the harbour has closed, the council said.", HARBOUR)
    assert "figure" in reason("Nearly 40 shops along the harbour already closed.", HARBOUR)
    assert "cause" in reason("Nearly every shop along the harbour closed because the owners went bankrupt.", HARBOUR)
    assert not kept("Nearly every shop along the harbour already reopened.", HARBOUR)


SENATE = (
    "Senator Ruth Bell has represented the district for two decades. "
    "In the home game on Sunday, striker Tom Ray had a pair of goals in a 3-1 win."
)


def test_a_figure_written_another_way_is_the_same_figure():
    assert kept("Bell has represented the district for about twenty years.", SENATE)  # two decades
    assert kept("Tom Ray scored two goals in a 3-1 win on Sunday.", SENATE)  # a pair of goals


def test_another_figure_in_those_words_stays_refused():
    assert "figure" in reason("Bell has represented the district for thirty years.", SENATE)
    assert "figure" in reason("Tom Ray scored four goals in a 3-1 win on Sunday.", SENATE)
    assert "figure" in reason("Bell has represented the district for 200 years.", SENATE)


DERAILMENT = (
    "A tram left the rails in Leeds on Monday morning. "
    "Passenger Maria Gomez, 41, said the carriage was packed. "
    "Union leader Paul Dent, of the drivers' union, said he had told transport minister Ruth Bell of the crash. "
    'He said: "Lives have been lost and many people are hurt. '
    "This is a tragedy for every family involved. "
    "Our members are shaken, and the drivers will need support. "
    "We will work with the investigators on the cause. "
    "The grief and pain must be terrible for everyone. "
    'There must be no blame until the facts are known."'
)


def test_a_quotation_run_over_sentences_is_the_speakers_named_before_it():
    assert kept("Paul Dent said there must be no blame until the facts are known.", DERAILMENT)
    assert kept("Dent said that lives have been lost and many people are hurt.", DERAILMENT)


def test_someone_named_outside_the_run_is_not_its_speaker():
    assert "Gomez" in reason("Maria Gomez said there must be no blame until the facts are known.", DERAILMENT)
    # named in the sentence that opens the run, but not as who speaks there
    assert "Bell" in reason("Ruth Bell said there must be no blame until the facts are known.", DERAILMENT)
    assert not kept("Paul Dent said there must be blame before the facts are known.", DERAILMENT)


POLL = (
    "The survey was taken last week in Ohio. "
    "In the poll, 47 percent of voters said they will support Lee over Ray, who won support from only 15 percent."
)


def test_an_opposite_the_claim_says_itself_in_other_words_is_no_contradiction():
    # "against" meets the evidence's "support", which the claim says itself as "back".
    assert kept("In the poll, 47 percent of voters said they would back Lee, against 15 percent for Ray.", POLL)


def test_the_opposite_of_what_the_evidence_says_stays_refused():
    assert "oppose" in reason("In the poll, 47 percent of voters said they would oppose Lee.", POLL)
    assert not kept("In the poll, 47 percent of voters said they would not back Lee, against 15 percent.", POLL)


FARES = (
    "The transit board voted to eliminate the old weekend fares. "
    "But the only thing keeping the new plan alive is the support of the city council."
)


def test_an_antonym_of_a_words_synset_mate_is_not_its_antonym():
    # WordNet's antonyms join words: "obviate" is the antonym of "necessitate", not of "need".
    assert "obviate" in opposite_lemmas("necessitate")
    assert not {"obviate", "eliminate"} & opposite_lemmas("need")
    assert "fall" in opposite_lemmas("rise")
    assert kept("The board voted to eliminate the old weekend fares, yet the new plan needs council support.", FARES)


def test_opposites_of_the_word_itself_stay_refused():
    assert "negation" in reason("The transit board did not vote to eliminate the old weekend fares.", FARES)
    assert not kept("The city council opposes the new plan.", FARES)


LUNCH = "Senator Ann Cole met with Tom Reyes in June. In the primary a year later, Cole defeated Reyes by nine points."


def test_a_companion_after_with_may_be_named_first():
    assert kept("Tom Reyes met with Senator Ann Cole.", LUNCH)


def test_the_sides_of_a_verb_done_to_someone_stay_apart():
    assert "subject" in reason("In the primary a year later, Reyes defeated Cole by nine points.", LUNCH)
    assert not kept("Tom Reyes met with Senator Ann Lee.", LUNCH)


RACE = (
    "Heavy rain caused several crashes during the race at Silverstone. "
    "Fortunately there were no serious injuries among the drivers. "
    "All the marshals at the track were unharmed, organisers said. "
    "Two spectators were hurt by flying debris."
)


def test_a_quantifier_denies_its_whole_clause():
    assert kept("Nobody suffered serious injuries among the drivers.", RACE)  # "no serious injuries"
    assert kept("None of the marshals at the track were hurt, organisers said.", RACE)  # "unharmed"


def test_a_denial_the_evidence_does_not_make_stays_refused():
    assert not kept("None of the spectators were hurt by flying debris.", RACE)
    assert "negation" in reason("None of the spectators were hurt by flying debris.", RACE)
    assert not kept("Three spectators were hurt by flying debris.", RACE)


TRIAL = (
    "Reporter Jane Hill covered the trial every day for the paper's New York-based editor, Sam Ortiz. "
    "Her colleague Paul Kent wrote the profiles."
)


def test_where_something_is_based_is_a_place():
    assert kept("Jane Hill covered the trial every day for editor Sam Ortiz in New York.", TRIAL)


def test_a_name_never_placed_stays_no_place():
    assert "never a place" in reason("Jane Hill covered the trial every day for editor Sam Ortiz in Paul Kent.", TRIAL)


def test_a_denial_of_another_clause_denies_nothing():
    hostages = "The hostages were unharmed, but two guards were hurt in the raid on Sunday."
    assert not kept("None of the guards were hurt in the raid on Sunday.", hostages)
    assert kept("None of the hostages were hurt in the raid.", hostages)
