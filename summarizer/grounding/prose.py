"""Grounding prose: the one check every headline, summary sentence and event goes through.

A claim is kept when one passage of the article (the sentences the model cited, else the best
window of up to three neighbouring sentences) backs it the way a careful reader would check it
(the tests are in `claim_words`, `claim_names`, `claim_figures`, `claim_events` and
`claim_polarity`, on the model of `claims`): its names and figures are there, each figure counts
the same thing, the people play the same parts, negations and opposites agree, its content words
are there as lemmas, and its event and any cause it gives are not invented. A refused claim's
reason names the test it failed; a kept claim carries the spans of its evidence."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial

from summarizer.grounding.affiliations import affiliation_mismatch
from summarizer.grounding.ages import age_mismatch
from summarizer.grounding.asserted import asked_not_stated
from summarizer.grounding.casing import with_article_capitals, without_named_numbers
from summarizer.grounding.cessation import ceased_mismatch
from summarizer.grounding.claim_events import missing_key_content
from summarizer.grounding.claim_figures import counted_alike, figure_mismatch, figures_in_article
from summarizer.grounding.claim_names import actor_mismatch, name_mismatch, names_in_article
from summarizer.grounding.claim_parts import (
    claim_parts,
    evidence_passage,
    predicate_held,
    sequel_parts,
    sequel_tied,
    side_by_side,
)
from summarizer.grounding.claim_polarity import contrast_mismatch, polarity_mismatch
from summarizer.grounding.claim_words import words_in_english
from summarizer.grounding.claims import (
    Claim,
    Passage,
    SourceText,
    coverage,
    parse_claim,
    parse_source,
    relevance,
    synonym_keys,
)
from summarizer.grounding.comparisons import comparison_mismatch
from summarizer.grounding.contradictions import contradicted
from summarizer.grounding.cut_short import cut_short
from summarizer.grounding.denials import affirmed_in_article, denied_in_article
from summarizer.grounding.denied_any import denied_any_mismatch
from summarizer.grounding.exclusives import exclusive_mismatch
from summarizer.grounding.figure_frames import frame_mismatch
from summarizer.grounding.figure_owners import figure_owner_mismatch
from summarizer.grounding.figure_times import figure_time_mismatch
from summarizer.grounding.keeping import kept_mismatch
from summarizer.grounding.knowledge import knowledge_denied
from summarizer.grounding.lemmas import Word, is_content, is_event_verb
from summarizer.grounding.name_slots import slot_mismatch
from summarizer.grounding.pairings import pairing_mismatch
from summarizer.grounding.passed_negation import passed_negation_mismatch
from summarizer.grounding.qualifiers import qualifier_mismatch
from summarizer.grounding.quantities import Figure
from summarizer.grounding.relation_share import relation_share
from summarizer.grounding.relations import description_mismatch, placement_mismatch
from summarizer.grounding.respectively import respectively_mismatch
from summarizer.grounding.reversed_acts import reversed_act_mismatch
from summarizer.grounding.scarcity import scarcity_mismatch
from summarizer.grounding.self_relation import self_relation
from summarizer.grounding.small_opposites import order_reversed, small_opposite_mismatch
from summarizer.grounding.structure import agent_mismatch, doer_mismatch, negation_mismatch, place_mismatch
from summarizer.grounding.time_units import time_unit_mismatch
from summarizer.grounding.universals import universal_mismatch
from summarizer.grounding.verb_parts import participant_mismatch, possession_missing
from summarizer.text.gazetteer import PLACES
from summarizer.text.lexicon import TEMPORAL_WORDS
from summarizer.text.names import name_key
from summarizer.text.sentences import sentence_spans
from summarizer.text.spans import Span, find_all

__all__ = [
    "MIN_COVERAGE",
    "Verdict",
    "check_claim",
    "check_support",
    "content_words",
    "literal_share",
    "supporting_passage",
]

#: The share of a claim's content words (as lemmas) its passage must hold.
MIN_COVERAGE = 0.55
_TRIED = 6  # passages tried, best covered first, before a claim is refused
_MOST_CITED = 4  # sentences a citation may name for one claim
_JOINED = 3  # best passages tried again with the sentences that hold what they lack
_MOST_JOINED = 2  # sentences joined to one passage
_NAME_REACH = 3  # how far from a passage `name_mismatch` looks for a name
_NAME_SETTING = 3  # words either side of a name that place it
_NAMED_ALIKE = 2  # of those, how many a joined sentence must have around the name
_RUN = 3  # words in a run that `literal_share` looks for
_LITERAL_WEIGHT = 0.2  # of a supported claim's graded score, the part `literal_share` gives
_RELATION_WEIGHT = 0.35  # and the part `relation_share` gives (the rest is the coverage's and the literal share's)
_EVENT_SETTING = 6  # words either side of a verb where a joined sentence gives its setting

_PASSAGE_TESTS: tuple[Callable[[Claim, Passage], str | None], ...] = (
    figure_mismatch,
    figure_time_mismatch,
    time_unit_mismatch,
    figure_owner_mismatch,
    age_mismatch,
    # after the owner test, whose reason names the person the figure is given to
    frame_mismatch,
    name_mismatch,
    actor_mismatch,
    pairing_mismatch,
    doer_mismatch,
    participant_mismatch,
    description_mismatch,
    affiliation_mismatch,
    qualifier_mismatch,
    placement_mismatch,
    place_mismatch,
    agent_mismatch,
    # after the tests of who did what and of descriptions, whose reasons name the verb or noun
    slot_mismatch,
    respectively_mismatch,
    exclusive_mismatch,
    polarity_mismatch,
    contrast_mismatch,
    scarcity_mismatch,
    universal_mismatch,
    small_opposite_mismatch,
    negation_mismatch,
    knowledge_denied,
    passed_negation_mismatch,
    denied_any_mismatch,
    ceased_mismatch,
    kept_mismatch,
    reversed_act_mismatch,
    comparison_mismatch,
    asked_not_stated,
    missing_key_content,
    self_relation,
    possession_missing,
    cut_short,
)


@dataclass(frozen=True)
class Verdict:
    supported: bool
    reason: str = ""
    #: Where in the source the claim's support is (a supported verdict only).
    evidence: tuple[Span, ...] = ()
    #: How well the article backs the claim, from 0 to 1, for ranking claims (see `check_claim`).
    score: float = 0.0


def check_claim(claim: str, source: str, cited: Sequence[Span] = ()) -> Verdict:
    """The one check of a prose claim (a headline, summary sentence or event) against its
    article. `cited` are the spans of the sentences the model named as its evidence: they are
    tried first, and the best passages of the whole article when they do not back the claim, so
    a wrong citation costs the claim nothing but a missing citation is never required. A
    supported verdict carries the spans of its evidence (its sentences), for the brief to show.

    Its `score` grades the verdict for ranking claims (an evaluation against human judgement
    needs more than kept or dropped): a supported claim scores 0.5 to 1 by the share of its
    content words its evidence holds (mostly) and by how much of it the evidence says in the
    same words (`literal_share`: a verdict that rests on the article's own wording is surer
    than one that rests on lemmas and synonyms, which also let a sentence stitched from pieces
    of several through) and by how many of its relations between words one sentence of the
    evidence states too (`relation_share`: a claim that puts its words together otherwise than
    the article does, a doer swapped or a figure on another noun, says something else); a
    refused one 0 to 0.45, higher when its words are in a passage but a test of meaning (names,
    figures, roles, polarity) failed there, and 0 when a name, figure or word of it is not in
    the article at all.

    A claim no passage backs as a whole is checked again as the statements it joins
    (`claim_parts`: "X was born in A and moved to B" where the article says the two apart), and
    kept when each of them is backed, with the evidence of all, scored as the worst; so is one
    that says what followed what ("X rallied after Y cancelled Z": `sequel_parts`), when the
    evidence of what followed also names what came first (`sequel_tied`)."""
    verdict = _check_whole(claim, source, cited)
    if verdict.supported:
        return verdict
    # Split as cased prose: a part opens with a capital, so a lower-cased claim's names would
    # no longer take the article's capitals in it ("Enoch gaver , 28 was taken").
    plain = with_article_capitals(" ".join(claim.split()), parse_source(source))
    parts = claim_parts(plain)
    backed = _parts_backed(parts, source, cited) if parts else None
    if backed is None:
        sequel = sequel_parts(plain)
        backed = _parts_backed(sequel, source, cited) if sequel else None
        # what came first must be named where the article tells what followed, and not as what came after
        if sequel and backed and not sequel_tied(backed[0].evidence, sequel[1], source):
            backed = None
        if sequel and backed and order_reversed(plain, [span for v in backed for span in v.evidence], source):
            backed = None
    if backed is None:
        return verdict
    evidence = tuple(sorted({span for v in backed for span in v.evidence}))
    swapped = _paired_otherwise(plain, evidence, source) if parts and side_by_side(plain) else None
    if swapped:
        return Verdict(False, swapped, score=verdict.score)
    return Verdict(True, evidence=evidence, score=min(v.score for v in backed))


def _paired_otherwise(claim: str, evidence: Sequence[Span], source: str) -> str | None:
    """Why a claim kept as two statements side by side (`side_by_side`) is refused as a whole:
    its evidence, all of its parts' sentences together, pairs the claim's names with each
    other's words (`pairing_mismatch`: "A picked X, while B picked Y" where one sentence gives
    A Y and B X). Each part names one of them and passes alone; only the whole claim can be
    read across them. (Not for one subject's two acts, "X told reporters ... that A and B",
    which a swap of two names' words does not read.)"""
    passage = evidence_passage(evidence, source)
    if passage is None:
        return None
    return pairing_mismatch(without_named_numbers(parse_claim(claim), passage.source), passage)


def _parts_backed(parts: Sequence[str], source: str, cited: Sequence[Span]) -> list[Verdict] | None:
    """The verdicts on the `parts` a claim joins when each is backed and its evidence says what
    it states (`predicate_held`); None otherwise."""
    verdicts = [check_claim(part, source, cited) for part in parts]
    if not all(v.supported for v in verdicts):
        return None
    if not all(predicate_held(part, v.evidence, source) for part, v in zip(parts, verdicts, strict=True)):
        return None
    return verdicts


def _check_whole(claim: str, source: str, cited: Sequence[Span]) -> Verdict:
    """`check_claim` of the claim as one statement."""
    text = parse_source(source)
    parsed = parse_claim(with_article_capitals(" ".join(claim.split()), text))
    if not parsed.words:
        return Verdict(False, "says nothing checkable")
    stated = _stated_word_for_word(claim, source)
    if stated is not None:
        return Verdict(True, evidence=(stated,), score=1.0)
    parsed = without_named_numbers(parsed, text)
    for test in (names_in_article, words_in_english, figures_in_article):
        reason = test(parsed, text)
        if reason:
            return Verdict(False, reason, score=0.0)
    candidates = _passages(parsed, text)
    cited_passage = _cited_passage(parsed, text, cited)
    cited_first: list[tuple[float, Passage]] = []
    if cited_passage is not None:
        widened = dict.fromkeys((cited_passage, _with_places_named(parsed, text, cited_passage)))
        cited_first = [(coverage(parsed, passage), passage) for passage in widened]
    candidates = (cited_first + candidates)[: _TRIED + len(cited_first)]
    candidates += _joined_passages(parsed, text, [passage for _, passage in candidates[:_JOINED]])
    first_reason = ""
    best = max((share for share, _ in candidates), default=0.0)
    failed_a_test = False
    for share, passage in candidates:
        if share < MIN_COVERAGE:
            if not first_reason:
                first_reason = (
                    f"its content is not in the article: at most {share:.0%} of its words "
                    "are found together (as lemmas) in one passage"
                )
            continue
        reason = next((r for test in _PASSAGE_TESTS if (r := test(parsed, passage))), None)
        if reason is None:
            # another passage that holds as much of the claim may state it the other way round
            reason = contradicted(parsed, [c for c in candidates if c[1] is not passage], share)
        if reason is None:
            denied = denied_in_article(parsed, text) or affirmed_in_article(parsed, text)
            if denied:
                return Verdict(False, denied, score=0.25 + 0.2 * best)
            exact = passage is cited_passage and tuple(cited) == passage.sentence_spans()
            evidence = tuple(cited) if exact else _supporting_sentences(parsed, passage)
            graded = (1 - _LITERAL_WEIGHT) * share + _LITERAL_WEIGHT * literal_share(parsed, passage)
            related = relation_share(parsed.text, [source[start:end] for start, end in passage.sentence_spans()])
            graded = (1 - _RELATION_WEIGHT) * graded + _RELATION_WEIGHT * related
            return Verdict(True, evidence=evidence, score=0.5 + 0.5 * graded)
        failed_a_test = True
        first_reason = first_reason or reason
    # Refused: a claim whose words are there but that fails a test of meaning ranks above one
    # whose words are not, and both below every supported claim.
    score = (0.25 if failed_a_test else 0.0) + 0.2 * best
    return Verdict(False, first_reason or "not supported by any passage of the article", score=score)


def literal_share(claim: Claim, passage: Passage) -> float:
    """The share of the claim's runs of three words (ignoring case and punctuation) that its
    passage writes in the same order: 1 for a sentence copied from it, lower for one joined
    from pieces of several ("the group is the best videos of the week") or said in other words.
    A claim of under three words counts its words."""
    size = min(_RUN, len(claim.words))
    if not size:
        return 0.0
    mine = _runs([w.lower for w in claim.words], size)
    theirs = frozenset(run for sentence in passage.sentences for run in _runs([w.lower for w in sentence], size))
    return sum(run in theirs for run in mine) / len(mine)


def _runs(lowers: Sequence[str], size: int) -> list[tuple[str, ...]]:
    return [tuple(lowers[i : i + size]) for i in range(len(lowers) - size + 1)]


def _stated_word_for_word(claim: str, source: str) -> Span | None:
    """The sentence of `source` that `claim` is, word for word (up to typography): what the
    article states as a whole sentence needs no test of meaning, and no parse. Only a whole
    sentence: a part of one can drop what turns it ("He denied that ...")."""
    sentences = set(sentence_spans(source))
    return next((span for span in find_all(source, claim.strip()) if span in sentences), None)


def check_support(claim: str, source: str) -> Verdict:
    """Whether some passage of `source` backs `claim` (`check_claim` without citations)."""
    return check_claim(claim, source)


def supporting_passage(claim: str, source: str) -> Span | None:
    """Where in `source` the passage that backs `claim` is (from its first supporting sentence
    to its last), or None when `check_claim` refuses it. A note built from several reports
    cites, for each sentence, the passage of each report."""
    verdict = check_claim(claim, source)
    if not verdict.supported or not verdict.evidence:
        return None
    return verdict.evidence[0][0], verdict.evidence[-1][1]


def _passages(claim: Claim, text: SourceText) -> list[tuple[float, Passage]]:
    """The windows of one to `WINDOW` neighbouring sentences most relevant to the claim, best
    first, with their coverage; among equals the shorter window (one sentence is better
    evidence than three), then the earlier."""
    ranked = sorted(
        text.windows, key=lambda passage: (-relevance(claim, passage), passage.last - passage.first, passage.first)
    )
    return [(coverage(claim, passage), passage) for passage in ranked[: _TRIED + 1]]


def _joined_passages(claim: Claim, text: SourceText, passages: Sequence[Passage]) -> list[tuple[float, Passage]]:
    """Each of `passages` that lacks some of the claim's figures or names, taken with the
    sentences elsewhere in the article that give them in the same setting (at most
    `_MOST_JOINED`): a summary sentence joins facts the article gives apart ("X did A, after a
    report made 45 recommendations"; "the board was disbanded and lawyer Tom Ray appointed
    administrator"). A figure must count the same thing there (`counted_alike`); a name must
    stand among the same words as in the claim (`_named_alike`; a day or month, between the
    same two words: `_dated_alike`), never merely be named: a name taken from just anywhere in
    the article is how a person is swapped in. Every test then runs on the whole."""
    joined = []
    for passage in passages:
        missing = [f for f in claim.figures if not f.loose and not f.values & passage.figure_values]
        around = passage.around(_NAME_REACH).lowers
        absent = [name for name in claim.names if name[-1].lower not in around]
        unsaid = [w for w in claim.content if is_event_verb(w.lower) and not passage.holds(w)]
        tests: list[Callable[[int], bool]] = [
            *(partial(_gives_figure, claim, text, figure) for figure in missing),
            *(partial(_names_alike, claim, text, name) for name in absent),
            *(partial(_says_alike, claim, text, verb) for verb in unsaid),
        ]
        also = list(passage.also)
        for holds in tests:
            holding = [
                i
                for i in range(len(text.sentences))
                if i not in also and not passage.first <= i <= passage.last and holds(i)
            ]
            if holding and len(also) - len(passage.also) < _MOST_JOINED:
                also.append(min(holding, key=lambda i: abs(i - passage.first)))
        if len(also) > len(passage.also):
            extended = Passage(text, passage.first, passage.last, tuple(sorted(also)))
            joined.append((coverage(claim, extended), extended))
    return joined


def _gives_figure(claim: Claim, text: SourceText, figure: Figure, index: int) -> bool:
    """Whether sentence `index` gives the claim's figure counting the same thing, or lists as
    many names ("sessions in A, B, C and D" for "four sessions")."""
    return counted_alike(claim, figure, text.sentences[index]) or bool(figure.values & text.listed[index])


def _says_alike(claim: Claim, text: SourceText, verb: Word, index: int) -> bool:
    """Whether sentence `index` states the claim's event `verb` (as a lemma or a synonym) among
    the words the claim puts around it: at least `_NAMED_ALIKE` of its `_NAME_SETTING` nearest
    content words either side in the claim are within `_EVENT_SETTING` of it in the sentence
    ("the threats will keep evolving" where the article writes "the threat will likely
    continue to evolve"). An event the article states nowhere, or of something else, joins
    nothing."""
    sentence = text.sentences[index]
    at = claim.words.index(verb)
    # Its nearest content words either side, however many small words stand between ("overthrowing
    # the system would be chaos": system, chaos).
    before = [w for w in claim.words[:at] if is_content(w) and not w.capitalised][-_NAME_SETTING:]
    after = [w for w in claim.words[at + 1 :] if is_content(w) and not w.capitalised][:_NAME_SETTING]
    setting = [*before, *after]
    if len(setting) < _NAMED_ALIKE:
        return False
    wanted = verb.keys | synonym_keys(verb)
    for j, word in enumerate(sentence):
        if not word.keys & wanted:
            continue
        near = frozenset(k for w in sentence[max(0, j - _EVENT_SETTING) : j + 1 + _EVENT_SETTING] for k in w.keys)
        if sum(bool((w.keys | synonym_keys(w)) & near) for w in setting) >= _NAMED_ALIKE:
            return True
    return False


def _names_alike(claim: Claim, text: SourceText, name: tuple[Word, ...], index: int) -> bool:
    sentence = text.sentences[index]
    return _named_alike(claim, name, sentence) or _dated_alike(claim, name, sentence)


def _dated_alike(claim: Claim, name: tuple[Word, ...], sentence: Sequence[Word]) -> bool:
    """Whether `name` is a time (a day or a month: "Monday", "October") that `sentence` writes
    between the same two words as the claim, and with another of the words the claim puts
    around it ("power may not return before Monday morning" where the article writes "power
    might not be fully restored ... before Monday morning"): a time phrase copied whole, its
    preposition and all, said of the same thing, says when it happens. Never a person or a
    body, who must stand among the claim's words (`_named_alike`): only a time is placed by
    the words beside it."""
    if len(name) != 1 or name[0].lower not in TEMPORAL_WORDS:
        return False
    at = claim.words.index(name[0])
    if not 0 < at < len(claim.words) - 1:
        return False
    phrase = tuple(w.lower for w in claim.words[at - 1 : at + 2])
    if not any(tuple(w.lower for w in sentence[i : i + 3]) == phrase for i in range(len(sentence) - 2)):
        return False
    setting = [
        w
        for w in (*claim.words[max(0, at - _EVENT_SETTING) : at - 1], *claim.words[at + 2 : at + 2 + _EVENT_SETTING])
        if is_content(w) and not w.capitalised
    ]
    said = frozenset(k for w in sentence for k in w.keys)
    return any((w.keys | synonym_keys(w)) & said for w in setting)


def _named_alike(claim: Claim, name: tuple[Word, ...], sentence: Sequence[Word]) -> bool:
    """Whether `sentence` names `name` (its last word) among the words the claim puts around
    it: at least `_NAMED_ALIKE` of the content words within `_NAME_SETTING` words of it in the
    claim are within as many words of it in the sentence ("appointed lawyer Tom Ray as
    administrator"). Other names do not place it: that a swapped-in name stands next to
    another name somewhere in the article says nothing of this claim."""
    start, end = claim.words.index(name[0]), claim.words.index(name[-1])
    setting = [
        w
        for w in (*claim.words[max(0, start - _NAME_SETTING) : start], *claim.words[end + 1 : end + 1 + _NAME_SETTING])
        if is_content(w) and not w.capitalised
    ]
    if len(setting) < _NAMED_ALIKE:
        return False
    for at, word in enumerate(sentence):
        if word.lower != name[-1].lower:
            continue
        near = frozenset(
            k for w in sentence[max(0, at - _NAME_SETTING - len(name)) : at + 1 + _NAME_SETTING] for k in w.keys
        )
        if sum(bool(w.keys & near) for w in setting) >= _NAMED_ALIKE:
            return True
    return False


def _cited_passage(claim: Claim, text: SourceText, cited: Sequence[Span]) -> Passage | None:
    """The sentences the citations fall in, as one passage, neighbours or not (a summary
    sentence joins facts the article gives apart). Of more than `_MOST_CITED` (a headline cites
    across its story), the ones that hold most of the claim's words and names, so that no
    passage grows long enough for anything to pass."""
    if not cited:
        return None
    indices = [i for i, (start, end) in enumerate(text.spans) if any(s < end and e > start for s, e in cited)]
    if len(indices) > _MOST_CITED:
        wanted = frozenset(k for w in claim.words for k in w.keys)
        ranked = sorted(indices, key=lambda i: -len(wanted & (text.keys[i] | {w.lower for w in text.sentences[i]})))
        indices = sorted(ranked[:_MOST_CITED])
    if not indices:
        return None
    return Passage(text, indices[0], indices[0], tuple(indices[1:]))


def _with_places_named(claim: Claim, text: SourceText, cited: Passage) -> Passage:
    """The cited passage with, for each place of the claim's it does not name ("... facing
    Syria, Afghanistan risks" citing only the sentences on Syria), the sentence nearest it that
    names the place among other words of the claim (a name or a content word). A citation is a
    hint, and a headline's places are its setting, named where the story turns to them; a person
    or a body must stand in the evidence itself, where a swapped one would show."""
    around = cited.around(_NAME_REACH).lowers
    content = frozenset(k for w in claim.content for k in w.keys)
    also = list(cited.also)
    for name in claim.names:
        place = name[-1].lower
        if name_key(" ".join(w.text for w in name)) not in PLACES or place in around:
            continue
        others = content | {n[-1].lower for n in claim.names if n[-1].lower != place}
        holding = [
            i
            for i, sentence in enumerate(text.sentences)
            if i not in cited.indices
            and place in {w.lower for w in sentence}
            and (text.keys[i] | {w.lower for w in sentence}) - {place} & others
        ]
        if holding and len(also) - len(cited.also) < _MOST_JOINED:
            also.append(min(holding, key=lambda i: abs(i - cited.first)))
    if len(also) == len(cited.also):
        return cited
    return Passage(text, cited.first, cited.last, tuple(sorted(also)))


def _supporting_sentences(claim: Claim, passage: Passage) -> tuple[Span, ...]:
    """The passage's sentences that hold any of the claim's content words, names or figures (a
    window may include a neighbour only for its pronoun's antecedent)."""
    wanted = frozenset(k for w in claim.words for k in w.keys)
    kept = tuple(
        span
        for span, keys, sentence in zip(
            passage.sentence_spans(),
            (passage.source.keys[i] for i in passage.indices),
            passage.sentences,
            strict=True,
        )
        if keys & wanted or any(w.lower in wanted for w in sentence if w.is_number)
    )
    return kept or passage.sentence_spans()


# --- word overlap for merging reports (summarizer.merge) ---------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*\d|\d")
_STOPWORDS = frozenset(
    """a an the of in on at to for from by with and or but as than that which who whom whose is are was
    were be been being have has had do does did will would could should may might must can this these
    those it its their there they them he she his her him we our you your i not no also such into about
    over after before during while amid amidst among between up down out more most other some any each
    per very just only said says say according""".split()
)


def content_words(text: str) -> frozenset[str]:
    """The crude stems of the words that carry meaning (no stop words): what two phrases must
    share to say the same thing. Merging reports compares sentences and figure labels by them."""
    return frozenset(_stem(w) for w in _WORD.findall(text) if w.lower() not in _STOPWORDS and len(w) > 1)


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """(Cached: every article is made of the same few thousand words.)"""
    word = word.lower().replace("’", "'")
    for suffix in ("'s", "ing", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word
