"""Export and import actions: the checks and their questions in the GUI thread, the writing on a pool
thread, both through the one export pipeline (export/pipeline.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThreadPool, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QProgressBar, QProgressDialog

from g40desk.core.errors import G40Error
from g40desk.gui.document import PackDocument
from g40desk.gui.support import notify
from g40desk.gui.support.jobs import Job
from g40desk.gui.support.notify import Button, Notifier
from g40desk.gui.support.settings import Settings


class ExportController(QObject):
    def __init__(self, window: QMainWindow, doc: PackDocument, settings: Settings,
                 audience_of_preview: Callable[[], str | None], notifier: Notifier):
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

    def proposed_name(self, kind: str, audience_id: str | None = None) -> str:
        """Title, audience and date (export/pipeline.file_name): the note for BZK is never named after
        Zwolle, and a card never gets its note's name."""
        from g40desk.export.pipeline import file_name

        pack = self.doc.pack
        return str(self._folder() / file_name(pack.title, kind, audience_id, pack.meeting.date))

    def _audience_name(self, audience_id: str | None) -> str:
        return self.doc.audiences[audience_id].display_name if audience_id else self.tr("algemeen gebruik")

    def template_path(self) -> Path | None:
        """The house template chosen in Preferences, else the one IT set for the computer, else None (built in)."""
        from g40desk.core.files import machine

        template = self.settings.get("template")
        return Path(template) if template else machine.machine_defaults().house_template

    # -- single files ----------------------------------------------------------
    def export_docx(self) -> None:
        from g40desk.export import pipeline

        audience = self.audience_of_preview()
        plan, asked = self.checked(self.doc.pack.model_copy(deep=True), [audience])  # on a copy: the worker
        if plan is None:                                                         # shares nothing with the editor
            return
        kind = pipeline.CARD if audience in plan.pages else pipeline.NOTE
        title = self.tr("Word-notitie voor %s exporteren") % self._audience_name(audience)
        path = notify.save_file(self.window, title, self.proposed_name(kind, audience), self.tr("Word-document (*.docx)"))
        if not path:
            return
        self._start_file_task(path, lambda: self._unasked(pipeline.write_note(plan, audience, Path(path)), asked),
                              self.tr("Word-notitie voor %s") % self._audience_name(audience))

    def export_xlsx(self) -> None:
        from g40desk.export import pipeline

        doc = self.doc
        try:  # on a copy: the worker shares nothing with the editor
            plan = pipeline.check_matrix(doc.pack.model_copy(deep=True), doc.catalogue, doc.audiences, doc.path)
        except G40Error as exc:  # a reference or limit the matrix cannot hold
            self._failed_check(exc)
            return
        path = notify.save_file(self.window, self.tr("Excel-matrix exporteren"), self.proposed_name(pipeline.MATRIX),
                                self.tr("Excel-werkmap (*.xlsx)"))
        if not path:
            return
        self._start_file_task(path, lambda: self._unasked(pipeline.write_matrix(plan, Path(path)), set()),
                              self.tr("Eisenmatrix"))

    def report_audience(self) -> str | None:
        """Whose meeting a report is of: the preview's audience when it has an outcome, else the first
        audience of the pack with one, else the preview's."""
        pack, shown = self.doc.pack, self.audience_of_preview()
        recorded = [a for a in pack.audiences if any(a in item.outcomes for item in pack.items)]
        return shown if shown in recorded or not recorded else recorded[0]

    def export_report(self, audience_id: str | None = None) -> None:
        """The meeting report ("Verslag") for *audience_id* (default: report_audience) through the export
        pipeline: the same check and questions as a note, then the writing as a job."""
        from g40desk.export import pipeline

        audience = audience_id or self.report_audience()
        plan, asked = self.checked(self.doc.pack.model_copy(deep=True), [audience], report=True)
        if plan is None:
            return
        title = self.tr("Verslag van het overleg met %s exporteren") % self._audience_name(audience)
        path = notify.save_file(self.window, title, self.proposed_name(pipeline.REPORT, audience),
                                self.tr("Word-document (*.docx)"))
        if not path:
            return
        self._start_file_task(path, lambda: self._unasked(pipeline.write_report(plan, audience, Path(path)), asked),
                              self.tr("Verslag voor %s") % self._audience_name(audience))

    @staticmethod
    def _unasked(written, asked: set[str]) -> list[str]:
        """What the user has not yet been told about this export: not what a question already showed,
        nor the template's notes (Preferences shows them when the template is chosen)."""
        from g40desk.export.pipeline import TEMPLATE

        return [f.text for f in written.findings if f.kind not in asked and f.kind != TEMPLATE]

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

    def checked(self, pack, ids: list, *, long_cards: bool = False, report: bool = False):
        """The export check on *pack* (a copy) for *ids* (export/pipeline.check), asking once about each
        kind of problem. The plan and the kinds asked about, or (None, …): the user chose not to export.
        *long_cards*: a card over one page is a finding, not a question (a batch); *report*: the check of
        the meeting report for ids[0] (pipeline.check_report)."""
        from g40desk.core.note.preflight import PLACEHOLDERS, REFUSED, TO_CHECK, NotReady
        from g40desk.export import pipeline

        allow, asked = pipeline.Allow(long_card=long_cards), set()
        while True:
            try:
                if report:
                    return pipeline.check_report(pack, self.doc.catalogue, self.doc.audiences, ids[0],
                                                 self.template_path(), allow=allow, source=self.doc.path), asked
                return pipeline.check(pack, self.doc.catalogue, self.doc.audiences, ids, template=self.template_path(),
                                      allow=allow, source=self.doc.path), asked
            except NotReady as exc:
                if isinstance(exc, pipeline.CardTooLong):
                    answer = notify.confirm(
                        self.window, self.tr("Gesprekskaart past niet op één pagina"),
                        self.tr("De gesprekskaart wordt ongeveer %n pagina's (%1 vragen). Kort vragen of gesprekspunten "
                                "in, of kies de briefingnotitie. Toch exporteren?", "", exc.pages).replace(
                            "%1", str(exc.asks)))
                elif exc.kind == TO_CHECK:  # no "toch": the advisor looks at each text first
                    shown = "\n• ".join(exc.lines[:12]) + ("\n…" if len(exc.lines) > 12 else "")
                    self.notifier.warn(self.tr("Nog nakijken"), self.tr(
                        "Deze teksten zijn bij het dupliceren overgenomen van een andere doelgroep:") + f"\n• {shown}"
                        "\n\n" + self.tr("Kies het onderdeel (of het tabblad Pakket voor de deelnemers), pas de tekst "
                                          "aan voor deze doelgroep en klik op ‘Nagekeken’."))
                    return None, asked
                elif exc.kind in REFUSED:  # no "toch": the pack must change first
                    shown = "\n• ".join(exc.lines[:12]) + ("\n…" if len(exc.lines) > 12 else "")
                    self.notifier.warn(self.tr("Achterhaalde vragen"), self.tr(
                        "Deze vragen zijn volgens de agenda (deels) achterhaald:") + f"\n• {shown}\n\n" + self.tr(
                        "Haal ze uit het pakket, of houd ze bewust: kies het onderdeel en vul in waarom. Die reden "
                        "komt naast de vraag in de notitie."))
                    return None, asked
                else:
                    if exc.kind == PLACEHOLDERS:
                        title = self.tr("Plaatshouders zonder waarde")
                        intro = self.tr("Deze plaatshouders komen letterlijk in de notitie:")
                    else:
                        title = self.tr("Tekst voor een andere doelgroep")
                        intro = self.tr("Deze tekst is voor één doelgroep geschreven en komt in de notitie van een "
                                        "andere (een eigennaam die voor iedereen bedoeld is, bevestigt u bij het "
                                        "onderdeel):")
                    shown = "\n• ".join(exc.lines[:12]) + ("\n…" if len(exc.lines) > 12 else "")
                    answer = self.notifier.ask(title, f"{intro}\n• {shown}\n\n" + self.tr("Toch exporteren?"),
                                               Button.Yes | Button.Cancel, Button.Cancel) == Button.Yes
                if not answer:
                    return None, asked
                allow, asked = allow.also(exc.kind), asked | {exc.kind}
            except pipeline.NoOutcome:
                self.notifier.inform(self.tr("Verslag exporteren"), self.tr(
                    "Voor %s is nog geen uitkomst vastgelegd, dus er is niets te verslaan. Leg per vraag de uitkomst "
                    "vast (Na het overleg) en exporteer dan het verslag.") % self._audience_name(ids[0]))
                return None, asked
            except G40Error as exc:  # a template that cannot be read, say
                self._failed_check(exc)
                return None, asked

    def _failed_check(self, exc: G40Error) -> None:
        self.notifier.warn(self.tr("Exporteren mislukt"),
                           str(exc) + "\n\n" + self.tr("Er is niets verloren: het pakket is nog open."))

    # -- one note per audience ---------------------------------------------------
    def export_batch(self) -> None:
        audiences = self.doc.audiences
        day = self.doc.pack.meeting.date or dt.date.today()  # the members and ministries on the meeting's day
        ids = notify.pick(self.window, self.tr("Exporteren per doelgroep"), self.tr("Eén notitie voor:"),
                          [(self.tr("Doelgroepen van het pakket"), list(self.doc.pack.audiences)),
                           (self.tr("Alle steden"), [c.id for c in audiences.cities_on(day)]),
                           (self.tr("Alle ministeries"), [m.id for m in audiences.ministries_on(day)])])
        if ids is None:
            return
        if not ids:
            self.notifier.inform(self.tr("Exporteren per doelgroep"),
                                 self.tr("Het pakket heeft nog geen doelgroep. Voeg er een toe op het tabblad Pakket."))
            return
        from g40desk.export import pipeline

        plan, asked = self.checked(self.doc.pack.model_copy(deep=True), ids, long_cards=True)
        if plan is None:
            return
        parent = notify.choose_folder(self.window, self.tr("Map voor de notities"), str(self._folder()))
        if not parent:
            return
        self.settings.set("last_export_dir", parent)
        folder = str(pipeline.batch_folder(Path(parent), plan.pack.title, plan.pack.meeting.date))

        def job(progress):
            pipeline.make_folder(Path(folder))
            return pipeline.write_batch(plan, Path(folder), progress)

        task = Job(job, folder, with_progress=True)
        self.progress = QProgressDialog(self.tr("Notities schrijven…"), self.tr("Annuleren"), 0, len(ids) + 1, self.window)
        self.progress.setWindowTitle(self.tr("Exporteren per doelgroep"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(task.cancel_event.set)
        task.signals.progressed.connect(self._on_batch_progress)
        task.signals.finished.connect(lambda result, t=task, f=folder, a=asked: self._on_batch_finished(t, result, f, a))
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

    def _on_batch_finished(self, task, result, folder: str, asked: set[str]) -> None:
        self.tasks = [t for t in self.tasks if t is not task]
        self._close_progress()
        if result.cancelled:
            self.notifier.status(self.tr("Geannuleerd na %n notities.", "", len(result.notes)))
            return
        text = self.tr("%n notities en een eisenmatrix geschreven in %1.", "", len(result.notes)).replace("%1", folder)
        self._done(text, self._unasked(result, asked), folder)

    # -- matrix import ---------------------------------------------------------
    def import_matrix(self) -> None:
        path = notify.open_file(self.window, self.tr("Matrix importeren"), str(self._folder()),
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
        if notify.run_dialog(dialog) and report.changes:
            try:
                new = apply_changes(self.doc.pack, report.changes)
            except G40Error as exc:  # beyond the pack's limits: nothing is taken over
                self.notifier.warn(self.tr("Matrix importeren mislukt"), f"{Path(path).name}: {exc}")
                return
            self.doc.replace_items(new.items, self.tr("matrix importeren"))
            self.notifier.offer_undo(self.tr("%n wijzigingen uit %1 overgenomen.", "", len(report.changes))
                                     .replace("%1", Path(path).name), self.doc.undo_stack)

    def wait(self) -> None:
        for task in self.tasks:
            task.cancel_event.set()  # a batch stops after its current note; a single file finishes
        self.pool.waitForDone(30_000)
