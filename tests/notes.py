"""Notes for tests, written the one way the app writes them: the check first (every problem allowed), then the writer."""

from __future__ import annotations

from pathlib import Path

from g40desk.core.note.preflight import CheckedBriefing, preflight
from g40desk.core.pack.model import NoteOptions, Pack
from g40desk.export import docx_note


def checked(pack: Pack, catalogue, audiences, audience: str | None = None, facts=None) -> CheckedBriefing:
    """The briefing for *audience* as it passed the check (placeholders and shared text allowed)."""
    return preflight(pack, catalogue, audiences, [audience], allow_placeholders=True, allow_shared_text=True,
                     facts=facts).briefings[audience]


def write_note(pack: Pack, catalogue, audiences, audience: str | None, path: Path, options: NoteOptions | None = None,
               template: Path | None = None, author: str | None = None) -> list[str]:
    """The note for *audience*, checked and written; what writing it found (styles, header placeholders)."""
    return docx_note.write_note(checked(pack, catalogue, audiences, audience), options or pack.options, path, template,
                                pack.author if author is None else author)
