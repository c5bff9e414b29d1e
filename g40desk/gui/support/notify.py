"""The one place that talks to the user.

Modules ask for a warning, a question, a file or a notice; this module decides how it is shown.
Warnings and questions are Qt's message boxes, a choice from a list or a line of text Qt's
input dialogs, files and folders Qt's file dialogs; results and "undo" offers go to a
non-modal :class:`MessageBar` above the panels, so finishing an export never interrupts the user.

Every modal dialog the editor opens goes through the module functions below, so a test
replaces exactly these (tests/gui/user.py) and never Qt's classes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

Button = QMessageBox.StandardButton


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Something went wrong; *text* says which file or field and what to do."""
    QMessageBox.warning(parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def fatal(title: str, text: str) -> None:
    QMessageBox.critical(None, title, text)


def ask(parent: QWidget | None, title: str, text: str, buttons: Button, default: Button) -> Button:
    """A question with standard buttons; returns the button chosen."""
    return QMessageBox.question(parent, title, text, buttons, default)


def confirm(parent: QWidget | None, title: str, text: str, default_yes: bool = False) -> bool:
    """A yes/no question; True when the user says yes."""
    return ask(parent, title, text, Button.Yes | Button.No, Button.Yes if default_yes else Button.No) == Button.Yes


def pick(parent: QWidget | None, title: str, label: str, choices: Sequence[tuple[str, object]]) -> object | None:
    """One of *choices* (text shown, value) from a drop-down list; its value, None when cancelled."""
    shown = [text for text, _ in choices]
    chosen, ok = QInputDialog.getItem(parent, title, label, shown, 0, False)
    return choices[shown.index(chosen)][1] if ok and chosen in shown else None


def ask_text(parent: QWidget | None, title: str, label: str, multiline: bool = False) -> str | None:
    """A line (or lines) of text as typed, possibly empty; None when cancelled."""
    getter = QInputDialog.getMultiLineText if multiline else QInputDialog.getText
    text, ok = getter(parent, title, label)
    return text if ok else None


def choose(parent: QWidget | None, title: str, text: str, choices: Sequence[tuple[str, QMessageBox.ButtonRole]],
           default: int = 0) -> int | None:
    """A question with named answers; returns the index of the chosen one, None for Cancel."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    buttons = [box.addButton(label, role) for label, role in choices]
    box.addButton(Button.Cancel)
    box.setDefaultButton(buttons[default])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def about(parent: QWidget | None, title: str, text: str, more: str | None = None) -> bool:
    """The About box (rich text); with *more*, a button of that name: True when the user chose it."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(text)
    if parent is not None and not parent.windowIcon().isNull():
        box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    extra = box.addButton(more, QMessageBox.ButtonRole.ActionRole) if more else None
    box.exec()
    return extra is not None and box.clickedButton() is extra


def run_dialog(dialog: QDialog) -> bool:
    """Show one of the editor's own dialogs modally; True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def open_file(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    """An existing file the user picks; "" when cancelled."""
    return QFileDialog.getOpenFileName(parent, title, start, filters)[0]


def save_file(parent: QWidget | None, title: str, proposal: str, filters: str) -> str:
    """Where the user wants a file written, *proposal* offered first; "" when cancelled."""
    return QFileDialog.getSaveFileName(parent, title, proposal, filters)[0]


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    """A folder the user picks; "" when cancelled."""
    return QFileDialog.getExistingDirectory(parent, title, start)


class MessageBar(QFrame):
    """A notice with a few action buttons; it never takes focus away.

    Used for "exported — Openen / Map tonen" and "removed — Ongedaan maken". It floats over the
    bottom of the panels (``float_over``), so showing and hiding it never moves them, and it
    belongs to one pack (``owner``): it goes when another pack opens (``forget_unless``).
    """

    shown = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("message_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#message_bar { background: #e8f0fb; border: 1px solid #9db8dc; border-radius: 3px; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 3, 3, 3)
        self._layout.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Melding sluiten"))
        close.setToolTip(self.tr("Melding sluiten"))
        close.clicked.connect(self.hide)
        self._layout.addWidget(close)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.owner: object = None
        self.hide()

    def float_over(self, area: QWidget) -> None:
        """Show over the bottom of *area* instead of taking room in a layout."""
        self.setParent(area)
        area.installEventFilter(self)
        self.setAutoFillBackground(True)
        self.hide()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def _place(self) -> None:
        area = self.parentWidget()
        if area is None or area.layout() is not None and area.layout().indexOf(self) >= 0:
            return
        width = max(120, area.width() - 16)
        height = self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height()
        height = max(height, self.sizeHint().height())
        self.setGeometry(8, max(0, area.height() - height - 8), width, height)
        self.raise_()

    def forget_unless(self, owner: object) -> None:
        """Another pack is open: a notice about the one before goes."""
        if self.owner is not None and owner != self.owner:
            self.hide()

    def show_message(self, text: str, actions: Sequence[tuple[str, Callable[[], object]]] = (),
                     timeout_ms: int | None = 20_000, owner: object = None) -> None:
        """*timeout_ms* None: stays until closed (or another pack opens)."""
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self.label.setText(text)
        for position, (label, slot) in enumerate(actions):
            button = QPushButton(label)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _checked=False, s=slot: (self.hide(), s()))
            self._layout.insertWidget(1 + position, button)
            self.buttons.append(button)
        self.owner = owner
        self.show()
        self._place()
        if timeout_ms is None:
            self.timer.stop()
        else:
            self.timer.start(timeout_ms)
        self.shown.emit(text)


class Notifier(QObject):
    """What a window's controllers use to tell the user something without blocking."""

    def __init__(self, window: QMainWindow, bar: MessageBar):
        super().__init__(window)
        self.window, self.bar = window, bar

    def status(self, text: str, timeout_ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, timeout_ms)

    def notice(self, text: str, actions: Sequence[tuple[str, Callable[[], object]]] = (),
               timeout_ms: int | None = 20_000) -> None:
        """A result or an offer to undo: in the bar, and in the status bar for the record."""
        self.status(text.split("\n")[0])
        doc = getattr(self.window, "doc", None)
        self.bar.show_message(text, actions, timeout_ms, owner=doc.pack.id if doc is not None else None)

    def offer_undo(self, text: str, stack: QUndoStack) -> None:
        """*text* with an "Ongedaan maken" that undoes the step just pushed on *stack*, and
        nothing if another step came after it."""
        step = stack.index()
        self.notice(text, [(self.tr("Ongedaan maken"), lambda: stack.index() == step and stack.undo())])

    def warn(self, title: str, text: str) -> None:
        warn(self.window, title, text)

    def inform(self, title: str, text: str) -> None:
        inform(self.window, title, text)

    def ask(self, title: str, text: str, buttons: Button, default: Button) -> Button:
        return ask(self.window, title, text, buttons, default)

    def confirm(self, title: str, text: str, default_yes: bool = False) -> bool:
        return confirm(self.window, title, text, default_yes)

    def choose(self, title: str, text: str, choices, default: int = 0) -> int | None:
        return choose(self.window, title, text, choices, default)

    def open_file(self, title: str, start: str, filters: str) -> str:
        return open_file(self.window, title, start, filters)

    def save_file(self, title: str, proposal: str, filters: str) -> str:
        return save_file(self.window, title, proposal, filters)
