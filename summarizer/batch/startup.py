"""What a `batch` or `collect` process loads before its first article, and how.

Every process of a batch pays its start-up before its first request, and none of it runs in
parallel: a batch's own process loads everything once before it forks its workers (`pool`),
so they share it, and with one worker it is loaded on the first article that needs the model
(README, benchmarks 6-8). The loading is made as cheap as it can be: the garbage collector
stays off while the lasting objects are made (`lasting_imports`), and the libraries' optional
parts that no command here uses are left out (`without_unused_extras`)."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from summarizer.config import Settings

# Optional modules the libraries import when they are installed and that a batch never runs,
# with what each costs every process at start-up: the openai SDK's aiohttp transport
# (`DefaultAioHttpClient`, which a caller must ask for by name; our client is httpx2's: 0.1 s
# of CPU, aiohttp included) and the trio primitives of httpx2's connection pool, used only under
# a trio event loop (ours is asyncio; trio is installed by the test extra's selenium: 0.04 s).
# Each library imports them in a `try`, and takes them as absent on an ImportError.
UNUSED_EXTRAS = ("openai._vendor.httpx_aiohttp", "trio")


@contextmanager
def without_unused_extras() -> Iterator[None]:
    """While inside, `UNUSED_EXTRAS` not imported yet are taken as not installed (a None in
    `sys.modules` makes their import raise ImportError): the libraries imported meanwhile fall
    back as they do when the extra is missing, for the whole process. Afterwards they import as
    ever. Only for processes that run nothing but our commands (a batch's, a collect's and their
    workers): a program that imports `summarizer` as a library keeps what it installed."""
    blocked = [name for name in UNUSED_EXTRAS if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # the import system's "not installed"
    try:
        yield
    finally:
        for name in blocked:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


@contextmanager
def lasting_imports() -> Iterator[None]:
    """Around imports and tables a process keeps to its end (the SDKs, spaCy, the pipeline: about
    190,000 objects): the cyclic garbage collector is off while they are made, since it would walk
    them over and over as they grow and free nothing (0.15 s of a 1.6 s start-up, paid before the
    first article and by every process); after, they are frozen, so later collections skip them
    and a forked worker's collections do not write to, and so copy, the pages it shares with its
    parent. Garbage made meanwhile is freed by reference counting as ever; only cycles made during
    the imports stay. The libraries' unused extras are left out meanwhile (`without_unused_extras`)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        with without_unused_extras():
            yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def import_pipeline(settings: Settings | None = None) -> None:
    """Import what briefing needs (the SDKs, the pipeline: about a second of CPU, and what the
    SDKs import on their first request) and load what
    nearly every article reads (lemminflect's lemma and inflection tables, the world's city
    names, the world's given names, spaCy's parser and entity tagger) and, with `settings`
    of a remote backend, the HTTP stack its client imports when it is made, here and now: worker
    processes forked after this call share all of it instead of each loading its own copy (half
    a second more of CPU each, and the memory)."""
    with lasting_imports():
        # What instructor imports as it makes its first request (its OpenAI handlers, and with
        # them requests: 0.05 s of CPU), which each forked worker would import again.
        import instructor.v2.providers.openai.handlers  # noqa: F401

        import summarizer.backends
        import summarizer.pipeline  # noqa: F401
        from summarizer.backends import make_backend
        from summarizer.grounding.lemmas import lemma_keys
        from summarizer.text.lemminflect_tables import getInflection
        from summarizer.text.parse import load_entity_tagger, load_parser
        from summarizer.text.world_cities import is_world_city
        from summarizer.text.world_given_names import is_world_given_name

        lemma_keys("loads")  # the first look-up loads the whole table
        getInflection("load", "VBN")  # as does the first inflection (a figure's label)
        is_world_city("loads")  # and the first name no rule could type
        is_world_given_name("loads")  # and the given names of the world, asked of such a name too
        load_parser()
        load_entity_tagger()  # and the tagger, which three articles in four ask
        if settings is not None and settings.resolved_backend != "embedded":
            getattr(make_backend(settings), "async_client", None)  # made and dropped: only its imports stay
