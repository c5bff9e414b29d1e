"""What Windows does differently to files, handled in one place (and testable on Linux).

Antivirus scanners, the search indexer and sync clients (OneDrive) open files for a moment
without sharing delete access: a rename over such a file, or its removal, fails with a
sharing violation (winerror 32/33, or 5 for a file being scanned) that is over a few
hundred milliseconds later. Replace and delete are retried briefly on those. Paths past
Windows' 260-character limit fail as if the folder did not exist: they are named as too long.
Lock and temporary files are hidden, as Office hides its ``~$`` owner files.
Tests set ``ON_WINDOWS`` and simulate the errors.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
ON_WINDOWS = sys.platform.startswith("win")
SHARING_VIOLATIONS = {5, 32, 33}  # ERROR_ACCESS_DENIED (a file being scanned), SHARING_ and LOCK_VIOLATION
MAX_PATH = 260
RETRY_SECONDS = 1.0
FILE_ATTRIBUTE_HIDDEN = 0x2


def is_windows() -> bool:
    return ON_WINDOWS


def sharing_violation(exc: OSError) -> bool:
    """Whether *exc* is another program holding the file for a moment (Windows only)."""
    return is_windows() and getattr(exc, "winerror", None) in SHARING_VIOLATIONS


def retry(action: Callable[[], T], seconds: float = RETRY_SECONDS) -> T:
    """*action*, tried again for up to *seconds* while a sharing violation lasts."""
    deadline = time.monotonic() + seconds
    pause = 0.02
    while True:
        try:
            return action()
        except OSError as exc:
            if not sharing_violation(exc) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


def replace(source: str | Path, target: str | Path) -> None:
    retry(lambda: os.replace(source, target))


def remove(path: str | Path) -> None:
    retry(lambda: os.unlink(path))


def too_long(path: Path | str | None) -> bool:
    """Whether *path* is past the classic Windows limit, where Windows says 'not found'."""
    return is_windows() and path is not None and len(os.path.abspath(str(path))) >= MAX_PATH


def long_path_message(path: Path | str) -> str:
    length = len(os.path.abspath(str(path)))
    return (f"het pad is te lang voor Windows ({length} tekens; Windows houdt er zonder lange paden {MAX_PATH - 1} "
            "aan); kies een map dichter bij de schijf of een kortere naam")


def hide(path: str | Path) -> None:
    """Give *path* the hidden attribute on Windows (a lock or temporary file); nothing elsewhere."""
    _change_hidden(path, True)


def unhide(path: str | Path) -> None:
    """Clear the hidden attribute again: a temporary file about to become the saved file."""
    _change_hidden(path, False)


def _change_hidden(path: str | Path, hidden: bool) -> None:
    if not is_windows():
        return
    try:
        attributes = _get_attributes(str(path))
        wanted = attributes | FILE_ATTRIBUTE_HIDDEN if hidden else attributes & ~FILE_ATTRIBUTE_HIDDEN
        if wanted != attributes:
            _set_attributes(str(path), wanted)
    except (OSError, AttributeError, ValueError):
        pass  # a temporary file that stays visible is no failure


def _get_attributes(path: str) -> int:
    import ctypes

    attributes = ctypes.windll.kernel32.GetFileAttributesW(path)  # type: ignore[attr-defined]
    if attributes == 0xFFFFFFFF:  # INVALID_FILE_ATTRIBUTES
        raise ctypes.WinError()  # type: ignore[attr-defined]
    return attributes


def _set_attributes(path: str, attributes: int) -> None:
    import ctypes

    if not ctypes.windll.kernel32.SetFileAttributesW(path, attributes):  # type: ignore[attr-defined]
        raise ctypes.WinError()  # type: ignore[attr-defined]
