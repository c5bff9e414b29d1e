"""Setting a damaged file of the user's aside, so g40desk starts without it and nothing is lost."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from g40desk.core.files import windows
from g40desk.core.files.atomic import sibling


@dataclass
class SetAside:
    path: Path  # the damaged file or folder as it was
    why: str  # one Dutch line
    moved_to: Path | None = None  # None: it could not be moved (it stays, and is skipped)

    def describe(self) -> str:
        if self.moved_to is None:
            return f"{self.path}: {self.why} (kon niet opzij worden gezet; het wordt overgeslagen)"
        return f"{self.path.name} → {self.moved_to.name}: {self.why}"


def set_aside(path: Path, why: str, now: dt.datetime | None = None) -> SetAside:
    """Rename *path* to ``<name>.beschadigd-<date>-<time>`` beside it (never over another file)."""
    path = Path(path)
    when = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    for number in range(1, 100):
        target = sibling(path, f".beschadigd-{when}" + (f"-{number}" if number > 1 else ""))
        if os.path.lexists(target):
            continue
        try:
            windows.retry(lambda target=target: os.rename(path, target))
        except OSError:
            return SetAside(path, why)
        return SetAside(path, why, target)
    return SetAside(path, why)
