"""What a file held when we read or wrote it, to notice that another program changed it since.

Sync clients (OneDrive, SharePoint, Dropbox) and colleagues replace a pack without taking
g40desk's lock. The content's SHA-256 decides: size and modification time are kept to
describe the change, but a sync client that only touched the time changed nothing.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from g40desk.core.errors import G40Error
from g40desk.core.files.jsonfile import read_regular_file

MAX_BYTES = 100_000_000


@dataclass(frozen=True)
class Stamp:
    size: int
    mtime_ns: int
    digest: str

    def same_content(self, other: Stamp | None) -> bool:
        return other is not None and other.digest == self.digest


def stamp_of_bytes(path: Path, data: bytes) -> Stamp:
    """The stamp of *data*, just read from or written to *path*."""
    try:
        mtime = os.stat(path).st_mtime_ns
    except OSError:
        mtime = 0
    return Stamp(len(data), mtime, hashlib.sha256(data).hexdigest())


def current_stamp(path: Path) -> Stamp | None:
    """The stamp of *path* as it is now; None when there is no readable file."""
    try:
        return stamp_of_bytes(Path(path), read_regular_file(Path(path), MAX_BYTES))
    except G40Error:
        return None


class ChangedOnDisk(G40Error):
    """The file is no longer what this process read or wrote: saving would replace a version nobody has seen."""

    def __init__(self, path: Path, now: Stamp | None):
        self.now = now
        super().__init__("is intussen buiten g40desk gewijzigd (door een collega of een synchronisatieprogramma "
                         "zoals OneDrive); er is niets overschreven", path)


def check_unchanged(path: Path, expected: Stamp | None) -> None:
    """ChangedOnDisk unless *path* still holds what *expected* describes (or is gone, or nothing was expected)."""
    if expected is None:
        return
    now = current_stamp(path)
    if now is not None and not expected.same_content(now):
        raise ChangedOnDisk(Path(path), now)


def keep_other_version(path: Path, label: str) -> tuple[Path, Stamp]:
    """Copy what *path* holds now to a new file beside it, ``<stem> (<label>)<suffix>``, before
    the user's own version replaces it; the copy's path and the stamp of what was copied."""
    from g40desk.core.files.atomic import cut_name, write_bytes_atomic

    path = Path(path)
    data = read_regular_file(path, MAX_BYTES)
    stem = cut_name(path.stem, 160)
    for number in range(1, 1000):
        extra = f" {number}" if number > 1 else ""
        copy = path.with_name(f"{stem} ({label}{extra}){path.suffix}")
        if not os.path.lexists(copy):
            break
    write_bytes_atomic(copy, data)
    return copy, stamp_of_bytes(path, data)
