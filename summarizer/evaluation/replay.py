"""A model's output whose quality is known, put through the real validation and grounding with
no model called: a capable model's recorded answer replayed as `collect` replays a Batch API
answer, and prose (claims, system summaries) given to the assembler as if a model wrote it.
What the brief keeps of them measures the checks themselves, whatever backend is configured."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from openai.types.chat import ChatCompletion

from summarizer.config import Settings
from summarizer.drafting.job import prepare
from summarizer.extract.evidence import gather_evidence
from summarizer.grounding.assemble import build_brief
from summarizer.schemas import Brief, Draft, DraftEvent, Usage
from summarizer.source.article import Article

#: The model a replayed answer is credited to (in the brief's usage and the report's title).
RECORDED_MODEL = "recorded-answer"
# A capable remote backend, so the request asks for the full `Draft` (a small model gets the
# prose-only draft); no key and no server are needed, since nothing is sent. The whole article
# in one request, as the recorded answers were written for.
_REPLAY_SETTINGS = Settings(backend="openai", model=RECORDED_MODEL, context_chars=None)


def replay_answer(text: str, name: str, answer: Mapping[str, Any]) -> Brief:
    """The brief that `answer` (the JSON a model returned for `text`'s request) yields: validated
    against the article and salvaged without a re-ask when it fails, then grounded and
    assembled, exactly as `summarizer collect` treats a batch answer."""
    job = prepare(text, name, _REPLAY_SETTINGS)
    return job.finish([job.replay(recorded_completion(answer), 0)])


def recorded_completion(answer: Mapping[str, Any]) -> ChatCompletion:
    """A chat completion whose message is `answer` as JSON, as a server would send it back."""
    return ChatCompletion.model_validate(
        {
            "id": "recorded",
            "object": "chat.completion",
            "created": 0,
            "model": RECORDED_MODEL,
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": json.dumps(answer, ensure_ascii=False)},
                }
            ],
        }
    )


class ProseTrial:
    """One article, its evidence gathered once, given prose as a model's draft any number of
    times: each `brief` is what the assembler makes of that prose (the same checks as a live
    brief, with no cap on how many events are given)."""

    def __init__(self, text: str, name: str) -> None:
        self.article = Article.from_text(text, name)
        self.evidence = gather_evidence(self.article)

    def brief(self, *, summary: str = "", events: Sequence[str] = ()) -> Brief:
        # Constructed, not validated: a draft's item limits are the model's budget, not a check;
        # fields this does not name keep their defaults.
        what = [DraftEvent(text=event) for event in events]
        draft = Draft.model_construct(headline="", summary=summary, what=what, who=[], numbers=[], quotes=[])
        return build_brief(self.article, self.evidence, draft, Usage())
