"""The `summarizer` command. Built only on the public API; errors become one line on stderr and
an exit code (`summarizer.errors.ExitCode`, one enum for every command) here, at a single
boundary."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from summarizer.errors import ExitCode


class _UsageError(SystemExit):
    """A command-line mistake, reported by `main` in one line."""

    def __init__(self, message: str) -> None:
        super().__init__(ExitCode.INPUT)
        self.message = message


class _OneLineParser(argparse.ArgumentParser):
    """argparse prints a usage block on errors; ours is one line that points at --help."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(f"{message} (see: {self.prog} --help)")


def build_parser() -> argparse.ArgumentParser:
    common = _OneLineParser(add_help=False)
    common.add_argument("-v", "--verbose", action="count", default=0, help="log progress to stderr (-vv: debug)")
    parser = _OneLineParser(
        prog="summarizer", parents=[common], description="Grounded briefing notes from news articles."
    )
    parser.add_argument("--version", action="version", version=f"summarizer {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_OneLineParser)

    brief = commands.add_parser(
        "brief", parents=[common], help="brief one or more articles", description="Brief articles (- reads stdin)."
    )
    brief.add_argument("files", nargs="+", metavar="FILE", help="article text files, or - for standard input")
    brief.add_argument(
        "--format",
        choices=("markdown", "json", "html"),
        default="markdown",
        help="output format (default markdown; json with several files prints one object per line; "
        "html: one self-contained page showing the note beside the articles)",
    )
    brief.add_argument(
        "--merge",
        action="store_true",
        help="one note of the story the articles report: people, places, figures and quotes "
        "merged across them, each with its sources",
    )
    brief.add_argument(
        "--out",
        metavar="DIR",
        help="write one file per article into DIR instead of stdout (with --merge: DIR/merged.EXT)",
    )
    brief.add_argument("--cache", metavar="DIR", help="where briefs are cached (default: the user cache directory)")
    brief.add_argument("--no-cache", action="store_true", help="brief afresh, storing nothing")
    _add_model_options(brief)

    batch = commands.add_parser(
        "batch",
        parents=[common],
        help="brief a directory or JSONL file of articles",
        description="Brief every article of INPUT (a directory of .txt/.md/.html files, or JSONL lines of "
        "{id, text, meta}) into DIR: one JSON brief per article, index.jsonl and errors.jsonl. "
        "Finished articles are kept: run the same command again to resume.",
    )
    batch.add_argument("input", metavar="INPUT", help="a directory of articles or a JSONL file")
    batch.add_argument("--out", metavar="DIR", help="where the briefs go (required unless --openai-batch)")
    batch.add_argument(
        "--concurrency",
        type=_positive_int,
        default=4,
        metavar="N",
        help="model requests in flight at once (default 4; the embedded model runs one at a time)",
    )
    batch.add_argument("--cache", metavar="DIR", help="where briefs are cached (default: the user cache directory)")
    batch.add_argument("--no-cache", action="store_true", help="brief every article afresh, storing nothing")
    batch.add_argument("--workers", type=_positive_int, metavar="N", help=_WORKERS_HELP)
    batch.add_argument(
        "--openai-batch",
        metavar="REQUESTS.jsonl",
        help="write an OpenAI Batch API request file instead of calling the model",
    )
    _add_model_options(batch)

    collect = commands.add_parser(
        "collect",
        parents=[common],
        help="turn an OpenAI Batch API results file into briefs",
        description="Ground the answers of an OpenAI (or vLLM run-batch) results file against the articles "
        "that `batch --openai-batch` recorded, and write briefs as `batch` does.",
    )
    collect.add_argument(
        "results", metavar="RESULTS.jsonl", nargs="+", help="the batch's output file, and its error file if it has one"
    )
    collect.add_argument("--out", metavar="DIR", required=True, help="where the briefs go")
    collect.add_argument(
        "--articles",
        metavar="FILE",
        help="the .articles.jsonl written beside the request file (default: found beside RESULTS)",
    )
    collect.add_argument("--prices", metavar="FILE", help=_PRICES_HELP)
    collect.add_argument(
        "--workers",
        type=_positive_int,
        metavar="N",
        help="processes that validate, ground and render (default: the physical cores available)",
    )
    collect.add_argument(
        "--dask",
        metavar="SCHEDULER",
        help="run on a Dask cluster: its scheduler's address (tcp://host:8786), or 'local'; "
        "DIR must be on a filesystem every worker sees (needs the cluster extra)",
    )

    schema = commands.add_parser("schema", parents=[common], help="print the brief's JSON Schema")
    schema.add_argument("--merged", action="store_true", help="the schema of a merged note (brief --merge) instead")

    evaluate = commands.add_parser(
        "eval",
        parents=[common],
        help="score briefs against an annotated dataset",
        description="Brief every article of an annotated JSONL dataset (read in place), score the briefs "
        "against its gold and print a table. Briefs are cached, so a re-run is free.",
    )
    evaluate.add_argument("dataset", metavar="DATASET.jsonl", help="lines of {id, text, meta, gold}")
    evaluate.add_argument("--limit", type=_positive_int, metavar="N", help="only the first N articles")
    evaluate.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        type=_key_value,
        help="only articles whose meta KEY equals VALUE, e.g. compartment=dev (repeatable)",
    )
    evaluate.add_argument(
        "--half",
        choices=("tuning", "held-out"),
        help="only one half of the dataset: held-out is a fixed 40%% of its articles (by a hash of their ids) "
        "that rules are never developed on",
    )
    evaluate.add_argument("--json", metavar="FILE", help="also write the figures as JSON to FILE")
    evaluate.add_argument("--compare", metavar="OLD.json", help="show the change against an earlier --json file")
    evaluate.add_argument("--cache", metavar="DIR", help="where briefs are cached (default: the user cache directory)")
    evaluate.add_argument("--no-cache", action="store_true", help="brief every article afresh, storing nothing")
    evaluate.add_argument(
        "--model-free",
        action="store_true",
        help="brief nothing: score only what needs no model (FRANK's system summaries, the lead-3 baseline)",
    )
    _add_model_options(evaluate)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("summarizer")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def _positive_int(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, not {value!r}")
    return int(value)


def _key_value(value: str) -> tuple[str, str]:
    key, equals, wanted = value.partition("=")
    if not equals or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, not {value!r}")
    return key, wanted


def _add_model_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("model (flag > environment > default)")
    group.add_argument(
        "--backend",
        choices=("auto", "openai", "server", "embedded"),
        help="auto (default): --base-url → server, OPENAI_API_KEY → openai, else embedded [SUMMARIZER_BACKEND]",
    )
    group.add_argument("--model", help="model name for openai/server backends [SUMMARIZER_MODEL]")
    group.add_argument("--base-url", help="OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1 [OPENAI_BASE_URL]")
    group.add_argument("--api-key", help="API key; prefer the OPENAI_API_KEY variable, flags show up in process lists")
    group.add_argument("--model-path", help="a GGUF file for the embedded backend [SUMMARIZER_MODEL_PATH]")
    group.add_argument("--temperature", type=float, help="sampling temperature (default 0)")
    group.add_argument("--max-retries", type=int, help="re-asks when the model's output fails validation (default 1)")
    group.add_argument("--timeout", type=float, help="seconds per model request (default 120)")
    group.add_argument(
        "--output-mode",
        choices=("json_schema", "json_object"),
        help="how structured output is requested; json_object for llama-cpp-python servers [SUMMARIZER_OUTPUT_MODE]",
    )
    group.add_argument(
        "--context-chars",
        type=int,
        metavar="N",
        help="characters of article one request may carry; longer ones are read in parts [SUMMARIZER_CONTEXT_CHARS]",
    )
    group.add_argument("--prices", metavar="FILE", help=_PRICES_HELP)
    group.add_argument(
        "--threads",
        type=_positive_int,
        metavar="N",
        help="CPU threads of the embedded model (default: the physical cores available) [SUMMARIZER_THREADS]",
    )


_WORKERS_HELP = (
    "processes for the CPU work (evidence, validation, grounding, rendering); default: the physical "
    "cores available (1 for the embedded model, which uses every core already)"
)
_PRICES_HELP = (
    'JSON of {"model": {"input": USD, "output": USD}} per million tokens, '
    "overriding the built-in OpenAI prices [SUMMARIZER_PRICES]"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (so tests can call it directly)."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = parser.parse_args(argv)
    except _UsageError as error:
        sys.stderr.write(f"summarizer: error: {_without_keys(error.message, argv)}\n")
        return ExitCode.INPUT
    except SystemExit as exit:  # --help, --version
        return ExitCode.INPUT if exit.code else ExitCode.OK
    if args.command == "schema":
        return _print_schema(args.merged)
    handler = _configure_logging(args.verbose)
    try:
        return _run(args)
    finally:
        if handler is not None:  # `main` may run again in this process (tests do), on another stderr
            logging.getLogger("summarizer").removeHandler(handler)
            logging.getLogger("summarizer").setLevel(logging.NOTSET)


def _run(args: argparse.Namespace) -> int:
    from summarizer.errors import SummarizerError

    # The one error boundary of every command: our errors and file-system errors become one line.
    try:
        if args.command == "eval":
            return _evaluate(args)
        if args.command == "batch":
            return _batch(args)
        if args.command == "collect":
            return _collect(args)
        return _brief_files(args)
    except SummarizerError as error:
        return _fail(error)
    except OSError as error:
        return _fail(f"{error.filename or 'output'}: {error.strerror}", ExitCode.INPUT)
    except KeyboardInterrupt:
        sys.stderr.write("summarizer: interrupted; finished briefs are kept\n")
        return ExitCode.INTERRUPTED


def _without_keys(message: str, argv: Sequence[str]) -> str:
    """argparse repeats what it could not place ("unrecognized arguments: --api-key sk-...", or
    "invalid choice: 'sk-...'" when the key comes before the command): take out every key the
    command line or the environment carries."""
    keys = [os.environ.get("OPENAI_API_KEY", "")]
    for index, arg in enumerate(argv):
        option, equals, value = arg.partition("=")
        if option.startswith("--a") and "--api-key".startswith(option):  # argparse takes abbreviations
            keys.append(value if equals else (argv[index + 1] if index + 1 < len(argv) else ""))
    for key in sorted({key for key in keys if len(key) >= _SHORTEST_KEY}, key=len, reverse=True):
        message = message.replace(key, "***")
    return message


# Shorter values are not keys, and taking them out of a message would garble it.
_SHORTEST_KEY = 6


def _configure_logging(verbosity: int) -> logging.Handler | None:
    # Libraries below us log their own view of failures we already report in one line.
    for noisy in ("instructor", "httpx", "httpx2", "openai"):
        logging.getLogger(noisy).addHandler(logging.NullHandler())
        logging.getLogger(noisy).propagate = False
    if not verbosity:
        return None
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("summarizer: %(message)s"))
    logger = logging.getLogger("summarizer")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if verbosity > 1 else logging.INFO)
    return handler


def _print_schema(merged: bool) -> int:
    import json

    from summarizer import Brief, MergedBrief

    model = MergedBrief if merged else Brief
    sys.stdout.write(json.dumps(model.model_json_schema(mode="serialization"), indent=2) + "\n")
    return ExitCode.OK


def _brief_files(args: argparse.Namespace) -> int:
    from summarizer.render.dispatch import render
    from summarizer.source.files import refuse_to_overwrite, write_atomically

    out_dir = Path(args.out) if args.out else None
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        return _fail(f"--out {out_dir}: exists and is not a directory", ExitCode.INPUT)
    if args.format == "html" and len(args.files) > 1 and not args.merge and out_dir is None:
        return _fail(
            "--format html makes one page: add --merge for one note of all the articles, "
            "or --out DIR for a page per article",
            ExitCode.INPUT,
        )
    if args.merge and out_dir is not None:
        refuse_to_overwrite([out_dir / f"merged.{_EXTENSIONS[args.format]}"], args.files, "--out")
    run = _Briefing(args.files, _settings_from(args), cache_dir=args.cache, use_cache=not args.no_cache)
    if args.merge:
        return _merged_note(run, args.format, out_dir)
    written: set[str] = set()
    for index, (path, text, brief) in enumerate(run.briefs()):
        if out_dir is not None:
            name = _output_name(path, args.format, written, out_dir, args.files)
            write_atomically(out_dir / name, render(brief, args.format, texts=text))
        elif args.format == "json" and len(args.files) > 1:
            sys.stdout.write(brief.model_dump_json() + "\n")
        else:
            if index and args.format == "markdown":
                sys.stdout.write("\n---\n\n")
            sys.stdout.write(_for_stdout(render(brief, args.format, texts=text), args.format))
        sys.stdout.flush()
    return run.exit_code()


def _merged_note(run: _Briefing, format: str, out_dir: Path | None) -> int:
    """One note of every article that could be briefed; the others are reported on stderr and
    named in the note, so it never looks complete when it is not."""
    from summarizer import merge_briefs
    from summarizer.render.dispatch import render
    from summarizer.source.files import write_atomically

    done = list(run.briefs())
    if run.backend_down or not done:
        return run.exit_code()
    _, texts, briefs = zip(*done)
    note = merge_briefs(list(briefs), list(texts))
    note.notes += [f"not in this note, could not be briefed: {failed}" for failed in run.failed]
    output = render(note, format, texts=list(texts))
    if out_dir is not None:
        write_atomically(out_dir / f"merged.{_EXTENSIONS[format]}", output)
    else:
        sys.stdout.write(_for_stdout(output, format))
    return run.exit_code()


class _Briefing:
    """Briefs the command line's articles one at a time, reporting each failure in one line and
    going on: one bad file costs only itself. A backend that is down stops the run, since the
    next article would meet it too."""

    def __init__(self, paths: Sequence[str], settings, *, cache_dir: str | None = None, use_cache: bool = True) -> None:
        from summarizer.storage.cache import BriefCache

        self.paths, self.settings = paths, settings
        self.cache = BriefCache(cache_dir) if use_cache else None
        self.failed: list[str] = []
        self.input_failures = 0
        self.backend_down = False

    def briefs(self):
        """(path, article text, brief) for each article that could be briefed. Every input is
        read first, so a bad file is reported before any model time is spent on the others."""
        from summarizer import BackendError, SummarizerError, summarize

        for path, shown, article in list(self._articles()):
            try:
                brief = self._cached(article) or summarize(article, name=article.name, settings=self.settings)
            except BackendError as error:
                _fail(f"{shown}: {error}")
                self.backend_down = True
                return
            except SummarizerError as error:
                self._failed(shown, error)
                continue
            yield path, article.text, brief

    def _cached(self, article):
        """The brief made before of this text with these settings, re-priced and named for this
        input; stored when it is new."""
        from summarizer import summarize
        from summarizer.storage.cache import brief_key

        if self.cache is None:
            return None
        key = brief_key(article.text, self.settings)
        brief = self.cache.get(key)
        if brief is None:
            brief = summarize(article, name=article.name, settings=self.settings)
            self.cache.put(key, brief)
            return brief
        logging.getLogger("summarizer").info("%s: served from the cache", article.name)
        brief.usage = brief.usage.priced(self.settings.price_table())
        brief.source.name = article.name
        return brief

    def _articles(self):
        from summarizer import SummarizerError
        from summarizer.source.article import read_article
        from summarizer.source.fetch import is_url, redact

        for path in self.paths:
            shown = redact(path) if is_url(path) else path  # a URL's user:password never reaches stderr
            try:
                yield path, shown, read_article(path)
            except SummarizerError as error:
                self._failed(shown, error)

    def _failed(self, shown: str, error) -> None:
        _fail(error if str(error).startswith(shown) else f"{shown}: {error}")
        self.failed.append(shown)
        self.input_failures += error.exit_code == ExitCode.INPUT

    def exit_code(self) -> int:
        if self.backend_down:
            return ExitCode.BACKEND
        if not self.failed:
            return ExitCode.OK
        if len(self.failed) == len(self.paths) and self.input_failures == len(self.failed):
            return ExitCode.INPUT
        return ExitCode.SOME_FAILED


def _evaluate(args: argparse.Namespace) -> int:
    from summarizer.evaluation.command import evaluate

    figures_failed = evaluate(
        args.dataset,
        _settings_from(args),
        limit=args.limit,
        filters=dict(args.filter),
        half=args.half,
        json_path=args.json,
        compare_path=args.compare,
        cache_dir=args.cache,
        use_cache=not args.no_cache,
        model_free=args.model_free,
    )
    return ExitCode.SOME_FAILED if figures_failed else ExitCode.OK


def _batch(args: argparse.Namespace) -> int:
    from summarizer.batch.inputs import BatchInput

    settings = _settings_from(args)
    source = BatchInput(args.input)
    if args.openai_batch:
        from summarizer.openai_batch.command import write_requests

        return write_requests(
            source, settings, args.openai_batch, inputs=[source.path] if source.path.is_file() else []
        )
    if not args.out:
        return _fail("batch needs --out DIR (or --openai-batch REQUESTS.jsonl)", ExitCode.INPUT)
    from summarizer.batch.command import run_batch_command

    return run_batch_command(
        source,
        settings,
        args.out,
        concurrency=args.concurrency,
        cache_dir=args.cache,
        use_cache=not args.no_cache,
        workers=args.workers,
    )


def _collect(args: argparse.Namespace) -> int:
    if args.dask:
        from summarizer.openai_batch.command import collect_on_cluster

        return collect_on_cluster(args.results, args.out, args.dask, args.articles, prices=args.prices)
    from summarizer.batch.startup import import_pipeline

    import_pipeline()  # every result is briefed here: the SDK, the pipeline, its tables, the collector off
    from summarizer.openai_batch.command import collect

    return collect(args.results, args.out, args.articles, prices=args.prices, workers=args.workers)


def _settings_from(args: argparse.Namespace):
    from summarizer import resolve_settings

    return resolve_settings(
        {
            name: getattr(args, name)
            for name in (
                "backend",
                "model",
                "base_url",
                "api_key",
                "model_path",
                "temperature",
                "max_retries",
                "timeout",
                "output_mode",
                "context_chars",
                "prices",
                "threads",
            )
        }
    )


def _output_name(path: str, format: str, taken: set[str], out_dir: Path, inputs: Sequence[str]) -> str:
    """`article.md` for article.txt; `article-2.md` if another input of this run was named so,
    or if `article.md` in `out_dir` is one of the inputs (an output never replaces an input);
    a URL is named by the last part of its path, or by its host."""
    from summarizer.source.files import same_file

    stem = "stdin" if path == "-" else Path(path).stem
    from summarizer.source.fetch import is_url

    if is_url(path):
        from urllib.parse import urlsplit

        url = urlsplit(path)
        last = [part for part in url.path.split("/") if part][-1:]
        stem = Path(last[0]).stem if last else (url.hostname or "page")
    extension = _EXTENSIONS[format]
    name, counter = f"{stem}.{extension}", 1
    while name in taken or any(same_file(out_dir / name, source) for source in inputs if source != "-"):
        counter += 1
        name = f"{stem}-{counter}.{extension}"
    taken.add(name)
    return name


_EXTENSIONS = {"markdown": "md", "json": "json", "html": "html"}


def _for_stdout(output: str, format: str) -> str:
    """Markdown read in a terminal is not rendered, so its HTML escapes would show ("&lt;stdin>"):
    there it is shown as plain text, control characters made harmless. Piped or written to a
    file, it keeps the escapes any Markdown viewer needs."""
    if format != "markdown" or not sys.stdout.isatty():
        return output
    from summarizer.render.markdown_text import for_terminal

    return for_terminal(output)


def _fail(error: object, code: int | None = None) -> int:
    message = " ".join(str(error).split())
    sys.stderr.write(f"summarizer: error: {message}\n")
    return code if code is not None else getattr(error, "exit_code", ExitCode.SOME_FAILED)


def entry_point() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry_point()
