"""Atomic file writes: a reader sees the complete old file or the complete new one."""

from __future__ import annotations

import errno
import glob
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from g40desk.core.errors import G40Error


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _explain(exc: OSError, path: Path) -> G40Error:
    if exc.errno == errno.ENOSPC:
        why = "de schijf is vol; maak ruimte vrij en probeer het opnieuw"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = "geen schrijfrechten, of het bestand is geopend in een ander programma (zoals Word of Excel); sluit het of kies een andere map"
    elif exc.errno == errno.ENOENT:
        why = "de map bestaat niet"
    elif exc.errno == errno.ENAMETOOLONG:
        why = "de bestandsnaam is te lang"
    else:
        why = exc.strerror or str(exc)
    return G40Error(f"kan niet opslaan: {why}", path)


def write_atomic(path: Path, write: Callable[[object], None], backup: bool = False) -> None:
    """Call ``write(binary_file)`` on a temporary file, then rename it over *path*.

    With *backup*, the previous version stays beside it as ``<name>.bak``.
    On any error nothing at *path* changes and the temporary file is removed.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f"{_temp_prefix(path)}{os.getpid()}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and path.exists():
            _copy_atomic(path, path.with_name(path.name + ".bak"))
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_dir(folder)
        _remove_orphans(path)
    except OSError as exc:
        raise _explain(exc, path) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _temp_prefix(path: Path) -> str:
    return f".{path.name[:60]}."


def _remove_orphans(path: Path) -> None:
    """Temporary files left by a process that was killed while saving this file."""
    from g40desk.core.locks import _alive

    prefix = _temp_prefix(path)
    for orphan in path.parent.glob(f"{glob.escape(prefix)}*.tmp"):
        pid = orphan.name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            try:
                orphan.unlink()
            except OSError:
                pass


def write_bytes_atomic(path: Path, data: bytes, backup: bool = False) -> None:
    write_atomic(path, lambda handle: handle.write(data), backup=backup)


def _copy_atomic(source: Path, target: Path) -> None:
    data = source.read_bytes()
    write_bytes_atomic(target, data)
