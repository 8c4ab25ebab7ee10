"""Rendering the prompt templates shipped in `summarizer.prompts` into chat messages.

Templates are files so prompt changes are reviewable on their own; StrictUndefined makes a
missing variable an error instead of a silently empty prompt. The article is fenced by markers,
and any copy of a marker inside the article is defused, so the text cannot close the fence and
pose as instructions. So are chat-template control tokens (`<|im_end|>`, `<|im_start|>` ...):
llama.cpp and most servers read them in message text as the real tokens, so an article holding
them could end our user message and open a turn of its own."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import jinja2

from summarizer.text.sentences import sentence_spans

OPEN_MARKER = "<<<ARTICLE"
CLOSE_MARKER = "ARTICLE>>>"
# 2: a long article's parts say which part they are; 3: the small model is not given "1-3 sentences"
# to echo; 4: chat-template control tokens in the article are defused; 5: every length and count
# limit is stated, and a capable model reads numbered sentences and cites them; 7: each cited item
# is written from its cited sentences alone, and a role is what the article calls the person; 8: in
# the words those sentences use for what was done (no synonym, idiom or headline slang)
PROMPT_VERSION = "8"
# Control tokens of common chat templates: ChatML and Llama 3 / Phi-3 `<|name|>` (DeepSeek with
# fullwidth bars), Gemma's turns, Llama 2 / Mistral's `<s>`, `</s>`, `[INST]`, `[/INST]`.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_CONTROL_TOKEN = re.compile(
    r"<[|\uff5c]([^\s<>|\uff5c]{1,64})[|\uff5c]>|<(/?s|start_of_turn|end_of_turn)>|\[(/?INST)\]"
)


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FunctionLoader(_load_template),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        autoescape=False,
    )


def _load_template(name: str) -> str:
    return resources.files("summarizer.prompts").joinpath(name).read_text(encoding="utf-8")


def defuse_markers(article: str) -> str:
    """Remove our fence markers from untrusted text, and turn chat-template control tokens into
    their names in parentheses (`<|im_end|>` -> `(im_end)`), so it can end neither the data
    section nor the message it is in. Text without them is returned unchanged."""
    for marker in (OPEN_MARKER, CLOSE_MARKER):
        article = article.replace(marker, marker.strip("<>"))
    return _CONTROL_TOKEN.sub(lambda match: f"({next(name for name in match.groups() if name)})", article)


def numbered_sentences(story: str, start: int = 0, end: int | None = None) -> str:
    """The sentences of `story` that fall in `story[start:end]`, one a line, each after its
    number in the whole story (`[3] ...`), paragraphs kept apart by a blank line: what a capable
    model reads, so that it can cite where each claim comes from at a few tokens a sentence.
    Numbers count every sentence of the story from 1 (`text.sentences`' splitter), so a part of a
    long story numbers as the whole does and `sentence_spans(story)[n - 1]` is sentence n."""
    end = len(story) if end is None else end
    lines: list[str] = []
    previous_end: int | None = None
    for number, (first, last) in enumerate(sentence_spans(story), 1):
        first, last = max(first, start), min(last, end)
        if first >= last:
            continue
        if previous_end is not None and _BLANK_LINE.search(story, previous_end, first):
            lines.append("")
        lines.append(f"[{number}] " + " ".join(story[first:last].split()))
        previous_end = last
    return "\n".join(lines)


def build_messages(
    article: str, people: list[str], figures: list[str], *, full: bool = True, part: int = 1, parts: int = 1
) -> list[dict[str, str]]:
    """System and user messages for one article, or for `part` of its `parts` when it is read
    in parts. With `full`, the extracted names and figures are offered as candidates to label
    (and `article` is expected as `numbered_sentences`); otherwise only prose is asked for
    (small models). Either way the prompt states every limit the answer is held to (`LIMITS`)."""
    # Imported here, not with the module: the draft schema brings instructor and the openai SDK
    # (about half a second), which a batch served from the cache, needing PROMPT_VERSION alone,
    # never uses.
    from summarizer.schemas.draft import LIMITS

    variables = {
        "part": part,
        "parts": parts,
        "open_marker": OPEN_MARKER,
        "close_marker": CLOSE_MARKER,
        "article": defuse_markers(article),
        "people": people,
        "figures": figures,
        "full": full,
        "limits": LIMITS,
    }
    env = _environment()
    return [
        {"role": "system", "content": env.get_template("system.jinja").render(variables).strip()},
        {"role": "user", "content": env.get_template("user.jinja").render(variables).strip()},
    ]
