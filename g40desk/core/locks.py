"""Lock files: who has a pack open, since when; stale locks are recognised.

The lock is ``<pack>.lock`` beside the pack (so a colleague on a shared drive sees it).
A lock is stale when its process is gone (same computer) or it is older than
STALE_AFTER (another computer, which we cannot ask).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from g40desk.core.errors import G40Error

STALE_AFTER = dt.timedelta(hours=12)


@dataclass
class LockInfo:
    user: str
    host: str
    pid: int
    since: dt.datetime

    def describe(self) -> str:
        return f"{self.user} op {self.host}, sinds {self.since.astimezone().strftime('%d-%m-%Y %H:%M')}"

    @property
    def stale(self) -> bool:
        now = dt.datetime.now(dt.UTC)
        if self.host == socket.gethostname():
            return not _alive(self.pid)
        return now - self.since > STALE_AFTER

    @property
    def mine(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()


class PackLocked(G40Error):
    def __init__(self, path: Path, info: LockInfo):
        self.info = info
        super().__init__(f"is al geopend door {info.describe()}", path)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def lock_path(pack_path: Path) -> Path:
    return Path(pack_path).with_name(Path(pack_path).name + ".lock")


def read_lock(pack_path: Path) -> LockInfo | None:
    try:
        data = json.loads(lock_path(pack_path).read_text(encoding="utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]),
                        dt.datetime.fromisoformat(data["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # Unreadable or half-written lock: treat as stale, but still someone's.
        return LockInfo("onbekend", "onbekend", 0, dt.datetime(1970, 1, 1, tzinfo=dt.UTC))


def acquire(pack_path: Path, take_over: bool = False) -> LockInfo:
    """Take the lock; PackLocked if someone else holds a live one (unless *take_over*)."""
    current = read_lock(pack_path)
    if current is not None and not current.mine and not current.stale and not take_over:
        raise PackLocked(Path(pack_path), current)
    info = LockInfo(_user(), socket.gethostname(), os.getpid(), dt.datetime.now(dt.UTC).replace(microsecond=0))
    data = {"user": info.user, "host": info.host, "pid": info.pid, "since": info.since.isoformat()}
    try:
        lock_path(pack_path).write_text(json.dumps(data), encoding="utf-8")
    except OSError:
        pass  # a read-only folder: the pack can still be read; saving will say why it fails
    return info


def release(pack_path: Path) -> None:
    current = read_lock(pack_path)
    if current is not None and current.mine:
        try:
            lock_path(pack_path).unlink()
        except OSError:
            pass


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers)
        return "onbekend"
