"""Finding the passages of an article that talk to a language model instead of to readers:
"ignore previous instructions", role labels ("SYSTEM:"), chat-template control tokens, copies
of our own prompt markers, and JSON written in the shape of our draft.

No news story needs these lines to be told, and every one of them is an attempt to steer the
model, so they are treated like page furniture: the model never sees them and nothing in them
can ground a quote, name, figure or sentence of the brief. Echoes of an injection (a "HACKED"
headline made of the injected words) then fail grounding like any other invention. The price is
that an article *about* prompt injection loses its examples, which is the safe side to err on."""

from __future__ import annotations

import re

from summarizer.text.spans import Span

# Control tokens of common chat templates (ChatML, Llama, Gemma), also with fullwidth bars.
_CONTROL_TOKEN = re.compile(r"<[|｜][^<>\n]{1,30}[|｜]>|\[/?INST\]|</?s>|<(?:start|end)_of_turn>")
# Our own article markers (see prompting.py), which an article has no reason to contain.
_OUR_MARKER = re.compile(r"<<<ARTICLE|ARTICLE>>>")
# (The look-ahead on the first character lets the regex engine skip every other position at once.)
_INSTRUCTION = re.compile(
    r"(?=[idfonym])(?:\b(?:ignore|disregard|forget|override)\b[^.\n]{0,40}?"
    r"\b(?:previous|prior|above|earlier|preceding|all|your|the\s+system)\b[^.\n]{0,20}?\b(?:instructions?|prompts?|rules|directions|guidelines)\b"
    r"|\bnew\s+instructions\b|\byou\s+are\s+now\s+in\b|\bmaintenance\s+mode\b)",
    re.IGNORECASE,
)
_ROLE_LABEL = re.compile(r"^\s*(?:system|assistant|user|developer)\s*(?:message|prompt)?\s*:", re.IGNORECASE)
# A fake turn or fence longer than this is not taken whole (only its marked lines are).
_MAX_FENCED_LINES = 8
# JSON in the shape of our draft: the keys the model is asked to fill.
_DRAFT_JSON = re.compile(r"[{,]\s*\"(?:headline|summary|quotes|who|numbers)\"\s*:")


def find_injected(lines: list[tuple[int, int, str]]) -> list[Span]:
    """Character ranges of the `lines` (start, end, text; blank lines left out) that address a
    model. A fake chat turn or article fence runs from one control token or marker to the next,
    so its inner lines go too; no further than a few lines, so one stray token cannot take the
    rest of the story with it."""
    fenced = [bool(_CONTROL_TOKEN.search(line) or _OUR_MARKER.search(line)) for _, _, line in lines]
    spans: list[Span] = []
    for index, (start, end, line) in enumerate(lines):
        if fenced[index]:
            spans.append((start, end))
            following = range(index + 1, min(index + 1 + _MAX_FENCED_LINES, len(lines)))
            closing = next((later for later in following if fenced[later]), None)
            if closing is not None:
                spans.append((start, lines[closing][1]))
        elif _INSTRUCTION.search(line) or _ROLE_LABEL.match(line) or _DRAFT_JSON.search(line):
            spans.append((start, end))
    return spans
