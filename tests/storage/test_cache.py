"""The brief cache: a key that changes exactly when the brief could, and files that are either
whole or absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.config import resolve_settings
from summarizer.schemas import Brief
from summarizer.schemas.brief import SourceInfo
from summarizer.storage.cache import (
    BriefCache,
    brief_key,
    code_fingerprint,
    default_cache_dir,
    fingerprint_files,
    shaping_directories,
)
from tests.conftest import FAKE_KEY


def test_the_key_follows_text_backend_model_and_generation_settings():
    base = resolve_settings({"base_url": "http://127.0.0.1:9/v1"}, environ={})
    key = brief_key("An article.", base)
    assert brief_key("An article.", base) == key
    assert brief_key("Another article.", base) != key
    assert (
        brief_key("An article.", resolve_settings({"base_url": "http://127.0.0.1:9/v1", "model": "big"}, environ={}))
        != key
    )
    assert (
        brief_key(
            "An article.", resolve_settings({"base_url": "http://127.0.0.1:9/v1", "temperature": 0.7}, environ={})
        )
        != key
    )
    assert (
        brief_key(
            "An article.", resolve_settings({"base_url": "http://127.0.0.1:9/v1", "context_chars": 2000}, environ={})
        )
        != key
    )
    assert brief_key("An article.", resolve_settings({}, environ={})) != key  # embedded, not this server


def test_the_key_ignores_the_api_key_and_timeouts_and_never_contains_them():
    plain = resolve_settings({"base_url": "http://127.0.0.1:9/v1"}, environ={})
    keyed = resolve_settings({"base_url": "http://127.0.0.1:9/v1", "api_key": FAKE_KEY, "timeout": 5}, environ={})
    assert brief_key("An article.", plain) == brief_key("An article.", keyed)
    assert FAKE_KEY not in brief_key("An article.", keyed)


def test_the_fingerprint_covers_the_code_the_prompts_and_the_schemas_wherever_they_are_installed():
    import summarizer
    import summarizer.prompts
    import summarizer.schemas

    directories = shaping_directories()
    for module in (summarizer, summarizer.prompts, summarizer.schemas):
        assert Path(next(iter(module.__path__))).resolve() in directories
    assert any((directory / "user.jinja").is_file() for directory in directories)
    assert any((directory / "draft.py").is_file() for directory in directories)
    assert code_fingerprint() == fingerprint_files(directories) and len(code_fingerprint()) == 16


@pytest.mark.parametrize("changed", ["prompts/user.jinja", "schemas/draft.py", "summarizer/extract/quotes.py"])
def test_a_changed_prompt_schema_or_extractor_changes_the_fingerprint(tmp_path, changed):
    """A copy of the three installed folders, fingerprinted before and after one file changes."""
    import shutil

    copies = []
    for name, directory in zip(("summarizer", "prompts", "schemas"), shaping_directories()):
        copy = tmp_path / name
        shutil.copytree(directory, copy, ignore=shutil.ignore_patterns("__pycache__", "prompts", "schemas"))
        copies.append(copy)
    before = fingerprint_files(copies)
    assert fingerprint_files(copies) == before
    target = tmp_path / changed
    target.write_text(target.read_text() + "\n# one more line\n")
    assert fingerprint_files(copies) != before


def test_briefs_round_trip_and_unreadable_entries_are_misses(tmp_path):
    cache = BriefCache(tmp_path)
    brief = Brief(headline="Bridge reopens", summary="It reopened.", source=SourceInfo(name="a.txt"))
    assert cache.get("ab" * 32) is None
    cache.put("ab" * 32, brief)
    assert cache.get("ab" * 32) == brief
    stored = next(tmp_path.rglob("*.json"))
    stored.write_text('{"headline": "cut off')  # as if written by a tool that does not write atomically
    assert cache.get("ab" * 32) is None
    assert not list(tmp_path.rglob("*.tmp"))  # no temporary file left behind


def test_default_directory_is_the_users_cache_directory(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "summarizer" / "briefs"
