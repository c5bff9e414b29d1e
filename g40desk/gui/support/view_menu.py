"""The View menu: show every panel again, and keys that jump to each panel from anywhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


class ViewMenu(QObject):
    """Adds "Beeld" to the window's menu bar; ``actions`` holds every action it made."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.menu = window.menuBar().addMenu(self.tr("Bee&ld"))
        self.menu.setObjectName("view_menu")
        self.actions: list[QAction] = []
        self._build(window, window.panel_layout)

    def _action(self, text: str, slot, shortcut: str | None = None, name: str = "") -> QAction:
        act = QAction(text, self.window)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        self.menu.addAction(act)
        self.actions.append(act)
        return act

    def _build(self, window: QMainWindow, layout) -> None:
        action, menu = self._action, self.menu

        nav = window.nav
        action(self.tr("&Catalogus"), nav.focus_search,
                None, "view_catalogue")
        window.act_show_preview = action(self.tr("&Voorbeeld"), lambda checked: layout.set_preview_visible(checked), None,
                                         "view_preview")
        window.act_show_preview.setCheckable(True)
        window.act_show_preview.setChecked(True)
        toolbar = window.toolbar.toggleViewAction()
        toolbar.setText(self.tr("&Werkbalk"))
        menu.addAction(toolbar)
        menu.addSeparator()
        jumps = [
            action(self.tr("Naar de ca&talogus"), nav.focus_catalogue, "Ctrl+1", "goto_catalogue"),
            action(self.tr("Naar de &inhoud van het pakket"), nav.focus_outline, "Ctrl+2", "goto_outline"),
            action(self.tr("Naar het &onderdeel"), nav.focus_item_editor, "Ctrl+3", "goto_item"),
            action(self.tr("Naar de &pakketgegevens"), nav.focus_pack_panel, "Ctrl+4", "goto_pack"),
            action(self.tr("Naar het voo&rbeeld"), nav.focus_preview, "Ctrl+5", "goto_preview"),
        ]
        menu.addSeparator()
        action(self.tr("&Startpagina"), window.show_start_page, None, "start_page")
        restore = action(self.tr("&Alle panelen tonen"), window.show_all_panels, None, "show_all_panels")
        restore.setToolTip(self.tr("Catalogus, voorbeeld en werkbalk weer tonen"))
        self.jumps = jumps
