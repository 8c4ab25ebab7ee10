from summarizer.merge.dates import merge_dates
from summarizer.schemas import WhenItem


def test_one_day_written_two_ways_is_one_entry_and_undated_words_join_only_when_alike():
    s1 = [
        WhenItem(text="on Tuesday", date="2024-10-29", context="The dam failed on Tuesday.", spans=[(10, 20)]),
        WhenItem(text="last week", spans=[(40, 49)]),
    ]
    s2 = [
        WhenItem(text="Oct. 29", date="2024-10-29", spans=[(5, 12)]),
        WhenItem(text="Last week", spans=[(70, 79)]),
        WhenItem(text="in 2019", date="2019", spans=[(90, 97)]),
    ]
    merged = merge_dates([("S1", s1), ("S2", s2)])
    assert [(m.text, m.date, m.sources) for m in merged] == [
        ("on Tuesday", "2024-10-29", ["S1", "S2"]),
        ("last week", None, ["S1", "S2"]),
        ("in 2019", "2019", ["S2"]),
    ]
    assert merged[0].aliases == ["Oct. 29"] and merged[1].aliases == []
    assert merged[0].context == "The dam failed on Tuesday."
    assert merged[0].citations[1].spans == [(5, 12)]
