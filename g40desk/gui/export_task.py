"""Run an export off the GUI thread and report back with signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, Signal


class _Signals(QObject):
    finished = Signal(str, list)  # path, warnings
    failed = Signal(str)  # message


class ExportTask(QRunnable):
    """Calls ``job()`` (which returns warnings) on a pool thread."""

    def __init__(self, path: str, job):
        super().__init__()
        self.path, self.job = path, job
        self.signals = _Signals()

    def run(self) -> None:
        from g40desk.core.errors import G40Error

        try:
            warnings = self.job() or []
        except G40Error as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # shown in a dialog, never a crash
            self.signals.failed.emit(f"{self.path}: onverwachte fout bij exporteren: {type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(self.path, list(warnings))
