"""Pakket dupliceren voor andere doelgroep: the same pack and tailoring, for another city or ministry."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from g40desk.core.pack.duplicate import duplicate_for
from g40desk.gui.support.widgets import AudiencePicker, compact


class DuplicateDialog(QDialog):
    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("Pakket dupliceren voor andere doelgroep"))
        self.audience = compact(AudiencePicker(self.tr("Stad of ministerie zoeken…")), 24)
        self.audience.setAccessibleName(self.tr("Nieuwe doelgroep"))
        self.audience.fill(doc.audiences, exclude=doc.pack.audiences, day=doc.pack.meeting.date)
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
        return self.audience.chosen()

    def _update(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)

    def result_pack(self):
        return duplicate_for(self.doc.pack, self.chosen(), self.doc.audiences, self.replace.currentData(),
                             catalogue=self.doc.catalogue).pack
