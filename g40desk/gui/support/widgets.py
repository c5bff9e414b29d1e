"""Small shared widgets."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QTextOption
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from g40desk.core.text import fold

if TYPE_CHECKING:
    from g40desk.gui.document import PackDocument

_LONG_WORD = re.compile(r"\S{200}")  # no real word is this long; a pasted one may be a million characters
_NEW_VISIT = (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
              Qt.FocusReason.ShortcutFocusReason, Qt.FocusReason.OtherFocusReason)


class _Visits:
    """Counts visits of a field: typing during one visit is one undo step ("typing" key)."""

    visit = 0

    def typing_key(self, name: str) -> str:
        return f"{name}#{self.visit}"

    def _count_visit(self, event) -> None:
        if event.reason() in _NEW_VISIT:
            self.visit += 1


class TextField(_Visits, QPlainTextEdit):
    """A plain-text editor that reports edits with the new text, and can be set silently.

    Its own undo is off: Ctrl+Z goes to the pack's undo stack (see ShortcutRouter).
    """

    edited = Signal(str)

    def __init__(self, accessible_name: str, lines: int = 3, parent=None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self._silent = False
        self.textChanged.connect(self._on_text_changed)

    def focusInEvent(self, event) -> None:
        self._count_visit(event)
        super().focusInEvent(event)

    def set_text_silently(self, text: str) -> None:
        if self.toPlainText() == text:
            return
        self._silent = True
        try:
            position = self.textCursor().position() if self.hasFocus() else len(text)
            anywhere = bool(_LONG_WORD.search(text))
            if anywhere:
                self.wrap_anywhere(True)  # before Qt lays the long word out
            self.setPlainText(text)
            if not anywhere:
                self.wrap_anywhere(False)  # only once a long word that was there is gone
            cursor = self.textCursor()
            cursor.setPosition(min(position, len(text)))
            self.setTextCursor(cursor)
        finally:
            self._silent = False

    def _on_text_changed(self) -> None:
        if not self._silent:
            text = self.toPlainText()
            self.wrap_anywhere(bool(_LONG_WORD.search(text)))
            self.edited.emit(text)

    def insertFromMimeData(self, source) -> None:
        if source.hasText() and _LONG_WORD.search(source.text()):
            self.wrap_anywhere(True)  # before Qt lays the pasted text out
        super().insertFromMimeData(source)

    def wrap_anywhere(self, anywhere: bool) -> None:
        """Qt looks for a word boundary in a word wider than the field in time that grows with the
        square of its length (a word of a million characters froze the editor for minutes); a text
        holding a very long word wraps anywhere instead, in linear time. Other texts wrap at words.
        Switch to anywhere before such a word is laid out, and back only after it is gone."""
        mode = QTextOption.WrapMode.WrapAnywhere if anywhere else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        if self.wordWrapMode() != mode:
            self.setWordWrapMode(mode)

    def mark_unsaved(self, unsaved: bool) -> None:
        """A red frame while the text in the box was refused by the pack's limits (gui/document.py)."""
        if unsaved == self.property("unsaved"):
            return
        self.setProperty("unsaved", unsaved)
        if unsaved:
            self._style = self.styleSheet()
            self.setStyleSheet(self._style + " QPlainTextEdit { border: 2px solid #b00020; }")
        else:
            self.setStyleSheet(getattr(self, "_style", self.styleSheet()))


class LineField(_Visits, QLineEdit):
    """A one-line field that counts its visits, for one undo step per visit."""

    def focusInEvent(self, event) -> None:
        self._count_visit(event)
        super().focusInEvent(event)

    def set_text_silently(self, text: str) -> None:
        if self.text() != text:
            position = self.cursorPosition() if self.hasFocus() else len(text)
            self.setText(text)
            self.setCursorPosition(min(position, len(text)))


_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
_EXTRA_REDO = (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))


_TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


class ShortcutRouter(QObject):
    """Lets the window's shortcuts work while a text field has focus.

    Text fields claim Ctrl+Z, Ctrl+Y and on Linux some Ctrl+letter keys (Ctrl+E: end of line)
    before the window sees them. Installed on the window's text fields, this filter declines
    those keys for the field when one of *actions* has them, so the action runs; undo keys
    never reach the field's own undo, so there is one undo stack.
    """

    def __init__(self, actions, parent=None):
        super().__init__(parent)
        self.actions = list(actions)

    def install(self, root: QWidget) -> None:
        """Filter each text field of *root*'s window as it takes the focus, before it sees a key.

        On focus rather than by a findChildren walk at start-up: cheaper (~6 ms at start), and
        fields created later (panels built on first use) are covered too.
        """
        self.root = root
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old, new) -> None:
        if isinstance(new, _TEXT_FIELDS) and new.window() is self.root.window():
            new.installEventFilter(self)  # installing twice keeps one filter

    def _window_wants(self, event) -> bool:
        pressed = QKeySequence(event.keyCombination())
        window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
        return any(action.isEnabled() and pressed in action.shortcuts() for action in self.actions
                   if action.shortcutContext() in window_wide)

    @staticmethod
    def _is_undo_key(event) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(event.matches(key) for key in _UNDO_KEYS) or pressed in _EXTRA_REDO

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and (self._window_wants(event) or self._is_undo_key(event)):
            event.ignore()  # not the field's: the shortcut goes to the window's action
            return True
        if kind == QEvent.Type.KeyPress and self._is_undo_key(event):
            return True  # nothing to undo: still never the field's own undo
        return False


def compact(combo, characters: int = 12):
    """Let a combo box with long entries (ministry names) shrink to fit a laptop screen."""
    from PySide6.QtWidgets import QComboBox

    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def sync_audiences(combo, doc: PackDocument) -> None:
    """Make *combo* list the pack's audiences, keeping the current choice and emitting nothing."""
    ids = list(doc.pack.audiences)
    if [combo.itemData(i) for i in range(combo.count())] == ids:
        return
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for audience_id in ids:
        combo.addItem(doc.audiences[audience_id].display_name, audience_id)
    if current in ids:
        combo.setCurrentIndex(ids.index(current))
    combo.blockSignals(False)


class MinistryChecklist(QListWidget):
    """The ministries as check boxes (own demands, the agenda editor): which are ticked, by ID."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, ministries, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Ministeries"))
        for ministry in ministries:
            row = QListWidgetItem(ministry.display_name)
            row.setData(self.ID_ROLE, ministry.id)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(row)

    def checked(self) -> list[str]:
        rows = (self.item(i) for i in range(self.count()))
        return [r.data(self.ID_ROLE) for r in rows if r.checkState() == Qt.CheckState.Checked]

    def set_checked(self, ids) -> None:
        chosen = set(ids)
        for i in range(self.count()):
            row = self.item(i)
            row.setCheckState(Qt.CheckState.Checked if row.data(self.ID_ROLE) in chosen else Qt.CheckState.Unchecked)


class AudiencePicker(QComboBox):
    """An editable list of cities and ministries. Suggestions ignore case, accents and
    apostrophes ("s-hertogenbosch", "financien", "den bosch"): the list is filtered by the
    core's search (Audiences.search), not by Qt's prefix or substring matching."""

    def __init__(self, placeholder: str, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.suggestions = QStringListModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(placeholder)
        self.lineEdit().textEdited.connect(self._suggest)
        self.audiences, self.excluded, self.day = None, frozenset(), None

    def fill(self, audiences, exclude=(), day: dt.date | None = None) -> None:
        """Offer *audiences* (an Audiences) valid on *day* (the meeting's; today without one: a city
        before it joined the G40 is not offered), except the IDs in *exclude*; nothing chosen."""
        self.audiences, self.excluded, self.day = audiences, frozenset(exclude), day
        self.clear()
        for audience in audiences.valid_on(day or dt.date.today()):
            if audience.id not in self.excluded:
                self.addItem(audience.display_name, audience.id)
        self.setCurrentIndex(-1)

    def set_day(self, day: dt.date | None) -> None:
        """Offer what is valid on *day* from now on; what is typed stays."""
        if self.audiences is not None and day != self.day:
            typed = self.currentText()
            self.fill(self.audiences, self.excluded, day)
            self.setEditText(typed)

    def _found(self, text: str) -> list:
        if self.audiences is None or not text.strip():
            return []
        return [a for a in self.audiences.search(text, self.day) if a.id not in self.excluded]

    def _suggest(self, text: str) -> None:
        self.suggestions.setStringList([a.display_name for a in self._found(text)])
        if self.suggestions.rowCount():
            self.completer().complete()

    def chosen(self) -> str | None:
        """The ID of the audience typed or picked: its whole name or abbreviation ("bzk"), or text
        only one audience matches (or only one city or ministry, where roles match too)."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        typed = fold(self.currentText().strip())
        found = self._found(self.currentText())
        exact = [a for a in found if typed in (fold(a.display_name), fold(getattr(a, "abbreviation", None) or ""))]
        organisations = [a for a in found if "/" not in a.id]
        for candidates in (exact, found, organisations):
            if len(candidates) == 1:
                return candidates[0].id
        return None

    def off_day(self) -> str | None:
        """Why the text typed names nothing on the picker's day although it names one audience today
        ('Amstelveen was op 1 juni 2019 nog geen lid van de G40 …'), else None."""
        if self.audiences is None or self.day is None or not self.currentText().strip():
            return None
        found = [a for a in self.audiences.search(self.currentText()) if a.id not in self.excluded]
        notice = self.audiences.notice(found[0].id, self.day) if len(found) == 1 else None
        return notice.short if notice else None

    def problem(self) -> str:
        """Why the text typed names no audience, one line for beside the field ("" when it names one, or
        nothing is typed)."""
        typed = self.currentText().strip()
        if not typed or self.chosen() is not None:
            return ""
        off = self.off_day()  # a city before it joined the G40, on the meeting's date
        if off:
            return off
        text = (self.tr("‘%1’ past bij meer dan één doelgroep; kies er een uit de lijst.") if self.ambiguous()
                else self.tr("‘%1’ is geen stad of ministerie die g40desk kent; kies er een uit de lijst."))
        return text.replace("%1", typed)

    def ambiguous(self) -> bool:
        """True when the text typed fits more than one audience (and none of them exactly)."""
        return self.chosen() is None and len(self._found(self.currentText())) > 1


class ProblemLine(QLabel):
    """A red line under a field saying why what was typed was not taken; hidden while it has nothing to say."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
