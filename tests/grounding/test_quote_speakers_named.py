"""A quote the article gives to "a statement" or "officials" keeps that speaker unless a model
names whose it was and the article names them right there; otherwise the model's speaker is
dropped with its reason."""

from __future__ import annotations

from summarizer.evaluation.replay import replay_answer

ARTICLE = (
    "Cargo Ship Lost\n\n"
    "Roscosmos launched the Progress craft on Tuesday from Kazakhstan. "
    "Controllers lost contact with it an hour later. "
    "The hitch will not put the crew at risk, NASA said. "
    '"The spacecraft was not carrying any supplies critical for the station," a statement said. '
    "The craft is expected to fall back to Earth next week.\n"
)
QUOTE = "The spacecraft was not carrying any supplies critical for the station"


def _brief(speaker: str):
    answer = {
        "headline": "",
        "summary": "",
        "what": [],
        "who": [],
        "numbers": [],
        "quotes": [{"text": QUOTE, "speaker": speaker}],
    }
    return replay_answer(ARTICLE, "ship", answer)


def _speaker(brief) -> str | None:
    return next(quote.speaker for quote in brief.quotes if quote.text.startswith("The spacecraft"))


def test_the_body_named_beside_an_unnamed_statement_is_its_speaker() -> None:
    brief = _brief("NASA")
    assert _speaker(brief) == "NASA"
    assert not [entry for entry in brief.dropped if entry.section == "quotes"]


def test_a_name_the_article_gives_elsewhere_does_not_take_the_quote() -> None:
    brief = _brief("Roscosmos")
    assert _speaker(brief) == "a statement"
    entries = [entry for entry in brief.dropped if entry.section == "quotes"]
    assert [entry.reason for entry in entries] == ["the speaker found in the article is kept: 'a statement'"]
