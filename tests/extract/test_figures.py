import pytest

from summarizer.extract.figures import find_figures


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("About 10,000 troops were sent.", "10,000", None),
        ("Prices rose 3.5% last year.", "3.5%", "percent"),
        ("The deal is worth $1.2 billion in cash.", "$1.2 billion", "USD"),
        ("Turnout fell 30 per cent overall.", "30 per cent", "percent"),
        ("The fire spread 45 km north.", "45", "km"),
        ("Support slipped 5.5 percentage points.", "5.5 percentage points", "percentage points"),
        ("It will cost \u20ac40m to fix.", "\u20ac40m", "EUR"),
    ],
)
def test_figures_keep_value_as_written(sentence, value, unit):
    [figure] = find_figures(sentence)
    assert figure.value == value
    assert sentence[figure.start : figure.end] == value
    assert figure.unit == unit


def test_measures_is_the_noun_phrase_after_a_count():
    [figure] = find_figures("Officials said 3,000 North Korean soldiers arrived.")
    assert figure.measures == "North Korean soldiers"


def test_dates_years_times_and_model_names_are_not_figures():
    text = "On October 30, 2024, at 7 p.m., on May 5th, GPT-4 and COVID-19 were discussed in 1996."
    assert find_figures(text) == []


def test_skip_ranges_are_honoured():
    text = "Story: 12 people. Promo: 99 deals."
    figures = find_figures(text, skip=[(18, len(text))])
    assert [f.value for f in figures] == ["12"]


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500 closed higher.",
        "Traffic on Route 9 was slow.",
        "Members of UFCW Local 832 voted.",
        "A Boeing 737 landed.",
        "Group date No. 2 went well.",
        "The video runs 2:22 and aired at 10:43.",
        "Add 1/2 cup of sugar; the shop is open 24/7.",
        "The theatre is at 80 Winchester St. downtown.",
        "Index 3,000 98.0 2,800 98.5 2,600 99.0",
        'See <tweet id="771156940076544000"> for more.',
    ],
)
def test_numbers_in_names_times_fractions_addresses_charts_and_ids_are_not_figures(text):
    assert find_figures(text) == []


def test_a_count_after_a_capitalised_sentence_opener_is_still_a_figure():
    assert [f.value for f in find_figures("About 90 people came. In 14 countries it rained.")] == ["90", "14"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Output was between 412,000 and 418,000 barrels a day.", "412,000 and 418,000"),
        ("Output was 412,000 and 418,000 barrels in turn.", "412,000 and 418,000"),
        ("Rovers won 2-1 at home.", "2-1"),
        ("The bill passed by 432 to 202 on Tuesday.", "432 to 202"),
        ("Estimates range from 5 to 7 per cent.", "5 to 7 per cent"),
    ],
)
def test_ranges_and_scores_are_one_figure(text, value):
    assert [f.value for f in find_figures(text)] == [value]


def test_a_change_and_the_new_level_stay_two_figures():
    figures = find_figures("Net profit fell 38% to 4.7 billion kroner.")
    assert [(f.value, f.unit, f.measures) for f in figures] == [
        ("38%", "percent", "fall in Net profit"),
        ("4.7 billion", "NOK/DKK", "Net profit"),
    ]


def test_a_decimal_comma_is_read_as_one_number():
    [figure] = find_figures("El paro bajó al 20,4 % en marzo.")
    assert (figure.value, figure.unit) == ("20,4 %", "percent")


@pytest.mark.parametrize(
    "text, value, unit, measures",
    [
        ("Officials said 3,000 North Korean soldiers arrived.", "3,000", None, "North Korean soldiers"),
        ("Around 90 per cent of the city's population voted.", "90 per cent", "percent", "city's population"),
        (
            "The original cost of the complex was $35 million, documents say.",
            "$35 million",
            "USD",
            "original cost of the complex",
        ),
        ("Ottawa will pay investors a return of 6.7 per cent.", "6.7 per cent", "percent", "return"),
        ("Suncor received a $300-million payment.", "$300-million", "USD", "payment"),
        (
            "Property taxes that are going up by 4.5 per cent, the city says.",
            "4.5 per cent",
            "percent",
            "Property taxes",
        ),
        ("The 36-year-old woman was found.", "36", "years", "age of the woman"),
        ("Doug Purdy, 73, walks his dog.", "73", None, "age of Doug Purdy"),
        ("The 17-second spot aired twice.", "17", "seconds", "length of the spot"),
        ("Temperatures fell to -11 C overnight.", "-11", "°C", "Temperatures"),
        ("Less than 60,000 customers remain without power.", "60,000", None, "customers"),
    ],
)
def test_every_figure_says_what_it_counts_from_its_own_sentence(text, value, unit, measures):
    [figure] = find_figures(text)
    assert (figure.value, figure.unit, figure.measures) == (value, unit, measures)
    assert text[figure.start : figure.end] == value


@pytest.mark.parametrize(
    "sentence, value, measures",
    [
        ("Donors gave $117,000 in donations last year.", "$117,000", "donations"),
        ("Carolina led 26-11 in shots on goal.", "26-11", "shots"),
        ("The party received $83,534 to the Liberal Party of Canada.", "$83,534", "to Liberal Party of Canada"),
        ("He scored 15 seconds into overtime.", "15", "time into overtime"),
        ("The state has 60 days to respond.", "60", "time to respond"),
        ("It was a 15-shot victory for him.", "15", "shot victory"),
        ("The toll rose, with about 850 injured.", "850", "injured"),
        ("They were Zoe Marsh, 8; and her grandmother, Jane Holt, 61.", "8", "age of Zoe Marsh"),
        ("He has a son, 28, who works.", "28", "age of a son"),
        ("Our daughters are ages 7, 5 and 2.", "5", "age"),
        ("Birch Razor, $180, is sold online.", "$180", "price of Birch Razor"),
        ("Two leagues have spent $450,000 on ice time.", "$450,000", "amount spent"),
        ("He is slated to make $24.1 million this season.", "$24.1 million", "amount made"),
        ("In the storm, 66,000 remained without power.", "66,000", "remained without power"),
        ("The school received about 3,000 votes.", "3,000", "votes received"),
        ("A survey found 352 missing children.", "352", "missing children"),
        ("Still, 30 per cent of opioid-related deaths were in cities.", "30 per cent", "opioid-related deaths"),
        ("They must log 60 hours of community service.", "60", "community service"),
        ("He ran a stint as prime minister for 22 years.", "22", "stint as prime minister"),
    ],
)
def test_figures_that_count_no_noun_phrase_are_labelled_from_their_sentence(sentence, value, measures):
    figure = next(f for f in find_figures(sentence) if f.value == value)
    assert figure.measures == measures


def test_a_duration_is_not_labelled_by_a_place_and_money_to_a_verb_is_not_a_recipient():
    [homeless] = find_figures("He lived in Toronto for 20 years.")
    assert homeless.measures != "Toronto"
    [paid] = find_figures("The government paid as much as $600-million to compensate the firm.")
    assert paid.measures != "to compensate"


@pytest.mark.parametrize(
    "sentence, value, measures",
    [
        # a conversion or a restatement counts what its figure counts
        ("The club was fined 40,000 Swiss francs ($41,000) for the delay.", "$41,000", "for delay"),
        ("Homes nearby cost 9 per cent more – or £20,400 – than others.", "£20,400", "Homes nearby"),
        # an aside does not hide what follows it
        ("The line runs 12 miles (19km) of track.", "12", "track"),
        # a score says what it decides; a range keeps its noun
        ("Her goal gave the Owls a 4-3 victory at home.", "4-3", "score of the victory"),
        ("A 5-5 ruling would keep the rules.", "5-5", "score of the ruling"),
        ("Between 5-7 people came.", "5-7", "people"),
        # a compound measure is its noun's length or weight, not a count of it
        ("The 45-minute meeting ended early.", "45", "length of the meeting"),
        ("The 250-gram bar was cut.", "250", "weight of the bar"),
        # a place "of" a bare number is its population; a verb before "in" ends the subject
        ("Power may not return to the village of roughly 2,000 before Monday.", "2,000", "population of the village"),
        ("The retired banker, 64, said little.", "64", "age of the retired banker"),
        # a giving verb before its object; a price after "for"; money per unit
        ("The league fined Ortiz 9,000 pounds for the tackle.", "9,000", "fined"),
        ("The road costs the county $2.5-million a year.", "$2.5-million", "amount cost"),
        ("She sold the farm to a neighbour for $80,000.", "$80,000", "price"),
        ("He joined on £60,000-per-week wages.", "£60,000", "wages per week"),
        ("They sell the ore for $45 a ton.", "$45", "price per ton"),
        ("The stalls charge $15 a night.", "$15", "amount per night"),
        # a share before a modal verb, a negated verb, a part of a group, an age bound
        ("In the poll, 48 percent would choose Moreau.", "48 percent", "choose Moreau"),
        ("More than 2,000 have not returned.", "2,000", "not returned"),
        ("Only 12 of the 40 climbers reached the top.", "12", "climbers"),
        ("He met a boy under 15 online.", "15", "age limit"),
        ("The plan covers adults (65 years or older) only.", "65", "age limit"),
        ("They paid $900 for the three children.", "$900", "for children"),
        ("The city has 30 days to formally reply.", "30", "time to reply"),
        # a figure set against another measures the same thing
        ("Nurses had a median salary of $71,000, compared with $64,000.", "$64,000", "median salary"),
        # a state needs no verb; a state already said is not followed by the verb before the count
        ("The blast left 32 civilians dead in the town.", "32", "civilians dead"),
        ("Six died, with more than 100 others wounded.", "100", "others wounded"),
        # an irregular participle is what befell them, never the thing counted
        ("Two were killed and more than 50 taken to hospital.", "50", "taken to hospital"),
        # a name after a count is a caption's credit or whose the thing is, never what is counted
        ("The bus overturned, injuring another 40 Maria Ortiz/AP officers said.", "40", "injured"),
        ("The board must pay $20,000 of Mr. Hale's costs.", "$20,000", "amount paid"),
        ("The 47-year-old Peter Brandt was sentenced.", "47", "age of Peter Brandt"),
        # an adjective after a measure says which dimension it is
        ("The new wall is 3 metres high.", "3", "height"),
        ("She finished 2.4 seconds clear of the field.", "2.4", "lead"),
        # a change and when it happened before the new level; a verb of another clause is no link
        ("Ad revenues fell by 16.4 per cent this year to $335-million.", "$335-million", "Ad revenues"),
        ("The death toll after the volcano erupted rose to at least 280 on Monday.", "280", "death toll"),
        # a measure joined to its noun is part of the subject, never a subject alone
        ("The 10-year bond yield is 4.5 per cent.", "4.5 per cent", "10-year bond yield"),
        # a purpose ends before a function word; a score after "by" is the score of the result
        ("There are 11 weeks to go before the March 29 vote.", "11", "time to go"),
        ("The defeat on Tuesday by 432 to 202 stunned her.", "432 to 202", "score of the defeat"),
        # a word in -ed before no noun is a verb; a noun in -ing may end an "of" phrase
        ("Before dawn, waves of 2-3 metres washed ashore.", "2-3", "waves"),
        ("Add 1/3 cup (80 ml) chopped fresh herbs.", "80", "chopped fresh herbs"),
        ("The Hawks improved to 8-6 on Sunday.", "8-6", "Hawks"),
        (
            "Magazines make up 2.2 per cent of all advertising spending in Canada.",
            "2.2 per cent",
            "advertising spending",
        ),
    ],
)
def test_figures_read_from_the_shape_of_their_sentence(sentence, value, measures):
    figure = next(f for f in find_figures(sentence) if f.value == value)
    assert figure.measures == measures


def test_a_measure_word_alone_is_never_the_subject_a_figure_is_the_value_of():
    figure = next(
        f for f in find_figures("The 170-gram bar was cut and the 90-gram was cut to 80 grams.") if f.value == "80"
    )
    assert "90-gram" not in (figure.measures or "")


def test_shirt_numbers_of_a_line_up_are_no_figures_but_one_number_before_a_name_is():
    line_up = "Rovers: 1 - Ian Hale, 4 - Tom Reid, 9 - Ali Dar; subs 12 - Joe Kerr."
    assert find_figures(line_up) == []
    [vote] = find_figures("The vote was 52 - Johnson Smith said it was close.")
    assert vote.value == "52"


def test_telephone_numbers_indices_decades_and_clock_times_are_not_figures():
    text = "Call the newsroom on +44 20 7946 0958 or 555-0199. It counted 1,000-2,000 birds."
    assert [f.value for f in find_figures(text)] == ["1,000-2,000"]
    text = "He crashed on lap 48 in the 90's, at 11.30am, from Sept. 19 to 22; see page 4."
    assert find_figures(text) == []


def test_a_count_of_them_is_labelled_with_the_plural_noun_them_stands_for():
    from summarizer.extract.figure_labels import label_figure

    text = "Leaders urged the kingdom to withdraw its troops from the border, where around 4,000 of them are based."
    at = text.index("4,000")
    assert label_figure(text, at, at + 5) is not None and label_figure(text, at, at + 5).startswith("troops")
    # the clause's own subject is not what "them" stands for; with no other plural, no label
    text = "Officials said 40 protesters were held. Police freed 12 of them on Monday."
    at = text.index("12")
    assert label_figure(text, at, at + 2) is None


def test_an_age_after_a_name_whose_abbreviation_the_text_broke_off_before_the_comma():
    [figure] = find_figures("Fourteen years later, Sam Lee Jr.\n, 41, was freed on Friday.")
    assert figure.measures == "age of Sam Lee Jr."


def test_a_counted_plural_noun_ends_where_its_own_verb_begins() -> None:
    from summarizer.extract.figure_labels import label_figure

    text = "An estimated 126 million voters cast ballots in the last election."
    at = text.index("126 million")
    assert label_figure(text, at, at + len("126 million")) == "voters"
    # a noun after a plural noun is still part of the phrase, and a singular noun's compound too
    text = "About 40 city workers union members marched."
    at = text.index("40")
    assert label_figure(text, at, at + 2).startswith("city workers union")


def test_an_area_is_a_unit_and_a_measure_compound_gives_the_area_of_its_noun() -> None:
    from summarizer.extract.figures import find_figures

    [area] = find_figures("An 800-square metre work area has been cleared.")
    assert (area.value, area.unit) == ("800", "square metres") and "work" in (area.measures or "")
    [land] = find_figures("The farm covers 500 square miles of land.")
    assert (land.unit, land.measures) == ("square miles", "land")
    # "square" is a unit only before a length
    [run] = find_figures("He ran 5 miles in the town square.")
    assert run.unit == "miles"
