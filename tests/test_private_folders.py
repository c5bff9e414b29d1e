"""Tests never read or write the real user's folders (tests/conftest.py points them elsewhere)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pwd = pytest.importorskip("pwd")  # the real home as the system knows it, whatever HOME says

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "APPDATA",
           "LOCALAPPDATA", "G40DESK_DATA_DIR")
VICTIM = "tests/core/audience/test_audiences.py::test_every_ministry_and_role_names_a_known_source"


def test_every_user_folder_points_away_from_the_real_home(tmp_path):
    from g40desk.core.files.userdata import user_data_dir

    real = Path(pwd.getpwuid(os.getuid()).pw_dir).resolve()
    for name in FOLDERS:
        folder = Path(os.environ[name]).resolve()
        assert folder != real and real not in folder.parents, name
    assert user_data_dir() == tmp_path / "appdata"
    assert Path.home() == Path(os.environ["HOME"]) and Path("~").expanduser() != real


def test_qsettings_write_into_the_private_home(qapp):
    from PySide6.QtCore import QSettings

    real = Path(pwd.getpwuid(os.getuid()).pw_dir).resolve()
    for store in (QSettings("Stedennetwerk G40", "g40desk"), QSettings()):
        written = Path(store.fileName()).resolve()
        assert written.is_relative_to(Path(os.environ["HOME"]).resolve()) and not written.is_relative_to(real)


def _planted_home(home: Path) -> dict[str, str]:
    """An environment as on a user's machine where 'g40desk facts city:zwolle burgemeester …' was run."""
    env = {k: v for k, v in os.environ.items() if k not in FOLDERS and not k.startswith(("PYTEST", "XDG_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    facts = home / ".local" / "share" / "Stedennetwerk G40" / "g40desk" / "facts.json"
    facts.parent.mkdir(parents=True)
    facts.write_text('{"audiences": {"city:zwolle": {"burgemeester": "Peter Snijders"}}}', encoding="utf-8")
    return env


def test_a_facts_file_in_the_real_data_folder_cannot_break_a_test(tmp_path):
    env = _planted_home(tmp_path / "real-home")
    # The planted file does reach code that reads the user's folder without the fixtures...
    probe = ("from g40desk.core.audience.audiences import AudienceKind\nfrom g40desk.core.audience.store import load_audiences\n"
             "print([a.id for a in load_audiences().by_id.values() if a.kind != AudienceKind.CITY and not a.sources])")
    seen = subprocess.run([sys.executable, "-c", probe], env=env, cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)
    assert seen.returncode == 0 and "city:zwolle/burgemeester" in seen.stdout, seen.stderr
    # ...but not the test suite.
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", VICTIM], env=env,
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-2000:]
    assert "1 passed" in run.stdout
