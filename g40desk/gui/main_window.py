"""The main window composes the panels and owns the menus; it implements no editing itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from g40desk import __version__
from g40desk.core.catalogue import Kind, Pillar
from g40desk.core.pack import Item, Pack
from g40desk.core.storage import EXTENSION
from g40desk.gui import labels
from g40desk.gui.audience_dialog import AudienceNotice, manage_audiences
from g40desk.gui.catalogue_model import ID_ROLE, CatalogueFilter, CatalogueModel
from g40desk.gui.commands import AddItemsCommand, MoveItemCommand, RemoveItemsCommand
from g40desk.gui.document import PackDocument
from g40desk.gui.exporting import ExportController
from g40desk.gui.files import FileController
from g40desk.gui.item_editor import ItemEditor
from g40desk.gui.outline_model import OutlineModel
from g40desk.gui.pack_panel import PackPanel
from g40desk.gui.preview import PreviewPanel
from g40desk.gui.recovery import Autosaver
from g40desk.gui.widgets import compact
from g40desk.resources import resource_file


class MainWindow(QMainWindow):
    def __init__(self, catalogue, audiences, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.doc = PackDocument(catalogue, audiences, self._new_pack())
        self.setAcceptDrops(True)
        self.setWindowIcon(QIcon(str(resource_file("g40desk.svg"))))
        self._init_catalogue_dock()
        self._init_centre()
        self.exports = ExportController(self, self.doc, settings, lambda: self.preview.audience.currentData())
        self.files = FileController(self, self.doc, settings, self._new_pack)
        self.autosaver = Autosaver(self.doc, settings, self)
        self.audience_notice = AudienceNotice(self.doc, self)
        self.statusBar().addPermanentWidget(self.audience_notice)
        self._init_actions()
        self._init_menus()
        self._connect_signals()
        self._restore_layout()
        self._update_title()

    # -- construction ----------------------------------------------------------
    def _new_pack(self) -> Pack:
        return Pack(title=self.tr("Nieuwe briefing"), author=self.settings.get("author"))

    def _init_catalogue_dock(self) -> None:
        self.catalogue_model = CatalogueModel(self.doc.catalogue, self.doc, self)
        self.catalogue_filter = CatalogueFilter(self.doc.catalogue, self)
        self.catalogue_filter.setSourceModel(self.catalogue_model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoeken in de agenda…"))
        self.search.setAccessibleName(self.tr("Zoeken in de catalogus"))
        self.search.setClearButtonEnabled(True)
        self.ministry_filter = compact(QComboBox())
        self.ministry_filter.setAccessibleName(self.tr("Filter op ministerie"))
        self.ministry_filter.addItem(self.tr("Alle ministeries"), "")
        for ministry in self.doc.audiences.ministries:
            self.ministry_filter.addItem(ministry.display_name, ministry.id)
        self.pillar_filter = compact(QComboBox())
        self.pillar_filter.setAccessibleName(self.tr("Filter op pijler"))
        self.pillar_filter.addItem(self.tr("Alle pijlers"), "")
        for pillar in Pillar:
            self.pillar_filter.addItem(labels.pillar(pillar), pillar.value)
        self.tree = QTreeView()
        self.tree.setModel(self.catalogue_filter)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Catalogus van de Strategische Agenda"))
        self.tree.setUniformRowHeights(True)
        add = QPushButton(self.tr("Aan pakket &toevoegen"))
        add.clicked.connect(self.add_selected_catalogue_entries)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.addWidget(self.search)
        filters = QHBoxLayout()
        filters.addWidget(self.ministry_filter)
        filters.addWidget(self.pillar_filter)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(add)
        self.catalogue_dock = QDockWidget(self.tr("Catalogus"), self)
        self.catalogue_dock.setObjectName("catalogue_dock")
        self.catalogue_dock.setWidget(panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.catalogue_dock)

    def _init_centre(self) -> None:
        self.outline_model = OutlineModel(self.doc, self)
        self.outline = QListView()
        self.outline.setModel(self.outline_model)
        self.outline.setAccessibleName(self.tr("Inhoud van het pakket"))
        self.outline.setDragDropMode(QListView.DragDropMode.InternalMove)
        self.outline.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.outline.setWordWrap(True)
        self.item_editor = ItemEditor(self.doc)
        self.pack_panel = PackPanel(self.doc)
        self.tabs = QTabWidget()
        self.item_page = self._scrolling(self.item_editor)
        self.pack_page = self._scrolling(self.pack_panel)
        self.tabs.addTab(self.item_page, self.tr("&Onderdeel"))
        self.tabs.addTab(self.pack_page, self.tr("&Pakket"))
        self.preview = PreviewPanel(self.doc)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.preview)
        for column, stretch in enumerate((2, 3, 3)):
            self.splitter.setStretchFactor(column, stretch)
        self.splitter.setChildrenCollapsible(False)
        self.outline.setMinimumWidth(200)
        self.preview.setMinimumWidth(260)
        self.setCentralWidget(self.splitter)

    @staticmethod
    def _scrolling(widget: QWidget) -> QScrollArea:
        """Panels scroll rather than squeeze on a 768-pixel-high laptop screen."""
        area = QScrollArea()
        area.setWidget(widget)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        return area

    def _action(self, text: str, slot, shortcut=None, name: str = "", icon: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(QIcon(str(resource_file("icons") / f"{icon}.svg")))
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _init_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.act_new = self._action(self.tr("&Nieuw"), self.files.new_pack, S.New, "new", "new")
        self.act_open = self._action(self.tr("&Openen…"), self.files.open_dialog, S.Open, "open", "open")
        self.act_save = self._action(self.tr("Op&slaan"), self.files.save, S.Save, "save", "save")
        self.act_save_as = self._action(self.tr("Opslaan &als…"), self.files.save_as, S.SaveAs, "save_as")
        self.act_docx = self._action(self.tr("&Word-notitie exporteren…"), self.exports.export_docx, "Ctrl+E", "export_docx", "word")
        self.act_xlsx = self._action(self.tr("&Excel-matrix exporteren…"), self.exports.export_xlsx, "Ctrl+Shift+E", "export_xlsx",
                                     "excel")
        self.act_batch = self._action(self.tr("Exporteren &per doelgroep…"), self.exports.export_batch, "Ctrl+Alt+E",
                                      "export_batch", "batch")
        self.act_import = self._action(self.tr("&Matrix importeren…"), self.exports.import_matrix, "Ctrl+I",
                                       "import_matrix", "import")
        self.act_quit = self._action(self.tr("&Afsluiten"), self.close, S.Quit, "quit")
        self.act_undo = self.doc.undo_stack.createUndoAction(self, self.tr("&Ongedaan maken"))
        self.act_undo.setShortcut(S.Undo)
        self.act_undo.setIcon(QIcon(str(resource_file("icons") / "undo.svg")))
        self.act_redo = self.doc.undo_stack.createRedoAction(self, self.tr("Opnieu&w"))
        self.act_redo.setShortcut(S.Redo)
        self.act_redo.setIcon(QIcon(str(resource_file("icons") / "redo.svg")))
        self.act_find = self._action(self.tr("&Zoeken in catalogus"), self._focus_search, S.Find, "find")
        self.act_remove = self._action(self.tr("Onderdeel &verwijderen"), self.remove_selected_item, S.Delete, "remove")
        self.act_up = self._action(self.tr("Omhoog"), lambda: self.move_selected(-1), "Alt+Up", "move_up")
        self.act_down = self._action(self.tr("Omlaag"), lambda: self.move_selected(1), "Alt+Down", "move_down")
        self.act_about = self._action(self.tr("&Over g40desk"), self.about, None, "about")
        self.act_prefs = self._action(self.tr("&Voorkeuren…"), self.preferences, QKeySequence.StandardKey.Preferences, "preferences")
        self.act_audiences = self._action(self.tr("&Doelgroepen beheren…"), lambda: manage_audiences(self, self.doc),
                                          None, "manage_audiences")

    def _init_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        for action in (self.act_new, self.act_open):
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu(self.tr("&Recente bestanden"))
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent(self.recent_menu))
        file_menu.addSeparator()
        for action in (self.act_save, self.act_save_as):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.act_docx, self.act_xlsx, self.act_batch, self.act_import):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.act_audiences)
        file_menu.addAction(self.act_prefs)
        file_menu.addAction(self.act_quit)
        edit = bar.addMenu(self.tr("Be&werken"))
        for action in (self.act_undo, self.act_redo, None, self.act_find, None, self.act_up, self.act_down, self.act_remove):
            edit.addSeparator() if action is None else edit.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)
        toolbar = self.addToolBar(self.tr("Werkbalk"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.act_new, self.act_open, self.act_save, None, self.act_undo, self.act_redo, None,
                       self.act_docx, self.act_xlsx, self.act_batch):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search)
        self.ministry_filter.currentIndexChanged.connect(
            lambda _i: self.catalogue_filter.set_ministry(self.ministry_filter.currentData()) or self._expand())
        self.pillar_filter.currentIndexChanged.connect(
            lambda _i: self.catalogue_filter.set_pillar(self.pillar_filter.currentData()) or self._expand())
        self.catalogue_model.toggle_requested.connect(self.set_in_pack)
        self.outline_model.move_requested.connect(self.move_item)
        self.outline.selectionModel().currentChanged.connect(self._on_outline_current)
        self.outline_model.modelReset.connect(self._on_outline_reset)
        self.tree.doubleClicked.connect(lambda _i: self.add_selected_catalogue_entries())
        self.pack_panel.select_ministry_demands_requested.connect(self.select_ministry_demands)
        self.doc.path_changed.connect(self._update_title)
        self.doc.meta_changed.connect(self._update_title)

    def _restore_layout(self) -> None:
        geometry = self.settings.get("window/geometry")
        if geometry and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1300, 740)
            self.resizeDocks([self.catalogue_dock], [360], Qt.Orientation.Horizontal)
        state = self.settings.get("window/state")
        if state and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.get("window/splitter")
        if splitter and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    # -- catalogue -------------------------------------------------------------
    @Slot(str)
    def _on_search(self, text: str) -> None:
        self.catalogue_filter.set_query(text)
        self._expand()

    def _expand(self) -> None:
        if self.search.text().strip() or self.ministry_filter.currentData() or self.pillar_filter.currentData():
            self.tree.expandAll()

    def _focus_search(self) -> None:
        self.catalogue_dock.show()
        self.search.setFocus()
        self.search.selectAll()

    def add_selected_catalogue_entries(self) -> None:
        ids = []
        for index in self.tree.selectionModel().selectedIndexes():
            ids += self.doc.catalogue.picks(index.data(ID_ROLE))
        self.set_in_pack(ids, True)

    @Slot(list, bool)
    def set_in_pack(self, ids: list[str], wanted: bool) -> None:
        present = set(self.doc.pack.refs())
        if wanted:
            new = [Item(ref=i) for i in dict.fromkeys(ids) if i not in present]
            if new:
                label = self.tr("%n onderdeel/onderdelen toevoegen", "", len(new))
                self.doc.undo_stack.push(AddItemsCommand(self.doc, new, text=label))
        else:
            gone = [i for i in ids if i in present]
            if gone:
                label = self.tr("%n onderdeel/onderdelen verwijderen", "", len(gone))
                self.doc.undo_stack.push(RemoveItemsCommand(self.doc, gone, text=label))

    def select_ministry_demands(self, ministry_id: str) -> None:
        ids = [d.id for d in self.doc.catalogue.of_kind(Kind.DEMAND) if ministry_id in d.ministries]
        self.set_in_pack(ids, True)
        self.ministry_filter.setCurrentIndex(self.ministry_filter.findData(ministry_id))

    # -- outline ---------------------------------------------------------------
    def _selected_row(self) -> int:
        index = self.outline.currentIndex()
        return index.row() if index.isValid() else -1

    @Slot(QModelIndex, QModelIndex)
    def _on_outline_current(self, current, _previous) -> None:
        self.item_editor.show_item(current.data(ID_ROLE) if current.isValid() else None)
        if current.isValid():
            self.tabs.setCurrentWidget(self.item_page)

    def _on_outline_reset(self) -> None:
        ref = self.item_editor.ref
        refs = self.doc.pack.refs()
        if ref in refs:
            self.outline.setCurrentIndex(self.outline_model.index(refs.index(ref)))

    def remove_selected_item(self) -> None:
        row = self._selected_row()
        if row >= 0:
            ref = self.doc.pack.items[row].ref
            self.doc.undo_stack.push(RemoveItemsCommand(self.doc, [ref], text=self.tr("onderdeel verwijderen")))

    def move_selected(self, step: int) -> None:
        row = self._selected_row()
        target = row + step
        if row >= 0 and 0 <= target < len(self.doc.pack.items):
            self.move_item(row, target)

    @Slot(int, int)
    def move_item(self, source: int, target: int) -> None:
        ref = self.doc.pack.items[source].ref
        self.doc.undo_stack.push(MoveItemCommand(self.doc, source, target, self.tr("onderdeel verplaatsen")))
        self.outline.setCurrentIndex(self.outline_model.index(self.doc.pack.refs().index(ref)))

    # -- files -----------------------------------------------------------------
    def _update_title(self) -> None:
        read_only = self.tr(" (alleen-lezen)") if self.doc.read_only else ""
        self.setWindowTitle(f"{self.doc.display_name}[*]{read_only} — g40desk")
        self.setWindowModified(self.doc.modified)

    def open_path(self, path: Path) -> bool:
        return self.files.open_path(Path(path))

    # -- window ----------------------------------------------------------------
    def preferences(self) -> None:
        from g40desk.gui.preferences import PreferencesDialog

        if PreferencesDialog(self.settings, self).exec():
            self.autosaver.timer.setInterval(self.settings.get("autosave_seconds") * 1000)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("Over g40desk"), self.tr(
            "<h3>g40desk %s</h3><p>Briefings voor lobbygesprekken van het Stedennetwerk G40, "
            "op basis van de Strategische Agenda G40 2019–2022.</p>"
            "<p>Licentie: EUPL-1.2. Werkt volledig offline.</p>") % __version__)

    def dragEnterEvent(self, event) -> None:
        if any(u.toLocalFile().endswith(EXTENSION) for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().endswith(EXTENSION):
                self.files.open_path(Path(url.toLocalFile()))
                event.acceptProposedAction()
                return

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.autosaver.save_now()  # the window lost focus: keep the work safe
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        if not self.files.confirm_discard():
            event.ignore()
            return
        self.files.close()
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        self.settings.set("window/splitter", self.splitter.saveState())
        self.exports.wait()
        event.accept()
