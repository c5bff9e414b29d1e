"""After a crash: offering the unsaved work of the last session back, without taking a colleague's pack.

The journal is read by the core (core/pack/recovery.py). A restored pack whose file a colleague
has open now is never taken over silently: the advisor chooses between restoring it as a new,
unsaved pack (then "Opslaan als") and taking the pack over. The restored pack remembers what
its file held when the work began, so a save over a version saved since asks first
(gui/controllers/disk_watch.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from g40desk.core.files import locks
from g40desk.core.pack.recovery import Recovery, pending
from g40desk.gui.support.dates import long_moment

if TYPE_CHECKING:
    from g40desk.gui.document import PackDocument
    from g40desk.gui.support.notify import Notifier


class Restorer(QObject):
    def __init__(self, parent: QObject, doc: PackDocument, notifier: Notifier, autosaver_of):
        super().__init__(parent)
        self.doc, self.notifier, self.autosaver_of = doc, notifier, autosaver_of

    def offer(self, ended: list[Path] = ()) -> None:
        """Offer to restore each pack that was autosaved but never saved, newest first.

        *ended* holds the crash logs of sessions that ended unexpectedly (see crashlog); the
        newest is named so IT support can find it.
        """
        crashed = ""
        if ended:
            crashed = self.tr("De vorige sessie van g40desk is onverwacht beëindigd; het verslag voor de "
                              "IT-ondersteuning staat in %s.") % ended[-1]
        found_any = False
        for found in pending(self.doc.agenda, self.doc.audiences):
            found_any = True
            intro = crashed or self.tr("g40desk is de vorige keer niet netjes afgesloten.")
            answer = self.notifier.ask(
                self.tr("Werk herstellen"),
                intro + " " + self.tr("Er is niet-opgeslagen werk gevonden van %s.\n\nHerstellen?") % self._describe(found),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Yes and self._restore(found):
                self.autosaver_of().save_now()
                found.file.unlink(missing_ok=True)
                return
            if answer == QMessageBox.StandardButton.Discard:
                found.file.unlink(missing_ok=True)
        if crashed and not found_any:
            self.notifier.inform(self.tr("Onverwacht beëindigd"), crashed + " " + self.tr("Er was geen niet-opgeslagen werk."))

    def _restore(self, found: Recovery) -> bool:
        original = found.original
        if original is not None:
            try:
                locks.acquire(original)
            except locks.PackLocked as exc:
                choice = self._ask_locked(original, exc)
                if choice is None:
                    return False
                if choice == "copy":
                    original = None
                else:
                    locks.acquire(original, take_over=True)
        self.doc.replace(found.pack, original, disk=found.disk if original is not None else None)
        self.doc.mark_restored()
        if found.problem:
            self.notifier.notice(found.problem + ". " + self.tr("Het werk is hersteld als nieuw pakket; sla het op "
                                                                "met ‘Opslaan als’."))
        elif found.original is not None and original is None:
            self.notifier.notice(self.tr("Het werk is hersteld als nieuw pakket; %s is niet overschreven. Sla het "
                                         "op met ‘Opslaan als’.") % found.original.name)
        return True

    def _ask_locked(self, path: Path, exc: locks.PackLocked) -> str | None:
        choice = self.notifier.choose(
            self.tr("Pakket is nu geopend door een ander"),
            self.tr("%s is nu geopend door %s.\n\nU kunt uw herstelde werk als nieuw pakket openen en "
                    "het daarna onder een andere naam opslaan, of het pakket overnemen: dan kunnen "
                    "wijzigingen van de ander verloren gaan.") % (path.name, exc.info.describe()),
            [(self.tr("Als &nieuw pakket herstellen"), QMessageBox.ButtonRole.AcceptRole),
             (self.tr("&Overnemen"), QMessageBox.ButtonRole.DestructiveRole)])
        return {0: "copy", 1: "take_over"}.get(choice)

    def _describe(self, found: Recovery) -> str:
        where = str(found.original) if found.original else self.tr("nog niet opgeslagen")
        return (self.tr("'%1' (%2), bewaard op %3").replace("%1", found.pack.title).replace("%2", where)
                .replace("%3", long_moment(found.saved_at)))
