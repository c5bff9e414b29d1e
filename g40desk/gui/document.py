"""The open pack: its file, its undo stack and its editing methods.

Like orange-canvas-core's SchemeEditor, panels call an editing method (``add_entries``,
``edit_item``, …). The method runs one core operation (core/pack/edit.py), which checks the
pack's limits and returns the new pack with a record of what changed, and pushes it as one
named undo command. The commands put a state back through :meth:`PackDocument.apply`, which
tells the views what changed; no rule about packs is decided here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from g40desk.core.agenda.catalogue import Catalogue, Kind
from g40desk.core.agenda.edit import AgendaDraft
from g40desk.core.audience.audiences import Audiences
from g40desk.core.files.stamp import Stamp, current_stamp
from g40desk.core.pack import edit
from g40desk.core.pack.edit import Edit, PackChanges
from g40desk.core.pack.limits import PackRefused
from g40desk.core.pack.model import Action, Item, OwnEntry, Pack, Recall
from g40desk.core.pack.owners import settled
from g40desk.core.pack.storage import load_pack, save_pack
from g40desk.gui import commands
from g40desk.gui.support import labels


class PackDocument(QObject):
    """Holds the pack; commands call its mutators, views listen to its signals."""

    items_reset = Signal()
    item_changed = Signal(str)  # ref
    meta_changed = Signal()
    changed = Signal()  # anything: the preview listens here
    path_changed = Signal()
    agenda_changed = Signal()  # another agenda (or version) is in use: catalogue views rebuild
    refused = Signal(str)  # an edit beyond the pack's limits was not made: why, and what to do
    edited = Signal(object)  # PackChanges: what one edit, undo or redo changed

    def __init__(self, catalogue: Catalogue, audiences: Audiences, pack: Pack | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._agenda = catalogue
        self._view: Catalogue | None = None
        self.review_hook = None  # (pack, path) -> (pack, agenda, changed); set by gui/agenda_controller.py
        self.audiences = audiences
        self.pack = pack or Pack()
        self.path: Path | None = None
        self.disk: Stamp | None = None  # what the file held when last read or saved (core/files/stamp.py)
        self.read_only = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._last_refusal: str | None = None

    def _on_clean_changed(self, _clean: bool) -> None:
        self.path_changed.emit()

    # -- the agenda ----------------------------------------------------------------
    @property
    def agenda(self) -> Catalogue:
        """The agenda the pack uses, without the pack's own entries."""
        return self._agenda

    @property
    def catalogue(self) -> Catalogue:
        """The agenda with the pack's own demands and goals (what views and exports use)."""
        if self._view is None:
            self._view = self._agenda.with_own(self.pack.own)
        return self._view

    def set_agenda(self, agenda: Catalogue) -> None:
        if agenda is not self._agenda:
            self._agenda, self._view = agenda, None
            self.agenda_changed.emit()

    # -- files -----------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def load(self, path: Path, read_only: bool = False) -> None:
        on_disk = current_stamp(path)  # taken first: a change after it is noticed before saving
        pack = load_pack(path, self._agenda, self.audiences, strict=self.review_hook is None)
        changed = False
        if self.review_hook is not None:
            pack, agenda, changed = self.review_hook(pack, Path(path))
            self.set_agenda(agenda)
        self.replace(pack, Path(path), read_only)
        self.disk = on_disk
        if changed:  # decisions on agenda changes: the pack differs from its file until saved
            self.undo_stack.resetClean()
            self.path_changed.emit()

    def replace(self, pack: Pack, path: Path | None, read_only: bool = False, disk: Stamp | None = None) -> None:
        """Show *pack*; *disk* is what its file held when that pack was read from it (None: unknown)."""
        self.pack = settled(pack)
        self.disk = disk
        self._view = None
        self.path = path
        self.read_only = read_only
        self.undo_stack.clear()
        self.items_reset.emit()
        self.meta_changed.emit()
        self.changed.emit()
        self.path_changed.emit()

    def save(self, path: Path | None = None, overwrite_read_only: bool = False, replacing: Stamp | None = None) -> None:
        """Save; over the pack's own file only if it still holds what was read or saved last (or
        *replacing*, a version the user has seen): otherwise stamp.ChangedOnDisk, nothing written."""
        target = Path(path or self.path)
        expected = replacing or (self.disk if target == self.path else None)
        # What was written records the agenda (its stamp); the pack goes on as that copy.
        saved = save_pack(self.pack, target, catalogue=self._agenda, overwrite_read_only=overwrite_read_only,
                          expected=expected)
        self.pack, self.disk = saved.pack, saved.disk
        self.path = target
        self.read_only = False
        self.undo_stack.setClean()
        self.path_changed.emit()

    # -- editing: each method runs one core operation and pushes it as one named undo step ----
    def _run(self, operation: Callable[[Pack], Edit], label: str, merge: tuple | None = None,
             command: type[commands.EditCommand] | None = None, **extra) -> Edit | None:
        """Run *operation* (core/pack/edit.py) on the pack and push its result; None when refused.

        A refusal (an edit beyond the pack's limits) is told to the user once until an edit
        is made, and nothing reaches the undo stack: a command the core refused would leave
        the typed text silently unsaved.
        """
        try:
            done = operation(self.pack)
        except PackRefused as exc:
            text = labels.refusal(exc.refusal)
            if text != self._last_refusal:
                self._last_refusal = text
                self.refused.emit(text)
            return None
        if done.changes:
            self._last_refusal = None
            self.undo_stack.push((command or commands.EditCommand)(self, self.pack, done, label, merge, **extra))
        return done

    def add_entries(self, ids: list[str]) -> list[str]:
        """Put catalogue entries at the end of the pack; returns the IDs that were new."""
        count = len([i for i in dict.fromkeys(ids) if self.pack.item(i) is None])
        done = self._run(lambda pack: edit.add_entries(pack, ids), self.tr("%n onderdelen toevoegen", "", count))
        return [i.ref for i in done.pack.items if i.ref in done.changes.refs] if done else []

    def remove_entries(self, ids: list[str]) -> list[Item]:
        """Take entries out of the pack; returns the removed items (tailored or not)."""
        gone = [item for item in self.pack.items if item.ref in set(ids)]
        if len(gone) == 1:
            label = self.tr("'%s' verwijderen") % self.short_label(gone[0].ref)
        else:
            label = self.tr("%n onderdelen verwijderen", "", len(gone))
        self._run(lambda pack: edit.remove_entries(pack, ids), label)
        return [i.model_copy(deep=True) for i in gone]

    def move_entry(self, source: int, target: int) -> None:
        if 0 <= source < len(self.pack.items):
            label = self.tr("'%s' verplaatsen") % self.short_label(self.pack.items[source].ref)
            self._run(lambda pack: edit.move_entry(pack, source, target), label)

    def edit_item(self, ref: str, field: str, value, typing: str | None = None) -> bool:
        """Set one field of one item; *typing* names a field visit, whose keystrokes merge into one step.

        Returns False when the pack's limits refuse the value (the user has been told).
        """
        if self.pack.item(ref) is None:
            return True
        names = {"text": self.tr("tekst wijzigen"), "context": self.tr("context wijzigen"),
                 "note": self.tr("interne notitie wijzigen"), "talking_points": self.tr("gesprekspunten wijzigen"),
                 "priority": self.tr("prioriteit wijzigen"), "status": self.tr("status wijzigen")}
        label = names[field] if value is not None or field != "text" else self.tr("catalogustekst herstellen")
        merge = ("item", ref, field, typing) if typing is not None else None
        return self._run(lambda pack: edit.set_item_field(pack, ref, field, value), label, merge) is not None

    def set_owner(self, ref: str, field: str, owner: str) -> None:
        """Say whose an item's text, context or talking points are (an audience ID or ALL_AUDIENCES)."""
        if self.pack.item(ref) is not None:
            self._run(lambda pack: edit.set_owner(pack, ref, field, owner), self.tr("eigenaar wijzigen"))

    def keep_outdated(self, ref: str, reason: str, typing: str | None = None) -> None:
        """Keep an outdated entry on purpose with *reason* (core/pack/edit.keep_outdated); empty withdraws it."""
        merge = ("keep", ref, typing) if typing is not None else None
        self._run(lambda pack: edit.keep_outdated(pack, self.catalogue, ref, reason),
                  self.tr("reden voor achterhaald onderdeel"), merge)

    def looked_at(self, where) -> None:
        """A text copied across on a duplicate looked at: no longer "nog nakijken" (a TextRef)."""
        self._run(lambda pack: edit.looked_at(pack, where), self.tr("nagekeken"))

    def confirm_shared(self, texts: list[str]) -> None:
        """Texts with proper names confirmed as meant for every audience (one undo step)."""
        self._run(lambda pack: edit.confirm_shared(pack, *texts), self.tr("voor alle doelgroepen bevestigen"))

    def owners_reviewed(self) -> None:
        """The owners a migration set to "alle doelgroepen" looked at: the pack asks no more."""
        self._run(edit.owners_reviewed, self.tr("eigenaren nagekeken"))

    def edit_override(self, ref: str, audience_id: str, name: str, value, typing: str | None = None) -> None:
        """Set the wording, context or priority of one item for one audience."""
        if self.pack.item(ref) is None:
            return
        audience = self.audiences[audience_id]
        label = self.tr("afwijking voor %s wijzigen") % (getattr(audience, "abbreviation", None) or audience.name)
        merge = ("item", ref, "overrides", typing) if typing is not None else None
        self._run(lambda pack: edit.set_override(pack, ref, audience_id, name, value), label, merge)

    def edit_pack(self, field: str, value, typing: str | None = None) -> None:
        """Set a property of the pack or its meeting ("meeting.place")."""
        names = {"title": self.tr("titel wijzigen"), "author": self.tr("auteur wijzigen"),
                 "classification": self.tr("rubricering wijzigen"), "options": self.tr("notitie-onderdelen wijzigen"),
                 "meeting.date": self.tr("datum wijzigen"), "meeting.place": self.tr("plaats wijzigen"),
                 "meeting.participants": self.tr("deelnemers wijzigen"), "meeting.purpose": self.tr("doel wijzigen")}
        label = names.get(field, "")
        if field == "audiences":
            label = self.tr("doelgroep toevoegen") if len(value) > len(self.pack.audiences) else self.tr("doelgroep verwijderen")
        merge = ("pack", field, typing) if typing is not None else None
        self._run(lambda pack: edit.set_pack_field(pack, field, value), label, merge)

    # -- after the meeting: outcomes are their audience's, each change one undo step ---------
    def edit_outcome(self, ref: str, audience_id: str, name: str, value, typing: str | None = None) -> bool:
        """The result ("result") or what was said ("said") of one ask for one audience."""
        label = self.tr("uitkomst wijzigen") if name == "result" else self.tr("wat is gezegd wijzigen")
        merge = ("outcome", ref, audience_id, name, typing) if typing is not None else None
        return self._run(lambda pack: edit.set_outcome_field(pack, ref, audience_id, name, value), label, merge) is not None

    def add_action(self, ref: str, audience_id: str, what: str, typing: str | None = None) -> bool:
        """A new follow-up action; typing on in its "what" during the same visit stays the same step."""
        position = len(self._outcome_actions(ref, audience_id))
        merge = ("action", ref, audience_id, position, "what", typing) if typing is not None else None
        return self._run(lambda pack: edit.add_action(pack, ref, audience_id, Action(what=what)),
                         self.tr("vervolgactie toevoegen"), merge) is not None

    def edit_action(self, ref: str, audience_id: str, position: int, name: str, value,
                    typing: str | None = None) -> bool:
        merge = ("action", ref, audience_id, position, name, typing) if typing is not None else None
        return self._run(lambda pack: edit.set_action_field(pack, ref, audience_id, position, name, value),
                         self.tr("vervolgactie wijzigen"), merge) is not None

    def remove_action(self, ref: str, audience_id: str, position: int) -> None:
        self._run(lambda pack: edit.remove_action(pack, ref, audience_id, position), self.tr("vervolgactie verwijderen"))

    def edit_held(self, name: str, value, typing: str | None = None) -> bool:
        """The day the meeting was held ("date") or who was present ("present")."""
        label = self.tr("datum van het overleg wijzigen") if name == "date" else self.tr("aanwezigen wijzigen")
        merge = ("held", name, typing) if typing is not None else None
        return self._run(lambda pack: edit.set_held(pack, name, value), label, merge) is not None

    def _outcome_actions(self, ref: str, audience_id: str) -> list[Action]:
        item = self.pack.item(ref)
        outcome = item.outcomes.get(audience_id) if item else None
        return outcome.actions if outcome else []

    def replace_items(self, items: list[Item], label: str) -> None:
        """Swap the whole item list in one step (a matrix import)."""
        self._run(lambda pack: edit.replace_items(pack, items), label)

    def replace_audience(self, old: str, new: str, label: str) -> None:
        """Put *new* where *old* is in the pack's audiences, with its per-audience texts, as one undo step."""
        self._run(lambda pack: edit.replace_audience(pack, old, new), label)

    def switch_agenda(self, agenda: Catalogue, pack: Pack, label: str) -> None:
        """Use *agenda* with *pack* (the reviewed copy of this pack); one undo step."""
        self._run(lambda current: edit.adopt(current, pack), label, command=commands.SwitchAgendaCommand,
                  agenda=agenda)

    def add_own_entry(self, entry: OwnEntry, item: Item, label: str) -> None:
        """Add the advisor's own demand or goal and place it in the pack; one undo step."""
        self._run(lambda pack: edit.add_own_entry(pack, entry, item), label)

    def set_lookback(self, chosen: dict[str, list[Recall]]) -> None:
        """Each audience's Terugblik set to the points chosen from the ledger's offer; one undo step."""
        def operation(pack: Pack) -> Edit:
            done = Edit(pack)
            for audience_id, recalls in chosen.items():
                step = edit.set_lookback(done.pack, audience_id, recalls)
                done = Edit(step.pack, done.changes | step.changes)
            return done

        self._run(operation, self.tr("terugblik overnemen"))

    def drop_recall(self, position: int) -> None:
        """Take one point out of the Terugblik (the earlier pack keeps it); one undo step."""
        self._run(lambda pack: edit.drop_recall(pack, position), self.tr("punt uit de terugblik halen"))

    def short_label(self, ref: str) -> str:
        """The short title of a catalogue entry, for undo-step names and messages."""
        label = self.catalogue[ref].label
        return label if len(label) <= 40 else label[:39].rstrip() + "…"

    # -- called by the undo commands only ------------------------------------------------
    def apply(self, source: Pack, changes: PackChanges, agenda: Catalogue | None = None) -> None:
        """Take the fields *changes* names from *source* (a state before or after an edit),
        then tell the views what changed (Anki's operation_did_execute)."""
        self.pack = changes.restore(source, self.pack)
        if "own" in changes.fields:
            self._view = None
        if agenda is not None and agenda is not self._agenda:
            self._agenda, self._view = agenda, None
            self.agenda_changed.emit()
        self.edited.emit(changes)
        if changes.order or "own" in changes.fields:
            self.items_reset.emit()
        else:
            for ref in sorted(changes.refs):
                self.item_changed.emit(ref)
        if changes.meta:
            self.meta_changed.emit()
        self.changed.emit()

    def mark_restored(self) -> None:
        """After a crash recovery: the pack differs from its file until saved."""
        self.undo_stack.resetClean()
        self.path_changed.emit()

    @property
    def display_name(self) -> str:
        return self.path.name if self.path else self.pack.title


class AgendaDocument(QObject):
    """An agenda being edited (gui/agenda_editor.py): its draft, its undo stack, its editing methods."""

    changed = Signal(str)  # the entry to show

    def __init__(self, draft: AgendaDraft, parent: QObject | None = None):
        super().__init__(parent)
        self.draft = draft
        self.undo_stack = QUndoStack(self)

    def set_field(self, entry_id: str, name: str, value, label: str) -> None:
        self.undo_stack.push(commands.AgendaFieldCommand(self, entry_id, name, value, label))

    def add(self, parent_id: str | None, kind: Kind, text: str, label: str) -> None:
        self.undo_stack.push(commands.AgendaAddCommand(self, parent_id, kind, text, label))

    def move(self, entry_id: str, offset: int, label: str) -> None:
        self.undo_stack.push(commands.AgendaMoveCommand(self, entry_id, offset, label))
