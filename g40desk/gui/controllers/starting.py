"""How a pack begins: a new one (the meeting first), the demo, or a copy for another audience."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from g40desk.core.errors import G40Error
from g40desk.gui.support import notify


class PackStarts(QObject):
    """New, demo and duplicate; each replaces the open pack after asking to save it."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window

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
