"""Nieuw pakket: a pack starts with the meeting (title, date, place), who it is for, and optionally its themes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from g40desk.core.agenda.catalogue import Kind
from g40desk.core.pack.defaults import default_title
from g40desk.core.pack.model import Item, Meeting, Pack
from g40desk.gui.support.dates import DateField
from g40desk.gui.support.layout import fit_dialog
from g40desk.gui.support.widgets import AudiencePicker, ProblemLine, compact

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class NewPackDialog(QDialog):
    """Asks what a new pack is about; ``result_pack`` builds it (themes without their demands:
    the advisor picks those in the catalogue, which opens on them)."""

    def __init__(self, catalogue, audiences, base: Pack, parent=None):
        super().__init__(parent)
        self.catalogue, self.audiences, self.base = catalogue, audiences, base
        self.setWindowTitle(self.tr("Nieuw pakket"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Titel"))
        self.example = self.tr("bv. Bestuurlijk overleg wonen met de minister van BZK")
        self.title.setPlaceholderText(self.example)
        self.date = DateField(self.tr("Datum van het overleg"))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Plaats of soort overleg"))
        self.place.setPlaceholderText(self.tr("bv. Den Haag, ministerie van BZK; of: werkbezoek"))
        self.picker = compact(AudiencePicker(self.tr("Stad of ministerie zoeken…")), 12)
        self.picker.setAccessibleName(self.tr("Doelgroep zoeken"))
        self.picker.fill(audiences)
        add = QPushButton(self.tr("&Toevoegen"))
        add.setAutoDefault(False)
        add.setToolTip(self.tr("Doelgroep toevoegen (Enter in het zoekveld)"))
        self.chosen = QListWidget()
        self.chosen.setAccessibleName(self.tr("Gekozen doelgroepen"))
        self.chosen.setWordWrap(True)
        self.chosen.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.themes = QListWidget()
        self.themes.setAccessibleName(self.tr("Thema's van het gesprek"))
        self.themes.setWordWrap(True)
        for theme in catalogue.of_kind(Kind.THEME):
            row = QListWidgetItem(theme.label)
            row.setData(ID_ROLE, theme.id)
            row.setCheckState(Qt.CheckState.Unchecked)
            row.setToolTip(theme.label)
            self.themes.addItem(row)
        hint = QLabel(self.tr("De eisen kiest u daarna in de catalogus; die opent bij deze thema's (Spatie vinkt aan)."))
        hint.setWordWrap(True)
        self.problem = ProblemLine()

        picker_row = QHBoxLayout()
        picker_row.addWidget(self.picker, 1)
        picker_row.addWidget(add)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("T&itel:"), self.title)
        date_label = QLabel(self.tr("&Datum:"))
        date_label.setBuddy(self.date)
        form.addRow(date_label, self.date)
        form.addRow(self.tr("&Plaats / soort:"), self.place)
        audience_label = QLabel(self.tr("Doel&groepen:"))
        audience_label.setBuddy(self.picker)
        form.addRow(audience_label, picker_row)
        form.addRow("", self.chosen)
        form.addRow(self.tr("T&hema's (mag leeg):"), self.themes)
        form.addRow("", hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pakket &maken"))
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        fit_dialog(self, 560, 520)

        self.date.date_edited.connect(self.picker.set_day)  # a city is offered from the day it joined the G40
        self.date.date_edited.connect(self._title_hint)
        add.clicked.connect(self.add_audience)
        self.picker.lineEdit().returnPressed.connect(self.add_audience)
        self.chosen.itemActivated.connect(self._remove_audience)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.setFocus()

    # -- audiences ---------------------------------------------------------------------
    def audience_ids(self) -> list[str]:
        return [self.chosen.item(i).data(ID_ROLE) for i in range(self.chosen.count())]

    def add_audience(self) -> bool:
        """Add what is typed or picked in the search; False (and a line saying so) if it names nothing."""
        typed = self.picker.currentText().strip()
        if not typed:
            return True
        audience_id = self.picker.chosen()
        if audience_id is None:
            self.problem.say(self.picker.problem())
            return False
        if audience_id not in self.audience_ids():
            row = QListWidgetItem(self.audiences[audience_id].display_name)
            row.setData(ID_ROLE, audience_id)
            row.setToolTip(self.tr("Enter of dubbelklik: weer weghalen"))
            self.chosen.addItem(row)
        self.picker.setCurrentIndex(-1)
        self.picker.clearEditText()
        self.problem.say("")
        self._title_hint()
        return True

    def _remove_audience(self, row: QListWidgetItem) -> None:
        self.chosen.takeItem(self.chosen.row(row))
        self._title_hint()

    def _title_hint(self, *_args) -> None:
        """An empty title becomes the default for the audiences chosen (core/pack/defaults.py): shown greyed."""
        ids = self.audience_ids()
        self.title.setPlaceholderText(default_title(ids, self.audiences, self.date.date()) if ids else self.example)

    # -- result ------------------------------------------------------------------------
    def theme_ids(self) -> list[str]:
        rows = (self.themes.item(i) for i in range(self.themes.count()))
        return [r.data(ID_ROLE) for r in rows if r.checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        """Nothing typed is dropped: an audience still in the search is added, a date not understood stops here."""
        if not self.add_audience():
            self.picker.setFocus()
            return
        self.date.edit.editingFinished.emit()
        if not self.date.understood():
            self.date.setFocus()
            return
        super().accept()

    def result_pack(self) -> Pack:
        pack = self.base.model_copy(deep=True)
        ids = self.audience_ids()
        typed = self.title.text().strip()
        pack.title = typed or (default_title(ids, self.audiences, self.date.date()) if ids else pack.title)
        pack.meeting = Meeting(date=self.date.date(), place=self.place.text().strip())
        pack.audiences = self.audience_ids()
        pack.items = [Item(ref=theme_id) for theme_id in self.theme_ids()]
        return pack
