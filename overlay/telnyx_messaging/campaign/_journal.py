"""The campaign journal: each message's key is recorded before it is sent and its outcome
after, so a rerun after a crash knows what went out.

`SqliteJournal` (standard library) is the default. Its writes are committed one by one in
WAL mode: a process killed at any point loses nothing committed (synchronous=NORMAL; pass
`durable=True` for FULL, which also survives a power cut, at the cost of an fsync per write).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from ._report import Outcome

PENDING = "pending"  # recorded before the send; still there after a crash mid-send

_SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    key TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    run TEXT NOT NULL,
    line INTEGER,
    recipient TEXT,
    message_id TEXT,
    error TEXT,
    status INTEGER,
    code TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    updated REAL NOT NULL
)
"""


@dataclass(frozen=True, slots=True)
class Entry:
    key: str
    state: str  # PENDING or an Outcome value
    run: str
    line: int | None
    to: str | None
    message_id: str | None
    error: str | None
    attempts: int


class Journal(Protocol):
    """Where a campaign keeps its progress (SQLite here; Redis for Celery)."""

    def lookup(self, key: str) -> Entry | None: ...

    def begin(self, key: str, run: str, line: int | None, to: str | None) -> None:
        """Record that `key` is about to be sent (must be durable when it returns)."""

    def finish(
        self,
        key: str,
        run: str,
        outcome: Outcome,
        *,
        line: int | None = None,
        to: str | None = None,
        message_id: str | None = None,
        error: str | None = None,
        status: int | None = None,
        code: str | None = None,
    ) -> None: ...

    def close(self) -> None: ...


class SqliteJournal:
    def __init__(self, path: str | os.PathLike[str], *, durable: bool = False) -> None:
        self.path = os.fspath(path)
        # autocommit: every write is its own transaction, committed before the call returns
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.execute(_SCHEMA)

    def __repr__(self) -> str:
        return f"SqliteJournal({self.path!r})"

    def lookup(self, key: str) -> Entry | None:
        row = self._db.execute(
            "SELECT key, state, run, line, recipient, message_id, error, attempts FROM messages WHERE key = ?", (key,)
        ).fetchone()
        return Entry(*row) if row is not None else None

    def begin(self, key: str, run: str, line: int | None, to: str | None) -> None:
        self._db.execute(
            "INSERT INTO messages (key, state, run, line, recipient, attempts, updated) VALUES (?, ?, ?, ?, ?, 1, ?) "
            "ON CONFLICT(key) DO UPDATE SET state = excluded.state, run = excluded.run, line = excluded.line, "
            "recipient = excluded.recipient, attempts = attempts + 1, error = NULL, updated = excluded.updated",
            (key, PENDING, run, line, to, time.time()),
        )

    def finish(
        self,
        key: str,
        run: str,
        outcome: Outcome,
        *,
        line: int | None = None,
        to: str | None = None,
        message_id: str | None = None,
        error: str | None = None,
        status: int | None = None,
        code: str | None = None,
    ) -> None:
        self._db.execute(
            "INSERT INTO messages (key, state, run, line, recipient, message_id, error, status, code, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET state = excluded.state, "
            "run = excluded.run, line = COALESCE(excluded.line, line), recipient = COALESCE(excluded.recipient, "
            "recipient), message_id = excluded.message_id, error = excluded.error, status = excluded.status, "
            "code = excluded.code, updated = excluded.updated",
            (key, str(outcome), run, line, to, message_id, error, status, code, time.time()),
        )

    def entries(self, state: str | None = None) -> Iterator[Entry]:
        """Every entry (or those in `state`), streamed in key order."""
        query = "SELECT key, state, run, line, recipient, message_id, error, attempts FROM messages"
        if state is not None:
            cursor = self._db.execute(query + " WHERE state = ? ORDER BY key", (state,))
        else:
            cursor = self._db.execute(query + " ORDER BY key")
        for row in cursor:
            yield Entry(*row)

    def counts(self) -> dict[str, int]:
        return dict(self._db.execute("SELECT state, COUNT(*) FROM messages GROUP BY state").fetchall())

    def close(self) -> None:
        self._db.close()
