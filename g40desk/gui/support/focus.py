"""After every dialog the keyboard is back in the window, on the field it left.

Qt hands the focus back when a dialog closes, but not always: a window manager may activate
nothing after a nested box (a file dialog's "replace?" question), a box answered before it
was activated leaves no window active, and a field hidden or disabled meanwhile cannot take
it. The keeper remembers the window's field when the focus leaves it and, when a window
opened from it (a dialog, a message box, a file dialog) closes and nothing else is active,
puts the keyboard back there. It never takes the focus from another application.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid


class FocusKeeper(QObject):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.last: QWidget | None = None
        window.installEventFilter(self)  # to learn of the dialogs made with it as parent
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, old, new) -> None:
        if old is not None and old.window() is self.window and (new is None or new.window() is not self.window):
            self.last = old

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if watched is self.window:
            if kind == QEvent.Type.ChildAdded and event.child().isWidgetType():
                event.child().installEventFilter(self)
        elif kind == QEvent.Type.Hide and isinstance(watched, QWidget) and watched.isWindow():
            QTimer.singleShot(0, self, self.restore)  # not after the window is gone
        return False

    def restore(self) -> None:
        """Back to the window's field, unless another dialog is still open or another window is active."""
        app = QApplication.instance()
        if not isValid(self.window):
            return
        if app.activeModalWidget() is not None or app.activePopupWidget() is not None:
            return
        if not self.window.isVisible() or app.activeWindow() not in (None, self.window):
            return
        if app.activeWindow() is None:
            self.window.activateWindow()
        focused = app.focusWidget()
        if focused is not None and focused.window() is self.window:
            return
        field = self.last if self.last is not None and isValid(self.last) else None
        if field is not None and field.window() is self.window and field.isVisible() and field.isEnabled():
            field.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        elif self.window.focusWidget() is None:
            self.window.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
