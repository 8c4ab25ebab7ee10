"""Building the final `Brief` from the evidence and the model's draft. Each claim in the draft
either lands on evidence or on a verbatim occurrence in the article outside its boilerplate (and
then carries spans), or goes to `dropped` with the reason: nothing ungrounded is shown as fact.

The division of labour: evidence decides *what is there* (quotes, names, figures, places) and
the model contributes prose (headline, summary, events) and labels (roles, what figures count,
speakers the rules missed), each checked before use."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cached_property
from itertools import islice

from summarizer.extract.credits import is_caption_sentence
from summarizer.extract.dates import same_date_key
from summarizer.extract.evidence import Evidence
from summarizer.extract.figures import Figure
from summarizer.extract.junk_names import is_junk_name
from summarizer.grounding.claims import PASSIVE_AUX
from summarizer.grounding.counted import place_labels
from summarizer.grounding.entity_index import one_entry_each
from summarizer.grounding.headlinese import read_headline
from summarizer.grounding.lemmas import can_be_noun, is_english_word
from summarizer.grounding.prose import check_claim
from summarizer.grounding.roles import check_role
from summarizer.schemas import (
    Brief,
    Draft,
    DraftFigure,
    Dropped,
    NumberItem,
    Place,
    ProseDraft,
    ProseItem,
    Quote,
    SourceInfo,
    Usage,
    WhenItem,
    WhoItem,
)
from summarizer.schemas.draft import LIMITS
from summarizer.source.article import Article
from summarizer.source.metadata import is_byline, wire_dateline_length
from summarizer.text.lexicon import ABBREVIATED_TITLES, REPORTING_VERBS
from summarizer.text.names import find_same, name_occurs, name_surname, same_entity, without_title
from summarizer.text.parse import parse
from summarizer.text.sentences import iter_sentences, sentence_index_at, sentence_spans, split_sentences
from summarizer.text.spans import Span, find_all, fold, strip_quote_marks

_LEAD_SENTENCES = 3  # the classic extractive summary (lead-3), which a reader of news expects
# A summary completed from the story runs to about 70 words, in at most four sentences: the lead's
# length in sentences of average length (a news summary, such as CNN/DM's highlights, runs 50-60
# words), more of them when they are short, fewer when they are long.
_SUMMARY_WORDS = 70
_MAX_SUMMARY_SENTENCES = 4
_LEAD_CANDIDATES = _MAX_SUMMARY_SENTENCES + 1  # to complete a model's summary past the lead sentences it says
_SOFT_ENDINGS = " ,.;:"  # trailing punctuation that does not change a quote (unlike ? and !)
_MAX_EVENTS = 4
_MIN_EVENT_WORDS = 5  # "Lloyd Austin" is a name, not an event
_SENTENCES_TRIED = 3  # of a paragraph, for its sentence of report: a paragraph's news is at its start
_HEADLINE_WORDS = 20
# Words a phrase cannot end on: what comes after them was cut off.
_OPEN_ENDINGS = frozenset(
    "the a an of to in on at by for from with and or but as than that which who whose whom its their his her "
    "our your is are was were be been has have had will would could should can may might must".split()
)
_QUOTE_OPENERS = "\"'“‘«„"
# ", security experts say": a headline's attribution, its subject between a comma and the verb.
_ATTRIBUTION_AT_END = re.compile(r",\s+(?:[\w'’.-]+\s+){1,4}[\w'’]+[.!?]?$")
# Single quotation marks (British style), told from apostrophes by where they stand: one opening
# after a colon ("fires back: 'Yep, ..."), or one closing the sentence ("... clarify that.'").
_SINGLE_QUOTED = re.compile(r":\s+['‘]|[.!?,]['’]\s*$")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|me|we|our)\b")


class _Grounder:
    """Span lookups restricted to the story (never the boilerplate), and the dropped list."""

    def __init__(self, article: Article, dropped: Sequence[Dropped] = ()) -> None:
        self.article = article
        self.story = article.story_text()
        self.dropped: list[Dropped] = list(dropped)
        self.prose: list[ProseItem] = []

    @cached_property
    def lead_sentences(self) -> list[str]:
        """The story's opening sentences, without its title: the classic extractive summary.
        Headline, summary and events may each fall back on them, and none reads more than the
        first `_LEAD_CANDIDATES` (the summary passes over those a model sentence already says);
        so they are split once, and no further than that."""
        story = self.story
        title = self.article.title
        if title and story.startswith(title):
            story = story[len(title) :]
        # A flattened page often runs a labelled caption into the story's first sentence ("Guilty:
        # Glenn Mason, 56, ... pension pot A respected bank manager ..."), which then still holds
        # the lead: so only there is a label no sign of a caption.
        sentences = (s for index, s in enumerate(iter_sentences(story)) if _is_prose_sentence(s, first=index == 0))
        return list(islice(sentences, _LEAD_CANDIDATES))

    def spans(self, phrase: str, *, ignore_case: bool = False) -> list[Span]:
        return [
            (s, e)
            for s, e in find_all(self.article.text, phrase, ignore_case=ignore_case)
            if not self.article.in_boilerplate(s, e)
        ]

    def drop(self, section: str, content: str, reason: str) -> None:
        self.dropped.append(Dropped(section=section, content=content, reason=reason))

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """The story's sentences, as the prompt numbered them (sentence n is `sentences[n - 1]`)."""
        return sentence_spans(self.story)

    def named_near(self, name: str, span: Span) -> bool:
        """Whether the article names `name` in the sentence of `span`, the one before it, or the
        one after (where a quote's reporting clause may stand)."""
        at = sentence_index_at(self.article.text, span[0])
        if at is None:
            return False
        sentences = sentence_spans(self.article.text)
        start, end = sentences[max(0, at - 1)][0], sentences[min(len(sentences) - 1, at + 1)][1]
        return name_occurs(self.article.text[start:end], name)

    def cited(self, numbers: Sequence[int]) -> list[Span]:
        """The story spans of the sentences a model cited; numbers no sentence has are ignored."""
        return [self.sentences[n - 1] for n in dict.fromkeys(numbers) if 1 <= n <= len(self.sentences)]

    def in_article(self, span: Span) -> Span | None:
        """A span of the story (the text the model and the prose check read) as offsets into the
        article: the same words outside boilerplate, nearest where the story had them."""
        start, end = span
        if self.story == self.article.text:
            return span
        found = self.spans(self.story[start:end])
        return min(found, key=lambda place: abs(place[0] - start)) if found else None

    def supported_prose(
        self,
        section: str,
        claims: Sequence[tuple[str, Sequence[int]]],
        read_as: Callable[[str, str], str] | None = None,
    ) -> list[tuple[str, list[Span]]]:
        """The claims (each with the sentence numbers it cites) that the article supports, each
        with the article spans of its evidence; the others are dropped with the reason. Given
        `read_as` (claim, story -> text), each claim is checked as the text it returns (a
        headline's short forms spelt out) and kept as written."""
        kept = []
        for claim, numbers in claims:
            claim = claim.strip()
            if not claim:
                continue
            if _repeats_itself(claim):
                self.drop(section, claim, "repeats itself")
                continue
            checked = read_as(claim, self.story) if read_as else claim
            verdict = check_claim(checked, self.story, cited=self.cited(numbers))
            if verdict.supported:
                kept.append((claim, [place for span in verdict.evidence if (place := self.in_article(span))]))
            else:
                self.drop(section, claim, verdict.reason)
        return kept

    def show(self, section: str, text: str, spans: list[Span], origin: str = "model") -> str:
        """Record `text` as a piece of the brief's prose with its evidence, and return it."""
        self.prose.append(ProseItem(section=section, text=text, spans=spans, origin=origin))
        return text

    def verbatim(self, section: str, text: str) -> str:
        """`show` for text taken from the article itself (a fallback): its first occurrence."""
        return self.show(section, text, self.spans(text)[:1], origin="article")


def _is_prose_sentence(sentence: str, *, first: bool = False) -> bool:
    """A sentence of the story's prose, not a headline, byline or dateline line (those have no
    full stop, or are set in capitals: "SOCCER - JAPAN GET LUCKY WIN.", or are a few words), nor
    a picture's caption run into the text (a label heading the story's `first` sentence excepted)."""
    if len(sentence.split()) <= 4 or not sentence.rstrip("\"'”’)").endswith((".", "!", "?")):
        return False  # the cheap tests first: the letter count below reads every character
    letters = list(filter(str.isalpha, sentence))
    shouting = sum(map(str.isupper, letters)) > 0.6 * len(letters)
    return not shouting and not is_caption_sentence(sentence, labelled=not first)


def build_brief(
    article: Article, evidence: Evidence, draft: ProseDraft | None, usage: Usage, dropped: Sequence[Dropped] = ()
) -> Brief:
    """The grounded brief; `draft` may be None when the model gave nothing usable, and a
    `ProseDraft` (from a small model) labels nothing, so evidence stands as found. `dropped` is
    what was already taken out of the model's output (past a limit, not a draft at all)."""
    grounder = _Grounder(article, dropped)
    draft = draft or ProseDraft(headline="", summary="")
    if not isinstance(draft, Draft):
        draft = Draft.model_construct(
            **draft.model_dump(), headline_sentences=[], summary_sentences=[], what=[], who=[], numbers=[], quotes=[]
        )
    headline = _headline(grounder, draft)
    summary = _summary(grounder, draft, evidence)
    what = _events(grounder, draft, evidence)
    items, model_roles = _who(grounder, evidence, draft)
    who = [
        item
        for item in one_entry_each(items, grounder.article.text)
        if not is_junk_name(item.name, item.kind, grounder.story)
    ]
    _report_roles_not_shown(grounder, model_roles, who)
    return Brief(
        headline=headline,
        summary=summary,
        what=what,
        who=who,
        where=[Place(name=e.name, spans=_mention_spans(grounder, e)) for e in evidence.places],
        when=_when(evidence),
        numbers=_numbers(grounder, evidence, draft),
        quotes=_named_as_in_who(_quotes(grounder, evidence, draft), who),
        source=SourceInfo(
            name=article.name,
            title=article.title,
            publisher=article.publisher,
            date=article.date,
            word_count=article.word_count,
            characters=len(article.text),
        ),
        prose=grounder.prose,
        dropped=grounder.dropped,
        usage=usage,
    )


#: Fewer words than this say who or what ("Hillary Clinton", "13th"), not what happened: no
#: headline, whether the model's or the page's title.
_MIN_HEADLINE_WORDS = 3


def _headline(grounder: _Grounder, draft: Draft) -> str:
    flaw = _headline_flaw(draft.headline.strip(), grounder.story)
    if flaw:
        grounder.drop("headline", draft.headline.strip(), flaw)
    kept = (
        []
        if flaw
        else grounder.supported_prose("headline", [(draft.headline, draft.headline_sentences)], read_headline)
    )
    if kept:
        return grounder.show("headline", *kept[0])
    title = grounder.article.title or ""
    if len(title.split()) >= _MIN_HEADLINE_WORDS:
        return grounder.verbatim("headline", title)
    headline = _lead_headline(next(iter(grounder.lead_sentences), ""))
    if not headline:  # no prose at all (a results table): its first line says what it is
        first_line = next((line.strip() for line in grounder.story.splitlines() if line.strip()), "")
        headline = " ".join(first_line.split()[:_HEADLINE_WORDS])
    return grounder.verbatim("headline", headline)


def _headline_flaw(headline: str, story: str) -> str | None:
    """Why a model's headline cannot head a note, however well the article backs its words: cut
    off (at the length limit inside a word, or after a word that needs more: "...allows the NDP
    minority to"; a reporting verb ends a headline only after its subject: ", experts say"),
    repeating itself ("SAN DIEGO – SAN DIEGO – ..."), a byline copied from the page, a bare
    label ("Hillary Clinton"), or holding markup ("This is mad!</br>Vettel fumes")."""
    if not headline:
        return None
    if re.search(r"</?[A-Za-z][^<>]*>", headline):
        return "holds markup, not words"
    words = headline.rstrip(".!?\"'”’").split()
    if len(words) < _MIN_HEADLINE_WORDS:
        return "a label, not a headline"
    last = words[-1] if words else ""
    if headline.endswith((",", ":", ";", "-", "–", "—")):
        return "cut off mid-phrase"
    if last.lower() in _OPEN_ENDINGS and not _ends_on_a_title(words, story):
        return "cut off mid-phrase"
    if (
        last.lower() in REPORTING_VERBS
        and not _ATTRIBUTION_AT_END.search(headline)
        and not _ends_on_a_noun(headline)
        and not (len(words) > 1 and words[-2].lower() in PASSIVE_AUX)  # a whole passive: "... is denied"
    ):
        return "cut off mid-phrase"
    if ends_on_initial(headline):
        return "cut off after an initial"
    if not headline.endswith((".", "!", "?", "\"", "”")) and (
        (len(headline) >= LIMITS.headline - 2 and not _whole_word(last, story))
        or (len(headline) >= LIMITS.headline and not _ends_where_the_article_pauses(words, story))
    ):
        return f"cut off at the length limit of {LIMITS.headline} characters"
    if _repeats_itself(headline):
        return "repeats itself"
    if is_byline(headline):
        return "a byline, not a headline"
    return None


def _repeats_itself(text: str) -> bool:
    """A small model's loop: the same two words three times ("SAN DIEGO – SAN DIEGO – SAN DIEGO")
    or the same four words twice ("the U.S. economy and equity markets are proving a dependence
    on the U.S. economy and equity markets"). Careful prose names a thing once and then refers
    back to it; no capable answer of `capable_ggt` repeats four words in one sentence."""
    words = re.findall(r"\w+", text.lower())
    pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    runs = [" ".join(words[i : i + 4]) for i in range(len(words) - 3)]
    return (bool(pairs) and max(pairs.count(pair) for pair in pairs) >= 3) or len(runs) != len(set(runs))


# Titles that always have a name after them (and "vs.", a side after it): a sentence never ends on
# one. Not every honorific: "Yes, sir." ends a sentence.
_TITLES_BEFORE_A_NAME = frozenset(f"{title}." for title in ABBREVIATED_TITLES | {"mr", "mrs", "ms", "rev", "vs"})


def ends_on_initial(text: str) -> bool:
    """Whether prose stops on an initial or a title ("...for U.", "...said Mr."): cut, since
    no sentence ends there ("U.S." and "Inc." do end sentences)."""
    words = text.split()
    if not words:
        return False
    last = words[-1]
    return (len(last) == 2 and bool(re.fullmatch(r"[A-Z]\.", last))) or last.lower() in _TITLES_BEFORE_A_NAME


def _whole_word(word: str, story: str) -> bool:
    """A last word that the grammar did not cut: a word of English or of the article."""
    bare = word.strip("\"'”’“‘()").lower()
    return is_english_word(bare) or bare in story.lower().split()


def _ends_where_the_article_pauses(words: list[str], story: str, *, same_case: bool = False) -> bool:
    """A headline that fills the grammar's length limit to the last character was most likely
    stopped by it, even after a whole word ("...rejected a withdrawal deal with the European"). It
    counts as finished only where the article's own phrase ends on the same words: at punctuation
    or the end of a line.
    Words of the model's own, not in the article, give no such proof."""
    tail = words[-3:]
    if not tail:
        return False
    phrase = r"\s+".join(re.escape(word) for word in tail)
    flags = re.MULTILINE if same_case else re.IGNORECASE | re.MULTILINE
    return re.search(rf"(?<!\w){phrase}(?=\s*(?:[.,;:!?)\"”’—–-]|$))", story, flags) is not None


def _ends_on_a_title(words: list[str], story: str) -> bool:
    """Whether a headline ending on a word that needs more ("... We Are In") ends on a title
    the article writes, in capitals as the headline does, up to a pause there: a work's title
    ("This Shape, We Are In"), not a phrase the length limit cut."""
    return len(words) > 3 and words[-1][:1].isupper() and _ends_where_the_article_pauses(words, story, same_case=True)


def _ends_on_a_noun(headline: str) -> bool:
    """Whether the reporting word ending a headline is a noun there ("raise rigging *claims*",
    "after *reports*"), by the tagger, and so needs nothing after it; a verb ("the city said")
    needs what was said."""
    tokens = [token for token in parse(headline) if not token.is_punct]
    # the tagger alone calls "predicts" a noun in "The report from rentals.ca predicts"
    return bool(tokens) and tokens[-1].tag_ in {"NN", "NNS"} and can_be_noun(tokens[-1].lower_)


def _lead_headline(sentence: str) -> str:
    """A headline from the lead sentence, never cut mid-phrase: the sentence when it is short
    enough, else its opening clause when that says something (six words or more), else the
    whole sentence."""
    if len(sentence.split()) <= _HEADLINE_WORDS:
        return sentence
    clause = re.split(r",\s|\s[–—]\s|;\s", sentence, maxsplit=1)[0]
    return clause if 6 <= len(clause.split()) <= _HEADLINE_WORDS else sentence


def _summary(grounder: _Grounder, draft: Draft, evidence: Evidence) -> str:
    """The model's summary sentences that the article supports, each with the sentences it cites
    (citations count only when there is one list per sentence: otherwise which list goes with
    which sentence is a guess), completed to the lead's length by the story's opening sentences
    that none of them already says; with no model sentence kept, the story's lead."""
    sentences = split_sentences(draft.summary)
    citations = draft.summary_sentences if len(draft.summary_sentences) == len(sentences) else []
    complete = []
    for index, sentence in enumerate(sentences):
        bare = sentence.rstrip("\"'”’)")
        # an ellipsis trails off; "...forecast for U." stops on an initial
        if not bare.endswith((".", "!", "?")) or bare.endswith(("...", "…")) or ends_on_initial(bare):
            grounder.drop("summary", sentence, "cut off mid-sentence")
        elif _someones_words(sentence, evidence):
            grounder.drop("summary", sentence, "someone's quoted words, not a statement of the story")
        else:
            complete.append((sentence, citations[index] if citations else []))
    kept = _distinct(grounder, "summary", grounder.supported_prose("summary", complete), "sentence")
    # A reader expects a summary of the lead's length: the model's checked sentences, then (when
    # they are fewer than the lead's three) the story's opening sentences that none of them rests
    # on, marked as the article's own words, to about `_SUMMARY_WORDS`, in the story's order.
    covered = [span for _, spans in kept for span in spans]
    pieces = [(min(spans, default=(len(grounder.article.text), 0))[0], text, spans, "model") for text, spans in kept]
    words = sum(len(text.split()) for text, _ in kept)
    for sentence in grounder.lead_sentences if len(kept) < _LEAD_SENTENCES else ():
        if words >= _SUMMARY_WORDS or len(pieces) >= _MAX_SUMMARY_SENTENCES:
            break
        if sentence.lstrip()[:1] in _QUOTE_OPENERS:  # someone's words, not the story's telling
            continue
        place = next(iter(grounder.spans(sentence)), None)
        if place is not None and not any(s < place[1] and place[0] < e for s, e in covered):
            dateline = wire_dateline_length(sentence)
            sentence, place = sentence[dateline:], (place[0] + dateline, place[1])
            pieces.append((place[0], sentence, [place], "article"))
            words += len(sentence.split())
    if len(pieces) > len(kept):  # a model summary of its own length keeps its order
        pieces.sort(key=lambda piece: piece[0])
    return " ".join(grounder.show("summary", text, spans, origin) for _, text, spans, origin in pieces)


def _someones_words(sentence: str, evidence: Evidence) -> bool:
    """Whether `sentence` is (a piece of) a quotation the article gives: a speaker's words, which
    a summary or an event would present as the story's own statement."""
    words = fold(sentence).strip(_QUOTE_OPENERS + "\"”’ .,").lower()
    return len(words) > 0 and any(words in fold(quote.text).lower() for quote in evidence.quotes)


def _distinct(
    grounder: _Grounder, section: str, kept: list[tuple[str, list[Span]]], noun: str
) -> list[tuple[str, list[Span]]]:
    """Each claim once: a small model repeats a sentence until its tokens run out."""
    seen: set[str] = set()
    distinct = []
    for text, spans in kept:
        key = fold(text).lower()
        if key in seen:
            grounder.drop(section, text, f"the same {noun} again")
        else:
            seen.add(key)
            distinct.append((text, spans))
    return distinct


def _events(grounder: _Grounder, draft: Draft, evidence: Evidence) -> list[str]:
    """The model's events that are statements, supported, and not the headline again; else the
    opening sentences of the paragraphs after the lead (where news puts its developments)."""
    headline = fold(draft.headline).lower()
    statements = []
    for event in draft.what:
        if len(event.text.split()) < _MIN_EVENT_WORDS or fold(event.text).lower() == headline:
            grounder.drop("what", event.text, "not an event (too short, or the headline again)")
        else:
            statements.append((event.text, event.sentences))
    kept = [
        grounder.show("what", *item)
        for item in _distinct(grounder, "what", grounder.supported_prose("what", statements), "event")
    ]
    # Events repeat no sentence the summary shows, unless a short story has no other: then only
    # the lead's three are passed over, as the summary's further ones are news in their own right.
    lead = set(grounder.lead_sentences[:_LEAD_SENTENCES])
    summary = {item.text for item in grounder.prose if item.section == "summary"}
    openers = _paragraph_openers(grounder, evidence, lead | summary) or _paragraph_openers(grounder, evidence, lead)
    return kept or [grounder.verbatim("what", opener) for opener in openers[:_MAX_EVENTS]]


def _paragraph_openers(grounder: _Grounder, evidence: Evidence, lead: set[str]) -> list[str]:
    """The reporter's own first sentence of each paragraph after the `lead` (sentences passed
    over): never a quote or a
    piece of one (someone's words, not an event), nor a sentence in the first person (an
    author's aside, a bio); a paragraph that opens with a quotation gives its first sentence
    of report instead ("Engineer Tom Okafor said the deck was replaced.")."""
    title = grounder.article.title
    paragraphs = [p for p in grounder.story.split("\n\n") if len(p.split()) > 12 and p.strip() != title]
    if len(paragraphs) == 1:  # a story flattened to one block: each sentence after the lead may open news
        paragraphs = split_sentences(paragraphs[0])
    quoted = [(quote.start, quote.end) for quote in evidence.quotes]
    openers = []
    for paragraph in paragraphs:
        first_few = islice(iter_sentences(paragraph), _SENTENCES_TRIED)
        opener = next((s for s in first_few if s not in lead and _reports(grounder, s, quoted, evidence)), None)
        if opener:
            openers.append(opener)
            if len(openers) == _MAX_EVENTS:
                break
    return openers


def _in_quotation(sentence: str) -> bool:
    """Whether `sentence` opens with a quotation, or opens or closes one (then it is part of
    someone's words that run over several sentences)."""
    if sentence.lstrip()[:1] in _QUOTE_OPENERS:
        return True
    return bool(
        sentence.count('"') % 2 or sentence.count("“") != sentence.count("”") or _SINGLE_QUOTED.search(sentence)
    )


def _reports(grounder: _Grounder, sentence: str, quoted: list[Span], evidence: Evidence) -> bool:
    """A sentence in the reporter's voice: prose, third person, and no part of a quotation."""
    if not _is_prose_sentence(sentence) or _FIRST_PERSON.search(sentence):
        return False
    if _in_quotation(sentence) or sentence[:1].islower():
        return False
    if any(s < end and start < e for s, e in grounder.spans(sentence) for start, end in quoted):
        return False
    return not _someones_words(sentence, evidence)  # a pull quote: words quoted elsewhere in the story


def _who(grounder: _Grounder, evidence: Evidence, draft: Draft) -> tuple[list[WhoItem], list[tuple[str, str]]]:
    """The article's people and organisations with the model's names and roles checked in, and
    the (name, role) pairs of the model's that the article backs."""
    items = [
        WhoItem(
            name=e.name,
            kind=e.kind if e.kind in ("person", "organization") else "other",
            role=e.role,
            spans=_mention_spans(grounder, e),
            aliases=_other_forms(grounder, e),
        )
        for e in evidence.people_and_organizations
    ]
    accepted: list[tuple[str, str]] = []
    for person in draft.who:
        name = person.name.strip()
        if name and not any(char.isalpha() for char in name):
            grounder.drop("who", name, "not a name (no letters)")  # a stray quotation mark, a number
            continue
        known = [item.name for item in items]
        index = find_same(name, known)
        if index is None and any(same_entity(name, other) for other in known):
            grounder.drop("who", name, "could be any of several people the article names")
            continue
        match = items[index] if index is not None else None
        if match is None:
            if not name_occurs(grounder.story, name):
                grounder.drop("who", name, "this name is not in the article")
                continue
            spans = grounder.spans(name) or (grounder.spans(last) if (last := name_surname(name)) else [])
            if not spans:
                grounder.drop("who", name, "named only in boilerplate")
                continue
            match = WhoItem(name=name, kind="person", role=None, spans=spans)
            items.append(match)
        elif not set(fold(without_title(name)[0]).lower().split()) <= set(fold(match.name).lower().split()):
            if _writes_fuller(grounder, without_title(name)[0], match.name):
                _take_fuller_name(grounder, match, without_title(name)[0])
            else:
                grounder.drop("who", name, f"read as {match.name!r}, whom the article names with the same surname")
        role = person.role.strip()
        if not role:
            continue
        if fold(role).lower() == fold(match.role or "").lower():
            accepted.append((name, role))  # the article's own role: shown only if it stays
            continue
        # A model's role, once the article backs it, is shown over the extractor's: it is usually
        # the fuller one ("Minister of Crown-Indigenous Relations" for "Minister").
        verdict = check_role(name, role, grounder.story)
        if verdict.supported:
            match.role = role
            accepted.append((name, role))
        elif match.role:
            grounder.drop("who", f"{name}: {role}", f"{verdict.reason}; the article's role is kept: {match.role!r}")
        else:
            grounder.drop("who", f"{name}: {role}", verdict.reason)
    return items, accepted


def _report_roles_not_shown(
    grounder: _Grounder, model_roles: Sequence[tuple[str, str]], who: Sequence[WhoItem]
) -> None:
    """A role the article backs can still miss the brief: its name was one form of an entry that
    another role names ("Obama", President, joined to the "Michelle Obama" the article also
    writes), or its entry was set aside as no name. It gets a `dropped` entry that says so, as
    everything a model wrote and the brief does not show does."""
    for name, role in model_roles:
        if any(fold(item.role or "").lower() == fold(role).lower() for item in who):
            continue
        holder = next((item for item in who if name in (item.name, *item.aliases)), None)
        reason = (
            f"the name is one form of {holder.name!r}, whose role is given as {holder.role!r}"
            if holder is not None
            else "its entry is not shown"
        )
        grounder.drop("who", f"{name}: {role}", reason)


def _writes_fuller(grounder: _Grounder, name: str, found: str) -> bool:
    """Whether `name` (a model's) is a fuller form of the extracted `found` that the story
    writes as it is: "Scott Barlow" where the extractor kept only "Barlow", "Pebble Beach" for
    "Pebble". Another first name ("Tom Austin" for "Lloyd Austin") is not."""
    return set(fold(found).lower().split()) < set(fold(name).lower().split()) and bool(grounder.spans(name))


def _take_fuller_name(grounder: _Grounder, item: WhoItem, name: str) -> None:
    """`item` is named as the story writes it in full, its shorter name kept as an alias."""
    if item.name not in item.aliases:
        item.aliases.insert(0, item.name)
    item.name = name
    item.spans = sorted(set(item.spans) | set(grounder.spans(name)))


def _named_as_in_who(quotes: list[Quote], who: Sequence[WhoItem]) -> list[Quote]:
    """A speaker given by a shorter form ("McCallum") is named as `who` names the entity."""
    names = [item.name for item in who]
    for quote in quotes:
        if quote.speaker and quote.speaker not in names:
            index = find_same(quote.speaker, names)
            if index is not None and len(names[index]) > len(quote.speaker):
                quote.speaker = names[index]
    return quotes


def _other_forms(grounder: _Grounder, entity) -> list[str]:
    """Every other way the article writes the entity, as its mentions show it: the acronym the
    finder joined to the full name ("PKK" of "Kurdistan Workers Party (PKK)"), the surname used
    alone, a title form. Each is the text of one of the entry's spans."""
    forms: dict[str, str] = {}
    for mention in entity.mentions:
        if grounder.article.in_boilerplate(mention.start, mention.end):
            continue
        if fold(mention.text).lower() != fold(entity.name).lower():
            forms.setdefault(fold(mention.text).lower(), mention.text)
    return list(forms.values())


def _mention_spans(grounder: _Grounder, entity) -> list[Span]:
    spans = [(m.start, m.end) for m in entity.mentions if not grounder.article.in_boilerplate(m.start, m.end)]
    return spans or grounder.spans(entity.name)


def _when(evidence: Evidence) -> list[WhenItem]:
    """Each date once, as first written, with the spans of every mention and the context of the
    first: "on Tuesday" and "Tuesday" are one day."""
    items: dict[str, WhenItem] = {}
    for dated in evidence.dates:
        key = same_date_key(dated.text)
        if key in items:
            items[key].spans.append((dated.start, dated.end))
        else:
            items[key] = WhenItem(
                text=dated.text, date=dated.iso, context=dated.context, spans=[(dated.start, dated.end)]
            )
    return list(items.values())


def _numbers(grounder: _Grounder, evidence: Evidence, draft: Draft) -> list[NumberItem]:
    items: dict[str, NumberItem] = {}
    for figure in evidence.figures:
        key = fold(figure.value)
        if key in items:
            items[key].spans.append((figure.start, figure.end))
            if not items[key].measures and figure.measures:  # "Floods kill 45", then "killed 45 people"
                items[key].measures, items[key].unit = figure.measures, items[key].unit or figure.unit
        else:
            items[key] = NumberItem(
                value=figure.value, measures=figure.measures, unit=figure.unit, spans=[(figure.start, figure.end)]
            )
    asked: dict[str, list[DraftFigure]] = {}
    worded_by_model: set[str] = set()
    for figure in draft.numbers:
        key = fold(figure.value)
        _widen_extracted(items, key, figure.value, grounder.spans(figure.value), worded_by_model)
        worded_by_model.add(key)
        if key not in items:
            if not _looks_like_a_figure(figure.value):
                grounder.drop("numbers", _labelled(figure), "not a figure (no digits or number words)")
                continue
            spans = grounder.spans(figure.value)
            if not spans:
                grounder.drop("numbers", _labelled(figure), "this figure is not in the article")
                continue
            items[key] = NumberItem(value=figure.value, measures=None, spans=spans)
        if figure.measures.strip():
            asked.setdefault(key, []).append(figure)
    shown = [
        figure
        for key, item in items.items()
        for figure in _as_labelled(grounder, item, asked.get(key, []), evidence.figures)
    ]
    return sorted(shown, key=lambda item: item.spans[0])


def _as_labelled(
    grounder: _Grounder, item: NumberItem, asked: list[DraftFigure], read: Sequence[Figure]
) -> list[NumberItem]:
    """A figure as the brief shows it: with the model's labels at the mentions whose sentences
    state them (`counted.place_labels`: "six hours later", "the six crew members", "six
    attempts" are three figures), the first also at the mentions no label holds (where the
    figure is written again); as the rules read it when no model label holds. A label that is
    not shown is dropped with its reason."""
    by_key: dict[str, str] = {}
    for figure in asked:  # the same label twice, up to case, is one label
        by_key.setdefault(fold(figure.measures.strip()), figure.measures.strip())
    labels = list(by_key.values())
    places, reasons = place_labels(labels, item.spans, grounder.article.text, read)
    for figure in asked:
        reason = reasons.get(figure.measures.strip())
        if reason:
            grounder.drop("numbers", _labelled(figure), reason)
    shown = [
        NumberItem(value=item.value, measures=label, unit=item.unit, spans=places[label])
        for label in labels
        if places[label]
    ]
    if not shown:
        return [item]
    claimed = {span for figure in shown for span in figure.spans}
    shown[0].spans = sorted([*shown[0].spans, *(span for span in item.spans if span not in claimed)])
    return shown


def _widen_extracted(
    items: dict[str, NumberItem], key: str, value: str, spans: Sequence[Span], worded_by_model: set[str]
) -> None:
    """The extracted figure that a model's wider value holds ("300" of "300 kilometres") takes
    the model's wording and spans, keeping its unit: one figure, as the model wrote it, instead
    of the same number twice. A figure the model itself wrote is never taken over this way: it
    would vanish from the note without a `dropped` entry."""
    if key in items or not spans:
        return
    for found, item in items.items():
        if found in worded_by_model:
            continue
        if any(start <= first and last <= end for first, last in item.spans for start, end in spans):
            del items[found]
            item.value, item.spans = value, list(spans)
            items[key] = item
            return


def _labelled(figure: DraftFigure) -> str:
    """A figure as a dropped entry shows it: with what the model said it counts."""
    measures = figure.measures.strip()
    return f"{figure.value}: {measures}" if measures else figure.value


_NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|quarter|third|"
    r"first|second|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+ieth|hundredth)\b",
    re.IGNORECASE,
)


def _looks_like_a_figure(value: str) -> bool:
    """A small model sometimes fills the figure slot with a name or a comma, which is "in the
    article" and still not a figure: it must have a digit or a number word, cardinal or
    ordinal ("the seventh mission", "her fourth year")."""
    return any(char.isdigit() for char in value) or bool(_NUMBER_WORDS.search(value))


def _quotes(grounder: _Grounder, evidence: Evidence, draft: Draft) -> list[Quote]:
    items: dict[str, Quote] = {}
    for found in evidence.quotes:
        span = _trimmed(grounder.article.text, found.start, found.end)
        if span[0] >= span[1]:
            continue  # marks around nothing but punctuation ('said.„: '): no words, no quote
        quote = items.get(_quote_key(found.text))
        if quote is None:
            items[_quote_key(found.text)] = Quote(
                text=grounder.article.text[span[0] : span[1]],
                speaker=found.speaker,
                speaker_role=found.speaker_role,
                spans=[span],
            )
        elif fold(grounder.article.text[span[0] : span[1]]) == fold(quote.text):
            quote.spans.append(span)  # a repeat differing only in case is the same quote, but not at this span
    for proposed in draft.quotes:
        text = strip_quote_marks(proposed.text).rstrip(_SOFT_ENDINGS)
        spans = grounder.spans(text) if text else []
        if not spans:
            grounder.drop("quotes", proposed.text, "not found verbatim in the article")
            continue
        quote = _overlapping_quote(items.values(), spans) or items.setdefault(
            _quote_key(text), Quote(text=grounder.article.text[spans[0][0] : spans[0][1]], spans=spans)
        )
        speaker = proposed.speaker.strip()
        if speaker and quote.speaker and _unnamed(quote.speaker) and grounder.named_near(speaker, quote.spans[0]):
            quote.speaker = speaker  # "..., a statement said" after "NASA said": the model names whose
        elif speaker and quote.speaker and not name_occurs(quote.speaker, speaker):
            grounder.drop(
                "quotes",
                f"speaker of {text[:40]!r}: {speaker}",
                f"the speaker found in the article is kept: {quote.speaker!r}",
            )
        elif speaker and not quote.speaker:
            if name_occurs(grounder.story, speaker):
                quote.speaker = speaker
            else:
                grounder.drop(
                    "quotes", f"speaker of {text[:40]!r}: {speaker}", "this speaker is not named in the article"
                )
    return sorted(items.values(), key=lambda item: item.spans[0])


def _unnamed(speaker: str) -> bool:
    """A speaker the article gives without a name ("a statement", "officials", "the
    spokesman"): a model that names whose statement it was, from the sentence before the
    quote, says more, and `named_near` checks it."""
    words = [word for word in speaker.split() if word.lower() not in ("a", "an", "the")]
    return bool(words) and all(word.islower() for word in words)


def _trimmed(text: str, start: int, end: int) -> Span:
    """A quote's span without the comma or full stop that news style puts inside the marks, so
    every occurrence of a repeated quote shows the same words."""
    return start, start + len(text[start:end].rstrip(_SOFT_ENDINGS))


def _quote_key(text: str) -> str:
    """Quotes are the same whatever the case or closing punctuation ("crews," / "crews.")."""
    return fold(text).rstrip(_SOFT_ENDINGS).lower()


def _overlapping_quote(quotes, spans: list[Span]) -> Quote | None:
    for quote in quotes:
        for start, end in quote.spans:
            if any(s < end and e > start for s, e in spans):
                return quote
    return None
