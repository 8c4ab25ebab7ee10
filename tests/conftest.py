"""Shared fixtures: a clean environment for every test, the seed articles, cassette hygiene."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from summarizer.config import ENVIRONMENT

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_NORTH_KOREA = SEEDS / "004_3a4610236f4fc0e8.txt"
SEED_WITH_BOILERPLATE = SEEDS / "000_45fcf1c52d237ae2.txt"
# Cassettes stay in one place, tests/cassettes/<module>/<test>.yaml, whichever folder the test
# module is in (its basename is unique under tests/); see vcr_cassette_dir below.
CASSETTE_ROOT = Path(__file__).resolve().parent / "cassettes"
# The llama_cpp.server that cassettes were recorded against (tests/record_cassettes.sh).
RECORDING_SERVER = "http://127.0.0.1:8765/v1"
# A key-shaped fake: cassettes are recorded with it, and must never contain it.
FAKE_KEY = "sk-test-FAKE0123456789abcdefFAKE"


# Fixtures that start Debian's chromium (the browser tests).
BROWSER_FIXTURES = {"chromium", "driver"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """`slow`: the embedded model run in-process (marked `embedded`) and the browser tests, on top of
    the tests marked `slow` by hand; `pytest -m "not slow"` leaves them out."""
    for item in items:
        if item.get_closest_marker("embedded") or BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test sees the developer's keys, servers, model choices or prices, or writes to their
    cache directory."""
    for variable in ENVIRONMENT.values():  # SUMMARIZER_PRICES among them
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))


@pytest.fixture(scope="module")
def vcr_config() -> dict:
    return {
        "filter_headers": ["authorization", "api-key", "x-api-key", "openai-organization", "openai-project"],
        # The body is part of the match, so a prompt or schema change shows up as a cassette miss.
        "match_on": ["method", "scheme", "host", "port", "path", "body"],
        "decode_compressed_response": True,
        # selenium talks to chromedriver on "localhost"; model servers are always 127.0.0.1.
        "ignore_hosts": ["localhost"],
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """pytest-recording's default is a `cassettes` folder beside the test module; ours are all in
    tests/cassettes, by module basename."""
    return str(CASSETTE_ROOT / request.module.__name__.rpartition(".")[2])


@pytest.fixture
def retry_waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The transport retries' waits, recorded instead of slept: the list of seconds each retry
    asked for, in order. Tenacity's clock (for the total-time limit) moves on by each wait, as if
    it had been slept."""
    import time

    import tenacity

    from summarizer.backends import retrying

    waits: list[float] = []

    def record(seconds: float) -> None:
        waits.append(float(seconds))

    async def arecord(seconds: float) -> None:
        waits.append(float(seconds))

    monkeypatch.setattr(retrying, "sleep", record)
    monkeypatch.setattr(retrying, "async_sleep", arecord)
    monkeypatch.setattr(tenacity, "time", SimpleNamespace(monotonic=lambda: time.monotonic() + sum(waits)))
    return waits


def read_seed(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# A seed article annotated by hand in the GGT layout, for `summarizer eval` tests (the shared
# datasets are copyrighted and never used in tests).
SEED_QUOTE = "\u201cAt the current moment nothing is determined.\u201d"
SEED_PEOPLE = [
    "Lloyd Austin",
    "Kim Yonghyun",
    "Vladimir Putin",
    "Miroslav Jenca",
    "Robert Wood",
    "Kim Jong-un",
    "Choe Son Hui",
    "Sergei Lavrov",
    "Wang Yi",
]


@pytest.fixture
def annotated_seed(tmp_path: Path) -> Path:
    text = read_seed(SEED_NORTH_KOREA)
    plain = SEED_QUOTE.replace("\u201c", '"').replace("\u201d", '"')
    start = text.find(SEED_QUOTE) if SEED_QUOTE in text else text.find(plain)
    assert start >= 0
    gold = {
        "quotes": [
            {
                "quote": text[start : start + len(SEED_QUOTE)],
                "speaker": "Kim Yonghyun",
                "start": start,
                "end": start + len(SEED_QUOTE),
                "is_direct": True,
            }
        ],
        "people": SEED_PEOPLE,
        "sources_female": [],
        "sources_male": ["Kim Yonghyun", "Lloyd Austin"],
        "sources_unknown": [],
    }
    path = tmp_path / "seed.jsonl"
    path.write_text(json.dumps({"id": "seed-004", "text": text, "meta": {}, "gold": gold}) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def chromium() -> None:
    """Debian's chromium and chromedriver, installed by apt-get when missing and we are root (as
    in CI); otherwise the browser tests fail with the command that installs them."""
    from .browser import ensure_chromium

    problem = ensure_chromium()
    if problem:
        pytest.fail(problem, pytrace=False)


@pytest.fixture(scope="module")
def driver(chromium: None, tmp_path_factory: pytest.TempPathFactory):
    """One headless chromium per test module (tests/browser.py says how it is started)."""
    from .browser import start_chromium

    browser = start_chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield browser
    browser.quit()
