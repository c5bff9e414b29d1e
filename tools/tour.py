"""Open every window and dialog of the editor on this display, photograph each and record whether it fits.

    python tools/tour.py --out DIR

The screen is the display's (Xvfb with a window manager, a real desktop, or
QT_QPA_PLATFORM=offscreen:configfile=…); the scale comes from QT_SCALE_FACTOR. The dialogs are
found in the code, not listed here: every QDialog subclass in g40desk/gui, so a new dialog
cannot be missed (one this script cannot open makes it fail, naming the class). Besides
those: the main window (start page, the Pakket tab) and Qt's own boxes the app uses
(message, question, input, file dialogs).

Written: DIR/NN-Name.png for each, and DIR/tour.json: a list of objects with "class", "frame"
and "available" ([x, y, width, height]: the window's frame and its screen's available area,
in device-independent pixels), "buttons_visible" (every visible button inside the window and
the screen) and, for the main window, "pack_tab_horizontal_scrollbar".
The user's own folders are never touched: settings and data live in a temporary folder.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import pkgutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def dialog_classes() -> list[type]:
    """Every QDialog subclass defined in g40desk.gui, by walking the package."""
    from PySide6.QtWidgets import QDialog

    import g40desk.gui

    found = {}
    for module in pkgutil.walk_packages(g40desk.gui.__path__, "g40desk.gui."):
        loaded = importlib.import_module(module.name)
        for _name, cls in inspect.getmembers(loaded, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == loaded.__name__:
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return [found[key] for key in sorted(found)]


def _scrolled(widget, window) -> bool:
    """True for a widget inside a scroll area of *window*: it is reached by scrolling."""
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


class Tour:
    def __init__(self, out: Path, folder: Path):
        from PySide6.QtCore import QSettings

        from g40desk.core.agenda.catalogue import load_catalogue
        from g40desk.core.audience.store import load_audiences
        from g40desk.gui.main_window import MainWindow
        from g40desk.gui.support.settings import Settings

        self.out, self.folder = out, folder
        self.settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        self.catalogue, self.audiences = load_catalogue(), load_audiences()
        self.window = MainWindow(self.catalogue, self.audiences, self.settings)
        self.results: list[dict] = []

    # -- measuring ---------------------------------------------------------------------
    def settle(self, ms: int = 350) -> None:
        """Let the window manager place and paint the window."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def record(self, name: str, widget, **extra) -> dict:
        from PySide6.QtWidgets import QAbstractButton, QApplication

        self.settle()
        screen = widget.screen() or QApplication.primaryScreen()
        available, frame, inner = screen.availableGeometry(), widget.frameGeometry(), widget.geometry()
        hidden = []
        for button in widget.findChildren(QAbstractButton):
            if not button.isVisibleTo(widget) or button.window() is not widget or _scrolled(button, widget):
                continue
            rect = button.rect().translated(button.mapTo(widget, button.rect().topLeft()))
            on_screen = rect.translated(inner.topLeft())
            if not (widget.rect().contains(rect) and available.contains(on_screen)):
                hidden.append(button.text() or button.toolTip() or button.objectName())
        entry = {"class": name, "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                 "available": [available.x(), available.y(), available.width(), available.height()],
                 "buttons_visible": not hidden, "buttons_outside": hidden, **extra}
        picture = self.out / f"{len(self.results) + 1:02d}-{name}.png"
        shot = screen.grabWindow(0)
        if shot.isNull() or QApplication.platformName() == "offscreen":
            shot = widget.grab()  # no screen to photograph: the window itself
        shot.save(str(picture))
        entry["screenshot"] = picture.name
        self.results.append(entry)
        return entry

    def show_and_record(self, name: str, dialog) -> None:
        dialog.show()
        dialog.activateWindow()
        self.record(name, dialog)
        dialog.reject() if hasattr(dialog, "reject") else dialog.close()
        dialog.deleteLater()

    def modal(self, name: str, opener) -> None:
        """Run *opener*, which opens a modal box; record the box, then close it."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        def measure() -> None:
            box = QApplication.activeModalWidget()
            if box is None:
                QTimer.singleShot(100, measure)
                return
            self.record(name, box)
            box.reject()

        QTimer.singleShot(100, measure)
        opener()

    # -- the tour ----------------------------------------------------------------------
    def run(self) -> list[str]:
        from g40desk.core.pack.demo import demo_pack

        window = self.window
        window.show()
        self.record("MainWindow-start", window)
        window.doc.replace(demo_pack(), None)
        window.show_workspace()
        window.outline.setCurrentIndex(window.outline_model.item_index(1))
        self.record("MainWindow", window)
        window.tabs.setCurrentWidget(window.pack_page)
        page = window.pack_page
        bar = page.horizontalScrollBar()
        self.settle()
        self.record("MainWindow-Pakket", window, pack_tab_horizontal_scrollbar=bar.isVisible() and bar.maximum() > 0,
                    pack_tab_cut=page.widget().width() > page.viewport().width())
        window.after.show()  # Na het overleg: the outcome tab on the first ask
        self.record("MainWindow-Na-het-overleg", window)
        window.tabs.setCurrentWidget(window.item_page)
        missing = []
        for cls in dialog_classes():
            build = BUILDERS.get(cls.__name__)
            if build is None:
                missing.append(f"{cls.__module__}.{cls.__name__}")
                continue
            self.show_and_record(cls.__name__, build(self))
        self.qt_boxes()
        return missing

    def qt_boxes(self) -> None:
        """Qt's own dialogs as the app opens them (notify.py, file dialogs)."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from g40desk.gui.support import notify

        window = self.window
        self.modal("QMessageBox-about", window.about)
        self.modal("QMessageBox-question", lambda: window.files.confirm_discard() if window.doc.modified else
                   notify.ask(window, "g40desk", window.tr("'%s' heeft wijzigingen die nog niet zijn opgeslagen. "
                                                           "Opslaan?") % window.doc.display_name,
                              QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                              | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save))
        self.modal("QInputDialog", lambda: notify.ask_text(window, "g40desk", "Naam van de gemeente:"))
        files = QFileDialog(window, "Pakket openen", str(self.folder))
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        self.show_and_record("QFileDialog", files)


def _agenda_editor(tour: Tour):
    from g40desk.core.agenda.library import AgendaLibrary
    from g40desk.gui.dialogs.agenda_editor import AgendaEditor

    return AgendaEditor(tour.catalogue, AgendaLibrary(shared=[], user_dir=tour.folder / "agendas"), tour.audiences,
                        tour.window)


def _choose_agenda(tour: Tour):
    from g40desk.core.agenda.library import AgendaLibrary
    from g40desk.gui.dialogs.agenda_dialogs import ChooseAgendaDialog

    return ChooseAgendaDialog(AgendaLibrary(shared=[], user_dir=tour.folder / "agendas"), tour.catalogue, tour.window)


def _import_review(tour: Tour):
    from g40desk.core.agenda.library import AgendaLibrary
    from g40desk.export.agenda_docx import write_agenda_docx
    from g40desk.gui.dialogs.agenda_dialogs import ImportReviewDialog
    from g40desk.importers.agenda import import_docx

    write_agenda_docx(tour.catalogue, tour.folder / "agenda.docx")
    return ImportReviewDialog(import_docx(tour.folder / "agenda.docx", tour.catalogue),
                              AgendaLibrary(shared=[], user_dir=tour.folder / "agendas"), tour.window)


def _own_entry(tour: Tour):
    from g40desk.gui.dialogs.agenda_dialogs import OwnEntryDialog

    return OwnEntryDialog(tour.catalogue, tour.audiences, set(), tour.window)


def _review(tour: Tour):
    from g40desk.core.agenda.review import Change, ChangeKind
    from g40desk.gui.dialogs.agenda_review_dialog import ReviewDialog

    wonen = tour.catalogue["demand:wonen-1"]
    changes = [Change(ChangeKind.CHANGED, wonen.id, wonen.label, old=wonen.full_text, new=wonen.full_text + " Nu."),
               Change(ChangeKind.OUTDATED, "demand:wonen-2", tour.catalogue["demand:wonen-2"].label,
                      reason="De verhuurderheffing is afgeschaft.")]
    return ReviewDialog(changes, "Het pakket is gemaakt met een eerdere versie van de agenda.", tour.window)


def _import_matrix(tour: Tour):
    from g40desk.core.pack.storage import save_pack
    from g40desk.export import pipeline
    from g40desk.gui.dialogs.import_dialog import ImportDialog
    from g40desk.importers.matrix import read_matrix

    doc = tour.window.doc
    save_pack(doc.pack, tour.folder / "demo.g40pack")
    path = tour.folder / "matrix.xlsx"
    pipeline.write_matrix(pipeline.check_matrix(doc.pack, doc.catalogue, doc.audiences), path)
    before = doc.pack.model_copy(deep=True)  # the matrix then brings the demo's priorities and statuses
    for item in before.items:
        item.priority = item.status = None
    return ImportDialog(read_matrix(path, before, doc.catalogue, doc.audiences), tour.window)


def _audiences(tour: Tour):
    from g40desk.gui.dialogs.audience_dialog import AudienceDialog

    return AudienceDialog(tour.audiences, path=tour.folder / "audiences.json", parent=tour.window)


def _lookback(tour):
    from g40desk.core.ledger.collect import Collection
    from g40desk.core.ledger.lookback import ask_labels, offers
    from g40desk.core.ledger.records import record_of
    from g40desk.core.pack.demo import demo_after_meeting
    from g40desk.core.pack.model import Pack
    from g40desk.gui.dialogs.lookback_dialog import LookbackDialog

    held = record_of(demo_after_meeting(), str(tour.folder / "voorjaar.g40pack"), 1)
    found = offers(Collection(records=[held]), Pack(audiences=["ministry:bzk"]), ask_labels(tour.catalogue))
    return LookbackDialog(found, {"ministry:bzk": tour.audiences["ministry:bzk"].display_name}, tour.window)


def _licences(tour: Tour):
    from g40desk.gui.dialogs.licences import LicencesDialog
    from g40desk.licences import notices_text

    return LicencesDialog(notices_text(), tour.window)


def _by_window(name: str):
    """Dialogs built from the open pack or the window's settings, as the window builds them."""
    def build(tour: Tour):
        module = {"DuplicateDialog": "duplicate_dialog", "PreferencesDialog": "preferences",
                  "NewPackDialog": "new_pack_dialog", "StandingsDialog": "standings"}[name]
        cls = getattr(importlib.import_module(f"g40desk.gui.dialogs.{module}"), name)
        window = tour.window
        arguments = {"doc": window.doc, "settings": window.settings, "catalogue": window.doc.agenda,
                     "audiences": window.doc.audiences, "base": window.blank_pack(), "parent": window}
        wanted = [p for p in inspect.signature(cls).parameters if p in arguments]
        return cls(**{p: arguments[p] for p in wanted})
    return build


BUILDERS = {
    "AgendaEditor": _agenda_editor, "ChooseAgendaDialog": _choose_agenda, "ImportReviewDialog": _import_review,
    "OwnEntryDialog": _own_entry, "ReviewDialog": _review, "ImportDialog": _import_matrix,
    "AudienceDialog": _audiences, "LookbackDialog": _lookback, "LicencesDialog": _licences, "DuplicateDialog": _by_window("DuplicateDialog"),
    "PreferencesDialog": _by_window("PreferencesDialog"), "NewPackDialog": _by_window("NewPackDialog"),
    "StandingsDialog": _by_window("StandingsDialog"),
}


def write_sheet(results: list[dict], folder: Path, target: Path, columns: int = 4, width: int = 256) -> None:
    """One small PNG with every screenshot of the tour, named, for docs/ (256 colours)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    shots = [(entry["class"], QImage(str(folder / entry["screenshot"]))) for entry in results]
    cell_h = max(int(width * image.height() / max(1, image.width())) for _, image in shots) + 22
    rows = (len(shots) + columns - 1) // columns
    sheet = QImage(columns * (width + 8) + 8, rows * (cell_h + 8) + 8, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#ffffff"))
    painter = QPainter(sheet)
    for number, (name, image) in enumerate(shots):
        x, y = 8 + (number % columns) * (width + 8), 8 + (number // columns) * (cell_h + 8)
        painter.drawText(QRect(x, y, width, 20), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
        scaled = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        painter.drawImage(x, y + 22, scaled)
        painter.setPen(QColor("#999999"))
        painter.drawRect(x, y + 22, scaled.width() - 1, scaled.height() - 1)
        painter.setPen(QColor("#000000"))
    painter.end()
    sheet.convertToFormat(QImage.Format.Format_Indexed8).save(str(target))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the screenshots and tour.json")
    parser.add_argument("--sheet", type=Path, help="also one small PNG with all screenshots (for docs/)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="g40desk-tour-"))
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "APPDATA", "LOCALAPPDATA", "G40DESK_DATA_DIR"):
        os.environ[variable] = str(folder / variable.lower())  # never the user's own folders

    from PySide6.QtWidgets import QApplication

    from g40desk.gui.support.settings import install_translators

    app = QApplication(sys.argv[:1])
    install_translators(app, "nl")
    tour = Tour(args.out, folder)
    missing = tour.run()
    if args.sheet:
        write_sheet(tour.results, args.out, args.sheet)
    (args.out / "tour.json").write_text(json.dumps(tour.results, indent=1, ensure_ascii=False), encoding="utf-8")
    for name in missing:
        print(f"tools/tour.py kan {name} niet openen: voeg het toe aan BUILDERS in tools/tour.py", file=sys.stderr)
    for entry in tour.results:
        x, y, w, h = entry["frame"]
        ax, ay, aw, ah = entry["available"]
        fits = ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah
        print(f"{entry['class']:28} frame {w}x{h}+{x}+{y} in {aw}x{ah}: "
              f"{'past' if fits and entry['buttons_visible'] else 'PAST NIET ' + str(entry['buttons_outside'])}")
    tour.window.doc.undo_stack.setClean()
    tour.window.close()
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
