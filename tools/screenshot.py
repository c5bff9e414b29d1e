"""Take screenshots of the main window with the demo pack, for docs/ and README.md.

Run under a real X server, e.g.:  xvfb-run -s "-screen 0 1366x768x24" python tools/screenshot.py [nl|en]
The window fills the screen as the editor places it; a screen other than 1366 px wide gives
docs/screenshot-WIDTHxHEIGHT.png (the laptop layout: preview as a tab).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from g40desk.core.agenda.catalogue import load_catalogue
from g40desk.core.audience.store import load_audiences
from g40desk.core.pack.demo import demo_pack
from g40desk.core.pack.storage import save_pack
from g40desk.gui.main_window import MainWindow
from g40desk.gui.support.settings import Settings, install_translators

OUT = Path(__file__).resolve().parent.parent / "docs"


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "nl"
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    install_translators(app, language)
    window = MainWindow(load_catalogue(), load_audiences(), settings)
    pack_path = folder / "overleg-bzk-zwolle.g40pack"
    save_pack(demo_pack(), pack_path)
    window.open_path(pack_path)
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
    screen = app.primaryScreen().availableGeometry()
    window.setGeometry(screen)
    window.show()
    window.search.setText("woning")
    window.outline.setCurrentIndex(window.outline_model.index(2))

    def shoot():
        name = "screenshot-main.png" if language == "nl" else f"screenshot-main-{language}.png"
        if screen.width() != 1366:
            name = f"screenshot-{screen.width()}x{screen.height()}.png"
        window.grab().save(str(OUT / name))
        app.quit()

    QTimer.singleShot(1200, shoot)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
