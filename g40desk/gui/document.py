"""The open pack: its file, its undo stack, and the only mutators the GUI uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from g40desk.core.audiences import Audiences
from g40desk.core.catalogue import Catalogue
from g40desk.core.pack import Item, Pack
from g40desk.core.storage import load_pack, save_pack


class PackDocument(QObject):
    """Holds the pack; commands call its mutators, views listen to its signals."""

    items_reset = Signal()
    item_changed = Signal(str)  # ref
    meta_changed = Signal()
    changed = Signal()  # anything: the preview listens here
    path_changed = Signal()

    def __init__(self, catalogue: Catalogue, audiences: Audiences, pack: Pack | None = None, parent=None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.audiences = audiences
        self.pack = pack or Pack()
        self.path: Path | None = None
        self.read_only = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, _clean: bool) -> None:
        self.path_changed.emit()

    # -- files -----------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def load(self, path: Path, read_only: bool = False) -> None:
        pack = load_pack(path, self.catalogue, self.audiences)
        self.replace(pack, Path(path), read_only)

    def replace(self, pack: Pack, path: Path | None, read_only: bool = False) -> None:
        self.pack = pack
        self.path = path
        self.read_only = read_only
        self.undo_stack.clear()
        self.items_reset.emit()
        self.meta_changed.emit()
        self.changed.emit()
        self.path_changed.emit()

    def save(self, path: Path | None = None, overwrite_read_only: bool = False) -> None:
        target = Path(path or self.path)
        save_pack(self.pack, target, catalogue=self.catalogue, overwrite_read_only=overwrite_read_only)
        self.path = target
        self.read_only = False
        self.undo_stack.setClean()
        self.path_changed.emit()

    # -- mutators (called by undo commands only) -------------------------------
    def insert_items(self, index: int, items: list[Item]) -> None:
        self.pack.items[index:index] = items
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
        self.item_changed.emit(ref)
        self.changed.emit()

    def set_pack_field(self, field: str, value) -> None:
        target = self.pack.meeting if field.startswith("meeting.") else self.pack
        setattr(target, field.removeprefix("meeting."), value)
        self.meta_changed.emit()
        self.changed.emit()

    def mark_restored(self) -> None:
        """After a crash recovery: the pack differs from its file until saved."""
        self.undo_stack.resetClean()
        self.path_changed.emit()

    @property
    def display_name(self) -> str:
        return self.path.name if self.path else self.pack.title
