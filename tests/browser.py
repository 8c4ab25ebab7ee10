"""Helpers for the HTML report tests: a hand-made two-source note, and Debian's chromium driven
headless by selenium (installed with apt on CI machines that lack it)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from summarizer.schemas import (
    Citation,
    CitedSentence,
    MergedBrief,
    MergedDate,
    MergedPerson,
    MergedPlace,
    MergedQuote,
    MergedSource,
    NumberGroup,
    SourcedDropped,
    SourcedFigure,
    SourcedText,
)

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
INSTALL_HINT = "sudo apt-get install -y chromium chromium-driver"
WINDOW = (1400, 1000)

GAZETTE = """Floodwaters from the Ash River swept through Millbrook on Tuesday night, forcing 1,200 residents from their homes and closing the town's only bridge.

The river rose 4.2 metres in under six hours after two days of heavy rain, according to the National Weather Service. Emergency crews went door to door in the low-lying Eastside neighbourhood until well after midnight.

Mayor Ana Torres declared a local state of emergency early on Wednesday. "We have never seen the water come up this fast," Torres said at a briefing in the town hall. "Nobody should try to drive through flooded streets."

Fire Chief Daniel Okafor said crews had rescued 37 people by boat, most of them elderly residents who had stayed behind. No deaths have been reported.

The Millbrook Bridge, which carries most traffic into the town centre, will stay closed until engineers can inspect it, officials said. Schools across the district are closed for the rest of the week.

Shelters have opened at Millbrook High School and the community centre on Grove Street. The Red Cross said it was sending volunteers and supplies from neighbouring counties.

Forecasters expect the river to crest on Thursday afternoon before slowly falling over the weekend."""

COURIER = """MILLBROOK — About 1,500 people were evacuated from Millbrook overnight as the Ash River burst its banks, town officials said on Wednesday.

The National Weather Service said the river had climbed more than four metres in a few hours, the fastest rise it has recorded on the Ash since 1987.

"We have never seen the water come up this fast," Mayor Ana Torres told reporters. She urged people to stay away from the river and to follow the instructions of emergency crews.

Daniel Okafor, the town's fire chief, said boat crews had pulled 41 people from flooded homes in the Eastside district. Several were treated for hypothermia at Millbrook General Hospital.

The flooding closed the Millbrook Bridge and several roads into the town. Officials said the bridge would remain shut until it had been checked by engineers.

Torres, who was elected last year, said the town would ask the state for disaster relief funds. "This will take months to repair, not days," she said.

Residents who need shelter can go to Millbrook High School, where the Red Cross has set up beds and a kitchen. Officials expect the water to peak on Thursday."""

TEXTS = [GAZETTE, COURIER]


def cite(source: str, text: str, *phrases: str) -> Citation:
    """A citation of the first occurrence of each phrase in `text`."""
    spans = []
    for phrase in phrases:
        start = text.index(phrase)
        spans.append((start, start + len(phrase)))
    return Citation(source=source, spans=spans)


def sample_brief() -> MergedBrief:
    """A note of the two texts above that uses every section, with overlapping and nested spans
    (the quote holds the mayor's name, and the figures sit inside the events)."""
    g, c = GAZETTE, COURIER

    def s1(*phrases: str) -> Citation:
        return cite("S1", g, *phrases)

    def s2(*phrases: str) -> Citation:
        return cite("S2", c, *phrases)

    return MergedBrief(
        headline="Ash River floods Millbrook, forcing evacuations and closing the town's bridge",
        sources=[
            MergedSource(
                id="S1",
                name="gazette.html",
                title="Floodwaters sweep through Millbrook",
                publisher="Riverside Gazette",
                date="2026-11-18",
                word_count=len(g.split()),
                characters=len(g),
            ),
            MergedSource(
                id="S2",
                name="courier.txt",
                title="Hundreds evacuated as Ash River bursts its banks",
                publisher="Valley Courier",
                date="18 November 2026",
                word_count=len(c.split()),
                characters=len(c),
            ),
        ],
        summary=[
            CitedSentence(
                text="The Ash River flooded Millbrook on Tuesday night after two days of heavy rain.",
                citations=[
                    s1("Floodwaters from the Ash River swept through Millbrook on Tuesday"),
                    s2("the Ash River burst its banks"),
                ],
            ),
            CitedSentence(
                text="More than a thousand residents were evacuated and the town's bridge was closed.",
                citations=[
                    s1("forcing 1,200 residents from their homes and closing the town's only bridge"),
                    s2("About 1,500 people were evacuated from Millbrook overnight"),
                ],
            ),
            CitedSentence(
                text="The mayor declared a local state of emergency.",
                citations=[s1("Mayor Ana Torres declared a local state of emergency early on Wednesday")],
            ),
        ],
        what=[
            CitedSentence(
                text="Crews rescued dozens of people by boat from flooded homes in Eastside.",
                citations=[
                    s1("crews had rescued 37 people by boat"),
                    s2("boat crews had pulled 41 people from flooded homes"),
                ],
            ),
            CitedSentence(
                text="The Millbrook Bridge is closed until engineers inspect it.",
                citations=[
                    s1("will stay closed until engineers can inspect it"),
                    s2("the bridge would remain shut until it had been checked by engineers"),
                ],
            ),
            CitedSentence(
                text="Shelters opened at Millbrook High School.",
                citations=[
                    s1("Shelters have opened at Millbrook High School"),
                    s2("Residents who need shelter can go to Millbrook High School"),
                ],
            ),
        ],
        who=[
            MergedPerson(
                name="Ana Torres",
                kind="person",
                roles=[SourcedText(text="Mayor", source="S1"), SourcedText(text="Mayor", source="S2")],
                aliases=["Torres"],
                citations=[s1("Mayor Ana Torres", "Torres said"), s2("Mayor Ana Torres", "Torres, who was elected")],
            ),
            MergedPerson(
                name="Daniel Okafor",
                kind="person",
                roles=[
                    SourcedText(text="Fire Chief", source="S1"),
                    SourcedText(text="the town's fire chief", source="S2"),
                ],
                citations=[s1("Fire Chief Daniel Okafor"), s2("Daniel Okafor")],
            ),
            MergedPerson(
                name="National Weather Service",
                kind="organization",
                citations=[s1("the National Weather Service"), s2("The National Weather Service")],
            ),
        ],
        where=[
            MergedPlace(name="Millbrook", citations=[s1("Millbrook"), s2("MILLBROOK")]),
            MergedPlace(name="Ash River", aliases=["the Ash"], citations=[s1("Ash River"), s2("Ash River")]),
        ],
        when=[
            MergedDate(
                text="on Thursday",
                date="2026-11-19",
                context="Forecasters expect the river to crest on Thursday afternoon",
                citations=[s1("on Thursday"), s2("on Thursday")],
            )
        ],
        numbers=[
            NumberGroup(
                measures="residents evacuated",
                agreement="differ",
                note="The Gazette says 1,200 residents left their homes; the Courier says about 1,500.",
                values=[
                    SourcedFigure(value="1,200", measures="residents forced from their homes", citations=[s1("1,200")]),
                    SourcedFigure(value="About 1,500", measures="people evacuated", citations=[s2("About 1,500")]),
                ],
            ),
            NumberGroup(
                measures="people rescued by boat",
                agreement="differ",
                note="The sources give different counts of people rescued: 37 and 41.",
                values=[
                    SourcedFigure(value="37", unit="people", citations=[s1("37")]),
                    SourcedFigure(value="41", unit="people", citations=[s2("41")]),
                ],
            ),
            NumberGroup(
                measures="rise of the river",
                agreement="single",
                values=[SourcedFigure(value="4.2 metres", citations=[s1("4.2 metres")])],
            ),
        ],
        quotes=[
            MergedQuote(
                text="We have never seen the water come up this fast,",
                speaker="Ana Torres",
                speaker_role="Mayor",
                citations=[
                    s1("We have never seen the water come up this fast,"),
                    s2("We have never seen the water come up this fast,"),
                ],
            ),
            MergedQuote(
                text="This will take months to repair, not days,",
                speaker="Ana Torres",
                speaker_role="Mayor",
                citations=[s2("This will take months to repair, not days,")],
            ),
        ],
        dropped=[
            SourcedDropped(
                section="numbers", content="3,000 homes damaged", source="S2", reason="not found in the source text"
            )
        ],
        notes=["The sources differ on how many people were evacuated and rescued; both counts are shown."],
    )


def ensure_chromium() -> str | None:
    """Install chromium and its driver with apt when they are missing and we are root (CI);
    otherwise return a one-line message saying how to install them (None when they are there)."""
    if CHROMIUM.exists() and CHROMEDRIVER.exists():
        return None
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return f"chromium and chromedriver are needed at {CHROMIUM} and {CHROMEDRIVER}: {INSTALL_HINT}"
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update"], check=True, env=environment)
    subprocess.run(["apt-get", "install", "-y", "chromium", "chromium-driver"], check=True, env=environment)
    if CHROMIUM.exists() and CHROMEDRIVER.exists():
        return None
    return f"apt-get installed chromium but {CHROMIUM} or {CHROMEDRIVER} is still missing: {INSTALL_HINT}"


def start_chromium(user_data_dir: Path):
    """Headless chromium from Debian's packages only: selenium-manager never downloads a browser."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={user_data_dir}",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
    ):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
