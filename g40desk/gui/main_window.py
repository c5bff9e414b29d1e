"""The main window composes the panels and owns the menus; it implements no editing itself."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from g40desk import __version__
from g40desk.core.agenda.catalogue import Catalogue, Kind
from g40desk.core.audience.audiences import Audiences
from g40desk.core.pack.model import Pack
from g40desk.gui.controllers.after_meeting import AfterMeeting
from g40desk.gui.controllers.agenda import AgendaController
from g40desk.gui.controllers.exporting import ExportController
from g40desk.gui.controllers.files import FileController, is_pack_name
from g40desk.gui.controllers.navigation import Navigator
from g40desk.gui.controllers.recovery import Autosaver
from g40desk.gui.controllers.starting import PackStarts
from g40desk.gui.dialogs.audience_dialog import AudienceNotice
from g40desk.gui.document import PackDocument
from g40desk.gui.menus import WindowMenus
from g40desk.gui.models.catalogue_model import ID_ROLE
from g40desk.gui.models.outline_model import OutlineModel
from g40desk.gui.panels.catalogue_panel import CataloguePanel
from g40desk.gui.panels.item_editor import ItemEditor
from g40desk.gui.panels.pack_panel import PackPanel
from g40desk.gui.panels.preview import PreviewPanel
from g40desk.gui.panels.start_page import StartPage
from g40desk.gui.support import layout, notify
from g40desk.gui.support.focus import FocusKeeper
from g40desk.gui.support.guard import FieldGuard
from g40desk.gui.support.settings import Settings
from g40desk.gui.support.widgets import ShortcutRouter
from g40desk.gui.support.wrapping import wrap_rows
from g40desk.resources import resource_file


class MainWindow(QMainWindow):
    def __init__(self, catalogue: Catalogue, audiences: Audiences, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.doc = PackDocument(catalogue, audiences, self.blank_pack())
        self.setAcceptDrops(True)
        self.setWindowIcon(QIcon(str(resource_file("g40desk.svg"))))
        self._init_catalogue_dock()
        self._init_centre()
        self.notifier = notify.Notifier(self, self.message_bar)
        self.exports = ExportController(self, self.doc, settings, lambda: self.preview.audience.currentData(),
                                        self.notifier)
        self.pack_panel.note_options.template = self.exports.template_path  # the card's length uses it
        self.files = FileController(self, self.doc, settings, self.blank_pack, self.notifier)
        self.autosaver = Autosaver(self.doc, settings, self)
        self.autosaver.failed.connect(self.files.journal_failed)
        self.audience_notice = AudienceNotice(self.doc, self)
        self.statusBar().addPermanentWidget(self.audience_notice)
        self.nav = Navigator(self)
        self.starts = PackStarts(self)
        self.menus = WindowMenus(self)
        self.menus.build_actions()
        self.menus.build_menus()
        self.after = AfterMeeting(self)  # Na het overleg, Stand van zaken: the Overleg menu
        self.agendas = AgendaController(self, self.doc, settings)  # Agenda menu, review on open
        self._connect_signals()
        self._restore_layout()
        self._update_title()
        self.shortcuts = ShortcutRouter([a for a in self.findChildren(QAction) if not a.shortcut().isEmpty()], self)
        self.shortcuts.install(self)
        self.field_guard = FieldGuard(self)  # the wheel and navigation keys never change a list-like field
        self.field_guard.guard(self)
        self.focus_keeper = FocusKeeper(self)  # after every dialog the keyboard is back where it was

    # -- construction ----------------------------------------------------------
    def blank_pack(self) -> Pack:
        return Pack(title=self.tr("Nieuwe briefing"), author=self.settings.get("author"))

    def _init_catalogue_dock(self) -> None:
        self.catalogue_panel = CataloguePanel(self.doc)
        panel = self.catalogue_panel
        self.catalogue_model, self.catalogue_filter = panel.model, panel.filter
        self.search, self.tree = panel.search, panel.tree
        self.ministry_filter, self.pillar_filter = panel.ministry_filter, panel.pillar_filter
        self.catalogue_dock = QDockWidget(self.tr("Catalogus"), self)
        self.catalogue_dock.setObjectName("catalogue_dock")
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.catalogue_dock)

    def _init_centre(self) -> None:
        self.outline_model = OutlineModel(self.doc, self)
        self.outline = QTreeView()
        self.outline.setModel(self.outline_model)
        self.outline.setAccessibleName(self.tr("Inhoud van het pakket"))
        self.outline.setDragDropMode(QTreeView.DragDropMode.InternalMove)
        self.outline.setDefaultDropAction(Qt.DropAction.MoveAction)
        wrap_rows(self.outline, max_lines=2)  # short titles wrap; a long own wording ends in "…" (whole in the tooltip)
        self.outline.setHeaderHidden(True)
        self.outline.header().setStretchLastSection(False)
        self.outline.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.outline.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.outline.expandAll()
        self.outline_empty = QLabel(self.tr(
            "Het pakket is nog leeg.\n\nVink in de catalogus thema’s of eisen aan (Spatie), of kies er een en "
            "druk op Enter. Zoeken: Ctrl+F."))
        self.outline_empty.setWordWrap(True)
        self.outline_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.outline_empty.setMargin(8)
        self.outline_page = QStackedWidget()
        self.outline_page.addWidget(self.outline)
        self.outline_page.addWidget(self.outline_empty)
        self.item_editor = ItemEditor(self.doc)
        self.pack_panel = PackPanel(self.doc)
        self.tabs = QTabWidget()
        # Panels scroll up and down rather than squeeze on a 768-pixel-high laptop screen; never sideways.
        self.item_page, self.pack_page = layout.PanelScroll(self.item_editor), layout.PanelScroll(self.pack_panel)
        self.tabs.addTab(self.item_page, self.tr("&Onderdeel"))
        self.tabs.addTab(self.pack_page, self.tr("&Pakket"))
        self.tabs.setMinimumWidth(300)
        self.preview = PreviewPanel(self.doc)
        self.preview.audience.setPlaceholderText(self.tr("(voeg op het tabblad Pakket een doelgroep toe)"))
        self.left_tabs = QTabWidget()
        self.left_tabs.addTab(self.outline_page, self.tr("Inhoud"))
        self.left_tabs.setDocumentMode(True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.preview)
        for column, stretch in enumerate((2, 3, 3)):
            self.splitter.setStretchFactor(column, stretch)
        self.splitter.setChildrenCollapsible(False)
        self.left_tabs.setMinimumWidth(200)
        self.preview.setMinimumWidth(260)
        self.panel_layout = layout.PanelLayout(self, self.catalogue_dock, self.catalogue_panel, self.left_tabs,
                                               self.tabs, self.preview, self.splitter)
        self.message_bar = notify.MessageBar()
        workspace = QWidget()
        column = QVBoxLayout(workspace)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.splitter, 1)
        self.start_page = StartPage(self.settings)
        self.central = QStackedWidget()
        self.central.addWidget(self.start_page)
        self.central.addWidget(workspace)
        self.workspace = workspace
        self.message_bar.float_over(self.central)  # never moves the panels; seen on the start page too
        self.setCentralWidget(self.central)
        self._update_empty_states()

    def _connect_signals(self) -> None:
        self.doc.refused.connect(lambda text: self.notifier.warn(self.tr("Wijziging niet bewaard"), text))
        self.catalogue_panel.add_requested.connect(lambda ids: self.set_in_pack(ids, True))
        self.catalogue_model.toggle_requested.connect(self.set_in_pack)
        self.outline_model.move_requested.connect(self.move_item)
        self.outline.selectionModel().currentChanged.connect(self._on_outline_current)
        self.outline_model.modelReset.connect(self._on_outline_reset)
        self.preview.item_clicked.connect(self.select_item)
        self.preview.item_opened.connect(self.open_item)
        self.pack_panel.select_ministry_demands_requested.connect(self.select_ministry_demands)
        self.doc.path_changed.connect(self._update_title)
        self.doc.path_changed.connect(lambda: self.message_bar.forget_unless(self.doc.pack.id))
        self.doc.meta_changed.connect(self._update_title)
        self.doc.items_reset.connect(self._update_empty_states)
        self.doc.meta_changed.connect(self._update_empty_states)
        self.doc.changed.connect(self._leave_start_page)
        self.doc.path_changed.connect(self._leave_start_page)
        self.start_page.new_requested.connect(self.new_pack)
        self.start_page.open_requested.connect(self.files.open_dialog)
        self.start_page.demo_requested.connect(self.open_demo)
        self.start_page.recent_requested.connect(lambda path: self.files.open_path(Path(path)))

    def _restore_layout(self) -> None:
        layout.place_window(self, self.settings)
        same_screen = self.settings.get("window/screen") == layout.screen_key(self.screen())
        state, splitter = self.settings.get("window/state"), self.settings.get("window/splitter")
        saved = same_screen and state and not state.isEmpty() and splitter and not splitter.isEmpty()
        self.panel_layout.apply(layout.mode_for(self.width()), balance=not saved)
        if saved:
            self.restoreState(state)
            self.splitter.restoreState(splitter)
        elif self.panel_layout.mode != "narrow":
            self.resizeDocks([self.catalogue_dock], [min(360, self.width() // 4)], Qt.Orientation.Horizontal)
        self.central.setCurrentWidget(self.start_page)
        self.start_page.new_button.setFocus()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.panel_layout.update_for(event.size().width())

    # -- panels ----------------------------------------------------------------
    def _leave_start_page(self) -> None:
        if self.central.currentWidget() is self.start_page and (
                self.doc.path is not None or self.doc.pack.items or self.doc.modified):
            self.show_workspace()

    def show_workspace(self) -> None:
        self.central.setCurrentWidget(self.workspace)

    def show_start_page(self) -> None:
        self.central.setCurrentWidget(self.start_page)
        self.start_page.new_button.setFocus()

    def show_all_panels(self) -> None:
        self.show_workspace()
        self.panel_layout.show_catalogue()
        self.act_show_preview.setChecked(True)
        self.panel_layout.set_preview_visible(True)
        self.toolbar.show()
        self.statusBar().show()

    def _update_empty_states(self) -> None:
        empty = not self.doc.pack.items
        self.outline_page.setCurrentWidget(self.outline_empty if empty else self.outline)
        audience = self.preview.audience  # with a placeholder text Qt does not pick the first audience itself
        if audience.currentIndex() < 0 and audience.count():
            audience.setCurrentIndex(0)

    # -- starting a pack: gui/controllers/starting.py --------------------------
    def new_pack(self) -> None:
        self.starts.new_pack()

    def open_demo(self) -> None:
        self.starts.open_demo()

    def duplicate_pack(self) -> None:
        self.starts.duplicate_pack()

    # -- focus keys (work from every field): gui/controllers/navigation.py ---------
    def focus_search(self) -> None:
        self.nav.focus_search()

    def focus_catalogue(self) -> None:
        self.nav.focus_catalogue()

    def focus_outline(self) -> None:
        self.nav.focus_outline()

    def focus_item_editor(self) -> None:
        self.nav.focus_item_editor()

    # -- catalogue -------------------------------------------------------------
    @Slot(list, bool)
    def set_in_pack(self, ids: list[str], wanted: bool) -> None:
        if wanted:
            self.doc.add_entries(ids)
        else:
            self._offer_undo(self.doc.remove_entries(ids))

    def _offer_undo(self, removed) -> None:
        """Removing the advisor's own work is one click away from coming back."""
        tailored = [item for item in removed if item.has_own_work()]
        if not tailored:
            return
        text = (self.tr("‘%s’ is uit het pakket gehaald, met uw aanpassingen.") % self.doc.short_label(tailored[0].ref)
                if len(removed) == 1 else
                self.tr("%n onderdelen uit het pakket gehaald, ook aangepaste.", "", len(removed)))
        self.notifier.offer_undo(text, self.doc.undo_stack)

    def select_ministry_demands(self, ministry_id: str) -> None:
        """The demands addressed to *ministry_id* on the meeting date (today without one): VRO's housing asks in 2025."""
        import datetime as dt

        from g40desk.core.audience.audiences import portfolio_tags

        catalogue, day = self.doc.catalogue, self.doc.pack.meeting.date or dt.date.today()
        ids = [d.id for d in catalogue.of_kind(Kind.DEMAND)
               if self.doc.audiences.addresses(ministry_id, portfolio_tags(catalogue, d.id), day)]
        self.set_in_pack(ids, True)
        tagged = [d.id for d in catalogue.of_kind(Kind.DEMAND) if ministry_id in d.ministries]
        found = self.ministry_filter.findData(ministry_id)
        if found >= 0 and tagged == ids:  # the filter goes by the agenda's tags: shown only where they agree
            self.ministry_filter.setCurrentIndex(found)

    # -- outline ---------------------------------------------------------------
    def _selected_row(self) -> int:
        """Position in the pack's item list of the outline's current item (-1: none, or a heading)."""
        return self.outline_model.pack_row(self.outline.currentIndex())

    @Slot(QModelIndex, QModelIndex)
    def _on_outline_current(self, current, _previous) -> None:
        ref = current.data(ID_ROLE) if current.isValid() else None
        self.item_editor.show_item(ref)
        self.preview.show_item(ref)
        if current.isValid():  # also after the rows were laid out again (wrapped titles, 150 %)
            QTimer.singleShot(0, self.outline, lambda: self.outline.currentIndex().isValid()
                              and self.outline.scrollTo(self.outline.currentIndex()))
        if ref and self.tabs.currentWidget() not in (self.preview, self.after.page):  # reading or recording goes on
            self.tabs.setCurrentWidget(self.item_page)

    def _on_outline_reset(self) -> None:
        self.outline.expandAll()
        index = self.outline_model.index_of(self.item_editor.ref)
        if index.isValid():
            self.outline.setCurrentIndex(index)

    @Slot(str)
    def select_item(self, ref: str) -> None:
        """Select a pack item in the outline (a click in the preview lands here)."""
        index = self.outline_model.index_of(ref)
        if index.isValid():
            self.outline.setCurrentIndex(index)
            self.outline.scrollTo(index)

    @Slot(str)
    def open_item(self, ref: str) -> None:
        """A double click in the preview: that item in the item editor, the keyboard in its first field."""
        self.select_item(ref)
        self.focus_item_editor()

    def remove_selected_item(self) -> None:
        row = self._selected_row()
        if row >= 0:
            self._offer_undo(self.doc.remove_entries([self.doc.pack.items[row].ref]))

    def move_selected(self, step: int) -> None:
        """Move the current item one place up or down among the items of its theme."""
        move = self.outline_model.sibling_move(self.outline.currentIndex().data(ID_ROLE), step)
        if move is not None:
            self.move_item(*move)

    @Slot(int, int)
    def move_item(self, source: int, target: int) -> None:
        ref = self.doc.pack.items[source].ref
        self.doc.move_entry(source, target)
        self.outline.setCurrentIndex(self.outline_model.index_of(ref))

    # -- files -----------------------------------------------------------------
    def _update_title(self) -> None:
        read_only = self.tr(" (alleen-lezen)") if self.doc.read_only else ""
        self.setWindowTitle(f"{self.doc.display_name}[*]{read_only} — g40desk")
        self.setWindowModified(self.doc.modified)

    def open_path(self, path: Path) -> bool:
        return self.files.open_path(Path(path))

    # -- window ----------------------------------------------------------------
    def preferences(self) -> None:
        from g40desk.gui.dialogs.preferences import PreferencesDialog

        if notify.run_dialog(PreferencesDialog(self.settings, self)):
            self.pack_panel.note_options.update_length()  # another template, another length
            self.autosaver.timer.setInterval(self.settings.get("autosave_seconds") * 1000)

    def about(self) -> None:
        meta = self.doc.catalogue.meta
        more = notify.about(self, self.tr("Over g40desk"), self.tr(
            "<h3>g40desk {version}</h3><p>Briefings voor lobbygesprekken van het Stedennetwerk G40.</p>"
            "<p>Agenda: {agenda}, versie {agenda_version}{date}.</p>"
            "<p>Licentie: European Union Public Licence (EUPL) 1.2; de volledige tekst staat in het "
            "bestand LICENSE bij het programma. Werkt volledig offline.</p>").format(
            version=__version__, agenda=html.escape(meta.title), agenda_version=meta.version,
            date=f" ({meta.date})" if meta.date else ""), more=self.tr("Licenties van derden…"))
        if more:
            self.third_party_licences()

    def third_party_licences(self) -> None:
        from g40desk.gui.dialogs.licences import LicencesDialog
        from g40desk.licences import NoticeError, notices_text

        try:
            text = notices_text()
        except (NoticeError, OSError) as exc:
            self.notifier.warn(self.tr("Licenties van derden"), str(exc))
            return
        notify.run_dialog(LicencesDialog(text, self))

    def dragEnterEvent(self, event) -> None:
        if any(is_pack_name(u.toLocalFile()) for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            if is_pack_name(url.toLocalFile()):
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
        layout.remember_window(self, self.settings)
        self.settings.set("window/state", self.saveState())
        self.settings.set("window/splitter", self.splitter.saveState())
        self.exports.wait()
        event.accept()
