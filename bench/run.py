"""g40desk benchmark: each figure against a baseline measured in the same run.

    python bench/run.py           full run (a few minutes)
    python bench/run.py --quick   short run (a minute or two): fewer repeats; the per-process batch
                                  baseline is timed on 7 processes and scaled to 42
    --startup-only                only the start-up rows: the pip install against the bare window,
                                  and with --bundle also the bundle's (size, first paint, --version)
    --ledger-only                 only the ledger rows (1,000 packs of 60 asks, against plain JSON parsing)
    --bundle DIR                  time an already built dist/g40desk instead of building one
                                  with tools/build_app.py (needs the build extra)

Needs the bench extra:  pip install ".[bench]"
Prints one table (figure, measured, baseline, ratio, budget, pass/FAIL/info); exits 1 if a budget
row fails. "info" rows are printed for comparison and have no budget.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from build_app import executable, folder_size  # noqa: E402  (tools/build_app.py: one definition of both)

from bench.baselines import docxtpl_context, docxtpl_note, make_docxtpl_template, xlsxwriter_matrix  # noqa: E402
from bench.fixtures import full_agenda_pack, ledger_folder, pack_of, synthetic_catalogue  # noqa: E402
from g40desk.core.agenda.catalogue import load_catalogue  # noqa: E402
from g40desk.core.audience.store import load_audiences  # noqa: E402
from g40desk.core.note.briefing import build_briefing  # noqa: E402
from g40desk.core.pack.demo import demo_pack  # noqa: E402
from g40desk.core.pack.storage import load_pack, save_pack  # noqa: E402

SYNTHETIC = ("--allow-shared-text",)
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def median_ms(fn, repeat: int) -> float:
    fn()  # warm-up: imports and caches, as in a running app
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def p95_ms(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def run_process(args: list[str], env: dict[str, str] | None = None, program: str = sys.executable
                ) -> tuple[float, float, float]:
    """One whole process: ms from its start to its first paint (NaN if it paints nothing), ms to
    its exit, and its peak memory (MB). The probe writes time.time() at the first paint to the
    file named by G40DESK_SHOWN_STAMP (g40desk/gui/support/first_paint.py, bench/startup.py)."""
    with tempfile.TemporaryDirectory(prefix="g40stamp-") as folder:
        stamp = Path(folder) / "shown"
        wall, start = time.time(), time.perf_counter()
        proc = subprocess.Popen([program, *args], env={**(env or ENV), "G40DESK_SHOWN_STAMP": str(stamp)},
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = (time.perf_counter() - start) * 1000
        shown = (float(stamp.read_text()) - wall) * 1000 if stamp.exists() else float("nan")
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"benchmark process failed: {' '.join(args)}")
    proc.returncode = 0
    return shown, elapsed, usage.ru_maxrss / 1024


def process_median(args: list[str], repeat: int, **kwargs) -> tuple[float, float, float]:
    """Medians of run_process over *repeat* runs, after one that warms the disk cache."""
    runs = [run_process(args, **kwargs) for _ in range(repeat + 1)][1:]
    return tuple(statistics.median(r[i] for r in runs) for i in range(3))


class Table:
    def __init__(self):
        self.rows = []

    def ratio(self, figure, measured, baseline, budget, unit="ms", at_least=False):
        """Ratio measured/baseline must stay under *budget* (or baseline/measured above it)."""
        ratio = baseline / measured if at_least else measured / baseline
        ok = ratio >= budget if at_least else ratio <= budget
        rule = f"≥ {budget:g}× faster" if at_least else f"≤ {budget:g}×"
        self.rows.append((figure, f"{measured:,.1f} {unit}", f"{baseline:,.1f} {unit}", f"{ratio:.2f}×", rule, ok))

    def absolute(self, figure, measured, budget, label, unit="ms"):
        self.rows.append((figure, f"{measured:,.2f} {unit}", "—", "—", f"{label} ≤ {budget:g} {unit}".strip(),
                          measured <= budget))

    def info(self, figure, measured, baseline, unit="ms"):
        """A comparison printed for information: no budget, never fails the run."""
        self.rows.append((figure, f"{measured:,.1f} {unit}", f"{baseline:,.1f} {unit}", f"{measured / baseline:.2f}×",
                          "—", None))

    def print(self) -> bool:
        head = ("figure", "measured", "baseline", "ratio", "budget", "result")
        rows = [(*r[:5], "info" if r[5] is None else "pass" if r[5] else "FAIL") for r in self.rows]
        widths = [max(len(str(x)) for x in col) for col in zip(head, *rows, strict=True)]
        line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"  # noqa: E731
        print(line(head))
        print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        for row in rows:
            print(line(row))
        return all(r[5] is not False for r in self.rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--startup-only", action="store_true")
    parser.add_argument("--ledger-only", action="store_true")
    parser.add_argument("--bundle", type=Path, help="a built dist/g40desk folder (default: build one now)")
    args = parser.parse_args()
    repeat = 5 if args.quick else 15
    table = Table()
    catalogue, audiences = load_catalogue(), load_audiences()
    tmp = Path(tempfile.mkdtemp(prefix="g40bench-"))
    os.environ["G40DESK_DATA_DIR"] = str(tmp / "appdata")  # recovery files of the editor, never the user's
    print(f"g40desk benchmark ({'quick' if args.quick else 'full'}), Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores", flush=True)

    if args.ledger_only:
        ledger_rows(table, catalogue, tmp, repeat)
        return 0 if table.print() else 1

    # Start-up and memory: whole processes. The editor starts as a user starts it (g40desk PACK), in a
    # fresh home folder, and closes itself through its normal close path once the window is shown.
    # pip install byte-compiles the package (and the bundle holds bytecode); from a source checkout,
    # with PYTHONDONTWRITEBYTECODE set, every start would compile ~60 modules first (~40 ms of CPU).
    compileall.compile_dir(ROOT / "g40desk", quiet=1)
    bare_ms, bare_exit_ms, bare_mb = process_median([str(ROOT / "bench" / "startup.py"), "bare"], repeat)
    floor_ms, _, _ = process_median([str(ROOT / "bench" / "startup.py"), "floor"], repeat)
    demo = tmp / "demo.g40pack"
    save_pack(demo_pack(), demo)
    editor_env = {**ENV, "HOME": str(tmp / "home"), "G40DESK_DATA_DIR": str(tmp / "appdata"),
                  "G40DESK_QUIT_AFTER_SHOW": "0"}
    app_ms, app_exit_ms, _ = process_median(["-m", "g40desk", str(demo)], repeat, env=editor_env)
    _, _, full_mb = process_median([str(ROOT / "bench" / "startup.py"), "full"], max(3, repeat // 3))
    table.ratio("start-up to main window painted with a pack (pip install)", app_ms, bare_ms, 3.0)
    table.info("  floor: the bare window after importing pydantic and one model", floor_ms, bare_ms)
    table.info("  the same start-up, to process exit after closing", app_exit_ms, bare_exit_ms)
    if args.startup_only and not args.bundle:
        return 0 if table.print() else 1

    # The standalone bundle: size on disk and the same start-up.
    bundle = args.bundle or build_bundle(tmp)
    exe = executable(bundle.parent)
    size_mb = folder_size(bundle) / 1e6
    table.absolute("bundle size on disk (one folder, unpacked)", size_mb, 140, "", unit="MB")
    bundle_env = {k: v for k, v in editor_env.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    bundle_ms, _, _ = process_median([str(demo)], repeat, env=bundle_env, program=str(exe))
    table.ratio("start-up to main window painted with a pack (bundle)", bundle_ms, bare_ms, 3.0)
    # Bundle against pip install, same run: the frozen start (bootloader, archive, run-time hooks) may
    # cost a little; PyInstaller's setuptools hook alone once cost ~80 ms of each (docs/bundle.md).
    table.ratio("  the same first paint with a pack: bundle vs pip install", bundle_ms, app_ms, 1.5)
    _, pip_version_ms, _ = process_median(["-m", "g40desk", "--version"], repeat, env=editor_env)
    _, bundle_version_ms, _ = process_median(["--version"], repeat, env=bundle_env, program=str(exe))
    table.ratio("g40desk --version: bundle vs pip install", bundle_version_ms, pip_version_ms, 2.5)
    if args.startup_only:
        return 0 if table.print() else 1

    # One Word note of the full agenda, in-process, as an export makes it (check, then write); both sides
    # write atomically with the same fsyncs (core/files/atomic.write_atomic), so the row compares rendering.
    full = full_agenda_pack(catalogue)
    from g40desk.export import pipeline

    allow = pipeline.Allow(placeholders=True, shared_text=True)

    def ours_note():
        plan = pipeline.check(full, catalogue, audiences, ["city:zwolle"], allow=allow)
        pipeline.write_note(plan, "city:zwolle", tmp / "note.docx")

    template = make_docxtpl_template(tmp / "docxtpl-template.docx")

    def docxtpl():
        context = docxtpl_context(build_briefing(full, catalogue, audiences, "city:zwolle"))
        docxtpl_note(template, context, tmp / "docxtpl.docx")

    table.ratio("Word note, full agenda, all tailored", median_ms(ours_note, repeat), median_ms(docxtpl, repeat), 1.0)

    # Batch: one process for 41 notes + matrix, against one process per file. The fixture gives every
    # city the same made-up tailored text, which the export rightly flags as shared (issue 11): both
    # sides write anyway, so the figure is the writing, not the refusal.
    cities = [c.id for c in audiences.cities]
    batch_pack = tmp / "batch.g40pack"
    save_pack(full_agenda_pack(catalogue, cities), batch_pack)
    ours_batch = statistics.median(
        run_process(["-m", "g40desk", "batch", str(batch_pack), "--out", str(tmp / "batch"), *SYNTHETIC])[1]
        for _ in range(1 if args.quick else 3))
    sample = cities[:6] if args.quick else cities
    start = time.perf_counter()
    for city in sample:
        run_process(["-m", "g40desk", "export", str(batch_pack), "--docx", str(tmp / "one" / f"{city[5:]}.docx"),
                     "--audience", city, *SYNTHETIC] if (tmp / "one").mkdir(exist_ok=True) is None else [])
    run_process(["-m", "g40desk", "export", str(batch_pack), "--xlsx", str(tmp / "one" / "matrix.xlsx"), *SYNTHETIC])
    per_process = ((time.perf_counter() - start) * 1000) / (len(sample) + 1)
    table.ratio("batch: 41 city notes + matrix" + (" (baseline scaled from 7 runs)" if args.quick else ""),
                ours_batch, per_process * (len(cities) + 1), 10.0, at_least=True)

    # The same 41 notes: `g40desk batch` (which also checks them and writes the matrix) against docxtpl writing
    # them one after another in one process (bench/docxtpl_batch.py), each a whole process, interleaved.
    runs = []
    for n in range(3 if args.quick else 5):
        runs.append((run_process(["-m", "g40desk", "batch", str(batch_pack), "--out", str(tmp / f"b{n}"), *SYNTHETIC])[1],
                     run_process([str(ROOT / "bench" / "docxtpl_batch.py"), str(batch_pack), str(tmp / f"t{n}"),
                                  str(template)])[1]))
    table.ratio("batch: 41 full-agenda notes, against a docxtpl loop in one process",
                statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs), 1.0)

    # The Excel matrix: full catalogue x 41 cities x 12 ministries, all sheets.
    matrix_pack = full_agenda_pack(catalogue, cities)
    from g40desk.export import pipeline

    table.info("Excel matrix, full agenda x 41 cities x 12 ministries (vs XlsxWriter)",
               median_ms(lambda: pipeline.write_matrix(pipeline.check_matrix(matrix_pack, catalogue, audiences),
                                                       tmp / "m.xlsx"), repeat),
               median_ms(lambda: xlsxwriter_matrix(matrix_pack, catalogue, audiences, tmp / "x.xlsx"), repeat))

    # GUI figures: search per keystroke and preview refresh.
    search_p95, preview_p95, word_p95 = gui_figures(catalogue, audiences, full)
    table.absolute("catalogue search per keystroke, 10x agenda", search_p95, 5, "p95")
    table.absolute("preview refresh after an edit, full agenda", preview_p95, 100, "p95")
    table.absolute("preview refresh after an edit, full agenda with a 1,000,000-character word", word_p95, 100, "p95")
    journal_p95, write_median = journal_figures(catalogue, audiences, full, tmp)
    table.absolute("recovery journal per keystroke, full agenda", journal_p95, 5, "p95")
    table.absolute("recovery write off the GUI thread, full agenda", write_median, 300, "median")

    # Open and save a pack of 1,000 items.
    big_catalogue = synthetic_catalogue(10)
    big = pack_of(1000, big_catalogue)
    assert len(big.items) == 1000
    path = tmp / "big.g40pack"
    save_pack(big, path)
    table.absolute("open a pack of 1,000 items", median_ms(lambda: load_pack(path, big_catalogue, audiences), repeat), 50,
                   "median")
    table.absolute("save a pack of 1,000 items", median_ms(lambda: save_pack(big, path), repeat), 50, "median")

    # Agenda import: the built-in agenda rendered to Word, read back with IDs matched, against
    # python-docx only reading the paragraphs of the same file.
    from docx import Document

    from g40desk.export.agenda_docx import write_agenda_docx
    from g40desk.importers.agenda import import_docx

    agenda_docx = tmp / "agenda.docx"
    write_agenda_docx(catalogue, agenda_docx)
    table.ratio("agenda import from Word, IDs matched against the built-in agenda",
                median_ms(lambda: import_docx(agenda_docx, catalogue), repeat),
                median_ms(lambda: [p.text for p in Document(str(agenda_docx)).paragraphs], repeat), 6.0)

    table.ratio("peak memory, editor with the full-agenda pack", full_mb, bare_mb, 2.0, unit="MB")
    ledger_rows(table, catalogue, tmp, repeat)
    return 0 if table.print() else 1


def ledger_rows(table: Table, catalogue, tmp: Path, repeat: int) -> None:
    """The ledger over 1,000 packs of 60 asks: cold (empty index), warm (index up to date), and the peak
    memory of a cold run in its own process; beside them, plain ``json.loads`` of the same files."""
    import datetime as dt
    import json

    from g40desk.core.ledger.collect import collect
    from g40desk.core.ledger.index import Index
    from g40desk.core.ledger.ledger import build_ledger

    folder = tmp / "ledger"
    files = ledger_folder(folder, catalogue, 1000, 60)
    today = dt.date.today()

    def plain_json():
        for path in files:
            json.loads(path.read_bytes())

    def run(index: Path):
        store = Index(index)
        ledger = build_ledger(collect([folder], store), today)
        store.close()
        assert len(ledger.collection.records) == 1000 and not ledger.collection.skipped

    baseline = median_ms(plain_json, repeat)
    colds = []
    for n in range(max(3, repeat // 3)):
        start = time.perf_counter()
        run(tmp / f"cold-{n}.sqlite3")
        colds.append((time.perf_counter() - start) * 1000)
    cold = statistics.median(colds)
    warm = median_ms(lambda: run(tmp / "cold-0.sqlite3"), repeat)
    probe = subprocess.run([sys.executable, str(ROOT / "bench" / "ledger_probe.py"), str(tmp / "probe.sqlite3"),
                            str(folder)], env=ENV, capture_output=True, text=True, check=True)
    peak_mb = float(probe.stdout.split()[0])
    table.absolute("ledger, 1,000 packs of 60 asks, cold (empty index)", cold / 1000, 10, "", unit="s")
    table.info("  cold against plain JSON parsing of the same files", cold, baseline)
    table.absolute("ledger, 1,000 packs of 60 asks, warm (index up to date)", warm / 1000, 0.5, "", unit="s")
    table.info("  warm against plain JSON parsing of the same files", warm, baseline)
    table.absolute("peak memory, ledger cold run in its own process", peak_mb, 300, "", unit="MB")


def build_bundle(tmp: Path) -> Path:
    """A fresh build of the current checkout (tools/build_app.py), so the figures are of this code."""
    print("building the bundle (tools/build_app.py) ...", flush=True)
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_app.py"), "--dist", str(tmp / "dist"),
                    "--work", str(tmp / "build")], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return tmp / "dist" / "g40desk"


def gui_figures(catalogue, audiences, full) -> tuple[float, float, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from g40desk.core.pack.model import Priority
    from g40desk.gui.commands import SetItemFieldCommand
    from g40desk.gui.document import PackDocument
    from g40desk.gui.main_window import MainWindow
    from g40desk.gui.models.catalogue_model import CatalogueFilter, CatalogueModel
    from g40desk.gui.support.settings import Settings

    app = QApplication.instance() or QApplication([])
    big = synthetic_catalogue(10)
    proxy = CatalogueFilter(big)
    proxy.setSourceModel(CatalogueModel(big, PackDocument(big, audiences)))
    samples = []
    for word in ("woningbouw", "financiele compensatie", "s-hertogenbosch", "klimaatakkoord", "participatiewet"):
        for end in range(1, len(word) + 1):
            start = time.perf_counter()
            proxy.set_query(word[:end])
            proxy.rowCount()
            samples.append((time.perf_counter() - start) * 1000)
        proxy.set_query("")
    folder = Path(tempfile.mkdtemp())
    window = MainWindow(catalogue, audiences, Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)))
    window.doc.replace(full, None)
    window.show()
    app.processEvents()
    refs = [i.ref for i in full.items if i.ref.startswith("demand:")]

    def edits(count: int) -> list[float]:
        times = []
        for n, ref in enumerate(refs[:count]):
            start = time.perf_counter()
            window.doc.undo_stack.push(SetItemFieldCommand(window.doc, ref, "priority", list(Priority)[n % 3]))
            window.preview.refresh()  # what the debounce timer calls after the edit
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
        return times

    preview = edits(40)
    # Issue 21: one word of a million characters (within the pack's limits) froze the preview for minutes.
    long_word = full.model_copy(deep=True)
    long_word.items[1].context = "".join(chr(0x61 + n % 26) for n in range(1_000_000))
    window.doc.replace(long_word, None)
    app.processEvents()
    word = edits(20)
    window.doc.undo_stack.setClean()
    window.close()
    return p95_ms(samples), p95_ms(preview), p95_ms(word)


def journal_figures(catalogue, audiences, full, tmp: Path) -> tuple[float, float]:
    """What the crash-recovery journal costs while someone types in the full-agenda pack.

    Per keystroke on the GUI thread: the undo-step hook on every key, plus serialising and
    queueing the pack on the keys where the journal writes (one in six: 8 keys a second
    against its 0.7-second timer). Separately: the atomic write with fsync, on its thread; it
    finishes between two keystrokes, so the loop lets it finish before the next, untimed.
    """
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from g40desk.gui.commands import SetItemFieldCommand
    from g40desk.gui.controllers.recovery import Autosaver
    from g40desk.gui.document import PackDocument
    from g40desk.gui.support.settings import Settings

    QApplication.instance() or QApplication([])
    doc = PackDocument(catalogue, audiences)
    doc.replace(full.model_copy(deep=True), None)
    saver = Autosaver(doc, Settings(QSettings(str(tmp / "journal.ini"), QSettings.Format.IniFormat)))
    ref = next(i.ref for i in full.items if i.ref.startswith("demand:"))
    text, keys = doc.pack.item(ref).context or "", []
    for n in range(600):
        text += "woningbouw "[n % 11]
        doc.undo_stack.push(SetItemFieldCommand(doc, ref, "context", text, "context wijzigen", "context"))
        saver.journal.stop()
        start = time.perf_counter()
        saver._on_undo_step(doc.undo_stack.index())
        if n % 6 == 0:
            saver._write(wait=False)
        keys.append((time.perf_counter() - start) * 1000)
        saver.settle()  # the next key comes ~125 ms later; the write is done by then
    writes = []
    for _ in range(30):
        saver._dirty = True
        start = time.perf_counter()
        saver.save_now()  # waits for the worker: the write's own duration
        writes.append((time.perf_counter() - start) * 1000)
    doc.undo_stack.setClean()
    saver.close()
    return p95_ms(keys), statistics.median(writes)


if __name__ == "__main__":
    raise SystemExit(main())
