"""Finding pack files under shared folders and reading each one whole, read-only, without locks.

A pack on a shared drive can be replaced while it is read (g40desk saves by writing a new
file and renaming it over the old one; sync clients may write in place). A read counts only
when the file's identity, size and time are the same before and after it; otherwise it is
tried again, and a file that keeps changing is reported and skipped this time.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

from g40desk.core.errors import G40Error
from g40desk.core.files.jsonfile import read_regular_file

PACK_SUFFIX = ".g40pack"
MAX_FILES = 100_000  # pack files under all folders together: bounds a scan of a wrong folder (a whole drive)
ATTEMPTS = 3


@dataclass(frozen=True)
class Skipped:
    """A file or folder the ledger did not use, and why (one Dutch line)."""

    path: str
    reason: str


def pack_files(folders: list[Path]) -> tuple[list[str], list[Skipped]]:
    """Every ``.g40pack`` file under *folders* (absolute paths, sorted), and the folders that could not be read.

    Hidden folders and files, Office's ``~$`` owner files and linked folders are not entered.
    """
    found: set[str] = set()
    skipped: list[Skipped] = []
    for folder in folders:
        root = os.path.abspath(folder)
        if not os.path.isdir(root):
            skipped.append(Skipped(root, "de map bestaat niet of is niet bereikbaar"))
            continue

        def unreadable(exc: OSError, root: str = root) -> None:
            skipped.append(Skipped(exc.filename or root, f"de map kan niet worden gelezen ({exc.strerror})"))

        for current, dirs, files in os.walk(root, onerror=unreadable):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in files:
                if name.lower().endswith(PACK_SUFFIX) and not name.startswith((".", "~$")):
                    found.add(os.path.join(current, name))
            if len(found) > MAX_FILES:
                raise G40Error(f"meer dan {MAX_FILES:_} pakketten; kies een kleinere map".replace("_", "."), root)
    return sorted(found), skipped


def _same(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_ino, a.st_dev, a.st_size, a.st_mtime_ns) == (b.st_ino, b.st_dev, b.st_size, b.st_mtime_ns)


def read_stable(path: str, max_bytes: int, pause: float = 0.05) -> tuple[bytes, os.stat_result]:
    """The whole file and its status, read while nobody changed it; G40Error when it keeps changing."""
    for attempt in range(ATTEMPTS):
        try:
            before = os.stat(path)
            raw = read_regular_file(Path(path), max_bytes)
            after = os.stat(path)
        except FileNotFoundError:
            raise G40Error("het bestand is verdwenen terwijl het werd gelezen", path) from None
        except OSError as exc:
            raise G40Error(f"kan het bestand niet lezen ({exc.strerror})", path) from None
        if _same(before, after) and len(raw) == after.st_size:
            return raw, after
        time.sleep(pause * (attempt + 1))
    raise G40Error("het bestand werd steeds gewijzigd terwijl het werd gelezen (een collega of een "
                   "synchronisatieprogramma slaat het op); het is deze keer overgeslagen", path)


def content_hash(raw: bytes) -> str:
    return hashlib.blake2b(raw, digest_size=16).hexdigest()
