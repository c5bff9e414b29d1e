"""Edit an agenda: add, change, reorder, retire and mark entries outdated; set ministries and pillar.

Every edit is one undo command on the dialog's own stack, calling a mutator of
core/agenda_edit.AgendaDraft. Saving writes the next version of the agenda into the user's
folder (never over the shipped or a shared file).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from g40desk.core.agenda.catalogue import Catalogue, Kind, Outdated, Pillar
from g40desk.core.agenda.edit import ALLOWED, AgendaDraft
from g40desk.core.agenda.library import AgendaLibrary
from g40desk.core.errors import G40Error
from g40desk.gui.document import AgendaDocument
from g40desk.gui.support import labels, notify
from g40desk.gui.support.dates import DateField
from g40desk.gui.support.layout import fit_dialog
from g40desk.gui.support.widgets import MinistryChecklist

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADED = (Kind.SECTION, Kind.CORE_MESSAGE, Kind.THEME)


class AgendaEditor(QDialog):
    def __init__(self, agenda: Catalogue, library: AgendaLibrary, audiences, parent=None):
        super().__init__(parent)
        self.library, self.saved = library, None
        self.editing = AgendaDocument(AgendaDraft(agenda), self)
        self.draft, self.undo_stack = self.editing.draft, self.editing.undo_stack
        self.editing.changed.connect(lambda entry_id: self.refresh(entry_id or None))
        self.setWindowTitle(self.tr("Agenda bewerken: {0}, versie {1}").format(agenda.meta.source, agenda.meta.version))
        fit_dialog(self, 1000, 640)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Onderdelen van de agenda"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Tekst van het onderdeel"))
        self.apply_text = QPushButton(self.tr("Tekst &overnemen"))
        self.ministries = MinistryChecklist(audiences.ministries)
        self.pillar = QComboBox()
        self.pillar.setAccessibleName(self.tr("Pijler"))
        self.pillar.addItem(self.tr("(geen)"), None)
        for value in Pillar:
            self.pillar.addItem(labels.pillar(value), value)
        self.outdated = QCheckBox(self.tr("&Achterhaald"))
        self.outdated_since = DateField(self.tr("Achterhaald sinds"), optional=False, short=True)
        self.outdated_since.set_date(dt.date.today())
        self.outdated_reason = QLineEdit()
        self.outdated_reason.setAccessibleName(self.tr("Reden"))
        self.outdated_source = QLineEdit()
        self.outdated_source.setAccessibleName(self.tr("Bron"))
        self.outdated_partial = QCheckBox(self.tr("deels"))
        self.apply_outdated = QPushButton(self.tr("Markering overnemen"))
        form_box = QWidget()
        form = QFormLayout(form_box)
        form.addRow(self.tr("Tekst:"), self.text)
        form.addRow("", self.apply_text)
        form.addRow(self.tr("Ministeries:"), self.ministries)
        form.addRow(self.tr("Pijler:"), self.pillar)
        form.addRow(self.outdated, self.outdated_partial)
        form.addRow(self.tr("Sinds:"), self.outdated_since)
        form.addRow(self.tr("Reden:"), self.outdated_reason)
        form.addRow(self.tr("Bron:"), self.outdated_source)
        form.addRow("", self.apply_outdated)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Toevoegen…"))
        self.up_button = QPushButton(self.tr("Om&hoog"))
        self.down_button = QPushButton(self.tr("Om&laag"))
        self.retire_button = QPushButton(self.tr("Uit de agenda &halen…"))
        undo = QPushButton(self.tr("&Ongedaan maken"))
        redo = QPushButton(self.tr("Opnieu&w"))
        self.save_button = QPushButton(self.tr("Op&slaan als nieuwe versie"))
        close = QPushButton(self.tr("Sluiten"))
        for button in (self.add_button, self.up_button, self.down_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(undo)
        buttons.addWidget(redo)
        closing = QHBoxLayout()  # a row of its own: the dialog fits a 1366x768 screen at 150 %
        closing.addStretch(1)
        closing.addWidget(self.save_button)
        closing.addWidget(close)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(form_box)
        split.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        layout.addLayout(closing)
        self.tree.currentItemChanged.connect(self._on_tree_current)
        self.apply_text.clicked.connect(self.commit_text)
        self.ministries.itemChanged.connect(self._on_ministry_changed)
        self.pillar.activated.connect(self._on_pillar_activated)
        self.apply_outdated.clicked.connect(self.commit_outdated)
        self.add_button.clicked.connect(self.add_child)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.retire_button.clicked.connect(self.retire)
        undo.clicked.connect(self.undo_stack.undo)
        redo.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)
        undo.setEnabled(False)
        redo.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        self._loading = False
        self.refresh(None)

    # -- tree ------------------------------------------------------------------------
    def refresh(self, select: str | None) -> None:
        self._loading = True
        self.tree.clear()
        rows: dict[str, QTreeWidgetItem] = {}

        def add(nodes, parent_row) -> None:
            for node in nodes:
                label = node.title or node.text or node.id
                label = label if len(label) <= 90 else label[:88] + "…"
                mark = " (vervallen)" if node.retired else " (achterhaald)" if node.outdated else ""
                row = QTreeWidgetItem([f"{labels.kind(node.kind)}: {label}{mark}"])
                row.setData(0, ID_ROLE, node.id)
                row.setToolTip(0, node.id)
                (parent_row.addChild(row) if parent_row else self.tree.addTopLevelItem(row))
                rows[node.id] = row
                add(node.children, row)

        add(self.draft.data.entries, None)
        self.tree.expandToDepth(0)
        if select in rows:
            self.tree.setCurrentItem(rows[select])
            self.tree.scrollToItem(rows[select])
        self._loading = False
        self._show(self.current_id())

    def current_id(self) -> str | None:
        row = self.tree.currentItem()
        return row.data(0, ID_ROLE) if row else None

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_tree_current(self, _current, _previous) -> None:
        if not self._loading:
            self._show(self.current_id())

    def _show(self, entry_id: str | None) -> None:
        self._loading = True
        node = self.draft.node(entry_id) if entry_id else None
        self.text.setPlainText((node.title if node and node.kind in HEADED else node.text if node else "") or "")
        self.ministries.set_checked(node.ministries or [] if node else [])
        self.ministries.setEnabled(bool(node and node.kind == Kind.DEMAND))
        self.pillar.setEnabled(bool(node and node.kind in (Kind.THEME, Kind.DEMAND)))
        self.pillar.setCurrentIndex(max(0, self.pillar.findData(node.pillar if node else None)))
        outdated = node.outdated if node else None
        self.outdated.setChecked(outdated is not None)
        self.outdated_partial.setChecked(bool(outdated and outdated.partial))
        self.outdated_reason.setText(outdated.reason if outdated else "")
        self.outdated_source.setText(outdated.source if outdated else "")
        self.outdated_since.set_date(outdated.since if outdated else dt.date.today())
        self._loading = False

    # -- edits -----------------------------------------------------------------------
    def _push(self, entry_id: str | None, name: str, value, text: str) -> None:
        if entry_id is not None:
            self.editing.set_field(entry_id, name, value, text)

    @Slot()
    def commit_text(self) -> None:
        entry_id = self.current_id()
        if entry_id is None:
            return
        node = self.draft.node(entry_id)
        name = "title" if node.kind in HEADED else "text"
        text = self.text.toPlainText().strip()
        if not text:
            notify.warn(self, self.tr("Agenda bewerken"), self.tr("De tekst mag niet leeg zijn."))
            return
        if text != getattr(node, name):
            self._push(entry_id, name, text, self.tr("tekst wijzigen"))

    @Slot(QListWidgetItem)
    def _on_ministry_changed(self, _row) -> None:
        if self._loading:
            return
        self._push(self.current_id(), "ministries", self.ministries.checked(), self.tr("ministeries wijzigen"))

    @Slot(int)
    def _on_pillar_activated(self, _index: int) -> None:
        self._push(self.current_id(), "pillar", self.pillar.currentData(), self.tr("pijler wijzigen"))

    @Slot()
    def commit_outdated(self) -> None:
        value = None
        if self.outdated.isChecked():
            reason = self.outdated_reason.text().strip()
            if not reason:
                notify.warn(self, self.tr("Agenda bewerken"), self.tr("Geef de reden waarom het achterhaald is."))
                return
            if not self.outdated_since.understood():
                notify.warn(self, self.tr("Agenda bewerken"), self.tr("Vul bij ‘Sinds’ een datum in die g40desk "
                                                                      "begrijpt, bv. 15-01-2027."))
                return
            value = Outdated(since=self.outdated_since.date(), reason=reason,
                             source=self.outdated_source.text().strip(), partial=self.outdated_partial.isChecked())
        self._push(self.current_id(), "outdated", value, self.tr("markering achterhaald"))

    @Slot()
    def add_child(self) -> None:
        parent_id = self.current_id()
        parent_kind = self.draft.node(parent_id).kind if parent_id else None
        if parent_kind not in ALLOWED:  # an entry without children: add beside it
            parent = self.draft.parent_of(parent_id)
            parent_id, parent_kind = (parent.id, parent.kind) if parent else (None, None)
        kinds = sorted(ALLOWED[parent_kind], key=list(Kind).index)
        kind = notify.pick(self, self.tr("Toevoegen"), self.tr("Soort:"), [(labels.kind(k), k) for k in kinds])
        if kind is None:
            return
        text = notify.ask_text(self, self.tr("Toevoegen"), self.tr("Tekst:"), multiline=True)
        if text and text.strip():
            self.editing.add(parent_id, kind, text.strip(), self.tr("onderdeel toevoegen"))

    def move(self, offset: int) -> None:
        if self.current_id():
            self.editing.move(self.current_id(), offset, self.tr("volgorde wijzigen"))

    @Slot()
    def retire(self) -> None:
        entry_id = self.current_id()
        if entry_id is None:
            return
        reason = notify.ask_text(self, self.tr("Uit de agenda halen"), self.tr("Reden:"))
        if reason is not None:
            from g40desk.core.agenda.catalogue import Retired

            self._push(entry_id, "retired", Retired(since=dt.date.today(), reason=reason.strip()),
                       self.tr("uit de agenda halen"))

    @Slot()
    def save(self) -> None:
        try:
            _path, self.saved = self.draft.save(self.library)
        except G40Error as exc:
            notify.warn(self, self.tr("Opslaan mislukt"), str(exc))
            return
        self.accept()
