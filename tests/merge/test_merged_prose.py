"""The merged summary takes the reports' sentences in turn; one like a sentence already kept is
left out only when that one is this report's too, so a report whose version differs keeps its own."""

from __future__ import annotations

from summarizer.merge.prose import cited_sentences

FIRST = "Troops Arrive\n\nAbout 3,000 North Korean troops arrived in Russia this month, officials said.\n"
SECOND = "Troops In Russia\n\nAbout 10,000 North Korean troops arrived in Russia this month, officials said.\n"
THIRD = "More Troops\n\nAbout 3,000 North Korean troops arrived in Russia this month, a report said.\n"


def test_a_report_whose_version_differs_keeps_its_own_sentence() -> None:
    kept, unsupported = cited_sentences(
        [
            ("S1", ["About 3,000 North Korean troops arrived in Russia this month."]),
            ("S2", ["About 10,000 North Korean troops arrived in Russia this month."]),
        ],
        {"S1": FIRST, "S2": SECOND},
        limit=3,
    )
    assert [sentence.sources for sentence in kept] == [["S1"], ["S2"]] and not unsupported


def test_a_sentence_a_kept_one_already_cites_this_report_for_is_left_out() -> None:
    kept, _ = cited_sentences(
        [
            ("S1", ["About 3,000 North Korean troops arrived in Russia this month."]),
            ("S3", ["About 3,000 North Korean troops reached Russia this month."]),
        ],
        {"S1": FIRST, "S3": THIRD},
        limit=3,
    )
    assert len(kept) == 1 and kept[0].sources == ["S1", "S3"]
