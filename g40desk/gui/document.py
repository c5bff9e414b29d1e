"""The open pack: its file, its undo stack, its editing methods and the mutators they drive.

Like orange-canvas-core's SchemeEditor, panels call an editing method (``add_entries``,
``edit_item``, …); the method builds one undo command and pushes it. Only the commands call
the mutators below, so every change to the pack is one named step on one stack.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from g40desk.core.agenda.catalogue import Catalogue
from g40desk.core.audience.audiences import Audiences
from g40desk.core.files.stamp import Stamp, current_stamp
from g40desk.core.pack.model import (
    MAX_ALL_POINTS,
    MAX_AUDIENCES,
    MAX_ITEMS,
    MAX_OWN,
    MAX_POINTS,
    MAX_TEXT,
    Item,
    Override,
    OwnEntry,
    Pack,
)
from g40desk.core.pack.owners import settle
from g40desk.core.pack.storage import load_pack, save_pack
from g40desk.gui import commands


class PackDocument(QObject):
    """Holds the pack; commands call its mutators, views listen to its signals."""

    items_reset = Signal()
    item_changed = Signal(str)  # ref
    meta_changed = Signal()
    changed = Signal()  # anything: the preview listens here
    path_changed = Signal()
    agenda_changed = Signal()  # another agenda (or version) is in use: catalogue views rebuild
    refused = Signal(str)  # an edit beyond the pack's limits was not made: why, and what to do

    def __init__(self, catalogue: Catalogue, audiences: Audiences, pack: Pack | None = None, parent=None):
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
        settle(pack)
        self.pack = pack
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
        self.disk = save_pack(self.pack, target, catalogue=self._agenda, overwrite_read_only=overwrite_read_only,
                              expected=expected)
        self.path = target
        self.read_only = False
        self.undo_stack.setClean()
        self.path_changed.emit()

    # -- editing: each method pushes one named undo command ---------------------
    def _push(self, command) -> None:
        self._last_refusal = None
        self.undo_stack.push(command)

    def _refuse(self, text: str | None) -> bool:
        """True (and the user told, once until an edit is made) when *text* names a limit the edit breaks.

        Limits are checked here, before a command is built: a command whose redo the model
        refuses would leave the pack unchanged and the typed text silently unsaved.
        """
        if text is None:
            return False
        if text != self._last_refusal:
            self._last_refusal = text
            self.refused.emit(text)
        return True

    def _too_long(self, field: str, value) -> str | None:
        texts = value if isinstance(value, list) else [value]
        if any(isinstance(t, str) and len(t) > MAX_TEXT for t in texts):
            return self.tr("%1: hooguit %2 tekens. De tekst blijft in het vak staan, maar is niet bewaard; "
                           "maak hem korter of zet een deel in een apart document.").replace(
                "%1", field).replace("%2", str(MAX_TEXT))
        return None

    def _item_problem(self, ref: str, field: str, value) -> str | None:
        names = {"text": self.tr("Aangepaste tekst"), "context": self.tr("Lokale context"),
                 "note": self.tr("Interne notitie"), "talking_points": self.tr("Gesprekspunten")}
        if field == "talking_points":
            keep = self.tr("De tekst blijft in het vak staan, maar is niet bewaard tot u regels samenvoegt "
                           "of verwijdert.")
            if len(value) > MAX_POINTS:
                return self.tr("Gesprekspunten: hooguit %1 per onderdeel (één per regel).").replace(
                    "%1", str(MAX_POINTS)) + " " + keep
            others = sum(len(i.talking_points) for i in self.pack.items if i.ref != ref)
            if others + len(value) > MAX_ALL_POINTS:
                return self.tr("Gesprekspunten: hooguit %1 in het hele pakket.").replace(
                    "%1", str(MAX_ALL_POINTS)) + " " + keep
        return self._too_long(names.get(field, field), value)

    def add_entries(self, ids: list[str]) -> list[str]:
        """Put catalogue entries at the end of the pack; returns the IDs that were new."""
        present = set(self.pack.refs())
        new = [i for i in dict.fromkeys(ids) if i not in present]
        if new and self._refuse(self._count_problem(len(new))):
            return []
        if new:
            label = self.tr("%n onderdelen toevoegen", "", len(new))
            self._push(commands.AddItemsCommand(self, [Item(ref=i) for i in new], text=label))
        return new

    def _count_problem(self, adding: int) -> str | None:
        if len(self.pack.items) + adding > MAX_ITEMS:
            return self.tr("Er kunnen hooguit %1 onderdelen in één pakket; er is niets toegevoegd. "
                           "Haal onderdelen weg of verdeel ze over twee pakketten.").replace("%1", str(MAX_ITEMS))
        return None

    def remove_entries(self, ids: list[str]) -> list[Item]:
        """Take entries out of the pack; returns the removed items (tailored or not)."""
        gone = [item for item in self.pack.items if item.ref in set(ids)]
        if gone:
            if len(gone) == 1:
                label = self.tr("'%s' verwijderen") % self.short_label(gone[0].ref)
            else:
                label = self.tr("%n onderdelen verwijderen", "", len(gone))
            self._push(commands.RemoveItemsCommand(self, [i.ref for i in gone], text=label))
        return [i.model_copy(deep=True) for i in gone]

    def move_entry(self, source: int, target: int) -> None:
        if source != target and 0 <= source < len(self.pack.items) and 0 <= target < len(self.pack.items):
            label = self.tr("'%s' verplaatsen") % self.short_label(self.pack.items[source].ref)
            self._push(commands.MoveItemCommand(self, source, target, label))

    def edit_item(self, ref: str, field: str, value, typing: str | None = None) -> bool:
        """Set one field of one item; *typing* names a field visit, whose keystrokes merge into one step.

        Returns False when the pack's limits refuse the value (the user has been told).
        """
        item = self.pack.item(ref)
        if item is None or getattr(item, field) == value:
            return True
        if self._refuse(self._item_problem(ref, field, value)):
            return False
        labels = {"text": self.tr("tekst wijzigen"), "context": self.tr("context wijzigen"),
                  "note": self.tr("interne notitie wijzigen"), "talking_points": self.tr("gesprekspunten wijzigen"),
                  "priority": self.tr("prioriteit wijzigen"), "status": self.tr("status wijzigen")}
        label = labels[field] if value is not None or field != "text" else self.tr("catalogustekst herstellen")
        self._push(commands.SetItemFieldCommand(self, ref, field, value, label, typing))
        return True

    def set_owner(self, ref: str, field: str, owner: str) -> None:
        """Say whose an item's text, context or talking points are (an audience ID or ALL_AUDIENCES)."""
        item = self.pack.item(ref)
        if item is None or item.owners.get(field) == owner:
            return
        self._push(commands.SetItemFieldCommand(self, ref, "owners", {**item.owners, field: owner},
                                                self.tr("eigenaar wijzigen")))

    def edit_override(self, ref: str, audience_id: str, name: str, value, typing: str | None = None) -> None:
        """Set the wording, context or priority of one item for one audience."""
        item = self.pack.item(ref)
        current = item.overrides.get(audience_id, Override()) if item else None
        if current is None or getattr(current, name) == value:
            return
        what = {"text": self.tr("Afwijkende tekst"), "context": self.tr("Afwijkende context"),
                "talking_points": self.tr("Afwijkende gesprekspunten")}.get(name, name)
        if name == "talking_points" and value is not None and len(value) > MAX_POINTS:
            self._refuse(self.tr("Gesprekspunten: hooguit %1 per onderdeel (één per regel).").replace("%1", str(MAX_POINTS)))
            return
        if self._refuse(self._too_long(what, value)):
            return
        updated = current.model_copy(update={name: value})
        overrides = {k: v.model_copy() for k, v in item.overrides.items()}
        if updated == Override():
            overrides.pop(audience_id, None)
        else:
            overrides[audience_id] = updated
        audience = self.audiences[audience_id]
        label = self.tr("afwijking voor %s wijzigen") % (getattr(audience, "abbreviation", None) or audience.name)
        self._push(commands.SetItemFieldCommand(self, ref, "overrides", overrides, label, typing))

    def edit_pack(self, field: str, value, typing: str | None = None) -> None:
        """Set a property of the pack or its meeting ("meeting.place")."""
        target = self.pack.meeting if field.startswith("meeting.") else self.pack
        if getattr(target, field.removeprefix("meeting.")) == value:
            return
        if field == "audiences" and len(value) > MAX_AUDIENCES:
            self._refuse(self.tr("Er kunnen hooguit %1 doelgroepen in één pakket; deze is niet toegevoegd. "
                                 "Haal eerst een doelgroep weg.").replace("%1", str(MAX_AUDIENCES)))
            return
        names = {"title": self.tr("Titel"), "author": self.tr("Auteur"), "meeting.place": self.tr("Plaats"),
                 "meeting.participants": self.tr("Deelnemers"), "meeting.purpose": self.tr("Doel")}
        if self._refuse(self._too_long(names.get(field, field), value)):
            return
        labels = {"title": self.tr("titel wijzigen"), "author": self.tr("auteur wijzigen"),
                  "classification": self.tr("rubricering wijzigen"), "options": self.tr("notitie-onderdelen wijzigen"),
                  "meeting.date": self.tr("datum wijzigen"), "meeting.place": self.tr("plaats wijzigen"),
                  "meeting.participants": self.tr("deelnemers wijzigen"), "meeting.purpose": self.tr("doel wijzigen")}
        label = labels.get(field, "")
        if field == "audiences":
            label = self.tr("doelgroep toevoegen") if len(value) > len(self.pack.audiences) else self.tr("doelgroep verwijderen")
        self._push(commands.SetPackFieldCommand(self, field, value, label, typing))

    def replace_items(self, items: list[Item], label: str) -> None:
        """Swap the whole item list in one step (a matrix import)."""
        self._push(commands.ReplaceItemsCommand(self, items, label))

    def replace_audience(self, old: str, new: str, label: str) -> None:
        """Put *new* where *old* is in the pack's audiences, with its per-audience texts, as one undo step."""
        items = [i.model_copy(deep=True) for i in self.pack.items]
        moved = False
        for item in items:
            if old in item.overrides and new not in item.overrides:
                item.overrides = {(new if k == old else k): v for k, v in item.overrides.items()}
                moved = True
        audiences = list(dict.fromkeys(new if a == old else a for a in self.pack.audiences))
        self.undo_stack.beginMacro(label)
        if moved:
            self._push(commands.ReplaceItemsCommand(self, items, label))
        self._push(commands.SetPackFieldCommand(self, "audiences", audiences, label))
        self.undo_stack.endMacro()

    def short_label(self, ref: str) -> str:
        """The short title of a catalogue entry, for undo-step names and messages."""
        label = self.catalogue[ref].label
        return label if len(label) <= 40 else label[:39].rstrip() + "…"

    # -- mutators (called by undo commands only) -------------------------------
    def switch_agenda(self, agenda: Catalogue, pack: Pack, label: str) -> None:
        """Use *agenda* with *pack* (the reviewed copy of this pack); one undo step."""
        self._push(commands.SwitchAgendaCommand(self, agenda, pack, label))

    def add_own_entry(self, entry: OwnEntry, item: Item, label: str) -> None:
        """Add the advisor's own demand or goal and place it in the pack; one undo step."""
        if len(self.pack.own) >= MAX_OWN:
            self._refuse(self.tr("Er kunnen hooguit %1 eigen eisen en doelen in één pakket; deze is niet "
                                 "toegevoegd. Haal eerst een eigen eis of doel weg.").replace("%1", str(MAX_OWN)))
            return
        if self._refuse(self._count_problem(1)):
            return
        self._push(commands.AddOwnEntryCommand(self, entry, item, label))

    def adopt(self, agenda: Catalogue, pack: Pack) -> None:
        """Use another agenda with the pack's reviewed items (called by undo commands only)."""
        self.pack.agenda = pack.agenda.model_copy(deep=True) if pack.agenda else None
        self.pack.own = [o.model_copy() for o in pack.own]
        self.pack.items = [i.model_copy(deep=True) for i in pack.items]
        settle(self.pack)
        self._view = None
        if agenda is not self._agenda:
            self._agenda = agenda
            self.agenda_changed.emit()
        self.items_reset.emit()
        self.changed.emit()

    def set_own(self, own: list[OwnEntry]) -> None:
        """Replace the pack's own demands and goals (called by undo commands only)."""
        self.pack.own = list(own)
        settle(self.pack)
        self._view = None
        self.items_reset.emit()
        self.changed.emit()

    def insert_items(self, index: int, items: list[Item]) -> None:
        self.pack.items[index:index] = items
        settle(self.pack)
        self.items_reset.emit()
        self.changed.emit()

    def remove_items(self, refs: list[str]) -> list[tuple[int, Item]]:
        removed = [(i, item) for i, item in enumerate(self.pack.items) if item.ref in refs]
        self.pack.items = [item for item in self.pack.items if item.ref not in refs]
        self.items_reset.emit()
        self.changed.emit()
        return removed

    def restore_items(self, removed: list[tuple[int, Item]]) -> None:
        items = list(self.pack.items)
        for index, item in removed:
            items.insert(index, item)
        self.pack.items = items
        self.items_reset.emit()
        self.changed.emit()

    def set_items(self, items: list[Item]) -> None:
        self.pack.items = items
        settle(self.pack)
        self.items_reset.emit()
        self.changed.emit()

    def move_item(self, source: int, target: int) -> None:
        items = list(self.pack.items)
        items.insert(target, items.pop(source))
        self.pack.items = items
        self.items_reset.emit()
        self.changed.emit()

    def set_item_field(self, ref: str, field: str, value) -> None:
        item = self.pack.item(ref)
        setattr(item, field, value)
        settle(self.pack)  # a text typed now belongs to whom it would belong now, whatever audiences come later
        self.item_changed.emit(ref)
        self.changed.emit()

    def set_pack_field(self, field: str, value) -> None:
        target = self.pack.meeting if field.startswith("meeting.") else self.pack
        setattr(target, field.removeprefix("meeting."), value)
        settle(self.pack)
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

    def __init__(self, draft, parent=None):
        super().__init__(parent)
        self.draft = draft
        self.undo_stack = QUndoStack(self)

    def set_field(self, entry_id: str, name: str, value, label: str) -> None:
        self.undo_stack.push(commands.AgendaFieldCommand(self, entry_id, name, value, label))

    def add(self, parent_id: str | None, kind, text: str, label: str) -> None:
        self.undo_stack.push(commands.AgendaAddCommand(self, parent_id, kind, text, label))

    def move(self, entry_id: str, offset: int, label: str) -> None:
        self.undo_stack.push(commands.AgendaMoveCommand(self, entry_id, offset, label))
