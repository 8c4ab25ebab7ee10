"""The embedded default for real: SmolLM2-135M in-process via llama.cpp, no key, no server.
Slow-ish (a few seconds per article), so it runs once per seed and checks what matters."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.render.dispatch import render
from tests.conftest import SEED_NORTH_KOREA, SEED_WITH_BOILERPLATE, read_seed
from tests.grounding_checks import assert_grounded

pytestmark = pytest.mark.embedded

BOILERPLATE_WORDS = ("Elon Musk", "See Also", "Benzinga", "Posted In", "Join Now", "Source 1", "Trade confidently")


@pytest.fixture(scope="module")
def briefs():
    return {seed: summarize(read_seed(seed), name=seed.name) for seed in (SEED_NORTH_KOREA, SEED_WITH_BOILERPLATE)}


def test_briefs_are_grounded(briefs):
    for seed, brief in briefs.items():
        assert_grounded(brief, read_seed(seed))
        assert brief.usage.backend == "embedded"
        assert brief.usage.model_calls >= 1 and brief.usage.prompt_tokens > 0


def test_seed_quotes_and_speakers(briefs):
    north_korea = briefs[SEED_NORTH_KOREA]
    speakers = {q.text: q.speaker for q in north_korea.quotes}
    assert speakers["At the current moment nothing is determined"] == "Kim Yonghyun"
    other = briefs[SEED_WITH_BOILERPLATE]
    kirby = [q for q in other.quotes if q.speaker == "John Kirby"]
    austin = [q for q in other.quotes if q.text.startswith("If they’re a co-belligerent")]
    assert kirby and austin and austin[0].speaker == "Lloyd Austin"


def test_seed_figures_and_people(briefs):
    assert "10,000" in {n.value for n in briefs[SEED_NORTH_KOREA].numbers}
    assert "3,000" in {n.value for n in briefs[SEED_WITH_BOILERPLATE].numbers}
    people = {w.name for w in briefs[SEED_NORTH_KOREA].who if w.kind == "person"}
    assert {"Lloyd Austin", "Kim Yonghyun", "Robert Wood", "Miroslav Jenca"} <= people


def test_no_boilerplate_reaches_the_note(briefs):
    for brief in briefs.values():
        shown = render(brief.model_copy(update={"dropped": []}), "markdown")
        for word in BOILERPLATE_WORDS:
            assert word not in shown


def test_prose_is_supported_or_dropped(briefs):
    for seed, brief in briefs.items():
        text = read_seed(seed)
        assert brief.headline and brief.summary
        # the summary is either supported model prose or the article's own lead
        assert all(d.section in {"headline", "summary", "what", "who", "numbers", "quotes"} for d in brief.dropped)
        for event in brief.what:
            assert len(event.split()) >= 5
        assert brief.summary.split()[0] in text


def test_the_command_line_main_job_prints_a_note_and_nothing_else():
    """What the README's first command runs: a clean exit, the note on stdout, stderr empty."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "summarizer", "brief", str(SEED_NORTH_KOREA)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("# ")
    assert "## Quotes" in result.stdout and "Kim Yonghyun" in result.stdout


def test_a_gguf_given_by_path_gets_the_full_draft_and_stays_grounded():
    """--model-path is any GGUF, so it is asked for the full draft (events, labels, quotes);
    with a 135M model that output is cut off at the token limit (40 tokens: the numbered-sentence
    prompt gets a short answer that would otherwise end in time) and must still be grounded."""
    from summarizer.backends.embedded import bundled_model_path

    text = read_seed(SEED_NORTH_KOREA)
    brief = summarize(text, model_path=str(bundled_model_path()), max_tokens=40)
    assert brief.usage.model == bundled_model_path().stem
    assert brief.usage.completion_tokens <= 40
    assert any("cut off" in note for note in brief.notes)
    assert_grounded(brief, text)


def test_a_missing_model_file_is_a_one_line_usage_error(tmp_path, capsys):
    from summarizer.cli.main import main
    from summarizer.errors import ExitCode

    code = main(["brief", str(SEED_NORTH_KOREA), "--model-path", str(tmp_path / "missing.gguf")])
    err = capsys.readouterr().err
    assert code == ExitCode.INPUT
    assert err.count("\n") == 1 and "no such model file" in err


def test_an_article_beyond_the_context_is_briefed_whole_with_spans_into_the_whole_text():
    """Far longer than the model's 8192-token context: the small model reads the lead, and the
    evidence (quotes, names, figures) still covers the end, with spans into the whole text."""
    filler = "\n\n".join(
        f"Paragraph {n} of the council's report describes road number {n} and its repairs in plain detail, "
        "with traffic counts, contractor names left out, and a schedule that the public can check."
        for n in range(400)
    )
    ending = "\n\n\u201cThe last bridge will open in May,\u201d said Harbour Commissioner Maria Lindqvist.\n"
    text = read_seed(SEED_NORTH_KOREA) + "\n\n" + filler + ending
    assert len(text) > 4 * 8192  # more characters than the context holds tokens at ~4 characters each
    brief = summarize(text, name="long.txt")
    assert_grounded(brief, text)
    [last] = [q for q in brief.quotes if q.text.startswith("The last bridge")]
    assert last.speaker == "Maria Lindqvist"
    assert last.spans[0][0] > len(text) - len(ending)
    assert any("read the first" in note for note in brief.notes)


def test_the_model_computes_with_the_threads_it_is_given():
    from summarizer import resolve_settings
    from summarizer.backends.embedded import EmbeddedBackend, physical_cores

    for threads in (1, None):
        backend = EmbeddedBackend(resolve_settings({"threads": threads}))
        brief = summarize(read_seed(SEED_NORTH_KOREA), name="seed", settings=backend.settings)
        assert brief.headline
        llama = backend.loaded()[0]
        assert llama.n_threads == (threads or physical_cores())
