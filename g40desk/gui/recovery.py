"""Autosave of unsaved changes to a recovery folder, and restoring them after a crash."""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from g40desk.core.atomic import write_bytes_atomic
from g40desk.core.pack import Pack
from g40desk.core.storage import pack_to_json

FORMAT = "g40desk-recovery-1"


def data_dir() -> Path:
    """The app-data folder (G40DESK_DATA_DIR overrides it, for tests and portable use)."""
    override = os.environ.get("G40DESK_DATA_DIR")
    if override:
        return Path(override)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def recovery_dir() -> Path:
    return data_dir() / "recovery"


@dataclass
class Recovery:
    file: Path
    pack: Pack
    original: Path | None
    saved_at: dt.datetime

    def describe(self) -> str:
        where = str(self.original) if self.original else "nog niet opgeslagen"
        when = self.saved_at.astimezone().strftime("%d-%m-%Y %H:%M")
        return f"'{self.pack.title}' ({where}), bewaard op {when}"


def pending() -> list[Recovery]:
    """Recovery files left by sessions that did not end cleanly, newest first."""
    found = []
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    for file in folder.glob("*.json"):
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                continue
            found.append(Recovery(file, Pack.model_validate(data["pack"]),
                                  Path(data["path"]) if data.get("path") else None,
                                  dt.datetime.fromisoformat(data["saved_at"])))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # unreadable: leave it for a person to look at, never crash on it
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


class Autosaver(QObject):
    """Writes the open pack to the recovery folder while it has unsaved changes."""

    def __init__(self, doc, settings, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.file = recovery_dir() / f"{uuid.uuid4().hex}.json"
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, int(settings.get("autosave_seconds"))) * 1000)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        self._dirty = False
        doc.changed.connect(self._on_changed)
        doc.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_changed(self) -> None:
        self._dirty = True

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def save_now(self) -> None:
        if not self.doc.modified:
            self.discard()
            return
        if not self._dirty and self.file.exists():
            return
        data = {"format": FORMAT, "path": str(self.doc.path) if self.doc.path else None,
                "saved_at": dt.datetime.now(dt.UTC).isoformat(),
                "pack": json.loads(pack_to_json(self.doc.pack))}
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(self.file, json.dumps(data, ensure_ascii=False).encode("utf-8"))
            self._dirty = False
        except Exception:  # autosave must never interrupt the user; the next tick tries again
            pass

    def discard(self) -> None:
        try:
            self.file.unlink()
        except OSError:
            pass
