"""Modules a batch's start-up leaves out (`batch.unused_imports`): not imported by spaCy, the
openai SDK and its HTTP client while the block is open, importable as ever after it. In a fresh
interpreter, since this one has imported them already."""

import subprocess
import sys

_PROBE = """
import sys
from summarizer.batch.unused_imports import skipping_unused_modules
with skipping_unused_modules():
    import spacy, openai
    openai.AsyncOpenAI(api_key="x", base_url="http://127.0.0.1:9/v1")
print(sorted(m for m in ("aiohttp", "trio", "spacy.cli", "spacy.cli.info") if m in sys.modules))
import aiohttp, spacy.cli.info
print(sys.modules["spacy.cli.info"].info is not spacy.info, callable(spacy.info), "weasel" in sys.modules)
"""


def test_spacy_and_the_sdk_start_without_them_and_they_import_afterwards():
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[]", "True True True"]


def test_modules_already_imported_are_left_alone():
    import aiohttp

    from summarizer.batch.unused_imports import skipping_unused_modules

    with skipping_unused_modules():
        assert sys.modules["aiohttp"] is aiohttp
    assert sys.modules["aiohttp"] is aiohttp
