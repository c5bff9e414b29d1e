"""The Overleg menu: Na het overleg (the outcome tab beside Onderdeel and Pakket) and Stand van zaken."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from g40desk.gui.controllers.navigation import bring_into_view
from g40desk.gui.models.catalogue_model import ID_ROLE
from g40desk.gui.panels.outcome_panel import OutcomePanel
from g40desk.gui.support import layout, notify


class AfterMeeting(QObject):
    """Builds the outcome tab and the Overleg menu, and keeps the tab on the outline's ask."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.panel = OutcomePanel(window.doc)
        self.page = layout.PanelScroll(self.panel)
        window.tabs.insertTab(2, self.page, self.tr("Na het overleg"))  # no mnemonic: each letter is taken
        window.outline.selectionModel().currentChanged.connect(
            lambda current, _previous: self.panel.show_item(current.data(ID_ROLE) if current.isValid() else None))
        self.panel.ask_requested.connect(window.select_item)
        self.act_after = QAction(self.tr("&Na het overleg"), window)
        self.act_after.setObjectName("after_meeting")
        self.act_after.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.act_after.setToolTip(self.tr("Per vraag de uitkomst vastleggen, één vraag na de andere (PageDown)"))
        self.act_after.triggered.connect(self.show)
        self.act_standings = QAction(self.tr("&Stand van zaken…"), window)
        self.act_standings.setObjectName("standings")
        self.act_standings.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.act_standings.triggered.connect(self.standings)
        menu = QMenu(self.tr("Overleg"), window.menuBar())  # no mnemonic, as the Agenda menu
        menu.setObjectName("meeting_menu")
        menu.addAction(self.act_after)
        menu.addAction(self.act_standings)
        existing = window.menuBar().actions()
        if existing:  # before the last menu (Help)
            window.menuBar().insertMenu(existing[-1], menu)
        else:
            window.menuBar().addMenu(menu)

    def show(self) -> None:
        """The outcome tab, on the outline's ask (or the first ask), the keyboard on its outcome."""
        w = self.window
        w.show_workspace()
        w.tabs.setCurrentWidget(self.page)
        if self.panel.ref not in self.panel.asks():
            asks = self.panel.asks()
            if asks:
                w.select_item(asks[0])
                self.panel.show_item(asks[0])
        self.panel.focus_first()
        focused = w.focusWidget()
        if focused is not None and self.page.isAncestorOf(focused):
            bring_into_view(focused)

    def standings(self) -> None:
        from g40desk.gui.dialogs.standings import StandingsDialog  # built on first use

        w = self.window
        if not w.doc.pack.audiences:
            w.notifier.warn(self.tr("Stand van zaken"), self.tr(
                "Het pakket heeft nog geen doelgroep. Voeg er op het tabblad Pakket een toe; de stand van zaken "
                "is die van de doelgroepen van het pakket."))
            return
        notify.run_dialog(StandingsDialog(w.doc, w.settings, w))
