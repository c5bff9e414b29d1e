"""A crash log per editor session, and knowing at the next start that a session died.

Each session writes ``running-<pid>.log`` in ``<app data>/crash-logs`` and points
:mod:`faulthandler` at it, so a native crash (a Qt abort, a segmentation fault) leaves the
Python stack of every thread there. A clean exit removes the file. A file whose process is
gone therefore means the session ended unexpectedly — also after SIGKILL or a power cut,
when the file holds only its header. The next start renames it to ``crash-<time>-<pid>.log``
(kept for IT support, the newest ten; <time> is when the log was last written: the crash
trace, or the session's start when the process was killed) and tells the user.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import os
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from g40desk.core.files.processes import process_alive

KEEP = 10
class CrashLog:
    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.file = None

    @property
    def path(self) -> Path:
        return self.folder / f"running-{os.getpid()}.log"

    def start(self) -> list[Path]:
        """Begin this session's log; return the logs of earlier sessions that ended unexpectedly."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            ended = self._collect_ended()
            self.file = open(self.path, "w", encoding="utf-8")  # stays open until end()
            self.file.write(_header())
            self.file.flush()
        except OSError:
            return []  # no writable data folder: run without a crash log rather than not at all
        faulthandler.enable(self.file, all_threads=True)
        return ended

    def end(self) -> None:
        """A clean exit: nothing to report next time."""
        if self.file is None:
            return
        faulthandler.disable()
        self.file.close()
        self.file = None
        try:
            self.path.unlink()
        except OSError:
            pass

    def report_error(self, exc_type, exc, tb) -> Path | None:
        """Keep an unexpected Python error (a bug in a slot) as ``fout-<time>-<pid>.log``; its path, or None."""
        when = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.folder / f"fout-{when}-{os.getpid()}.log"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with open(target, "a", encoding="utf-8") as out:
                out.write(_header())
                out.writelines(traceback.format_exception(exc_type, exc, tb))
        except OSError:
            return None
        return target

    def install_excepthook(self, tell: Callable[[str], object]) -> None:
        """Errors that reach the event loop go to a log and one sentence for the user, not to a console.

        PySide6 hands an exception raised in a slot or a virtual method to ``sys.excepthook`` and
        carries on; without this the advisor would see nothing, and IT support would have nothing.
        """

        def hook(exc_type, exc, tb):
            if issubclass(exc_type, KeyboardInterrupt):
                return sys.__excepthook__(exc_type, exc, tb)
            log = self.report_error(exc_type, exc, tb)
            try:
                tell(error_message(log))
            except Exception:  # the hook itself must never raise
                pass

        sys.excepthook = hook

    def _collect_ended(self) -> list[Path]:
        """Logs of sessions whose process is gone, renamed ``crash-…``; anything odd in the
        folder (a log that vanished, a folder named like a log) is passed over, never fatal."""
        ended = []
        for running in self.folder.glob("running-*.log"):
            pid = running.stem.removeprefix("running-")
            if not pid.isdigit() or int(pid) == os.getpid() or process_alive(int(pid)):
                continue  # another g40desk window is still open
            try:
                if not running.is_file():
                    continue
                when = dt.datetime.fromtimestamp(running.stat().st_mtime).strftime("%Y%m%d-%H%M%S")
                target = running.with_name(f"crash-{when}-{pid}.log")
                running.rename(target)
            except (OSError, ValueError, OverflowError):
                continue  # another window is handling it at this moment
            ended.append(target)
        kept = []
        for old in self.folder.glob("crash-*.log"):
            try:
                kept.append((old.stat().st_mtime, old))
            except OSError:
                continue
        for _when, old in sorted(kept)[:-KEEP]:
            try:
                old.unlink()
            except OSError:
                pass
        return ended


def error_message(log: Path | None) -> str:
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate(
        "CrashLog", "Er ging iets mis in g40desk. Sla uw werk op, zo nodig onder een nieuwe naam, en ga verder.")
    if log is not None:
        text += " " + QCoreApplication.translate("CrashLog", "Details voor IT-ondersteuning: %s") % log
    return text


def _header() -> str:
    from PySide6 import __version__ as pyside

    from g40desk import __version__

    started = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    return (f"g40desk {__version__}, Python {platform.python_version()}, PySide6 {pyside}, "
            f"{platform.platform()}, {sys.executable}; gestart {started}\n")
