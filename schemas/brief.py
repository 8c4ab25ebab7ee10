"""The briefing note users get back. Field names are a public contract: renderers, JSON output
and downstream tools rely on them. Every item that claims something is in the article carries
`spans`, character offsets into the input text (Python str indices), so anyone can check it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from summarizer.text.spans import Span

if TYPE_CHECKING:
    from summarizer.pricing import PriceTable

SCHEMA_VERSION = "1"

SPANS_DESCRIPTION = "[start, end] character offsets into the input text where this occurs: text[start:end]"


class Grounded(BaseModel):
    spans: list[Span] = Field(default_factory=list, description=SPANS_DESCRIPTION)


class WhoItem(Grounded):
    name: str = Field(description="Full name as the article gives it")
    kind: Literal["person", "organization", "other"] = "person"
    role: str | None = Field(None, description="Role or title as the article states it")
    aliases: list[str] = Field(
        default_factory=list,
        description="Other ways the article writes this name (a surname, initials); spans cover all",
    )


class Place(Grounded):
    name: str


class WhenItem(Grounded):
    """A date or time the article gives for its events, as written, with what it dates."""

    text: str = Field(description="The date or time exactly as written, e.g. 'Oct. 30', 'last year', 'on Tuesday'")
    date: str | None = Field(
        None,
        description="ISO 8601 (2024-10-30, 2024-10 or 2024) where the article makes it certain; relative dates "
        "are counted from the publication date the article states, else None",
    )
    context: str | None = Field(None, description="The words of its sentence around its first mention: what it dates")


class NumberItem(Grounded):
    value: str = Field(description="The figure exactly as written in the article, e.g. '10,000' or '$1.2 billion'")
    measures: str | None = Field(None, description="What the figure counts or measures")
    unit: str | None = Field(None, description="Unit or currency, e.g. 'percent', 'USD', 'km'")


class Quote(Grounded):
    text: str = Field(description="The quoted words, verbatim from the article, without quotation marks")
    speaker: str | None = Field(None, description="Who said it, by full name")
    speaker_role: str | None = None


class ProseItem(Grounded):
    """One piece of the brief's prose (the headline, a summary sentence, an event) with the spans
    of the article sentences that support it: the ones the model cited when they do, else the
    passage the prose check found."""

    section: Literal["headline", "summary", "what"]
    text: str
    origin: Literal["model", "article"] = Field(
        "model",
        description="Who wrote it: the model (a claim the article was checked to support) or the article itself "
        "(its title or one of its sentences, standing in for or completing the model's prose)",
    )


class Dropped(BaseModel):
    """Something the model produced that the article does not support, or that broke a limit it
    was given; never shown as fact. Section "draft" holds the start of an answer of which
    nothing could be used (not JSON, say)."""

    section: Literal["headline", "summary", "what", "who", "where", "numbers", "quotes", "draft"]
    content: str
    reason: str


class SourceInfo(BaseModel):
    name: str = Field(description="File name, or '<text>' for text passed in directly")
    title: str | None = None
    publisher: str | None = Field(None, description="As the article (or the page's metadata) states it, else None")
    date: str | None = Field(None, description="Publication date as the article (or the page's metadata) states it")
    word_count: int = 0
    characters: int = 0


class Usage(BaseModel):
    """What producing this brief cost: re-asks and transport retries included."""

    backend: str = ""
    model: str = ""
    model_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    retries: int = Field(
        0,
        description="Transport retries (HTTP 429 and 5xx, timeouts, dropped connections) "
        "that a later attempt recovered or that ran out",
    )
    seconds: float = 0.0

    cost_usd: float | None = Field(
        None,
        description="US dollars at the price table's rates when the brief was made (None: the model's price is "
        "unknown; 0 for the embedded model); the Batch API's discount is applied to its briefs",
    )

    def priced(self, table: PriceTable) -> Usage:
        """This usage with its cost at the rates of `table`: a brief served from the cache is
        priced by the run that serves it, not by the one that made it."""
        from summarizer.pricing import cost_usd

        cost = cost_usd(
            self.model,
            self.prompt_tokens,
            self.completion_tokens,
            table=table,
            batch=self.backend == "openai-batch",
            backend=self.backend,
        )
        return self.model_copy(update={"cost_usd": cost})


class Brief(BaseModel):
    """A structured, grounded briefing note of one news article."""

    headline: str
    summary: str = Field(description="What happened, in 1-3 sentences")
    what: list[str] = Field(default_factory=list, description="The main events")
    who: list[WhoItem] = Field(default_factory=list)
    where: list[Place] = Field(default_factory=list)
    when: list[WhenItem] = Field(default_factory=list, description="Dates and times the article gives for its events")
    numbers: list[NumberItem] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    prose: list[ProseItem] = Field(
        default_factory=list,
        description="The headline, each summary sentence and each event, with the spans of their evidence",
    )
    source: SourceInfo
    dropped: list[Dropped] = Field(default_factory=list, description="Model output that could not be grounded")
    notes: list[str] = Field(default_factory=list, description="How this brief was made, where it matters")
    usage: Usage = Field(default_factory=Usage)
    schema_version: str = SCHEMA_VERSION
