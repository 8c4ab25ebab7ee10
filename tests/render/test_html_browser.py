"""The HTML report in a real browser (Debian's chromium, headless): it renders, its links light up
the cited passages, hostile articles stay text, and it loads nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageStat
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from summarizer.render.html import to_html
from tests.browser import TEXTS, WINDOW, sample_brief

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"  # gitignored: the last screenshot, for people to look at
HOSTILE_SCRIPT = "<script>window.__pwned=1</script>"
HOSTILE_ARTICLE = (
    f"Officials said on Monday {HOSTILE_SCRIPT} that the plan would go ahead. "
    '<img src=x onerror="window.__pwned=2"> Critics called it <b>bold</b> and risky.'
)


def write_report(directory: Path, texts: list[str], brief=None) -> str:
    path = directory / "report.html"
    path.write_text(to_html(brief or sample_brief(), texts), encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="module")
def report_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return write_report(tmp_path_factory.mktemp("report"), TEXTS)


@pytest.fixture
def page(driver, report_url: str):
    """The sample report, freshly loaded: nothing lit, both panes at the top."""
    driver.get(report_url)
    return driver


def test_report_renders_both_panes(page, tmp_path: Path) -> None:
    png = page.get_screenshot_as_png()
    ARTIFACTS.mkdir(exist_ok=True)
    for path in (ARTIFACTS / "html_report.png", tmp_path / "html_report.png"):
        path.write_bytes(png)
    image = Image.open(io.BytesIO(png)).convert("RGB")
    width, height, ratio = page.execute_script("return [innerWidth, innerHeight, devicePixelRatio]")
    assert image.size == (round(width * ratio), round(height * ratio))
    assert width == WINDOW[0]
    assert page.find_element(By.TAG_NAME, "h1").is_displayed()
    assert page.find_element(By.TAG_NAME, "h1").text == sample_brief().headline
    for index, source in enumerate(sample_brief().sources, start=1):
        header = page.find_element(By.ID, f"head-s{index}")
        assert header.is_displayed() and source.title in header.text
    # A blank or unstyled page has a handful of colours and almost no contrast.
    assert len(image.getcolors(maxcolors=1 << 20) or []) > 500
    assert ImageStat.Stat(image.convert("L")).stddev[0] > 20
    note, sources = page.find_element(By.ID, "note").rect, page.find_element(By.ID, "sources").rect
    assert note["x"] + note["width"] <= sources["x"] + 1  # side by side at this width


def background(element) -> str:
    return element.value_of_css_property("background-color")


def in_view(driver, element) -> bool:
    """Whether `element` is inside the visible part of the pane that scrolls it, and the window."""
    return driver.execute_script(
        """
        const box = arguments[0].getBoundingClientRect();
        let pane = arguments[0].parentElement;
        while (pane && !/(auto|scroll)/.test(getComputedStyle(pane).overflowY)) pane = pane.parentElement;
        const view = pane ? pane.getBoundingClientRect() : {top: 0, bottom: innerHeight};
        return box.top >= Math.max(view.top, 0) && box.bottom <= Math.min(view.bottom, innerHeight);
    """,
        element,
    )


@pytest.mark.parametrize(
    ("link", "below_the_fold"),
    [
        pytest.param(".quotes > li:nth-child(2) a.item", True, id="quote"),  # only in S2
        pytest.param(".group:nth-child(2) .values > li:nth-child(2) a.item", True, id="figure"),  # 41, in S2
        pytest.param(".people > li:nth-child(2) a.item", False, id="name"),
        pytest.param(".places > li:nth-child(2) a.badge.c2", True, id="place-badge-S2"),  # to its span in S2
    ],
)
def test_clicking_an_item_lights_its_spans(page, link: str, below_the_fold: bool) -> None:
    anchor = page.find_element(By.CSS_SELECTOR, link)
    item = anchor.get_attribute("data-item")
    target = page.find_element(By.ID, anchor.get_attribute("href").split("#", 1)[1])
    marks = page.find_elements(By.CSS_SELECTOR, f'mark[data-items~="{item}"]')
    assert target in marks and len(marks) >= 1
    assert in_view(page, target) is not below_the_fold
    assert not [mark for mark in marks if "active" in mark.get_attribute("class").split()]
    before = background(target)

    anchor.click()

    WebDriverWait(page, 3).until(lambda _: background(target) != before)
    assert all("active" in mark.get_attribute("class").split() for mark in marks)
    assert "active" in anchor.get_attribute("class").split()
    assert in_view(page, target)


def test_a_new_click_moves_the_highlight(page) -> None:
    first = page.find_element(By.CSS_SELECTOR, ".quotes > li:nth-child(1) a.item")
    second = page.find_element(By.CSS_SELECTOR, ".places > li:nth-child(1) a.item")
    first.click()
    second.click()
    lit = page.find_elements(By.CSS_SELECTOR, ".active")
    items = {element.get_attribute("data-item") or element.get_attribute("data-items") for element in lit}
    assert lit and all(second.get_attribute("data-item") in value.split() for value in items)


def test_clicking_a_span_finds_it_in_the_note(page) -> None:
    mark = page.find_element(By.CSS_SELECTOR, "#src-s2 mark.d2")  # nested: an event and a figure in it
    items = mark.get_attribute("data-items").split()
    assert len(items) == 2
    lit = []
    for _ in items:  # each click lights the next item covering the span
        page.execute_script("arguments[0].click()", mark)
        [link] = page.find_elements(By.CSS_SELECTOR, ".note a.item.active")
        assert in_view(page, link)
        lit.append(link.get_attribute("data-item"))
    assert lit == items


def test_a_linked_span_is_highlighted_without_the_script(page, report_url: str) -> None:
    """`:target` does it: a link followed with scripts off, or a URL shared with its fragment."""
    link = page.find_element(By.CSS_SELECTOR, ".quotes > li:nth-child(2) a.item").get_attribute("href")
    fragment = link.split("#", 1)[1]
    plain = background(page.find_element(By.ID, fragment))
    assert plain == background(page.find_element(By.CSS_SELECTOR, "#src-s1 mark.d1"))
    page.get(f"{report_url}#{fragment}")
    WebDriverWait(page, 3).until(lambda _: background(page.find_element(By.ID, fragment)) != plain)
    assert in_view(page, page.find_element(By.ID, fragment))


def test_panes_stack_on_a_narrow_screen(page) -> None:
    try:
        page.set_window_size(600, WINDOW[1])
        note, sources = page.find_element(By.ID, "note").rect, page.find_element(By.ID, "sources").rect
        assert sources["y"] >= note["y"] + note["height"] - 1
        assert sources["width"] >= 500
    finally:
        page.set_window_size(*WINDOW)


def test_hostile_article_stays_text(driver, tmp_path: Path) -> None:
    texts = [HOSTILE_ARTICLE, TEXTS[1]]
    brief = sample_brief().model_copy(
        update={
            "what": [],
            "summary": [],
            "who": [],
            "where": [],
            "numbers": [],
            "quotes": sample_brief().quotes[1:],
            "headline": HOSTILE_SCRIPT,
        }
    )
    driver.get(write_report(tmp_path, texts, brief))
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    source = driver.find_element(By.CSS_SELECTOR, "#src-s1 .text")
    assert HOSTILE_SCRIPT in source.text and "<b>bold</b>" in source.text
    assert 'onerror="window.__pwned=2"' in source.text
    assert driver.find_element(By.TAG_NAME, "h1").text == HOSTILE_SCRIPT
    assert driver.find_elements(By.CSS_SELECTOR, "#sources b, #sources img, #sources script, #note script") == []


def test_no_network_requests(page) -> None:
    assert page.execute_script("return performance.getEntriesByType('resource').length") == 0
