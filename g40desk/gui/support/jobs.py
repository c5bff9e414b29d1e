"""The one way the editor runs work off the GUI thread: a Job on Qt's thread pool.

Exports (one file, or a batch with progress and cancel) are Jobs. The recovery journal is not:
it is a single ordered writer that must keep its writes in sequence (gui/recovery.py).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, Signal


class _Signals(QObject):
    progressed = Signal(int, int)  # done, total
    finished = Signal(object)  # what the work returned
    failed = Signal(str)  # one Dutch line


class Job(QRunnable):
    """Calls ``work(progress)`` on a pool thread; the signals arrive on the GUI thread.

    ``progress(done, total)`` reports and returns False once :attr:`cancel_event` is set.
    A G40Error becomes its own message, anything else one line naming *what*: never a crash.
    *with_progress*: the caller shows a progress dialog (a batch), not the busy bar.
    """

    def __init__(self, work, what: str, with_progress: bool = False):
        super().__init__()
        self.work, self.what, self.with_progress = work, what, with_progress
        self.cancel_event = threading.Event()
        self.signals = _Signals()
        self.setAutoDelete(False)  # the controller keeps it until a signal says it is done

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progressed.emit(done, total)
        return not self.cancel_event.is_set()

    def run(self) -> None:
        from g40desk.core.errors import G40Error

        try:
            result = self.work(self._progress)
        except G40Error as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # shown in a dialog, never a crash
            self.signals.failed.emit(f"{self.what}: onverwachte fout bij exporteren: {type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(result)
