"""Overleg → Stand van zaken: for the open pack's audiences, each ask's last outcome in the ledger's folders.

The packs under the folders are read off the GUI thread (gui/support/jobs.Job) through the
ledger (core/ledger: collect with the index, build_ledger, for_pack), read-only, as
'g40desk ledger' reads them. Which folders: core/ledger/collect.ledger_folders (docs/ledger.md).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from g40desk.core.files import machine
from g40desk.core.ledger.collect import ledger_folders
from g40desk.core.note.briefing import ask_refs
from g40desk.core.text import short_date
from g40desk.export.xlsx_ledger import RESULT_COLOURS, audience_name
from g40desk.gui.models.standings_model import TextTable
from g40desk.gui.support import labels, layout
from g40desk.gui.support.jobs import Job
from g40desk.gui.support.widgets import compact

if TYPE_CHECKING:
    from g40desk.gui.document import PackDocument
    from g40desk.gui.support.settings import Settings


def read_standings(folders: list[Path], asks: list[str], audiences: list[str], order: dict[str, int],
                   today: dt.date):
    """On a pool thread: the ledger over *folders* for these asks and audiences (rows, late actions, collection)."""
    from g40desk.core.ledger.collect import collect
    from g40desk.core.ledger.index import Index, default_path
    from g40desk.core.ledger.ledger import build_ledger, for_pack

    index = Index(default_path())
    try:
        collection = collect(folders, index)
    finally:
        index.close()
    rows, late = for_pack(build_ledger(collection, today, order=order), asks, audiences)
    return rows, late, collection


class StandingsDialog(QDialog):
    def __init__(self, doc: PackDocument, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc, self.settings = doc, settings
        self.setWindowTitle(self.tr("Stand van zaken"))
        self.job: Job | None = None
        self.found = None
        chosen = [Path(p) for p in settings.get("ledger_folders") if p]
        self.folders = ledger_folders(chosen, machine.machine_defaults().ledger_folders, doc.path)
        self.defaulted = not chosen and not machine.machine_defaults().ledger_folders
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.audience = compact(QComboBox(), 28)
        self.audience.setAccessibleName(self.tr("Doelgroep"))
        self.audience.addItem(self.tr("Alle doelgroepen van dit pakket"), None)
        for audience_id in doc.pack.audiences:
            self.audience.addItem(doc.audiences[audience_id].display_name, audience_id)
        self.audience.setVisible(len(doc.pack.audiences) > 1)
        self.asks = TextTable([self.tr("Vraag"), self.tr("Doelgroep"), self.tr("Laatste uitkomst"), self.tr("Datum"),
                               self.tr("Pakket")], self)
        self.late = TextTable([self.tr("Actie"), self.tr("Wie"), self.tr("Uiterlijk"), self.tr("Vraag"),
                               self.tr("Doelgroep"), self.tr("Pakket")], self)
        self.tabs = QTabWidget()
        self.ask_view, self.late_view = self._table(self.asks, self.tr("Per vraag")), self._table(self.late, "")
        self.tabs.addTab(self.ask_view, self.tr("&Per vraag"))
        self.tabs.addTab(self.late_view, self.tr("Open &acties over datum"))
        self.again = QPushButton(self.tr("&Opnieuw lezen"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.audience)
        top.addStretch(1)
        top.addWidget(self.again)
        column = QVBoxLayout(self)
        column.addWidget(self.where)
        column.addLayout(top)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.status)
        column.addWidget(buttons)
        self.audience.currentIndexChanged.connect(lambda _i: self._show())
        self.again.clicked.connect(self.start)
        layout.fit_dialog(self, 980, 560)
        self.ask_view.setFocus()
        self.start()

    def _table(self, model: TextTable, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(name or self.tr("Open acties over datum"))
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setWordWrap(True)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 260)
        for column in range(1, model.columnCount() - 1):  # each heading readable before anything is read
            header.resizeSection(column, header.sectionSizeHint(column))
        if model is self.late:
            header.resizeSection(3, 240)  # the ask: wrapped, the pack stays in view
        return view

    # -- reading, off the GUI thread ------------------------------------------------------
    def start(self) -> None:
        if self.job is not None:
            return
        names = "; ".join(str(f) for f in self.folders)
        if not self.folders:
            self.where.setText(self.tr("Geen mappen om te lezen: sla het pakket op, of kies mappen onder "
                                       "Bestand → Voorkeuren → Mappen van het overzicht."))
            self.status.setText("")
            self.again.setEnabled(False)
            return
        self.where.setText((self.tr("Uit de pakketten in de map van dit pakket: %1 (kies andere mappen onder "
                                    "Bestand → Voorkeuren).") if self.defaulted
                            else self.tr("Uit de pakketten in: %1")).replace("%1", names))
        self.status.setText(self.tr("Bezig met lezen…"))
        self.again.setEnabled(False)
        catalogue = self.doc.catalogue
        asks, audiences = ask_refs(self.doc.pack, catalogue), list(self.doc.pack.audiences)
        order = {entry.id: n for n, entry in enumerate(catalogue.walk())}
        folders, today = list(self.folders), dt.date.today()
        self.job = Job(lambda _progress: read_standings(folders, asks, audiences, order, today),
                       self.tr("Stand van zaken"))
        self.job.signals.finished.connect(self._on_finished)
        self.job.signals.failed.connect(self._on_failed)
        QThreadPool.globalInstance().start(self.job)

    def _on_finished(self, result) -> None:
        self.job, self.found = None, result
        self.again.setEnabled(True)
        _rows, _late, collection = result
        text = self.tr("%1 pakketten gelezen (%2 bestanden ongewijzigd uit de index), %3 overgeslagen.").replace(
            "%1", str(len(collection.records))).replace("%2", str(collection.reused)).replace(
            "%3", str(len(collection.skipped)))
        self.status.setText(text)
        self.status.setToolTip("\n".join([*collection.notes, *(f"{s.path}: {s.reason}" for s in collection.skipped)]))
        self._show()

    def _on_failed(self, message: str) -> None:
        self.job = None
        self.again.setEnabled(True)
        self.status.setText(message)

    def done(self, code: int) -> None:
        if self.job is not None:
            self.job.cancel_event.set()
        super().done(code)

    # -- showing -------------------------------------------------------------------------
    def _show(self) -> None:
        if self.found is None:
            return
        rows, late, _collection = self.found
        wanted = self.audience.currentData()
        catalogue, audiences = self.doc.catalogue, self.doc.audiences

        def ask_name(ask: str, own: str = "") -> str:
            return catalogue[ask].label if ask in catalogue else own or ask

        def pack_name(entry) -> str:
            return entry.title + (self.tr(" (dit pakket)") if entry.pack_id == self.doc.pack.id else "")

        shown = []
        for row in rows:
            if wanted is not None and row.audience != wanted:
                continue
            entry, who = row.latest, audience_name(audiences, row.audience, short=True)
            if entry is None:
                shown.append(([ask_name(row.ask), who, self.tr("nog niets vastgelegd"), "", ""], "", None))
                continue
            tip = "\n".join(filter(None, [entry.said, self.tr("Bestand: %1").replace("%1", entry.pack),
                                          self.tr("%n overleggen met uitkomst", "", row.meetings)]))
            colour = "#" + RESULT_COLOURS[entry.result] if entry.result else None
            shown.append(([ask_name(row.ask, entry.label), who, labels.result(entry.result),
                           short_date(entry.date) if entry.date else "", pack_name(entry)], tip, colour))
        self.asks.set_rows(shown)
        wanted_org = wanted.split("/", 1)[0] if wanted else None
        overdue = [([item.action.what, item.action.who, short_date(item.action.due), ask_name(item.entry.ask, item.entry.label),
                     audience_name(audiences, item.entry.audience, short=True), pack_name(item.entry)], item.entry.pack, None)
                   for item in late if wanted_org is None or item.entry.audience.split("/", 1)[0] == wanted_org]
        self.late.set_rows(overdue)
        self.tabs.setTabText(1, self.tr("Open &acties over datum (%1)").replace("%1", str(len(overdue))))
        for view, short in ((self.ask_view, (1, 2, 3)), (self.late_view, (1, 2, 4))):  # names and dates: as wide as they are
            for column in short:
                view.resizeColumnToContents(column)
            view.resizeRowsToContents()
