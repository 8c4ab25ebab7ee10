"""Whether a claim says the opposite of its passage, the test a claim fails when a negation or
an opposite is added or dropped (moved from `claims`, where every test of a claim once lived):

- `polarity_mismatch`: negations and opposites (rose/fell) agree: a negation the claim drops or
  adds, a word the evidence denies, an opposite said instead;
- `denied_whole`: the evidence denies the claim's whole statement ("no one was hurt" against
  "people were hurt");
- `contrast_mismatch`: what the claim prefers and what it sets aside ("favour tenants rather than
  owners") are not the evidence's the other way round."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.grounding.claims import Claim, Passage, derived_keys, in_compound, synonym_keys
from summarizer.grounding.lemmas import Word, can_be_verb, is_content, is_dictionary_word, lemma_keys
from summarizer.grounding.polarity import (
    FUNCTION_NEGATIONS,
    aimed_at,
    averse_scope,
    negated_at,
    negations,
    opposite_in,
    verb_of_negated_subject,
    word_class,
)

__all__ = [
    "contrast_mismatch",
    "denied_whole",
    "polarity_mismatch",
]


def polarity_mismatch(claim: Claim, passage: Passage) -> str | None:
    """Negations agree in both directions, and no word of the claim meets only its opposite.
    A negation of the claim needs one in the evidence sentence that holds what it negates; a
    negation in the evidence counts against the claim only where it directly governs a word
    the claim states plainly (evidence sentences are long, and negate many things)."""
    sentences = passage.sentences
    for index, predicate in negations(claim.words):
        if predicate is not None and opposite_in(predicate, passage.keys):
            continue  # "would not allow" where the evidence says "ban": the same polarity
        verb = verb_of_negated_subject(claim.text, claim.words, index)
        if verb is not None and any(_negates_there(s, verb) for s in sentences if any(_says(w, verb) for w in s)):
            continue  # "no decision has been made" where the evidence says "has not been made"
        if claim.words[index].lower in _QUANTIFIER_NEGATIONS and _denied_whole(
            claim, index, sentences, passage.source.text
        ):
            continue  # "nobody suffered serious injuries" where the evidence says "no serious injuries"
        said = claim.words[index].text
        holding = [s for s in sentences if predicate is not None and any(_says(w, predicate) for w in s)]
        if _cue_written_there(claim.words[index], holding or sentences):
            continue  # "Trump dismisses his campaign manager" where "he was dismissed as campaign manager"
        if predicate is not None and holding and not any(_negates_there(s, predicate) for s in holding):
            negated = f"{said} {predicate.text}"
            return f"the negation {said!r} ({negated}) is not in the evidence"
        if not any(negations(s) or _sets_aside(s) for s in (holding or sentences)):
            negated = f"{said} {predicate.text}" if predicate else said
            return f"the negation {said!r} ({negated}) is not in the evidence"
    claim_keys = frozenset(k for w in claim.words for k in w.keys)
    for sentence in sentences:
        for index, predicate in negations(sentence, yet_to=True):
            if predicate is None or not _family(predicate) & claim_keys:
                continue
            cue = sentence[index]
            if cue.lower in _QUANTIFIER_NEGATIONS and _set_apart(passage.source.text, cue):
                continue  # "no collusion" in quotation marks, "No, mom": a slogan or a reply, not the report
            if _negated_too(claim, predicate) or cue.keys & claim_keys or claim_keys & _CONTRASTS:
                continue
            if _averted(claim, sentence, index):
                continue  # "warned against rushing to judgment" where the evidence says "no rush to judgment"
            if _stated_plainly(predicate, sentence):
                continue  # "lost power ... and 66,000 remained without power": said both ways
            if can_be_verb(predicate.lower) and _said_plainly(predicate, sentences):
                continue  # "could not be flown, and the team flew half of it": "flew" is there too
            return f"the evidence says {cue.text!r} ({cue.text} {predicate.text}), the claim does not"
    sentence_keys = [frozenset(k for w in sentence if is_content(w) for k in w.keys) for sentence in sentences]
    # What the claim says in other words: "back Clinton" says the evidence's "support Clinton".
    claim_says = claim_keys | frozenset().union(*(synonym_keys(w) for w in claim.content))
    for word in claim.content:
        if in_compound(claim.text, word) or aimed_at(claim.text, word):
            continue  # "first-person", "low-cost": the compound means something else
        # An opposite the claim says itself, in its words or in other words, is no contradiction
        # ("stopped 33 shots in 10 starts"; "47 percent back Clinton, against 15 percent").
        # The sentence that says most of the word's clause decides: another may say the word too,
        # of something else ("conditions have been tightening" before "the rally came with a
        # loosening"); and a claim of two clauses may say each of its own sentence ("the Sharks
        # won, while Edmonton lost": the sentence on the Sharks says "won").
        clause = _clause_keys(claim, word)
        closest = max(sentence_keys, key=lambda keys: (len(keys & clause), len(keys & claim_keys)), default=frozenset())
        used_as = word_class(claim.text, word)
        opposite = opposite_in(word, passage.keys, word_class=used_as) or opposite_in(word, closest, listed_only=True)
        # Nor one the claim negates: "would not allow" says what the evidence's "ban" says.
        # Nor one beside the claim's word in other words ("cut" where it says "reduce").
        if (
            opposite
            and opposite not in claim_says
            and not _negated_in(opposite, sentences)
            and not _negates(claim, word)
            and not synonym_keys(word) & passage.keys
        ):
            return f"{word.text!r} here, but {opposite!r} in the evidence"
    return None


def _cue_written_there(cue: Word, sentences: Sequence[Sequence[Word]]) -> bool:
    """Whether the claim's negation is a verb that denies ("dismissed", "rejected", "refused")
    and an evidence sentence that says what it negates uses that verb too: the polarity is the
    evidence's, however far from the verb the negated word stands there ("Lewandowski was
    dismissed on Monday as Trump's campaign manager" for "Trump dismisses campaign manager
    Lewandowski"). A "not" the evidence adds to it is the other test's to find; a negation that
    is a word of its own (`FUNCTION_NEGATIONS`) is in every long sentence and says nothing of it."""
    if cue.lower in FUNCTION_NEGATIONS or cue.lower.endswith("n't"):
        return False
    wanted = frozenset(k for k in cue.keys if not k.startswith("~"))
    return any(wanted & w.keys for sentence in sentences for w in sentence)


def _negated_too(claim: Claim, predicate: Word) -> bool:
    """Whether the claim may negate what the evidence negates with `predicate`: a negation of
    the claim stands in the clause of a word that says it, before that word ("did not find
    any *precedent*") or just after it, on its verb ("*power* might not be restored"). A
    negation of something else in another part of the claim ("there was *precedent* ... even
    without evidence of intent") leaves the claim's word plainly said, against the evidence's
    "no precedent"."""
    found = {i for i, _ in negations(claim.words)}
    if not found:
        return False
    family = _family(predicate)
    position = {id(w): i for i, w in enumerate(claim.words)}
    for clause in _clauses(claim.words, claim.text):
        at = [position[id(w)] for w in clause]
        negated = [i for i in at if i in found]
        said = [i for i in at if claim.words[i].keys & family or _says(claim.words[i], predicate)]
        if any(n < s or n - s <= _NEGATION_AFTER for n in negated for s in said):
            return True
    # A claim that says the word nowhere says it in other words: any negation of it may be the evidence's.
    return not any(w.keys & family or _says(w, predicate) for w in claim.words)


def _family(word: Word) -> frozenset[str]:
    """`word`'s lemmas and the words WordNet derives from them or them from ("decision":
    "decide"): a negated noun of an act denies the act ("is yet to make a *decision*" is no
    "has decided")."""
    return word.keys | derived_keys(word)


def _averted(claim: Claim, sentence: Sequence[Word], index: int) -> bool:
    """Whether the claim says without a negation what the negation at `index` of the evidence
    `sentence` denies (`averse_scope`): the act it negates, or the first thing named after that
    act, is what the claim's averse verb governs ("skip GOP primaries" for "do not vote in GOP
    primaries"; "warned against rushing" for "no rush"). What is named first decides: "skip
    national elections" is no "do not vote in local elections"."""
    averse = averse_scope(claim.text)
    if not averse:
        return False
    negated = [w for w in sentence[index + 1 : index + 1 + _AVERTED_REACH] if is_content(w)][:2]
    return any(w.keys & averse for w in negated)


_AVERTED_REACH = 5  # words after a negation read for what it denies


def _clause_keys(claim: Claim, word: Word) -> frozenset[str]:
    """The lemmas of the content words of the part of the claim that holds `word`, between
    commas, semicolons, colons or dashes ("..., while Edmonton lost a fifth straight"); the whole
    claim's when that part says too little else to find its sentence by."""
    marks = [0, *(m.end() for m in _CLAUSE_MARK.finditer(claim.text)), len(claim.text) + 1]
    start, end = next((a, b) for a, b in zip(marks, marks[1:], strict=False) if a <= word.start < b)
    part = [w for w in claim.content if start <= w.start < end and w is not word]
    if len(part) < _CLAUSE_WORDS:
        part = list(claim.content)
    return frozenset(k for w in part for k in w.keys)


#: The marks at which a sentence or a claim goes on to another clause.
_CLAUSE_MARKS = ",;:—–"
_CLAUSE_MARK = re.compile(f"[{_CLAUSE_MARKS}]")
_CLAUSE_WORDS = 3  # content words besides its own a part of a claim needs to find its sentence


#: Content words after a quantifier's negation that it denies ("nobody *suffered serious
#: injuries*", "none of the *staff* were *hurt*").
_DENIED_SCOPE = 5
# A prefix that makes a word its own negation ("unharmed": not harmed).
_NEGATIVE_PREFIX = "un"


def denied_whole(claim: Claim, passage: Passage) -> bool:
    """Whether the claim has a "no", "none" or "nobody", and the evidence denies what each of
    them denies (`_denied_whole`): then a verb the quantifier negates need not be negated in
    the evidence itself ("none of the hostages were hurt" where "the hostages were unharmed")."""
    found = [i for i, _ in negations(claim.words) if claim.words[i].lower in _QUANTIFIER_NEGATIONS]
    return bool(found) and all(_denied_whole(claim, i, passage.sentences, passage.source.text) for i in found)


def _denied_whole(claim: Claim, index: int, sentences: Sequence[Sequence[Word]], text: str) -> bool:
    """Whether the evidence denies what a claim's "no", "none" or "nobody" at `index` denies:
    a quantifier negates its whole clause, not only the word after it, so the evidence may
    put its negation on another of the clause's words ("there were no serious injuries" for
    "nobody suffered serious injuries"), or say it with a word negated by its prefix ("all
    the staff were unharmed" for "none of the staff were hurt")."""
    scope = [w for w in claim.words[index + 1 :] if is_content(w)][:_DENIED_SCOPE]
    for clause in (c for sentence in sentences for c in _clauses(sentence, text)):
        negated = [p for _, p in negations(clause) if p is not None]
        negated += [_unprefixed(w) for w in clause if w.lower.startswith(_NEGATIVE_PREFIX)]
        denied = [claimed for claimed in scope if any(_says(p, claimed) for p in negated)]
        # Of what the claim's clause is about, not of something else the sentence names ("the
        # hostages were unharmed, but the guards were hurt" denies nothing of the guards): the
        # evidence's clause says most of it.
        said = [claimed for claimed in scope if any(_says(w, claimed) for w in clause) or claimed in denied]
        if denied and 2 * len(said) >= len(scope):
            return True
    return False


def _clauses(sentence: Sequence[Word], text: str) -> list[list[Word]]:
    """The sentence's words split where a mark (, ; : — or a dash) or a word that opens a
    contrast ("but", "while") begins another clause."""
    found: list[list[Word]] = [[]]
    for previous, word in zip((None, *sentence), sentence, strict=False):
        gap = text[previous.end : word.start] if previous is not None else ""
        if previous is not None and (any(mark in gap for mark in _CLAUSE_MARKS) or word.lower in _CLAUSE_OPENERS):
            found.append([])
        found[-1].append(word)
    return [clause for clause in found if clause]


def _unprefixed(word: Word) -> Word:
    """`word` without its negative prefix ("unharmed": "harmed"), when that is a word of
    English of its own ("under" is no "der"); else a word with no lemmas."""
    rest = word.lower[len(_NEGATIVE_PREFIX) :]
    keys = lemma_keys(rest) if len(rest) >= 4 and is_dictionary_word(rest) else frozenset()
    return Word(rest, word.start, word.end, rest, keys)


def _said_plainly(predicate: Word, sentences: Sequence[Sequence[Word]]) -> bool:
    """Whether the evidence also says `predicate` (a verb it negates somewhere) outside any
    negation's scope: then a claim that states it plainly says what the evidence says there.
    Only a verb: "Neither the palace nor the sultan confirmed it" negates what is said of the
    sultan wherever else he is named."""
    return any(
        w.keys & predicate.keys and not negated_at(sentence, j)
        for sentence in sentences
        for j, w in enumerate(sentence)
        if is_content(w)
    )


def _stated_plainly(predicate: Word, sentence: Sequence[Word]) -> bool:
    """Whether the evidence sentence that negates `predicate`'s word also writes it where no
    negation governs it ("600,000 lost power and 66,000 remained without power"): a word one
    sentence uses both ways gives the claim the benefit of the doubt, as the tests of the
    parse do (`structure.negation_mismatch`)."""
    governed = {id(p) for _, p in negations(sentence, yet_to=True) if p is not None}
    return any(w.keys & predicate.keys and id(w) not in governed for w in sentence if is_content(w))


def contrast_mismatch(claim: Claim, passage: Passage) -> str | None:
    """What the claim prefers and what it sets aside ("favour tenants rather than owners"),
    the evidence the other way round ("favour the owner, not the tenant"): every word of each
    side is there, and no negation is missing, yet the claim says the opposite."""
    for preferred, rejected in _contrasts(claim.words, claim.text):
        for sentence in passage.sentences:
            for their_preferred, their_rejected in _contrasts(sentence, passage.source.text):
                if _shares(preferred, their_rejected) and _shares(rejected, their_preferred):
                    said = " ".join(w.text for w in rejected)
                    return f"the claim sets {said!r} aside, the evidence prefers it"
    return None


#: How many content words on each side of a contrast make what is preferred and set aside.
_CONTRAST_SIDE = 2


def _contrasts(text_words: Sequence[Word], text: str) -> list[tuple[tuple[Word, ...], tuple[Word, ...]]]:
    """(preferred, set aside) for each "A rather than B", "A instead of B" and "A, not B" of
    `text_words`: the content words just before the mark and just after it; and for each
    weighing of two things by "more" and "less" (`_weighed`)."""
    found = _weighed(text_words, text)
    for i, word in enumerate(text_words[:-1]):
        after = i + 2 if (word.lower, text_words[i + 1].lower) in (("rather", "than"), ("instead", "of")) else None
        if after is None and word.lower == "not" and i and text[text_words[i - 1].end : word.start].strip() == ",":
            after = i + 1
        if after is None:
            continue
        before = [w for w in text_words[max(0, i - 4) : i] if is_content(w)][-_CONTRAST_SIDE:]
        later = [w for w in text_words[after : after + 4] if is_content(w)][:_CONTRAST_SIDE]
        if before and later:
            found.append((tuple(before), tuple(later)))
    return found


def _weighed(text_words: Sequence[Word], text: str) -> list[tuple[tuple[Word, ...], tuple[Word, ...]]]:
    """(preferred, set aside) for each "more A than B" and "less B than A", and "less B and more
    A" (or the other order), of `text_words`: "owes more to access than to payments" puts
    access first, "has less to do with access and more to do with payments" payments. Each side
    is the content words between its word of degree and the next mark ("than", the other word
    of degree, a comma), at most `_WEIGHED_SIDE` of them; a side with none ("more than 40") is
    a figure's bound, not a thing weighed."""
    found = []
    for i, word in enumerate(text_words):
        if word.lower not in _DEGREES:
            continue
        first, at = _side(text_words, text, i + 1)
        if not first or at >= len(text_words):
            continue
        mark = text_words[at].lower
        following = text_words[at + 1 : at + 2]
        if mark == "than":
            second, _ = _side(text_words, text, at + 1)
        elif mark == "and" and following and following[0].lower in _DEGREES and following[0].lower != word.lower:
            second, _ = _side(text_words, text, at + 2)
        else:
            continue
        if second:
            more = word.lower == "more"
            found.append((first, second) if more else (second, first))
    return found


def _side(text_words: Sequence[Word], text: str, start: int) -> tuple[tuple[Word, ...], int]:
    """The content words from `start` up to the next "than", "and" or mark of punctuation (at
    most `_WEIGHED_SIDE`), and the index where the side stops."""
    side: list[Word] = []
    at = start
    while at < len(text_words):
        word = text_words[at]
        if word.lower in ("than", "and") or (
            at > start and any(m in text[text_words[at - 1].end : word.start] for m in ",;:—")
        ):
            break
        if is_content(word) and word.lower not in _DEGREES and len(side) < _WEIGHED_SIDE:
            side.append(word)
        at += 1
    return tuple(side), at


_DEGREES = frozenset({"more", "less", "fewer"})
_WEIGHED_SIDE = 5  # content words read on each side of a weighing


def _shares(first: Sequence[Word], second: Sequence[Word]) -> bool:
    return any(a.keys & b.keys for a in first for b in second)


def _says(word: Word, claimed: Word) -> bool:
    """Whether the evidence's `word` says the claim's `claimed` (its lemma or a synonym:
    "back" for "support")."""
    return bool(word.keys & claimed.keys or synonym_keys(claimed) & word.keys)


def _negates_there(sentence: Sequence[Word], claimed: Word) -> bool:
    """Whether `sentence` negates what the claim negates: a negation whose scope reaches the
    word that says it, or one that governs a form of it, or a verb that denies what follows it
    ("refused to say"). A "not" elsewhere in a long sentence ("do not hold a majority, but have
    said they will back") negates something else."""
    for index, word in enumerate(sentence):
        if not _says(word, claimed):
            continue
        # before it ("not seeing any *warning*"), or just after, on its verb ("*power* might not be restored")
        before = list(sentence[max(0, index - _NEGATION_REACH) : index])
        turns = [i for i, w in enumerate(before) if w.lower in _TURNS and not _not_yet(before, i)]
        near = [*before[turns[-1] + 1 if turns else 0 :], *sentence[index + 1 : index + 1 + _NEGATION_AFTER]]
        if any(_negating(w) for w in near) or any(w.lower in _DENYING for w in sentence[:index]):
            return True
        if _sets_aside(before[turns[-1] + 1 if turns else 0 :]):
            return True  # "business owners, rather than government bureaucrats": not the government
    return any(predicate is not None and _says(predicate, claimed) for _, predicate in negations(sentence)) or any(
        opposite_in(w, claimed.keys) for w in sentence
    )


# How far before the word it negates a negation may stand ("not seeing or feeling any *warning*").
_NEGATION_REACH = 8
# Words that turn a sentence to another clause: a negation before them negates something else
# ("Maybe not, but I think second was possible").
_TURNS = frozenset("but although though however yet whereas".split())
# Words that open a clause of their own within a sentence: the turns, and "while" (which, before
# a negation, may also mean "during": not a turn there).
_CLAUSE_OPENERS = _TURNS | {"while"}
_NEGATION_AFTER = 3
_NEGATIONS_BEFORE = frozenset("not no never none nor neither cannot".split())
# Verbs and quantifiers whose negation reaches far ("refused on Monday to say whether ...").
_DENYING = frozenset(
    "deny denied denies denying refuse refused refuses refusing fail failed fails failing reject rejected "
    "rejects rejecting unable impossible no none without never nobody nothing".split()
)


def _sets_aside(text_words: Sequence[Word]) -> bool:
    """Whether `text_words` say "rather than" or "instead of": what follows is set aside, as
    "not" sets it aside ("owners, rather than the government, decide" is "owners, not the
    government")."""
    return any((a.lower, b.lower) in _SETTING_ASIDE for a, b in zip(text_words, text_words[1:], strict=False))


_SETTING_ASIDE = frozenset({("rather", "than"), ("instead", "of")})


def _negating(word: Word) -> bool:
    return word.lower in _NEGATIONS_BEFORE or word.lower.endswith("n't")


def _not_yet(text_words: Sequence[Word], index: int) -> bool:
    """Whether the word at `index` is the "yet" of "not yet" ("has not yet been made"): part of
    the negation, not the turn to another clause that "but yet" is."""
    return text_words[index].lower == "yet" and index > 0 and _negating(text_words[index - 1])


def _negated_in(key: str, sentences: Sequence[Sequence[Word]]) -> bool:
    """Whether the evidence negates the word `key` is a lemma of ("would not *allow*"): its
    opposite ("ban") then says the same."""
    return any(predicate is not None and key in predicate.keys for s in sentences for _, predicate in negations(s))


def _negates(claim: Claim, word: Word) -> bool:
    """Whether the claim negates `word` itself ("would *not allow*")."""
    return any(predicate is word for _, predicate in negations(claim.words))


def _set_apart(text: str, word: Word) -> bool:
    """Whether `word` opens a quotation or is followed by a comma."""
    return (
        text[max(0, word.start - 1) : word.start] in "\"“‘'" and word.start > 0 or text[word.end : word.end + 1] == ","
    )


_QUANTIFIER_NEGATIONS = frozenset("no none nothing nobody without nor neither".split())
# Words that state a contrast as a negation does ("rather than an orphanage").
_CONTRASTS = frozenset("rather instead unlike refusal denial rejection failure lack absence".split())
