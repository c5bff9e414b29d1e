"""Autosave of unsaved changes to a recovery folder, and restoring them after a crash.

Besides the periodic autosave, every undo step starts a short timer (the journal): at most
JOURNAL_DELAY_MS after an edit the pack is in the recovery folder, so a crash of any kind
loses about a second of typing. The pack is serialised on the GUI thread (under a
tenth of a millisecond for the full agenda); the atomic write and its fsync run on one worker thread,
in order, so a slow disk never stalls typing.
"""

from __future__ import annotations

import errno
import os
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from g40desk.core.errors import G40Error
from g40desk.core.files.atomic import write_bytes_atomic
from g40desk.core.pack.recovery import journal_bytes, recovery_dir

if TYPE_CHECKING:
    from g40desk.gui.document import PackDocument
    from g40desk.gui.support.settings import Settings

JOURNAL_DELAY_MS = 700  # after an undo step; while typing on, one write per this interval


class Autosaver(QObject):
    """Writes the open pack to the recovery folder while it has unsaved changes.

    The journal's format and its reader are the core's (core/pack/recovery.py). When the
    folder cannot be written (a read-only or full data folder), ``failed`` says so once per
    session, so the user knows a crash would lose work, instead of the journal going quiet.
    """

    failed = Signal(str)  # one Dutch line; emitted from the writer thread, delivered on the GUI thread

    def __init__(self, doc: PackDocument, settings: Settings, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.file = recovery_dir() / f"{os.getpid()}-{uuid.uuid4().hex}.json"
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, min(3600, int(settings.get("autosave_seconds")))) * 1000)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        self.journal = QTimer(self)
        self.journal.setSingleShot(True)
        self.journal.setInterval(JOURNAL_DELAY_MS)
        self.journal.timeout.connect(lambda: self._write(wait=False))
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="g40desk-recovery")
        self._dirty = False
        self._closed = False
        self._told = False
        doc.changed.connect(self._on_changed)
        doc.undo_stack.indexChanged.connect(self._on_undo_step)
        doc.undo_stack.cleanChanged.connect(self._on_clean_changed)
        app = QCoreApplication.instance()
        if app is not None:  # the session ends (logout) with the window still open: keep the work
            app.aboutToQuit.connect(self._on_about_to_quit)

    def _on_changed(self) -> None:
        self._dirty = True

    def _on_undo_step(self, _index: int) -> None:
        """Not a debounce: typing on must not postpone the write, so a running timer is kept."""
        self._dirty = True
        if not self.journal.isActive():
            self.journal.start()

    def _on_about_to_quit(self) -> None:
        if not self._closed:
            self.save_now()

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def save_now(self) -> None:
        """Write now and wait for it (focus lost, autosave tick, after a restore)."""
        self._write(wait=True)

    def _write(self, wait: bool) -> None:
        self.journal.stop()
        if not self.doc.modified:
            self.discard()
            return
        if not self._dirty and self.file.exists():
            return
        payload = journal_bytes(self.doc.pack.model_dump_json(), self.doc.path, self.doc.disk)
        self._dirty = False
        self._in_order(self._store, self.file, payload, wait=wait)

    def _in_order(self, fn, *args, wait: bool) -> None:
        try:
            job = None if self._closed else self._writer.submit(fn, *args)
        except RuntimeError:  # the interpreter is shutting down its threads
            job = None
        if job is None:
            fn(*args)
        elif wait:
            job.result()

    def _store(self, file: Path, payload: bytes) -> None:
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(file, payload)
        except Exception as exc:  # never interrupts typing; the next change tries again
            self._dirty = True
            if not self._told:
                self._told = True
                self.failed.emit(self._why(exc))

    def _why(self, exc: Exception) -> str:
        """Why the folder cannot be written, in a few words (not the advice for saving a document)."""
        cause = exc if isinstance(exc, OSError) else exc.__context__  # atomic.py wraps the OSError
        code = cause.errno if isinstance(cause, OSError) else None
        if code in (errno.EACCES, errno.EPERM, errno.EROFS):
            return self.tr("de map is alleen-lezen")
        if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return self.tr("de schijf is vol")
        if isinstance(cause, OSError) and cause.strerror:
            return cause.strerror
        return exc.message if isinstance(exc, G40Error) else type(exc).__name__

    def discard(self) -> None:
        """Remove the recovery file, after any write still queued (so none can bring it back)."""
        self.journal.stop()
        self._in_order(self._unlink, self.file, wait=True)

    @staticmethod
    def _unlink(file: Path) -> None:
        try:
            file.unlink(missing_ok=True)
        except OSError:
            pass

    def settle(self) -> None:
        """Block until every queued write is on disk (tests, benchmark)."""
        self._in_order(int, wait=True)

    def close(self) -> None:
        """The window closes: no recovery file is left, and the writer thread ends."""
        self.discard()
        self._closed = True
        self._writer.shutdown(wait=True)
