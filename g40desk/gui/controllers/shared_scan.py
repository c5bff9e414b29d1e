"""Reading the shared agenda folders off the GUI thread, and waiting for them only briefly.

A shared folder is usually a network share (``\\\\server\\g40\\agendas``). On a laptop that is
offline, listing it blocks until Windows gives up on the server, which can take half a
minute; on the GUI thread that froze the editor whenever a pack was opened. Each folder is
read by a :class:`~g40desk.gui.support.jobs.Job` on its own daemon thread (a thread stuck on a
dead share must not hold up quitting, as a pool thread would); opening a pack waits at most
``WAIT_SECONDS`` for them, then goes on with the agendas on this computer and says which folder
did not answer. A folder that answers later is used from then on.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from g40desk.core.agenda.library import AgendaLibrary, Location, scan_folder
from g40desk.gui.support.jobs import Job

WAIT_SECONDS = 3.0


@dataclass
class _Scan:
    folder: Path
    job: Job | None = None
    result: tuple | None = None
    done: threading.Event = field(default_factory=threading.Event)
    used: bool = False


class SharedScan(QObject):
    landed = Signal()  # a folder's agendas arrived after the wait (the library has them now)

    def __init__(self, library: AgendaLibrary, parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self._scans: dict[Path, _Scan] = {}

    def start(self) -> None:
        """Read every shared folder again, each on its own thread (one still hanging is not doubled)."""
        for folder in map(Path, self.library.shared):
            running = self._scans.get(folder)
            if running is not None and not running.done.is_set():
                continue
            scan = _Scan(folder)
            scan.job = Job(lambda _progress, s=scan: self._work(s), str(folder))
            scan.job.signals.finished.connect(lambda _result, s=scan: self._arrived(s))
            self._scans[folder] = scan
            threading.Thread(target=scan.job.run, name="g40desk-agendamap", daemon=True).start()

    @staticmethod
    def _work(scan: _Scan):
        try:
            scan.result = scan_folder(scan.folder, Location.SHARED)
        finally:
            scan.done.set()
        return scan.result

    def _use(self, scan: _Scan) -> None:
        if not scan.used and scan.result is not None and scan.folder in map(Path, self.library.shared):
            scan.used = True
            self.library.use_shared(scan.folder, *scan.result)

    def _arrived(self, scan: _Scan) -> None:
        if not scan.used:
            self._use(scan)
            self.landed.emit()

    def wait(self, seconds: float = WAIT_SECONDS) -> list[Path]:
        """Wait up to *seconds* in all for the folders being read; the folders that did not answer."""
        deadline = time.monotonic() + seconds
        silent = []
        for folder in map(Path, self.library.shared):
            scan = self._scans.get(folder)
            if scan is None:
                continue
            if scan.done.wait(max(0.0, deadline - time.monotonic())):
                self._use(scan)
            else:
                silent.append(folder)
        return silent
