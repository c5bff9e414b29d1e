"""Where agendas live: the built-in one, the user's data folder, and shared folders.

An agenda is a file (core/catalogue.py reads it). g40desk ships one in data/; the user's
own versions (imported from Word or edited in the app) are saved in
``<app-data>/agendas``; a network bureau can publish agendas in a shared folder that every
advisor points to (setting, or ``G40DESK_AGENDA_PATH``), which g40desk only reads.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from g40desk.core.agenda.catalogue import BUILTIN, Catalogue, CatalogueFile, load_catalogue, read_agenda_file
from g40desk.core.errors import G40Error
from g40desk.core.files.atomic import write_bytes_atomic
from g40desk.core.files.userdata import user_data_dir
from g40desk.core.pack.model import Pack
from g40desk.resources import data_file

MAX_FILES = 500  # agenda files read from one folder; a shared drive may hold other things


def user_agenda_dir() -> Path:
    return user_data_dir() / "agendas"


def shared_dirs_from_env() -> list[Path]:
    """G40DESK_AGENDA_PATH's folders, then those IT set for every user of the computer (core/files/machine.py)."""
    from g40desk.core.files import machine

    raw = os.environ.get("G40DESK_AGENDA_PATH", "")
    folders = [Path(p) for p in raw.split(os.pathsep) if p.strip()]
    return folders + [p for p in machine.machine_defaults().agenda_folders if p not in folders]


class Location(StrEnum):
    BUILTIN = "ingebouwd"
    USER = "eigen"
    SHARED = "gedeeld"


@dataclass(frozen=True)
class AgendaInfo:
    id: str
    version: int
    title: str
    source: str
    date: str | None
    path: Path
    location: Location

    @property
    def read_only(self) -> bool:
        return self.location != Location.USER

    @property
    def label(self) -> str:
        return f"{self.source or self.title} (versie {self.version})"


def scan_folder(folder: Path, location: Location) -> tuple[list[AgendaInfo], list[str]]:
    """The agendas in *folder* and one line per file skipped. Touches nothing but the files, so
    the editor can run it for a shared folder on another thread (an offline share can block)."""
    try:
        files = sorted(p for p in folder.glob("*.json") if p.is_file())[:MAX_FILES]
    except OSError:
        return [], []
    infos, problems = [], []
    for path in files:
        try:
            infos.append(_read_info(path, location))
        except G40Error as exc:
            problems.append(str(exc))
    return infos, problems


def _read_info(path: Path, location: Location) -> AgendaInfo:
    data = read_agenda_file(path)
    return AgendaInfo(data.id, data.version, data.title, data.source, data.date, path, location)


class AgendaLibrary:
    """Every agenda g40desk can find, and which one a pack should use.

    With ``scan_shared=False`` the shared folders are not read here: the editor scans them off
    its GUI thread and hands what it found in (:meth:`use_shared`); until then they count as empty.
    """

    def __init__(self, shared: list[Path] | None = None, user_dir: Path | None = None, scan_shared: bool = True):
        self.user_dir = user_dir or user_agenda_dir()
        self.shared = list(shared if shared is not None else shared_dirs_from_env())
        self.scan_shared = scan_shared
        self.problems: list[str] = []  # files that were skipped, one Dutch line each
        self._cache: dict[Path, Catalogue] = {}
        self._infos: list[AgendaInfo] | None = None
        self._shared_found: dict[Path, tuple[list[AgendaInfo], list[str]]] = {}

    def refresh(self) -> None:
        self._infos = None

    def use_shared(self, folder: Path, infos: list[AgendaInfo], problems: list[str]) -> None:
        """What a scan of the shared *folder* found (scan_folder, run elsewhere)."""
        self._shared_found[Path(folder)] = (infos, problems)
        self._infos = None

    def list(self) -> list[AgendaInfo]:
        """All agendas, by ID then version; a broken file is skipped and named in ``problems``."""
        if self._infos is None:
            self.problems = []
            found = [_read_info(data_file(BUILTIN), Location.BUILTIN)]
            for folder in (self.user_dir, *self.shared):
                location = Location.USER if folder == self.user_dir else Location.SHARED
                if location == Location.USER or self.scan_shared:
                    infos, problems = scan_folder(folder, location)
                else:
                    infos, problems = self._shared_found.get(Path(folder), ([], []))
                found += infos
                self.problems += problems
            seen: set[tuple[str, int]] = set()
            infos = []
            for info in found:
                if (info.id, info.version) in seen:
                    continue
                seen.add((info.id, info.version))
                infos.append(info)
            self._infos = sorted(infos, key=lambda i: (i.location != Location.BUILTIN, i.id, i.version))
        return list(self._infos)

    def find(self, agenda_id: str, version: int | None = None) -> AgendaInfo | None:
        """That version of an agenda, or (version None) its newest."""
        matches = [i for i in self.list() if i.id == agenda_id and (version is None or i.version == version)]
        return max(matches, key=lambda i: i.version) if matches else None

    def builtin(self) -> AgendaInfo:
        return self.list()[0]

    def load(self, info: AgendaInfo) -> Catalogue:
        if info.path not in self._cache:
            self._cache[info.path] = load_catalogue(None if info.location == Location.BUILTIN else info.path)
        return self._cache[info.path]

    def for_pack(self, pack: Pack) -> Catalogue:
        """The agenda a pack should be used with: the newest version of the agenda it was
        made with, or the built-in one if that agenda is not here."""
        info = self.find(pack.agenda.id) if pack.agenda else None
        return self.load(info or self.builtin())

    def made_with(self, pack: Pack) -> Catalogue | None:
        """The exact agenda version a pack records, if it is here."""
        info = self.find(pack.agenda.id, pack.agenda.version) if pack.agenda else None
        return self.load(info) if info else None

    def resolve(self, spec: str) -> Catalogue:
        """An agenda named on the command line: a file, an ID, or ID@version."""
        path = Path(spec)
        if path.suffix == ".json" or path.exists():
            return load_catalogue(path)
        agenda_id, _, version = spec.partition("@")
        info = self.find(agenda_id, int(version) if version.isdigit() else None)
        if info is None:
            raise G40Error(f"geen agenda '{spec}' gevonden (zie 'g40desk agenda list')", field="--agenda")
        return self.load(info)

    def next_version(self, agenda_id: str) -> int:
        return max((i.version for i in self.list() if i.id == agenda_id), default=0) + 1

    def save(self, data: CatalogueFile) -> Path:
        """Save an agenda as a new file in the user's folder; an existing version is never overwritten."""
        if self.find(data.id, data.version) is not None:
            raise G40Error(f"agenda '{data.id}' versie {data.version} bestaat al; een nieuwe versie krijgt "
                           f"nummer {self.next_version(data.id)}")
        path = self.user_dir / f"{data.id}-v{data.version}.json"
        try:
            self.user_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise G40Error(f"kan de map niet maken ({exc.strerror})", self.user_dir) from None
        write_agenda(data, path)
        self.refresh()
        return path


def agenda_json(data: CatalogueFile) -> str:
    payload = data.model_dump(mode="json", exclude_defaults=True)
    head = {"schema_version": data.schema_version, "id": data.id, "version": data.version}
    return json.dumps({**head, **payload}, ensure_ascii=False, indent=2) + "\n"


def write_agenda(data: CatalogueFile, path: Path) -> None:
    """Write an agenda file atomically (validated again first: nothing half-valid is written)."""
    CatalogueFile.model_validate(data.model_dump())
    write_bytes_atomic(Path(path), agenda_json(data).encode("utf-8"))


def entry_rows(catalogue: Catalogue) -> list[dict]:
    """Every entry with every text, for `g40desk catalogue --json` and `agenda show --json`.

    ``title`` is the heading or the short label, ``text`` the main text as before
    (for a core message its summary, for a section or theme its paragraphs); the node's own
    fields (summary, paragraphs, rationale, closing, subpoints, source, corrections,
    outdated, retired) follow under their own names.
    """
    rows = []
    for entry in catalogue.walk():
        node = entry.node
        own = node.model_dump(mode="json", exclude={"id", "kind", "children", "ministries", "pillar"},
                              exclude_defaults=True)
        row = {"id": entry.id, "kind": entry.kind.value, "parent": entry.parent, **own,
               "title": node.title or entry.label,
               "text": node.text or node.summary or "\n\n".join(node.rationale or node.paragraphs)}
        if entry.kind.value == "demand":
            row["ministries"] = list(entry.ministries)
        if entry.pillar:
            row["pillar"] = entry.pillar.value
        rows.append(row)
    return rows


def agenda_document(catalogue: Catalogue) -> dict:
    """The whole agenda as one JSON object: its identity, then every entry."""
    meta = catalogue.meta.model_dump(mode="json", exclude={"entries"}, exclude_none=True)
    return {**meta, "entries": entry_rows(catalogue)}
