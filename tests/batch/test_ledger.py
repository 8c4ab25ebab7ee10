"""The ledger keeps a batch's finished articles and input order on disk; the index it streams
follows the input, then what earlier runs finished that the input no longer holds."""

from __future__ import annotations

from summarizer.batch.ledger import FirstSeen, Ledger


def test_the_index_follows_the_input_then_earlier_briefs_and_keeps_the_latest_record():
    ledger = Ledger()
    for item_id in ("gone", "b", "a"):
        ledger.finish(item_id, f"{item_id} first")
    for item_id in ("a", "new", "b", "a"):  # "new" never finished; "a" listed twice counts once
        ledger.list_id(item_id)
    ledger.finish("b", "b again")  # an edited article briefed again keeps its place
    assert list(ledger.records_in_order()) == ["a first", "b again", "gone first"]
    assert list(ledger) == ["gone", "b", "a"] and len(ledger) == 3
    assert ledger.get("b") == "b again" and ledger.get("new") is None
    ledger.close()


def test_first_seen_gives_the_first_line_of_a_repeated_id():
    seen = FirstSeen()
    assert [seen.first(item_id, line) for line, item_id in enumerate(["x", "y", "x", "x"], 1)] == [1, 2, 1, 1]
    seen.close()
