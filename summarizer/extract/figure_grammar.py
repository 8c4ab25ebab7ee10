"""What a figure counts when no word-order rule of `figure_labels` could say, read from the
dependency parse of the figure's own sentence: the noun it quantifies ("11 [swing states]"), the
whole it is a share of ("44 percent of [likely voters]", "40 percent of whom": the noun the
relative clause belongs to), or the subject it is the value of ("[returns on Treasuries] were
in negative territory at minus 0.24 percent", "[the number of operations on men] increased by
80 percent": the increase in it), the object a change verb acts on ("reduce [greenhouse gas
emissions] 80 percent": the reduction in them) or the verb that spends or raises an amount ("the
$18 million he says he [raised]": amount raised).

Why a parse: between a figure and what it counts there are often a clause, an apposition or a
relative pronoun that word order alone reads wrong. Why only as a fallback: the rules are fast
and checked against labelled answers; the parser runs on the few sentences they leave. A line of
a flattened table (mostly numbers, no verb) is never labelled: its figures' meaning is in the
column heads, which the text does not say."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from summarizer.extract.figure_units import CURRENCY_WORDS, MEASUREMENT_UNITS
from summarizer.text.lemminflect_tables import getInflection
from summarizer.text.lexicon import TEMPORAL_WORDS
from summarizer.text.sentences import sentence_span_around

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MAX_SENTENCE_CHARS = 600
_MAX_LABEL_WORDS = 6
_MAX_NUMBER_SHARE = 0.4  # more numbers than this among a line's words: a table row, not prose
# What a change verb's figure measures of its subject or object ("rose 5%": the rise in it).
_CHANGES = {
    **dict.fromkeys(("rise", "climb", "jump", "surge", "soar", "increase", "raise", "boost", "grow"), "increase"),
    **dict.fromkeys(("fall", "drop", "decline", "slip", "plunge", "slump", "tumble", "shrink", "sink"), "fall"),
    **dict.fromkeys(("cut", "reduce", "lower", "slash", "decrease", "trim"), "reduction"),
    **dict.fromkeys(("up", "lift"), "increase"),
    "down": "fall",
    "gain": "gain",
}
# The change verbs that take what changes as their object: "cut [emissions] 80 percent".
_TRANSITIVE_CHANGES = frozenset("cut|reduce|lower|slash|decrease|trim|raise|boost|increase|lift".split("|"))
_CHANGE_PREPOSITIONS = frozenset(("by", "to", "from", "at"))
_LEVEL_PREPOSITIONS = frozenset(("below", "above", "under", "over"))  # "fallen [below] 5 percent"
_PERSONS = frozenset(("he", "she", "i"))  # one person: "we were 11" counts people, it is no age
_OLDEST = 120
# Verbs whose figure is the value of their subject: "[turnout] was 60 percent", "[sales] totalled".
_VALUE_VERBS = frozenset(
    "be|stand|remain|total|reach|hit|amount|average|top|exceed|end|close|finish|hover|go".split("|")
)
_TIME_NOUNS = frozenset("year|month|week|day|hour|minute|quarter|period|term|time|season".split("|"))
# Verbs whose object is the value their subject reaches: "[sales] topped $1 billion".
_REACHING_VERBS = frozenset("reach|hit|total|top|exceed|average".split("|"))
# Verbs too light to say what an amount is: "records show $204,202", "she had $38 million".
_LIGHT_VERBS = frozenset(
    "be|have|get|go|show|see|find|read|display|include|expect|need|want|put|become|mean|say|call|keep|use".split("|")
)
# Prepositions that put a figure as the value, the change or the level of what precedes them.
_VALUE_PREPOSITIONS = frozenset("at|to|by|from|around|about|near|above|below|under|over|of".split("|"))
_REPORTING = frozenset("say|tell|report|estimate|claim|add|state|note|announce|believe|think|expect".split("|"))
_PHRASE_DEPENDENTS = frozenset(("compound", "amod", "nmod", "poss", "case"))
_RELATIVE_PRONOUNS = frozenset(("which", "whom", "who", "that"))
_UNIT_NOUNS = frozenset(MEASUREMENT_UNITS) | frozenset("percent|cent|point|points|time|times|gram".split("|"))
_CURRENCY_NOUNS = frozenset(CURRENCY_WORDS)
_OBJECTS = frozenset(("dobj", "attr", "oprd", "npadvmod"))


def label_from_grammar(text: str, start: int, end: int, *, unit: str | None, money: bool) -> str | None:
    """What the figure at text[start:end] (with its unit word, if any) counts, from the parse of
    its sentence (see the module docstring), or None when the parse shows none of those shapes.
    A figure glued to a word or a hyphen ("a 52-point swing", "401(k)", "30,000e-mails") is part
    of a compound the rules read; the parser splits such words wrongly."""
    from summarizer.text.parse import parse  # the parser loads only for a figure the rules left

    span = sentence_read(text, start, end)
    if span is None:
        return None
    doc = parse(text[span[0] : span[1]])
    if _table_like(doc) or _title_case(doc):
        return None
    inside = [t for t in doc if t.idx < end - span[0] and t.idx + len(t) > start - span[0]]
    outer = [t for t in inside if t.head not in inside or t.head == t]
    # a range or a score hangs its second half on the verb too: "favored Trump 58 percent [to] 21 percent"
    pair = bool(_PAIR.search(text[start:end]))
    if len(outer) > 1 and pair and all(t.lower_ in _JOINERS or t.is_punct for t in outer[1:]):
        outer = outer[:1]
    if len(outer) != 1:
        return None
    bare = unit is None and not money
    label = _label(outer[0], {t.i for t in inside}, bare=bare, money=money)
    return label if label is not None or not pair else _contest(outer[0], inside[0])


def sentence_read(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the sentence whose parse `label_from_grammar` reads for the figure at
    text[start:end], or None when it reads none (a figure glued to a word, a sentence too long)."""
    if _GLUED_AFTER.match(text, end) or (start > 0 and text[start - 1].isalnum()):
        return None
    span = sentence_span_around(text, start)
    if span is None or span[1] - span[0] > _MAX_SENTENCE_CHARS or end > span[1]:
        return None
    return span


def parse_sentences_read(figures: Iterable[tuple[str, int, int]]) -> None:
    """Parse together the sentences `label_from_grammar` will read for `figures` (text, start,
    end): one pass of the model over an article's few such sentences costs about half as much
    per sentence as a pass each, and gives the same parse."""
    from summarizer.text.parse import parse_together

    spans = [(text, sentence_read(text, start, end)) for text, start, end in figures]
    parse_together(text[span[0] : span[1]] for text, span in spans if span is not None)


_GLUED_AFTER = re.compile(r"[\w(⁄/-]|,\w")
_PAIR = re.compile(r"\d[^\d.,]+\d")  # "58 percent to 21 percent", "68%-31%", "458 to 359"
_JOINERS = frozenset(("to", "and", "-", "–", "—"))


def _table_like(doc: Doc) -> bool:
    words = [t for t in doc if not t.is_punct]
    numbers = sum(t.like_num for t in words)
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in words)
    return not has_verb or not words or numbers / len(words) > _MAX_NUMBER_SHARE


def _title_case(doc: Doc) -> bool:
    """A headline in title case ("'13 Hours' Is About To Come Out"): the tagger reads its
    capitalised words as names, and its parse says nothing sure."""
    words = [t for t in doc if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and all(t.text[0].isupper() for t in words)


def _label(figure: Token, inside: set[int], *, bare: bool, money: bool) -> str | None:
    of = next((c for c in figure.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is not None:  # "44 percent of [likely voters]"; "40 percent of whom": whom it stands for
        return _antecedent(figure) if whole.lower_ in _RELATIVE_PRONOUNS else _noun_phrase(whole)
    if figure.dep_ == "nummod" and figure.head.pos_ == "NOUN" and figure.head.i > max(inside):
        return _noun_phrase(figure.head, after=max(inside))  # "11 [swing states]"
    if (rate := _in_every(figure)) is not None:  # "8 in 10 [GOP primary voters]"
        return rate
    if figure.dep_ == "pobj" and figure.head.lower_ in ("to", "from") and _a_number(figure.head.head):
        # "went from 166 in May, to [139]": the level the first figure is of
        return _label(figure.head.head, {figure.head.head.i}, bare=bare, money=money)
    if figure.head.lower_ in ("up", "down") and figure.dep_ in ("npadvmod", "dobj", "pobj"):
        return _up_or_down(figure.head)  # "[turnout] was up more than 70 percent", "[premiums] down $1"
    if money and (spent := _spent_in(figure)) is not None:  # "$1 trillion in [new spending]"
        return spent
    if figure.dep_ == "nsubj" and (state := _state_of(figure)) is not None:  # "16 percent [were black]"
        return state
    before = figure.doc[min(inside) - 1] if min(inside) > 0 else None
    if figure.dep_ == "appos" and not bare and before is not None and before.text == "(":
        return _noun_phrase(figure.head)  # "the support of [women] (61 percent)"
    relative = next((c for c in figure.children if c.dep_ == "relcl"), None)
    if relative is not None:  # "the $18 million he says he [raised]", "the $204,202 that she raised"
        verb = next((c for c in relative.children if c.dep_ in ("ccomp", "xcomp")), None)
        verb = verb if verb is not None and relative.lemma_ in _REPORTING else relative
        gap = not any(c.dep_ == "dobj" and c.lower_ not in _RELATIVE_PRONOUNS for c in verb.children)
        # "the $8.04 that analysts were looking [for]": the amount is the object of the preposition
        stranded = any(
            c.dep_ == "prep" and all(o.lower_ in _RELATIVE_PRONOUNS for o in c.children) for c in verb.children
        )
        gap = gap and not stranded
        if money and verb.pos_ == "VERB" and gap and verb.lemma_ not in _LIGHT_VERBS:
            participle = _participle(verb)
            return f"amount {participle}" if participle else None
        than = bare and before is not None and before.lower_ == "than"  # "younger than 18 who": a bound
        return None if money or than else _who_clause(relative)
    via = None
    verb = figure.head
    if figure.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in _VALUE_PREPOSITIONS:
        via, verb = verb.lower_, verb.head
    elif figure.dep_ not in _OBJECTS:
        return None
    return _value_of(figure, verb, via, bare=bare, money=money)


def _value_of(figure: Token, verb: Token, via: str | None, *, bare: bool, money: bool) -> str | None:
    """The subject or object a figure linked to `verb` (through `via`) is the value or change of."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = _subject(verb)
    change = _CHANGES.get(verb.lemma_)
    if verb.lemma_ == "go":  # "crime has gone down 20 percent"
        change = next((_CHANGES[p.lower_] for p in verb.children if p.lower_ in ("up", "down")), None)
    if change is not None and via in _LEVEL_PREPOSITIONS and subject is not None and subject.pos_ == "NOUN":
        return _noun_phrase(subject, subject=True)  # "[the unemployment rate] has fallen below 5 percent"
    if bare and figure.dep_ == "attr" and subject is not None and subject.lower_ in _PERSONS and verb.lemma_ == "be":
        return "age" if figure.text.isdigit() and int(figure.text) <= _OLDEST else None  # "he was 18"
    if change is not None and (via is None or via in _CHANGE_PREPOSITIONS):
        acted_on = next((c for c in verb.children if c.dep_ == "dobj" and c != figure), None)
        if acted_on is not None and verb.lemma_ not in _TRANSITIVE_CHANGES:
            return None
        what = acted_on if acted_on is not None else subject
        if what is None or what.pos_ != "NOUN":  # "[Sanders] lost that district 68%-31%": no amount of him
            return None
        phrase = _noun_phrase(what, subject=True)
        if phrase is None:
            return None
        return phrase if via in ("to", "from", "at") else f"{change} in {phrase}"
    if figure.dep_ == "npadvmod" or subject is None or (bare and subject.pos_ == "PROPN"):
        return _amount_of_action(figure, verb) if money else None  # "Reagan, who was 69": an age, a score?
    linked = (figure.dep_ == "attr" and verb.lemma_ == "be") or (
        figure.dep_ == "dobj" and verb.lemma_ in _REACHING_VERBS
    )
    # "went from 166 to 139" is a level, "going to the top 1 percent" is not
    moved = verb.lemma_ != "go" or {"from", "to"} <= {c.lower_ for c in verb.children if c.dep_ == "prep"}
    if linked or (via is not None and via != "of" and verb.lemma_ in _VALUE_VERBS and moved):
        return _noun_phrase(subject, subject=True)
    return _amount_of_action(figure, verb) if money else None


def _amount_of_action(figure: Token, verb: Token) -> str | None:
    """An amount that is the object of what someone does with money: "gave Ayotte $1,200"."""
    if figure.dep_ != "dobj" or verb.lemma_ in _LIGHT_VERBS:
        return None
    participle = _participle(verb)
    return f"amount {participle}" if participle else None


def _up_or_down(direction: Token) -> str | None:
    """The change in what is "up" or "down" by a figure: the subject of "was up", or the noun
    "down" is said of ("with premiums down $1")."""
    owner = next((c for c in direction.children if c.dep_ == "nsubj"), None)
    if owner is None and direction.head.lemma_ == "be":
        owner = _subject(direction.head)
    if owner is None or owner.pos_ != "NOUN":
        return None
    phrase = _noun_phrase(owner, subject=True)
    return f"{_CHANGES[direction.lower_]} in {phrase}" if phrase else None


def _spent_in(figure: Token) -> str | None:
    """What an amount is in, when that is a thing and not a place or a time: "$1 trillion in
    [new spending]"."""
    within = next((c for c in figure.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    what = next((c for c in within.children if c.dep_ == "pobj"), None) if within is not None else None
    if what is None or what.pos_ != "NOUN" or what.lower_ in TEMPORAL_WORDS or what.lemma_ in _TIME_NOUNS:
        return None
    return _noun_phrase(what)


def _state_of(figure: Token) -> str | None:
    """What a count or share that is the subject of "be" is: "16 percent [were black]"."""
    verb = figure.head
    if verb.lemma_ != "be" or verb.pos_ not in ("AUX", "VERB"):
        return None
    complement = next((c for c in verb.children if c.dep_ in ("acomp", "attr")), None)
    if complement is None or complement.i < figure.i or complement.pos_ not in ("ADJ", "NOUN", "PROPN"):
        return None
    words = list(figure.doc[verb.i : complement.right_edge.i + 1])
    if len(words) > _MAX_LABEL_WORDS - 2 or any(_not_a_word(t) for t in words):
        return None
    return " ".join(t.text for t in words)


def _contest(figure: Token, first: Token) -> str | None:
    """The contest a score or a split is the result of, as the sentence says it: "[enlisted
    personnel favored Trump] 58 percent to 21 percent", "[Cruz trails Trump] 458 to 359"."""
    verb = next((a for a in figure.ancestors if a.pos_ == "VERB"), None)
    if verb is None or verb.i > figure.i or _CHANGES.get(verb.lemma_) or verb.lemma_ in _REPORTING:
        return None
    subject = _subject(verb)
    phrase = _noun_phrase(subject) if subject is not None else None
    between = [t for t in figure.doc[verb.i : first.i] if not t.is_punct and t.dep_ != "advmod"]
    if phrase is None or not 2 <= len(between) <= 3 or any(_not_a_word(t) for t in between):
        return None
    if any(t.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ") for t in between[1:]):
        return None  # the verb and its object, nothing else: "[Cruz trails Trump] 458 to 359"
    return " ".join([phrase, *(t.text for t in between)])


def _in_every(figure: Token) -> str | None:
    """What "N in M" counts: the noun M quantifies ("8 in 10 [GOP primary voters]")."""
    rate = next((c for c in figure.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    if rate is None:
        return None
    whole = next((c for c in rate.children if c.dep_ == "pobj"), None)
    if whole is None or whole.pos_ != "NOUN":
        return None
    count = next((c for c in whole.lefts if c.dep_ == "nummod" and c.like_num and c.i == rate.i + 1), None)
    return _noun_phrase(whole, after=count.i) if count is not None else None


def _who_clause(relative: Token) -> str | None:
    """A count of the people a relative clause describes: "31 percent [who view him
    unfavorably]" counts those who view him unfavorably."""
    subject = next((c for c in relative.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ("who", "that") or subject.i != relative.left_edge.i:
        return None
    words = []
    for token in relative.doc[subject.i + 1 : relative.right_edge.i + 1]:
        if token.is_punct or token.like_num or token.dep_ == "mark" or token.tag_ == "WRB":
            break  # "who preferred him [when] the poll was taken"
        words.append(token)
    if len(words) > _MAX_LABEL_WORDS - 1:
        return None
    while words and words[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ"):
        words.pop()  # "who showed up in [2008]"
    if len(words) < 2 or not any(t.pos_ in ("VERB", "AUX") for t in words):
        return None  # "who chose [“honest and trustworthy”]": what they chose is not in the words
    return "".join(t.text + t.whitespace_ for t in words).strip()


def _subject(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head  # "the corporate tax rate, which, at 35 percent, is ..."
    return subject


def _antecedent(figure: Token) -> str | None:
    """The noun a relative clause holding the figure belongs to ("987 [subsidiaries], 537 of
    which are in ..."), or None when the parse attaches the clause to no noun."""
    for ancestor in figure.ancestors:
        if ancestor.dep_ == "relcl":
            return _noun_phrase(ancestor.head) if ancestor.head.pos_ == "NOUN" else None
    return None


def _noun_phrase(head: Token, *, after: int = -1, subject: bool = False) -> str | None:
    """The words of `head`'s noun phrase: its modifiers before it (past `after`), the noun, and
    one prepositional phrase after it ("number [of operations on men]"); None for a pronoun, a
    number or a phrase too long to be a label; never a unit ("percent", "miles"), and a currency
    only as a `subject` ("the euro rose")."""
    if head.pos_ not in ("NOUN", "PROPN") or head.like_num:
        return None
    left = head.i
    for child in sorted((c for c in head.lefts if c.dep_ in _PHRASE_DEPENDENTS), key=lambda c: -c.i):
        if child.right_edge.i != left - 1 or child.left_edge.i <= after:
            break
        if any(t.like_num or t.pos_ == "PRON" or t.is_punct for t in child.subtree):
            break
        left = child.left_edge.i
    right = head.i
    for _ in range(2):  # "number [of operations] [on men]"
        tail = head.doc[right]
        attached = next((c for c in tail.rights if c.dep_ == "prep" and c.i == right + 1), None)
        if attached is None or attached.lower_ not in ("of", "on", "in", "for"):
            break
        objects = [c for c in attached.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
        if not objects or objects[0].left_edge.i != attached.i + 1:
            break
        right = objects[0].i
    if after >= 0 and left != after + 1:
        return None  # a word or mark between the figure and its noun: "$275 billion - [half]"
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if following is not None and following.pos_ in ("NOUN", "PROPN") and after >= 0:
        return None  # "20 [summer] analysts" parsed with "summer" as the counted noun
    words = list(head.doc[left : right + 1])
    while words and words[0].dep_ == "det":  # "the number of the dead": "number of the dead"
        words.pop(0)
    if len(words) > _MAX_LABEL_WORDS and right > head.i:  # "[approval rating] in the latest Post-ABC News poll"
        words = [t for t in words if t.i <= head.i]
    if not words or len(words) > _MAX_LABEL_WORDS or any(_not_a_word(t) for t in words):
        return None
    units = _UNIT_NOUNS if subject else _UNIT_NOUNS | _CURRENCY_NOUNS  # "[the euro] rose to $1.1175"
    if head.lower_ in units or head.lemma_ in units:
        return None  # "20 or 30 [percent] premium", "10,000 [times]": a unit, not what is counted
    return _written(words)


def _written(words: list[Token]) -> str:
    """The words as the sentence writes them, but a common noun that opens the sentence in
    lower case ("[Food] waste has gone down": "food waste")."""
    phrase = "".join(t.text + t.whitespace_ for t in words).strip()
    opening = words[0].i == 0 and words[0].tag_ in ("NN", "NNS") and words[0].text[1:].islower()
    return phrase[0].lower() + phrase[1:] if opening else phrase


def _a_number(token: Token) -> bool:
    return token.like_num or token.tag_ == "$"


def _not_a_word(token: Token) -> bool:
    """A mark, a number, or a piece of a word the tokenizer split ("e" of "e-mails")."""
    glued = token.i + 1 < len(token.doc) and not token.whitespace_ and token.doc[token.i + 1].text == "-"
    return token.is_punct or token.like_num or any(c.isdigit() for c in token.text) or glued or token.text[0] == "-"


def _participle(verb: Token) -> str | None:
    forms = getInflection(verb.lemma_, "VBN")
    return forms[0] if forms else None
