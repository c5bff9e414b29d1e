"""Undo commands: one per user edit, each calling one PackDocument mutator.

Only PackDocument's editing methods build these; panels call those methods.
"""

from __future__ import annotations

import copy

from PySide6.QtGui import QUndoCommand

from g40desk.core.pack.model import Item

_MERGE_ITEM_FIELD = 1
_MERGE_PACK_FIELD = 2


class AddItemsCommand(QUndoCommand):
    def __init__(self, doc, items: list[Item], index: int | None = None, text: str = ""):
        super().__init__(text)
        self.doc, self.items = doc, items
        self.index = len(doc.pack.items) if index is None else index

    def redo(self):
        self.doc.insert_items(self.index, [i.model_copy(deep=True) for i in self.items])

    def undo(self):
        self.doc.remove_items([i.ref for i in self.items])


class RemoveItemsCommand(QUndoCommand):
    def __init__(self, doc, refs: list[str], text: str = ""):
        super().__init__(text)
        self.doc, self.refs = doc, refs
        self.removed: list = []

    def redo(self):
        self.removed = self.doc.remove_items(self.refs)

    def undo(self):
        self.doc.restore_items(self.removed)


class MoveItemCommand(QUndoCommand):
    def __init__(self, doc, source: int, target: int, text: str = ""):
        super().__init__(text)
        self.doc, self.source, self.target = doc, source, target

    def redo(self):
        self.doc.move_item(self.source, self.target)

    def undo(self):
        self.doc.move_item(self.target, self.source)


class SetItemFieldCommand(QUndoCommand):
    """Typing in one field of one item merges into one undo step.

    *typing* names what is being typed in (a field, or one override of one audience);
    consecutive commands with the same item and *typing* key merge. Choices
    (priority, status) pass typing=None and never merge.
    """

    def __init__(self, doc, ref: str, field: str, value, text: str = "", typing: str | None = None):
        super().__init__(text)
        self.doc, self.ref, self.field, self.value = doc, ref, field, value
        self.typing = typing
        old = getattr(doc.pack.item(ref), field)
        self.old = copy.deepcopy(old) if isinstance(old, (list, dict)) else old

    def id(self):
        return _MERGE_ITEM_FIELD

    def mergeWith(self, other):
        if not isinstance(other, SetItemFieldCommand) or self.typing is None:
            return False
        if (other.ref, other.field, other.typing) != (self.ref, self.field, self.typing):
            return False
        self.value = other.value
        return True

    def redo(self):
        self.doc.set_item_field(self.ref, self.field, self.value)

    def undo(self):
        self.doc.set_item_field(self.ref, self.field, self.old)


class SetPackFieldCommand(QUndoCommand):
    """Typing in one field merges into one step per visit of the field (*typing* names the visit)."""

    def __init__(self, doc, field: str, value, text: str = "", typing: str | None = None):
        super().__init__(text)
        self.doc, self.field, self.value, self.typing = doc, field, value, typing
        target = doc.pack.meeting if field.startswith("meeting.") else doc.pack
        old = getattr(target, field.removeprefix("meeting."))
        self.old = list(old) if isinstance(old, list) else old

    def id(self):
        return _MERGE_PACK_FIELD

    def mergeWith(self, other):
        if not isinstance(other, SetPackFieldCommand) or self.typing is None:
            return False
        if (other.field, other.typing) != (self.field, self.typing):
            return False
        self.value = other.value
        return True

    def redo(self):
        self.doc.set_pack_field(self.field, self.value)

    def undo(self):
        self.doc.set_pack_field(self.field, self.old)


class ReplaceItemsCommand(QUndoCommand):
    """Swap the whole item list in one step (a matrix import)."""

    def __init__(self, doc, items: list[Item], text: str = ""):
        super().__init__(text)
        self.doc = doc
        self.new = [i.model_copy(deep=True) for i in items]
        self.old = [i.model_copy(deep=True) for i in doc.pack.items]

    def redo(self):
        self.doc.set_items([i.model_copy(deep=True) for i in self.new])

    def undo(self):
        self.doc.set_items([i.model_copy(deep=True) for i in self.old])


class SwitchAgendaCommand(QUndoCommand):
    """The pack moves to another agenda (or version) with the advisor's review decisions."""

    def __init__(self, doc, agenda, pack, text: str):
        super().__init__(text)
        self.doc = doc
        self.before = (doc.agenda, doc.pack.model_copy(deep=True))
        self.after = (agenda, pack.model_copy(deep=True))

    def redo(self) -> None:
        self.doc.adopt(*self.after)

    def undo(self) -> None:
        self.doc.adopt(*self.before)


class AddOwnEntryCommand(QUndoCommand):
    """The advisor's own demand or goal, added to the pack and placed at its end."""

    def __init__(self, doc, entry, item: Item, text: str):
        super().__init__(text)
        self.doc, self.entry, self.item = doc, entry, item

    def redo(self) -> None:
        self.doc.set_own([*self.doc.pack.own, self.entry])
        self.doc.insert_items(len(self.doc.pack.items), [self.item.model_copy(deep=True)])

    def undo(self) -> None:
        self.doc.remove_items([self.item.ref])
        self.doc.set_own([o for o in self.doc.pack.own if o.id != self.entry.id])


class AgendaFieldCommand(QUndoCommand):
    """One field of one agenda entry (core/agenda_edit.AgendaDraft.set_field)."""

    def __init__(self, editing, entry_id: str, name: str, value, text: str):
        super().__init__(text)
        self.editing, self.entry_id, self.name, self.value, self.old = editing, entry_id, name, value, None

    def redo(self) -> None:
        self.old = self.editing.draft.set_field(self.entry_id, self.name, self.value)
        self.editing.changed.emit(self.entry_id)

    def undo(self) -> None:
        self.editing.draft.set_field(self.entry_id, self.name, self.old)
        self.editing.changed.emit(self.entry_id)


class AgendaAddCommand(QUndoCommand):
    def __init__(self, editing, parent_id: str | None, kind, text_: str, text: str):
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
    def __init__(self, editing, entry_id: str, offset: int, text: str):
        super().__init__(text)
        self.editing, self.entry_id, self.offset, self.back = editing, entry_id, offset, 0

    def redo(self) -> None:
        self.back = self.editing.draft.move(self.entry_id, self.offset)
        self.editing.changed.emit(self.entry_id)

    def undo(self) -> None:
        self.editing.draft.move(self.entry_id, self.back)
        self.editing.changed.emit(self.entry_id)
