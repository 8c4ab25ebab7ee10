"""The shared model of a claim and the article it is checked against, which every test of a
claim reads:

- `SourceText` (`parse_source`): the article parsed once, cached per article (a brief checks a
  dozen claims against the same story): its sentences' words and every word form it uses;
- `Passage`: up to three neighbouring sentences of it (`WINDOW`), the evidence one claim is weighed
  against;
- `Claim` (`parse_claim`): the claim's words, the names and figures it uses;
- `coverage`: the share of the claim's content words (as lemmas) the passage holds; the caller
  compares it with a threshold; `relevance` ranks the passages a claim may be read against;
- the word keys the tests share (`related_keys`, `synonym_keys`, `derived_keys`, `initials_of`).

The tests a careful reader applies to one claim against one passage, each returning the reason
it fails or None:

- `claim_words`: every word of the claim is a word, of the article or of English;
- `claim_names`: every name is in the article and in the passage, a full name is not another
  person's, and the people play the parts the passage gives them;
- `claim_figures`: every figure is in the article and in the passage, attached to the same thing;
- `claim_events`: the claim's event and any cause it gives are in the passage, not invented;
- `claim_polarity`: negations and opposites (rose/fell) agree."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import overload

from summarizer.grounding.lemmas import STOPWORDS, Word, is_content, is_dictionary_word, words
from summarizer.grounding.polarity import opposite_in
from summarizer.grounding.quantities import Figure, figures, is_number_word, list_counts
from summarizer.grounding.referents import open_quotations, referent_sentence
from summarizer.grounding.synonyms import derived_lemmas, related_lemmas
from summarizer.text.lexicon import ABBREVIATED_TITLES, COMMON_WORDS, HONORIFICS, REPORTING_VERBS
from summarizer.text.sentences import sentence_spans
from summarizer.text.spans import Span

__all__ = [
    "Claim",
    "FRAME_WORDS",
    "NAME_LINKS",
    "PASSIVE_AUX",
    "Passage",
    "SourceText",
    "TITLES",
    "WINDOW",
    "coverage",
    "derived_keys",
    "derived_of",
    "in_compound",
    "initials_of",
    "name_runs",
    "is_acronym_of",
    "ordinary_word",
    "parse_claim",
    "parse_source",
    "related_keys",
    "relevance",
    "shown_name",
    "synonym_keys",
]


_PRONOUNS = frozenset("he she they it his her their its we i this these the".split())
# Marks after which a capital opens a quotation or a sentence run on without its full stop
# ("... our suffragette' First time the Duchess ...").
_QUOTE_MARKS = "\"'“”‘’`"
#: The auxiliaries of a passive ("was denied", "gets told").
PASSIVE_AUX = frozenset("is are was were be been being get got gets".split())
#: The small words inside a name ("Bank of England", "Ursula von der Leyen").
NAME_LINKS = frozenset("of de da del di van von der al bin la le".split())
#: The titles that stand before a name without being part of it ("Mr", "Mrs", "Dr").
TITLES = HONORIFICS | ABBREVIATED_TITLES
#: At most this many neighbouring sentences make one passage.
WINDOW = 3


@dataclass(frozen=True)
class SourceText:
    """An article parsed once: its sentences' words, and every word form it uses."""

    text: str
    spans: tuple[Span, ...]

    @cached_property
    def sentences(self) -> tuple[tuple[Word, ...], ...]:
        """Per sentence, its words. Read on first use: a claim the article states word for word
        needs none of them."""
        return tuple(words(self.text[s:e], s) for s, e in self.spans)

    @cached_property
    def keys(self) -> tuple[frozenset[str], ...]:
        """Per sentence, the lemmas of its content words."""
        return tuple(frozenset(k for w in s if is_content(w) for k in w.keys) for s in self.sentences)

    @cached_property
    def related(self) -> Sequence[frozenset[str]]:
        """Per sentence, what its content words may also be said as (`synonyms`): the lemmas of
        their synonyms and of the more general words above them. Each sentence's on first use:
        only the few passages ranked first for a claim are read in other words, and looking up
        every word of the article in WordNet cost more than the rest of the check."""
        return _PerSentence(len(self.spans), lambda i: frozenset().union(*(related_keys(k) for k in self.keys[i])))

    @cached_property
    def figure_values(self) -> tuple[frozenset[str], ...]:
        """Per sentence, the values of its figures, and how many names each of its lists gives
        (`list_counts`: "sessions in four locations" counts a list of four towns)."""
        return tuple(
            frozenset(v for f in figures(s) for v in f.values) | self.listed[i] for i, s in enumerate(self.sentences)
        )

    @cached_property
    def listed(self) -> tuple[frozenset[str], ...]:
        """Per sentence, how many names each of its lists gives."""
        return tuple(list_counts(self.text[start:end]) for start, end in self.spans)

    @cached_property
    def lowers(self) -> frozenset[str]:
        return frozenset(w.lower for s in self.sentences for w in s)

    @cached_property
    def quoted(self) -> tuple[bool, ...]:
        """Per sentence, whether it starts inside a quotation opened before it."""
        return open_quotations(self.text, self.spans)

    def referent(self, index: int) -> int | None:
        """The sentence naming the person sentence `index` goes on about, when it names no one
        (`referents`)."""
        return referent_sentence(self.text, self.spans, self.sentences, self.quoted, index)

    @cached_property
    def names(self) -> frozenset[str]:
        """Every capitalised word of the article, in lower case."""
        return frozenset(w.lower for s in self.sentences for w in s if w.capitalised)

    @cached_property
    def lower_case_keys(self) -> frozenset[str]:
        """The lemmas of every word the article writes in lower case."""
        return frozenset(k for s in self.sentences for w in s if not w.capitalised for k in w.keys)

    @cached_property
    def initials(self) -> frozenset[str]:
        """The initials of every name the article writes (see `initials_of`)."""
        return initials_of(self.sentences)

    def names_acronym(self, word: Word) -> bool:
        """Whether `word` ("GM", "GM's") is written in capitals and spells out a name of the article."""
        return is_acronym_of(word, self.initials)

    @cached_property
    def windows(self) -> tuple[Passage, ...]:
        """Every run of one to `WINDOW` neighbouring sentences, made once per article (each
        caches its words and lemmas for every claim checked against it)."""
        count = len(self.sentences)
        return tuple(
            Passage(self, first, last) for first in range(count) for last in range(first, min(count, first + WINDOW))
        )


class _PerSentence(Sequence[frozenset[str]]):
    """A value for each sentence of an article, computed by `compute(index)` when first asked for."""

    def __init__(self, count: int, compute: Callable[[int], frozenset[str]]) -> None:
        self._values: list[frozenset[str] | None] = [None] * count
        self._compute = compute

    def __len__(self) -> int:
        return len(self._values)

    @overload
    def __getitem__(self, index: int) -> frozenset[str]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[frozenset[str]]: ...
    def __getitem__(self, index: int | slice) -> frozenset[str] | Sequence[frozenset[str]]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self._values))[index]]
        value = self._values[index]
        if value is None:
            value = self._values[index] = self._compute(index)
        return value


def related_keys(key: str) -> frozenset[str]:
    """What a word of the article (as its lemma `key`) may be said as: its synonyms and the more
    general words above it (a claim may say less than its evidence)."""
    return frozenset() if key.startswith("~") else related_lemmas(key)


def synonym_keys(word: Word) -> frozenset[str]:
    """What a word of a claim may be said as in its evidence: its synonyms only (never the
    words above it: "the horse" for "the animal" would say more than the evidence)."""
    return frozenset().union(*(related_lemmas(k, wider=False) for k in word.keys if not k.startswith("~")))


def derived_keys(word: Word) -> frozenset[str]:
    """The nouns of a claim's verb and the verbs of its noun (`derived_lemmas`): the same act
    named the other way ("recovered", "his recovery")."""
    return derived_of(word.keys)


def derived_of(keys: frozenset[str]) -> frozenset[str]:
    """`derived_keys` of a word or predicate given by its lemmas (stems, "~...", skipped)."""
    return frozenset().union(*(derived_lemmas(k) for k in keys if not k.startswith("~")))


def initials_of(sentences: Sequence[Sequence[Word]]) -> frozenset[str]:
    """The initials (lower case) of every run of two to five capitalised words in `sentences`
    ("gm" of "General Motors"), joining words skipped: what an acronym a claim uses for a name
    spelt out there may be."""
    found: set[str] = set()
    for sentence in sentences:
        run: list[str] = []
        for word in (*sentence, None):
            if word is not None and word.capitalised and not word.is_number:
                run.append(word.lower[0])
                continue
            if word is not None and run and word.lower in NAME_LINKS | {"and", "the", "&"}:
                continue
            found.update("".join(run[i:j]) for i in range(len(run)) for j in range(i + 2, min(len(run), i + 5) + 1))
            run = []
    return frozenset(found) | _spelt_out_initials(sentences)


_FEWEST_SPELT = 3  # a run of lower-case words must be this long to give an acronym ("gross domestic product")


def _spelt_out_initials(sentences: Sequence[Sequence[Word]]) -> frozenset[str]:
    """The initials of every run of three to five lower-case content words ("gdp" of "gross
    domestic product"): a term the article spells out in lower case is written as an acronym in
    a summary ("U.S. GDP growth")."""
    found: set[str] = set()
    for sentence in sentences:
        run: list[str] = []
        for word in (*sentence, None):
            if word is not None and not word.capitalised and is_content(word):
                run.append(word.lower[0])
                continue
            found.update(
                "".join(run[i:j]) for i in range(len(run)) for j in range(i + _FEWEST_SPELT, min(len(run), i + 5) + 1)
            )
            run = []
    return frozenset(found)


def is_acronym_of(word: Word, initials: frozenset[str]) -> bool:
    """Whether `word` is written in capitals and is one of `initials` (`initials_of`)."""
    letters = word.lower.replace(".", "")
    return word.text[:2].isupper() and 2 <= len(letters) <= 5 and letters in initials


@lru_cache(maxsize=16)
def parse_source(text: str) -> SourceText:
    """(Cached: the claims of a brief are all checked against one article.)"""
    return SourceText(text, sentence_spans(text))


@dataclass(frozen=True)
class Passage:
    """Neighbouring sentences `first`..`last` of a source, as one piece of evidence, with any
    sentences `also` taken with them: those a model cited far from the rest, or a second window
    that holds what the first lacks (a summary sentence joins facts the article gives apart)."""

    source: SourceText
    first: int
    last: int
    also: tuple[int, ...] = ()

    @cached_property
    def indices(self) -> tuple[int, ...]:
        return tuple(sorted({*range(self.first, self.last + 1), *self.also}))

    @cached_property
    def sentences(self) -> tuple[tuple[Word, ...], ...]:
        return tuple(self.source.sentences[i] for i in self.indices)

    @cached_property
    def words(self) -> tuple[Word, ...]:
        return tuple(w for s in self.sentences for w in s)

    @cached_property
    def keys(self) -> frozenset[str]:
        return frozenset().union(*(self.source.keys[i] for i in self.indices))

    @cached_property
    def related(self) -> frozenset[str]:
        return frozenset().union(*(self.source.related[i] for i in self.indices))

    @cached_property
    def lowers(self) -> frozenset[str]:
        return frozenset(w.lower for w in self.words)

    def holds(self, word: Word) -> bool:
        """Whether the passage says `word`: as one of its lemmas, or in other words (a synonym
        of it, or a word it is more general than: "barred" where the passage says "banned").
        Not as a word of another class derived from one of its words ("referred" for
        "reference"): counted in the share of a claim's words, that let a changed figure, a
        swapped name and a reversed act through on held-out articles (stop 25); only the event
        test reads an act named by its noun (`_event_held`)."""
        return bool(word.keys & self.keys or word.keys & self.related or synonym_keys(word) & self.keys)

    @cached_property
    def figure_values(self) -> frozenset[str]:
        return frozenset().union(*(self.source.figure_values[i] for i in self.indices))

    @cached_property
    def listed(self) -> frozenset[str]:
        return frozenset().union(*(self.source.listed[i] for i in self.indices))

    @property
    def span(self) -> Span:
        return self.source.spans[self.indices[0]][0], self.source.spans[self.indices[-1]][1]

    def sentence_spans(self) -> tuple[Span, ...]:
        return tuple(self.source.spans[i] for i in self.indices)

    def plain_sentences(self) -> list[str]:
        """Its sentences with each run of whitespace one space, as the parse reads a claim."""
        return [" ".join(self.source.text[start:end].split()) for start, end in self.sentence_spans()]

    def around(self, reach: int) -> Passage:
        """This passage with up to `reach` sentences before and after each of its parts."""
        count = len(self.source.sentences)
        near = {j for i in self.indices for j in range(max(0, i - reach), min(count, i + reach + 1))}
        return Passage(self.source, min(near), min(near), tuple(sorted(near)))


@dataclass(frozen=True)
class Claim:
    """A claim parsed once: its words, names, figures and content words."""

    text: str
    words: tuple[Word, ...]
    names: tuple[tuple[Word, ...], ...]
    figures: tuple[Figure, ...]

    @cached_property
    def name_indices(self) -> frozenset[int]:
        return frozenset(self.words.index(w) for name in self.names for w in name)

    @cached_property
    def content(self) -> tuple[Word, ...]:
        """The content words that are not names (names have their own test), nor the frame of
        an essay's summary ("The columnist argues that ..."): what the article says is the
        claim, not that its author wrote it."""
        named = {id(w) for name in self.names for w in name}
        framing = {id(w) for w in _author_frame(self.words)}
        return tuple(w for w in self.words if is_content(w) and id(w) not in named | framing)

    @cached_property
    def figure_words(self) -> dict[int, frozenset[str]]:
        """The values of each figure written as a word ("Ten"), by the index of its word: a
        passage holds the word when it gives the figure however written ("10")."""
        return {f.index: f.values for f in self.figures if not f.loose and not self.words[f.index].is_number}


#: Closed-class words that shape a claim but state no fact a passage must hold: prepositions of
#: path and place ("along", "across", "through") and adverbs of time, degree and focus
#: ("already", "nearly", "rather", "instead"), and the hedges that say a claim holds for the
#: most part ("largely", "mostly": "the young, largely unknown cast" where the article says
#: "basically unknowns"). A paraphrase adds or drops them freely ("has
#: already been banned" for "has also been banned"; "shocked many across the country" for
#: "throughout the nation"). The share of a claim's words a passage holds counts one only when
#: the passage holds it (`coverage`): one it lacks is not asked for. Neither
#: "against", which turns a claim ("voted against") and polarity reads, nor a particle ("went
#: off"), which is half of its verb.
FRAME_WORDS = frozenset(
    """across along within through throughout toward towards around behind beyond despite near
    again already almost nearly rather instead quite ever once every several largely mostly mainly chiefly
    primarily""".split()
)

# The article itself, or the one who wrote it, as a summary names them.
_AUTHORS = frozenset("author writer columnist essayist reporter article essay column piece editorial op-ed".split())


def _author_frame(claim_words: Sequence[Word]) -> tuple[Word, ...]:
    """ "The writer argues", "the column says": an author word followed (adverbs between) by a
    reporting verb."""
    for i, word in enumerate(claim_words[:-1]):
        if word.lower in _AUTHORS:
            verb = next((w for w in claim_words[i + 1 : i + 3] if w.lower in REPORTING_VERBS), None)
            if verb is not None:
                return (word, verb)
    return ()


@lru_cache(maxsize=1024)
def parse_claim(text: str) -> Claim:
    claim_words = words(text)
    return Claim(text, claim_words, tuple(_names(claim_words, text)), tuple(figures(claim_words)))


def name_runs(sentence: Sequence[Word], text: str) -> list[tuple[Word, ...]]:
    """The names of a claim or of a sentence of `text` (whose words' offsets are in `text`),
    found as a claim's are (`_names`)."""
    return _names(sentence, text)


def _names(claim_words: Sequence[Word], text: str = "") -> list[tuple[Word, ...]]:
    """Runs of capitalised words ("Relations Minister Carolyn Bennett"), broken at "of", after a
    possessive ("Alberta's November" is two names) and at punctuation ("the U.S., Australia");
    the claim's first word only when it is not an ordinary English word capitalised to open
    the sentence."""
    runs: list[tuple[Word, ...]] = []
    run: list[Word] = []
    for i, word in enumerate(claim_words):
        is_name = word.capitalised and not word.is_number and word.lower not in TITLES
        opens = i == 0 or _after_quote_mark(claim_words[i - 1], text[claim_words[i - 1].end : word.start])
        if is_name and opens and ordinary_word(word):
            is_name = False  # "First", "He": capitalised to open a sentence or a quotation
        apart = run and any(mark in text[run[-1].end : word.start] for mark in ",;:()—")
        if is_name and i and run and (run[-1].text.endswith(("'s", "’s")) or apart):
            runs.append(tuple(run))
            run = []
        if is_name:
            run.append(word)
        elif run:
            runs.append(tuple(run))
            run = []
    if run:
        runs.append(tuple(run))
    return runs


def _after_quote_mark(previous: Word, gap: str) -> bool:
    """Whether a quotation mark stands between `previous` and the next word: in the gap, or
    closing `previous` ("suffragette'"; not a plural possessive, "the Smiths' house")."""
    closing = previous.text[-1] in "'’" and not previous.text.lower().endswith(("s'", "s’"))
    return closing or any(mark in gap for mark in _QUOTE_MARKS)


def ordinary_word(word: Word) -> bool:
    """A word English has in lower case ("Defence", "Several", "Twenty"), not only as a name
    ("Huawei")."""
    return (
        is_number_word(word.lower)
        or word.lower in COMMON_WORDS
        or word.lower in STOPWORDS
        or word.lower in _PRONOUNS
        or is_dictionary_word(word.lower)
    )


# --- tests against one passage -------------------------------------------------------------


def coverage(claim: Claim, passage: Passage, *, other_words: bool = True) -> float:
    """The share of the claim's content words whose lemmas the passage holds (or an opposite of
    them: "fell" against "rose" is there, and refused by `polarity_mismatch` for what it is),
    or, with `other_words`, says in other words (`Passage.holds`)."""
    held = [
        (passage.holds(w) if other_words else bool(w.keys & passage.keys))
        or bool(opposite_in(w, passage.keys))
        or _figure_given(claim, w, passage)
        for w in claim.content
    ]
    # A word that frames the claim counts when the passage says it too, and is not asked for.
    weighed = [found for w, found in zip(claim.content, held, strict=True) if found or w.lower not in FRAME_WORDS]
    return sum(weighed) / len(weighed) if weighed else 1.0


def _figure_given(claim: Claim, word: Word, passage: Passage) -> bool:
    """Whether `word` is a figure of the claim written as a word ("Ten") that the passage gives,
    however written ("10")."""
    values = claim.figure_words.get(claim.words.index(word)) if claim.figure_words else None
    return bool(values and values & passage.figure_values)


def relevance(claim: Claim, passage: Passage) -> float:
    """How much of the claim (content words, names and figures alike) the passage holds: what
    ranks passages, so that the one with the claim's figure and names is tried first."""
    values = passage.figure_values
    found = sum(bool(w.keys & passage.keys) for w in claim.content)
    found += sum(name[-1].lower in passage.lowers for name in claim.names)
    found += sum(bool(f.values & values) for f in claim.figures)
    total = len(claim.content) + len(claim.names) + len(claim.figures)
    return found / total if total else 1.0


def in_compound(text: str, word: Word) -> bool:
    """Whether `word` is joined by a hyphen to the next or the previous word of `text`."""
    return text[word.end : word.end + 1] == "-" or text[max(0, word.start - 1) : word.start] == "-"


def shown_name(name: Sequence[Word]) -> str:
    """A name's words as a reason shows them."""
    return " ".join(w.text for w in name)
