"""Helper for test_stress: the real editor with a pack open, typed into and flooded with signals.

Run as its own process so a native abort (as with PySide6 6.12 on Python 3.11) shows up as an
exit status instead of killing the test run. Prints JSON lines: first the reference-count
probe, then what was typed, then "done". Exits 0 only if everything ran.

    python stress_process.py WORKDIR CHARACTERS EMISSIONS
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from g40desk.core.agenda.catalogue import load_catalogue
from g40desk.core.audience.store import load_audiences
from g40desk.core.pack.demo import demo_pack
from g40desk.core.pack.storage import save_pack
from g40desk.gui.main_window import MainWindow
from g40desk.gui.support.settings import Settings

SINGLETONS = {"True": True, "False": False, "None": None}


class Emitter(QObject):
    """One signal of each signature the editor's own classes declare."""

    no_args = Signal()  # PackDocument.changed
    text = Signal(str)  # PackDocument.item_changed
    flag = Signal(bool)  # QUndoStack.cleanChanged
    number = Signal(int)  # QUndoStack.indexChanged
    pair = Signal(int, int)  # OutlineModel.move_requested
    toggle = Signal(list, bool)  # CatalogueModel.toggle_requested
    result = Signal(object)  # gui/jobs.Job finished


def emit_all(emitter: Emitter, count: int) -> int:
    """Emit *count* signals, cycling through every signature; returns how many were emitted."""
    calls = (emitter.no_args.emit, lambda: emitter.text.emit("demand:wonen-1"), lambda: emitter.flag.emit(True),
             lambda: emitter.flag.emit(False), lambda: emitter.number.emit(7), lambda: emitter.pair.emit(1, 2),
             lambda: emitter.toggle.emit(["demand:wonen-1"], True), lambda: emitter.result.emit([]))
    for n in range(count):
        calls[n % len(calls)]()
    return count


def refcounts() -> dict[str, int]:
    return {name: sys.getrefcount(obj) for name, obj in SINGLETONS.items()}


def main() -> int:
    work, characters, emissions = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    app = QApplication(sys.argv[:1])
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(load_catalogue(), load_audiences(), settings)
    window.show()
    pack_path = work / "stress.g40pack"
    save_pack(demo_pack(), pack_path)
    assert window.open_path(pack_path)

    emitter = Emitter()
    received = []
    for signal in (emitter.no_args, emitter.text, emitter.flag, emitter.number, emitter.pair, emitter.toggle,
                   emitter.result):
        signal.connect(lambda *args: received.append(len(args)))
    emitter.flag.connect(window.doc.undo_stack.cleanChanged)  # through a signal-to-signal connection too

    # Probe first, while the process can still report: a binding that drops one reference per
    # emission loses ~1,000 here; the interpreter would abort long before the flood below ends.
    probe = 1000
    app.processEvents()
    before = refcounts()
    emit_all(emitter, probe)
    window.doc.changed.emit()
    after = refcounts()
    print(json.dumps({"probe": probe, "lost": {k: before[k] - after[k] for k in before}}), flush=True)

    # Type into every text field of the item editor, through real key events.
    editor = window.item_editor
    fields = [("context", editor.context), ("text", editor.text), ("points", editor.points), ("note", editor.note)]
    typed = {name: "" for name, _ in fields}
    sentence = "Zwolle bouwt 10.000 woningen; {stad} vraagt 40 mln. "  # QTest types ASCII only
    items = [i for i, item in enumerate(window.doc.pack.items) if item.ref.startswith("demand:")]
    done = 0
    row = 0
    while done < characters:
        window.outline.setCurrentIndex(window.outline_model.item_index(items[row % len(items)]))
        row += 1
        for name, field in fields:
            field.setFocus()
            field.moveCursor(field.textCursor().MoveOperation.End)
            chunk = sentence * 2
            QTest.keyClicks(field, chunk)
            typed[name] = chunk
            done += len(chunk)
            app.processEvents()
    item = window.doc.pack.item(editor.ref)
    arrived = {"context": typed["context"] in (item.context or ""), "text": typed["text"] in (item.text or ""),
               "note": typed["note"] in (item.note or ""),
               "points": typed["points"].strip() in "\n".join(item.talking_points)}
    print(json.dumps({"typed": done, "arrived": arrived, "undo_steps": window.doc.undo_stack.count()}), flush=True)

    # The flood: signals of every kind the app uses, plus the document's own.
    emitted = emit_all(emitter, emissions - 2000)
    for _ in range(1000):
        window.doc.changed.emit()
        window.doc.item_changed.emit("theme:wonen")
    emitted += 2000
    app.processEvents()
    print(json.dumps({"emitted": emitted, "received": len(received)}), flush=True)

    window.doc.undo_stack.setClean()
    window.close()
    app.processEvents()
    print(json.dumps({"done": True}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
