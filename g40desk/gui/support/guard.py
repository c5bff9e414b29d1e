"""List-like fields change only by a deliberate action on a focused field.

Qt lets a combo box or spin box change its value when the mouse wheel passes over it while
the advisor scrolls a form, and when PageUp/PageDown or (Ctrl+)Home/End reach it after focus
landed there by a jump. Here those fields ignore the wheel unless they have the focus, and
never take the navigation keys: both go on to the panel around them, which scrolls.
Arrow keys, typing a letter and the pop-up list of a focused field still choose a value.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

LIST_LIKE = (QComboBox, QAbstractSpinBox)
_PAGE_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
_END_KEYS = {Qt.Key.Key_Home, Qt.Key.Key_End}


def _is_navigation(widget: QWidget, event) -> bool:
    key = event.key()
    if key in _PAGE_KEYS:
        return True
    if key not in _END_KEYS:
        return False
    if isinstance(widget, QComboBox) and not widget.isEditable():
        return True  # a plain list: Home and End pick the first and last entry
    return bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)  # text: Home/End move the cursor


class FieldGuard(QObject):
    """Guards the list-like fields of every window of the app as it first takes the focus."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._windows: set[int] = set()
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def guard(self, root: QWidget) -> None:
        """Guard every list-like field under *root*; a window's fields are guarded when it first takes the focus."""
        for kind in LIST_LIKE:
            for widget in root.findChildren(kind):
                self._guard_one(widget)
        if isinstance(root, LIST_LIKE):
            self._guard_one(root)

    def _guard_one(self, widget: QWidget) -> None:
        if not widget.property("g40_guarded"):
            widget.setProperty("g40_guarded", True)
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not Qt's WheelFocus
            widget.installEventFilter(self)

    def _on_focus_changed(self, _old, new) -> None:
        if new is None:
            return
        window = new.window()
        key = id(window)
        if key not in self._windows:  # a dialog or pop-up opened
            self._windows.add(key)
            window.destroyed.connect(lambda _obj=None: self._windows.discard(key))
            self.guard(window)
        elif isinstance(new, LIST_LIKE):
            self._guard_one(new)  # a field made after its window was first seen

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and not watched.hasFocus():
            event.ignore()  # on to the scroll area around the field
            return True
        if kind == QEvent.Type.KeyPress and _is_navigation(watched, event):
            event.ignore()
            return True
        return False
