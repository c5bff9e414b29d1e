"""Pack files (.g40pack): JSON with a schema version, validated on load, saved atomically."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from g40desk.core.agenda.catalogue import PICKABLE, Catalogue, Kind
from g40desk.core.audience.audiences import Audiences
from g40desk.core.errors import G40Error, pydantic_error
from g40desk.core.files import locks
from g40desk.core.files.atomic import sibling, target_of, write_bytes_atomic
from g40desk.core.files.jsonfile import read_json, read_regular_file
from g40desk.core.files.stamp import Stamp, check_unchanged, stamp_of_bytes
from g40desk.core.pack import limits
from g40desk.core.pack.model import ALL_AUDIENCES, SCHEMA_VERSION, Pack
from g40desk.core.pack.owners import settle

EXTENSION = ".g40pack"
MAX_PACK_BYTES = 20_000_000


def load_pack(path: Path, catalogue: Catalogue, audiences: Audiences, strict: bool = True) -> Pack:
    """Read, migrate and validate a pack; any problem is one G40Error naming file and field.

    With ``strict=False`` entries missing from *catalogue* are let through, so a pack made
    with another agenda can be reviewed (core/agenda_review.py) before it is used.
    """
    path = Path(path)
    pack = pack_from_data(read_json(path, max_bytes=MAX_PACK_BYTES), path)
    check_pack(pack, catalogue, audiences, path, strict)
    settle(pack)
    return pack


def pack_from_data(data: object, path: Path | None) -> Pack:
    """A pack from parsed JSON: version checked, migrated, validated (references are not checked)."""
    if not isinstance(data, dict):
        raise G40Error("geen g40desk-pakket: de inhoud is geen JSON-object", path)
    data = migrate(data, _version(data, path))
    try:
        return Pack.model_validate(data)
    except ValidationError as exc:
        raise pydantic_error(exc, path) from None


def _version(data: dict, path: Path | None) -> int:
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise G40Error("moet een geheel getal zijn", path, "schema_version")
    if version > SCHEMA_VERSION:
        raise G40Error(
            f"dit pakket is gemaakt met een nieuwere g40desk (schemaversie {version}, "
            f"deze versie kent tot {SCHEMA_VERSION}); werk g40desk bij om het te openen",
            path,
            "schema_version",
        )
    return version


def _from_0(data: dict) -> dict:
    """Version 0: hand-written packs without schema_version. Talking points may be one
    string (one point per line) and priorities may be Dutch words."""
    dutch = {"hoog": "high", "middel": "medium", "laag": "low"}
    items = []
    if not isinstance(data.get("items", []), list):
        return {**data, "schema_version": 1}  # validation names the field
    for item in data.get("items", []):
        if isinstance(item, dict):
            item = dict(item)
            if isinstance(item.get("talking_points"), str):
                item["talking_points"] = [p for p in item["talking_points"].splitlines() if p.strip()]
            if isinstance(item.get("priority"), str):
                item["priority"] = dutch.get(item["priority"].lower(), item["priority"])
        items.append(item)
    return {**data, "items": items, "schema_version": 1}


def _from_1(data: dict) -> dict:
    """Version 1: packs did not record their agenda; they were all made with the built-in
    agenda before it had versions (now version 1 of it)."""
    from g40desk.core.agenda.catalogue import BUILTIN_ID

    return {**data, "schema_version": 2, "agenda": data.get("agenda") or {"id": BUILTIN_ID, "version": 1}}


def _from_2(data: dict) -> dict:
    """Version 2 had no outcomes, meeting as held or "Terugblik": all three start empty."""
    return {**data, "schema_version": 3}


def _from_3(data: dict) -> dict:
    """Version 3: texts had no owner. In a pack for one audience they become that audience's; in
    a pack for several they become "alle doelgroepen", and the pack asks once for a review."""
    from g40desk.core.pack.model import ALL_AUDIENCES, OWNED_FIELDS

    audiences = data.get("audiences") if isinstance(data.get("audiences"), list) else []
    owner = audiences[0] if len(audiences) == 1 and isinstance(audiences[0], str) else ALL_AUDIENCES
    typed = False
    items = []
    for item in data.get("items", []) if isinstance(data.get("items"), list) else []:
        if isinstance(item, dict):
            owners = {name: owner for name in OWNED_FIELDS if item.get(name)}
            if owners:
                item = {**item, "owners": owners}
                typed = True
        items.append(item)
    out = {**data, "schema_version": 4}
    if "items" in data:
        out["items"] = items if isinstance(data.get("items"), list) else data["items"]
    meeting = data.get("meeting")
    if isinstance(meeting, dict) and meeting.get("participants"):
        out["meeting"] = {**meeting, "participants_owner": owner}
        typed = True
    if isinstance(data.get("own"), list):
        out["own"] = [{**o, "owner": owner} if isinstance(o, dict) else o for o in data["own"]]
        typed = typed or bool(data["own"])
    if typed and owner == ALL_AUDIENCES and len(audiences) > 1:
        out["review_owners"] = True
    return out


def _from_4(data: dict) -> dict:
    """Version 4: a "Terugblik" point named its audience as ``audience``; it is an owned text now (``owner``)."""
    lookback = data.get("lookback")
    if isinstance(lookback, list):
        lookback = [{("owner" if k == "audience" else k): v for k, v in r.items()} if isinstance(r, dict) else r
                    for r in lookback]
        return {**data, "lookback": lookback, "schema_version": 5}
    return {**data, "schema_version": 5}


def _from_5(data: dict) -> dict:
    """Version 5 had no choice for asks addressed to others: a ministry's note groups them after its own."""
    return {**data, "schema_version": 6}


MIGRATIONS = {0: _from_0, 1: _from_1, 2: _from_2, 3: _from_3, 4: _from_4, 5: _from_5}


def migrate(data: dict, version: int) -> dict:
    """Bring an older pack up to SCHEMA_VERSION, one step at a time."""
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data


def file_version(path: Path) -> int | None:
    """The schema version of an existing pack file, or None if it is not a readable pack."""
    try:
        data = read_json(Path(path), max_bytes=MAX_PACK_BYTES)
    except G40Error:
        return None
    if not isinstance(data, dict):
        return None
    version = data.get("schema_version", 0)
    return version if isinstance(version, int) and not isinstance(version, bool) else None


def check_pack(pack: Pack, catalogue: Catalogue, audiences: Audiences, path: Path | None = None,
               strict: bool = True) -> None:
    """Check every reference of a pack against the catalogue (with the pack's own entries)
    and the audiences, and the pack's limits (core/pack/limits.py)."""
    limits.check(pack, path)
    catalogue = catalogue.with_own(pack.own, path)
    for i, audience_id in enumerate(pack.audiences):
        if audience_id not in audiences:
            raise G40Error(f"onbekende doelgroep '{audience_id}' (zie 'g40desk audiences')", path, f"audiences[{i}]")
    if len(set(pack.audiences)) != len(pack.audiences):
        raise G40Error("een doelgroep staat er twee keer in", path, "audiences")
    for i, mine in enumerate(pack.own):
        for tag in mine.ministries:
            if tag not in audiences:
                raise G40Error(f"onbekend ministerie '{tag}' (zie 'g40desk audiences')", path, f"own[{i}].ministries")
    seen: set[str] = set()
    for i, item in enumerate(pack.items):
        if item.ref not in catalogue:
            if strict:
                raise G40Error(f"onbekende catalogus-ID '{item.ref}' (zie 'g40desk catalogue'; is het pakket "
                               f"met een andere agenda gemaakt? 'g40desk review' toont de verschillen)",
                               path, f"items[{i}].ref")
        elif catalogue[item.ref].kind not in PICKABLE:
            raise G40Error(f"'{item.ref}' is geen thema, doel, eis of kerngegeven", path, f"items[{i}].ref")
        if item.ref in seen:
            raise G40Error(f"'{item.ref}' staat er twee keer in", path, f"items[{i}].ref")
        seen.add(item.ref)
        for audience_id in item.overrides:
            if audience_id not in audiences:
                raise G40Error(f"onbekende doelgroep '{audience_id}'", path, f"items[{i}].overrides")
        _check_outcomes(item, i, catalogue, audiences, path)
        for name, owner in item.owners.items():
            _check_owner(owner, audiences, path, f"items[{i}].owners.{name}")
    _check_owner(pack.meeting.participants_owner, audiences, path, "meeting.participants_owner")
    for audience_id in pack.meeting.participants_for:
        _check_owner(audience_id, audiences, path, "meeting.participants_for")
    for i, mine in enumerate(pack.own):
        _check_owner(mine.owner, audiences, path, f"own[{i}].owner")
    for i, recall in enumerate(pack.lookback):
        _check_owner(recall.owner, audiences, path, f"lookback[{i}].owner")


def _check_outcomes(item, i: int, catalogue: Catalogue, audiences: Audiences, path: Path | None) -> None:
    """Outcomes belong to an ask (a demand) and to a known audience."""
    if not item.outcomes:
        return
    if item.ref in catalogue and catalogue[item.ref].kind != Kind.DEMAND:
        raise G40Error("alleen een eis heeft een uitkomst van het overleg", path, f"items[{i}].outcomes")
    for audience_id in item.outcomes:
        if audience_id not in audiences:
            raise G40Error(f"onbekende doelgroep '{audience_id}'", path, f"items[{i}].outcomes")


def _check_owner(owner: str | None, audiences: Audiences, path: Path | None, where: str) -> None:
    if owner is not None and owner != ALL_AUDIENCES and owner not in audiences:
        raise G40Error(f"onbekende doelgroep '{owner}' als eigenaar (zie 'g40desk audiences')", path, where)


def pack_to_json(pack: Pack) -> str:
    """The file's text; every local text is written with its owner (owners.settle)."""
    pack = pack.model_copy(deep=True)
    settle(pack)
    data = pack.model_dump(mode="json", exclude_defaults=True)
    data = {"schema_version": SCHEMA_VERSION, "id": pack.id, "title": pack.title, "audiences": pack.audiences, **data}
    data["items"] = [item.model_dump(mode="json", exclude_defaults=True) for item in pack.items]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@dataclass(frozen=True)
class Saved:
    """What save_pack wrote: the pack (with the agenda recorded) and the file's stamp."""

    pack: Pack
    disk: Stamp


class PackTooLarge(G40Error):
    """A pack whose file would be larger than load_pack accepts (MAX_PACK_BYTES); ``size`` in bytes."""

    def __init__(self, size: int, path: Path | None = None):
        self.size = size
        super().__init__(f"het pakket wordt te groot om te bewaren ({size / 1_000_000:.0f} MB, hooguit "
                         f"{MAX_PACK_BYTES / 1_000_000:.0f} MB); er is niets geschreven. Maak teksten korter of "
                         "verdeel de onderdelen over twee pakketten", path)


def pack_bytes(pack: Pack, path: Path | None = None) -> bytes:
    """The pack's file as it would be written; PackTooLarge when load_pack would refuse to open it."""
    data = pack_to_json(pack).encode("utf-8")
    if len(data) > MAX_PACK_BYTES:
        raise PackTooLarge(len(data), path)
    return data


def save_pack(pack: Pack, path: Path, backup: bool = True, catalogue: Catalogue | None = None,
              overwrite_read_only: bool = False, expected: Stamp | None = None) -> Saved:
    """Write the pack atomically and return what was written; the previous file is kept as <name>.bak.

    With *catalogue*, what is written is a copy of the pack that records that agenda's ID,
    version and texts (core/agenda/review.stamped), unless a review against it is still
    pending; *pack* itself is never changed. Callers that go on with the pack use the copy.

    Nothing is written when the pack is beyond its limits (limits.PackRefused) or its file
    would be larger than MAX_PACK_BYTES: load_pack would refuse to open it.
    A file written by a newer g40desk is never overwritten. A file of an older schema
    version is first kept as <name>.v<version>.g40pack, so a migration never loses it.
    The pack is the one file written through a symbolic link (to its target); its backup
    and keep-copy are never (a link planted under their names is replaced).
    A pack that someone else has open (its lock) is never written: locks.PackLocked, or
    locks.LockLost when they took it over from us. A read-only pack raises
    atomic.ReadOnlyTarget unless *overwrite_read_only* (the user confirmed).
    With *expected* (the stamp of the file as it was read or last saved), a file another program
    changed since is never replaced: stamp.ChangedOnDisk. Returns the pack as written and the
    stamp of the file (:class:`Saved`).
    """
    path = Path(path)
    locks.check_can_write(path)
    check_unchanged(path, expected)
    if catalogue is not None:
        from g40desk.core.agenda.review import stamped

        pack = stamped(pack, catalogue)
    limits.check(pack, path)
    data = pack_bytes(pack, path)
    if path.exists():
        old = file_version(path)
        if old is not None and old > SCHEMA_VERSION:
            raise G40Error("dit bestand is van een nieuwere g40desk en wordt niet overschreven; "
                           "kies 'Opslaan als' met een andere naam", path)
        if old is not None and old < SCHEMA_VERSION:
            real = target_of(path)  # beside the file itself, as its .bak
            keep = sibling(real.with_name(real.stem), f".v{old}{real.suffix}")
            if not _is_regular_file(keep):  # a link planted there is replaced, never followed
                write_bytes_atomic(keep, read_regular_file(path, MAX_PACK_BYTES))
    write_bytes_atomic(path, data, backup=backup, overwrite_read_only=overwrite_read_only, follow_link=True)
    return Saved(pack, stamp_of_bytes(path, data))


def _is_regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False
