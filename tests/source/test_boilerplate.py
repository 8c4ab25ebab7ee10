from summarizer.source.article import Article
from summarizer.source.boilerplate import find_boilerplate
from tests.conftest import SEED_NORTH_KOREA, SEED_WITH_BOILERPLATE, read_seed


def _flagged(text: str) -> str:
    return "\n".join(text[s:e] for s, e in find_boilerplate(text))


def test_seed_furniture_is_flagged_and_story_is_not():
    text = read_seed(SEED_WITH_BOILERPLATE)
    flagged = _flagged(text)
    for furniture in ("See Also: Elon Musk", "Posted In:", "Join Now: Free!", "Benzinga Neuro", "Trade confidently"):
        assert furniture in flagged
    story = Article.from_text(text).story_text()
    assert "John Kirby" in story and "co-belligerent" in story
    assert "See Also" not in story and "Posted In" not in story


def test_related_sources_footer_of_the_other_seed():
    text = read_seed(SEED_NORTH_KOREA)
    assert "Related Sources" in _flagged(text)
    assert "Choe Son Hui" not in _flagged(text)


def test_story_sentences_that_merely_start_with_a_keyword_are_kept():
    text = (
        "Related talks in Geneva collapsed on Monday after the two delegations failed to agree on a ceasefire.\n\n"
        "Topics discussed included prisoner exchanges, grain exports and the safety of the nuclear plant.\n\n"
        "Subscribe to our newsletter\n"
    )
    flagged = _flagged(text)
    assert flagged == "Subscribe to our newsletter"


def test_a_footer_marker_early_in_a_long_story_does_not_swallow_it():
    body = "The council met again today and discussed the budget at length. " * 40
    text = "Comments\n\n" + body
    assert find_boilerplate(text) == [(0, len("Comments"))]
