"""The core and the writers never import Qt; the wheel ships data, templates and resources."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_core_and_export_import_no_pyside6():
    modules = [p.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".")
               for folder in ("g40desk/core", "g40desk/export", "g40desk/importers", "g40desk/guards")
               for p in sorted((ROOT / folder).rglob("*.py"))]
    code = (f"import importlib, sys\nfor m in {modules!r}: importlib.import_module(m)\n"
            "from g40desk.core.pack.demo import demo_pack\n"
            "from g40desk.cli.commands import main\n"
            "import tempfile; main(['demo', tempfile.mkdtemp()])\n"
            "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
            "assert not bad, bad\nprint(len(sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(modules) >= 10


@pytest.mark.slow
def test_wheel_ships_data_and_runs_from_elsewhere(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp_path), str(ROOT)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    wheel = next(tmp_path.glob("g40desk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"g40desk/data/catalogue.json", "g40desk/data/audiences.json", "g40desk/data/addressees.json",
            "g40desk/templates/g40-note.docx", "g40desk/resources/i18n/g40desk_en.qm",
            "g40desk/resources/icons/save.svg", "g40desk/resources/g40desk.svg", "g40desk/LICENSE"} <= names
    target = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(target), str(wheel)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = ("import g40desk, sys; from g40desk.cli.commands import main; "
            "assert g40desk.__file__.startswith(sys.argv[1]), g40desk.__file__; "
            "sys.exit(main(['demo', 'out']))")
    result = subprocess.run([sys.executable, "-c", code, str(target)], cwd=elsewhere, capture_output=True,
                            text=True, timeout=120, env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert (elsewhere / "out" / "demo-notitie-zwolle.docx").stat().st_size > 10_000
