"""Helper for test_recovery: the real editor, started as `g40desk` starts it (g40desk.app.run).

    python app_process.py type PACK TEXT   opens PACK, types TEXT into the first demand's
                                           context field, prints "typed", and keeps running
    python app_process.py abort PACK TEXT  the same, then aborts natively (as PySide6 6.12 made
                                           Python 3.11 do) once the journal holds TEXT
    python app_process.py restart [PACK]   starts again (opening PACK); every question or message
                                           box is answered "Yes" (a choice: its first answer) and
                                           printed as a JSON line; then prints the window's state
                                           and the open pack's contexts, and quits

The test points G40DESK_DATA_DIR and XDG_CONFIG_HOME at temporary folders.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from g40desk.app import run
from g40desk.gui.main_window import MainWindow
from g40desk.gui.support import notify


def main_window() -> MainWindow:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))


def type_text(text: str) -> None:
    window = main_window()
    refs = window.doc.pack.refs()
    window.outline.setCurrentIndex(window.outline_model.item_index(refs.index(next(r for r in refs if r.startswith("demand:")))))
    field = window.item_editor.context
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    QTest.keyClicks(field, text)
    print("typed", flush=True)


def abort_once_journaled(text: str) -> None:
    """A condition, not a delay: on a busy machine the journal may take longer than its 0.7 s."""
    file = main_window().autosaver.file
    if file.exists() and text in file.read_text(encoding="utf-8"):
        os.abort()
    QTimer.singleShot(20, lambda: abort_once_journaled(text))


def report_and_quit() -> None:
    window = main_window()
    print(json.dumps({"contexts": [i.context for i in window.doc.pack.items if i.context],
                      "modified": window.doc.modified, "shown": window.isVisible(), "title": window.doc.pack.title,
                      "path": str(window.doc.path) if window.doc.path else None,
                      "read_only": window.doc.read_only}), flush=True)
    window.doc.undo_stack.setClean()
    QApplication.quit()


def answer(kind: str):
    def show(_parent, title, text, *args, **kwargs):
        print(json.dumps({kind: title, "text": text}), flush=True)
        return notify.Button.Yes
    return show


def first_choice(_parent, title, text, choices, default: int = 0) -> int:
    """notify.choose: its first named answer."""
    print(json.dumps({"choice": title, "text": text, "answers": [label for label, _ in choices]}), flush=True)
    return 0


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    if sys.argv[1] in ("type", "abort"):
        then = (lambda: abort_once_journaled(sys.argv[3])) if sys.argv[1] == "abort" else (lambda: None)
        QTimer.singleShot(0, lambda: (type_text(sys.argv[3]), then()))
        sys.exit(run(Path(sys.argv[2])))
    # Every dialog goes through gui/support/notify.py: answered here, as tests/gui/user.py does in-process.
    notify.ask = answer("question")
    notify.inform = answer("information")
    notify.warn = answer("warning")
    notify.fatal = lambda title, text: answer("critical")(None, title, text)
    notify.choose = first_choice
    QTimer.singleShot(0, report_and_quit)
    sys.exit(run(Path(sys.argv[2]) if len(sys.argv) > 2 else None))
