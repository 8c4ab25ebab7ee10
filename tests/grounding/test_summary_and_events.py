"""The summary a reader gets: the model's checked sentences completed to the lead's length by the
story's own opening sentences (each marked by who wrote it), never someone's quoted words, a
caption or a sentence twice; and fallback events that say what happened even when a page was
flattened to one block of text (no paragraphs), without captions, pull quotes or pieces of quotes."""

from __future__ import annotations

from summarizer.extract.credits import is_caption_sentence
from summarizer.extract.evidence import gather_evidence
from summarizer.grounding.assemble import build_brief
from summarizer.schemas import ProseDraft, Usage
from summarizer.source.article import Article

# One block, as a flattened web page gives it: a caption run into the text, a quote, a pull quote.
STORY = (
    "A storm closed the coastal road at Port Ellery on Sunday after waves washed away a section of the "
    "sea wall. Council engineers inspected the damage on Monday and said repairs would take three weeks. "
    "Buses will run on the inland route until the road reopens. "
    "Scroll down for video Battered: Waves break over the sea wall at Port Ellery on Sunday. "
    "Harbour master Ruth Callow said the waves were the highest she had seen in ten years. "
    "Closed: The coastal road will stay shut for three weeks while the wall is rebuilt. "
    "The council has set aside 2 million pounds for the work. "
    "Residents were told to keep away from the promenade. "
    "She added: 'We were lucky nobody was walking there. "
    "It could have been much worse.' "
    "The wall was last rebuilt in 1998 after a similar storm. "
    "\"The sea wall did its job for twenty years,\" Callow said."
)


def brief_of(summary: str = "", text: str = STORY):
    article = Article.from_text(text, "storm.txt")
    draft = ProseDraft(headline="", summary=summary) if summary else None
    return build_brief(article, gather_evidence(article), draft, Usage())


def summary_pieces(brief) -> list[tuple[str, str]]:
    return [(item.text, item.origin) for item in brief.prose if item.section == "summary"]


def test_without_a_model_summary_the_lead_stands_in_marked_as_the_articles():
    brief = brief_of()
    pieces = summary_pieces(brief)
    # the lead's three sentences are short (45 words): a fourth brings the summary to about 70,
    # passing over the caption between them
    assert [origin for _, origin in pieces] == ["article"] * 4
    assert pieces[0][0].startswith("A storm closed the coastal road") and pieces[2][0].startswith("Buses will run")
    assert pieces[3][0].startswith("Harbour master Ruth Callow said")
    assert all(STORY[s:e] == item.text for item in brief.prose if item.section == "summary" for s, e in item.spans)


def test_a_model_sentence_is_completed_by_the_lead_sentences_it_does_not_rest_on():
    brief = brief_of("Council engineers inspected the damage on Monday.")
    pieces = summary_pieces(brief)
    # in the story's order: the first lead sentence, the model's (resting on the second), the third
    assert [origin for _, origin in pieces] == ["article", "model", "article", "article"]
    assert pieces[1][0] == "Council engineers inspected the damage on Monday."
    assert "repairs would take three weeks" not in brief.summary  # the sentence the model's rests on


def test_a_model_sentence_resting_on_two_lead_sentences_passes_over_both():
    brief = brief_of("Council engineers said repairs to the coastal road would take three weeks.")
    pieces = summary_pieces(brief)
    assert [origin for _, origin in pieces] == ["model", "article", "article", "article"]
    assert pieces[1][0].startswith("Buses will run") and pieces[2][0].startswith("Harbour master")
    assert pieces[3][0].startswith("The council has set aside")  # the captions passed over


def test_a_sentence_the_model_repeats_is_shown_once_and_the_repeat_is_listed():
    sentence = "Buses will run on the inland route until the road reopens."
    brief = brief_of(f"{sentence} {sentence} {sentence}")
    assert brief.summary.count(sentence) == 1
    assert [d.reason for d in brief.dropped if d.section == "summary"] == ["the same sentence again"] * 2


def test_someones_quoted_words_are_no_summary_sentence():
    brief = brief_of("The sea wall did its job for twenty years.")
    assert "did its job" not in brief.summary
    [dropped] = [d for d in brief.dropped if d.section == "summary"]
    assert "quoted words" in dropped.reason
    assert [origin for _, origin in summary_pieces(brief)] == ["article"] * 4


def test_events_of_a_story_in_one_block_say_what_happened():
    brief = brief_of()
    assert brief.what, "a story without paragraph breaks still has events"
    assert "Residents were told to keep away from the promenade." in brief.what
    for event in brief.what:
        assert not event.startswith(("Scroll down", "Battered:", "Closed:")), event  # captions
        assert "'" not in event[-2:] and ": '" not in event, event  # pieces of a quotation
        assert event not in brief.summary  # the lead is the summary's, not an event


def test_a_pull_quote_is_no_event():
    text = (
        "Port Ellery Council Approves Sea Wall Plan\n\n"
        "The council approved a plan to rebuild the sea wall at Port Ellery on Tuesday after a long debate.\n\n"
        "Councillors voted nine to two for the plan, which will cost 2 million pounds over three years.\n\n"
        "The sea wall has protected this town for a century and must do so again.\n\n"
        "Work will begin in April and the promenade will close while crews are on site.\n\n"
        '"The sea wall has protected this town for a century and must do so again," said Mayor Ruth Callow '
        "at the meeting.\n"
    )
    brief = brief_of(text=text)
    assert "Work will begin in April and the promenade will close while crews are on site." in brief.what
    assert not any(event.startswith("The sea wall has protected") for event in brief.what)


def test_captions_run_into_a_page_are_told_from_prose():
    assert is_caption_sentence("Scroll down for video Battered: Waves break over the wall on Sunday.")
    assert is_caption_sentence("Closed: The coastal road will stay shut for three weeks.")
    assert is_caption_sentence("Ruth Callow, left, and her deputy inspect the wall.")
    assert not is_caption_sentence("Closed: The coastal road will stay shut.", labelled=False)
    assert not is_caption_sentence("The council said: repairs will take three weeks.")
    assert not is_caption_sentence("Update: the road reopened on Friday.")
    assert not is_caption_sentence("Harbour master Ruth Callow said the waves were the highest in ten years.")
