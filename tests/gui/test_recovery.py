"""Crash recovery, autosave and lock files, with a real editor process that is killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from g40desk.core.files import locks
from g40desk.core.pack import recovery
from g40desk.core.pack.storage import load_pack, save_pack
from g40desk.gui.support.notify import Button

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "appdata"
    monkeypatch.setenv("G40DESK_DATA_DIR", str(folder))
    return folder


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")
def test_killed_editor_work_is_restored_on_next_start(qtbot, tmp_path, data_dir, demo, catalogue, audiences,
                                                      settings, user):
    pack_path = tmp_path / "overleg.g40pack"
    save_pack(demo, pack_path)
    ini = tmp_path / "editor.ini"
    ini.write_text("[General]\nautosave_seconds=1\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "G40DESK_DATA_DIR": str(data_dir)}
    proc = subprocess.Popen([sys.executable, str(Path(__file__).with_name("editor_process.py")), str(ini), str(pack_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    try:
        assert proc.stdout.readline().strip() == b"edited"
        assert _journal_holds(data_dir, "Na de crash"), "no journal within 30 s"
        assert locks.read_lock(pack_path).pid == proc.pid
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
    assert load_pack(pack_path, catalogue, audiences).title == demo.title  # the file itself is untouched

    user.answer = Button.Yes
    asked = user.questions
    from g40desk.gui.main_window import MainWindow
    window = MainWindow(catalogue, audiences, settings)
    qtbot.addWidget(window)
    window.files.offer_recovery()
    assert "'Na de crash'" in asked[0] and "overleg.g40pack" in asked[0] and "bewaard op" in asked[0]
    assert window.doc.pack.title == "Na de crash" and "demand:mobiliteit-4" in window.doc.pack.refs()
    assert window.doc.path == pack_path and window.isWindowModified()
    assert locks.read_lock(pack_path).mine  # the dead editor's lock was stale and is taken over
    assert recovery.pending(catalogue, audiences)[0].file == window.autosaver.file  # still protected until saved
    window.files.save()
    assert load_pack(pack_path, catalogue, audiences).title == "Na de crash"
    assert recovery.pending(catalogue, audiences) == []


def _journal_holds(data_dir: Path, text: str, seconds: float = 30) -> bool:
    """Waits (polling, with a deadline) until a recovery file holds *text*."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for file in (data_dir / "recovery").glob("*.json"):
            try:
                if text in file.read_text(encoding="utf-8"):
                    return True
            except OSError:  # replaced while read
                pass
        time.sleep(0.05)
    return False


def test_autosave_follows_interval_and_focus_loss(qtbot, window, data_dir):
    window.set_in_pack(["demand:wonen-1"], True)
    window.autosaver.save_now()
    files = list((data_dir / "recovery").glob("*.json"))
    assert len(files) == 1
    data = json.loads(files[0].read_text(encoding="utf-8"))
    assert [item["ref"] for item in data["pack"]["items"]] == ["demand:wonen-1"] and data["path"] is None
    window.act_undo.trigger()  # back to clean: nothing left to recover
    window.autosaver.save_now()
    assert list((data_dir / "recovery").glob("*.json")) == []


def test_second_opener_sees_who_and_may_open_read_only(qtbot, window, tmp_path, demo, catalogue, audiences,
                                                       settings, user):
    path = tmp_path / "gedeeld.g40pack"
    save_pack(demo, path)
    holder = {"user": "collega", "host": "andere-laptop", "pid": 4242,
              "since": __import__("datetime").datetime.now(__import__("datetime").timezone.utc).isoformat()}
    locks.lock_path(path).write_text(json.dumps(holder))
    shown = user.questions
    user.choice = 0  # "Alleen-lezen openen"
    assert window.open_path(path)
    assert "collega op andere-laptop" in shown[0]
    assert window.doc.read_only and "(alleen-lezen)" in window.windowTitle()
    assert json.loads(locks.lock_path(path).read_text())["user"] == "collega"  # their lock is kept


def test_stale_lock_of_a_dead_process_is_taken_silently(qtbot, window, tmp_path, demo):
    import datetime as dt
    import socket

    path = tmp_path / "oud.g40pack"
    save_pack(demo, path)
    locks.lock_path(path).write_text(json.dumps({"user": "ik", "host": socket.gethostname(), "pid": 999_999,
                                                 "since": dt.datetime.now(dt.UTC).isoformat()}))
    assert locks.read_lock(path).stale
    assert window.open_path(path) and not window.doc.read_only
    assert locks.read_lock(path).mine


def test_opening_another_pack_releases_the_first_lock(qtbot, window, tmp_path, demo):
    first, second = tmp_path / "een.g40pack", tmp_path / "twee.g40pack"
    save_pack(demo, first)
    save_pack(demo, second)
    assert window.open_path(first) and locks.read_lock(first).mine
    assert window.open_path(second)
    assert locks.read_lock(first) is None and locks.read_lock(second).mine
    window.close()
    assert locks.read_lock(second) is None


TYPED = "De gemeente bouwt tot 2030 zo'n 10.000 woningen; de helft wacht op de impulsregeling."


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")
@pytest.mark.parametrize("end", ["sigkill", "abort"])
def test_work_typed_until_a_crash_is_offered_at_the_next_start(tmp_path, data_dir, demo, end):
    """A real editor is killed (or aborts natively) once the journal holds the last keystroke —
    a condition, not a delay, so a busy machine cannot fail it; how soon that is (0.7 s) is timed
    in bench/run.py. The next start says the session ended unexpectedly, names the crash log and
    restores every character, although the 30-second autosave never ran."""
    pack_path = tmp_path / "overleg.g40pack"
    save_pack(demo, pack_path)
    helper = str(Path(__file__).with_name("app_process.py"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "G40DESK_DATA_DIR": str(data_dir),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONPATH": str(ROOT)}
    config = tmp_path / "config" / "Stedennetwerk G40"
    config.mkdir(parents=True)
    (config / "g40desk.conf").write_text("[General]\nlanguage=nl\n")  # the Dutch interface, whatever the locale
    mode = "type" if end == "sigkill" else "abort"
    proc = subprocess.Popen([sys.executable, helper, mode, str(pack_path), TYPED], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=ROOT)
    try:
        assert proc.stdout.readline().strip() == b"typed"
        if end == "sigkill":
            assert _journal_holds(data_dir, TYPED), "the journal never held what was typed"
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        proc.kill()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == (-signal.SIGKILL if end == "sigkill" else -signal.SIGABRT)

    restart = subprocess.run([sys.executable, helper, "restart"], capture_output=True, text=True, env=env, cwd=ROOT,
                             timeout=60)
    assert restart.returncode == 0, restart.stderr
    lines = [json.loads(line) for line in restart.stdout.splitlines()]
    asked, state = lines[0], lines[-1]
    logs = list((data_dir / "crash-logs").glob("crash-*.log"))
    assert len(logs) == 1 and not list((data_dir / "crash-logs").glob("running-*.log"))  # the restart ended cleanly
    assert asked["text"].startswith(f"De vorige sessie van g40desk is onverwacht beëindigd; het verslag voor de "
                                    f"IT-ondersteuning staat in {logs[0]}.")
    assert "'Bestuurlijk overleg wonen en klimaat" in asked["text"] and "Herstellen?" in asked["text"]
    assert any(context.endswith(TYPED) for context in state["contexts"]) and state["modified"]
    log = logs[0].read_text(encoding="utf-8")
    assert log.startswith("g40desk ") and "PySide6 " in log
    if end == "abort":  # faulthandler wrote the native crash with the Python stack
        assert "Fatal Python error: Aborted" in log and "app_process.py" in log


def test_journal_writes_while_typing_goes_on(qtbot, window, data_dir):
    """Typing without a pause must not postpone the journal: a keystroke leaves its running timer
    alone (a debounce would restart it, and leave the file empty until the typing stops)."""
    window.set_in_pack(["demand:wonen-1"], True)
    window.outline.setCurrentIndex(window.outline_model.item_index(0))
    field, journal = window.item_editor.context, window.autosaver.journal
    field.setFocus()
    window.autosaver.save_now()  # the step above is kept; the typing starts with no journal pending
    window.autosaver.file.unlink()
    qtbot.keyClick(field, "a")
    assert journal.isActive()
    started = journal.remainingTime()
    qtbot.waitUntil(lambda: not journal.isActive() or journal.remainingTime() < started - 50)
    if journal.isActive():
        left = journal.remainingTime()
        qtbot.keyClick(field, "a")
        assert journal.isActive() and journal.remainingTime() <= left  # not restarted by typing on

    def type_on() -> bool:
        qtbot.keyClick(field, "a")
        return bool(list((data_dir / "recovery").glob("*.json")))

    qtbot.waitUntil(type_on, timeout=20_000)  # written while the keys go on
    window.autosaver.settle()
    typed = len(window.doc.pack.items[0].context)
    for _ in range(3):
        qtbot.keyClick(field, "a")
    files = list((data_dir / "recovery").glob("*.json"))
    context = json.loads(files[0].read_text(encoding="utf-8"))["pack"]["items"][0]["context"]
    assert 0 < len(context) <= typed < len(window.doc.pack.items[0].context)


def test_crash_log_of_a_clean_session_is_removed_and_a_dead_one_is_reported(tmp_path):
    import faulthandler

    from g40desk.gui.support.crashlog import CrashLog

    folder = tmp_path / "crash-logs"
    folder.mkdir()
    (folder / "running-999999.log").write_text("g40desk 0.1.0\n")  # a process that no longer exists
    (folder / f"running-{os.getppid()}.log").write_text("g40desk 0.1.0\n")  # a live one: another window
    log = CrashLog(folder)
    was_enabled = faulthandler.is_enabled()
    ended = log.start()
    try:
        assert [p.name.endswith("-999999.log") and p.name.startswith("crash-") for p in ended] == [True]
        assert log.path.exists() and faulthandler.is_enabled()
    finally:
        log.end()
        if was_enabled:
            faulthandler.enable()
    assert not log.path.exists() and (folder / f"running-{os.getppid()}.log").exists()
    assert CrashLog(folder)._collect_ended() == []  # reported once, never again


def test_a_crash_without_unsaved_work_is_still_reported_with_its_log(qtbot, window, tmp_path, user):
    log = tmp_path / "crash-logs" / "crash-20261129-101500-4242.log"
    shown = user.infos
    window.files.offer_recovery([log])
    assert shown == [f"De vorige sessie van g40desk is onverwacht beëindigd; het verslag voor de IT-ondersteuning "
                     f"staat in {log}. Er was geen niet-opgeslagen werk."]
    window.files.offer_recovery([])  # a clean previous session: nothing is said
    assert len(shown) == 1


def test_work_of_another_open_editor_is_not_offered(qtbot, window, data_dir, catalogue, audiences):
    window.set_in_pack(["demand:wonen-1"], True)
    window.autosaver.save_now()
    mine = window.autosaver.file
    other, dead = mine.with_name(f"{os.getppid()}-other.json"), mine.with_name("999999-dead.json")
    for copy in (other, dead):
        copy.write_bytes(mine.read_bytes())
    assert {r.file for r in recovery.pending(catalogue, audiences)} == {mine, dead}  # the parent process is alive: its file stays its own


def _live_colleague_lock(path: Path) -> None:
    import datetime as dt
    import socket

    from g40desk.core.files.processes import process_start

    parent = os.getppid()  # a live process on this computer that is not us
    locks.lock_path(path).write_text(json.dumps({"user": "collega", "host": socket.gethostname(), "pid": parent,
                                                 "since": dt.datetime.now(dt.UTC).isoformat(),
                                                 "started": process_start(parent)}))


def _crashed_session(tmp_path, data_dir, demo, catalogue, audiences):
    """A pack, and the journal of a session that edited it and died."""
    from g40desk.core.files.stamp import current_stamp

    path = tmp_path / "gedeeld.g40pack"
    save_pack(demo, path)
    demo.title = "Mijn herstelde werk"
    folder = data_dir / "recovery"
    folder.mkdir(parents=True)
    (folder / "999999-weg.json").write_bytes(recovery.journal_bytes(demo.model_dump_json(), path, current_stamp(path)))
    return path


@pytest.mark.parametrize("choice", [0, 1, None], ids=["as a new pack", "take over", "cancel"])
def test_restore_never_takes_a_colleagues_live_lock_without_asking(qtbot, window, tmp_path, data_dir, demo, catalogue,
                                                                  audiences, choice, user):
    path = _crashed_session(tmp_path, data_dir, demo, catalogue, audiences)
    _live_colleague_lock(path)
    theirs = path.read_bytes()
    user.answer = Button.Yes  # "Ja, herstellen"
    user.choice = choice
    window.files.offer_recovery()
    user.answer = Button.Discard  # at closing
    asked = [text for text in user.questions if "is nu geopend door" in text]
    assert "gedeeld.g40pack is nu geopend door collega" in asked[0]
    if choice is None:  # nothing restored, the journal kept for next time
        assert window.doc.pack.title != "Mijn herstelde werk" and recovery.pending(catalogue, audiences)
    else:
        assert window.doc.pack.title == "Mijn herstelde werk" and window.doc.modified
    if choice == 0:
        assert window.doc.path is None and json.loads(locks.lock_path(path).read_text())["user"] == "collega"
    if choice == 1:
        assert window.doc.path == path and locks.read_lock(path).mine
    assert path.read_bytes() == theirs  # nothing of theirs written over


def test_a_restored_pack_asks_before_saving_over_a_version_saved_since_the_crash(
        qtbot, window, tmp_path, data_dir, demo, catalogue, audiences, user):
    path = _crashed_session(tmp_path, data_dir, demo, catalogue, audiences)
    later = load_pack(path, catalogue, audiences)
    later.title = "Door de collega opgeslagen na de crash"
    save_pack(later, path)
    user.answer = Button.Yes
    window.files.offer_recovery()
    user.answer = Button.Discard  # at closing
    assert window.doc.path == path and window.doc.pack.title == "Mijn herstelde werk"
    user.choice = None
    assert not window.files.save()  # cancelled: nothing written
    assert "gewijzigd sinds u het opende" in user.questions[-1]
    assert load_pack(path, catalogue, audiences).title == "Door de collega opgeslagen na de crash"


def test_a_read_only_data_folder_is_said_once_in_the_message_bar(qtbot, window, data_dir, monkeypatch, user):
    """The recovery folder refuses every write (a read-only data folder, simulated: the tests may
    run as root, for whom chmod protects nothing): the message bar says so once, no dialog."""
    import errno

    from PySide6.QtWidgets import QApplication

    from g40desk.core.files import atomic

    create = atomic._create_temp

    def read_only(path, folder):
        if Path(folder) == data_dir / "recovery":
            raise PermissionError(errno.EROFS, "Read-only file system", str(folder))
        return create(path, folder)

    monkeypatch.setattr(atomic, "_create_temp", read_only)
    shown = []
    window.message_bar.shown.connect(shown.append)
    for ref in ("demand:wonen-1", "demand:wonen-3"):
        window.set_in_pack([ref], True)
        window.autosaver.save_now()
    qtbot.waitUntil(lambda: len(shown) == 1)
    window.set_in_pack(["demand:wonen-5"], True)
    window.autosaver.save_now()
    window.autosaver.settle()
    QApplication.processEvents()
    assert len(shown) == 1 and window.message_bar.isVisible() and user.warnings == []  # no dialog
    text = shown[0]
    assert "Herstel staat uit" in text and str(data_dir / "recovery") in text and "de map is alleen-lezen" in text
    assert "sla regelmatig op" in text and "\n" not in text and "Word of Excel" not in text
    assert [button.text() for button in window.message_bar.buttons] == ["Nu opslaan"]
    assert not list((data_dir / "recovery").glob("*.json"))


def test_the_restore_offer_says_when_in_the_long_dutch_form(qtbot, window, tmp_path, data_dir, demo, user):
    import datetime as dt

    from g40desk.core.text import dutch_date

    moment = dt.datetime(2026, 12, 5, 11, 3, 27, tzinfo=dt.UTC)
    folder = data_dir / "recovery"
    folder.mkdir(parents=True)
    (folder / "999999-weg.json").write_bytes(recovery.journal_bytes(demo.model_dump_json(), None, None, now=moment))
    user.answer = Button.Cancel
    window.files.offer_recovery()
    local = moment.astimezone()
    assert f"bewaard op {dutch_date(local.date())}, {local:%H:%M:%S}" in user.questions[0]  # as dates read elsewhere
    assert "2026-12-05" not in user.questions[0] and "05-12-2026" not in user.questions[0]
