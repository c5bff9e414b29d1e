"""Every command that writes a pack holds its lock from reading to saving: no lost change."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from g40desk.cli.commands import main
from g40desk.core.files import locks
from g40desk.core.pack.storage import load_pack, save_pack
from tests.matrix_kit import edit_matrix

ROOT = Path(__file__).resolve().parents[2]


def _g40desk(*argv, env=None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "g40desk", *map(str, argv)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, **(env or {})})


def _two_matrices(tmp_path: Path, demo) -> tuple[Path, Path, Path]:
    """A pack, and two matrices exported from it: one changes a priority of wonen-1, the other
    the status of wonen-3; each has the other's row deleted (so it does not set it back)."""
    pack = tmp_path / "gedeeld.g40pack"
    save_pack(demo, pack, backup=False)
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert main(["export", str(pack), "--xlsx", str(first)]) == 0
    second.write_bytes(first.read_bytes())
    edit_matrix(first, {("demand:wonen-1", "Prioriteit"): "laag"}, drop=("demand:wonen-3",))
    edit_matrix(second, {("demand:wonen-3", "Status"): "toegezegd"}, drop=("demand:wonen-1",))
    return pack, first, second


@pytest.mark.skipif(os.name != "posix", reason="timing of real processes")
def test_two_matrix_imports_at_once_never_lose_a_change(tmp_path, demo, catalogue, audiences, capsys):
    pack, first, second = _two_matrices(tmp_path, demo)
    original = pack.read_bytes()
    capsys.readouterr()
    for trial in range(15):
        pack.write_bytes(original)
        runs = [_g40desk("import-matrix", pack, matrix, "--apply") for matrix in (first, second)]
        results = [(run.wait(timeout=60), *run.communicate()) for run in runs]
        result = load_pack(pack, catalogue, audiences)
        for (code, out, err), (ref, field, value) in zip(results, [("demand:wonen-1", "priority", "low"),
                                                                    ("demand:wonen-3", "status", "agreed")],
                                                         strict=True):
            assert "Traceback" not in err
            if code == 0:  # it said so: the change must be there
                assert "1 wijzigingen doorgevoerd" in out, (trial, out, err)
                assert getattr(result.item(ref), field).value == value, (trial, out, err)
            else:  # waited its time and refused: one line, nothing claimed
                assert code == 1 and "er is niets geschreven" in err and "doorgevoerd" not in out, (trial, err)
        assert not locks.lock_path(pack).exists()


def test_a_second_command_waits_for_the_first_and_builds_on_its_work(tmp_path, demo, catalogue, audiences, capsys):
    pack, first, _ = _two_matrices(tmp_path, demo)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from g40desk.core.files import locks\n"
         "with locks.holding(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(1.0)", str(pack)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert json.loads(locks.lock_path(pack).read_text())["brief"] is True
        started = time.monotonic()
        assert main(["import-matrix", str(pack), str(first), "--apply"]) == 0, capsys.readouterr().err
        assert time.monotonic() - started > 0.3  # it waited for the other command
    finally:
        holder.wait(timeout=30)
        holder.stdout.close()
    assert load_pack(pack, catalogue, audiences).item("demand:wonen-1").priority.value == "low"


def _live_editor_lock(pack: Path) -> None:
    parent = os.getppid()
    from g40desk.core.files.processes import process_start

    locks.lock_path(pack).write_text(json.dumps({"user": "collega", "host": socket.gethostname(), "pid": parent,
                                                 "since": dt.datetime.now(dt.UTC).isoformat(),
                                                 "started": process_start(parent)}))


@pytest.mark.parametrize("command", ["review", "new", "demo", "checked", "confirm-shared"])
def test_every_writer_of_a_pack_refuses_while_an_editor_has_it_open(tmp_path, demo, command, capsys):
    pack = tmp_path / ("demo.g40pack" if command == "demo" else "p.g40pack")
    save_pack(demo, pack, backup=False)
    before = pack.read_bytes()
    _live_editor_lock(pack)
    argv = {"review": ["review", str(pack), "--keep-all"],
            "new": ["new", str(pack), "--audience", "city:zwolle", "--force"],
            "demo": ["demo", str(tmp_path), "--force"], "checked": ["checked", str(pack), "meeting", "participants"],
            "confirm-shared": ["confirm-shared", str(pack), "pack", "title"]}[command]
    started = time.monotonic()
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "is al geopend door collega" in err, err
    assert time.monotonic() - started < 2  # an editor's lock is not waited for
    assert pack.read_bytes() == before and not list(tmp_path.glob("*.bak"))


def test_a_lock_from_the_year_9999_is_refused_in_one_line_under_amsterdam_time(tmp_path, demo):
    pack, first, _ = _two_matrices(tmp_path, demo)
    before = pack.read_bytes()
    locks.lock_path(pack).write_text(json.dumps({"user": "x", "host": "elders", "pid": 7,
                                                 "since": "9999-12-31T23:59:59+00:00"}))
    run = _g40desk("import-matrix", pack, first, "--apply", env={"TZ": "Europe/Amsterdam"})
    out, err = run.communicate(timeout=60)
    assert run.returncode == 1 and err.count("\n") == 1, err
    assert "onleesbaar (tijdstip in de toekomst" in err and "Traceback" not in err
    assert pack.read_bytes() == before
    assert "9999-12-31" in locks.read_lock(pack).describe()


def test_a_far_moment_is_shown_without_an_overflow(monkeypatch):
    from g40desk.core.text import local_time

    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        assert local_time(dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.UTC)) == "31-12-9999 23:59 (UTC)"
        assert local_time(dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1)))) == "01-01-0001 00:00"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_demo_over_an_earlier_demo_refuses_unless_forced_and_then_keeps_a_backup(tmp_path, capsys):
    assert main(["demo", str(tmp_path)]) == 0
    pack = tmp_path / "demo.g40pack"
    pack.write_text(pack.read_text(encoding="utf-8").replace("Bestuurlijk overleg", "Mijn eigen overleg"),
                    encoding="utf-8")
    mine = pack.read_bytes()
    capsys.readouterr()
    assert main(["demo", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bevat al een voorbeeld (demo.g40pack" in err and "--force" in err
    assert pack.read_bytes() == mine
    assert main(["demo", str(tmp_path), "--force"]) == 0
    assert (tmp_path / "demo.g40pack.bak").read_bytes() == mine and pack.read_bytes() != mine
    assert (tmp_path / "demo-matrix.xlsx.bak").exists() and not locks.lock_path(pack).exists()


def test_a_pack_changed_by_another_program_during_an_import_is_not_replaced(tmp_path, demo, monkeypatch, capsys):
    """A sync client takes no lock: the content check before the save catches it."""
    from g40desk.importers import matrix as importer

    pack, first, _ = _two_matrices(tmp_path, demo)
    real = importer.read_matrix

    def meanwhile(*args, **kwargs):
        report = real(*args, **kwargs)
        pack.write_text(pack.read_text(encoding="utf-8").replace(demo.title, "Door OneDrive bijgewerkt"),
                        encoding="utf-8")
        return report

    monkeypatch.setattr(importer, "read_matrix", meanwhile)
    assert main(["import-matrix", str(pack), str(first), "--apply"]) == 1
    theirs = pack.read_text(encoding="utf-8")
    last = capsys.readouterr().err.splitlines()[-1]  # after the import's own remarks
    assert "is intussen buiten g40desk gewijzigd" in last and "niets overschreven" in last
    assert "Door OneDrive bijgewerkt" in theirs and not (tmp_path / "gedeeld.g40pack.bak").exists()
