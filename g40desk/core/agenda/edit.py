"""Editing an agenda: the mutators the editor's undo commands call, and saving a new version.

An :class:`AgendaDraft` holds a self-contained copy of an agenda file (ministries and
pillars on the nodes). Each mutator changes one thing and returns what is needed to undo
it; nothing here knows Qt. Saving validates the whole agenda and writes it as the next
version in the user's folder (core/agendas.py): the shipped agenda is never written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import ValidationError

from g40desk.core.agenda.catalogue import Catalogue, CatalogueFile, Kind, Node
from g40desk.core.agenda.library import AgendaLibrary
from g40desk.core.errors import G40Error, pydantic_error

_PREFIX = {Kind.SECTION: "section", Kind.QUESTION: "question", Kind.CORE_MESSAGE: "message",
           Kind.THEME: "theme", Kind.GOAL: "goal", Kind.DEMAND: "demand", Kind.KEY_FIGURE: "figure"}
# Which kinds may sit under which (None: at the top).
ALLOWED = {
    None: {Kind.SECTION, Kind.CORE_MESSAGE},
    Kind.SECTION: {Kind.QUESTION, Kind.KEY_FIGURE},
    Kind.CORE_MESSAGE: {Kind.THEME, Kind.DEMAND},
    Kind.THEME: {Kind.GOAL, Kind.DEMAND},
}
EDITABLE = {"title", "text", "summary", "source", "rationale", "paragraphs", "closing", "subpoints",
            "ministries", "pillar", "outdated", "retired"}


class AgendaDraft:
    """An agenda being edited: a deep copy of its file, changed only through these methods."""

    def __init__(self, catalogue: Catalogue):
        self.base = catalogue.meta.ref
        self.data: CatalogueFile = catalogue.to_file().model_copy(deep=True)
        self.changes: list[str] = []

    # -- lookups ------------------------------------------------------------------
    def _locate(self, entry_id: str) -> tuple[Node | None, list[Node], int]:
        def search(parent: Node | None, children: list[Node]):
            for index, node in enumerate(children):
                if node.id == entry_id:
                    return parent, children, index
                found = search(node, node.children)
                if found:
                    return found
            return None

        found = search(None, self.data.entries)
        if found is None:
            raise KeyError(entry_id)
        return found

    def node(self, entry_id: str) -> Node:
        _, siblings, index = self._locate(entry_id)
        return siblings[index]

    def parent_of(self, entry_id: str) -> Node | None:
        return self._locate(entry_id)[0]

    def ids(self) -> set[str]:
        out: set[str] = set()

        def walk(nodes: list[Node]) -> None:
            for node in nodes:
                out.add(node.id)
                walk(node.children)

        walk(self.data.entries)
        return out

    def new_id(self, kind: Kind, parent_id: str | None) -> str:
        """The next free ID of a kind: demand:wonen-6 under theme:wonen."""
        base = parent_id.split(":", 1)[1] if parent_id else "eigen"
        taken, n = self.ids(), 1
        while f"{_PREFIX[kind]}:{base}-{n}" in taken:
            n += 1
        return f"{_PREFIX[kind]}:{base}-{n}"

    # -- mutators: each returns what undoes it ---------------------------------------
    def set_field(self, entry_id: str, name: str, value):
        """Set one field; returns the old value."""
        if name not in EDITABLE:
            raise ValueError(name)
        node = self.node(entry_id)
        old = getattr(node, name)
        setattr(node, name, value)
        return old

    def insert(self, parent_id: str | None, node: Node, index: int | None = None) -> None:
        parent_kind = self.node(parent_id).kind if parent_id else None
        if node.kind not in ALLOWED.get(parent_kind, set()):
            raise G40Error(f"een {node.kind.value} kan niet onder een {parent_kind or 'agenda'} staan")
        if node.id in self.ids():
            raise G40Error(f"ID '{node.id}' bestaat al")
        siblings = self.node(parent_id).children if parent_id else self.data.entries
        siblings.insert(len(siblings) if index is None else index, node)

    def remove(self, entry_id: str) -> tuple[str | None, Node, int]:
        """Take an entry out (only for undoing an insert: the user retires entries instead)."""
        parent, siblings, index = self._locate(entry_id)
        node = siblings.pop(index)
        return (parent.id if parent else None), node, index

    def move(self, entry_id: str, offset: int) -> int:
        """Move an entry among its siblings; returns the offset that moves it back (0: could not move)."""
        _, siblings, index = self._locate(entry_id)
        target = max(0, min(len(siblings) - 1, index + offset))
        siblings.insert(target, siblings.pop(index))
        return index - target

    def add(self, parent_id: str | None, kind: Kind, text: str) -> str:
        """A new entry at the end of *parent_id*; returns its ID."""
        fields: dict = {"id": self.new_id(kind, parent_id), "kind": kind}
        fields["title" if kind in (Kind.SECTION, Kind.CORE_MESSAGE, Kind.THEME) else "text"] = text
        if kind == Kind.DEMAND:
            fields["ministries"] = []
        node = Node.model_validate(fields)
        self.insert(parent_id, node)
        return node.id

    # -- saving ---------------------------------------------------------------------
    def catalogue(self) -> Catalogue:
        """The edited agenda, validated as a whole (G40Error naming the field on a problem)."""
        try:
            data = CatalogueFile.model_validate(self.data.model_dump())
        except ValidationError as exc:
            raise pydantic_error(exc, None) from None
        try:
            return Catalogue(data)
        except ValueError as exc:
            raise G40Error(str(exc)) from None

    def save(self, library: AgendaLibrary, changes: str = "") -> tuple[Path, Catalogue]:
        """Save as the next version of this agenda in the user's folder."""
        edited = self.catalogue()
        version = library.next_version(self.data.id)
        data = edited.meta.model_copy(update={"version": version, "based_on": self.base,
                                              "changes": changes or f"Bewerkt in g40desk op {dt.date.today():%d-%m-%Y}."})
        path = library.save(data)
        return path, Catalogue(data, path=path)
