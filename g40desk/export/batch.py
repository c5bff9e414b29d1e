"""One note per audience plus the demand matrix, into one folder."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from g40desk.core.agenda.catalogue import Catalogue
from g40desk.core.audience.audiences import Audiences
from g40desk.core.audience.facts import Facts
from g40desk.core.errors import G40Error
from g40desk.core.note.preflight import Checked, preflight
from g40desk.core.pack.model import NoteOptions, Pack
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
    return f"{title}-{slugify(audience_id.split(':', 1)[1])}"  # a role ID holds a '/'


def parallel_workers() -> int:
    """Worker processes for a batch run from the command line.

    Forked workers share the loaded catalogue and libraries, so they start in
    milliseconds. Only Linux forks safely; elsewhere, and inside the editor (whose
    threads make fork unsafe), notes are written one after another.
    """
    if sys.platform != "linux" or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


# What forked workers inherit: set just before the pool starts.
_JOB: tuple | None = None


def _write_one(audience_id: str, path: Path) -> list[str]:
    """Write one note; returns the template's warnings (the content's were reported by preflight)."""
    pack, briefings, options, template = _JOB
    briefing = briefings[audience_id]
    known = set(briefing.warnings)
    return [w for w in write_note(briefing, options, path, template, pack.author) if w not in known]


def _once(warnings: list[str], notes: int) -> list[str]:
    """Each warning once, with the number of notes it concerns when that is more than one."""
    counted = {w: warnings.count(w) for w in warnings}
    return [w if n == 1 else f"{w} ({n} van de {notes} notities)" for w, n in counted.items()]


def write_batch(pack: Pack, catalogue: Catalogue, audiences: Audiences, out: Path, audience_ids: list[str],
                options: NoteOptions | None = None, template: Path | None = None,
                progress: Callable[[int, int], bool] | None = None, workers: int = 1, *,
                allow_placeholders: bool = False, allow_shared_text: bool = False,
                facts: Facts | None = None, checked: Checked | None = None) -> BatchResult:
    """Check all notes (preflight), write them, then the matrix. *progress(done, total)* returning False cancels.

    Raises NotReady, before anything is written, for unfilled placeholders or another
    audience's text unless allowed. *checked*: the result of a preflight the caller already
    ran on this pack for these audiences (the editor asks the user first); not run again.
    """
    global _JOB
    result = BatchResult()
    if checked is None:
        checked = preflight(pack, catalogue, audiences, audience_ids, allow_placeholders=allow_placeholders,
                            allow_shared_text=allow_shared_text, facts=facts)
    _JOB = (pack, checked.briefings, options or pack.options, template)
    total = len(audience_ids) + 1
    paths = {a: out / f"{file_stem(pack.title, a)}.docx" for a in audience_ids}
    try:
        if workers > 1 and len(audience_ids) > 1:
            _parallel(paths, workers, result, progress, total)
        else:
            for done, audience_id in enumerate(audience_ids):
                if progress is not None and progress(done, total) is False:
                    result.cancelled = True
                    break
                result.warnings += _write_one(audience_id, paths[audience_id])
                result.notes.append(paths[audience_id])
    except G40Error as exc:  # say how far it got: the notes written so far are complete and stay
        raise G40Error(f"{exc.message}; {len(result.notes)} van de {len(audience_ids)} notities zijn geschreven, "
                       "de eisenmatrix niet", exc.path, exc.field) from None
    finally:
        _JOB = None
    result.warnings = checked.warnings + _once(result.warnings, len(audience_ids))
    if result.cancelled:
        return result
    result.matrix = out / f"{slugify(pack.title)[:60].strip('-') or 'briefing'}-matrix.xlsx"
    write_matrix(pack, catalogue, audiences, result.matrix)
    if progress is not None:
        progress(total, total)
    return result


def _parallel(paths: dict[str, Path], workers: int, result: BatchResult, progress, total: int) -> None:
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=min(workers, len(paths)), mp_context=context) as pool:
        futures = {pool.submit(_write_one, a, p): p for a, p in paths.items()}
        failed: G40Error | None = None
        for done, future in enumerate(as_completed(futures), start=1):
            try:
                result.warnings += future.result()  # a G40Error from a worker is raised here
            except G40Error as exc:  # let the others finish, so the count of written notes is exact
                failed = failed or exc
                continue
            result.notes.append(futures[future])
            if progress is not None and progress(done, total) is False:
                result.cancelled = True
                pool.shutdown(cancel_futures=True)
                return
    result.notes.sort(key=lambda p: list(paths.values()).index(p))
    if failed is not None:
        raise failed
