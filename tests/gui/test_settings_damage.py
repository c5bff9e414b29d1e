"""Settings that a damaged or hand-edited file made unusable read as their defaults, never raise."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from g40desk.gui.support.settings import DEFAULTS, Settings

pytestmark = pytest.mark.gui


def test_unusable_values_read_as_defaults_and_check_removes_and_names_them(tmp_path, qapp):
    ini = tmp_path / "g40desk.conf"
    ini.write_text("[General]\nautosave_seconds=99999999999999999999\nlanguage=1, 2\nauthor=Piet\n"
                   "recent_files=/a.g40pack, /b.g40pack\nwindow\\geometry=geen bytes\n")
    settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    assert settings.get("autosave_seconds") == 30 and settings.get("language") == "" and settings.get("author") == "Piet"
    assert settings.get("recent_files") == ["/a.g40pack", "/b.g40pack"] and settings.get("window/geometry").isEmpty()
    problems = settings.check()
    assert sorted(problems) == sorted(f"instelling '{key}' was onbruikbaar en is teruggezet"
                                      for key in ("autosave_seconds", "language", "window/geometry"))
    assert settings.check() == [] and all(settings.get(key) is not None for key in DEFAULTS)
