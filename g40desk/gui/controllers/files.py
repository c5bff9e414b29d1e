"""New, open, save, recent files, lock files and crash recovery for the main window."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from g40desk.core.errors import G40Error
from g40desk.core.files import locks
from g40desk.core.files.atomic import is_read_only
from g40desk.core.files.stamp import ChangedOnDisk, Stamp
from g40desk.core.pack.model import Pack
from g40desk.core.pack.recovery import recovery_dir
from g40desk.core.pack.storage import EXTENSION
from g40desk.core.text import slugify
from g40desk.gui.controllers.disk_watch import DiskWatch
from g40desk.gui.controllers.restore import Restorer
from g40desk.gui.document import PackDocument
from g40desk.gui.support.notify import Notifier
from g40desk.gui.support.settings import Settings


def as_opened(path: Path) -> str:
    """The path as the user opened it, made absolute: a mapped drive stays a drive letter (no
    resolve() to a UNC path, which also asks a share that may be offline)."""
    return os.path.abspath(path)


def is_pack_name(name: str) -> bool:
    """``.g40pack`` in any case: Windows and macOS do not tell ``Plan.G40PACK`` apart."""
    return name.lower().endswith(EXTENSION)


class FileController(QObject):
    def __init__(self, window: QMainWindow, doc: PackDocument, settings: Settings, make_pack: Callable[[], Pack],
                 notifier: Notifier):
        super().__init__(window)
        self.window, self.doc, self.settings, self.make_pack = window, doc, settings, make_pack
        self.notifier = notifier
        self.watch = DiskWatch(self, doc, notifier)  # another program changed the file: reload, keep mine, save as
        self.restorer = Restorer(self, doc, notifier, lambda: window.autosaver)

    # -- asking ----------------------------------------------------------------
    def confirm_discard(self) -> bool:
        if not self.doc.modified:
            return True
        answer = self.notifier.ask(
            self.tr("Niet-opgeslagen wijzigingen"),
            self.tr("'%s' heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?") % self.doc.display_name,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- commands --------------------------------------------------------------
    def new_pack(self) -> None:
        if self.confirm_discard():
            self._release()
            self.doc.replace(self.make_pack(), None)

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        path = self.notifier.open_file(self.tr("Pakket openen"), self.settings.get("last_open_dir"),
                                       self.tr("g40desk-pakket (*.g40pack *.G40PACK)"))
        if path:
            self.open_path(Path(path), confirmed=True)

    def open_path(self, path: Path, confirmed: bool = False) -> bool:
        if not confirmed and not self.confirm_discard():
            return False
        path = Path(path)
        previous = self.doc.path if not self.doc.read_only else None
        read_only = False
        try:
            locks.acquire(path)
        except locks.PackLocked as exc:
            choice = self._ask_locked(exc)
            if choice is None:
                return False
            read_only = choice == "read_only"
            if not read_only:
                locks.acquire(path, take_over=True)
        try:
            self.doc.load(path, read_only=read_only)
        except G40Error as exc:
            if not read_only:
                self._give_back(path)
            self.notifier.warn(self.tr("Kan het pakket niet openen"), str(exc))
            return False
        if previous is not None and previous != path:
            self._give_back(previous)
        self.settings.set("last_open_dir", str(path.parent))
        self.settings.add_recent(as_opened(path))
        self.notifier.status(self.tr("Geopend: %s") % path)
        if self.doc.pack.review_owners and not read_only:
            self.notifier.notice(self.tr(
                "Dit pakket komt uit een eerdere versie van g40desk: wat u typte, geldt nu voor alle doelgroepen. "
                "Kijk bij elke tekst na voor wie hij is (‘voor …’ naast het veld)."),
                [(self.tr("&Nagekeken"), self.doc.owners_reviewed)])
        return True

    def _ask_locked(self, exc: locks.PackLocked) -> str | None:
        choice = self.notifier.choose(
            self.tr("Pakket is al geopend"),
            self.tr("%s is al geopend door %s.\n\nU kunt het alleen-lezen openen, of het "
                    "overnemen: dan kunnen wijzigingen van de ander verloren gaan.") % (exc.path.name, exc.info.describe()),
            [(self.tr("A&lleen-lezen openen"), QMessageBox.ButtonRole.AcceptRole),
             (self.tr("&Overnemen"), QMessageBox.ButtonRole.DestructiveRole)])
        return {0: "read_only", 1: "take_over"}.get(choice)

    def fill_recent(self, menu) -> None:
        menu.clear()
        for path in self.settings.get("recent_files"):
            action = menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(Path(p)))
        menu.setEnabled(bool(self.settings.get("recent_files")))

    def save(self) -> bool:
        if self.doc.path is None or self.doc.read_only:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        folder = Path(self.settings.get("last_open_dir") or Path.home())
        proposal = str(folder / ((slugify(self.doc.pack.title) or "briefing") + EXTENSION))
        path = self.notifier.save_file(self.tr("Pakket opslaan"), proposal, self.tr("g40desk-pakket (*.g40pack *.G40PACK)"))
        if not path:
            return False
        if not is_pack_name(path):
            path += EXTENSION
        return self._save_to(Path(path))

    def save_over(self, path: Path, theirs: Stamp) -> bool:
        """Save over *path*, which now holds *theirs* (kept elsewhere by the user's choice)."""
        return self._save_to(path, replacing=theirs)

    def _save_to(self, path: Path, replacing: Stamp | None = None) -> bool:
        old = self.doc.path
        if path != old:
            holder = locks.read_lock(path)
            if holder is not None and not holder.mine and not holder.stale:
                self.notifier.warn(self.tr("Opslaan mislukt"),
                                   self.tr("%s is geopend door %s; kies een andere naam.") % (path.name, holder.describe()))
                return False
        try:
            self.doc.save(path, overwrite_read_only=self._confirmed_read_only(path), replacing=replacing)
        except ChangedOnDisk as exc:  # a version nobody here has seen: the user chooses
            return self.watch.resolve(exc)
        except locks.LockLost as exc:  # a colleague took the pack over: keep our work under another name
            self.notifier.warn(self.tr("Opslaan mislukt"), str(exc))
            return self.save_as()
        except G40Error as exc:
            self.notifier.warn(self.tr("Opslaan mislukt"),
                               str(exc) + "\n\n" + self.tr("Er is niets verloren: het pakket is nog open."))
            return False
        if old is not None and old != path:
            self._give_back(old)
        locks.acquire(path, take_over=True)
        self.settings.add_recent(as_opened(path))
        self.notifier.status(self.tr("Opgeslagen: %s") % path)
        return True

    def _confirmed_read_only(self, path: Path) -> bool:
        """A read-only pack is only replaced when the user says so (it stays read-only)."""
        if not is_read_only(path):
            return False
        return self.notifier.confirm(
            self.tr("Alleen-lezen bestand"),
            self.tr("%s is alleen-lezen. Toch overschrijven? Het blijft daarna alleen-lezen.") % path.name)

    # -- lifecycle -------------------------------------------------------------
    def release(self) -> None:
        """Give up the lock on the open pack's file (before the window shows another pack)."""
        self._release()

    def _release(self) -> None:
        if self.doc.path is not None and not self.doc.read_only:
            self._give_back(self.doc.path)

    def _give_back(self, path: Path) -> None:
        """Release our lock on *path*; a lock file that cannot be removed is told, never ignored."""
        try:
            locks.release(path)
        except locks.LockStuck as exc:
            self.notifier.warn(self.tr("Slotbestand niet verwijderd"), str(exc))

    def close(self) -> None:
        self._release()
        self.window.autosaver.close()

    def offer_recovery(self, ended: list[Path] = ()) -> None:
        """After a crash: offer the unsaved work back (gui/controllers/restore.py)."""
        self.restorer.offer(ended)

    def tell_set_aside(self, problems: list[str]) -> None:
        """At the start: the user's files that were damaged and set aside, in one message."""
        self.notifier.inform(self.tr("Beschadigde bestanden opzijgezet"), self.tr(
            "g40desk is gestart zonder deze eigen bestanden, omdat ze beschadigd of onbruikbaar waren. "
            "Ze zijn niet weggegooid: ze staan hernoemd naast het origineel, voor wie ze wil herstellen.")
            + "\n\n" + "\n".join(f"• {line}" for line in problems))

    def journal_failed(self, why: str) -> None:
        """The recovery journal cannot be written (a read-only or full data folder): said once, in
        the message bar (no dialog in the middle of typing), until the user closes it."""
        self.notifier.notice(self.tr(
            "Herstel staat uit: g40desk kan niet-opgeslagen werk niet bewaren in %s (%s). Na een crash "
            "gaat niet-opgeslagen werk verloren; sla regelmatig op.") % (recovery_dir(), why),
            [(self.tr("Nu opslaan"), self.save)], timeout_ms=None)
