"""Helper for test_quit: the real editor (g40desk.app.run) quits at an awkward moment.

    python quit_process.py export PACK OUT     Ctrl+Q while the Excel matrix is being written
    python quit_process.py modal PACK OUT      QApplication.quit (as at logout) while the
                                               preferences dialog is open, with unsaved work
    python quit_process.py undo-import PACK OUT  a matrix import of the whole agenda, undone, then quit

Questions are answered "Discard" (close without saving) and printed. Prints "quitting" just
before the quit; the test asserts the exit status is 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from g40desk.app import run
from g40desk.gui.main_window import MainWindow
from g40desk.gui.support import notify

scenario, pack_path, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])


def window() -> MainWindow:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))


def discard(_parent, title, text, *args, **kwargs):
    print(f"asked: {title}", flush=True)
    return notify.Button.Discard


def quit_during_export() -> None:
    win = window()
    win.exports.export_xlsx()
    assert win.exports.busy
    print("quitting", flush=True)
    win.act_quit.trigger()


def quit_with_modal_dialog() -> None:
    win = window()
    win.set_in_pack(["demand:mobiliteit-4"], True)  # unsaved work

    def end_session() -> None:
        assert isinstance(QApplication.activeModalWidget(), QDialog)
        print("quitting", flush=True)
        QApplication.quit()

    QTimer.singleShot(300, end_session)
    win.preferences()  # modal: runs its own event loop until the quit ends it


def quit_after_undoing_a_large_import() -> None:
    win = window()
    catalogue = win.doc.catalogue
    from g40desk.core.agenda.catalogue import PICKABLE
    from g40desk.core.pack.model import Item

    items = [Item(ref=e.id, context="Geïmporteerd " * 40) for e in catalogue.walk() if e.kind in PICKABLE]
    win.doc.replace_items(items, "matrix importeren")
    win.outline.setCurrentIndex(win.outline_model.item_index(len(items) - 1))
    win.act_undo.trigger()
    print("quitting", flush=True)
    win.act_quit.trigger()


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    notify.ask = discard  # every dialog goes through gui/support/notify.py
    notify.save_file = lambda *a, **k: str(out)
    action = {"export": quit_during_export, "modal": quit_with_modal_dialog,
              "undo-import": quit_after_undoing_a_large_import}[scenario]
    QTimer.singleShot(0, action)
    status = run(pack_path)
    print(f"exited {status}", flush=True)
    sys.exit(status)
