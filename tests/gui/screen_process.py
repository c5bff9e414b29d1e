"""Helper for test_layout: starts the editor on a screen of a given size and scale, prints measurements.

    python screen_process.py SETTINGS.ini   (screen from QT_QPA_PLATFORM=offscreen:configfile=…, QT_SCALE_FACTOR)
"""

import json
import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from g40desk.core.agenda.catalogue import load_catalogue
from g40desk.core.audience.store import load_audiences
from g40desk.gui.main_window import MainWindow
from g40desk.gui.support.settings import Settings, install_translators

app = QApplication(sys.argv[:1])
install_translators(app, "nl")
settings = Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window = MainWindow(load_catalogue(), load_audiences(), settings)
window.show()
window.set_in_pack(["demand:wonen-1"], True)
window.outline.setCurrentIndex(window.outline_model.item_index(0))


def measure():
    screen = window.screen()
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    editor = window.item_editor.text
    print(json.dumps({
        "available": [available.x(), available.y(), available.width(), available.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "dpr": screen.devicePixelRatio(),
        "mode": window.panel_layout.mode,
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "tabs_width": window.tabs.width(),
        "editor_text_visible": editor.isVisible() and editor.visibleRegion().boundingRect().height() > 20,
        "preview_in_tabs": window.tabs.indexOf(window.preview) >= 0,
        "catalogue_in_tabs": window.left_tabs.indexOf(window.catalogue_panel) >= 0,
    }), flush=True)
    window.doc.undo_stack.setClean()
    app.quit()


QTimer.singleShot(300, measure)
app.exec()
