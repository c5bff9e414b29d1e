from __future__ import annotations

import pytest

pytest.importorskip("PySide6")


@pytest.fixture(autouse=True)
def dutch(qapp):
    """The interface as users see it: Dutch, with Qt's Dutch and the Dutch plural forms loaded."""
    from g40desk.gui.support.settings import install_translators

    install_translators(qapp, "nl")


@pytest.fixture
def settings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    from g40desk.gui.support.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def user(monkeypatch):
    """Answers every dialog the editor opens (through gui/support/notify.py) and records what it showed."""
    from tests.gui.user import User

    return User().install(monkeypatch)


@pytest.fixture
def window(qtbot, catalogue, audiences, settings, user):
    from PySide6.QtCore import Qt

    from g40desk.gui.main_window import MainWindow

    # No dialog may block a test: the user answers "discard" and a warning fails, unless a test says otherwise.
    win = MainWindow(catalogue, audiences, settings)
    qtbot.addWidget(win)
    win.setWindowState(Qt.WindowState.WindowNoState)
    win.resize(1400, 860)  # wide: every panel side by side (the offscreen screen is only 800 px)
    win.show()
    qtbot.waitExposed(win)
    return win
