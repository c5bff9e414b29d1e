"""The fields of one ask's outcome: the result chosen with the keys 1-5, and the follow-up actions as rows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from g40desk.core.pack.model import Action, Result
from g40desk.export.xlsx_ledger import RESULT_COLOURS
from g40desk.gui.support import labels
from g40desk.gui.support.dates import DateField
from g40desk.gui.support.widgets import LineField

RESULTS = list(Result)  # the keys 1-5, in this order
_DIGITS = {getattr(Qt.Key, f"Key_{n + 1}"): result for n, result in enumerate(RESULTS)}
_CLEAR = {Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace}


class ResultPicker(QFrame):
    """Five buttons, one per outcome; with the focus here, 1-5 choose and 0 (or Delete) clears.

    Arrow keys and the wheel choose nothing (gui/support/guard.py: no silent change); a click on
    the chosen outcome clears it.
    """

    chosen = Signal(object)  # Result or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Uitkomst"))
        self.setToolTip(self.tr("Toets 1 tot 5 kiest de uitkomst, 0 wist hem."))
        self.setObjectName("result_picker")
        self.setStyleSheet("QFrame#result_picker { border: 2px solid transparent; border-radius: 3px; }"
                           "QFrame#result_picker:focus { border-color: #1b5e9c; }")
        self._value: Result | None = None
        self.buttons: dict[Result, QToolButton] = {}
        grid = QGridLayout(self)  # three and two: narrow enough for the tab on a 1024-pixel screen
        grid.setContentsMargins(2, 2, 2, 2)
        grid.setSpacing(2)
        for n, result in enumerate(RESULTS, start=1):
            button = QToolButton()
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setText(f"{n} {labels.result(result)}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _checked=False, r=result: self._choose(None if r == self._value else r))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setStyleSheet(f"QToolButton:checked {{ background: #{RESULT_COLOURS[result]}; "
                                 "border: 2px solid #333; border-radius: 3px; }")
            self.buttons[result] = button
            grid.addWidget(button, (n - 1) // 3, (n - 1) % 3)

    def value(self) -> Result | None:
        return self._value

    def set_value(self, value: Result | None) -> None:
        """Show *value* (from the pack); emits nothing."""
        self._value = value
        for result, button in self.buttons.items():
            button.setChecked(result == value)
        self.setAccessibleDescription(labels.result(value))

    def _choose(self, value: Result | None) -> None:
        if value != self._value:
            self.set_value(value)
            self.chosen.emit(value)
        else:
            self.set_value(value)  # a click on a checked button unchecks it: show the value again

    def keyPressEvent(self, event) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() in _DIGITS:
            self._choose(_DIGITS[event.key()])
        elif plain and event.key() in _CLEAR:
            self._choose(None)
        else:
            super().keyPressEvent(event)


class ActionRow(QFrame):
    """One follow-up action: what on the first line; who, by when, done and remove on the second."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.what = LineField()
        self.what.setAccessibleName(self.tr("Wat moet er gebeuren"))
        self.what.setPlaceholderText(self.tr("Wat moet er gebeuren"))
        self.who = LineField()
        self.who.setAccessibleName(self.tr("Wie"))
        self.who.setPlaceholderText(self.tr("Wie"))
        self.due = DateField(self.tr("Uiterlijk"), short=True)
        self.due.edit.setPlaceholderText(self.tr("uiterlijk"))
        self.due.edit.setMinimumWidth(self.due.edit.fontMetrics().horizontalAdvance("00-00-00000"))
        self.done = QCheckBox(self.tr("Klaar"))
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setAccessibleName(self.tr("Actie verwijderen"))
        self.remove.setToolTip(self.tr("Deze actie verwijderen (Tab hierheen, dan Spatie)"))
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.who, 3)
        line.addWidget(self.due, 0)
        line.addWidget(self.done)
        line.addWidget(self.remove)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.setSpacing(2)
        column.addWidget(self.what)
        column.addLayout(line)

    def show_action(self, action: Action | None) -> None:
        """Show *action* (None: a new row, not yet in the pack); the text being typed stays."""
        if action is None:
            for widget in (self.who, self.due, self.done, self.remove):
                widget.setEnabled(False)
            return
        for widget in (self.who, self.due, self.done, self.remove):
            widget.setEnabled(True)
        if not (self.what.hasFocus() and not self.what.text().strip()):  # an emptied "what" is kept until left
            self.what.set_text_silently(action.what)
        self.who.set_text_silently(action.who)
        self.due.set_date(action.due)
        self.done.blockSignals(True)
        self.done.setChecked(action.done)
        self.done.blockSignals(False)


class ActionRows(QWidget):
    """The follow-up actions of one ask for one audience, a row each, and a new row being typed.

    Signals carry the row's position; ``added`` comes with the first character typed in a new
    row (an action needs its "what"), so every action in the pack has one.
    """

    added = Signal(str, str)  # what, typing key
    edited = Signal(int, str, object, object)  # position, field, value, typing key (or None)
    removed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ActionRow] = []
        self.pending = False  # the last row is new: not in the pack until its "what" is typed
        self.actions: list[Action] = []  # as the pack holds them
        self.empty = QLabel(self.tr("Geen vervolgacties."))
        self.empty.setStyleSheet("color: #555;")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(4)
        self.column.addWidget(self.empty)

    def show_actions(self, actions: list[Action]) -> None:
        """Rows for *actions*, reusing the ones there (the field being typed in keeps its focus)."""
        if self.pending and len(actions) > len(self.actions):
            self.pending = False  # the new row's first character made it an action
        self.actions = list(actions)
        wanted = len(actions) + (1 if self.pending else 0)
        while len(self.rows) > wanted:
            row = self.rows.pop()
            row.hide()
            row.deleteLater()
        while len(self.rows) < wanted:
            self._add_row()
        for position, row in enumerate(self.rows):
            row.show_action(actions[position] if position < len(actions) else None)
        self.empty.setVisible(not self.rows)

    def _add_row(self) -> ActionRow:
        row = ActionRow()
        position = len(self.rows)
        self.rows.append(row)
        self.column.addWidget(row)
        row.setVisible(self.isVisible())  # now, not in the next event loop: Tab goes on inside it at once
        row.what.textEdited.connect(lambda text, p=position: self._on_what(p, text))
        row.what.editingFinished.connect(lambda p=position: self._on_what_left(p))
        row.who.textEdited.connect(lambda text, p=position: self.edited.emit(p, "who", text, self._key(p, "who")))
        row.due.date_edited.connect(lambda day, p=position: self.edited.emit(p, "due", day, None))
        row.done.toggled.connect(lambda on, p=position: self.edited.emit(p, "done", on, None))
        row.remove.clicked.connect(lambda _c=False, p=position: self.removed.emit(p))
        return row

    def _key(self, position: int, name: str) -> str:
        row = self.rows[position]
        return getattr(row, name).typing_key(f"{name}{position}")

    def _on_what(self, position: int, text: str) -> None:
        if not text.strip():
            return  # an action needs a "what": nothing is stored until there is one
        if position >= len(self.actions):
            self.added.emit(text, self._key(position, "what"))
        else:
            self.edited.emit(position, "what", text, self._key(position, "what"))

    def _on_what_left(self, position: int) -> None:
        """An emptied "what" is not kept: the row shows what the pack holds again."""
        if position < len(self.actions) and not self.rows[position].what.text().strip():
            self.rows[position].what.set_text_silently(self.actions[position].what)

    def fields(self) -> list[QWidget]:
        """The rows' fields in the order Tab visits them (rows made later would come last otherwise)."""
        return [field for row in self.rows for field in (row.what, row.who, row.due.edit, row.done, row.remove)]

    def start_new(self) -> ActionRow:
        """A new row at the end (or the new one there already), for the keyboard."""
        if not self.pending:
            self.pending = True
            self._add_row().show_action(None)
            self.empty.hide()
        return self.rows[-1]

    def drop_new(self) -> None:
        self.pending = False
