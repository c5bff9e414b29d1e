"""Export and import actions: dialogs in the GUI thread, the work on a pool thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThreadPool, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QProgressBar, QProgressDialog

from g40desk.core.errors import G40Error
from g40desk.core.text import slugify
from g40desk.gui.support import notify
from g40desk.gui.support.jobs import Job
from g40desk.gui.support.notify import Button


class ExportController(QObject):
    def __init__(self, window, doc, settings, audience_of_preview, notifier):
        super().__init__(window)
        self.window, self.doc, self.settings, self.notifier = window, doc, settings, notifier
        self.audience_of_preview = audience_of_preview
        self.pool = QThreadPool.globalInstance()
        self.tasks: list = []
        self.progress: QProgressDialog | None = None
        self.busy_bar: QProgressBar | None = None

    @property
    def busy(self) -> bool:
        return bool(self.tasks)

    def _folder(self) -> Path:
        return Path(self.settings.get("last_export_dir") or Path.home())

    def proposed_name(self, suffix: str, audience_id: str | None = None) -> str:
        """Title, audience and date: the note for BZK is never named after Zwolle."""
        pack = self.doc.pack
        who = slugify(audience_id.split(":", 1)[1]) if audience_id else "algemeen"
        day = pack.meeting.date or dt.date.today()
        parts = [slugify(pack.title)[:60] or "briefing", who, day.isoformat()]
        return str(self._folder() / ("-".join(p for p in parts if p) + suffix))

    def _audience_name(self, audience_id: str | None) -> str:
        return self.doc.audiences[audience_id].display_name if audience_id else self.tr("algemeen gebruik")

    def template_path(self) -> Path | None:
        """The house template chosen in Preferences, or None for the built-in one."""
        template = self.settings.get("template")
        return Path(template) if template else None

    # -- single files ----------------------------------------------------------
    def _card_fits(self) -> bool:
        """Before a card is exported: say how many pages it takes when that is more than one, and ask."""
        from g40desk.export.page_model import card_length

        measured = card_length(self.doc.pack, self.doc.catalogue, self.doc.audiences, self.audience_of_preview(),
                               self.template_path())
        if measured is None or measured[0] <= 1:
            return True  # not a card, it fits, or a broken template (the export itself reports that)
        pages, briefing = measured
        return notify.confirm(
            self.window, self.tr("Gesprekskaart past niet op één pagina"),
            self.tr("De gesprekskaart wordt ongeveer %n pagina's (%1 vragen). Kort vragen of gesprekspunten in, "
                    "of kies de briefingnotitie. Toch exporteren?", "", pages).replace("%1", str(len(briefing.asks))))

    def export_docx(self) -> None:
        if not self._card_fits():
            return
        audience = self.audience_of_preview()
        title = self.tr("Word-notitie voor %s exporteren") % self._audience_name(audience)
        path, _ = QFileDialog.getSaveFileName(self.window, title, self.proposed_name(".docx", audience),
                                              self.tr("Word-document (*.docx)"))
        if not path:
            return
        from g40desk.export.docx_note import write_note

        pack, template = self.doc.pack.model_copy(deep=True), self.template_path()
        checked = self.confirm_content(pack, [audience])
        if checked is None:
            return
        briefing = checked.briefings[audience]  # built from the copy: the worker shares nothing with the editor

        def job():
            return write_note(briefing, pack.options, Path(path), template, pack.author)

        self._start_file_task(path, job, self.tr("Word-notitie voor %s") % self._audience_name(audience))

    def export_xlsx(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Excel-matrix exporteren"),
                                              self.proposed_name(".xlsx"), self.tr("Excel-werkmap (*.xlsx)"))
        if not path:
            return
        from g40desk.export.xlsx_matrix import write_matrix

        pack, doc = self.doc.pack.model_copy(deep=True), self.doc
        self._start_file_task(path, lambda: write_matrix(pack, doc.catalogue, doc.audiences, Path(path)),
                              self.tr("Eisenmatrix"))

    def _start_file_task(self, path: str, job, what: str) -> None:
        self.settings.set("last_export_dir", str(Path(path).parent))
        task = Job(lambda _progress: job() or [], path)
        task.signals.finished.connect(
            lambda warnings, t=task, w=what: self._on_file_finished(t, path, list(warnings), w))
        task.signals.failed.connect(lambda message, t=task: self._on_failed(t, message))
        self.tasks.append(task)
        self.window.statusBar().showMessage(self.tr("Bezig met exporteren naar %s…") % path)
        self._busy(True)
        self.pool.start(task)

    def _busy(self, on: bool) -> None:
        """A moving bar in the status bar while a single export runs."""
        if on and self.busy_bar is None:
            self.busy_bar = QProgressBar()
            self.busy_bar.setRange(0, 0)
            self.busy_bar.setMaximumWidth(160)
            self.busy_bar.setAccessibleName(self.tr("Bezig met exporteren"))
            self.window.statusBar().addPermanentWidget(self.busy_bar)
        elif not on and self.busy_bar is not None and all(t.with_progress for t in self.tasks):
            self.window.statusBar().removeWidget(self.busy_bar)
            self.busy_bar.deleteLater()
            self.busy_bar = None

    def _on_file_finished(self, task, path: str, warnings: list, what: str) -> None:
        self.tasks = [t for t in self.tasks if t is not task]
        self._busy(False)
        self._done(self.tr("%s opgeslagen als %s.") % (what, Path(path).name), warnings, path)

    def _done(self, text: str, warnings: list, path: str) -> None:
        """Say it is done without a dialog; offer to open the file and to show its folder."""
        if warnings:
            text += "\n" + self.tr("Let op:") + " " + " · ".join(warnings[:5])
        folder = path if Path(path).is_dir() else str(Path(path).parent)
        actions = [(self.tr("Map tonen"), lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folder)))]
        if not Path(path).is_dir():
            actions.insert(0, (self.tr("Openen"), lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(path))))
        self.notifier.notice(text, actions)

    def _on_failed(self, task, message: str) -> None:
        self.tasks = [t for t in self.tasks if t is not task]
        self._busy(False)
        self._close_progress()
        self.window.statusBar().clearMessage()
        self.notifier.warn(self.tr("Exporteren mislukt"),
                           message + "\n\n" + self.tr("Er is niets verloren: het pakket is nog open."))

    def confirm_content(self, pack, ids: list):
        """Run the export checks on *pack* (a copy); for each kind of problem ask once. The checked
        briefings (export/preflight.Checked), or None: the user chose not to export."""
        from g40desk.core.note.preflight import PLACEHOLDERS, NotReady, preflight

        allowed = {"allow_placeholders": False, "allow_shared_text": False}
        while True:
            try:
                return preflight(pack, self.doc.catalogue, self.doc.audiences, ids, **allowed)
            except NotReady as exc:
                if exc.kind == PLACEHOLDERS:
                    title = self.tr("Plaatshouders zonder waarde")
                    intro = self.tr("Deze plaatshouders komen letterlijk in de notitie:")
                    key = "allow_placeholders"
                else:
                    title = self.tr("Tekst voor een andere doelgroep")
                    intro = self.tr("Deze tekst is voor één doelgroep geschreven en komt in de notitie van een andere:")
                    key = "allow_shared_text"
                shown = "\n• ".join(exc.lines[:12]) + ("\n…" if len(exc.lines) > 12 else "")
                answer = self.notifier.ask(title, f"{intro}\n• {shown}\n\n" + self.tr("Toch exporteren?"),
                                           Button.Yes | Button.Cancel, Button.Cancel)
                if answer != Button.Yes:
                    return None
                allowed[key] = True

    # -- one note per audience ---------------------------------------------------
    def export_batch(self) -> None:
        audiences = self.doc.audiences
        ids = notify.pick(self.window, self.tr("Exporteren per doelgroep"), self.tr("Eén notitie voor:"),
                          [(self.tr("Doelgroepen van het pakket"), list(self.doc.pack.audiences)),
                           (self.tr("Alle steden"), [c.id for c in audiences.cities]),
                           (self.tr("Alle ministeries"), [m.id for m in audiences.ministries])])
        if ids is None:
            return
        if not ids:
            self.notifier.inform(self.tr("Exporteren per doelgroep"),
                                 self.tr("Het pakket heeft nog geen doelgroep. Voeg er een toe op het tabblad Pakket."))
            return
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Map voor de notities"), str(self._folder()))
        if not folder:
            return
        self.settings.set("last_export_dir", folder)
        from g40desk.export.batch import write_batch

        pack, doc, template = self.doc.pack.model_copy(deep=True), self.doc, self.template_path()
        checked = self.confirm_content(pack, ids)  # asked here; the batch writes these briefings as checked
        if checked is None:
            return
        task = Job(lambda progress: write_batch(pack, doc.catalogue, doc.audiences, Path(folder), ids,
                                                template=template, progress=progress, checked=checked),
                   folder, with_progress=True)
        self.progress = QProgressDialog(self.tr("Notities schrijven…"), self.tr("Annuleren"), 0, len(ids) + 1, self.window)
        self.progress.setWindowTitle(self.tr("Exporteren per doelgroep"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(task.cancel_event.set)
        task.signals.progressed.connect(self._on_batch_progress)
        task.signals.finished.connect(lambda result, t=task, f=folder: self._on_batch_finished(t, result, f))
        task.signals.failed.connect(lambda message, t=task: self._on_failed(t, message))
        self.tasks.append(task)
        self.pool.start(task)

    @Slot(int, int)
    def _on_batch_progress(self, done: int, total: int) -> None:
        progress = self.progress
        if progress is None:
            return
        progress.setMaximum(total)
        if done < total - 1:
            label = self.tr("Notitie %1 van %2…").replace("%1", str(done + 1)).replace("%2", str(total - 1))
        else:
            label = self.tr("Eisenmatrix schrijven…")
        progress.setLabelText(label)
        progress.setValue(done)  # may process events (modal dialog): touch nothing after this

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _on_batch_finished(self, task, result, folder: str) -> None:
        self.tasks = [t for t in self.tasks if t is not task]
        self._close_progress()
        if result.cancelled:
            self.notifier.status(self.tr("Geannuleerd na %n notities.", "", len(result.notes)))
            return
        text = self.tr("%n notities en een eisenmatrix geschreven in %1.", "", len(result.notes)).replace("%1", folder)
        self._done(text, result.warnings, folder)

    # -- matrix import ---------------------------------------------------------
    def import_matrix(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Matrix importeren"), str(self._folder()),
                                              self.tr("Excel-werkmap (*.xlsx *.xlsm)"))
        if not path:
            return
        from g40desk.importers.matrix import apply_changes, read_matrix

        try:
            report = read_matrix(Path(path), self.doc.pack, self.doc.catalogue, self.doc.audiences)
        except G40Error as exc:
            self.notifier.warn(self.tr("Matrix importeren mislukt"), str(exc))
            return
        from g40desk.gui.dialogs.import_dialog import ImportDialog  # built on first use, not at start-up

        dialog = ImportDialog(report, self.window)
        if dialog.exec() and report.changes:
            new = apply_changes(self.doc.pack, report.changes)
            self.doc.replace_items(new.items, self.tr("matrix importeren"))
            self.notifier.offer_undo(self.tr("%n wijzigingen uit %1 overgenomen.", "", len(report.changes))
                                     .replace("%1", Path(path).name), self.doc.undo_stack)

    def wait(self) -> None:
        for task in self.tasks:
            task.cancel_event.set()  # a batch stops after its current note; a single file finishes
        self.pool.waitForDone(30_000)
