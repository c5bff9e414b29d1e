"""Start-up probes, each run as a whole process by bench/run.py.

  python bench/startup.py bare   a bare PySide6 window with a tree and a text editor
  python bench/startup.py floor  the same, after importing pydantic and validating one small model
  python bench/startup.py full   g40desk with the full-agenda pack open and previewed (memory)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def bare(with_pydantic: bool = False) -> None:
    """With G40DESK_SHOWN_STAMP set, writes time.time() at the window's first paint, as the editor
    does (g40desk/gui/support/first_paint.py; not imported from there: the baseline must not load g40desk)."""
    import os
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextEdit, QTreeWidget

    if with_pydantic:  # what any start that validates a file with pydantic pays at least
        from pydantic import BaseModel

        class Small(BaseModel):
            title: str
            items: list[str] = []

        Small.model_validate({"title": "x", "items": ["a"]})

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                app.removeEventFilter(self)
                if os.environ.get("G40DESK_SHOWN_STAMP"):
                    with open(os.environ["G40DESK_SHOWN_STAMP"], "w", encoding="utf-8") as out:
                        out.write(repr(time.time()))
                QTimer.singleShot(0, app.quit)
            return False

    app = QApplication(sys.argv[:1])
    first_paint = FirstPaint()
    app.installEventFilter(first_paint)
    window = QMainWindow()
    splitter = QSplitter()
    splitter.addWidget(QTreeWidget())
    splitter.addWidget(QTextEdit())
    window.setCentralWidget(splitter)
    window.show()
    app.exec()


def full() -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.fixtures import full_agenda_pack
    from g40desk.core.agenda.catalogue import load_catalogue
    from g40desk.core.audience.store import load_audiences
    from g40desk.core.pack.storage import save_pack
    from g40desk.gui.main_window import MainWindow
    from g40desk.gui.support.settings import Settings

    qt = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    catalogue, audiences = load_catalogue(), load_audiences()
    window = MainWindow(catalogue, audiences, Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)))
    path = folder / "pack.g40pack"
    save_pack(full_agenda_pack(catalogue), path)
    window.open_path(path)
    window.show()
    window.preview.refresh()
    QTimer.singleShot(0, qt.quit)
    qt.exec()


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "bare"
    if which in ("bare", "floor"):
        bare(with_pydantic=which == "floor")
    elif which == "full":
        full()
    else:
        raise SystemExit(f"unknown probe {which!r}: bare, floor or full")
