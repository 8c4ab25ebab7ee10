"""Speaker resolution (summarizer.extract.speakers) through find_quotes, on small hand-written texts."""

from __future__ import annotations

import pytest

from summarizer.extract.quotes import QuoteCandidate, find_quotes


def speakers_of(text: str) -> list[str | None]:
    found: list[QuoteCandidate] = find_quotes(text)
    for quote in found:
        assert text[quote.start : quote.end] == quote.text
    return [q.speaker for q in found]


def test_it_said_reaches_an_untyped_name():
    from summarizer.extract.entities import Entity, Mention

    text = 'Storms cut power to many homes, Volt Grid said on Sunday.\n\n"Crews are working around the clock," it said.'
    start = text.index("Volt Grid")
    entity = Entity("Volt Grid", "other", None, [Mention("Volt Grid", start, start + len("Volt Grid"))])
    assert [q.speaker for q in find_quotes(text, entities=[entity])] == ["Volt Grid"]


def test_it_was_does_not_reach_an_untyped_name():
    from summarizer.extract.entities import Entity, Mention

    text = 'Volt Grid lost two towers.\n\nIt was a hard week. "Crews are working around the clock."'
    start = text.index("Volt Grid")
    entity = Entity("Volt Grid", "other", None, [Mention("Volt Grid", start, start + len("Volt Grid"))])
    assert [q.speaker for q in find_quotes(text, entities=[entity])] == [None]


# Texts and the speakers of their quotes, in order; the id says what each case is about.
SPEAKER_CASES = [
    pytest.param(
        "Mayor Rosa Pinter opened the new bridge on Friday. Traffic engineer Tom Hale was there too.\n\n"
        '"This bridge will carry ten thousand cars a day," the mayor said.',
        ["Rosa Pinter"],
        id="description_links_to_the_person_with_that_role",
    ),
    pytest.param(
        "Late in the third period, Owen Maki scored his first goal of the season.\n\n"
        '"I will remember that one for a long time," said the rookie winger.',
        ["Owen Maki"],
        id="modified_description_links_to_the_person_in_focus",
    ),
    pytest.param(
        "Lena Ortiz was sentenced to four years on Monday.\n\n\"This was a cruel and careful fraud,\" the judge said.",
        ["the judge"],
        id="bare_description_without_a_matching_role_stays_as_written",
    ),
    pytest.param(
        "The Ministry of Transport closed the highway overnight.\n\n"
        '"Crews will work until the road is safe again," the ministry said.',
        ["Ministry of Transport"],
        id="description_of_an_organization_needs_its_head_noun_in_the_name",
    ),
    pytest.param(
        "Tariq Osei has slept in shelters for three winters.\n\n"
        "A shelter bed in the east end. (Maria Lund/Daily Courier)\n\n"
        '"Nobody should sleep outside in January," he said.',
        ["Tariq Osei"],
        id="names_in_photo_credits_are_not_speakers",
    ),
    pytest.param(
        "Peter Vance ran the bakery for twenty years. "
        "Asked what he would tell Governor Ian Brock, he paused.\n\n"
        '"Come and see how we work," he said.',
        ["Peter Vance"],
        id="pronoun_passes_over_sentences_led_by_the_same_pronoun",
    ),
    pytest.param(
        "Each charge against Dale Morrow carries a long sentence, prosecutor Ann Kiley said on Monday.\n\n"
        '"It is too early to talk about penalties," she said.',
        ["Ann Kiley"],
        id="pronoun_prefers_the_person_reporting_in_the_sentence",
    ),
    pytest.param(
        "Rana Haddad lost her son Omar Haddad in 2016. She keeps a photo of him by the door.\n\n"
        "Omar Haddad was 22.\n\n"
        '"Never share your pills with anyone," she said.',
        ["Rana Haddad"],
        id="kinship_noun_gives_gender_over_a_nearby_pronoun",
    ),
    pytest.param(
        "Doris Kemp won the election in October.\n\n"
        "Mayor Kemp later spoke to reporters.\n\n"
        '"We will build the arena," the mayor said.',
        ["Doris Kemp"],
        id="surname_with_its_own_title_joins_the_full_name",
    ),
    pytest.param(
        "After she resigned, Nadia Perez posted a statement online.\n\n"
        '"I acted in good faith at every step," her statement said.',
        ["Nadia Perez"],
        id="her_statement_speaks_for_her",
    ),
    pytest.param(
        "Cole Baptiste wrote about the night porters of the old line. "
        "His book, Night Line Porters, came out in May. "
        "The night porters worked long shifts on that line.\n\n"
        '"They kept the trains running," he said.',
        ["Cole Baptiste"],
        id="title_case_phrase_spelled_in_lower_case_elsewhere_is_no_speaker",
    ),
    pytest.param(
        "Trade Minister Jim Corr oversees the agency.\n\n"
        'In a statement, his office said: "The minister will not be commenting today."',
        ["his office"],
        id="his_office_speaks_for_itself_not_for_him",
    ),
    pytest.param(
        'Dan Orlov left the stage early.\n\n"He was exhausted after the trip," his wife said.',
        ["his wife"],
        id="his_wife_is_not_him",
    ),
    pytest.param(
        'Mayor Ruth Alder was not at the meeting.\n\n"We will rebuild the library," her statement said.',
        ["Ruth Alder"],
        id="her_statement_still_speaks_for_her",
    ),
    pytest.param(
        'Ann Brody skipped the summit. Her senior adviser, Tom Reyes, said: "We are ready to talk."',
        ["Tom Reyes"],
        id="a_name_in_an_appositive_names_the_description_before_it",
    ),
    pytest.param(
        "Omar Haddad came to Halifax in 2016. He lives near his cousin, Sami Nour, who runs a bakery.\n\n"
        "Unlike Nour, he has not found work yet.\n\n"
        '"It is hard when you have children to feed," he said.',
        ["Omar Haddad"],
        id="pronoun_subject_after_an_opening_phrase_passes_over_the_names_in_it",
    ),
    pytest.param(
        "Governor Ed Pratt spoke first, and Senator Lou Banks followed him.\n\n"
        'As for Banks, he said he is not worried. "I will have the votes," he said.',
        ["Lou Banks"],
        id="as_for_names_the_topic_as_the_referent",
    ),
    pytest.param(
        "Navin Bala, Minister of Industry, Science and Trade, said the policy was broad.\n\n"
        '"We talk to companies of every size," he said.',
        ["Navin Bala"],
        id="an_office_set_after_a_name_is_not_a_speaker",
    ),
    pytest.param(
        'Park Minjae toured the port on Monday.\n\n"We will build more ships," Chairman Park said.',
        ["Park Minjae"],
        id="a_titled_family_name_that_comes_first_is_the_full_name",
    ),
    pytest.param(
        'Zhang Wei toured the port on Monday.\n\n"We will build more ships," President Zhang said.',
        ["Zhang Wei"],
        id="a_chinese_family_name_with_a_title_is_the_full_name",
    ),
    pytest.param(
        'Minister Choi Minjae met Choi Soyeon on Monday.\n\n"We agreed on the plan," Chairman Choi said.',
        ["Choi"],
        id="a_family_name_two_people_share_is_left_as_written",
    ),
    pytest.param(
        'The storm hit the coast on Monday.\n\nReporter Dana Wells says:\n\n'
        '"Well, the roads are closed and the power is out across the town."',
        ["Dana Wells"],
        id="a_title_before_an_unlisted_colon_speaker_is_split_off_as_everywhere_else",
    ),
    pytest.param(
        "Marta Lindqvist runs the shop with Oskar Brandt.\n\n"
        '"We print as few as ten copies," says Lindqvist\u2019s partner, Oskar Brandt.',
        ["Oskar Brandt"],
        id="the_person_after_a_possessive_role_speaks_not_the_possessor",
    ),
    pytest.param(
        "Nadia Osei won the prize on Friday.\n\n"
        '"She worked every night for a year," said Osei\u2019s brother, Kwame.',
        ["Kwame"],
        id="a_name_after_a_possessive_kinship_noun_is_the_speaker_even_unlisted",
    ),
    pytest.param(
        "Senator Ruth Amadi met voters in Dayton.\n\n"
        '"The turnout was huge," said Amadi campaign manager Peter Vance.',
        ["Peter Vance"],
        id="a_name_used_as_a_modifier_before_a_role_and_a_name_is_not_the_speaker",
    ),
    pytest.param(
        "The museum opened on Monday.\n\n"
        'Another visitor, who gave no name, wrote: "The rooms are far too dark for the paintings."',
        ["Another visitor"],
        id="another_opens_a_description_speaker",
    ),
    pytest.param(
        'I read her a book about farm animals.\n\n"No, that\u2019s the mom," says my two-year-old.',
        ["my two-year-old"],
        id="a_possessive_my_description_is_kept_as_written",
    ),
    pytest.param(
        "Lena Moss wrote the book. She studied the railway for years.\n\nBenjamin Alves, a retired porter, looks "
        "at a display of photos in 1999 in Montreal. ( THE DAILY PRESS FILE PHOTO )\n\n"
        'The trip changed the law. "Those workers changed the country," she says.',
        ["Lena Moss"],
        id="a_person_named_in_a_caption_ending_in_photo_is_not_a_referent",
    ),
    pytest.param(
        "Tomas Reyes opened his shop in 2004.\n\n"
        '"You are talking about one genre only," points out the laid-back Toronto resident, who is 52.',
        ["Tomas Reyes"],
        id="the_particle_of_a_phrasal_reporting_verb_is_not_part_of_the_speaker",
    ),
    pytest.param(
        'The police released him. But as prosecutor Marc Duval put it, "there was not much to complain about."',
        ["Marc Duval"],
        id="as_someone_put_it_names_the_speaker",
    ),
    pytest.param(
        "Senator Ada Brill won the caucus on Monday.\n\n"
        '"We are ready for the next state," a senior Brill adviser said.\n\n'
        '"Nobody expected this," said Brill ally Tom Vance.\n\n'
        'Tom Vance, a Brill supporter, said: "She earned it."',
        ["a senior Brill adviser", "Tom Vance", "Tom Vance"],
        id="a_name_that_modifies_an_adviser_or_ally_is_not_the_speaker",
    ),
    pytest.param(
        'The committee met on Monday.\n\n"They are wasting money," said ranking Democrat Maria Ostrow.',
        ["Maria Ostrow"],
        id="a_party_members_noun_before_a_name_describes_the_person",
    ),
    pytest.param(
        "Lena Ortiz left the firm in May.\n\n"
        '"Nobody there liked her," this source told the Herald.\n\n'
        'Mara Quint asked about the vote. "Is it fair?" Tom Reyes went on.\n\n'
        '"They will pay for this," Ada Brill shot back.',
        ["this source", "Tom Reyes", "Ada Brill"],
        id="this_source_speaks_and_phrasal_verbs_report",
    ),
    pytest.param(
        "After the arrest of Tom Reyes in May, Dan Ruiz visited the old mill.\n\n"
        '"We will rebuild it together," he said.',
        ["Dan Ruiz"],
        id="the_main_clause_subject_not_a_name_in_an_opening_phrase",
    ),
    pytest.param(
        "With Tom Reyes gone, Dan Ruiz took over the mill.\n\n\"We will rebuild it together,\" he said.",
        ["Dan Ruiz"],
        id="the_main_clause_subject_not_a_name_in_an_absolute_phrase",
    ),
    pytest.param(
        "Dan Ruiz met Tom Reyes at the town hall on Monday.\n\n\"We will rebuild it together,\" he said.",
        ["Dan Ruiz"],
        id="the_subject_not_the_object",
    ),
    pytest.param(
        "Soon after the funeral of Father Tom Reyes, Dan Ruiz asserted that the town was lost: "
        '"It is over for this town," he claimed.',
        ["Dan Ruiz"],
        id="the_main_clause_subject_of_the_words_before_the_quote_in_the_same_sentence",
    ),
]


def test_a_company_description_and_a_later_it_reach_the_body_quoted_before():
    from summarizer.extract.entities import Entity, Mention

    text = (
        "Volt Grid said 9,000 homes lost power.\n\n"
        '"Crews cannot reach some of the worst-hit roads until Volt Grid clears them," it said.\n\n'
        '"Some areas will wait for days."\n\n'
        "More crews will arrive on Monday, the utility said.\n\n"
        '"Every pole takes hours to replace," it said.'
    )
    mentions = [Mention("Volt Grid", i, i + 9) for i in (0, text.index("Volt Grid clears"))]
    entity = Entity("Volt Grid", "other", None, mentions)
    assert [q.speaker for q in find_quotes(text, entities=[entity])] == ["Volt Grid"] * 3


@pytest.mark.parametrize("text, speakers", SPEAKER_CASES)
def test_speakers(text, speakers):
    assert speakers_of(text) == speakers


@pytest.mark.parametrize(
    "phrase, description",
    [
        ("the two-term president will", "the two-term president"),
        ("a spokesperson for his campaign", "a spokesperson for his campaign"),
        ("a visitor from Hanover going by", "a visitor from Hanover"),
        ("another member of the public", "another member of the public"),
    ],
)
def test_a_description_ends_where_a_clause_goes_on(phrase, description):
    from summarizer.extract.speakers import nominal_phrase

    assert nominal_phrase(phrase) == description


def test_a_reported_clause_after_the_verb_is_no_speaker():
    text = '"We will open on Monday," says the program changed her life.'
    assert speakers_of(text) == [None]


def test_a_body_in_the_speakers_title_is_not_the_speaker():
    text = 'The survey closed on Friday.\n\n"Nobody asked us," said Navy Lt. Cara Voss, who voted early.'
    assert speakers_of(text) == ["Cara Voss"]


def test_a_bare_clause_after_a_quotes_full_stop_names_its_speaker():
    text = (
        "Mara Quint spoke first.\n\n"
        '"Russia, if you are listening, I hope you find the files." Tom Reyes said.\n\n'
        "Quint said the files were personal."
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_an_office_or_campaign_of_someone_speaks_for_them_but_is_not_them():
    text = (
        "Senator Ada Brill wrote a memo.\n\n"
        '"She did write the memo," Brill\'s office said in a statement.\n\n'
        '"We raised more than expected," said Tom Vance, Brill\'s campaign manager.'
    )
    assert speakers_of(text) == ["Brill's office", "Tom Vance"]


def test_any_past_verb_after_a_question_reports_it_but_not_across_a_paragraph():
    text = (
        "Ada Brill spoke at length.\n\n"
        '"What made him change so fundamentally?" Tom Vance questioned. "Nobody knows."\n\n'
        'Brill posted a reply. "Not much power or insight!"\n\n'
        "Vance retweeted the message."
    )
    assert speakers_of(text)[:1] == ["Tom Vance"]
    assert speakers_of(text)[-1] != "Tom Vance"


def test_description_tied_to_a_named_person_is_someone_new():
    text = (
        "Governor Chris Christie spoke to Hillary Clinton in Hudson on Monday.\n\n"
        "At the town hall meeting, the Christie supporter retorted: “There is a special place for people like that.”"
    )
    [quote] = find_quotes(text)
    assert quote.speaker == "the Christie supporter"


def test_tied_description_still_finds_the_one_who_holds_that_role():
    text = "Clinton aide Huma Abedin spoke on Monday.\n\n“We have to be ready,” the Clinton aide said."
    [quote] = find_quotes(text)
    assert quote.speaker == "Huma Abedin"


def test_a_clause_after_a_name_is_no_title_of_the_next_name():
    text = (
        "Candidate Donald Trump argued that fellow candidate Senator Ted Cruz has “got to come a long way” "
        "on ethanol, “because he is right now for the oil” during a speech in Iowa on Friday."
    )
    assert speakers_of(text) == ["Donald Trump"]


def test_the_named_persons_adviser_is_not_that_person():
    assert speakers_of("Senator Ted Cruz spoke in Iowa.\n\n“He will win,” the senior Cruz adviser said.") == [
        "the senior Cruz adviser"
    ]
    assert speakers_of("Senator Ted Cruz spoke in Iowa.\n\n“He will win,” said Cruz campaign manager Jeff Roe.") == [
        "Jeff Roe"
    ]


def test_a_tie_noun_after_other_words_still_makes_the_name_a_modifier():
    text = 'Senator Ada Brill won the vote in Ohio.\n\n"It was a great night for us," one Brill campaign source said.'
    assert speakers_of(text) == ["one Brill campaign source"]


def test_a_name_modifying_the_subjects_noun_is_not_the_speaker():
    text = (
        "Senator Ada Brill won the vote in Ohio, and the Unity Party gained two seats.\n\n"
        '"We knew the farm towns would vote for her," said one district Unity Party leader.\n\n'
        'Ada Brill’s campaign manager says he is "gratified by the result in the farm towns."\n\n'
        'According to the Brill campaign, "The speech will be given at noon in the town hall."'
    )
    assert speakers_of(text) == [
        "one district Unity Party leader",
        "Ada Brill’s campaign manager",
        "the Brill campaign",
    ]


def test_a_name_that_is_the_subject_after_a_description_is_the_speaker():
    text = (
        "Senator Ada Brill met her party on Monday.\n\n"
        'The aide who relayed the exchange said Brill calmed the room, telling them, "We have to treat him fairly."\n\n'
        'Brill’s statement said: "We will keep every promise we made to the voters."'
    )
    assert speakers_of(text) == ["Ada Brill", "Ada Brill"]


def test_a_title_quoted_mid_sentence_does_not_cut_the_main_clause_short():
    text = (
        'After a host was fired over remarks that compared Ana Ruiz to the cast of "Planet of the Apes," '
        "the anchor Lena Ortiz answered with a letter to her daughter.\n\n"
        '"As part of a minority within a minority, I am worried," she wrote.'
    )
    assert speakers_of(text)[-1] == "Lena Ortiz"


def _typed(text: str, *names: tuple[str, str]) -> list:
    """Entities of the given kinds at every place their names occur: the tests below are about
    speaker choice, whatever the entity spotter would type the names as."""
    from summarizer.extract.entities import Entity, Mention

    entities = []
    for name, kind in names:
        starts = [i for i in range(len(text)) if text.startswith(name, i)]
        entities.append(Entity(name, kind, None, [Mention(name, s, s + len(name)) for s in starts]))
    return entities


def _speakers_with(text: str, *names: tuple[str, str]) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, entities=_typed(text, *names))]


def test_an_untyped_personal_name_heading_the_subject_speaks_not_the_body_after_of():
    text = '"The roads are closed," said Ravindra Okonkwo of Harbour Relief, who drove there.'
    names = (("Ravindra Okonkwo", "other"), ("Harbour Relief", "organization"))
    assert _speakers_with(text, *names) == ["Ravindra Okonkwo"]


def test_an_untyped_name_heading_an_appositive_about_a_body_speaks():
    text = '"We saw it coming," Ravindra Okonkwo, founder of Harbour Relief, told reporters.'
    names = (("Ravindra Okonkwo", "other"), ("Harbour Relief", "organization"))
    assert _speakers_with(text, *names) == ["Ravindra Okonkwo"]


def test_an_untyped_name_of_english_words_is_no_person_heading_the_subject():
    text = '"Water is rising," said River Watch of Lakeside Council.'
    names = (("River Watch", "other"), ("Lakeside Council", "organization"))
    assert _speakers_with(text, *names) == ["Lakeside Council"]


def test_a_title_run_into_an_untyped_name_leaves_the_personal_name():
    text = '"We counted every ballot," Lakeside County Clerk Maria Lopez said on Monday.'
    assert _speakers_with(text, ("Lakeside County Clerk Maria Lopez", "other")) == ["Maria Lopez"]


def test_a_subject_that_is_only_an_untyped_name_speaks_as_written():
    text = 'Editors were worried. "Owners should keep their boats ashore," opined Lakeside\'s Morning Ledger.'
    names = (("Lakeside", "place"), ("Morning Ledger", "other"))
    assert _speakers_with(text, *names) == ["Morning Ledger"]


def test_a_description_of_an_untyped_demonym_stays_a_description():
    text = 'The race was close. "We will win this," said the Texan.'
    assert _speakers_with(text, ("Texan", "other")) == ["the Texan"]


def test_an_as_clause_with_a_reporting_verb_names_the_source_of_the_quote():
    text = 'But as The Ledger pointed out, "The council has not voted on the plan in two years."'
    assert _speakers_with(text, ("The Ledger", "other")) == ["The Ledger"]


def test_a_person_after_a_possessive_heads_a_phrase_opened_by_the():
    text = (
        'Ann Lee said the vote was close. "It was a long night," she said.\n\n'
        'As the Morning Ledger\'s Tom Reyes wrote, "the council has not voted on the plan."'
    )
    names = (("Ann Lee", "person"), ("Morning Ledger", "organization"), ("Tom Reyes", "person"))
    assert _speakers_with(text, *names) == ["Ann Lee", "Tom Reyes"]


def test_a_colon_after_a_thing_subject_gives_the_quote_to_the_person_ending_the_clause():
    text = (
        "Polls show Ann Lee gaining among young voters.\n\n"
        "The timing of Lee's surge does not surprise pollster Tom Reyes: "
        '"Lesser-known candidates have seen the biggest boost after early wins."'
    )
    names = (("Ann Lee", "person"), ("Lee", "person"), ("Tom Reyes", "person"))
    assert _speakers_with(text, *names) == ["Tom Reyes"]


def test_a_colon_after_a_speaking_subject_keeps_the_subjects_owner():
    text = (
        "Polls show Ann Lee gaining among young voters.\n\n"
        "Lee's answer to pollster Tom Reyes was short: "
        '"Lesser-known candidates have seen the biggest boost after early wins."'
    )
    names = (("Ann Lee", "person"), ("Lee", "person"), ("Tom Reyes", "person"))
    assert _speakers_with(text, *names) == ["Ann Lee"]


def test_a_listed_verb_after_a_question_attributes_however_long_its_clause():
    text = (
        "Mayor Ann Lee said the bridge would reopen. "
        '"Who knows how long it will take?" Tom Reyes told the county radio station in an interview aired on Monday.'
    )
    names = (("Ann Lee", "person"), ("Tom Reyes", "person"))
    assert _speakers_with(text, *names) == ["Tom Reyes"]


def test_the_clause_subject_not_the_possessor_of_a_listed_form_used_as_a_noun():
    text = (
        "Mayor Ann Lee met Governor Tom Reyes on Monday.\n\n"
        'Lee denounced Reyes\'s remarks as "hurtful and humiliating" and left the meeting.'
    )
    names = (("Ann Lee", "person"), ("Tom Reyes", "person"), ("Lee", "person"), ("Reyes", "person"))
    assert _speakers_with(text, *names) == ["Ann Lee"]


def test_the_possessor_of_a_listed_noun_still_speaks_when_they_are_the_subject():
    text = 'Governor Tom Reyes spoke in Ohio. Reyes defended his comments as "totally appropriate" on Monday.'
    names = (("Tom Reyes", "person"), ("Reyes", "person"))
    assert _speakers_with(text, *names) == ["Tom Reyes"]


def test_the_name_opening_a_clause_speaks_across_an_appositive_with_a_comma_inside():
    text = (
        "Supporters were hopeful on Saturday.\n\n"
        'Dan Ortiz, a 55-year-old salesman from Sumter, South Carolina, says, "We will leave here with momentum."'
    )
    names = (("Dan Ortiz", "person"), ("Sumter", "place"), ("South Carolina", "place"))
    assert _speakers_with(text, *names) == ["Dan Ortiz"]


def test_the_name_opening_a_clause_speaks_across_an_appositive_left_open():
    text = (
        "Tips were falling.\n\n"
        'Anthony Marlo, president and CEO of the Harbour Diners Association stated, "It is not a political problem."'
    )
    names = (("Anthony Marlo", "person"), ("Harbour Diners Association", "organization"))
    assert _speakers_with(text, *names) == ["Anthony Marlo"]


def test_an_untyped_name_with_a_title_maps_to_the_one_person_of_its_surname():
    text = (
        "Ben Zobrist hit the winning run. "
        'MVP Zobrist, who helped another club to the title last year, said: "It is unbelievable, I cannot put it into words."'
    )
    names = (("Ben Zobrist", "person"), ("MVP Zobrist", "other"))
    assert _speakers_with(text, *names) == ["Ben Zobrist"]


def test_a_listed_verb_in_an_opening_subordinate_clause_leaves_the_quote_to_the_main_clause():
    text = (
        "Ann Lee and Tom Reyes met in the second debate.\n\n"
        "When Reyes suggested that the city would sue the state over the deal, Lee fired back forcefully: "
        '"If they sue us in a court here, they are going to lose."'
    )
    names = (("Ann Lee", "person"), ("Tom Reyes", "person"), ("Lee", "person"), ("Reyes", "person"))
    assert _speakers_with(text, *names) == ["Ann Lee"]


def test_an_as_clause_with_a_listed_verb_still_names_the_source():
    text = (
        "The paper kept at it.\n\n"
        "As Harbour News reported, even on Friday the council was refusing to call it an attack: "
        '"The council is still reluctant to call the attack an act of terrorism."'
    )
    names = (("Harbour News", "organization"),)
    assert _speakers_with(text, *names) == ["Harbour News"]
