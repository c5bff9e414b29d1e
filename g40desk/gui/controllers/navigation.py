"""Ctrl+1 … Ctrl+5 and Ctrl+F: to a panel from anywhere, with the field that gets the keyboard in view."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QScrollArea

from g40desk.gui.models.catalogue_model import ID_ROLE


def bring_into_view(widget) -> None:
    """Scroll every scroll area around *widget* so it can be seen (after the layout settles)."""
    def scroll() -> None:
        parent = widget.parentWidget()
        while parent is not None:
            area = parent.parentWidget().parentWidget() if parent.parentWidget() is not None else None
            if isinstance(area, QScrollArea) and area.widget() is parent:
                area.ensureWidgetVisible(widget, 10, 10)
            parent = parent.parentWidget()

    scroll()
    QTimer.singleShot(0, widget, scroll)  # not after the widget is gone


class Navigator(QObject):
    """The window's jumps; each shows its panel, puts the keyboard there and brings the field into view."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.w = window

    def _show_catalogue(self) -> None:
        w = self.w
        if w.panel_layout.mode == "narrow":  # the catalogue is a tab of the workspace
            w.show_workspace()
        w.panel_layout.show_catalogue()

    def focus_search(self) -> None:
        self._show_catalogue()
        self.w.catalogue_panel.focus_search()

    def focus_catalogue(self) -> None:
        self._show_catalogue()
        self.w.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.w.tree.currentIndex().isValid():
            self.w.tree.scrollTo(self.w.tree.currentIndex())

    def focus_outline(self) -> None:
        w = self.w
        w.show_workspace()
        w.panel_layout.show_outline(w.outline_page)
        w.outline.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not w.outline.currentIndex().data(ID_ROLE) and w.doc.pack.items:
            w.outline.setCurrentIndex(w.outline_model.item_index(0))
        if w.outline.currentIndex().isValid():
            w.outline.scrollTo(w.outline.currentIndex())

    def focus_item_editor(self) -> None:
        w = self.w
        w.show_workspace()
        w.tabs.setCurrentWidget(w.item_page)
        w.item_editor.focus_first()
        self._follow(w.item_page)

    def focus_pack_panel(self) -> None:
        w = self.w
        w.show_workspace()
        w.tabs.setCurrentWidget(w.pack_page)
        w.pack_panel.title.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._follow(w.pack_page)

    def focus_preview(self) -> None:
        w = self.w
        w.show_workspace()
        w.act_show_preview.setChecked(True)
        w.panel_layout.show_preview()
        w.preview.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _follow(self, page) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and page.isAncestorOf(focused):
            bring_into_view(focused)
