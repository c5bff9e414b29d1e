"""Help → Over g40desk → Licenties van derden: each component g40desk ships, with its licence text."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from g40desk.licences import parse

RULE = "=" * 78


def sections(text: str) -> list[str]:
    """The text of each entry of a notices text, in the order parse() lists them."""
    return [part.strip("\n") for part in text.split("\n" + RULE + "\n")[1:]]


class LicencesDialog(QDialog):
    """A list of components (name, version, licence) beside the full text of the one selected."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Licenties van derden"))
        self.entries = parse(text)
        self.texts = sections(text)
        intro = QLabel(self.tr("g40desk valt onder de EUPL-1.2. Het bevat de onderdelen hieronder, "
                               "elk onder zijn eigen licentie."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Onderdelen"))
        for name, version, licence in self.entries:
            self.list.addItem(f"{name} {version} — {licence}")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Licentietekst"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.list.setCurrentRow(0)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(960, screen.width() - 40) if screen else 960, min(620, screen.height() - 60) if screen else 620)

    def _on_list_row_changed(self, row: int) -> None:
        self.text.setPlainText(self.texts[row] if 0 <= row < len(self.texts) else "")
        self.text.moveCursor(self.text.textCursor().MoveOperation.Start)
