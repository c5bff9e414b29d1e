"""What the editor shows before there is anything to edit: recent packs, a new pack, the demo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from g40desk.gui.support.settings import Settings


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)  # path

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        title = QLabel(self.tr("Welkom bij g40desk"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold; color: #1b3a5c;")
        intro = QLabel(self.tr(
            "Stel een briefing samen uit de Strategische Agenda G40: vink in de catalogus (Ctrl+1) thema’s en "
            "eisen aan, pas ze aan voor uw stad of ministerie, en exporteer een Word-notitie of Excel-matrix."))
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&Nieuw pakket"))
        self.open_button = QPushButton(self.tr("Pakket &openen…"))
        self.demo_button = QPushButton(self.tr("&Voorbeeldpakket bekijken"))
        self.demo_button.setToolTip(self.tr("Een ingevuld pakket (Zwolle en BZK) om te zien hoe het werkt"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.recent_label = QLabel(self.tr("&Recente pakketten"))
        self.recent_label.setStyleSheet("font-weight: bold;")
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recente pakketten"))
        self.recent.setToolTip(self.tr("Enter of dubbelklik: openen"))
        self.recent_label.setBuddy(self.recent)
        self.no_recent = QLabel(self.tr("Nog geen recente pakketten. Begin met een nieuw pakket of bekijk het voorbeeld."))
        self.no_recent.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.no_recent)
        layout.addStretch(0)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for path in self.settings.get("recent_files"):
            item = QListWidgetItem(f"{Path(path).name}  —  {Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        has_recent = self.recent.count() > 0
        self.recent.setVisible(has_recent)
        self.recent_label.setVisible(has_recent)
        self.no_recent.setVisible(not has_recent)
        if has_recent:
            self.recent.setCurrentRow(0)

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)
