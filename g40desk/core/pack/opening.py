"""Opening a pack for use: the agenda it goes with and the agenda changes waiting for a decision.

The editor (gui/controllers/agenda.py, on every pack it opens) and the command line
(``g40desk review`` and every command on a pack) make this one review, so a pack opens the same
way everywhere; what to do with the changes (ask, list, refuse) stays with the caller.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from g40desk.core.agenda.catalogue import Catalogue
from g40desk.core.agenda.library import AgendaLibrary
from g40desk.core.agenda.review import Change, review_pack
from g40desk.core.audience.audiences import Audiences
from g40desk.core.pack.model import Pack
from g40desk.core.pack.storage import check_pack, load_pack


@dataclass
class Opened:
    """A pack, the agenda it should be used with, and the changes in that agenda still to decide."""

    pack: Pack
    agenda: Catalogue
    changes: list[Change]


def review_on_open(pack: Pack, path: Path | None, library: AgendaLibrary, audiences: Audiences,
                   agenda: Catalogue | None = None) -> Opened:
    """Review a pack just read against *agenda* (default: the newest version of the agenda it was
    made with). An item that agenda lacks and the pack has no recorded text of is refused here,
    naming it (G40Error): nothing could be shown for it."""
    agenda = agenda or library.for_pack(pack)
    texts = pack.agenda.texts if pack.agenda else {}
    known = agenda.with_own(pack.own, path)
    if any(item.ref not in known and item.ref not in texts for item in pack.items):
        check_pack(pack, agenda, audiences, path)
    return Opened(pack, agenda, review_pack(pack, agenda, library.made_with(pack)))


def open_pack(path: Path, library: AgendaLibrary, audiences: Audiences, agenda: Catalogue | None = None) -> Opened:
    """Read the pack at *path* (entries its agenda lacks let through until the review) and review it."""
    pack = load_pack(path, library.load(library.builtin()), audiences, strict=False)
    return review_on_open(pack, Path(path), library, audiences, agenda)
