"""How a pack begins: a new one (the meeting first), the demo, or a copy for another audience."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QMainWindow

from g40desk.core.errors import G40Error
from g40desk.gui.support import notify


class PackStarts(QObject):
    """New, demo and duplicate; each replaces the open pack after asking to save it."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.jobs: list = []  # reading the ledger's folders for a Terugblik

    @property
    def busy(self) -> bool:
        return bool(self.jobs)

    def new_pack(self) -> None:
        """Nieuw pakket: the meeting, its audiences and themes first; then the catalogue, to pick demands."""
        from g40desk.gui.dialogs.new_pack_dialog import NewPackDialog

        w = self.window
        if not w.files.confirm_discard():
            return
        blank = w.blank_pack()
        dialog = NewPackDialog(w.doc.agenda, w.doc.audiences, blank, w)
        if not notify.run_dialog(dialog):
            return
        pack = dialog.result_pack()
        w.files.release()
        w.doc.replace(pack, None)
        if pack.model_dump(exclude={"id"}) != blank.model_dump(exclude={"id"}):
            w.doc.mark_restored()  # what was typed in the dialog is not lost on closing: it asks to save
        w.show_workspace()
        w.focus_catalogue()
        demands = [d for theme_id in dialog.theme_ids() for d in w.doc.catalogue.demands_of(theme_id)]
        if demands:
            w.catalogue_panel.select(demands[0].id)  # the chosen themes open, on their first demand
        for theme_id in dialog.theme_ids()[1:]:
            w.catalogue_panel.expand(theme_id)
        self.offer_lookback()

    def open_demo(self) -> None:
        from g40desk.core.pack.demo import demo_pack

        w = self.window
        if w.files.confirm_discard():
            w.doc.replace(demo_pack(), None)
            w.show_workspace()
            w.outline.setCurrentIndex(w.outline_model.item_index(0))
            w.focus_outline()

    def duplicate_pack(self) -> None:
        from g40desk.gui.dialogs.duplicate_dialog import DuplicateDialog

        w = self.window
        dialog = DuplicateDialog(w.doc, w)
        if not notify.run_dialog(dialog):
            return
        try:
            done = dialog.duplicate()
        except G40Error as exc:  # one audience beyond the pack's limit
            w.notifier.warn(self.tr("Pakket niet gedupliceerd"), str(exc))
            return
        if not w.files.confirm_discard():
            return
        original = w.doc.display_name
        w.files.release()
        w.doc.replace(done.pack, None)
        w.doc.mark_restored()  # a new, unsaved pack: closing asks to save it
        text = self.tr("Kopie van ‘%1’ gemaakt voor %2. Sla hem op onder een nieuwe naam.").replace(
            "%1", original).replace("%2", w.doc.audiences[dialog.chosen()].display_name)
        if done.left:
            text += " " + self.tr("%n teksten van de vorige doelgroep bleven achter.", "", len(done.left))
        if done.pack.to_check:
            text += " " + self.tr("Nog na te kijken: %n teksten (gemarkeerd bij het onderdeel).", "",
                                  len(done.pack.to_check))
        w.notifier.notice(text, [(self.tr("Opslaan als…"), w.files.save_as)])
        self.offer_lookback()

    # -- Terugblik: what the last meeting with each audience left --------------------------
    def offer_lookback(self) -> None:
        """Read the ledger's folders (Voorkeuren, else those IT set) off the GUI thread for the open pack's
        audiences, then offer the promises and open actions of each one's last meeting (dialogs/lookback_dialog.py)."""
        from g40desk.core.files import machine
        from g40desk.core.ledger.collect import ledger_folders
        from g40desk.gui.support.jobs import Job

        w = self.window
        chosen = [Path(f) for f in w.settings.get("ledger_folders") if f]
        folders = ledger_folders(chosen, machine.machine_defaults().ledger_folders)
        if not folders or not w.doc.pack.audiences:
            return
        pack, catalogue = w.doc.pack.model_copy(deep=True), w.doc.catalogue
        job = Job(lambda _progress: _read_offers(folders, pack, catalogue), self.tr("Terugblik"))
        job.signals.finished.connect(lambda found, j=job: self._on_offers(j, pack.id, found))
        job.signals.failed.connect(lambda message, j=job: self._on_offers(j, pack.id, [], message))
        self.jobs.append(job)
        w.statusBar().showMessage(self.tr("Terugblik: het vorige overleg zoeken…"))
        QThreadPool.globalInstance().start(job)

    def _on_offers(self, job, pack_id: str, found: list, problem: str = "") -> None:
        from g40desk.gui.dialogs.lookback_dialog import LookbackDialog

        self.jobs = [j for j in self.jobs if j is not job]
        w = self.window
        w.statusBar().clearMessage()
        if w.doc.pack.id != pack_id:  # another pack was opened meanwhile
            return
        found = [offer for offer in found if offer.recalls]
        if not found:
            w.notifier.status(problem or self.tr("Terugblik: geen toezeggingen of open acties uit een vorig overleg "
                                                 "met deze doelgroepen gevonden."))
            return
        names = {a: w.doc.audiences[a].display_name for a in w.doc.pack.audiences if a in w.doc.audiences}
        dialog = LookbackDialog(found, names, w)
        if notify.run_dialog(dialog):
            w.doc.set_lookback(dialog.chosen())


def _read_offers(folders: list[Path], pack, catalogue) -> list:
    """On a pool thread: the ledger's packs (through its index), and what they offer *pack*."""
    import datetime as dt

    from g40desk.core.ledger.collect import collect
    from g40desk.core.ledger.index import Index, default_path
    from g40desk.core.ledger.lookback import ask_labels, offers

    index = Index(default_path())
    try:
        collection = collect(folders, index)
    finally:
        index.close()
    return offers(collection, pack, ask_labels(catalogue), dt.date.today())
