"""Unit tests for summarizer.quotes on small hand-written texts."""

from __future__ import annotations

from summarizer.quotes import QuoteCandidate, find_quotes


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
    text = (
        "Health Minister Irene Vasquez toured the clinic.\n\n"
        '"The wait lists are far too long," Vasquez said.'
    )
    [quote] = quotes_of(text)
    assert quote.speaker == "Irene Vasquez"
    assert quote.speaker_role == "Health Minister"


def test_pronoun_resolves_to_previous_sentence_subject():
    text = (
        "Coach Tom Riley praised his goalkeeper after the match against Hugo Lind's team.\n\n"
        '"He kept us in the game all night," he said.'
    )
    [quote] = quotes_of(text)
    assert quote.speaker == "Tom Riley"


def test_pronoun_skips_people_of_the_other_gender():
    text = (
        "Nora Blake said her brother Sam Blake had been missing for a week. "
        "Sam Blake was found on Sunday in his car.\n\n"
        '"We never stopped looking for him," she said.'
    )
    [quote] = quotes_of(text)
    assert quote.speaker == "Nora Blake"


def test_speaker_before_quote_with_colon_and_comma():
    text = 'Asked about the budget, Mayor Lin Chow said: "There is no money left." Later Chow added, "We will cut costs."'
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
        '"The mine will reopen in March," said manager Pete Olsen.\n\n'
        '"About two hundred jobs will come back with it."'
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
    text = (
        'The report calls it a "very" serious issue. '
        'Judge Alma Ruiz called the defence "absurd" in her ruling.'
    )
    found = quotes_of(text)
    assert [q.text for q in found] == ["absurd"]
    assert found[0].speaker == "Alma Ruiz"


def test_fragment_inside_paraphrase_is_dropped():
    text = 'Dale Hunt said the crews were "doing their best" under the circumstances.'
    assert quotes_of(text) == []


def test_organization_speaker_and_it_pronoun():
    text = (
        "The Coastal Ferry Corporation cancelled all sailings.\n\n"
        '"Passenger safety comes first in every decision we make," it said in a statement.'
    )
    [quote] = quotes_of(text)
    assert quote.speaker == "Coastal Ferry Corporation"


def test_skip_ranges_are_never_returned():
    promo = 'Read More: "This Is The Best Phone Ever," Says Reviewer Max Power'
    text = f'Officials met on Friday.\n{promo}\n"We reached a deal on every point," said Nina Korr.'
    start = text.index(promo)
    found = quotes_of(text, skip=[(start, start + len(promo))])
    assert [q.speaker for q in found] == ["Nina Korr"]
    assert all(q.end <= start or q.start >= start + len(promo) for q in found)


def test_entities_argument_is_used():
    text = '"Prices will fall next year," Ortiz said.'
    from summarizer.names import Entity, Mention

    ortiz = Entity("Camila Ortiz", "person", "chief economist", [Mention("Ortiz", 31, 36)])
    [quote] = quotes_of(text, entities=[ortiz])
    assert (quote.speaker, quote.speaker_role) == ("Camila Ortiz", "chief economist")
