"""Pakket dupliceren voor andere doelgroep: the same pack and tailoring, for another city or ministry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from g40desk.core.duplicate import duplicate_for
from g40desk.gui.widgets import compact


class DuplicateDialog(QDialog):
    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("Pakket dupliceren voor andere doelgroep"))
        self.audience = compact(QComboBox(), 24)
        self.audience.setEditable(True)
        self.audience.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.audience.setAccessibleName(self.tr("Nieuwe doelgroep"))
        for audience in doc.audiences:
            if audience.id not in doc.pack.audiences:
                self.audience.addItem(audience.display_name, audience.id)
        self.audience.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.audience.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.audience.setCurrentIndex(-1)
        self.audience.lineEdit().setPlaceholderText(self.tr("Stad of ministerie zoeken…"))
        self.replace = compact(QComboBox(), 24)
        self.replace.setAccessibleName(self.tr("Doelgroep die vervalt"))
        for audience_id in doc.pack.audiences:
            self.replace.addItem(doc.audiences[audience_id].display_name, audience_id)
        self.replace.addItem(self.tr("(geen: doelgroep toevoegen)"), "")
        explain = QLabel(self.tr("De kopie krijgt alle aanpassingen, gesprekspunten en notities; teksten met "
                                 "{stad} of {ministerie} vullen zich voor de nieuwe doelgroep. Afwijkende tekst "
                                 "voor de vervallen doelgroep gaat niet mee. Het origineel blijft ongewijzigd."))
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Nieuwe doelgroep:"), self.audience)
        form.addRow(self.tr("&In plaats van:"), self.replace)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Dupliceren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.buttons)
        self.audience.currentIndexChanged.connect(self._update)
        self.audience.lineEdit().textEdited.connect(self._update)
        self._update()

    def chosen(self) -> str | None:
        text = self.audience.currentText()
        index = self.audience.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.audience.itemData(index)
        found = [a for a in self.doc.audiences.search(text) if a.id not in self.doc.pack.audiences] if text.strip() else []
        return found[0].id if len(found) == 1 else None

    def _update(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)

    def result_pack(self):
        return duplicate_for(self.doc.pack, self.chosen(), self.doc.audiences, self.replace.currentData())
