"""The main window's actions, menus and toolbar: built here, attached to the window as ``act_*``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence

from g40desk.gui.dialogs.audience_dialog import manage_audiences
from g40desk.gui.support.view_menu import ViewMenu
from g40desk.resources import resource_file

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


class WindowMenus(QObject):
    """Makes the window's actions (``window.act_new`` …), the Bestand, Bewerken, Beeld and Help
    menus and the toolbar; the slots are the window's and its controllers'."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window

    def build_actions(self) -> None:
        self._init_actions(self.window)

    def build_menus(self) -> None:
        self._init_menus(self.window)
        self.window.doc.items_reset.connect(self.update_export_actions)
        self.window.doc.path_changed.connect(self.update_export_actions)
        self.window.doc.edited.connect(self.update_export_actions)  # an outcome recorded: a report to write
        self.update_export_actions()

    def update_export_actions(self) -> None:
        """Exporting needs a pack with something in it: no empty note from the start page."""
        w = self.window
        ready = bool(w.doc.pack.items)
        for action in (w.act_docx, w.act_xlsx, w.act_batch):
            action.setEnabled(ready)
            action.setToolTip(action.text().replace("&", "").rstrip("…") if ready else
                              self.tr("Eerst een pakket met onderdelen: Nieuw pakket (Ctrl+N) of Openen (Ctrl+O)."))
        recorded = any(item.outcomes for item in w.doc.pack.items)
        w.act_report.setEnabled(recorded)
        w.act_report.setToolTip(self.tr("Het verslag van het overleg: uitkomsten, toezeggingen en vervolgacties")
                                if recorded else self.tr("Eerst per vraag de uitkomst vastleggen (Na het overleg)."))

    def _action(self, text: str, slot, shortcut=None, name: str = "", icon: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if icon:
            action.setIcon(QIcon(str(resource_file("icons") / f"{icon}.svg")))
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _init_actions(self, w) -> None:
        S = QKeySequence.StandardKey
        w.act_new = self._action(self.tr("&Nieuw"), w.new_pack, S.New, "new", "new")
        w.act_open = self._action(self.tr("&Openen…"), w.files.open_dialog, S.Open, "open", "open")
        w.act_save = self._action(self.tr("Op&slaan"), w.files.save, S.Save, "save", "save")
        w.act_save_as = self._action(self.tr("Opslaan &als…"), w.files.save_as, S.SaveAs, "save_as")
        w.act_duplicate = self._action(self.tr("Pakket dup&liceren voor andere doelgroep…"), w.duplicate_pack,
                                       None, "duplicate")
        w.act_docx = self._action(self.tr("&Word-notitie exporteren…"), w.exports.export_docx, "Ctrl+E", "export_docx", "word")
        w.act_xlsx = self._action(self.tr("&Excel-matrix exporteren…"), w.exports.export_xlsx, "Ctrl+Shift+E", "export_xlsx",
                                  "excel")
        w.act_batch = self._action(self.tr("Exporteren &per doelgroep…"), w.exports.export_batch, "Ctrl+Alt+E",
                                   "export_batch", "batch")
        w.act_report = self._action(self.tr("Versla&g exporteren…"), lambda: w.exports.export_report(), None,
                                    "export_report", "word")
        w.act_import = self._action(self.tr("&Matrix importeren…"), w.exports.import_matrix, "Ctrl+I",
                                    "import_matrix", "import")
        w.act_quit = self._action(self.tr("Afsl&uiten"), w.close, S.Quit, "quit")
        w.act_undo = w.doc.undo_stack.createUndoAction(w, self.tr("&Ongedaan maken"))
        w.act_undo.setShortcuts([QKeySequence(S.Undo)])
        w.act_undo.setIcon(QIcon(str(resource_file("icons") / "undo.svg")))
        w.act_redo = w.doc.undo_stack.createRedoAction(w, self.tr("Opnieu&w"))
        w.act_redo.setShortcuts(list(dict.fromkeys(
            [*QKeySequence.keyBindings(S.Redo), QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])))
        w.act_redo.setIcon(QIcon(str(resource_file("icons") / "redo.svg")))
        w.act_find = self._action(self.tr("&Zoeken in catalogus"), w.focus_search, S.Find, "find")
        # Item actions act on the outline only, and only while it has focus: a Delete in the
        # catalogue or a text field never removes an item.
        w.act_remove = self._action(self.tr("Onderdeel &verwijderen"), w.remove_selected_item, S.Delete, "remove")
        w.act_up = self._action(self.tr("Omhoog"), lambda: w.move_selected(-1), "Alt+Up", "move_up")
        w.act_down = self._action(self.tr("Omlaag"), lambda: w.move_selected(1), "Alt+Down", "move_down")
        for action in (w.act_remove, w.act_up, w.act_down):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            w.outline.addAction(action)
        w.act_about = self._action(self.tr("&Over g40desk"), w.about, None, "about")
        w.act_prefs = self._action(self.tr("&Voorkeuren…"), w.preferences, QKeySequence.StandardKey.Preferences, "preferences")
        w.act_audiences = self._action(self.tr("&Doelgroepen beheren…"), lambda: manage_audiences(w, w.doc),
                                       None, "manage_audiences")
        # Toolbar labels are short and never change; the full name is in the tooltip and the menu.
        short = {w.act_new: self.tr("Nieuw"), w.act_open: self.tr("Openen"), w.act_save: self.tr("Opslaan"),
                 w.act_undo: self.tr("Terug"), w.act_redo: self.tr("Opnieuw"), w.act_docx: self.tr("Word"),
                 w.act_xlsx: self.tr("Excel"), w.act_batch: self.tr("Per doelgroep")}
        for action, label in short.items():
            action.setIconText(label)

    def _init_menus(self, w) -> None:
        bar = w.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        for action in (w.act_new, w.act_open):
            file_menu.addAction(action)
        w.recent_menu = file_menu.addMenu(self.tr("&Recente bestanden"))
        w.recent_menu.aboutToShow.connect(lambda: w.files.fill_recent(w.recent_menu))
        file_menu.addSeparator()
        for action in (w.act_save, w.act_save_as, w.act_duplicate):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (w.act_docx, w.act_xlsx, w.act_batch, w.act_report, w.act_import):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(w.act_audiences)
        file_menu.addAction(w.act_prefs)
        file_menu.addAction(w.act_quit)
        edit = bar.addMenu(self.tr("Be&werken"))
        for action in (w.act_undo, w.act_redo, None, w.act_find, None, w.act_up, w.act_down, w.act_remove):
            edit.addSeparator() if action is None else edit.addAction(action)
        w.toolbar = w.addToolBar(self.tr("Werkbalk"))
        w.toolbar.setObjectName("main_toolbar")
        w.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (w.act_new, w.act_open, w.act_save, None, w.act_undo, w.act_redo, None,
                       w.act_docx, w.act_xlsx, w.act_batch):
            w.toolbar.addSeparator() if action is None else w.toolbar.addAction(action)
        w.view_menu = ViewMenu(w)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(w.act_about)
