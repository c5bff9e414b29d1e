"""Preferences: author, Word template, language, autosave interval."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from g40desk.core.errors import G40Error
from g40desk.gui.support import notify
from g40desk.gui.support.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
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
        path = notify.open_file(self, self.tr("Word-sjabloon kiezen"), self.template.text(),
                                self.tr("Word-sjabloon (*.docx *.dotx *.docm *.dotm)"))
        if path:
            self.template.setText(path)

    def _check_text(self, dropped: list[str], check) -> str:
        """The template check: what a note leaves out, placeholders found or not known, styles, page."""
        parts = []
        if dropped:
            parts.append(self.tr("Dit neemt een notitie er niet uit over:") + "\n• " + "\n• ".join(dropped))
        if check.placeholders:
            lines = [(self.tr("{%1} (%2): wordt ingevuld") if known else
                      self.tr("{%1} (%2): niet bekend, blijft letterlijk staan")).replace("%1", name).replace("%2", where)
                     for name, where, known in check.placeholders]
            parts.append(self.tr("Plaatshouders in kop- en voetteksten:") + "\n• " + "\n• ".join(lines))
        if check.styles:
            parts.append(self.tr("Stijlen:") + "\n• " + "\n• ".join(check.styles))
        if not parts:
            return ""
        if check.footer_added:
            parts.append(self.tr("Het sjabloon heeft geen voettekst: de notitie krijgt 'pagina X van Y'."))
        parts.append(self.tr("Pagina: %1.").replace("%1", check.geometry))
        return self.tr("Het sjabloon is bruikbaar.") + "\n\n" + "\n\n".join(parts)

    def accept(self) -> None:
        template = self.template.text().strip()
        if template:
            from g40desk.export.template import check_template
            from g40desk.guards.template import template_notes

            try:
                dropped = template_notes(Path(template))
                check = check_template(Path(template))
            except G40Error as exc:
                notify.warn(self, self.tr("Sjabloon niet bruikbaar"), str(exc))
                return
            report = self._check_text(dropped, check)
            if report:
                notify.inform(self, self.tr("Sjabloon gecontroleerd"), report)
        self.settings.set("author", self.author.text())
        self.settings.set("template", template)
        self.settings.set("language", self.language.currentData())
        self.settings.set("autosave_seconds", self.autosave.value())
        super().accept()
