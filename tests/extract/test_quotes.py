"""Unit tests for summarizer.extract.quotes on small hand-written texts."""

from __future__ import annotations

import pytest

from summarizer.extract.quotes import QuoteCandidate, find_quotes


def quotes_of(text: str, **kwargs) -> list[QuoteCandidate]:
    found = find_quotes(text, **kwargs)
    for quote in found:
        assert text[quote.start : quote.end] == quote.text
    return found


def test_said_after_quote_with_title_before_speaker():
    text = (
        'Rail traffic resumed on Monday. "We expect delays for another week," '
        "said Transport Safety Board spokesman Aldo Ferri."
    )
    [quote] = quotes_of(text)
    assert quote.text == "We expect delays for another week"
    assert quote.speaker == "Aldo Ferri"
    assert quote.speaker_role == "Transport Safety Board spokesman"


def test_surname_resolves_to_full_name():
    text = "Health Minister Irene Vasquez toured the clinic.\n\n\"The wait lists are far too long,\" Vasquez said."
    [quote] = quotes_of(text)
    assert quote.speaker == "Irene Vasquez"
    assert quote.speaker_role == "Health Minister"


def test_speaker_before_quote_with_colon_and_comma():
    text = (
        'Asked about the budget, Mayor Lin Chow said: "There is no money left." Later Chow added, "We will cut costs."'
    )
    first, second = quotes_of(text)
    assert (first.text, first.speaker) == ("There is no money left.", "Lin Chow")
    assert (second.text, second.speaker) == ("We will cut costs.", "Lin Chow")


def test_reporting_verbs_and_according_to():
    text = (
        'In her blog, Priya Natarajan wrote: "The data simply do not support it." '
        'According to Owen Grady, "the review will take a full year."'
    )
    first, second = quotes_of(text)
    assert first.speaker == "Priya Natarajan"
    assert second.speaker == "Owen Grady"


def test_curly_quotes_across_a_line_break():
    text = "“The river rose faster than anyone\nhad predicted,” fire chief Ana Molina told reporters."
    [quote] = quotes_of(text)
    assert quote.text == "The river rose faster than anyone\nhad predicted"
    assert quote.speaker == "Ana Molina"


def test_multi_paragraph_quote_shares_the_speaker():
    text = (
        "Union leader Rosa Keane addressed the crowd.\n\n"
        '"We have waited three years for a fair offer.\n\n'
        '"We will not wait three more," Keane said.'
    )
    first, second = quotes_of(text)
    assert first.text == "We have waited three years for a fair offer."
    assert second.text == "We will not wait three more"
    assert first.speaker == second.speaker == "Rosa Keane"


def test_unattributed_quote_continues_previous_speaker_in_next_paragraph():
    text = (
        '"The mine will reopen in March," said manager Pete Olsen.\n\n"About two hundred jobs will come back with it."'
    )
    first, second = quotes_of(text)
    assert second.speaker == "Pete Olsen"


def test_unattributed_quote_does_not_continue_when_someone_else_is_named():
    text = (
        '"The mine will reopen in March," said manager Pete Olsen.\n\n'
        'Critics such as Ivy Trent doubt it. "This has been promised five times before."'
    )
    second = quotes_of(text)[1]
    assert second.speaker != "Pete Olsen"


def test_scare_quotes_are_dropped_but_attributed_short_quotes_kept():
    text = 'The report calls it a "very" serious issue. Judge Alma Ruiz called the defence "absurd" in her ruling.'
    found = quotes_of(text)
    assert [q.text for q in found] == ["absurd"]
    assert found[0].speaker == "Alma Ruiz"


def test_fragment_inside_paraphrase_is_dropped():
    text = 'Dale Hunt said the crews were "doing their best" under the circumstances.'
    assert quotes_of(text) == []


def test_skip_ranges_are_never_returned():
    promo = 'Read More: "This Is The Best Phone Ever," Says Reviewer Max Power'
    text = f'Officials met on Friday.\n{promo}\n"We reached a deal on every point," said Nina Korr.'
    start = text.index(promo)
    found = quotes_of(text, skip=[(start, start + len(promo))])
    assert [q.speaker for q in found] == ["Nina Korr"]
    assert all(q.end <= start or q.start >= start + len(promo) for q in found)


def test_entities_argument_is_used():
    text = '"Prices will fall next year," Ortiz said.'
    from summarizer.extract.entities import Entity, Mention

    ortiz = Entity("Camila Ortiz", "person", "chief economist", [Mention("Ortiz", 31, 36)])
    [quote] = quotes_of(text, entities=[ortiz])
    assert (quote.speaker, quote.speaker_role) == ("Camila Ortiz", "chief economist")


def test_according_to_does_not_rescue_a_fragment_of_paraphrase():
    text = 'Board members fought over "any matter of controversy," according to one submission.'
    assert quotes_of(text) == []


def test_quote_continuing_over_a_paragraph_break_keeps_its_speaker():
    text = (
        "Officials wrote about the policy.\n\n"
        '"Who may join a treatment plan is up to the case manager\n\n'
        'after advice from the doctors," said Ivan Petrov in an email.\n\n'
        '"Families may join sessions on their own to deal with the effects of the illness."'
    )
    assert [q.speaker for q in quotes_of(text)][-1] == "Ivan Petrov"


def test_double_right_single_marks_close_a_quote():
    text = "“We publish anything by anyone,’’ says Rafael Ortiz, the founder of the shop."
    [quote] = quotes_of(text)
    assert (quote.text, quote.speaker) == ("We publish anything by anyone", "Rafael Ortiz")


def test_programme_title_after_a_possessive_is_not_a_quote():
    text = 'In an interview on CBS\'s "Face the Nation," Senator Ray Dunn said the plan would fail.'
    assert quotes_of(text) == []


# Texts and the speakers of their quotes, in order; the id says what each case is about.
SPEAKER_CASES = [
    pytest.param(
        "Coach Tom Riley praised his goalkeeper after the match against Hugo Lind's team.\n\n"
        '"He kept us in the game all night," he said.',
        ["Tom Riley"],
        id="pronoun_resolves_to_previous_sentence_subject",
    ),
    pytest.param(
        "Nora Blake said her brother Sam Blake had been missing for a week. "
        "Sam Blake was found on Sunday in his car.\n\n"
        '"We never stopped looking for him," she said.',
        ["Nora Blake"],
        id="pronoun_skips_people_of_the_other_gender",
    ),
    pytest.param(
        "The Coastal Ferry Corporation cancelled all sailings.\n\n"
        '"Passenger safety comes first in every decision we make," it said in a statement.',
        ["Coastal Ferry Corporation"],
        id="organization_speaker_and_it_pronoun",
    ),
    pytest.param(
        "Ruth Adler waited six hours at the clinic.\n\n"
        '"Where do you even start?" she asks.\n\n'
        '"Why did nobody call?" Adler said.',
        ["Ruth Adler", "Ruth Adler"],
        id="question_closing_a_quote_does_not_end_the_sentence_before_its_attribution",
    ),
    pytest.param(
        'Overdoses rose again. "We do not have a working addictions system," '
        "according to Dr. Lionel Marsh, a family doctor in the city.",
        ["Lionel Marsh"],
        id="according_to_after_the_quote",
    ),
    pytest.param(
        'Nell Ferris, a nurse in the north, is more blunt: "The system is failing people every day."',
        ["Nell Ferris"],
        id="colon_introduces_the_subjects_words_without_a_verb",
    ),
    pytest.param(
        'The trouble showed in May when Omar Kell again took to the radio with this: "Titles mean nothing to me."',
        ["Omar Kell"],
        id="colon_after_the_person_nearest_it",
    ),
    pytest.param(
        "Rather than the old seating plan, asks magazine editor Jean Dorval, \"has anyone tried a circle instead?\"",
        ["Jean Dorval"],
        id="inverted_verb_names_the_speaker_between_verb_and_quote",
    ),
    pytest.param(
        '"There is a real risk here," Hugo Lenz, a former security adviser to three '
        "prime ministers and two premiers, said on Sunday.",
        ["Hugo Lenz"],
        id="long_appositive_does_not_hide_the_speaker_after_the_quote",
    ),
    pytest.param(
        '"I cook simple food," says Greta Moll while visiting the kitchen with her husband Paul Moll. '
        '"I think the ingredients speak for themselves."',
        ["Greta Moll", "Greta Moll"],
        id="second_quote_in_a_paragraph_continues_the_speaker_despite_names_in_the_attribution",
    ),
    pytest.param(
        '"It deserved to be longer," says Chris Hale. Dana Wirth did not need much coaxing. '
        '"I am thankful for the invitation and the chance to explore."',
        ["Chris Hale", "Dana Wirth"],
        id="quote_after_a_sentence_about_someone_is_theirs",
    ),
    pytest.param(
        "Dr. Amos Reyes runs the detox unit.\n\n"
        'But early on, he lost patients to overdoses. "When somebody young dies, you remember it."',
        ["Amos Reyes"],
        id="pronoun_led_sentence_after_an_introductory_phrase_attributes_the_next_quote",
    ),
    pytest.param(
        'Talia, the target of the joke, retorted, "I am a very good swimmer" and walked off.',
        ["Talia"],
        id="name_missed_by_the_entity_spotter_is_kept_as_written",
    ),
    pytest.param(
        'Mara Quint says she is "almost certain to win the seat" with Governor Pell Ortiz, who said he disagreed.',
        ["Mara Quint"],
        id="words_after_an_embedded_quote_that_continue_the_sentence_do_not_attribute_it",
    ),
    pytest.param(
        'Voting closed on Friday.\n\n"We are very happy" about the result, said union leader Dana Pike.',
        ["Dana Pike"],
        id="attribution_after_a_comma_following_an_embedded_quote_still_counts",
    ),
    pytest.param(
        "Senator Alma Reyes thanked Governor Bo Tran, adding, \"We could not have done this alone.\"",
        ["Alma Reyes"],
        id="participle_after_a_comma_shares_the_main_subject",
    ),
    pytest.param(
        'Neighbours heard Carl Okafor saying, "Get out of the building now."',
        ["Carl Okafor"],
        id="participle_right_after_a_name_is_that_persons",
    ),
    pytest.param(
        "Senator Bernard Sandoval and Governor Helen Cray debated on Tuesday.\n\n"
        "Governor Cray spoke first and took questions.\n\n"
        '"Nobody should pay more for insulin than for rent."\n\n'
        "- Sandoval.\n\n"
        "That claim needs context, since prices vary widely by plan.",
        ["Bernard Sandoval"],
        id="quote_signed_on_the_next_line",
    ),
    pytest.param(
        '"Nobody should pay more for insulin than for rent," Governor Helen Cray said.\n\n'
        '"We will keep fighting for lower prices."\n\n'
        "- A long fight -.\n\n"
        "The bill returns to committee next week.",
        ["Helen Cray", "Helen Cray"],
        id="a_heading_between_dashes_is_not_a_signature",
    ),
    pytest.param(
        "Rather than keep the layout Premier Don Hale chose, asks Policy Review editor Jane Roe, "
        '"has anyone considered a round chamber instead?"',
        ["Jane Roe"],
        id="inverted_verb_with_a_lower_case_role_before_the_name",
    ),
    pytest.param(
        'The error cost nine lives. Said Director Jim Carver, "That failure is very painful to us."',
        ["Jim Carver"],
        id="sentence_opening_said_before_the_name",
    ),
    pytest.param(
        'Senator Kim Lowell told Fox News, "We will not back down on this bill."',
        ["Kim Lowell"],
        id="told_with_a_subject_names_the_listener_not_the_speaker",
    ),
    pytest.param(
        'Ana Ruiz chairs the board. "It will be hard to do this quickly," '
        "said one adviser who has worked for Tom Reyes in the past.",
        ["one adviser"],
        id="a_name_in_the_relative_clause_is_not_the_speaker",
    ),
    pytest.param(
        '"It will be hard to do this quickly," said Tom Reyes, who chairs the board with Ana Ruiz.',
        ["Tom Reyes"],
        id="the_name_before_the_relative_clause_speaks",
    ),
    pytest.param(
        'After the death of Tom Reyes, Kim Lee said the town was finished.\n'
        '"The town will always stand," an angry Ana Ruiz retaliated.',
        ["Ana Ruiz"],
        id="an_article_and_an_adjective_before_the_name_of_an_unlisted_verb",
    ),
    pytest.param(
        '"We have two donors who started a new super PAC against us," Ana Ruiz said, referencing a super PAC '
        'called Future45 funded by Tom Reyes. "So they clearly think we will win this race."',
        ["Ana Ruiz", "Ana Ruiz"],
        id="a_participle_called_naming_something_reports_nothing",
    ),
    pytest.param(
        'Tom Reyes defended the plan on Monday. The so called "Green Valley Initiative" was called '
        "a failure by its critics.",
        [],
        id="so_called_gives_a_name_not_a_speaker",
    ),
    pytest.param(
        'Pollsters agree - Ana Ruiz: "Keep on contacting voters as late as you possibly can."',
        ["Ana Ruiz"],
        id="a_name_after_a_dash_before_the_colon_is_the_source",
    ),
    pytest.param(
        "At the mayor's request, the Harbour Commission issued a statement apologizing to residents.\n\n"
        '"We will build it before the winter comes, and nobody will stop us."',
        ["Harbour Commission"],
        id="the_parsed_subject_after_an_opening_phrase_speaks_in_the_next_paragraph",
    ),
    pytest.param(
        "After the flood, Tom Reyes's plan surprised the council.\n\n"
        '"We will build it before the winter comes, and nobody will stop us."',
        [None],
        id="a_name_that_only_modifies_the_parsed_subject_does_not_speak",
    ),
    pytest.param(
        'Ana Ruiz spoke first. The plan of Tom Reyes has been called "a bold step for the whole region" '
        "by Ana Ruiz, who chairs the council.",
        ["Ana Ruiz"],
        id="the_agent_of_a_passive_reporting_verb_speaks_not_its_subject",
    ),
    pytest.param(
        'Tom Reyes was asked by host Ana Ruiz, who backs him, "Are you tired of hearing about the emails?"',
        ["Ana Ruiz"],
        id="the_agent_of_a_passive_asked_before_the_quote",
    ),
    pytest.param(
        'Tom Reyes belittled the loans, calling them a "paperwork error" that was reported in a '
        '"hit piece" by The Daily Ledger. He said so twice.',
        ["Tom Reyes"],
        id="a_by_phrase_on_a_noun_is_no_agent_of_the_reporting_verb",
    ),
]


@pytest.mark.parametrize("text, speakers", SPEAKER_CASES)
def test_speakers(text, speakers):
    assert [q.speaker for q in quotes_of(text)] == speakers


@pytest.mark.parametrize(
    "text, quoted",
    [
        (
            "La alcaldesa dijo: «Las obras empezarán en primavera sin falta». Nada más.",
            "Las obras empezarán en primavera sin falta",
        ),
        (
            "Die Bürgermeisterin sagte: „Die Arbeiten beginnen im Frühjahr ganz sicher“. Mehr nicht.",
            "Die Arbeiten beginnen im Frühjahr ganz sicher",
        ),
    ],
)
def test_quotation_marks_of_other_languages_mark_quotes(text, quoted):
    assert quoted in [q.text.rstrip(".") for q in find_quotes(text)]


def test_second_quote_of_a_sentence_shares_its_reporting_clause():
    # the first passage is woven into the paraphrase (dropped), the second has no clause of its own
    text = (
        "Senate candidate Mark Tolland argued that his rival has “got to come a long way” on farm "
        "policy, “because he is right now for the oil money” during a speech in Ames on Friday."
    )
    [quote] = quotes_of(text)
    assert quote.text == "because he is right now for the oil money"
    assert quote.speaker == "Mark Tolland"


def test_shared_clause_needs_a_verb_before_the_first_quote():
    text = (
        "Dr. Jane Roe spoke first.\n\nThe “new normal” of farm policy, “a plan that nobody asked for” in "
        "the words of critics, passed on Friday."
    )
    assert all(q.speaker != "Jane Roe" for q in quotes_of(text))


def test_sentence_opened_by_a_reporting_participle_continues_the_one_before():
    text = (
        "Later in the show, host Dan Brenner stated that the inspector's report “was not good.” "
        "Adding, “Now, like with all such scandals, what they do is never that bad.”"
    )
    quote = quotes_of(text)[-1]
    assert quote.text.startswith("Now, like with all")
    assert quote.speaker == "Dan Brenner"


def test_opening_participle_does_not_reach_into_the_previous_paragraph():
    text = "Host Dan Brenner said the plan had failed.\n\nAdding, “Now, like with all such scandals, it is never that bad.”"
    [quote] = quotes_of(text)
    assert quote.speaker is None


def test_a_statement_issued_before_the_quote_is_its_subjects():
    text = (
        "Senator Dan Brenner spoke on Sunday.\n\nImmediately after the attacks, Brenner issued a statement, "
        "“Last night, our nation was attacked by terrorists.”"
    )
    [quote] = quotes_of(text)
    assert quote.speaker == "Dan Brenner"


def test_a_signature_line_may_carry_a_description():
    text = (
        "Senator Dan Brenner spoke on Sunday.\n\n“The whole idea is something that we hear about all the "
        "time, and it needs to stop.”\n\n-Michelle Marks, a voter in Ohio, after the debate.\n\nMore news."
    )
    [quote] = quotes_of(text)
    assert quote.speaker == "Michelle Marks"


def test_a_sentence_quoted_whole_after_a_reporting_verb_is_kept():
    text = 'Sen. Dana Hollis told reporters on Friday that "The budget will pass before the recess."'
    [quote] = quotes_of(text)
    assert quote.text == "The budget will pass before the recess."
    assert quote.speaker == "Dana Hollis"


def test_a_phrase_or_a_title_in_paraphrase_is_still_no_quote():
    assert quotes_of('Sen. Dana Hollis said that the budget was "a plan nobody in the state wanted."') == []
    assert quotes_of('Sen. Dana Hollis said the campaign ran "The Best Years Are Ahead" ads.') == []
    # a capitalised sentence with no reporting verb before it in the sentence is the reporter's
    assert quotes_of('The ads ran under the banner "Our town will rise again after the flood."') == []


def test_a_reporting_verb_joined_by_and_shares_the_earlier_subject():
    text = (
        "In an interview with journalist Tom Reyes last year, Mara Lind said she welcomed the ruling "
        'and added, "I will appeal, no problem."'
    )
    [quote] = quotes_of(text)
    assert quote.speaker == "Mara Lind"


def test_a_party_and_state_bracket_does_not_hide_the_subject():
    text = (
        "Sen. Paul Dorsey held a rally on Friday.\n\n"
        "But Sen. Ann Cole (D-Ill.), noting the size of Dorsey’s following, said, "
        '"Let me tell you, he has a long email list."'
    )
    [quote] = quotes_of(text)
    assert quote.speaker == "Ann Cole"


def test_a_description_opening_the_sentence_is_the_subject_of_its_reporting_participle():
    text = (
        "Maria Ruiz spoke in Dayton on Monday.\n\n"
        'The conservative magazine has opposed Tom Baker for months, calling him "a danger to the whole party."'
    )
    [quote] = quotes_of(text)
    assert quote.speaker == "The conservative magazine"


def test_an_adverbial_aside_before_the_attribution_does_not_name_the_speaker():
    text = (
        "Mayor Tom Rendell spoke on Monday. Sen. Maria Cole spoke too.\n\n"
        'Dorsey "has a right to contest every single primary," just as Cole did in 2008, Rendell added.'
    )
    [quote] = quotes_of(text)
    assert quote.speaker == "Tom Rendell"


def test_a_quoted_verb_phrase_after_to_is_kept_but_a_named_thing_is_not():
    [quote] = quotes_of('Rep. Tom Reed plans to "bring our fight to the convention floor."')
    assert (quote.text, quote.speaker) == ("bring our fight to the convention floor.", "Tom Reed")
    assert quotes_of('Rep. Tom Reed kept returning to "The Plan For Ohio" in the debate.') == []


def test_a_straight_mark_with_space_on_both_sides_closes_the_quote():
    text = (
        "Party chair Jaime Hollis said, \"Sanders has to do the 'Carolina two-step' \" - a long climb. "
        'Later, "We will win the state," said Kim Lee.'
    )
    found = quotes_of(text)
    assert [q.text for q in found] == ["Sanders has to do the 'Carolina two-step'", "We will win the state"]
    assert [q.speaker for q in found] == ["Jaime Hollis", "Kim Lee"]


def test_an_unnamed_one_or_another_is_the_speaker_as_written_not_the_name_before():
    text = 'Maria Lee tweeted, "We will win this fight."\n\nAnother tweeted, "Clinton thinks she is above the rules."'
    assert [q.speaker for q in quotes_of(text)] == ["Maria Lee", "Another"]
    text = 'Maria Lee spoke first.\n\nOne man wrote, "She could barely bend over to place the flowers."'
    assert [q.speaker for q in quotes_of(text)] == ["One man"]


def test_tokenised_text_with_space_around_every_mark_still_pairs_them():
    text = 'Kim Lee said " we will win the state " on Monday . " It is over , " said Tom Reed .'
    found = quotes_of(text)
    assert [q.text.strip() for q in found] == ["we will win the state", "It is over"]
    assert [q.speaker for q in found] == ["Kim Lee", "Tom Reed"]


def test_a_reporting_participle_shares_the_subject_the_parse_finds():
    text = (
        "Senator Ada Brill spoke in Ohio on Monday.\n\n"
        "When Brill spoke, Governor Tom Vance fired back, saying, “She has never run a business in her life.”\n\n"
        "The Unity Party released a statement on Tuesday, saying: “Her plan is a disaster for every family.”\n\n"
        "The former secretary of state, who spoke in Ohio, blasted the plan, calling it “a gift to the banks.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Tom Vance", "Unity Party", "The former secretary of state"]


def test_a_subject_described_with_an_of_phrase_is_the_speaker_of_its_participle():
    text = (
        "Tom Vance proposed a border wall.\n\n"
        "A group of 67 artists published an open letter, calling on people to “remember the campaigns that ended badly.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["A group of 67 artists"]


def test_what_is_written_reads_its_words_right_after_the_quote():
    text = (
        "Senator Ada Brill answered on Monday.\n\n"
        '"We are ready for a long fight in every state," the statement read. "Nothing will stop us."\n\n'
        '"We stand with the workers of this town," reads a sign outside the plant.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["the statement", "the statement", "a sign outside the plant"]


def test_read_far_after_a_title_does_not_make_it_a_quote():
    text = 'After watching "We Believe: The Best Men Can Be" last week, I am attuned to the books they read.'
    assert find_quotes(text) == []


def test_a_quote_after_a_clause_with_no_reporting_verb_is_its_subjects():
    text = (
        "Tom Vance spoke about the port on Monday.\n\n"
        "When Vance hinted that the port would close, Ada Brill fired back forcefully: “If they close it, we will "
        "sue them.”\n\n"
        "In the spring after the scandal broke, Brill emphatically proclaimed at a press conference, “I did not "
        "send any secret files to anyone.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Ada Brill", "Ada Brill"]


def test_a_copula_before_a_colon_names_no_speaker_of_its_own():
    text = (
        "“Forget about the old parties,” Ada Brill said.\n\n"
        "And here was the big reveal: “My second largest investment is in the new party, and I will say so.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Ada Brill", "Ada Brill"]


def test_a_reporting_verbs_form_used_as_a_noun_names_no_speaker():
    text = (
        "Senator Ada Brill spoke in Ohio on Monday.\n\n"
        "Mayor Tom Vance did not seem impressed with Brill’s comments on Tuesday, telling reporters, “A lot of "
        "people said the senator should resign.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Tom Vance"]


def test_a_short_quote_after_a_noun_form_is_still_kept():
    text = "Ada Brill spoke on Monday.\n\nBrill later defended her comments as being “sarcastic.”"
    assert [q.text for q in find_quotes(text)] == ["sarcastic."]
