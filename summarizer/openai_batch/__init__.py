"""The OpenAI Batch API, end to end, without a cluster of our own:

    write_openai_batch(items, settings, "requests.jsonl")   # the request file and its manifest
    # ... submit it (OpenAI's Batch API, or `vllm run-batch`), download the results ...
    for article, brief, failure in collect_results("results.jsonl", find_manifest("results.jsonl")):
        ...

Each request's body is exactly what `summarize` sends the remote backend for that article
(strict structured outputs included), and each answer is validated, salvaged and assembled
exactly as `summarize` does, so a brief from a batch is the brief a live call would have made
from the same answer. The modules behind it: `requests` (writing),
`results` (reading), `manifest` (what links the two)."""

from summarizer.openai_batch.manifest import ArticleRecord, custom_ids, find_manifest, manifest_path_for
from summarizer.openai_batch.requests import BatchFileSummary, request_lines, write_openai_batch
from summarizer.openai_batch.results import Collected, collect_results

__all__ = [
    "ArticleRecord",
    "BatchFileSummary",
    "Collected",
    "collect_results",
    "custom_ids",
    "find_manifest",
    "manifest_path_for",
    "request_lines",
    "write_openai_batch",
]
