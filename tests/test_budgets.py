"""Hostile inputs cost bounded work: each finishes within 5 s of CPU and 300 MB peak memory.

Each case runs the real command line in its own process. CPU time comes from ``os.wait4``
(the kernel's rusage of that child alone); CPU rather than wall time, because the budget is
about the work g40desk does and the test machine is shared. Peak memory is the child's own
``VmHWM`` (read from /proc as it exits): on Linux ``ru_maxrss`` keeps the high-water mark of
the address space a process had before ``exec``, which for a child of pytest is pytest's size.
Before the fixes these cases took 4–15 GB and minutes, or hung for ever.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hostile_agendas import (
    agenda_import,
    empty_paragraphs_docx,
    many_runs_docx,
    shuffled_demands_docx,
    varied_paragraphs_docx,
)
from tests.hostile_cases import (
    _changed_matrix,
    _demo,
    _matrix,
    _zip_edit,
    points_matrix,
    rich_text_cell,
    shared_string_matrix,
    wide_text,
)
from tests.hostile_templates import _add_rel, _add_type, _base, _zip

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="os.wait4, FIFOs")]

CPU_SECONDS = 5.0
PEAK_MB = 300
ROOT = Path(__file__).resolve().parents[1]


def _paragraphs(count: int, rng: random.Random) -> str:
    words = ["woningbouw", "klimaat", "gemeente", "minister", "regio", "wijk", "zorg", "onderwijs", "armoede", "energie"]
    return "".join(f"<w:p><w:r><w:t>{' '.join(rng.choice(words) + str(rng.randrange(999)) for _ in range(8))}</w:t></w:r></w:p>"
                   for _ in range(count))


def _big_document_template(tmp: Path) -> list[str]:
    """A template whose document body is ~18 MB of varied XML (passes every zip check): accepted, body dropped."""
    parts = _base()
    body = _paragraphs(150_000, random.Random(1))
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:body>", b"<w:body>" + body.encode(), 1)
    path = tmp / "rapport.docx"
    path.write_bytes(_zip(parts))
    return ["export", str(_demo(tmp)), "--docx", str(tmp / "out.docx"), "--template", str(path)]


def _many_headers_template(tmp: Path) -> list[str]:
    parts = _base()
    header = parts[next(n for n in parts if n.startswith("word/header"))]
    padding = _paragraphs(9_000, random.Random(2)).encode()
    for i in range(40):
        name = f"word/hx{i}.xml"
        parts[name] = header.replace(b"</w:hdr>", padding + b"</w:hdr>")
        _add_type(parts, name, "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml")
        _add_rel(parts, "word/document.xml", f"rIdHx{i}",
                 "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", f"hx{i}.xml")
    path = tmp / "koppen.docx"
    path.write_bytes(_zip(parts))
    return ["export", str(_demo(tmp)), "--docx", str(tmp / "out.docx"), "--template", str(path)]


def _pack_with(tmp: Path, points) -> list[str]:
    data = json.loads(_demo(tmp).read_text(encoding="utf-8"))
    data["items"][0]["talking_points"] = points
    path = tmp / "groot.g40pack"
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    return ["export", str(path), "--docx", str(tmp / "out.docx")]


def _largest_accepted_pack(tmp: Path) -> list[str]:
    data = json.loads(_demo(tmp).read_text(encoding="utf-8"))
    per_item = 20_000 // len(data["items"])
    for item in data["items"]:
        item["talking_points"] = [f"Gesprekspunt {i} over de woningbouwopgave in de stad" for i in range(min(per_item, 1000))]
    path = tmp / "vol.g40pack"
    path.write_text(json.dumps(data), encoding="utf-8")
    return ["export", str(path), "--docx", str(tmp / "out.docx"), "--xlsx", str(tmp / "out.xlsx")]


def _far_merge(tmp: Path) -> list[str]:
    argv = _matrix(tmp, lambda wb: None)
    merge = b'</sheetData><mergeCells count="1"><mergeCell ref="B2:XFD1048576"/></mergeCells>'
    _zip_edit(Path(argv[2]), "xl/worksheets/sheet2.xml", lambda xml: xml.replace(b"</sheetData>", merge, 1))
    return argv


def _fifo_pack(tmp: Path) -> list[str]:
    os.mkfifo(tmp / "pijp.g40pack")
    return ["export", str(tmp / "pijp.g40pack"), "--docx", str(tmp / "out.docx")]


def _dev_zero(tmp: Path) -> list[str]:
    (tmp / "nul.g40pack").symlink_to("/dev/zero")
    return ["export", str(tmp / "nul.g40pack"), "--docx", str(tmp / "out.docx")]


def _planted_backup_link(tmp: Path) -> list[str]:
    """Issue 21, case 1: `<pack>.bak` is a link to someone's read-only document."""
    argv = _changed_matrix(tmp)
    victim = tmp / "elders" / "victim.docx"
    victim.parent.mkdir()
    victim.write_bytes(b"PK\x03\x04 iemands eigen document")
    victim.chmod(0o444)
    Path(argv[1] + ".bak").unlink(missing_ok=True)
    Path(argv[1] + ".bak").symlink_to(victim)
    return argv


def _dangling_keep_copy(tmp: Path) -> list[str]:
    """Issue 21, case 1: the migration's keep-copy name is a link to nowhere."""
    data = json.loads(_demo(tmp).read_text(encoding="utf-8"))
    data["schema_version"] = 1
    data.pop("agenda", None)
    old = tmp / "old.g40pack"
    old.write_text(json.dumps(data), encoding="utf-8")
    (tmp / "old.v1.g40pack").symlink_to(tmp / "elders" / "geplant.g40pack")
    return ["review", str(old), "--keep-all"]


def _demand_texts() -> list[str]:
    from g40desk.core.agenda.catalogue import Kind, load_catalogue

    return [e.node.text for e in load_catalogue().of_kind(Kind.DEMAND)]


# name -> (setup, exit status expected)
CASES = {
    "matrix cell at XFD1048576": (lambda t: _matrix(t, lambda wb: wb["Matrix"].cell(row=1048576, column=16384, value="x")), 1),
    "matrix cell at A1048576": (lambda t: _matrix(t, lambda wb: wb["Matrix"].cell(row=1048576, column=1, value="x")), 1),
    "matrix merged range to XFD1048576": (_far_merge, 1),
    "template with an 18 MB document body": (_big_document_template, 0),
    "template with 40 large headers": (_many_headers_template, 1),
    "pack of 18 MB with 4.5 million talking points": (lambda t: _pack_with(t, ["p"] * 4_500_000), 1),
    "pack of 18 MB with 6 million empty lists": (lambda t: _pack_with(t, [[]] * 6_000_000), 1),
    "largest accepted pack (1,000 talking points in every item)": (_largest_accepted_pack, 0),
    "pack is a FIFO": (_fifo_pack, 1),
    "pack is a link to /dev/zero": (_dev_zero, 1),
    # Issue 21, reading side.
    "matrix cell of 40 rich-text runs (1.2 million characters)": (rich_text_cell, 1),
    "matrix: one shared string in 177 cells (a 23 MB pack)": (lambda t: shared_string_matrix(t, wide_text(32_767)), 1),
    "matrix: 25 demands x 1,000 talking points": (lambda t: points_matrix(t, 25, 1_000), 1),
    "agenda: 12 million empty paragraphs beside incompressible padding (1.2 MB)":
        (lambda t: agenda_import(empty_paragraphs_docx(t)), 1),
    "agenda: 400,000 paragraphs of varied text (9 MB, passes every zip check)":
        (lambda t: agenda_import(varied_paragraphs_docx(t)), 1),
    "agenda: one paragraph of 600,000 runs": (lambda t: agenda_import(many_runs_docx(t)), 1),
    "agenda: 850 word-shuffled demands": (lambda t: agenda_import(shuffled_demands_docx(t, _demand_texts())), 0),
    # Issue 21, writing side.
    "import --apply beside a planted .bak link to a read-only file": (_planted_backup_link, 0),
    "review --keep-all beside a dangling keep-copy link": (_dangling_keep_copy, 0),
    "demo into a folder with an earlier demo": (lambda t: ["demo", str(_demo(t).parent)], 1),
}


CHILD = """
import atexit, sys
def peak():
    status = open("/proc/self/status").read()
    sys.stderr.write("peak-kB " + status.split("VmHWM:")[1].split()[0] + "\\n")
atexit.register(peak)
from g40desk.cli.commands import main
sys.exit(main(sys.argv[1:]))
"""


def measure(argv: list[str]) -> tuple[int, float, float, float, str]:
    """Exit status, CPU seconds, peak MB and wall seconds of ``g40desk argv`` in its own process."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", CHILD, *argv], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + 60
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:  # a hang: kill it and fail with what we know
            proc.kill()
            _pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.02)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    peak = [line for line in err.splitlines() if line.startswith("peak-kB ")]
    peak_mb = int(peak[-1].split()[1]) / 1024 if peak else float("inf")
    err = "\n".join(line for line in err.splitlines() if not line.startswith("peak-kB "))
    return proc.returncode, usage.ru_utime + usage.ru_stime, peak_mb, wall, err


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_case_stays_within_budget(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    setup, expected = CASES[name]
    argv = setup(tmp_path)
    code, cpu, peak_mb, wall, err = measure(argv)
    print(f"{name}: exit {code}, {cpu:.2f} s CPU, {wall:.2f} s wall, {peak_mb:.0f} MB peak")
    assert code == expected, err
    assert "Traceback" not in err and len([line for line in err.splitlines() if line.startswith("g40desk:") and
                                           "waarschuwing" not in line]) <= 1
    assert cpu <= CPU_SECONDS, f"{cpu:.1f} s CPU"
    assert peak_mb <= PEAK_MB, f"{peak_mb:.0f} MB"
    assert wall < 60  # never a hang
