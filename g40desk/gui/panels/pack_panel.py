"""Pack properties and audiences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from g40desk.core.pack.model import Classification, Form, NoteOptions, OtherAsks
from g40desk.gui.panels.participants_box import ParticipantsBox
from g40desk.gui.support import labels
from g40desk.gui.support.dates import DateField
from g40desk.gui.support.widgets import AudiencePicker, LineField, ProblemLine, TextField, compact

if TYPE_CHECKING:
    from g40desk.gui.document import PackDocument


class PackPanel(QWidget):
    select_ministry_demands_requested = Signal(str)

    def __init__(self, doc: PackDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self._loading = False
        self.title = LineField()
        self.title.setAccessibleName(self.tr("Titel"))
        self.date = DateField(self.tr("Datum van het overleg"))
        self.place = LineField()
        self.place.setAccessibleName(self.tr("Plaats"))
        self.participants_box = ParticipantsBox(doc)
        self.participants = self.participants_box.text
        self.purpose = TextField(self.tr("Doel"), 2)
        self.author = LineField()
        self.author.setAccessibleName(self.tr("Auteur"))
        self.classification = QComboBox()
        self.classification.setAccessibleName(self.tr("Rubricering"))
        for value in Classification:
            self.classification.addItem(labels.classification(value), value)

        self.audience_list = QListWidget()
        self.audience_list.setAccessibleName(self.tr("Doelgroepen van het pakket"))
        self.audience_list.setMaximumHeight(110)
        self.audience_list.setWordWrap(True)  # a ministry's whole name, also in a narrow panel
        self.audience_picker = compact(AudiencePicker(self.tr("Stad of ministerie zoeken…")), 12)
        self.audience_picker.setAccessibleName(self.tr("Doelgroep zoeken"))
        self.audience_problem = ProblemLine()  # what 'Toevoegen' could not add, and why
        add = QPushButton(self.tr("Toevoegen"))
        add.setToolTip(self.tr("Doelgroep aan het pakket toevoegen (Enter)"))
        remove = QPushButton(self.tr("Verwi&jderen"))
        remove.setToolTip(self.tr("Gekozen doelgroep uit het pakket halen"))
        self.ministry_demands = QPushButton(self.tr("Eisen aan dit ministerie &selecteren"))
        self.ministry_demands.setEnabled(False)

        form = QFormLayout()
        narrow_form(form)
        form.addRow(self.tr("T&itel:"), self.title)
        form.addRow(buddy_label(self.tr("&Datum:"), self.date), self.date)
        form.addRow(self.tr("Pl&aats:"), self.place)
        form.addRow(buddy_label(self.tr("Deel&nemers:"), self.participants), self.participants_box)
        form.addRow(self.tr("Do&el:"), self.purpose)
        form.addRow(self.tr("A&uteur:"), self.author)
        form.addRow(self.tr("&Rubricering:"), self.classification)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.audience_picker, 1)
        picker_row.addWidget(add)
        form.addRow(buddy_label(self.tr("Doel&groep:"), self.audience_picker), picker_row)
        form.addRow("", self.audience_problem)
        form.addRow("", self.audience_list)
        for button in (remove, self.ministry_demands):  # one a row: the panel stays narrow enough for 150 %
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            form.addRow("", row)
        self.note_options = NoteOptionsBox(doc)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note_options)
        layout.addStretch(1)

        for name, field in (("title", self.title), ("meeting.place", self.place), ("author", self.author)):
            field.textEdited.connect(lambda t, n=name, f=field: self._set(n, t, f.typing_key(n)))
        self.purpose.edited.connect(lambda t: self._set("meeting.purpose", t, self.purpose.typing_key("meeting.purpose")))
        self.date.date_edited.connect(lambda day: self._set("meeting.date", day))
        self.classification.currentIndexChanged.connect(
            lambda _i: self._set("classification", self.classification.currentData()))
        add.clicked.connect(self.add_selected_audience)
        self.audience_picker.lineEdit().returnPressed.connect(self.add_selected_audience)
        self.audience_picker.lineEdit().textEdited.connect(lambda _text: self.audience_problem.say(""))
        remove.clicked.connect(self.remove_selected_audience)
        self.audience_list.currentRowChanged.connect(self._on_audience_row)
        self.ministry_demands.clicked.connect(self._on_ministry_demands)
        doc.meta_changed.connect(self.load)
        self.load()

    def load(self) -> None:
        self._loading = True
        try:
            pack = self.doc.pack
            self.title.set_text_silently(pack.title)
            self.place.set_text_silently(pack.meeting.place)
            self.author.set_text_silently(pack.author)
            self.purpose.set_text_silently(pack.meeting.purpose)
            self.date.set_date(pack.meeting.date)
            self.classification.setCurrentIndex(self.classification.findData(pack.classification))
            if self.audience_picker.audiences is not self.doc.audiences:  # new data from "Doelgroepen beheren"
                self.audience_picker.fill(self.doc.audiences, day=pack.meeting.date)
            self.audience_picker.set_day(pack.meeting.date)  # who is offered depends on the meeting's date
            current = self.audience_list.currentRow()
            self.audience_list.clear()
            for audience_id in pack.audiences:
                item = QListWidgetItem(self.doc.audiences[audience_id].display_name)
                item.setData(Qt.ItemDataRole.UserRole, audience_id)
                self.audience_list.addItem(item)
            if 0 <= current < self.audience_list.count():
                self.audience_list.setCurrentRow(current)
        finally:
            self._loading = False

    def _set(self, field: str, value, typing: str | None = None) -> None:
        if not self._loading:
            self.doc.edit_pack(field, value, typing)

    def add_selected_audience(self) -> None:
        """Add what is typed or picked; what names no audience stays in the field, with a line saying why."""
        if not self.audience_picker.currentText().strip():  # nothing typed (or Return again, from the suggestions)
            return
        audience_id = self.audience_picker.chosen()
        if audience_id is None:
            self.audience_problem.say(self.audience_picker.problem())
            return
        if audience_id in self.doc.pack.audiences:
            self.audience_problem.say(self.tr("‘%1’ staat al in het pakket.").replace(
                "%1", self.doc.audiences[audience_id].display_name))
        else:
            self.audience_problem.say("")
            self._set("audiences", [*self.doc.pack.audiences, audience_id])
        self.audience_picker.setCurrentIndex(-1)

    def remove_selected_audience(self) -> None:
        item = self.audience_list.currentItem()
        if item is None:
            return
        audience_id = item.data(Qt.ItemDataRole.UserRole)
        self._set("audiences", [a for a in self.doc.pack.audiences if a != audience_id])

    def _on_audience_row(self, row: int) -> None:
        item = self.audience_list.item(row) if row >= 0 else None
        audience_id = item.data(Qt.ItemDataRole.UserRole) if item else ""
        self.ministry_demands.setEnabled(audience_id.startswith("ministry:"))

    def _on_ministry_demands(self) -> None:
        item = self.audience_list.currentItem()
        if item is not None:
            self.select_ministry_demands_requested.emit(item.data(Qt.ItemDataRole.UserRole))


def narrow_form(form: QFormLayout) -> None:
    """Labels go above their fields when the panel is too narrow for both side by side."""
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose mnemonic reaches a field that sits in a row layout (else "&" shows literally)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class NoteOptionsBox(QWidget):
    """Which sections the note holds, and note or card; saved with the pack."""

    def __init__(self, doc: PackDocument, parent=None):
        from PySide6.QtWidgets import QCheckBox, QGroupBox

        super().__init__(parent)
        self.doc = doc
        self._loading = False
        box = QGroupBox(self.tr("Word-notitie"))
        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Vorm van de notitie"))
        self.form.addItem(self.tr("Briefingnotitie"), Form.NOTE)
        self.form.addItem(self.tr("Gesprekskaart (één pagina)"), Form.CARD)
        self.checks = {
            "key_points": QCheckBox(self.tr("Kern van het gesprek")),
            "rationale": QCheckBox(self.tr("Waarom is dit van belang?")),
            "goals": QCheckBox(self.tr("Wat willen we?")),
            "key_figures": QCheckBox(self.tr("Kerngegevens")),
            "annex": QCheckBox(self.tr("Bijlage met de volledige eisen")),
        }
        inner = QFormLayout(box)
        narrow_form(inner)
        inner.addRow(self.tr("Vor&m:"), self.form)
        for check in self.checks.values():
            inner.addRow("", check)
            check.toggled.connect(self._changed)
        self.form.currentIndexChanged.connect(self._changed)
        # A ministry's note leads with its own asks; these are the others on the meeting date (core/note/blocks.py).
        self.other_asks = QComboBox()
        self.other_asks.setAccessibleName(self.tr("Vragen aan anderen"))
        self.other_asks.setToolTip(self.tr("In een notitie of kaart voor een ministerie of minister komen eerst de "
                                           "vragen die op de datum van het overleg aan die doelgroep gericht zijn. "
                                           "De vragen voor anderen komen daarna onder ‘Ook van belang voor …’, "
                                           "of worden weggelaten."))
        self.other_asks.addItem(self.tr("onder ‘Ook van belang voor …’"), OtherAsks.GROUP)
        self.other_asks.addItem(self.tr("weglaten"), OtherAsks.OMIT)
        inner.addRow(self.tr("Vragen aan anderen:"), self.other_asks)
        self.other_asks.currentIndexChanged.connect(self._changed)
        # The card's length, estimated as the export will lay it out (export/page_model.py).
        self.length = QLabel()
        self.length.setWordWrap(True)
        self.length.setAccessibleName(self.tr("Lengte van de gesprekskaart"))
        inner.addRow("", self.length)
        self.template = lambda: None  # the main window points this at the chosen house template
        self._length_timer = QTimer(self)
        self._length_timer.setSingleShot(True)
        self._length_timer.setInterval(400)
        self._length_timer.timeout.connect(self.update_length)
        doc.changed.connect(self._length_timer.start)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        doc.meta_changed.connect(self.load)
        self.load()

    def load(self) -> None:
        self._loading = True
        try:
            options = self.doc.pack.options
            self.form.setCurrentIndex(self.form.findData(options.form))
            self.other_asks.setCurrentIndex(self.other_asks.findData(options.other_asks))
            for name, check in self.checks.items():
                check.setChecked(getattr(options, name))
                check.setEnabled(options.form == Form.NOTE)
        finally:
            self._loading = False
        self._length_timer.start()

    def update_length(self) -> None:
        """Say how many pages the card will take; in red when it will not fit one."""
        from g40desk.export.page_model import card_length

        measured = card_length(self.doc.pack, self.doc.catalogue, self.doc.audiences, None, self.template())
        if measured is None:
            self.length.hide()  # not a card; or a broken template, reported when exporting
            return
        pages, _ = measured
        if pages <= 1:
            self.length.setText(self.tr("Past op één pagina."))
            self.length.setStyleSheet("")
        else:
            self.length.setText(self.tr("Ongeveer %n pagina's: past niet op één pagina.", "", pages))
            self.length.setStyleSheet("color: #b00020;")
        self.length.show()

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        values = {name: check.isChecked() for name, check in self.checks.items()}
        options = NoteOptions(form=Form(self.form.currentData()), other_asks=OtherAsks(self.other_asks.currentData()),
                              **values)
        self.doc.edit_pack("options", options)
