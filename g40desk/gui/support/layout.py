"""Fit the window to the screen it is on, and fold panels into tabs when the window is narrow.

Widths are Qt's device-independent pixels, so 1366 px at 150 % is 910 wide here.
Wide: catalogue | outline | item editor | preview. Medium: the preview becomes a tab beside
the item editor. Narrow: the catalogue also becomes a tab, beside the pack's outline, so the
item editor keeps at least half the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QScrollArea, QTabWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from g40desk.gui.support.settings import Settings

WIDE = 1180
NARROW = 860
PREFERRED = QSize(1400, 860)
FRAME = QSize(16, 48)  # room for the window manager's border and title bar


def mode_for(width: int) -> str:
    return "wide" if width >= WIDE else "medium" if width >= NARROW else "narrow"


def screen_key(screen) -> str:
    """What a saved geometry depends on: the screen's usable size at its scale."""
    available = screen.availableGeometry()
    return f"{available.width()}x{available.height()}@{screen.devicePixelRatio():g}"


def first_geometry(available: QRect) -> tuple[QRect, bool]:
    """A window that fits *available* (the screen minus panels); True: maximise it instead."""
    width = min(PREFERRED.width(), available.width() - FRAME.width())
    height = min(PREFERRED.height(), available.height() - FRAME.height())
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    small = available.width() < PREFERRED.width() + 60 or available.height() < PREFERRED.height() + 60
    return rect, small


def place_window(window: QMainWindow, settings: Settings) -> None:
    """Reuse the saved geometry only on the same screen at the same scale, and only if it fits."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    saved = settings.get("window/geometry")
    if saved and not saved.isEmpty() and settings.get("window/screen") == screen_key(screen):
        if window.restoreGeometry(saved) and available.contains(window.geometry()):
            return
    rect, maximise = first_geometry(available)
    window.setGeometry(rect)
    if maximise:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def fit_dialog(dialog, width: int, height: int) -> None:
    """Open *dialog* at its preferred size, or smaller where the screen is smaller.

    The room is the available area of the screen its parent is on, less a window manager's
    frame; Qt then centres the dialog over its parent inside that area. A dialog whose layout
    cannot shrink that far is a layout to fix (tools/tour.py shows it).
    """
    parent = dialog.parentWidget()
    screen = (parent.screen() if parent is not None else dialog.screen()) or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    dialog.resize(min(width, available.width() - FRAME.width()), min(height, available.height() - FRAME.height()))


def remember_window(window: QMainWindow, settings: Settings) -> None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    settings.set("window/geometry", window.saveGeometry())
    settings.set("window/screen", screen_key(screen))


class PanelScroll(QScrollArea):
    """A panel that scrolls vertically only: it asks for its panel's minimum width (plus the
    scroll bar), so the splitter never makes it narrower and nothing is cut off at the side."""

    def __init__(self, panel: QWidget, parent=None):
        super().__init__(parent)
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        width = self.widget().minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), width), hint.height())


class PanelLayout(QObject):
    """Moves the preview and the catalogue between their own places and tabs as the width changes."""

    mode_changed = Signal(str)

    def __init__(self, window: QMainWindow, catalogue_dock, catalogue_panel, left_tabs: QTabWidget, tabs: QTabWidget,
                 preview: QWidget, splitter, parent=None):
        super().__init__(parent or window)
        self.window, self.dock, self.catalogue = window, catalogue_dock, catalogue_panel
        self.left_tabs, self.tabs, self.preview, self.splitter = left_tabs, tabs, preview, splitter
        self.dock_body = QWidget()
        QVBoxLayout(self.dock_body).setContentsMargins(0, 0, 0, 0)
        self.dock_body.layout().addWidget(self.catalogue)
        self.dock.setWidget(self.dock_body)
        self.mode = "wide"
        self.preview_wanted = True
        self.catalogue_wanted = True
        self._sync_tab_bar()

    def update_for(self, width: int) -> None:
        mode = mode_for(width)
        if mode != self.mode:
            self.apply(mode)

    def apply(self, mode: str, balance: bool = True) -> None:
        self.mode = mode
        self._place_preview(in_tabs=mode != "wide")
        self._place_catalogue(in_tabs=mode == "narrow")
        self._sync_tab_bar()
        if balance:
            QTimer.singleShot(0, self._balance)  # once the window has laid out at its new width
        self.mode_changed.emit(mode)

    def _balance(self) -> None:
        """The item editor gets the largest share of whatever width there is."""
        shares = (27, 38, 35) if self.splitter.indexOf(self.preview) >= 0 else (38, 62)
        total = sum(self.splitter.sizes())
        self.splitter.setSizes([total * share // 100 for share in shares])

    def _place_preview(self, in_tabs: bool) -> None:
        index = self.tabs.indexOf(self.preview)
        if in_tabs and index < 0:
            current = self.tabs.currentWidget()
            self.tabs.addTab(self.preview, self.tr("&Voorbeeld"))
            self.tabs.setCurrentWidget(current)
            self.preview.show()
        elif not in_tabs and index >= 0:
            self.tabs.removeTab(index)
            self.splitter.addWidget(self.preview)
            self.preview.setVisible(self.preview_wanted)

    def _place_catalogue(self, in_tabs: bool) -> None:
        index = self.left_tabs.indexOf(self.catalogue)
        if in_tabs and index < 0:
            self.left_tabs.insertTab(0, self.catalogue, self.tr("Catalogus"))
            self.left_tabs.setCurrentIndex(1)
            self.catalogue.show()
            self.dock.hide()
        elif not in_tabs and index >= 0:
            self.left_tabs.removeTab(index)
            self.dock_body.layout().addWidget(self.catalogue)
            self.catalogue.show()
            self.dock.setVisible(self.catalogue_wanted)

    def _sync_tab_bar(self) -> None:
        self.left_tabs.tabBar().setVisible(self.left_tabs.count() > 1)

    # -- what the View menu asks for --------------------------------------------
    def show_catalogue(self) -> None:
        self.catalogue_wanted = True
        if self.left_tabs.indexOf(self.catalogue) >= 0:
            self.left_tabs.setCurrentWidget(self.catalogue)
        else:
            self.dock.show()
            self.dock.raise_()

    def set_preview_visible(self, visible: bool) -> None:
        self.preview_wanted = visible
        if self.tabs.indexOf(self.preview) >= 0:
            if visible:
                self.tabs.setCurrentWidget(self.preview)
        else:
            self.preview.setVisible(visible)

    def show_preview(self) -> None:
        self.set_preview_visible(True)

    def show_outline(self, outline: QWidget) -> None:
        self.left_tabs.setCurrentWidget(outline)
