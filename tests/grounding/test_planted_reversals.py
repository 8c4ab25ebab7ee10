"""Negation and number errors a fact-checker catches by reading English, not by counting words:
a unit of time swapped, a multiplied count, a negation of something else in the claim, a
partitive "not one of", a bare "little", a figure given to another name; each with the faithful
readings the same test must keep, and the four kinds of faithful claim the negation tests once
refused (an averse verb, "declined to comment", a counterfactual, an antonym in another sense)."""

from summarizer.grounding.lemmas import words
from summarizer.grounding.polarity import negations
from summarizer.grounding.prose import check_claim
from summarizer.grounding.quantities import figures


def kept(claim: str, source: str) -> bool:
    return check_claim(claim, source).supported


def test_a_unit_of_time_swapped_for_another_with_the_same_count():
    rent = "Members are charged between $20 and $25 per month for the gym, the pool and the sauna."
    found = check_claim("Members pay between $20 and $25 a week for the gym, the pool and the sauna.", rent)
    assert not found.supported and "'a week'" in found.reason
    assert kept("Members pay between $20 and $25 a month for the gym, the pool and the sauna.", rent)
    hearing = "The minister gave her testimony to the inquiry just a week before she resigned from cabinet."
    assert not kept("The minister gave her testimony to the inquiry just a month before she resigned.", hearing)
    assert kept("The minister testified to the inquiry a week before she resigned from cabinet.", hearing)


def test_a_span_said_in_another_unit_with_another_count_is_kept():
    source = "The contract runs for 12 months and pays the port operator about $3 million in fees."
    assert kept("The contract runs for one year and pays the port operator about $3 million.", source)
    weekly = "The club holds a weekly meeting in the old town hall for its 40 volunteers."
    assert kept("The club meets once a week in the old town hall with its 40 volunteers.", weekly)


def test_a_count_before_dozen_multiplies_it():
    assert [sorted(f.values) for f in figures(words("about two dozen senators"))] == [["24"]]
    assert [sorted(f.values) for f in figures(words("a dozen senators"))] == [["12"]]
    source = "Last year she was one of only a dozen senators to vote for the farm bill."
    assert not kept("She was one of about two dozen senators who voted for the farm bill last year.", source)
    assert kept("She was one of only a dozen senators who voted for the farm bill last year.", source)
    both = "Some 24 senators voted for the farm bill."
    assert kept("About two dozen senators voted for the farm bill.", both)


def test_a_negation_of_something_else_in_the_claim_excuses_no_other():
    source = "The judge said there is no precedent for jailing a reporter for refusing to name a source."
    found = check_claim(
        "The judge said there was precedent for jailing a reporter even without evidence of intent.", source
    )
    assert not found.supported and "'no'" in found.reason
    # a negation of the claim that reaches the word is the evidence's own
    assert kept("The judge said no precedent exists for jailing a reporter for refusing to name a source.", source)
    assert kept("The judge said jailing a reporter for refusing to name a source has no precedent.", source)


def test_not_one_of_denies_what_follows_of():
    said = words("But the senator is not one of those critics.")
    assert [p.text for _, p in negations(said) if p is not None] == ["critics"]
    source = "The plan has drawn criticism from unions. But the mayor is not one of those critics of the plan."
    assert not kept("The mayor is among the critics of the plan.", source)


def test_a_bare_little_needs_a_limit_in_the_evidence():
    source = "The proposal has drawn harsh criticism from the other candidates in the race."
    found = check_claim("The proposal has drawn little criticism from the other candidates in the race.", source)
    assert not found.supported and "little" in found.reason
    scant = "The proposal has drawn only scant criticism from the other candidates in the race."
    assert kept("The proposal has drawn little criticism from the other candidates in the race.", scant)
    few = "A few of the other candidates in the race criticised the proposal on Monday."
    assert kept("A few of the other candidates in the race criticised the proposal.", few)
    supply = "Too little new housing supply pushes renters down the ladder, the economist said."
    assert kept("The economist said too little new housing supply pushes renters down the ladder.", supply)


def test_a_figure_given_to_another_name():
    source = "Britain topped the poll. Canada was the runner-up with 16 percent, while Mexico was third on 11 percent."
    found = check_claim("Canada came second in the poll with 11 percent.", source)
    assert not found.supported and "Mexico" in found.reason
    assert kept("Mexico came third in the poll with 11 percent.", source)
    assert kept("Canada came second in the poll with 16 percent.", source)


def test_a_figure_whose_clause_names_both_or_a_pronoun_is_kept():
    tally = "A CNN tally gives Trump 758 pledged delegates, compared with 538 for Cruz."
    assert kept("Trump has 758 pledged delegates, according to a CNN tally.", tally)
    # the claim's clause names the evidence's owner: "gave Major 30 days" is Major's 30 days
    ruling = "Judge Lee ruled on Monday. Tom Major now has 30 days to appeal the ruling."
    assert kept("Judge Lee gave Major 30 days to appeal the ruling.", ruling)
    pronoun = "Mrs. Clinton spoke in Iowa. She calls for $275 billion in new spending on roads."
    assert kept("Clinton calls for $275 billion in new spending on roads.", pronoun)


def test_the_must_keep_readings_beside_the_new_tests():
    # (a) an averse verb, with a count of days in it
    bars = "The new rule bars workers from taking more than two days of leave a month."
    assert kept("The new rule bars workers from taking more than two days of leave a month.", bars)
    # (b) "declined to comment" denies nothing of the figure's owner
    declined = "Acme sold 300 trucks in May. Its chief executive, Ana Ruiz, declined to comment."
    assert kept("Acme sold 300 trucks in May.", declined)
    # (c) a counterfactual beside what happened, with a unit of time
    late = "The bridge opened a year late; it would have opened in a month had the steel arrived."
    assert kept("The bridge opened a year late.", late)
    # (d) an antonym in another sense is no opposite
    left = "The midfielder was injured at the start and left the pitch after ten minutes."
    assert kept("The midfielder left the pitch after ten minutes.", left)


def test_few_of_a_whole_needs_a_limit_in_the_evidence():
    source = "Some of the edited photographs are simply brilliant, the blogger said."
    found = check_claim("The blogger said few of the edited photographs were any good.", source)
    assert not found.supported and "few" in found.reason
    handful = "Only a handful of the edited photographs are any good, the blogger said."
    assert kept("The blogger said few of the edited photographs were any good.", handful)


def test_doing_little_for_a_thing_needs_a_limit_in_the_evidence():
    source = "The analyst said the governor's speech should boost the senator's poll numbers."
    found = check_claim(
        "The analyst predicted the governor's speech would do little for the senator's poll numbers.", source
    )
    assert not found.supported and "little" in found.reason
    failed = "The analyst said the governor's speech failed to lift the senator's poll numbers."
    assert kept("The analyst said the governor's speech did little for the senator's poll numbers.", failed)


def test_a_thing_that_ran_short_is_not_one_that_poured_in():
    source = "Candidates the senator backed, like Ana Ruiz, have seen a flood of donations since his endorsement."
    found = check_claim(
        "Candidates the senator backed, like Ana Ruiz, saw donations dry up after his endorsement.", source
    )
    assert not found.supported and "flood" in found.reason
    dwindled = "Candidates the senator backed, like Ana Ruiz, saw few donations since his endorsement."
    assert kept("Candidates the senator backed, like Ana Ruiz, saw donations dry up after his endorsement.", dwindled)
