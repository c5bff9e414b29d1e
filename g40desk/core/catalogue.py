"""The G40 agenda as validated data: core messages, themes, goals, demands, key figures.

The catalogue file (data/catalogue.json) is a tree of nodes in document order;
data/addressees.json adds which ministries each demand addresses and the pillars.
Both are validated on load; every node gets a stable, explicit ID.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from g40desk.core.errors import G40Error, pydantic_error
from g40desk.core.jsonfile import read_json
from g40desk.core.text import fold, short_title
from g40desk.resources import data_file


class Kind(StrEnum):
    SECTION = "section"
    QUESTION = "question"
    CORE_MESSAGE = "core_message"
    THEME = "theme"
    GOAL = "goal"
    DEMAND = "demand"
    KEY_FIGURE = "key_figure"


class Pillar(StrEnum):
    SOCIAL = "sociaal"
    ECONOMY_WORK = "economie-werk"
    PHYSICAL = "fysiek"


# Entries an advisor can put in a pack.
PICKABLE = {Kind.THEME, Kind.GOAL, Kind.DEMAND, Kind.KEY_FIGURE}

_ID = re.compile(r"^[a-z_]+:[a-z0-9][a-z0-9.-]*$")


class Correction(BaseModel):
    """A typo of the source fixed in the catalogue, with the original kept."""

    model_config = ConfigDict(extra="forbid")
    original: str
    corrected: str


class Node(BaseModel):
    """One entry of the agenda. Which fields are used depends on ``kind``."""

    model_config = ConfigDict(extra="forbid")

    id: str
    kind: Kind
    title: str | None = None
    text: str | None = None
    summary: str | None = None
    source: str | None = None
    rationale: list[str] = Field(default_factory=list)
    paragraphs: list[str] = Field(default_factory=list)
    closing: list[str] = Field(default_factory=list)
    subpoints: list[str] = Field(default_factory=list)
    corrections: list[Correction] = Field(default_factory=list)
    children: list[Node] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"ID '{value}' heeft niet de vorm soort:naam (kleine letters)")
        return value

    def model_post_init(self, _context) -> None:
        if self.kind in (Kind.GOAL, Kind.DEMAND, Kind.QUESTION, Kind.KEY_FIGURE) and not self.text:
            raise ValueError(f"{self.id}: een {self.kind.value} heeft een 'text' nodig")
        if self.kind in (Kind.THEME, Kind.CORE_MESSAGE, Kind.SECTION) and not self.title:
            raise ValueError(f"{self.id}: een {self.kind.value} heeft een 'title' nodig")


class CatalogueFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: int
    catalogue_version: str
    publisher: str
    title: str
    subtitle: str
    source: str
    entries: list[Node]


class AddresseesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    about: str = ""
    theme_pillars: dict[str, Pillar]
    demand_pillars: dict[str, Pillar] = Field(default_factory=dict)
    demand_ministries: dict[str, list[str]]


@dataclass
class Entry:
    """A node placed in the tree, with what is derived from its position."""

    node: Node
    parent: str | None
    depth: int
    theme: str | None = None
    message: str | None = None
    ministries: tuple[str, ...] = ()
    pillar: Pillar | None = None
    search_text: str = ""
    child_ids: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.node.id

    @property
    def kind(self) -> Kind:
        return self.node.kind

    @property
    def label(self) -> str:
        """Short text for lists, outlines and matrix rows."""
        node = self.node
        if node.title:
            return node.title
        return short_title(node.text or "")

    @property
    def full_text(self) -> str:
        node = self.node
        parts = [node.title, node.summary, node.text, *node.rationale, *node.paragraphs]
        parts += [f"✓ {s}" for s in node.subpoints]
        parts += node.closing
        return "\n\n".join(p for p in parts if p)


class Catalogue:
    """The loaded agenda: entries by ID in document order, plus lookups."""

    def __init__(self, data: CatalogueFile, addressees: AddresseesFile):
        self.meta = data
        self.entries: dict[str, Entry] = {}
        self.roots: list[str] = []
        for node in data.entries:
            self._add(node, None, 0, None, None)
            self.roots.append(node.id)
        self._apply_addressees(addressees)

    @property
    def version(self) -> str:
        return self.meta.catalogue_version

    def _add(self, node: Node, parent: str | None, depth: int, message: str | None, theme: str | None) -> None:
        if node.id in self.entries:
            raise ValueError(f"ID '{node.id}' komt twee keer voor")
        if node.kind == Kind.CORE_MESSAGE:
            message = node.id
        if node.kind == Kind.THEME:
            theme = node.id
        entry = Entry(node=node, parent=parent, depth=depth, theme=theme, message=message)
        entry.search_text = fold(entry.full_text)
        self.entries[node.id] = entry
        if parent is not None:
            self.entries[parent].child_ids.append(node.id)
        for child in node.children:
            self._add(child, node.id, depth + 1, message, theme)

    def _apply_addressees(self, addressees: AddresseesFile) -> None:
        for key in [*addressees.theme_pillars, *addressees.demand_pillars, *addressees.demand_ministries]:
            if key not in self.entries:
                raise ValueError(f"onbekende catalogus-ID '{key}'")
        for entry in self.entries.values():
            if entry.theme:
                entry.pillar = addressees.theme_pillars.get(entry.theme)
            if entry.kind == Kind.DEMAND:
                entry.pillar = addressees.demand_pillars.get(entry.id, entry.pillar)
                entry.ministries = tuple(addressees.demand_ministries.get(entry.id, ()))
        missing = [e.id for e in self.entries.values() if e.kind == Kind.DEMAND and not e.ministries]
        if missing:
            raise ValueError(f"eisen zonder ministerie: {', '.join(missing)}")

    def __contains__(self, entry_id: str) -> bool:
        return entry_id in self.entries

    def __getitem__(self, entry_id: str) -> Entry:
        return self.entries[entry_id]

    def walk(self) -> Iterator[Entry]:
        """All entries in document order."""
        return iter(self.entries.values())

    def of_kind(self, kind: Kind) -> list[Entry]:
        return [e for e in self.entries.values() if e.kind == kind]

    def children(self, entry_id: str | None) -> list[Entry]:
        ids = self.roots if entry_id is None else self.entries[entry_id].child_ids
        return [self.entries[i] for i in ids]

    def demands_of(self, entry_id: str) -> list[Entry]:
        """Demands under an entry (a theme or core message), or the entry itself if a demand."""
        entry = self.entries[entry_id]
        if entry.kind == Kind.DEMAND:
            return [entry]
        found: list[Entry] = []
        for child in self.children(entry_id):
            found.extend(self.demands_of(child.id))
        return found

    def picks(self, entry_id: str) -> list[str]:
        """What picking an entry puts in a pack: a theme brings all its demands with it."""
        entry = self.entries[entry_id]
        if entry.kind == Kind.THEME:
            return [entry_id] + [d.id for d in self.demands_of(entry_id)]
        return [entry_id] if entry.kind in PICKABLE else []

    def search(self, query: str) -> list[Entry]:
        """Entries whose title or text contains every word of *query* (case and accents ignored)."""
        words = fold(query).split()
        return [e for e in self.entries.values() if all(w in e.search_text for w in words)]


def load_catalogue(path: Path | None = None, addressees_path: Path | None = None) -> Catalogue:
    """Load and validate the catalogue; G40Error names the file and field on any problem."""
    path = path or data_file("catalogue.json")
    addressees_path = addressees_path or data_file("addressees.json")
    try:
        data = CatalogueFile.model_validate(read_json(path))
    except ValidationError as exc:
        raise pydantic_error(exc, path) from None
    try:
        addressees = AddresseesFile.model_validate(read_json(addressees_path))
    except ValidationError as exc:
        raise pydantic_error(exc, addressees_path) from None
    try:
        return Catalogue(data, addressees)
    except ValueError as exc:
        raise G40Error(str(exc), addressees_path) from None
