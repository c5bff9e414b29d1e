"""Pakket dupliceren voor andere doelgroep: the same pack and tailoring, for another city or ministry.

The old audience's own texts stay behind; the dialog lists them, and a ticked one is copied
across as the new audience's, marked "nog nakijken" (core/pack/duplicate.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from g40desk.core.errors import G40Error
from g40desk.core.pack.duplicate import Duplicate, duplicate_for, left_behind
from g40desk.gui.support.layout import fit_dialog
from g40desk.gui.support.widgets import AudiencePicker, compact

if TYPE_CHECKING:
    from g40desk.gui.document import PackDocument


class DuplicateDialog(QDialog):
    def __init__(self, doc: PackDocument, parent=None):
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
        explain = QLabel(self.tr("De kopie krijgt de tekst voor alle doelgroepen, met de aanpassingen, prioriteiten en "
                                 "notities; {stad} en {ministerie} vullen zich voor de nieuwe doelgroep. De eigen "
                                 "tekst van de vervallen doelgroep blijft achter; deelnemers en titel gaan mee naar "
                                 "de nieuwe. Het origineel blijft ongewijzigd."))
        explain.setWordWrap(True)
        self.left_label = QLabel()
        self.left_label.setWordWrap(True)
        self.left = QListWidget()
        self.left.setAccessibleName(self.tr("Tekst die achterblijft"))
        self.left.setWordWrap(True)
        self.left.setMinimumHeight(60)
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
        layout.addWidget(self.left_label)
        layout.addWidget(self.left, 1)
        layout.addWidget(self.buttons)
        self.audience.currentIndexChanged.connect(self._update)
        self.audience.lineEdit().textEdited.connect(self._update)
        self.replace.currentIndexChanged.connect(lambda _i: self._fill_left())
        self._shown_for: str | None = None
        self._fill_left()
        self._update()
        fit_dialog(self, 640, 460)

    def chosen(self) -> str | None:
        return self.audience.chosen()

    def _update(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)
        if self._shown_for != self.chosen():
            self._shown_for = self.chosen()
            self._fill_left()

    def _fill_left(self) -> None:
        """List what the replaced audience's own text is; a ticked row is copied across."""
        ticked = set(self.carried())
        self.left.clear()
        replace, chosen = self.replace.currentData(), self.chosen()
        entries = left_behind(self.doc.pack, self.doc.catalogue, replace) if replace else []
        if replace and chosen:  # as the copy will have it: participants naming the old audience follow the new one
            try:
                entries = duplicate_for(self.doc.pack, chosen, self.doc.audiences, replace, (), self.doc.catalogue).left
            except G40Error:  # beyond the pack's limits: said when duplicating
                pass
        for entry in entries:
            row = QListWidgetItem(entry.describe().replace(f" [{entry.address}]", ""))
            row.setData(Qt.ItemDataRole.UserRole, entry.address)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if entry.address in ticked else Qt.CheckState.Unchecked)
            row.setToolTip(entry.text)
            self.left.addItem(row)
        name = self.replace.currentText()
        self.left_label.setText(
            self.tr("Blijft achter, want alleen voor %s geschreven. Vink aan wat u toch wilt overnemen; het staat "
                    "dan op ‘nog nakijken’ en de export wacht tot u het hebt nagekeken:") % name if entries
            else self.tr("Er blijft geen eigen tekst achter."))
        self.left.setVisible(bool(entries))

    def carried(self) -> list[str]:
        """The addresses of the ticked texts."""
        rows = (self.left.item(i) for i in range(self.left.count()))
        return [r.data(Qt.ItemDataRole.UserRole) for r in rows if r.checkState() == Qt.CheckState.Checked]

    def duplicate(self) -> Duplicate:
        return duplicate_for(self.doc.pack, self.chosen(), self.doc.audiences, self.replace.currentData(),
                             self.carried(), self.doc.catalogue)
