"""When a predicted quote or name counts as the annotated one. These rules are the metric
definitions the README documents; keep the two in step. They are deliberately not the system's
name matcher (`summarizer.text.names`): a judge sharing it would agree with the system by
construction, and a change to the matcher would move the yardstick with the thing measured."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from summarizer.text.spans import fold

QUOTE_COVERAGE = 0.8
_WORD = re.compile(r"\w+")
_LEADING_ARTICLES = {"the", "a", "an"}
PRONOUNS = frozenset("i me my we us our you your he him his she her they them their it its who this that".split())


def word_tokens(text: str) -> list[str]:
    """Lower-cased word tokens; quotation marks and punctuation do not count."""
    return _WORD.findall(fold(text).lower())


def covers(predicted: Sequence[str], gold: Sequence[str], threshold: float = QUOTE_COVERAGE) -> bool:
    """Whether the shared tokens make up at least `threshold` of either side's tokens (so a
    quote cut a little short, or one that runs on a little, still counts)."""
    if not predicted or not gold:
        return False
    shared = sum((Counter(predicted) & Counter(gold)).values())
    return shared >= threshold * len(gold) or shared >= threshold * len(predicted)


def match_quotes(predicted: Sequence[str], gold: Sequence[str]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (predicted index, gold index), predictions in their order, each
    taking the first unmatched gold quote it covers."""
    gold_tokens = [word_tokens(text) for text in gold]
    taken: set[int] = set()
    pairs = []
    for p, text in enumerate(predicted):
        tokens = word_tokens(text)
        hit = next((g for g, other in enumerate(gold_tokens) if g not in taken and covers(tokens, other)), None)
        if hit is not None:
            taken.add(hit)
            pairs.append((p, hit))
    return pairs


def name_words(name: str | None) -> list[str]:
    """A name's words, lower-cased, without a leading article ("the mayor" -> ["mayor"])."""
    words = word_tokens(name or "")
    while words and words[0] in _LEADING_ARTICLES:
        words = words[1:]
    return words


def same_name(predicted: str | None, gold: str | None) -> bool:
    """Whether a predicted name refers to the gold one at the level news uses: equal, the same
    surname ("Trudeau" / "Justin Trudeau"), or the prediction contains every gold word
    ("Kim Jong Un" for "Kim")."""
    p, g = name_words(predicted), name_words(gold)
    if not p or not g:
        return False
    return p == g or p[-1] == g[-1] or set(g) <= set(p)


_APPOSITIVE = re.compile(r",|\(|\bwho\b|\bwhose\b")


# "Sen. Sherrod Brown of Ohio": an "of" phrase after a name of two words or more (its last word
# capitalised) says where the person is from, as an appositive would; "Speaker of the House Rep.
# Paul Ryan" (one word before "of") and "the former secretary of state" keep theirs
_OF_AFTER_NAME = re.compile(r"^((?:\S+\s+)+?[A-Z][\w.'’-]*)\s+of\s+")


def mention_head(mention: str | None) -> str | None:
    """A source mention without its appositive: PolNeAR's annotated sources run on ("Len Burman,
    head of the Tax Policy Center", "Sen. Tom Carper of Delaware"), while the name is the part
    before the description."""
    if mention is None:
        return None
    head = _APPOSITIVE.split(mention, maxsplit=1)[0].strip() or mention
    named = _OF_AFTER_NAME.match(head)
    return named.group(1) if named and len(named.group(1).split()) >= 2 else head


def is_pronoun(mention: str | None) -> bool:
    words = name_words(mention)
    return bool(words) and all(word in PRONOUNS for word in words)
