"""One g40desk per user (gui/support/single_instance.py), with real processes where it matters."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from g40desk.core.files.locks import read_lock
from g40desk.core.pack.demo import demo_pack
from g40desk.core.pack.storage import save_pack
from g40desk.gui.support.single_instance import FileOpenEvents, SingleInstance, bring_forward

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
CLIENT = "import sys; from g40desk.gui.support.single_instance import hand_over; " \
         "print(hand_over(None if sys.argv[1] == '-' else sys.argv[1], sys.argv[2]))"


def _client(path: str, name: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CLIENT, path, name], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=ROOT)


def test_another_process_hands_its_pack_over(qtbot, tmp_path):
    name = f"g40desk-test-{uuid.uuid4().hex[:12]}"
    server = SingleInstance(name)
    assert server.listen()
    with qtbot.waitSignal(server.open_requested, timeout=20000) as signal:
        client = _client(str(tmp_path / "zwolle.g40pack"), name)
    assert signal.args == [str((tmp_path / "zwolle.g40pack").resolve())]
    with qtbot.waitSignal(server.open_requested, timeout=20000) as signal:
        bare = _client("-", name)  # a start without a pack: only come forward
    assert signal.args == [""]
    assert client.communicate(timeout=20)[0].strip() == "True" and bare.communicate(timeout=20)[0].strip() == "True"
    server.server.close()
    server.deleteLater()
    qtbot.wait(50)


def test_nobody_listening_means_start_normally(tmp_path):
    from g40desk.gui.support.single_instance import hand_over

    assert hand_over(tmp_path / "x.g40pack", f"g40desk-test-{uuid.uuid4().hex[:12]}") is False


def test_a_socket_left_by_a_crashed_g40desk_is_taken_over(qtbot, tmp_path):
    name = str(tmp_path / "stale.socket")
    (tmp_path / "stale.socket").write_text("")  # what a killed process leaves behind on Unix
    server = SingleInstance(name)
    assert server.listen()
    server.server.close()
    server.deleteLater()
    qtbot.wait(50)


class FakeWindow:
    def __init__(self, path):
        self.doc = type("Doc", (), {"path": path})()
        self.calls = []

    def isMinimized(self):
        return True

    def windowState(self):
        from PySide6.QtCore import Qt

        return Qt.WindowState.WindowMinimized

    def __getattr__(self, name):
        return lambda *args: self.calls.append((name, *args))


def test_an_open_pack_only_comes_forward_another_is_opened(tmp_path):
    window = FakeWindow(tmp_path / "a.g40pack")
    bring_forward(window, str(tmp_path / "." / "a.g40pack"))
    assert [c[0] for c in window.calls] == ["setWindowState", "show", "raise_", "activateWindow"]
    window.calls.clear()
    bring_forward(window, str(tmp_path / "b.g40pack"))
    assert window.calls[-1] == ("open_path", tmp_path / "b.g40pack")


def test_macos_file_open_events_wait_for_the_window(qapp, tmp_path):
    events = FileOpenEvents()
    qapp.installEventFilter(events)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "a.g40pack")))
        assert events.pending == [str(tmp_path / "a.g40pack")]
        opened = []
        events.deliver_to(opened.append)
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "b.g40pack")))
        assert opened == [str(tmp_path / "a.g40pack"), str(tmp_path / "b.g40pack")] and events.pending == []
    finally:
        qapp.removeEventFilter(events)


def _wait(condition, seconds: float = 60) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.slow
def test_two_real_starts_one_editor(tmp_path):
    """Start A with a.g40pack; 'g40desk b.g40pack' then opens b in A and ends; 'g40desk b.g40pack' again only
    brings A forward. A holds the locks throughout and closes cleanly by itself."""
    for name in ("a", "b"):
        save_pack(demo_pack(), tmp_path / f"{name}.g40pack")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_RUNTIME_DIR": str(tmp_path / "run"),
           "G40DESK_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    (tmp_path / "run").mkdir(mode=0o700)
    stamp = tmp_path / "shown"
    first = subprocess.Popen([sys.executable, "-m", "g40desk", str(tmp_path / "a.g40pack")], cwd=tmp_path,
                             env={**env, "G40DESK_SHOWN_STAMP": str(stamp), "G40DESK_QUIT_AFTER_SHOW": "40000"},
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert _wait(stamp.exists), "the first editor did not show its window"
        assert read_lock(tmp_path / "a.g40pack").pid == first.pid

        second = subprocess.run([sys.executable, "-m", "g40desk", str(tmp_path / "b.g40pack")], cwd=tmp_path, env=env,
                                capture_output=True, text=True, timeout=60)
        assert (second.returncode, second.stderr) == (0, "")
        assert _wait(lambda: (lock := read_lock(tmp_path / "b.g40pack")) is not None and lock.pid == first.pid, 30)
        assert _wait(lambda: read_lock(tmp_path / "a.g40pack") is None, 30)  # A moved on to b

        third = subprocess.run([sys.executable, "-m", "g40desk", str(tmp_path / "b.g40pack")], cwd=tmp_path, env=env,
                               capture_output=True, text=True, timeout=60)
        assert (third.returncode, third.stderr) == (0, "")  # no lock dialog about the user's own window
        assert read_lock(tmp_path / "b.g40pack").pid == first.pid and first.poll() is None
    finally:
        out, err = first.communicate(timeout=90)
    assert first.returncode == 0, err
    assert read_lock(tmp_path / "b.g40pack") is None
