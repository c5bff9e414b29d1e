"""Preferences: author, Word template, language, autosave interval."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from g40desk.core.errors import G40Error
from g40desk.gui import notify


class PreferencesDialog(QDialog):
    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Voorkeuren"))
        self.author = QLineEdit(settings.get("author"))
        self.author.setAccessibleName(self.tr("Auteur"))
        self.template = QLineEdit(settings.get("template"))
        self.template.setAccessibleName(self.tr("Word-sjabloon"))
        self.template.setPlaceholderText(self.tr("G40-huisstijl (ingebouwd)"))
        browse = QPushButton(self.tr("&Kiezen…"))
        browse.clicked.connect(self._browse)
        clear = QPushButton(self.tr("Stan&daard"))
        clear.clicked.connect(self.template.clear)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Taal"))
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        self.autosave = QSpinBox()
        self.autosave.setAccessibleName(self.tr("Automatisch bewaren, seconden"))
        self.autosave.setRange(5, 600)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(settings.get("autosave_seconds"))

        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(browse)
        row.addWidget(clear)
        form = QFormLayout()
        form.addRow(self.tr("&Auteur:"), self.author)
        template_label = QLabel(self.tr("Word-&sjabloon:"))
        template_label.setBuddy(self.template)
        form.addRow(template_label, row)
        form.addRow(self.tr("&Taal:"), self.language)
        form.addRow(self.tr("Automatisch &bewaren elke:"), self.autosave)
        form.addRow("", QLabel(self.tr("Een andere taal geldt na herstarten.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Word-sjabloon kiezen"), self.template.text(),
                                              self.tr("Word-sjabloon (*.docx *.dotx *.docm *.dotm)"))
        if path:
            self.template.setText(path)

    def accept(self) -> None:
        template = self.template.text().strip()
        if template:
            from g40desk.export.docx_note import open_template
            from g40desk.export.template_guard import template_notes

            try:
                open_template(Path(template))
                dropped = template_notes(Path(template))
            except G40Error as exc:
                notify.warn(self, self.tr("Sjabloon niet bruikbaar"), str(exc))
                return
            if dropped:
                notify.inform(self, self.tr("Sjabloon gecontroleerd"),
                              self.tr("Het sjabloon is bruikbaar. Dit neemt een notitie er niet uit over:")
                              + "\n\n• " + "\n• ".join(dropped))
        self.settings.set("author", self.author.text())
        self.settings.set("template", template)
        self.settings.set("language", self.language.currentData())
        self.settings.set("autosave_seconds", self.autosave.value())
        super().accept()
