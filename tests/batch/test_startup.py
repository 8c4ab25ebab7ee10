"""What a batch's process loads before its first article (`batch.startup`): the libraries'
unused extras are taken as absent while the pipeline is imported, and only then."""

import subprocess
import sys

import pytest

from summarizer.batch import startup


@pytest.fixture
def extra(tmp_path, monkeypatch):
    """An importable module, not imported yet, standing for a library's optional extra."""
    (tmp_path / "optional_extra_for_test.py").write_text("PRESENT = True\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(startup, "UNUSED_EXTRAS", ("optional_extra_for_test",))
    yield "optional_extra_for_test"
    sys.modules.pop("optional_extra_for_test", None)


def test_an_unused_extra_is_absent_while_inside_and_importable_after(extra):
    with startup.without_unused_extras():
        with pytest.raises(ImportError):
            __import__(extra)
        try:  # as a library takes it: `try: import x` / `except ImportError: x = None`
            found = __import__(extra)
        except ImportError:
            found = None
        assert found is None
    assert __import__(extra).PRESENT


def test_an_extra_imported_before_is_left_as_it_is(extra):
    module = __import__(extra)
    with startup.without_unused_extras():
        assert __import__(extra) is module
    assert sys.modules[extra] is module


def test_the_pipeline_is_imported_without_the_extras_and_they_import_after():
    # In a fresh interpreter: this one has imported the libraries already.
    script = (
        "import sys\n"
        "from summarizer import resolve_settings\n"
        "from summarizer.batch.startup import UNUSED_EXTRAS, import_pipeline\n"
        "import_pipeline(resolve_settings({'base_url': 'http://127.0.0.1:9/v1'}))\n"
        "print(sorted(n for n in (*UNUSED_EXTRAS, 'aiohttp', 'spacy.cli') if sys.modules.get(n) is not None))\n"
        "print(sorted(n for n in UNUSED_EXTRAS if n in sys.modules))\n"
        "import openai, summarizer.pipeline\n"
        "print(openai.AsyncOpenAI.__name__, callable(summarizer.pipeline.asummarize))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:3] == ["[]", "[]", "AsyncOpenAI True"]
