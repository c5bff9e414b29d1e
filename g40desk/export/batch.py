"""One note per audience plus the demand matrix, into one folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from g40desk.core.audiences import Audiences
from g40desk.core.briefing import build_briefing
from g40desk.core.catalogue import Catalogue
from g40desk.core.pack import NoteOptions, Pack
from g40desk.core.text import slugify
from g40desk.export.docx_note import write_note
from g40desk.export.xlsx_matrix import write_matrix


@dataclass
class BatchResult:
    notes: list[Path] = field(default_factory=list)
    matrix: Path | None = None
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False


def file_stem(pack_title: str, audience_id: str) -> str:
    """A name valid on Windows, macOS and Linux: ASCII, no reserved characters, not too long."""
    title = slugify(pack_title)[:60].strip("-") or "briefing"
    return f"{title}-{audience_id.split(':', 1)[1]}"


def write_batch(pack: Pack, catalogue: Catalogue, audiences: Audiences, out: Path, audience_ids: list[str],
                options: NoteOptions | None = None, template: Path | None = None,
                progress: Callable[[int, int], bool] | None = None) -> BatchResult:
    """Write the notes, then the matrix. *progress(done, total)* returning False cancels."""
    result = BatchResult()
    options = options or pack.options
    total = len(audience_ids) + 1
    for done, audience_id in enumerate(audience_ids):
        if progress is not None and progress(done, total) is False:
            result.cancelled = True
            return result
        path = out / f"{file_stem(pack.title, audience_id)}.docx"
        briefing = build_briefing(pack, catalogue, audiences, audience_id)
        for warning in write_note(briefing, options, path, template, pack.author):
            result.warnings.append(f"{path.name}: {warning}")
        result.notes.append(path)
    result.matrix = out / f"{slugify(pack.title)[:60].strip('-') or 'briefing'}-matrix.xlsx"
    write_matrix(pack, catalogue, audiences, result.matrix)
    if progress is not None:
        progress(total, total)
    return result
