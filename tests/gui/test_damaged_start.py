"""Damaged user files never stop the editor's start: each is set aside, named in one message,
and the real editor (started as `g40desk` starts it) always reaches its window."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from g40desk.core.pack.recovery import journal_bytes
from g40desk.core.pack.storage import save_pack

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
HELPER = str(Path(__file__).with_name("app_process.py"))


def _journal(folder: Path, name: str, content: bytes | str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def _valid_journal(demo, saved_at: str, path: str | None = None, title: str = "Hersteld") -> bytes:
    demo.title = title
    data = json.loads(journal_bytes(demo.model_dump_json(), None, None))
    data["saved_at"], data["path"] = saved_at, path
    return json.dumps(data).encode("utf-8")


def _start(tmp_path: Path, data: Path, pack: Path | None = None, env: dict | None = None) -> tuple[list[dict], dict]:
    config = tmp_path / "config" / "Stedennetwerk G40"
    config.mkdir(parents=True, exist_ok=True)
    ini = config / "g40desk.conf"
    if not ini.exists():
        ini.write_text("[General]\nlanguage=nl\n")
    run_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "G40DESK_DATA_DIR": str(data),
               "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONPATH": str(ROOT), **(env or {})}
    argv = [sys.executable, HELPER, "restart", *([str(pack)] if pack else [])]
    result = subprocess.run(argv, capture_output=True, text=True, env=run_env, cwd=ROOT, timeout=90)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines and lines[-1]["shown"], result.stdout  # the window was reached
    assert not list((data / "crash-logs").glob("crash-*.log")), "the start crashed before"
    return lines[:-1], lines[-1]


def _set_aside_message(asked: list[dict]) -> str:
    told = [a["text"] for a in asked if a.get("information") == "Beschadigde bestanden opzijgezet"]
    assert len(told) == 1, asked  # ONE message
    return told[0]


JOURNALS = {
    "empty list": "[]", "a string": '"x"', "a number": "42", "100,000 brackets": "[" * 100_000,
    "no format": "{}", "no pack": '{"format": "g40desk-recovery-2"}', "binary": b"\x00\x01\xff" * 50,
    "a pack that is not valid": '{"format": "g40desk-recovery-2", "pack": {"items": 5}}',
}


@pytest.mark.parametrize("content", list(JOURNALS.values()), ids=list(JOURNALS))
def test_a_damaged_journal_is_set_aside_and_the_editor_starts(tmp_path, content):
    data = tmp_path / "appdata"
    _journal(data / "recovery", "999999-kapot.json", content)
    asked, state = _start(tmp_path, data)
    assert "999999-kapot.json → 999999-kapot.json.beschadigd-" in _set_aside_message(asked)
    assert not list((data / "recovery").glob("*.json"))
    assert [p.name.split(".beschadigd-")[0] for p in (data / "recovery").iterdir()] == ["999999-kapot.json"]
    assert not list((data / "crash-logs").glob("running-*.log"))  # a clean exit


def test_mixed_naive_and_aware_times_and_the_years_1_and_9999(tmp_path, demo):
    data = tmp_path / "appdata"
    for number, (when, title) in enumerate([("2026-11-29T10:00:00", "Naief"),
                                            ("2026-11-29T11:00:00+01:00", "Met zone"),
                                            ("0001-01-01T00:00:00+01:00", "Jaar een"),
                                            ("9999-12-31T23:59:59+00:00", "Jaar negenduizend")]):
        _journal(data / "recovery", f"99999{number}-oud.json", _valid_journal(demo, when, title=title))
    asked, state = _start(tmp_path, data, env={"TZ": "Europe/Amsterdam"})
    offers = [a["text"] for a in asked if a.get("question") == "Werk herstellen"]
    assert offers and "'Jaar negenduizend'" in offers[0] and "31 december 9999, 23:59:59" in offers[0]  # newest first
    assert state["title"] == "Jaar negenduizend" and state["modified"]


def test_a_journal_naming_a_path_with_a_nul_byte_restores_as_a_new_pack(tmp_path, demo):
    data = tmp_path / "appdata"
    _journal(data / "recovery", "999999-nul.json",
             _valid_journal(demo, "2026-11-29T10:00:00+00:00", path=str(tmp_path / "a\x00b.g40pack")))
    asked, state = _start(tmp_path, data)
    assert any(a.get("question") == "Werk herstellen" for a in asked)  # "Ja, herstellen"
    assert state["title"] == "Hersteld" and state["path"] is None and state["modified"]


def _facts(data):
    _journal(data, "facts.json", '{"schema_version": 1, "audiences": {"city:zwolle": {"inwoners": "veel"}}}')


def _audiences(data):
    _journal(data, "audiences.json", '{"cities": 5}')


def _agenda(data):
    _journal(data / "agendas", "mijn-agenda-v2.json", "{ niet af")


def _crash_folder(data):
    _journal(data, "crash-logs", "een bestand waar een map hoort")


def _recovery_folder(data):
    _journal(data, "recovery", "een bestand waar een map hoort")


USER_FILES = {"facts.json": _facts, "audiences.json": _audiences, "mijn-agenda-v2.json": _agenda,
              "crash-logs": _crash_folder, "recovery": _recovery_folder}


@pytest.mark.parametrize("name", list(USER_FILES))
def test_a_damaged_user_file_or_folder_is_set_aside_and_named(tmp_path, name):
    data = tmp_path / "appdata"
    USER_FILES[name](data)
    asked, state = _start(tmp_path, data)
    assert f"{name} → {name}.beschadigd-" in _set_aside_message(asked)
    moved = list(data.rglob(f"{name}.beschadigd-*"))
    assert len(moved) == 1 and moved[0].is_file()


def test_damaged_settings_read_as_their_defaults_and_are_named(tmp_path):
    data = tmp_path / "appdata"
    config = tmp_path / "config" / "Stedennetwerk G40"
    config.mkdir(parents=True)
    (config / "g40desk.conf").write_text("[General]\nlanguage=nl\nautosave_seconds=99999999999999999999\n"
                                         "window\\geometry=geen bytes\nrecent_files=@Variant(\\0\\0\\0\\x7f\\0\\0\\0)\n")
    asked, state = _start(tmp_path, data)
    message = _set_aside_message(asked)
    assert "instelling 'autosave_seconds' was onbruikbaar" in message and "window/geometry" in message


def test_a_lock_from_the_year_9999_under_amsterdam_time_does_not_stop_the_start(tmp_path, demo):
    data = tmp_path / "appdata"
    pack = tmp_path / "gedeeld.g40pack"
    save_pack(demo, pack)
    lock = pack.with_name("gedeeld.g40pack.lock")
    lock.write_text(json.dumps({"user": "x", "host": "elders", "pid": 7, "since": "9999-12-31T23:59:59+00:00"}))
    asked, state = _start(tmp_path, data, pack, env={"TZ": "Europe/Amsterdam"})
    choice = next(a for a in asked if "choice" in a)
    assert "onleesbaar (tijdstip in de toekomst" in choice["text"]
    assert state["path"] == str(pack) and state["read_only"]  # opened read-only, the lock left alone
    assert "9999" in lock.read_text()


def test_every_start_check_together_stays_quick(tmp_path, demo):
    """All of the above at once: one message, the window, within the start's usual time."""
    data = tmp_path / "appdata"
    for make in USER_FILES.values():
        if make not in (_crash_folder, _recovery_folder):
            make(data)
    for number, content in enumerate(JOURNALS.values()):
        _journal(data / "recovery", f"99999{number}-kapot.json", content)
    started = dt.datetime.now()
    asked, state = _start(tmp_path, data)
    assert (dt.datetime.now() - started).total_seconds() < 30
    assert _set_aside_message(asked).count("•") == 3 + len(JOURNALS)
