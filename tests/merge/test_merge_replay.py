"""One note from the two seed reports of the same story, end to end through an OpenAI-compatible
server over HTTP, replayed from cassettes recorded against a real `python -m llama_cpp.server`
with the bundled model (tests/record_cassettes.sh): `summarize_many(..., merge=True)` and
`summarizer brief A B --merge` in each format."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from summarizer import MergedBrief, summarize_many
from summarizer.cli.main import main
from summarizer.errors import ExitCode
from tests.conftest import CASSETTE_ROOT, FAKE_KEY, RECORDING_SERVER, SEED_NORTH_KOREA, SEED_WITH_BOILERPLATE, read_seed
from tests.grounding_checks import assert_merged_grounded
from tests.pipeline.test_server_replay import SERVER_OPTIONS
from tests.render.test_html_browser import ARTIFACTS

CASSETTES = CASSETTE_ROOT / "test_merge_replay"
SEEDS = [SEED_WITH_BOILERPLATE, SEED_NORTH_KOREA]  # the earlier report first: 3,000 troops, then 10,000
SERVER_FLAGS = [
    "--base-url",
    RECORDING_SERVER,
    "--api-key",
    FAKE_KEY,
    "--output-mode",
    "json_object",
    "--max-retries",
    "1",
]


def check_seed_note(note: MergedBrief) -> None:
    texts = {source.id: read_seed(seed) for source, seed in zip(note.sources, SEEDS)}
    assert [source.id for source in note.sources] == ["S1", "S2"]
    assert note.sources[0].title.startswith("North Korean Troops Land In Russia")
    assert note.sources[1].title.startswith("Escalating Tensions")
    assert_merged_grounded(note, texts)
    austin = [person for person in note.who if person.name.endswith("Austin")]
    assert len(austin) == 1 and austin[0].sources == ["S1", "S2"]
    assert {role.source for role in austin[0].roles} == {"S1", "S2"}
    troops = [group for group in note.numbers if {"3,000", "10,000"} <= {figure.value for figure in group.values}]
    assert len(troops) == 1, [group.model_dump() for group in note.numbers]
    assert troops[0].agreement == "differ"
    assert "S1 says 3,000" in troops[0].note and "S2 says 10,000" in troops[0].note
    places = [place.name for place in note.where]
    assert len(places) == len(set(places)) and "Russia" in places
    assert next(place for place in note.where if place.name == "Russia").sources == ["S1", "S2"]
    assert note.summary and {source for sentence in note.summary for source in sentence.sources} == {"S1", "S2"}
    assert note.usage.model_calls >= 2 and note.usage.backend == "server"


@pytest.mark.vcr
def test_summarize_many_merges_the_seed_reports():
    texts = [read_seed(seed) for seed in SEEDS]
    note = summarize_many(texts, names=[seed.name for seed in SEEDS], merge=True, **SERVER_OPTIONS)
    assert isinstance(note, MergedBrief)
    check_seed_note(note)
    assert [source.name for source in note.sources] == [seed.name for seed in SEEDS]


@pytest.mark.vcr
def test_the_merge_command_writes_json_markdown_and_html(tmp_path, capsys, driver):
    seeds = [str(seed) for seed in SEEDS]
    assert main(["brief", *seeds, "--merge", "--format", "json", *SERVER_FLAGS]) == ExitCode.OK
    note = MergedBrief.model_validate_json(capsys.readouterr().out)
    check_seed_note(note)
    # The briefs are the same requests again: markdown and html replay them from this cassette.
    assert main(["brief", *seeds, "--merge", *SERVER_FLAGS]) == ExitCode.OK
    markdown = capsys.readouterr().out
    assert markdown.startswith("# ") and "## Sources" in markdown and "**S2**" in markdown
    assert "S1 says 3,000; S2 says 10,000" in markdown
    assert main(["brief", *seeds, "--merge", "--format", "html", "--out", str(tmp_path), *SERVER_FLAGS]) == ExitCode.OK
    page = (tmp_path / "merged.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") or page.lower().startswith("<!doctype html>")
    assert "S1 says 3,000; S2 says 10,000" in page
    shown = html.unescape(re.sub(r"<[^>]+>", "", page))
    for seed in SEEDS:  # both reports are in the page whole, so every span can be checked against them
        assert read_seed(seed) in shown
    check_seed_page_in_a_browser(driver, tmp_path / "merged.html")


def check_seed_page_in_a_browser(driver, path: Path) -> None:
    """In chromium: the figures the reports disagree on are flagged, and a click on the later
    report's figure lights "10,000" in that report's text."""
    driver.get(path.as_uri())
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "seeds_report.png"))
    assert "sources differ" in driver.find_element(By.ID, "note").text.lower()
    [figure] = [link for link in driver.find_elements(By.CSS_SELECTOR, ".values a.item") if link.text == "10,000"]
    target = driver.find_element(By.ID, figure.get_attribute("href").split("#", 1)[1])
    assert target.text == "10,000" and "active" not in target.get_attribute("class").split()
    assert target.find_element(By.XPATH, "ancestor::section").get_attribute("id") == "src-s2"
    figure.click()
    WebDriverWait(driver, 3).until(lambda _: "active" in target.get_attribute("class").split())
    driver.save_screenshot(str(ARTIFACTS / "seeds_report_clicked.png"))


def test_cassettes_exist_and_hold_no_secret():
    files = sorted(CASSETTES.glob("*.yaml"))
    assert len(files) == 2, "re-record with tests/record_cassettes.sh tests/merge/test_merge_replay.py"
    for file in files:
        content = file.read_text()
        assert FAKE_KEY not in content and "authorization" not in content.lower()
        assert content.count("127.0.0.1:8765") >= 2
        assert "Lloyd Austin" in content and "Kim Yonghyun" in content  # both seeds were sent
