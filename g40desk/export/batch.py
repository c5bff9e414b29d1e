"""Many checked notes at once, side by side on several cores where that is safe (the batch's writing step;
export/pipeline.py checks them first and writes the matrix after)."""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections.abc import Callable
from concurrent.futures import as_completed
from pathlib import Path

from g40desk.core.errors import G40Error
from g40desk.core.note.preflight import CheckedBriefing
from g40desk.core.pack.model import NoteOptions
from g40desk.export.docx_note import write_note
from g40desk.export.styles import StyleResolver
from g40desk.export.template import open_template
from g40desk.export.workers import Stopped, fork_pool


def parallel_workers() -> int:
    """Worker processes for a batch run from the command line.

    Forked workers share the loaded catalogue and libraries, so they start in
    milliseconds. Only Linux forks safely; elsewhere, and inside the editor (whose
    threads make fork unsafe), notes are written one after another.
    """
    if sys.platform != "linux" or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


# What forked workers inherit: (briefings, options, template, author), set just before the pool starts.
_JOB: tuple | None = None


def _write_one(audience_id: str, path: Path) -> list[str]:
    """Write one note; returns what writing it found."""
    briefings, options, template, author = _JOB
    return write_note(briefings[audience_id], options, path, template, author)


def write_notes(briefings: dict[str, CheckedBriefing], paths: dict[str, Path], options: NoteOptions,
                template: Path | None = None, author: str = "", progress: Callable[[int, int], bool] | None = None,
                workers: int = 1) -> tuple[list[Path], dict[str, list[str]], bool]:
    """Write each audience's note to its path: the paths written (in the order given), what writing
    each found, and whether *progress(done, total)* cancelled (total counts the matrix after them)."""
    global _JOB
    written: dict[str, list[str]] = {}
    total = len(paths) + 1
    cancelled = False
    _JOB = (briefings, options, template, author)
    try:
        if workers > 1 and len(paths) > 1:
            StyleResolver(open_template(template))  # the template checked and its style names read once, here,
            cancelled = _parallel(paths, workers, written, progress, total)  # not in every worker
        else:
            for done, (audience_id, path) in enumerate(paths.items()):
                if progress is not None and progress(done, total) is False:
                    cancelled = True
                    break
                written[audience_id] = _write_one(audience_id, path)
    except G40Error as exc:  # say how far it got: the notes written so far are complete and stay
        raise G40Error(f"{exc.message}; {len(written)} van de {len(paths)} notities zijn geschreven, "
                       "de eisenmatrix niet", exc.path, exc.field) from None
    except Stopped as stop:  # a signal (SIGTERM, SIGHUP): the workers are stopped, their unfinished files gone
        folder = next(iter(paths.values())).parent if paths else None
        raise G40Error(f"afgebroken ({stop.name}): {len(written)} van de {len(paths)} notities zijn geschreven, "
                       "de eisenmatrix niet; onvolledige bestanden zijn verwijderd", folder) from None
    finally:
        _JOB = None
    return [path for a, path in paths.items() if a in written], written, cancelled


def _parallel(paths: dict[str, Path], workers: int, written: dict[str, list[str]], progress, total: int) -> bool:
    gc.freeze()  # what the workers inherit stays shared: their collector never touches (and so copies) it
    try:
        return _in_pool(paths, workers, written, progress, total)
    finally:
        gc.unfreeze()


def _in_pool(paths: dict[str, Path], workers: int, written: dict[str, list[str]], progress, total: int) -> bool:
    with fork_pool(min(workers, len(paths)), list(paths.values())) as pool:  # stopped workers write no more
        futures = {pool.submit(_write_one, a, p): a for a, p in paths.items()}
        failed: G40Error | None = None
        for done, future in enumerate(as_completed(futures), start=1):
            try:
                written[futures[future]] = future.result()  # a G40Error from a worker is raised here
            except G40Error as exc:  # let the others finish, so the count of written notes is exact
                failed = failed or exc
                continue
            if progress is not None and progress(done, total) is False:
                pool.shutdown(cancel_futures=True)
                return True
    if failed is not None:
        raise failed
    return False
