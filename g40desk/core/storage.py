"""Pack files (.g40pack): JSON with a schema version, validated on load, saved atomically."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from g40desk.core.atomic import write_bytes_atomic
from g40desk.core.audiences import Audiences
from g40desk.core.catalogue import PICKABLE, Catalogue
from g40desk.core.errors import G40Error, pydantic_error
from g40desk.core.jsonfile import read_json
from g40desk.core.pack import SCHEMA_VERSION, Pack

EXTENSION = ".g40pack"
MAX_PACK_BYTES = 20_000_000


def load_pack(path: Path, catalogue: Catalogue, audiences: Audiences) -> Pack:
    """Read, migrate and validate a pack; any problem is one G40Error naming file and field."""
    path = Path(path)
    data = read_json(path, max_bytes=MAX_PACK_BYTES)
    if not isinstance(data, dict):
        raise G40Error("geen g40desk-pakket: de inhoud is geen JSON-object", path)
    version = data.get("schema_version", 1)
    if not isinstance(version, int) or isinstance(version, bool):
        raise G40Error("moet een geheel getal zijn", path, "schema_version")
    if version > SCHEMA_VERSION:
        raise G40Error(
            f"dit pakket is gemaakt met een nieuwere g40desk (schemaversie {version}, "
            f"deze versie kent tot {SCHEMA_VERSION}); werk g40desk bij om het te openen",
            path,
            "schema_version",
        )
    try:
        pack = Pack.model_validate(data)
    except ValidationError as exc:
        raise pydantic_error(exc, path) from None
    check_pack(pack, catalogue, audiences, path)
    return pack


def check_pack(pack: Pack, catalogue: Catalogue, audiences: Audiences, path: Path | None = None) -> None:
    """Check every reference of a pack against the catalogue and the audiences."""
    for i, audience_id in enumerate(pack.audiences):
        if audience_id not in audiences:
            raise G40Error(f"onbekende doelgroep '{audience_id}' (zie 'g40desk audiences')", path, f"audiences[{i}]")
    if len(set(pack.audiences)) != len(pack.audiences):
        raise G40Error("een doelgroep staat er twee keer in", path, "audiences")
    seen: set[str] = set()
    for i, item in enumerate(pack.items):
        if item.ref not in catalogue:
            raise G40Error(f"onbekende catalogus-ID '{item.ref}' (zie 'g40desk catalogue')", path, f"items[{i}].ref")
        if catalogue[item.ref].kind not in PICKABLE:
            raise G40Error(f"'{item.ref}' is geen thema, doel, eis of kerngegeven", path, f"items[{i}].ref")
        if item.ref in seen:
            raise G40Error(f"'{item.ref}' staat er twee keer in", path, f"items[{i}].ref")
        seen.add(item.ref)
        for audience_id in item.overrides:
            if audience_id not in audiences:
                raise G40Error(f"onbekende doelgroep '{audience_id}'", path, f"items[{i}].overrides")


def pack_to_json(pack: Pack) -> str:
    data = pack.model_dump(mode="json", exclude_defaults=True)
    data = {"schema_version": SCHEMA_VERSION, "id": pack.id, "title": pack.title, "audiences": pack.audiences, **data}
    data["items"] = [item.model_dump(mode="json", exclude_defaults=True) for item in pack.items]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def save_pack(pack: Pack, path: Path, backup: bool = True) -> None:
    """Write the pack atomically; the previous file is kept as <name>.bak."""
    write_bytes_atomic(Path(path), pack_to_json(pack).encode("utf-8"), backup=backup)
