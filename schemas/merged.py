"""One briefing note from several reports of the same story (`summarize_many(..., merge=True)`).

The single-article `Brief` points into one text; a merged note points into several, so every
item carries `citations`: which source (by its `id`, "S1", "S2", ... in `sources`) and the
character spans in that source's text. Nothing is shown without at least one citation, and
where the sources disagree the note keeps every value with its source instead of choosing."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, computed_field

from summarizer.schemas.brief import SCHEMA_VERSION, SPANS_DESCRIPTION, Dropped, Span, Usage

SourceId = str  # "S1", "S2", ...: the order the sources were given in


class Citation(BaseModel):
    source: SourceId
    spans: list[Span] = Field(default_factory=list, description=SPANS_DESCRIPTION + " of that source")


class Cited(BaseModel):
    citations: list[Citation] = Field(default_factory=list)

    @computed_field(description="The ids of the sources this item is found in, in source order")
    @property
    def sources(self) -> list[SourceId]:
        return [citation.source for citation in self.citations]


class MergedSource(BaseModel):
    id: SourceId
    name: str = Field(description="File name, or '<text N>' for text passed in directly")
    title: str | None = None
    publisher: str | None = Field(None, description="As the article states it; None when it does not")
    date: str | None = Field(None, description="Publication date as the article states it; None when it does not")
    word_count: int = 0
    characters: int = 0

    @property
    def label(self) -> str:
        """How the note names this source to a reader: its title, else its file name."""
        return self.title or self.name


class SourcedText(BaseModel):
    """A value as one source words it: a role, or a figure."""

    text: str
    source: SourceId


class MergedPerson(Cited):
    name: str = Field(description="The fullest plain form of the name the sources give")
    kind: Literal["person", "organization", "other"] = "person"
    roles: list[SourcedText] = Field(default_factory=list, description="Every role a source gives, with that source")
    aliases: list[str] = Field(default_factory=list, description="Other forms of the name found in the sources")


class MergedPlace(Cited):
    name: str
    aliases: list[str] = Field(default_factory=list)


class MergedDate(Cited):
    """A date of the story's events: one entry per day (or month, year) where the sources make
    it certain, else per wording; every form the sources use is an alias."""

    text: str = Field(description="As the first source that gives it writes it")
    date: str | None = Field(None, description="ISO 8601 where a source makes it certain")
    context: str | None = Field(None, description="What it dates, in the first source's words")
    aliases: list[str] = Field(default_factory=list, description="Other ways the sources write it")


class SourcedFigure(Cited):
    """One value of a measured quantity, as one source writes it (one citation)."""

    value: str = Field(description="Exactly as written in the source")
    measures: str | None = Field(None, description="What this source says the figure counts")
    unit: str | None = None


class NumberGroup(BaseModel):
    """Figures from the sources that count the same thing."""

    measures: str | None = Field(None, description="What the figures count (None: no source says)")
    values: list[SourcedFigure] = Field(default_factory=list, description="Each value with its source, in source order")
    agreement: Literal["single", "agree", "differ"] = Field(
        "single",
        description="single: one source gives it; agree: every source gives the same amount; "
        "differ: the sources (or one source) give different amounts",
    )
    note: str | None = Field(None, description="What a reader must know, said plainly, when the values differ")


class MergedQuote(Cited):
    text: str = Field(description="Verbatim from the first source that has it")
    speaker: str | None = None
    speaker_role: str | None = None


class CitedSentence(Cited):
    """A sentence of the merged summary or an event, with the sources whose text supports it
    (the spans are the supporting passage in each)."""

    text: str


class SourcedDropped(Dropped):
    source: SourceId


class MergedBrief(BaseModel):
    """A structured, grounded briefing note of one story from several articles."""

    headline: str
    summary: list[CitedSentence] = Field(default_factory=list, description="What happened, sentence by sentence")
    what: list[CitedSentence] = Field(default_factory=list, description="The main events")
    who: list[MergedPerson] = Field(default_factory=list)
    where: list[MergedPlace] = Field(default_factory=list)
    when: list[MergedDate] = Field(default_factory=list, description="Dates and times of the story's events")
    numbers: list[NumberGroup] = Field(default_factory=list)
    quotes: list[MergedQuote] = Field(default_factory=list)
    sources: list[MergedSource]
    dropped: list[SourcedDropped] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage, description="All sources' briefs together")
    schema_version: str = SCHEMA_VERSION

    def source(self, source_id: SourceId) -> MergedSource:
        return next(source for source in self.sources if source.id == source_id)
