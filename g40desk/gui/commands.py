"""Undo commands: one per user edit. A pack edit is the result of one core operation.

Only the documents' editing methods build these; panels call those methods.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QUndoCommand

from g40desk.core.agenda.catalogue import Catalogue, Kind
from g40desk.core.agenda.edit import AgendaDraft
from g40desk.core.pack.edit import Edit, PackChanges
from g40desk.core.pack.model import Pack

_MERGE = 1


class PackDocument(Protocol):
    """What a pack command needs of gui/document.PackDocument (which builds the commands)."""

    @property
    def agenda(self) -> Catalogue: ...

    def apply(self, source: Pack, changes: PackChanges, agenda: Catalogue | None = None) -> None: ...


class AgendaEditing(Protocol):
    """What an agenda command needs of gui/document.AgendaDocument: the draft and its signal."""

    draft: AgendaDraft
    changed: SignalInstance


class EditCommand(QUndoCommand):
    """One core operation's result (core/pack/edit.Edit) as one undo step.

    It keeps the pack before and after; undo and redo put back only the fields the
    operation changed, so a step never undoes another's work (or a save's agenda stamp).
    Steps with the same *merge* key (typing in one field during one visit) merge into one.
    """

    def __init__(self, doc: PackDocument, before: Pack, done: Edit, text: str = "", merge: tuple | None = None):
        super().__init__(text)
        self.doc, self.before, self.after, self.changes, self.merge = doc, before, done.pack, done.changes, merge

    def id(self) -> int:
        return _MERGE if self.merge is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or type(other) is not type(self) or other.merge != self.merge:
            return False
        self.after, self.changes = other.after, self.changes | other.changes
        return True

    def redo(self) -> None:
        self.doc.apply(self.after, self.changes)

    def undo(self) -> None:
        self.doc.apply(self.before, self.changes)


class SwitchAgendaCommand(EditCommand):
    """The pack moves to another agenda (or version) with the advisor's review decisions."""

    def __init__(self, doc: PackDocument, before: Pack, done: Edit, text: str = "", merge: tuple | None = None, *,
                 agenda: Catalogue):
        super().__init__(doc, before, done, text, None)
        self.agendas = (doc.agenda, agenda)

    def redo(self) -> None:
        self.doc.apply(self.after, self.changes, self.agendas[1])

    def undo(self) -> None:
        self.doc.apply(self.before, self.changes, self.agendas[0])


class AgendaFieldCommand(QUndoCommand):
    """One field of one agenda entry (core/agenda_edit.AgendaDraft.set_field)."""

    def __init__(self, editing: AgendaEditing, entry_id: str, name: str, value, text: str):
        super().__init__(text)
        self.editing, self.entry_id, self.name, self.value, self.old = editing, entry_id, name, value, None

    def redo(self) -> None:
        self.old = self.editing.draft.set_field(self.entry_id, self.name, self.value)
        self.editing.changed.emit(self.entry_id)

    def undo(self) -> None:
        self.editing.draft.set_field(self.entry_id, self.name, self.old)
        self.editing.changed.emit(self.entry_id)


class AgendaAddCommand(QUndoCommand):
    def __init__(self, editing: AgendaEditing, parent_id: str | None, kind: Kind, text_: str, text: str):
        super().__init__(text)
        self.editing, self.parent_id, self.kind, self.text_, self.node = editing, parent_id, kind, text_, None

    def redo(self) -> None:
        draft = self.editing.draft
        if self.node is None:
            self.node = draft.node(draft.add(self.parent_id, self.kind, self.text_))
        else:
            draft.insert(self.parent_id, self.node)
        self.editing.changed.emit(self.node.id)

    def undo(self) -> None:
        self.editing.draft.remove(self.node.id)
        self.editing.changed.emit(self.parent_id or "")


class AgendaMoveCommand(QUndoCommand):
    def __init__(self, editing: AgendaEditing, entry_id: str, offset: int, text: str):
        super().__init__(text)
        self.editing, self.entry_id, self.offset, self.back = editing, entry_id, offset, 0

    def redo(self) -> None:
        self.back = self.editing.draft.move(self.entry_id, self.offset)
        self.editing.changed.emit(self.entry_id)

    def undo(self) -> None:
        self.editing.draft.move(self.entry_id, self.back)
        self.editing.changed.emit(self.entry_id)
