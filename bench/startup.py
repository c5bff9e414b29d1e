"""Start-up probes, each run as a whole process by bench/run.py.

  python bench/startup.py bare   a bare PySide6 window with a tree and a text editor
  python bench/startup.py app    g40desk's main window with the catalogue and the demo pack
  python bench/startup.py full   g40desk with the full-agenda pack open and previewed (memory)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextEdit, QTreeWidget

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    splitter = QSplitter()
    splitter.addWidget(QTreeWidget())
    splitter.addWidget(QTextEdit())
    window.setCentralWidget(splitter)
    window.show()
    QTimer.singleShot(0, app.quit)
    app.exec()


def app(full: bool) -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from g40desk.core.audiences import load_audiences
    from g40desk.core.catalogue import load_catalogue
    from g40desk.core.demo import demo_pack
    from g40desk.core.storage import save_pack
    from g40desk.gui.main_window import MainWindow
    from g40desk.gui.settings import Settings

    qt = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    catalogue, audiences = load_catalogue(), load_audiences()
    window = MainWindow(catalogue, audiences, Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)))
    if full:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from bench.fixtures import full_agenda_pack
        pack = full_agenda_pack(catalogue)
    else:
        pack = demo_pack()
    path = folder / "pack.g40pack"
    save_pack(pack, path)
    window.open_path(path)
    window.show()
    if full:
        window.preview.refresh()
    QTimer.singleShot(0, qt.quit)
    qt.exec()


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "app"
    bare() if which == "bare" else app(full=which == "full")
