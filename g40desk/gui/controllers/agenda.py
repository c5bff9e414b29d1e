"""The editor's agenda menu: which agenda the pack uses, switching, importing, editing, own demands.

The main window only creates this controller. It adds the *Agenda* menu and a line in the
pack panel, and reviews every pack that is opened against the agenda it should be used
with (core/agenda_review.py), asking the advisor through :class:`ReviewDialog`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QWidget,
)

from g40desk.core.agenda.catalogue import Catalogue
from g40desk.core.agenda.library import AgendaLibrary, shared_dirs_from_env
from g40desk.core.agenda.review import apply_decisions, review_pack
from g40desk.core.errors import G40Error
from g40desk.core.pack.model import Pack
from g40desk.core.pack.opening import review_on_open
from g40desk.gui.controllers.shared_scan import SharedScan
from g40desk.gui.document import PackDocument
from g40desk.gui.support import notify
from g40desk.gui.support.settings import Settings


class AgendaController(QObject):
    def __init__(self, window: QMainWindow, doc: PackDocument, settings: Settings, library: AgendaLibrary | None = None):
        super().__init__(window)
        self.window, self.doc, self.settings = window, doc, settings
        folders = [Path(p) for p in settings.get("agenda_folders") if p]
        self.library = library or AgendaLibrary(shared=folders + shared_dirs_from_env(), scan_shared=False)
        self.scan = SharedScan(self.library, self)  # shared folders: off the GUI thread (an offline share blocks)
        if not self.library.scan_shared:
            self.scan.start()
        self._silent: set[Path] = set()  # shared folders already said not to answer
        doc.review_hook = self.review_on_open
        self._init_menu()
        self._init_label()
        doc.agenda_changed.connect(self._update_label)  # the catalogue panel rebuilds itself
        doc.path_changed.connect(self._update_label)

    # -- interface -------------------------------------------------------------------
    def _init_menu(self) -> None:
        bar = self.window.menuBar()
        menu = QMenu(self.tr("Agenda"), bar)  # no mnemonic: each of its letters is taken in the window
        menu.setObjectName("agenda_menu")
        existing = bar.actions()
        if existing:  # before the last menu (Help)
            bar.insertMenu(existing[-1], menu)
        else:
            bar.addMenu(menu)
        self.act_choose = menu.addAction(self.tr("Andere agenda &kiezen…"), self.choose)
        self.act_import = menu.addAction(self.tr("&Importeren uit Word…"), self.import_word)
        self.act_edit = menu.addAction(self.tr("Agenda &bewerken…"), self.edit)
        menu.addSeparator()
        self.act_own = menu.addAction(self.tr("&Eigen eis of doel toevoegen…"), self.add_own)
        menu.addSeparator()
        self.act_folder = menu.addAction(self.tr("&Gedeelde agendamap…"), self.choose_folder)
        self.menu = menu

    def _init_label(self) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Agenda van dit pakket"))
        switch = QPushButton(self.tr("Wisselen…"))
        switch.setAccessibleName(self.tr("Andere agenda kiezen"))
        switch.clicked.connect(self.choose)
        layout.addWidget(self.label, 1)
        layout.addWidget(switch)
        self.label_row = row
        self.window.pack_panel.layout().insertWidget(0, row)  # above the pack's title
        self._update_label()

    def _update_label(self) -> None:
        meta = self.doc.agenda.meta
        self.label.setText(self.tr("Agenda: {0}, versie {1}").format(meta.source or meta.title, meta.version))
        self.label.setToolTip(f"{meta.id} v{meta.version}" + (f"\n{meta.changes}" if meta.changes else ""))

    # -- reviews ---------------------------------------------------------------------
    def ask_review(self, changes, header: str) -> set[str] | None:
        """The advisor's decisions (accepted keys), or None when cancelled. Tests replace this."""
        from g40desk.gui.dialogs.agenda_review_dialog import ReviewDialog  # built on first use, not at start-up

        dialog = ReviewDialog(changes, header, self.window)
        return dialog.accepted_keys() if notify.run_dialog(dialog) else None

    def _header(self, pack: Pack, agenda: Catalogue) -> str:
        old = pack.agenda
        was = self.tr("{0}, versie {1}").format(old.id, old.version) if old else self.tr("onbekend")
        return self.tr("Dit pakket is gemaakt met agenda {0}; nu: {1}, versie {2}.").format(
            was, agenda.meta.id, agenda.meta.version)

    def _shared_folders_read(self) -> None:
        """Wait briefly for the shared folders; a folder that does not answer is said once."""
        silent = [folder for folder in self.scan.wait() if folder not in self._silent]
        self._silent.update(silent)
        if silent:
            self.window.notifier.notice(self.tr(
                "De gedeelde agendamap %s antwoordt niet (geen netwerk?); g40desk gebruikt de agenda's op deze "
                "computer en leest de map zodra die antwoordt.") % ", ".join(str(folder) for folder in silent))

    def review_on_open(self, pack: Pack, path: Path):
        """Called by PackDocument.load: the agenda to use and the pack after the review (core/pack/opening.py)."""
        self._shared_folders_read()
        opened = review_on_open(pack, path, self.library, self.doc.audiences)
        agenda, changes = opened.agenda, opened.changes
        if not changes:
            return apply_decisions(pack, agenda, [], set()), agenda, False
        accepted = self.ask_review(changes, self._header(pack, agenda))
        if accepted is None:
            raise G40Error(self.tr("niet geopend: eerst beslissen over de wijzigingen in de agenda "
                                   "(of 'g40desk review' op de opdrachtregel)"), path)
        return apply_decisions(pack, agenda, changes, accepted), agenda, True

    def switch_to(self, agenda: Catalogue) -> bool:
        """Use another agenda for the open pack, after the same review; one undo step."""
        pack = self.doc.pack
        changes = review_pack(pack, agenda, self.doc.agenda)
        accepted: set[str] = set()
        if changes:
            accepted = self.ask_review(changes, self._header(pack, agenda))
            if accepted is None:
                return False
        new = apply_decisions(pack, agenda, changes, accepted)
        self.doc.switch_agenda(agenda, new, self.tr("andere agenda"))
        return True

    # -- menu actions ----------------------------------------------------------------
    @Slot()
    def choose(self) -> None:
        self.library.refresh()
        self.scan.start()
        self._shared_folders_read()
        from g40desk.gui.dialogs.agenda_dialogs import ChooseAgendaDialog  # built on first use, not at start-up

        dialog = ChooseAgendaDialog(self.library, self.doc.agenda, self.window)
        if notify.run_dialog(dialog) and dialog.chosen() is not None:
            try:
                self.switch_to(self.library.load(dialog.chosen()))
            except G40Error as exc:
                notify.warn(self.window, self.tr("Agenda niet gebruikt"), str(exc))

    @Slot()
    def import_word(self) -> None:
        from g40desk.importers.agenda import import_docx

        path = notify.open_file(self.window, self.tr("Agenda uit Word importeren"), self.settings.get("last_open_dir"),
                                self.tr("Word-document (*.docx)"))
        if not path:
            return
        try:
            result = import_docx(Path(path), self.doc.agenda)
        except G40Error as exc:
            notify.warn(self.window, self.tr("Importeren mislukt"), str(exc))
            return
        from g40desk.gui.dialogs.agenda_dialogs import ImportReviewDialog  # built on first use, not at start-up

        dialog = ImportReviewDialog(result, self.library, self.window)
        if notify.run_dialog(dialog) and dialog.saved is not None:
            self._offer_switch(dialog.saved)

    @Slot()
    def edit(self) -> None:
        from g40desk.gui.dialogs.agenda_editor import AgendaEditor

        editor = AgendaEditor(self.doc.agenda, self.library, self.doc.audiences, self.window)
        if notify.run_dialog(editor) and editor.saved is not None:
            self._offer_switch(editor.saved)

    def _offer_switch(self, agenda: Catalogue) -> None:
        self.library.refresh()
        if notify.confirm(
                self.window, self.tr("Agenda opgeslagen"),
                self.tr("Opgeslagen als {0}, versie {1}. Dit pakket nu met deze agenda gebruiken?").format(
                    agenda.meta.id, agenda.meta.version), default_yes=True):
            self.switch_to(agenda)

    @Slot()
    def add_own(self) -> None:
        from g40desk.gui.dialogs.agenda_dialogs import OwnEntryDialog  # built on first use, not at start-up

        dialog = OwnEntryDialog(self.doc.agenda, self.doc.audiences, {o.id for o in self.doc.pack.own}, self.window)
        if notify.run_dialog(dialog):
            entry, item = dialog.result_entry()
            self.doc.add_own_entry(entry, item, self.tr("eigen inbreng toevoegen"))

    @Slot()
    def choose_folder(self) -> None:
        folder = notify.choose_folder(self.window, self.tr("Gedeelde map met agenda's"))
        if folder:
            self.settings.set("agenda_folders", [folder])
            self.library.shared = [Path(folder), *shared_dirs_from_env()]
            self.library.refresh()
            self.scan.start()
