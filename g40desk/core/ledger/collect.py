"""Reading every pack under the ledger's folders, through the index: only what changed is read again."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from g40desk.core.errors import G40Error
from g40desk.core.files.jsonfile import parse_json
from g40desk.core.ledger.index import Index, Row, now_ns
from g40desk.core.ledger.records import PackRecord, bulk, record_of
from g40desk.core.ledger.scan import Skipped, content_hash, pack_files, read_stable
from g40desk.core.pack.storage import MAX_PACK_BYTES, pack_from_data


@dataclass
class Collection:
    """The packs found (one per pack ID: the newest copy), what was skipped and why, and the work done."""

    records: list[PackRecord] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    copies: list[Skipped] = field(default_factory=list)  # older copies of a pack (same ID): not counted twice
    read: int = 0  # files parsed this time
    reused: int = 0  # files taken from the index unread or unchanged
    notes: list[str] = field(default_factory=list)  # about the index itself


def _reason(exc: G40Error) -> str:
    return f"veld '{exc.field}': {exc.message}" if exc.field else exc.message


def _parse(path: str, raw: bytes, mtime_ns: int) -> tuple[str | None, str | None]:
    """(record JSON, None) for a pack, (None, why not) for anything else."""
    try:
        pack = pack_from_data(parse_json(raw, Path(path)), Path(path))
    except G40Error as exc:
        return None, _reason(exc)
    return record_of(pack, path, mtime_ns).to_json(), None


def ledger_folders(chosen: list[Path], machine: tuple[Path, ...] = (), pack_path: Path | None = None) -> list[Path]:
    """The folders the ledger reads in the editor: the user's (Voorkeuren), then those IT set for the
    computer (core/files/machine.py); when there are none, the folder of the open pack."""
    folders = list(dict.fromkeys([*chosen, *machine]))
    if not folders and pack_path is not None:
        folders = [Path(pack_path).parent]
    return folders


def collect(folders: list[Path], index: Index) -> Collection:
    """Every pack under *folders*, read-only and without taking a lock; damaged or foreign files skipped."""
    with bulk():
        return _collect(folders, index)


def _collect(folders: list[Path], index: Index) -> Collection:
    files, skipped = pack_files(folders)
    out = Collection(skipped=skipped)
    known = index.rows()
    changed: dict[str, Row] = {}
    found: list[PackRecord] = []
    for path in files:
        row = known.get(path)
        try:
            info = os.stat(path)
            if row is None or not row.trusted(info.st_size, info.st_mtime_ns):
                raw, info = read_stable(path, MAX_PACK_BYTES)
                digest = content_hash(raw)
                if row is not None and row.hash == digest and row.size == info.st_size:
                    out.reused += 1
                    record, problem = row.record, row.problem
                else:
                    out.read += 1
                    record, problem = _parse(path, raw, info.st_mtime_ns)
                row = changed[path] = Row(info.st_size, info.st_mtime_ns, digest, now_ns(), record, problem)
            else:
                out.reused += 1
        except G40Error as exc:
            out.skipped.append(Skipped(path, _reason(exc)))
            continue
        except OSError as exc:
            out.skipped.append(Skipped(path, f"kan het bestand niet lezen ({exc.strerror})"))
            continue
        if row.problem:
            out.skipped.append(Skipped(path, row.problem))
        elif row.record:
            found.append(PackRecord.from_json(path, row.mtime_ns, row.record))
    roots = [os.path.join(os.path.abspath(f), "") for f in folders]
    seen = set(files)
    gone = [p for p in known if p not in seen and any(p.startswith(r) for r in roots)]
    index.write(changed, gone)
    if index.problem:
        out.notes.append(index.problem)
    out.records, out.copies = _newest_per_pack(found)
    return out


def _newest_per_pack(records: list[PackRecord]) -> tuple[list[PackRecord], list[Skipped]]:
    """One record per pack ID: the file changed last. A copy in another folder, or the copy kept
    when a pack was brought to a new schema (``.v2.g40pack``), is not counted twice."""
    newest: dict[str, PackRecord] = {}
    copies = []
    for record in sorted(records, key=lambda r: (r.mtime_ns, r.path), reverse=True):
        kept = newest.setdefault(record.pack_id, record)
        if kept is not record:
            copies.append(Skipped(record.path, f"oudere kopie van {kept.path} (zelfde pakket); niet dubbel geteld"))
    return sorted(newest.values(), key=lambda r: r.path), copies
