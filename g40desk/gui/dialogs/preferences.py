"""Preferences: author, Word template, language, autosave interval, the folders of the ledger."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from g40desk.core.errors import G40Error
from g40desk.core.files import machine
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

        self.folders = QListWidget()
        self.folders.setAccessibleName(self.tr("Mappen van het overzicht"))
        self.folders.addItems(settings.get("ledger_folders"))
        self.folders.setMaximumHeight(self.folders.fontMetrics().lineSpacing() * 4 + 8)
        add_folder = QPushButton(self.tr("Map toe&voegen…"))
        add_folder.clicked.connect(self._add_folder)
        self.remove_folder = QPushButton(self.tr("Map &weghalen"))
        self.remove_folder.clicked.connect(self._remove_folder)
        it_folders = machine.machine_defaults().ledger_folders
        folder_note = QLabel(self.tr("Hier leest g40desk de pakketten voor Stand van zaken en Terugblik, alleen-lezen. "
                                     "Geen map gekozen: de map van het open pakket.") + (
            "\n" + self.tr("Door IT ingesteld, daarnaast: %1").replace("%1", "; ".join(map(str, it_folders)))
            if it_folders else ""))
        folder_note.setWordWrap(True)
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(add_folder)
        folder_buttons.addWidget(self.remove_folder)
        folder_buttons.addStretch(1)
        folder_box = QVBoxLayout()
        folder_box.addWidget(self.folders)
        folder_box.addLayout(folder_buttons)
        folder_box.addWidget(folder_note)

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
        folders_label = QLabel(self.tr("&Mappen van het\noverzicht:"))
        folders_label.setBuddy(self.folders)
        form.addRow(folders_label, folder_box)
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

    def _add_folder(self) -> None:
        folder = notify.choose_folder(self, self.tr("Map met pakketten voor het overzicht"))
        if folder and not self.folders.findItems(folder, Qt.MatchFlag.MatchExactly):
            self.folders.addItem(folder)
            self.folders.setCurrentRow(self.folders.count() - 1)

    def _remove_folder(self) -> None:
        row = self.folders.currentRow()
        if row >= 0:
            self.folders.takeItem(row)
            self.folders.setCurrentRow(min(row, self.folders.count() - 1))

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
        self.settings.set("ledger_folders", [self.folders.item(i).text() for i in range(self.folders.count())])
        super().accept()
