"""The G40 agenda as validated data: core messages, themes, goals, demands, key figures.

An agenda file (the built-in one is data/catalogue.json) has its own ID, version, title,
source document and date, and a tree of nodes in document order. For the built-in agenda
data/addressees.json adds which ministries each demand addresses and the pillars; an agenda
file made by g40desk (imported or edited) carries them on its nodes. Everything is validated
on load; every node gets a stable, explicit ID.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from g40desk.core.agenda.nodes import (  # noqa: F401  (re-exported: g40desk imports them from here)
    AGENDA_ID,
    AGENDA_SCHEMA,
    BUILTIN_ID,
    MAX_AGENDA_BYTES,
    OWN_GROUP,
    PICKABLE,
    AddresseesFile,
    AgendaRef,
    CatalogueFile,
    Correction,
    Kind,
    Node,
    Outdated,
    Pillar,
    Retired,
    ShortTitlesFile,
)
from g40desk.core.errors import G40Error, pydantic_error
from g40desk.core.files.jsonfile import read_json
from g40desk.core.text import fold, matches, search_groups
from g40desk.resources import data_file


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
    child_ids: list[str] = field(default_factory=list)
    own: bool = False  # the advisor's own entry (from the pack), not the agenda's
    short: str | None = None  # the reviewed short title (data/short-titles.json for the built-in agenda)

    @property
    def id(self) -> str:
        return self.node.id

    @functools.cached_property
    def search_text(self) -> str:
        """The folded text that search matches; worked out at the first search, not at start-up."""
        return fold(self.full_text)

    @property
    def kind(self) -> Kind:
        return self.node.kind

    @property
    def label(self) -> str:
        """Short title for lists, outlines, matrix rows and the card; never cut (the whole text if none was written).

        The advisor's own entries are labelled with their own words, whole."""
        node = self.node
        if node.title:
            return node.title
        if self.own:  # the advisor's own words are never cut off
            return node.text or ""
        return self.short or (node.text or "").rstrip(" ;")

    @property
    def full_text(self) -> str:
        node = self.node
        parts = [node.title, node.summary, node.text, *node.rationale, *node.paragraphs]
        parts += [f"✓ {s}" for s in node.subpoints]
        parts += node.closing
        return "\n\n".join(p for p in parts if p)


class Catalogue:
    """The loaded agenda: entries by ID in document order, plus lookups."""

    def __init__(self, data: CatalogueFile, addressees: AddresseesFile | None = None, path: Path | None = None,
                 short_titles: ShortTitlesFile | None = None):
        self.meta = data
        self.path = path
        self.entries: dict[str, Entry] = {}
        self.roots: list[str] = []
        for node in data.entries:
            self._add(node, None, 0, None, None)
            self.roots.append(node.id)
        self._apply_addressees(addressees or AddresseesFile(theme_pillars={}, demand_ministries={}))
        for key, title in (short_titles.titles if short_titles else {}).items():
            if key not in self.entries:
                raise ValueError(f"korte titel voor onbekende catalogus-ID '{key}'")
            self.entries[key].short = title

    @property
    def version(self) -> str:
        """The agenda and its version as one label, e.g. 'g40-sa-2019-2022 v2'."""
        return f"{self.meta.id} v{self.meta.version}"

    @property
    def ref(self) -> AgendaRef:
        return self.meta.ref

    def _add(self, node: Node, parent: str | None, depth: int, message: str | None, theme: str | None) -> None:
        if node.id in self.entries:
            raise ValueError(f"ID '{node.id}' komt twee keer voor")
        if node.kind == Kind.CORE_MESSAGE:
            message = node.id
        if node.kind == Kind.THEME:
            theme = node.id
        entry = Entry(node=node, parent=parent, depth=depth, theme=theme, message=message)
        self.entries[node.id] = entry
        if parent is not None:
            self.entries[parent].child_ids.append(node.id)
        for child in node.children:
            self._add(child, node.id, depth + 1, message, theme)

    def _apply_addressees(self, addressees: AddresseesFile) -> None:
        self.ministry_portfolios = addressees.ministry_portfolios  # tag -> portfolio, see core/audiences.py
        for key in [*addressees.theme_pillars, *addressees.demand_pillars, *addressees.demand_ministries,
                    *addressees.ministry_portfolios]:
            if key not in self.entries:
                raise ValueError(f"onbekende catalogus-ID '{key}'")
        for entry in self.entries.values():
            if entry.theme:
                theme = self.entries[entry.theme].node
                entry.pillar = theme.pillar or addressees.theme_pillars.get(entry.theme)
            if entry.kind == Kind.DEMAND:
                node = entry.node
                entry.pillar = node.pillar or addressees.demand_pillars.get(entry.id, entry.pillar)
                if node.ministries is not None:
                    entry.ministries = tuple(node.ministries)
                else:
                    entry.ministries = tuple(addressees.demand_ministries.get(entry.id, ()))

    def to_file(self) -> CatalogueFile:
        """This agenda as a self-contained file: ministries and pillars written on the nodes."""

        def node_of(entry_id: str) -> Node:
            entry = self.entries[entry_id]
            update: dict = {"children": [node_of(c) for c in entry.child_ids]}
            if entry.kind == Kind.DEMAND:
                update["ministries"] = list(entry.ministries)
                theme_pillar = self.entries[entry.theme].pillar if entry.theme else None
                if entry.pillar != theme_pillar:
                    update["pillar"] = entry.pillar
            if entry.kind == Kind.THEME:
                update["pillar"] = entry.pillar
            return entry.node.model_copy(update=update)

        return self.meta.model_copy(update={"entries": [node_of(r) for r in self.roots if not self.entries[r].own]})

    def with_own(self, own: list, path: Path | None = None) -> Catalogue:
        """This agenda plus a pack's own demands and goals, each under its theme (or under
        'Eigen inbreng'). Returns self when there are none; never changes self."""
        if not own:
            return self
        ids = [mine.id for mine in own]
        if len(set(ids)) == len(ids) and all(i in self.entries and self.entries[i].own for i in ids):
            return self  # already a view with these entries (the editor's catalogue): nothing to add
        view = copy.copy(self)
        view.entries = {key: copy.copy(entry) for key, entry in self.entries.items()}
        for entry in view.entries.values():
            entry.child_ids = list(entry.child_ids)
        view.roots = list(self.roots)
        seen: set[str] = set()
        for i, mine in enumerate(own):
            if mine.id in seen or (mine.id in view.entries and not view.entries[mine.id].own):
                raise G40Error(f"'{mine.id}' staat er twee keer in", path, f"own[{i}].id")
            seen.add(mine.id)
            if mine.id in view.entries:  # already in this view (a view of a view)
                continue
            parent = mine.theme if mine.theme in self.entries and self.entries[mine.theme].kind == Kind.THEME else None
            if parent is None:
                parent = OWN_GROUP
                if OWN_GROUP not in view.entries:
                    node = Node(id=OWN_GROUP, kind=Kind.THEME, title="Eigen inbreng")
                    view.entries[OWN_GROUP] = Entry(node=node, parent=None, depth=0, theme=OWN_GROUP,
                                                    message=OWN_GROUP, own=True)
                    view.roots.append(OWN_GROUP)
            holder = view.entries[parent]
            node = Node(id=mine.id, kind=Kind(mine.kind.value), text=mine.text, ministries=list(mine.ministries))
            entry = Entry(node=node, parent=parent, depth=holder.depth + 1, theme=holder.theme,
                          message=holder.message, ministries=tuple(mine.ministries), pillar=holder.pillar, own=True)
            view.entries[mine.id] = entry
            holder.child_ids.append(mine.id)
        return view

    def __contains__(self, entry_id: str) -> bool:
        return entry_id in self.entries

    def __getitem__(self, entry_id: str) -> Entry:
        return self.entries[entry_id]

    def walk(self) -> Iterator[Entry]:
        """All entries in document order."""
        return iter(self.entries.values())

    def is_retired(self, entry_id: str) -> bool:
        """Retired itself or under a retired parent."""
        entry = self.entries.get(entry_id)
        while entry is not None:
            if entry.node.retired is not None:
                return True
            entry = self.entries.get(entry.parent) if entry.parent else None
        return False

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

    def picks(self, entry_id: str, include_outdated: bool = False) -> list[str]:
        """What picking an entry puts in a pack: a theme brings its demands with it, except those the
        agenda marks (deels) achterhaald or retired, unless *include_outdated*. An entry picked by
        itself is always itself."""
        entry = self.entries[entry_id]
        if entry.kind == Kind.THEME:
            return [entry_id] + [d.id for d in self.demands_of(entry_id)
                                 if include_outdated or (d.node.outdated is None and not self.is_retired(d.id))]
        return [entry_id] if entry.kind in PICKABLE else []

    def search(self, query: str) -> list[Entry]:
        """Entries whose title or text contains every word of *query* (case, accents and variants
        such as "minima" for "armoede" ignored; see text.VARIANTS)."""
        groups = search_groups(query)
        return [e for e in self.entries.values() if matches(e.search_text, groups)]


BUILTIN = "catalogue.json"


def _agenda_from_1(data: dict) -> dict:
    """Schema 1 (g40desk before agendas were files): no ID, a 'catalogue_version' label."""
    data = {k: v for k, v in data.items() if k != "catalogue_version"}
    return {**data, "schema_version": AGENDA_SCHEMA, "id": data.get("id", BUILTIN_ID),
            "version": data.get("version", 1)}


def read_agenda_file(path: Path) -> CatalogueFile:
    """Read and validate an agenda file; G40Error names the file and field on any problem."""
    raw = read_json(path, max_bytes=MAX_AGENDA_BYTES)
    if not isinstance(raw, dict):
        raise G40Error("geen g40desk-agenda: de inhoud is geen JSON-object", path)
    version = raw.get("schema_version")
    if version == 1:
        raw = _agenda_from_1(raw)
    elif isinstance(version, int) and not isinstance(version, bool) and version > AGENDA_SCHEMA:
        raise G40Error(f"deze agenda is gemaakt met een nieuwere g40desk (schemaversie {version}); "
                       "werk g40desk bij om haar te gebruiken", path, "schema_version")
    try:
        return CatalogueFile.model_validate(raw)
    except ValidationError as exc:
        raise pydantic_error(exc, path) from None
    except RecursionError:
        raise G40Error("de agenda is te diep genest", path) from None


# The built-in agenda, validated once per process: the editor's start, its agenda library and
# the review on opening a pack all ask for it. A Catalogue never changes after loading
# (``with_own`` returns a new view), so one object can be shared. Keyed by the three data files'
# path, size and modification time, so a changed file is read and validated again.
_builtin_memo: dict[tuple, Catalogue] = {}


def _file_key(path: Path) -> tuple:
    stat = path.stat()
    return str(path), stat.st_size, stat.st_mtime_ns


def load_catalogue(path: Path | None = None, addressees_path: Path | None = None,
                   short_titles_path: Path | None = None) -> Catalogue:
    """Load and validate an agenda (default: the built-in one).

    The built-in agenda takes its ministries and pillars from data/addressees.json (or
    *addressees_path*) and its short titles from data/short-titles.json (or
    *short_titles_path*); any other agenda file carries ministries and pillars on its nodes.
    """
    if path is None and addressees_path is None and short_titles_path is None:
        try:
            key = tuple(_file_key(data_file(name)) for name in (BUILTIN, "addressees.json", "short-titles.json"))
        except OSError:
            return _load_catalogue(None, None, None)  # names the missing file
        if key not in _builtin_memo:
            _builtin_memo.clear()
            _builtin_memo[key] = _load_catalogue(None, None, None)
        return _builtin_memo[key]
    return _load_catalogue(path, addressees_path, short_titles_path)


def _side_file(model, path: Path | None):
    """A file that goes with an agenda (ministries per demand, short titles), validated; None without one."""
    if path is None:
        return None
    try:
        return model.model_validate(read_json(path))
    except ValidationError as exc:
        raise pydantic_error(exc, path) from None


def _load_catalogue(path: Path | None, addressees_path: Path | None, short_titles_path: Path | None) -> Catalogue:
    builtin = path is None
    path = path or data_file(BUILTIN)
    data = read_agenda_file(path)
    if builtin:
        addressees_path = addressees_path or data_file("addressees.json")
        short_titles_path = short_titles_path or data_file("short-titles.json")
    addressees = _side_file(AddresseesFile, addressees_path)
    short_titles = _side_file(ShortTitlesFile, short_titles_path)
    try:
        return Catalogue(data, addressees, path, short_titles)
    except ValueError as exc:
        where = short_titles_path if "korte titel" in str(exc) else (addressees_path or path)
        raise G40Error(str(exc), where) from None
    except RecursionError:
        raise G40Error("de agenda is te diep genest", path) from None
