"""What a batch has finished, and the order its input listed the articles in, kept on disk rather
than in memory, so that the memory of `batch` and `collect` does not grow with their input.

The journal (`output.JOURNAL`) stays the durable record; the ledger is a scratch copy of it,
indexed by article id, rebuilt from the journal at every start and gone when the run ends: a
temporary SQLite database (SQLite keeps a few MiB of pages in memory and the rest in a temporary
file). It answers "what did an earlier run finish for this id" per article, and streams the index
in input order when the run ends."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping


def scratch_database() -> sqlite3.Connection:
    """A private temporary SQLite database on disk, deleted when closed, that never syncs: what it
    holds can always be rebuilt."""
    database = sqlite3.connect("", isolation_level=None)
    database.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
    return database


class FirstSeen:
    """Where each id was first seen (a JSONL line number), on disk: duplicate ids are found
    without keeping every id in memory."""

    def __init__(self) -> None:
        self._db = scratch_database()
        self._db.executescript("CREATE TABLE seen (id TEXT PRIMARY KEY, line INTEGER NOT NULL); BEGIN;")

    def first(self, item_id: str, line: int) -> int:
        """The line `item_id` was first seen on: `line` itself the first time."""
        self._db.execute("INSERT OR IGNORE INTO seen VALUES (?, ?)", (item_id, line))
        return int(self._db.execute("SELECT line FROM seen WHERE id = ?", (item_id,)).fetchone()[0])

    def close(self) -> None:
        self._db.close()


class Ledger(Mapping[str, str]):
    """id -> the journal line (a JSON record) of its latest brief, in the order ids were first
    finished, with the input order noted by `list_id`."""

    def __init__(self) -> None:
        self._db = scratch_database()
        self._db.executescript(
            """
            CREATE TABLE finished (id TEXT PRIMARY KEY, record TEXT NOT NULL);
            CREATE TABLE listed (position INTEGER PRIMARY KEY, id TEXT NOT NULL);
            BEGIN;
            """
        )
        self._listed = 0

    def finish(self, item_id: str, record: str) -> None:
        """Note `record` as `item_id`'s latest brief; an id finished before keeps its place."""
        self._db.execute(
            "INSERT INTO finished VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET record = excluded.record",
            (item_id, record),
        )

    def list_id(self, item_id: str) -> None:
        """Note that the input holds `item_id` next (the index follows this order)."""
        self._db.execute("INSERT INTO listed VALUES (?, ?)", (self._listed, item_id))
        self._listed += 1

    def records_in_order(self) -> Iterator[str]:
        """Every finished record once: first those the input listed, in its order (the first
        listing of an id counts), then those earlier runs finished that this input no longer holds,
        in the order they were first finished."""
        yield from (
            record
            for (record,) in self._db.execute(
                """
                SELECT finished.record FROM finished
                JOIN (SELECT id, MIN(position) AS first FROM listed GROUP BY id) AS listing USING (id)
                ORDER BY listing.first
                """
            )
        )
        yield from (
            record
            for (record,) in self._db.execute(
                "SELECT record FROM finished WHERE id NOT IN (SELECT id FROM listed) ORDER BY rowid"
            )
        )

    def __getitem__(self, item_id: str) -> str:
        row = self._db.execute("SELECT record FROM finished WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise KeyError(item_id)
        return str(row[0])

    def __iter__(self) -> Iterator[str]:
        return (item_id for (item_id,) in self._db.execute("SELECT id FROM finished ORDER BY rowid"))

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM finished").fetchone()[0])

    def close(self) -> None:
        self._db.close()
