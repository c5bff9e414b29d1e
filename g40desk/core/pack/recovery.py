"""The recovery journal's file: what the editor keeps of unsaved work, and reading it back after a crash.

One JSON file per editor session in ``<local app data>/recovery``, named ``<pid>-<random>.json``::

    {"format": "g40desk-recovery-2", "path": "<the pack's file or null>",
     "saved_at": "<ISO time with zone>", "disk": {"size", "mtime_ns", "digest"} | null,
     "pack": {<the pack, with its schema_version>}}

``disk`` is what the pack's file held when the session read or saved it: after a restore,
the editor's content check (core/files/stamp.py) then stops a save over a version a
colleague saved meanwhile. The pack goes through the same migrations and checks as a pack
file (storage.pack_from_data, check_pack). A journal that cannot be read is reported as a G40Error; the
editor's start sets it aside (core/checkup.py) and goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from g40desk.core.agenda.catalogue import Catalogue
from g40desk.core.audience.audiences import Audiences
from g40desk.core.errors import G40Error
from g40desk.core.files.jsonfile import read_json
from g40desk.core.files.processes import process_alive
from g40desk.core.files.stamp import Stamp
from g40desk.core.files.userdata import local_data_dir
from g40desk.core.pack.model import Pack
from g40desk.core.pack.owners import settle
from g40desk.core.pack.storage import MAX_PACK_BYTES, check_pack, pack_from_data

FORMAT = "g40desk-recovery-2"
FORMATS = ("g40desk-recovery-1", FORMAT)  # 1: without "disk"
MAX_PATH = 4096


def recovery_dir() -> Path:
    return local_data_dir() / "recovery"


@dataclass
class Recovery:
    file: Path
    pack: Pack
    original: Path | None
    saved_at: dt.datetime
    disk: Stamp | None = None
    problem: str | None = None  # why the original path cannot be used (the work is restored unsaved)

    @property
    def order(self) -> float:
        """Seconds since the epoch, for sorting; a moment no clock can hold sorts last."""
        try:
            return self.saved_at.timestamp()
        except (OverflowError, ValueError, OSError):
            return float("-inf")


def journal_bytes(pack_json: str, path: Path | None, disk: Stamp | None, now: dt.datetime | None = None) -> bytes:
    """The journal for a pack already serialised as *pack_json* (``pack.model_dump_json()``:
    on the GUI thread this is the only cost, well under a millisecond)."""
    head = json.dumps({"format": FORMAT, "path": str(path) if path else None,
                       "saved_at": (now or dt.datetime.now(dt.UTC)).isoformat(),
                       "disk": None if disk is None else {"size": disk.size, "mtime_ns": disk.mtime_ns,
                                                          "digest": disk.digest}}, ensure_ascii=False)
    return (head[:-1] + ', "pack": ' + pack_json + "}").encode("utf-8")


def read_journal(file: Path, catalogue: Catalogue, audiences: Audiences) -> Recovery:
    """One journal file; G40Error naming it when it is damaged or not a journal at all."""
    file = Path(file)
    data = read_json(file, max_bytes=MAX_PACK_BYTES + 100_000)
    if not isinstance(data, dict) or data.get("format") not in FORMATS:
        raise G40Error("geen herstelbestand van g40desk (of van een nieuwere versie)", file)
    if not isinstance(data.get("pack"), dict):
        raise G40Error("het herstelbestand bevat geen pakket", file, "pack")
    pack = pack_from_data(data["pack"], file)  # as a pack file is read: version, migrations, validation
    check_pack(pack, catalogue, audiences, file, strict=False)
    settle(pack)
    original, problem = _original(data.get("path"))
    return Recovery(file, pack, original, _moment(data.get("saved_at"), file), _stamp(data.get("disk")), problem)


def _original(value: object) -> tuple[Path | None, str | None]:
    if value is None:
        return None, None
    if not isinstance(value, str) or not value.strip() or "\x00" in value or len(value) > MAX_PATH:
        return None, "het oorspronkelijke pad in het herstelbestand is onbruikbaar"
    return Path(value), None


def _moment(value: object, file: Path) -> dt.datetime:
    """When the journal was written; a naive time counts as UTC; without a usable one, the file's time."""
    try:
        moment = dt.datetime.fromisoformat(value) if isinstance(value, str) and len(value) <= 40 else None
    except ValueError:
        moment = None
    if moment is None:
        try:
            return dt.datetime.fromtimestamp(os.stat(file).st_mtime, dt.UTC)
        except (OSError, OverflowError, ValueError):
            return dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _stamp(value: object) -> Stamp | None:
    if not isinstance(value, dict):
        return None
    size, mtime, digest = value.get("size"), value.get("mtime_ns"), value.get("digest")
    if isinstance(size, int) and isinstance(mtime, int) and isinstance(digest, str) and len(digest) == 64:
        return Stamp(size, mtime, digest)
    return None


def owned_by_another_live_editor(file: Path) -> bool:
    """The journal of another g40desk window that is still open: not ours to offer or set aside."""
    pid = Path(file).name.split("-", 1)[0]
    return pid.isdigit() and int(pid) != os.getpid() and process_alive(int(pid))


def journal_files(folder: Path | None = None) -> list[Path]:
    """The journals in *folder* that no other open editor is writing."""
    folder = recovery_dir() if folder is None else Path(folder)
    try:
        files = sorted(p for p in folder.glob("*.json") if p.is_file())
    except OSError:
        return []
    return [f for f in files if not owned_by_another_live_editor(f)]


def pending(catalogue: Catalogue, audiences: Audiences, folder: Path | None = None) -> list[Recovery]:
    """Work left by sessions that did not end cleanly, newest first. A damaged journal is left
    out here (the start's check sets it aside and names it)."""
    found = []
    for file in journal_files(folder):
        try:
            found.append(read_journal(file, catalogue, audiences))
        except G40Error:
            continue
    return sorted(found, key=lambda r: r.order, reverse=True)
