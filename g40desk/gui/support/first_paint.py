"""For smoke tests and the benchmark: notice the main window's first paint.

That paint is the moment the issue's start-up figure ends ("main window shown with a pack
open"); the window is painted only once control reaches the event loop, after the pack is open.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    """At the first paint of *window*: write ``time.time()`` to *stamp* (if given), and close
    the window *quit_after* milliseconds later (if that is a number)."""

    def __init__(self, window: QWidget, stamp: str | None, quit_after: str):
        super().__init__(window)
        self.window, self.stamp, self.quit_after = window, stamp, quit_after
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window() is self.window):
            painted = time.time()
            QApplication.instance().removeEventFilter(self)
            if self.stamp:
                Path(self.stamp).write_text(repr(painted), encoding="utf-8")
            if self.quit_after.isdigit():
                QTimer.singleShot(int(self.quit_after), self.window.close)
        return False
