"""Small shared widgets."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit


class TextField(QPlainTextEdit):
    """A plain-text editor that reports edits with the new text, and can be set silently."""

    edited = Signal(str)

    def __init__(self, accessible_name: str, lines: int = 3, parent=None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self._silent = False
        self.textChanged.connect(self._on_text_changed)

    def set_text_silently(self, text: str) -> None:
        if self.toPlainText() == text:
            return
        self._silent = True
        try:
            self.setPlainText(text)
        finally:
            self._silent = False

    def _on_text_changed(self) -> None:
        if not self._silent:
            self.edited.emit(self.toPlainText())


def compact(combo, characters: int = 12):
    """Let a combo box with long entries (ministry names) shrink to fit a laptop screen."""
    from PySide6.QtWidgets import QComboBox

    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def sync_audiences(combo, doc) -> None:
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
