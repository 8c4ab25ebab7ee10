"""A claim written all in lower case is read with the article's capitals: its names are names,
so the tests of names and of who did what see them; a cased claim is left as it is."""

from summarizer.grounding.casing import article_spellings, with_article_capitals
from summarizer.grounding.claims import parse_claim, parse_source
from summarizer.grounding.prose import check_claim

STORY = (
    "Rovers beat Harlow Town 2-1 on Saturday. Midfielder Tom Reyes scored both goals for Rovers. "
    "The club said the NHS had treated its goalkeeper. Fans most often praise Reyes."
)


def test_the_article_spells_the_words_it_writes_only_as_names():
    spellings = article_spellings(parse_source(STORY))
    assert spellings["reyes"] == "Reyes"
    assert spellings["nhs"] == "NHS"
    assert "rovers" in spellings  # capitalised in mid-sentence ("for Rovers") and never lower case
    assert "midfielder" not in spellings  # capitalised only where it opens a sentence
    assert "fans" not in spellings


def test_a_lower_cased_claim_gets_the_article_capitals():
    text = parse_source(STORY)
    assert with_article_capitals("midfielder tom reyes scored for rovers .", text) == (
        "midfielder Tom Reyes scored for Rovers ."
    )
    assert with_article_capitals("the nhs treated reyes's goalkeeper .", text) == "the NHS treated Reyes's goalkeeper ."
    names = parse_claim(with_article_capitals("midfielder tom reyes scored both goals .", text)).names
    assert [" ".join(w.text for w in name) for name in names] == ["Tom Reyes"]


def test_a_cased_claim_is_left_as_written():
    text = parse_source(STORY)
    assert with_article_capitals("Reyes scored for rovers.", text) == "Reyes scored for rovers."
    # Opens with a capital and names no one: cased prose all the same.
    assert with_article_capitals("Fans praise the club most.", text) == "Fans praise the club most."


def test_a_lower_cased_swap_of_names_is_refused():
    assert check_claim("midfielder tom reyes scored both goals for rovers .", STORY).supported
    wrong = check_claim("midfielder tom harlow scored both goals for rovers .", STORY)
    assert not wrong.supported and "Harlow" in wrong.reason
    # Before the article's capitals were restored, no word of it was a name: nothing was refused.
    assert check_claim("Midfielder tom harlow scored both goals for rovers.", STORY).supported


def test_a_name_the_article_writes_only_with_a_possessive_keeps_the_claim_s_own_ending():
    source = parse_source(
        "The court heard that Mr Hale has Parkinson’s disease. Doctors said Parkinson’s had advanced."
    )
    assert article_spellings(source)["parkinson"] == "Parkinson"
    assert with_article_capitals("mr hale has parkinson’s disease .", source) == "Mr Hale has Parkinson’s disease ."
    assert with_article_capitals("mr hale has parkinson 's disease .", source) == "Mr Hale has Parkinson 's disease ."
