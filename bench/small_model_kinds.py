"""Whether the embedded small model can settle the kind of a name the rules leave open, and
whether it pays for its time (issue 15: "a constrained choice of kind for an ambiguous candidate,
scored by its log-probabilities ... if it pays for its time; measure it").

The candidates are the names `find_entities` leaves as kind "other" though they may act in the
story (`is_actor`): neither a rule nor the statistical tagger's vote settled them, so the brief
shows them nowhere. For each, the bundled SmolLM2-135M reads the sentence of its first mention
and compares four answers to "X is the name of a ..." by the log-probability of their first token
(no sampling, no grammar): person, organization, place, other thing. Its choice is set against the gold kind of
the name's mentions in CoNLL-2003 (the eval's dev file, the half asked for):

- right: the model gives the gold kind (PER, ORG, LOC) to a name the brief now misses;
- wrong: it gives a kind to a name that is MISC, no entity, or of another kind (a false entry);
- and the time per candidate, beside the whole brief's.

    .venv/bin/python bench/small_model_kinds.py /work/shared/eval/conll2003_ner/dev.jsonl --half tuning
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

_CHOICES = {"person": "PER", "organization": "ORG", "place": "LOC", "other thing": "O"}
_PROMPT = (
    "<|im_start|>user\nIn the sentence below, what is {name}?\n\nSentence: {sentence}\n<|im_end|>\n"
    "<|im_start|>assistant\n{name} is the name of a"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", help="CoNLL-2003 file in the eval's JSONL layout")
    parser.add_argument("--half", choices=("tuning", "held-out"), default=None)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)

    from llama_cpp import Llama

    from summarizer.backends.embedded import bundled_model_path
    from summarizer.evaluation.datasets import load_dataset
    from summarizer.extract.entities import find_entities, is_actor
    from summarizer.text.sentences import sentence_span_around

    dataset = load_dataset(Path(args.dataset), half=args.half)
    model = Llama(model_path=str(bundled_model_path()), n_ctx=512, n_threads=args.threads, verbose=False)
    outcomes: Counter[tuple[str, str]] = Counter()
    model_seconds = rules_seconds = 0.0
    for example in dataset.examples:
        text = example.text
        started = time.perf_counter()
        entities = find_entities(text)
        rules_seconds += time.perf_counter() - started
        gold = [(g["start"], g["end"], g["type"]) for g in example.gold.get("entities", [])]
        for entity in entities:
            if entity.kind != "other" or not is_actor(entity, text):
                continue
            mention = entity.mentions[0]
            span = sentence_span_around(text, mention.start) or (mention.start, mention.end)
            sentence = " ".join(text[span[0] : span[1]].split())[:400]
            started = time.perf_counter()
            choice = _choose(model, entity.name, sentence)
            model_seconds += time.perf_counter() - started
            outcomes[(_gold_kind(entity.mentions, gold), choice)] += 1
    _report(outcomes, model_seconds, rules_seconds, len(dataset.examples))
    return 0


def _choose(model: object, name: str, sentence: str) -> str:
    """The answer whose first token is likeliest after the prompt: the four answers open on
    different tokens, so one evaluation of the prompt scores them all."""
    prompt = _PROMPT.format(name=name, sentence=sentence)
    prompt_tokens = model.tokenize(prompt.encode(), special=True)  # type: ignore[attr-defined]
    model.reset()  # type: ignore[attr-defined]
    model.eval(prompt_tokens)  # type: ignore[attr-defined]
    logits = model.scores[len(prompt_tokens) - 1]  # type: ignore[attr-defined]
    first = {
        kind: model.tokenize((" " + answer).encode(), add_bos=False)[0]  # type: ignore[attr-defined]
        for answer, kind in _CHOICES.items()
    }
    return max(first, key=lambda kind: float(logits[first[kind]]))


def _gold_kind(mentions: list, gold: list[tuple[int, int, str]]) -> str:
    """The gold type most of the name's mentions fall in (O: none of them is a gold entity)."""
    kinds = Counter(
        next((kind for start, end, kind in gold if start <= m.start and m.end <= end), "O") for m in mentions
    )
    return kinds.most_common(1)[0][0]


def _report(outcomes: Counter[tuple[str, str]], model_seconds: float, rules_seconds: float, articles: int) -> None:
    candidates = sum(outcomes.values())
    right = sum(n for (gold, chosen), n in outcomes.items() if chosen != "O" and chosen == gold)
    wrong = sum(n for (gold, chosen), n in outcomes.items() if chosen != "O" and chosen != gold)
    reachable = sum(n for (gold, _), n in outcomes.items() if gold in ("PER", "ORG", "LOC"))
    print(f"articles {articles}; names the rules leave open {candidates}; of them a gold PER/ORG/LOC {reachable}")
    print("gold -> model's choice:")
    for gold in ("PER", "ORG", "LOC", "MISC", "O"):
        row = {chosen: outcomes[(gold, chosen)] for chosen in ("PER", "ORG", "LOC", "O")}
        print(f"  {gold:5} " + "  ".join(f"{k} {v:3}" for k, v in row.items()))
    print(f"kinds given: right {right}, wrong {wrong} (a wrong one is a false entry in the brief)")
    per = model_seconds / candidates if candidates else 0.0
    print(f"model time: {model_seconds:.1f} s, {per * 1000:.0f} ms per candidate; rules: {rules_seconds:.1f} s")
    print(f"per article: model {model_seconds / articles:.2f} s beside the rules' {rules_seconds / articles:.2f} s")


if __name__ == "__main__":
    sys.exit(main())
