"""Export one note per audience, with progress and cancel, off the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, Signal


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)  # BatchResult
    failed = Signal(str)


class BatchTask(QRunnable):
    def __init__(self, job):
        """*job(progress)* runs write_batch; progress(done, total) returns False to cancel."""
        super().__init__()
        self.job = job
        self.cancel_event = threading.Event()
        self.signals = _Signals()

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progressed.emit(done, total)
        return not self.cancel_event.is_set()

    def run(self) -> None:
        from g40desk.core.errors import G40Error

        try:
            result = self.job(self._progress)
        except G40Error as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # shown in a dialog, never a crash
            self.signals.failed.emit(f"onverwachte fout bij exporteren: {type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(result)
