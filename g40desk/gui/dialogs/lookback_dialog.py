"""Terugblik: the promises and open actions of the last meeting with each audience, offered to a new pack."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from g40desk.core.ledger.lookback import Offer
from g40desk.core.note.blocks import recall_line
from g40desk.core.pack.model import Recall
from g40desk.core.text import dutch_date
from g40desk.gui.support.layout import fit_dialog

_POINT = Qt.ItemDataRole.UserRole


class LookbackDialog(QDialog):
    """Each audience's points from its last meeting, all ticked; the advisor unticks what not to raise."""

    def __init__(self, offers: list[Offer], names: dict[str, str], parent=None):
        super().__init__(parent)
        self.offers = offers
        self.setWindowTitle(self.tr("Terugblik uit het vorige overleg"))
        intro = QLabel(self.tr("Deze toezeggingen en open acties komen uit het laatste overleg met de doelgroep, "
                               "gevonden in de mappen van het overzicht. Ze komen vooraan in de notitie, onder "
                               "‘Terugblik’. Vink uit wat u niet wilt noemen."))
        intro.setWordWrap(True)
        self.points = QListWidget()
        self.points.setAccessibleName(self.tr("Punten voor de terugblik"))
        self.points.setWordWrap(True)
        bold = QFont(self.points.font())
        bold.setBold(True)
        for n, offer in enumerate(offers):
            record = offer.record
            when = dutch_date(record.day) if record and record.day else self.tr("zonder datum")
            header = QListWidgetItem(self.tr("%1: uit ‘%2’ (%3)").replace("%1", names.get(offer.audience, offer.audience))
                                     .replace("%2", record.title if record else "").replace("%3", when))
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.setFont(bold)
            self.points.addItem(header)
            for i, recall in enumerate(offer.recalls):
                item = QListWidgetItem(recall_line(recall))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked)
                item.setData(_POINT, (n, i))
                self.points.addItem(item)
        self.points.setCurrentRow(1 if self.points.count() > 1 else 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Overnemen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Over&slaan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.points, 1)
        layout.addWidget(buttons)
        fit_dialog(self, 640, 420)

    def point_items(self) -> list[QListWidgetItem]:
        return [self.points.item(r) for r in range(self.points.count()) if self.points.item(r).data(_POINT) is not None]

    def chosen(self) -> dict[str, list[Recall]]:
        """Per audience the points left ticked (an audience with none left gets none)."""
        out: dict[str, list[Recall]] = {offer.audience: [] for offer in self.offers}
        for item in self.point_items():
            n, i = item.data(_POINT)
            if item.checkState() == Qt.CheckState.Checked:
                out[self.offers[n].audience].append(self.offers[n].recalls[i])
        return out
