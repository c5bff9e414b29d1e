"""Lock files: who has a pack open, since when; stale locks are recognised.

The lock is ``<pack>.lock`` beside the pack (so a colleague on a shared drive sees it).
It is created with ``O_CREAT | O_EXCL | O_NOFOLLOW``: of two openers at the same moment
exactly one gets it, and a lock name planted as a symbolic link to someone's files is never
written through. A lock is read back with a size cap and validated field by field; a lock
that is not what g40desk writes is reported as unreadable and never taken over silently.

A lock is stale when its process is gone (same computer: pid *and* start time, so a reused
pid is not mistaken for the holder) or it is older than STALE_AFTER (another computer,
which we cannot ask). Taking over a stale lock is serialised by a short-lived
``<pack>.lock.neem`` file, so two openers cannot both take it over.

Before every save the holder checks the lock again (``check_can_write``): if a colleague
took it over meanwhile, the save is refused and the editor offers "Opslaan als".
"""

from __future__ import annotations

import datetime as dt
import errno
import getpass
import json
import os
import socket
import stat
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from g40desk.core.errors import G40Error
from g40desk.core.files import windows
from g40desk.core.files.atomic import sibling
from g40desk.core.files.processes import process_alive, process_start
from g40desk.core.text import local_time

STALE_AFTER = dt.timedelta(hours=12)
MAX_LOCK_BYTES = 4096
_TAKE_OVER_WAIT = 2.0  # seconds another opener may hold the take-over mutex
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_HELD: dict[str, str] = {}  # lock file -> token of the lock this process wrote


@dataclass
class LockInfo:
    user: str
    host: str
    pid: int
    since: dt.datetime
    started: float = 0.0  # the holder's process start time (0: unknown)
    token: str = ""
    problem: str | None = None  # set when the lock file is not a valid g40desk lock
    brief: bool = False  # held by a command that opens, changes and saves in one go (worth waiting for)

    def describe(self) -> str:
        if self.problem:
            return f"onbekend: het slotbestand is onleesbaar ({self.problem})"
        return f"{self.user} op {self.host}, sinds {local_time(self.since)}"

    @property
    def stale(self) -> bool:
        if self.problem:
            return False  # never taken over without the user choosing to
        if self.host == socket.gethostname():
            return not process_alive(self.pid, self.started)
        return dt.datetime.now(dt.UTC) - self.since > STALE_AFTER

    @property
    def mine(self) -> bool:
        return (not self.problem and self.host == socket.gethostname() and self.pid == os.getpid()
                and (not self.token or self.token in _HELD.values()))


class PackLocked(G40Error):
    def __init__(self, path: Path, info: LockInfo):
        self.info = info
        if info.problem:
            message = (f"het slotbestand '{lock_path(path).name}' is onleesbaar ({info.problem}); er is niets "
                       "geschreven. Heeft niemand het pakket open, verwijder dan dat slotbestand")
        else:
            message = (f"is al geopend door {info.describe()}; er is niets geschreven. Wacht tot het daar "
                       "gesloten is")
        super().__init__(message, path)


class LockLost(G40Error):
    """Someone took the lock over while this process had the pack open."""

    def __init__(self, path: Path, info: LockInfo | None):
        self.info = info
        who = info.describe() if info is not None else "iemand anders"
        super().__init__(f"is intussen overgenomen door {who}; uw wijzigingen zijn niet over die van de ander "
                         "heen geschreven. Bewaar uw werk met 'Opslaan als' onder een andere naam", path)


# -- reading -------------------------------------------------------------------
def lock_path(pack_path: Path) -> Path:
    return sibling(Path(pack_path), ".lock")


def read_lock(pack_path: Path) -> LockInfo | None:
    """The lock on *pack_path*, None if there is none; a malformed lock has ``problem`` set."""
    path = lock_path(pack_path)
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return _bad("het is een symbolische koppeling")
        return _bad(exc.strerror or "niet te lezen")
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return _bad("het is geen gewoon bestand")
        raw = os.read(fd, MAX_LOCK_BYTES + 1)
    except OSError as exc:
        return _bad(exc.strerror or "niet te lezen")
    finally:
        os.close(fd)
    if len(raw) > MAX_LOCK_BYTES:
        return _bad("te groot")
    return parse_lock(raw)


def parse_lock(raw: bytes) -> LockInfo:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return _bad("geen geldige JSON")
    if not isinstance(data, dict):
        return _bad("geen JSON-object")
    user, host, pid, since = data.get("user"), data.get("host"), data.get("pid"), data.get("since")
    started, token, brief = data.get("started", 0.0), data.get("token", ""), data.get("brief", False) is True
    if not (isinstance(user, str) and 0 < len(user) <= 256 and isinstance(host, str) and 0 < len(host) <= 256):
        return _bad("gebruiker of computer ontbreekt")
    if not isinstance(pid, int) or isinstance(pid, bool) or not 0 < pid < 2**31:
        return _bad(f"ongeldig procesnummer {str(pid)[:24]!r}")
    if not isinstance(started, (int, float)) or isinstance(started, bool) or not 0 <= started < 1e11:
        return _bad("ongeldige starttijd")
    if not isinstance(token, str) or len(token) > 64:
        return _bad("ongeldig kenmerk")
    try:
        moment = dt.datetime.fromisoformat(since) if isinstance(since, str) and len(since) <= 40 else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        return _bad("tijdstip zonder tijdzone of ongeldig")
    if _too_late(moment):
        return _bad(f"tijdstip in de toekomst: {moment.isoformat()[:25]}")
    return LockInfo(_clean(user), _clean(host), pid, moment, float(started), token, brief=brief)


def _too_late(moment: dt.datetime) -> bool:
    """Later than tomorrow: no clock is that far off; a damaged or planted lock."""
    try:
        return moment - dt.datetime.now(dt.UTC) > dt.timedelta(days=1)
    except OverflowError:
        return True


def _clean(text: str) -> str:
    return "".join(ch for ch in text if ch.isprintable())


def _bad(problem: str) -> LockInfo:
    return LockInfo("onbekend", "onbekend", 0, dt.datetime(1970, 1, 1, tzinfo=dt.UTC), problem=problem)


# -- taking and giving back ------------------------------------------------------
def acquire(pack_path: Path, take_over: bool = False, brief: bool = False) -> LockInfo:
    """Take the lock; PackLocked if someone else holds a live or unreadable one (unless *take_over*).

    *brief*: the lock is held only while one command changes the pack (others may wait for it).
    """
    path = lock_path(pack_path)
    info = _new_info()
    info.brief = brief
    for _attempt in range(50):
        if _create(path, info):
            return info
        current = read_lock(pack_path)
        if current is None:
            continue  # released between our attempt and the read: try again
        if current.mine:
            return current
        if not current.stale and not take_over:
            raise PackLocked(Path(pack_path), current)
        if _replace(Path(pack_path), current, info):
            return info
    raise PackLocked(Path(pack_path), read_lock(pack_path) or _bad("wisselt steeds van eigenaar"))


def _new_info() -> LockInfo:
    return LockInfo(_user(), socket.gethostname(), os.getpid(), dt.datetime.now(dt.UTC).replace(microsecond=0),
                    process_start(os.getpid()), uuid.uuid4().hex)


def _payload(info: LockInfo) -> bytes:
    return json.dumps({"user": info.user, "host": info.host, "pid": info.pid, "since": info.since.isoformat(),
                       "started": info.started, "token": info.token, "brief": info.brief}).encode("utf-8")


def _create(path: Path, info: LockInfo) -> bool:
    """Create the lock file exclusively; False if one exists. A read-only folder counts as
    locked by nobody: the pack can still be read, and saving says why it fails."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0), 0o644)
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return False  # a symbolic link where the lock should be: read_lock reports it
        return True
    try:
        os.write(fd, _payload(info))
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
    windows.hide(path)  # as Office hides its ~$ owner files
    _HELD[str(path)] = info.token
    return True


def _replace(pack_path: Path, seen: LockInfo, info: LockInfo) -> bool:
    """Take over the lock *seen* (stale, or the user chose to): only one process at a time may."""
    path = lock_path(pack_path)
    mutex = sibling(pack_path, ".lock.neem")
    deadline = time.monotonic() + _TAKE_OVER_WAIT
    while True:
        try:
            fd = os.open(mutex, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
            os.close(fd)
            break
        except FileExistsError:
            if time.monotonic() > deadline:
                _remove_if_old(mutex)
                deadline = time.monotonic() + _TAKE_OVER_WAIT
            time.sleep(0.01)
        except OSError:
            return False
    try:
        again = read_lock(pack_path)
        if again is not None and (again.token, again.pid, again.since, again.problem) != (
                seen.token, seen.pid, seen.since, seen.problem):
            return False  # someone else took it meanwhile: look again
        try:
            windows.remove(path)
        except FileNotFoundError:
            pass
        except OSError:
            return False
        return _create(path, info)
    finally:
        try:
            os.unlink(mutex)
        except OSError:
            pass


def _remove_if_old(path: Path) -> None:
    try:
        if time.time() - os.lstat(path).st_mtime > _TAKE_OVER_WAIT:
            os.unlink(path)
    except OSError:
        pass


def release(pack_path: Path) -> None:
    """Give our lock back. LockStuck when its file cannot be removed: colleagues would see the
    pack as open until it is, so the user must hear of it."""
    current = read_lock(pack_path)
    path = lock_path(pack_path)
    mine = current is not None and current.mine
    _HELD.pop(str(path), None)
    if mine:
        try:
            windows.remove(path)  # retried while a scanner or sync client holds it
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise LockStuck(Path(pack_path), exc) from None


class LockStuck(G40Error):
    def __init__(self, path: Path, exc: OSError):
        super().__init__(f"het slotbestand '{lock_path(path).name}' kon niet worden verwijderd "
                         f"({exc.strerror or exc}); collega's zien het pakket als geopend tot het weg is. "
                         "Verwijder het zelf, of vraag IT-ondersteuning", path)


WRITER_WAIT = 3.0  # seconds a command waits for another command's brief lock


@contextmanager
def holding(pack_path: Path, wait: float = WRITER_WAIT) -> Iterator[LockInfo]:
    """For a command that reads, changes and saves a pack: hold its lock the whole time.

    Another command's brief lock is waited for (up to *wait* seconds); an editor's or an
    unreadable lock refuses at once (PackLocked). The lock is given back afterwards; if its
    file cannot be removed, a warning is printed by the caller (LockStuck).
    """
    deadline = time.monotonic() + wait
    while True:
        try:
            info = acquire(pack_path, brief=True)
            break
        except PackLocked as exc:
            if not exc.info.brief or exc.info.problem or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    try:
        yield info
    except BaseException:
        with suppress(LockStuck):  # the first problem is the one to tell
            release(pack_path)
        raise
    release(pack_path)


def check_can_write(pack_path: Path) -> None:
    """Before a save or an import over *pack_path*: refuse if someone else holds it.

    Raises LockLost when this process held the lock and a colleague took it over,
    PackLocked when another live (or unreadable) lock is there. No lock, our own lock or
    a stale one: the write may go ahead.
    """
    path = lock_path(pack_path)
    current = read_lock(pack_path)
    if current is None or current.mine:
        return
    if str(path) in _HELD:
        raise LockLost(Path(pack_path), current)
    if not current.stale:
        raise PackLocked(Path(pack_path), current)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers)
        return "onbekend"
