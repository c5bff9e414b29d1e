"""The ledger's index: an SQLite file in the user's local folder that remembers what each pack held.

A row is keyed by the file's path, size, modification time and content hash. A file whose
size and time are unchanged is not read again; one whose time changed is read and hashed,
and parsed only when its content changed. A time within TRUST_AFTER of the moment the file
was read is not trusted (the file may have changed again within the file system's time
resolution), so such a file is hashed once more on the next run.

The index is derived: it is never needed. When it cannot be opened or written (a full
disk, a damaged file, a second g40desk holding it too long), the ledger works without it
in memory and says so once.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from g40desk.core.files.userdata import user_local_dir
from g40desk.core.pack.model import SCHEMA_VERSION

FORMAT = 1  # of the rows (records.PackRecord.to_json); a new format or schema version starts afresh
TRUST_AFTER_NS = 3_000_000_000  # FAT and SMB keep times to 2 s
NAME = "ledger.sqlite3"


@dataclass(frozen=True)
class Row:
    size: int
    mtime_ns: int
    hash: str
    read_ns: int
    record: str | None  # PackRecord.to_json(), or None when the file was skipped
    problem: str | None

    def trusted(self, size: int, mtime_ns: int) -> bool:
        """True when the file is as it was and was not changed right before it was read."""
        return size == self.size and mtime_ns == self.mtime_ns and self.read_ns - mtime_ns > TRUST_AFTER_NS


def default_path() -> Path:
    return user_local_dir() / NAME


class Index:
    """Rows by path; ``problem`` holds a Dutch line when the index is in memory instead of on disk."""

    def __init__(self, path: Path | None = None):
        self.problem: str | None = None
        self.path = path
        self.db = None
        if path is not None:
            try:
                self.db = self._open(str(path))
            except (sqlite3.Error, OSError) as exc:
                self.problem = (f"de index van het overzicht ({path}) kan niet worden gebruikt ({exc}); "
                                "alle pakketten zijn opnieuw gelezen")
        if self.db is None:
            self.db = self._open(":memory:")

    @staticmethod
    def _open(name: str) -> sqlite3.Connection:
        if name != ":memory:":
            Path(name).parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(name, timeout=5, isolation_level=None)
        version = FORMAT * 1000 + SCHEMA_VERSION
        if db.execute("PRAGMA user_version").fetchone()[0] != version:
            db.execute("DROP TABLE IF EXISTS files")
            db.execute(f"PRAGMA user_version = {int(version)}")
        db.execute("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, "
                   "hash TEXT, read_ns INTEGER, record TEXT, problem TEXT)")
        db.execute("PRAGMA integrity_check(1)").fetchone()
        return db

    def rows(self) -> dict[str, Row]:
        return {path: Row(*rest) for path, *rest in
                self.db.execute("SELECT path, size, mtime_ns, hash, read_ns, record, problem FROM files")}

    def write(self, rows: dict[str, Row], gone: list[str]) -> None:
        """Store new or changed rows and forget files that are gone, in one transaction."""
        if not rows and not gone:
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?)",
                                [(path, *vars(row).values()) for path, row in rows.items()])
            self.db.executemany("DELETE FROM files WHERE path = ?", [(path,) for path in gone])
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            self.problem = f"de index van het overzicht kon niet worden bijgewerkt ({exc}); de volgende keer wordt opnieuw gelezen"

    def close(self) -> None:
        self.db.close()


def now_ns() -> int:
    return time.time_ns()
