from __future__ import annotations

import pytest

pytest.importorskip("PySide6")


@pytest.fixture
def settings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    from g40desk.gui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, catalogue, audiences, settings, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from g40desk.gui.main_window import MainWindow

    # No dialog may block a test: answer "close"/"discard" unless a test says otherwise.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"unexpected warning: {a[2]}"))
    win = MainWindow(catalogue, audiences, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
