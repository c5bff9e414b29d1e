"""Atomic file writes: a reader sees the complete old file or the complete new one.

The new content goes to a temporary file in the target's own folder, is flushed and
``fsync``-ed, then renamed over the target. What the user set up is kept:

- a file that is replaced keeps its permission bits; a new file gets the user's umask
  (the temporary file is created with mode 0666, so the kernel applies the umask);
- a read-only target is not replaced unless the caller says the user confirmed it;
- nothing is written through a symbolic link unless the caller asks for it (only the pack
  itself, ``follow_link=True``: the file it points to is replaced, atomically in its own
  folder, and the link stays). Everything else (backups, keep-copies, exports, the user's
  data files) replaces a link planted under its name, never the link's target, and the
  backup beside a file is never written over a read-only one;
- temporary names fit the 255-byte file-name limit whatever the target's name, and carry
  the computer, process and process start time, so the clean-up after a killed save only
  removes files of processes on this computer that are gone.
"""

from __future__ import annotations

import errno
import io
import os
import re
import secrets
import socket
import stat
from collections.abc import Callable
from pathlib import Path

from g40desk.core.errors import G40Error
from g40desk.core.files import windows
from g40desk.core.files.jsonfile import read_regular_file
from g40desk.core.files.processes import process_alive, process_start

NAME_MAX = 255  # bytes in one file name (Linux, macOS); Windows counts 255 UTF-16 units
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class ReadOnlyTarget(G40Error):
    """The file to replace is read-only: the user must confirm first."""


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _explain(exc: OSError, path: Path) -> G40Error:
    return G40Error(f"kan niet opslaan: {describe_os_error(exc, path)}", path)


def describe_os_error(exc: OSError, path: Path | None = None) -> str:
    """Why a write failed, in words a user can act on."""
    if windows.too_long(path) and exc.errno in (errno.ENOENT, errno.ENAMETOOLONG, errno.EINVAL):
        why = windows.long_path_message(path)
    elif exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", -1):
        why = "de schijf is vol; maak ruimte vrij en probeer het opnieuw"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = "geen schrijfrechten, of het bestand is geopend in een ander programma (zoals Word of Excel); sluit het of kies een andere map"
    elif exc.errno == errno.ENOENT:
        why = "de map bestaat niet"
    elif exc.errno == errno.ENAMETOOLONG:
        why = "de bestandsnaam is te lang"
    elif exc.errno == errno.ELOOP:
        why = "de symbolische koppeling verwijst naar zichzelf"
    elif exc.errno == errno.EISDIR:
        why = "dit is een map; kies een bestandsnaam"
    else:
        why = exc.strerror or str(exc)
    return why


def cut_name(name: str, limit: int) -> str:
    """*name* shortened to at most *limit* UTF-8 bytes, never inside a character."""
    return name.encode("utf-8", "surrogateescape")[:limit].decode("utf-8", "ignore")


def sibling(path: Path, suffix: str) -> Path:
    """``<name><suffix>`` beside *path* (``.bak``, ``.lock``), shortened to fit the name limit."""
    path = Path(path)
    room = NAME_MAX - len(suffix.encode("utf-8"))
    return path.with_name(cut_name(path.name, room) + suffix)


def target_of(path: Path) -> Path:
    """Where a write to *path* really lands: through any symbolic links."""
    path = Path(path)
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def refuse_overwrite(output: Path, *inputs: Path | None) -> None:
    """An export never replaces its own input: *output* may not be (a link to) any of *inputs*."""
    for source in inputs:
        if source is None:
            continue
        try:
            same = os.path.samefile(output, source)  # hard links and symbolic links too
        except OSError:
            same = os.path.realpath(output) == os.path.realpath(source)
        if same:
            raise G40Error(f"dit is ook het invoerbestand '{Path(source).name}'; kies een andere naam "
                           "voor de uitvoer, anders gaat de invoer verloren", output)


def is_read_only(path: Path) -> bool:
    """Whether *path* (through links) is an existing file without write permission for its owner."""
    try:
        return not (os.stat(path).st_mode & stat.S_IWUSR)
    except OSError:
        return False


def write_atomic(path: Path, write: Callable[[object], None], backup: bool = False,
                 overwrite_read_only: bool = False, follow_link: bool = False) -> None:
    """Call ``write(binary_file)`` on a temporary file, then rename it over *path*.

    With *backup*, the previous version stays beside it as ``<name>.bak``. A read-only
    *path* raises ReadOnlyTarget unless *overwrite_read_only*. A symbolic link at *path* is
    replaced by the new file, unless *follow_link* (the pack: written through to its target).
    On any error nothing at *path* changes and the temporary file is removed.
    """
    shown = path = Path(path)
    tmp_name = None
    try:
        path = target_of(shown) if follow_link else shown
        folder = path.parent if str(path.parent) else Path(".")
        old = _existing(path)
        if old is not None and stat.S_ISDIR(old.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory")
        if old is not None and not overwrite_read_only and not old.st_mode & stat.S_IWUSR:  # read-only
            raise ReadOnlyTarget("het bestand is alleen-lezen en is niet overschreven; "
                                 "maak het schrijfbaar of kies een andere naam", shown)
        if old is not None and not stat.S_ISREG(old.st_mode):
            raise G40Error("dit is geen gewoon bestand (maar een apparaat of pijp); kies een andere naam", shown)
        # Built in memory first: a writer (python-docx, openpyxl) that meets a full disk half-way
        # leaves a ZipFile behind that complains on stderr when it is collected.
        buffer = io.BytesIO()
        write(buffer)
        fd, tmp_name = _create_temp(path, folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(buffer.getbuffer())
            handle.flush()
            if old is not None:  # a regular file (checked above): keep its permissions
                os.chmod(tmp_name, stat.S_IMODE(old.st_mode))
            os.fsync(handle.fileno())
        if backup and old is not None:
            keep_backup(path, shown)
        windows.unhide(tmp_name)  # hidden while it was temporary; the saved file is not
        windows.replace(tmp_name, path)  # retried while a scanner or sync client holds the file
        tmp_name = None
        _fsync_dir(folder)
        remove_orphans(path)
    except OSError as exc:
        raise _explain(exc, shown) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _existing(path: Path) -> os.stat_result | None:
    """What is at *path* now, links not followed; None for nothing or a symbolic link (which
    the new file replaces: its target is never touched)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    return None if stat.S_ISLNK(info.st_mode) else info


def keep_backup(path: Path, shown: Path | None = None) -> None:
    """Copy *path* to ``<name>.bak`` beside it: a link there is replaced, a read-only file is never."""
    shown = shown or path
    target = sibling(path, ".bak")
    try:
        write_bytes_atomic(target, read_regular_file(path, 100_000_000))
    except ReadOnlyTarget:
        raise G40Error(f"de reservekopie '{target.name}' is alleen-lezen; er is niets opgeslagen. Maak die "
                       "schrijfbaar of verwijder hem, en sla opnieuw op", shown) from None


_HOST = re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname())[:40] or "host"


def _temp_prefix(path: Path) -> str:
    return f".{cut_name(path.name, 60)}."


def _identity() -> str:
    return f"{_HOST}~{os.getpid()}~{int(process_start(os.getpid()) * 10)}"


def _create_temp(path: Path, folder: Path) -> tuple[int, str]:
    """A new temporary file beside *path*, created exclusively with mode 0666 minus the umask."""
    prefix = _temp_prefix(path) + _identity()
    for _attempt in range(100):
        name = os.path.join(folder, f"{prefix}~{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        windows.hide(name)
        return fd, name
    raise OSError(errno.EEXIST, "no free temporary name")


def remove_orphans(path: Path) -> None:
    """Temporary files left by a process on this computer that was killed while saving this file.

    Another computer's temporary files (a shared drive) are never touched: we cannot know
    whether it is still saving.
    """
    prefix = _temp_prefix(path)
    try:
        names = os.listdir(path.parent if str(path.parent) else ".")
    except OSError:
        return
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        parts = name[len(prefix):-len(".tmp")].split("~")
        if len(parts) != 4 or parts[0] != _HOST or not parts[1].isdigit() or not parts[2].isdigit():
            continue
        pid, started = int(parts[1]), int(parts[2]) / 10
        if pid == os.getpid() or process_alive(pid, started):
            continue
        try:
            os.unlink(path.parent / name)
        except OSError:
            pass


def write_bytes_atomic(path: Path, data: bytes, backup: bool = False, overwrite_read_only: bool = False,
                       follow_link: bool = False) -> None:
    write_atomic(path, lambda handle: handle.write(data), backup=backup, overwrite_read_only=overwrite_read_only,
                 follow_link=follow_link)
