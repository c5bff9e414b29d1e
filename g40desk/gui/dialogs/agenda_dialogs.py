"""Small dialogs of the agenda menu: choose an agenda, review an import, add an own demand."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from g40desk.core.agenda.catalogue import Catalogue, Kind
from g40desk.core.agenda.library import AgendaInfo, AgendaLibrary, Location
from g40desk.core.errors import G40Error
from g40desk.core.pack.model import Item, OwnEntry, OwnKind, Priority
from g40desk.core.text import slugify, unique_id
from g40desk.gui.support import labels, notify
from g40desk.gui.support.layout import fit_dialog
from g40desk.gui.support.widgets import MinistryChecklist

INFO_ROLE = Qt.ItemDataRole.UserRole + 1


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ChooseAgendaDialog(QDialog):
    """Every agenda g40desk finds: built in, the user's own versions, shared folders."""

    def __init__(self, library: AgendaLibrary, current: Catalogue, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agenda kiezen"))
        fit_dialog(self, 640, 380)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Agenda's"))
        where = {Location.BUILTIN: self.tr("ingebouwd"), Location.USER: self.tr("eigen versie"),
                 Location.SHARED: self.tr("gedeelde map, alleen lezen")}
        for info in library.list():
            row = QListWidgetItem(self.tr("{0} — versie {1} ({2})").format(info.source or info.title, info.version,
                                                                         where[info.location]))
            row.setData(INFO_ROLE, info)
            row.setToolTip(f"{info.id}\n{info.path}")
            self.list.addItem(row)
            if (info.id, info.version) == (current.meta.id, current.meta.version):
                self.list.setCurrentItem(row)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Met welke agenda werkt dit pakket? U ziet eerst wat er verandert.")))
        layout.addWidget(self.list, 1)
        for problem in library.problems:
            note = QLabel(self.tr("Overgeslagen: {0}").format(problem))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(_buttons(self, self.tr("Gebruiken")))
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())

    def chosen(self) -> AgendaInfo | None:
        row = self.list.currentItem()
        return row.data(INFO_ROLE) if row else None


class ImportReviewDialog(QDialog):
    """An imported agenda before it is saved: every entry, kept IDs with their score, flags."""

    def __init__(self, result, library: AgendaLibrary, parent=None):
        super().__init__(parent)
        self.result, self.library, self.saved = result, library, None
        self.setWindowTitle(self.tr("Geïmporteerde agenda nakijken"))
        fit_dialog(self, 860, 600)
        flagged = {f.ref for f in result.flags}
        scores = {m.ref: m for m in result.matches}
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Onderdeel"), self.tr("ID"), self.tr("Vorige agenda"), self.tr("Nakijken")])
        self.tree.setAccessibleName(self.tr("Geïmporteerde onderdelen"))
        catalogue = Catalogue(result.agenda)
        rows: dict[str, QTreeWidgetItem] = {}
        for entry in catalogue.walk():
            match = scores.get(entry.id)
            kept = (self.tr("zelfde ID ({0:.0%})").format(match.score) if match and match.previous
                    else self.tr("nieuw"))
            row = QTreeWidgetItem([f"{labels.kind(entry.kind)}: {entry.label}", entry.id, kept,
                                   "; ".join(result.flags_of(entry.id))])
            if entry.id in flagged:
                for col in range(4):
                    row.setBackground(col, QBrush(QColor("#fff3cd")))
            parent_row = rows.get(entry.parent) if entry.parent else None
            (parent_row.addChild(row) if parent_row else self.tree.addTopLevelItem(row))
            rows[entry.id] = row
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        self.tree.setColumnWidth(0, 380)
        general = [f.message for f in result.flags if not f.ref]
        meta = result.agenda
        summary = QLabel(self.tr("{0} — {1} onderdelen, {2} met hetzelfde ID als de vorige agenda, {3} om na te kijken "
                                 "(geel).").format(html.escape(meta.title), result.count,
                                                   sum(1 for m in result.matches if m.previous),
                                                   len(result.flags)))
        summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        for message in general:
            line = QLabel("• " + message)
            line.setWordWrap(True)  # a long line (the Word markup met) would widen the dialog past the screen
            layout.addWidget(line)
        layout.addWidget(self.tree, 1)
        layout.addWidget(_buttons(self, self.tr("Opslaan als nieuwe agenda")))

    def accept(self) -> None:
        data = self.result.agenda.model_copy(update={"version": self.library.next_version(self.result.agenda.id)})
        try:
            path = self.library.save(data)
        except G40Error as exc:
            notify.warn(self, self.tr("Opslaan mislukt"), str(exc))
            return
        self.saved = Catalogue(data, path=path)
        super().accept()


class OwnEntryDialog(QDialog):
    """The advisor's own demand or goal: text, theme, ministries, priority."""

    def __init__(self, agenda: Catalogue, audiences, taken: set[str], parent=None):
        super().__init__(parent)
        self.taken = taken
        self.setWindowTitle(self.tr("Eigen eis of doel"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Eis"), OwnKind.DEMAND)
        self.kind.addItem(self.tr("Doel"), OwnKind.GOAL)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Tekst"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Thema"))
        self.theme.addItem(self.tr("(geen thema: onder 'Eigen inbreng')"), None)
        for theme in agenda.of_kind(Kind.THEME):
            self.theme.addItem(theme.label, theme.id)
        self.ministries = MinistryChecklist(audiences.ministries)
        self.priority = QComboBox()
        self.priority.addItem(self.tr("(geen)"), None)
        for value in Priority:
            self.priority.addItem(labels.priority(value), value)
        form = QFormLayout(self)
        form.addRow(self.tr("Soort:"), self.kind)
        form.addRow(self.tr("&Tekst:"), self.text)
        form.addRow(self.tr("T&hema:"), self.theme)
        form.addRow(self.tr("&Ministeries:"), self.ministries)
        form.addRow(self.tr("&Prioriteit:"), self.priority)
        form.addRow(QLabel(self.tr("In de notitie staat dit als uw eigen inbreng, niet als G40-agenda.")))
        self.buttons = _buttons(self, self.tr("Toevoegen"))
        form.addRow(self.buttons)

    def accept(self) -> None:
        if not self.text.toPlainText().strip():
            notify.warn(self, self.tr("Eigen inbreng"), self.tr("Vul de tekst in."))
            return
        super().accept()

    def result_entry(self) -> tuple[OwnEntry, Item]:
        text = self.text.toPlainText().strip()
        entry_id = unique_id("own:" + ("-".join(slugify(text).split("-")[:5])[:40].strip("-") or "inbreng"), self.taken)
        entry = OwnEntry(id=entry_id, kind=self.kind.currentData(), text=text, theme=self.theme.currentData(),
                         ministries=self.ministries.checked())
        return entry, Item(ref=entry_id, priority=self.priority.currentData())
