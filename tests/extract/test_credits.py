"""Credits and captions: people named only there are not people of the story."""

from __future__ import annotations

from summarizer.extract.credits import in_caption, is_credit
from summarizer.extract.entities import find_entities


def _people(text: str) -> set[str]:
    return {e.name for e in find_entities(text) if e.kind == "person"}


def test_people_named_only_in_a_caption_are_dropped():
    text = (
        "Mayor Anne Rowe said the bridge would reopen in May.\n\n"
        "Bridge worker Tom Hale, left, greets Mary Voss at the opening in 1998. ( Star file photo )\n\n"
        "Rowe said repairs cost $4 million."
    )
    people = _people(text)
    assert "Anne Rowe" in people
    assert not {"Tom Hale", "Mary Voss"} & people


def test_a_person_also_named_in_the_story_is_kept():
    text = (
        "Bridge worker Tom Hale, left, greets Mary Voss at the opening. ( Star file photo )\n\n"
        "Tom Hale said the work took two years."
    )
    assert "Tom Hale" in _people(text)


def test_wire_credit_heading_a_caption():
    text = "Rain fell all week.\n\nThe Canadian Press Kevin Doyle waves as Lena Park looks on in Halifax."
    start = text.index("Lena")
    assert in_caption(text, start)
    assert not in_caption(text, text.index("Rain"))


def test_a_name_alone_in_parentheses_after_a_sentence_is_a_credit():
    text = "She joined the program last year. ( J.P. ROWAN )\n\nThe program grew."
    start = text.index("J.P.")
    assert is_credit(text, start, start + len("J.P. ROWAN"))
    plain = "The mayor (Anne Rowe) spoke."
    assert not is_credit(plain, plain.index("Anne"), plain.index("Anne") + len("Anne Rowe"))


def test_an_ordinary_sentence_is_no_caption():
    text = "Anne Rowe, the mayor, said the bridge would reopen (in May)."
    assert not in_caption(text, 0)


def test_a_closing_biography_is_a_credit():
    story = "Cities should plant more trees, Jane Roe writes.\n\n" + "Trees cool streets and clean the air. " * 3
    text = story + "\n\nJane Roe is a lawyer specializing in urban law.\n\nRead more about:"
    start = text.rindex("Jane Roe")
    assert is_credit(text, start, start + len("Jane Roe"))
    assert "Jane Roe" not in _people(text)
    later = text + "\n\n" + "Jane Roe is a resident of the city and has planted trees for years on her own street."
    assert not is_credit(later, start, start + len("Jane Roe"))


def test_a_picture_agency_and_the_caption_words_run_into_it_are_no_entities():
    text = (
        "The Harbour City Gulls won the final on Sunday, the league said.\n\n"
        "Fans cheer in the rain at Lakeside Park Harbour City Gulls Getty Images\n\n"
        "The Harbour City Gulls had lost two finals before. Coach Dana Reyes said the team deserved it."
    )
    names = {e.name for e in find_entities(text)}
    assert "Harbour City Gulls" in names
    assert not {name for name in names if "Getty" in name}
    start = text.index("Harbour City Gulls Getty")
    assert is_credit(text, start, start + len("Harbour City Gulls"))
    assert not is_credit(text, text.index("Harbour City Gulls"), text.index("Harbour City Gulls") + 18)
