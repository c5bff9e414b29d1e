"""Shared drives and Windows in the editor: an offline agenda share, a stuck lock file, names as typed."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from g40desk.core.agenda.catalogue import BUILTIN, read_agenda_file
from g40desk.core.agenda.library import write_agenda
from g40desk.core.files import locks, windows
from g40desk.core.pack.storage import load_pack, save_pack
from g40desk.gui.controllers import shared_scan
from g40desk.resources import data_file

pytestmark = pytest.mark.gui


def _shared_agenda(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = read_agenda_file(data_file(BUILTIN)).model_copy(update={"id": "gedeeld-bureau", "version": 1})
    write_agenda(data, folder / "gedeeld-bureau-v1.json")


def test_an_offline_agenda_share_does_not_freeze_opening_a_pack(qtbot, window, tmp_path, demo, monkeypatch):
    share, pack = tmp_path / "server" / "agendas", tmp_path / "p.g40pack"
    _shared_agenda(share)
    save_pack(demo, pack)
    back_online = threading.Event()
    real = shared_scan.scan_folder

    def offline(folder, location):  # a UNC path on a laptop without network: blocks until the share answers
        back_online.wait(60)
        return real(folder, location)

    monkeypatch.setattr(shared_scan, "scan_folder", offline)
    agendas = window.agendas
    agendas.library.shared = [share]
    agendas.library.refresh()
    agendas.scan.start()
    shown = []
    window.message_bar.shown.connect(shown.append)
    started = time.monotonic()
    try:
        assert window.open_path(pack)
        took = time.monotonic() - started
        assert took < shared_scan.WAIT_SECONDS + 1.5, took
        assert any("antwoordt niet" in text and str(share) in text for text in shown)
        assert "gedeeld-bureau" not in {i.id for i in agendas.library.list()}
        with qtbot.waitSignal(agendas.scan.landed, timeout=10_000):
            back_online.set()
        assert "gedeeld-bureau" in {i.id for i in agendas.library.list()}  # used from then on
    finally:
        back_online.set()


def test_a_reachable_share_is_read_before_the_pack_opens(qtbot, window, tmp_path, demo):
    share, pack = tmp_path / "server" / "agendas", tmp_path / "p.g40pack"
    _shared_agenda(share)
    save_pack(demo, pack)
    window.agendas.library.shared = [share]
    window.agendas.scan.start()
    assert window.open_path(pack)
    assert "gedeeld-bureau" in {i.id for i in window.agendas.library.list()}


def test_a_lock_file_that_cannot_be_removed_is_told(qtbot, window, tmp_path, demo, monkeypatch, user):
    first, second = tmp_path / "een.g40pack", tmp_path / "twee.g40pack"
    save_pack(demo, first)
    save_pack(demo, second)
    assert window.open_path(first)
    monkeypatch.setattr(windows, "ON_WINDOWS", True)
    real = os.unlink

    def held(path, *args, **kwargs):
        if str(path).endswith(".lock"):
            exc = PermissionError(13, "Access is denied")
            exc.winerror = 32
            raise exc
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", held)
    told = user.expecting_warnings()
    assert window.open_path(second)
    assert len(told) == 1 and "het slotbestand 'een.g40pack.lock' kon niet worden verwijderd" in told[0]
    monkeypatch.setattr(os, "unlink", real)
    locks.lock_path(first).unlink()


def test_save_as_takes_the_extension_in_any_case_and_recent_files_keep_the_path_as_typed(
        qtbot, window, tmp_path, demo, user, catalogue, audiences):
    real = tmp_path / "echte-map"
    real.mkdir()
    drive = tmp_path / "G"  # a mapped drive letter: a link to the share
    drive.symlink_to(real)
    chosen = drive / "Overleg.G40PACK"
    user.files = [str(chosen)]
    window.doc.replace(demo, None)
    assert window.files.save_as()
    assert (real / "Overleg.G40PACK").exists() and not list(real.glob("*.g40pack"))  # no second extension
    assert window.settings.get("recent_files")[0] == str(chosen)  # not resolved to the share's path
    assert window.open_path(chosen) and window.settings.get("recent_files")[0] == str(chosen)
    assert load_pack(chosen, catalogue, audiences).title == demo.title


def test_pack_names_match_in_any_case():
    from g40desk.gui.controllers.files import is_pack_name

    assert all(is_pack_name(name) for name in ("a.g40pack", "B.G40PACK", "c.G40Pack"))
    assert not any(is_pack_name(name) for name in ("a.g40pack.bak", "a.json", "g40pack"))
