"""Terugblik in the editor: a new pack or a copy is offered the last meeting's points from the ledger's folders."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from g40desk.core.pack.demo import demo_after_meeting
from g40desk.core.pack.model import Pack, RecallKind
from g40desk.core.pack.storage import save_pack

pytestmark = pytest.mark.gui


@pytest.fixture
def shared(tmp_path, window):
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    save_pack(demo_after_meeting(), folder / "voorjaar.g40pack")
    window.settings.set("ledger_folders", [str(folder)])
    return folder


def test_a_new_pack_is_offered_the_terugblik_and_the_advisor_drops_a_point(qtbot, window, shared, user):
    seen = []

    def untick_first(dialog):
        seen.append([item.text() for item in dialog.point_items()])
        dialog.point_items()[0].setCheckState(Qt.CheckState.Unchecked)  # not the promise: only the actions
        return True

    user.dialogs.append(untick_first)
    window.doc.replace(Pack(title="Najaarsoverleg", audiences=["ministry:bzk", "city:zwolle"]), None)
    window.starts.offer_lookback()
    qtbot.waitUntil(lambda: bool(seen) and not window.starts.busy, timeout=30_000)
    assert seen[0][0].startswith("Toegezegd: Een snel en breed toegankelijke impulsregeling woningbouw")
    assert len(seen[0]) == 3
    lookback = window.doc.pack.lookback
    assert [(r.kind, r.owner) for r in lookback] == [(RecallKind.ACTION, "ministry:bzk")] * 2
    assert window.act_undo.text().endswith("terugblik overnemen")
    window.doc.drop_recall(0)
    assert len(window.doc.pack.lookback) == 1
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert window.doc.pack.lookback == []


def test_nothing_found_is_said_in_the_status_bar_without_a_dialog(qtbot, window, shared, user):
    window.doc.replace(Pack(title="Stad", audiences=["city:groningen"]), None)
    window.starts.offer_lookback()
    qtbot.waitUntil(lambda: not window.starts.busy, timeout=30_000)
    assert "geen toezeggingen of open acties" in window.statusBar().currentMessage()
    assert window.doc.pack.lookback == []


def test_without_ledger_folders_nothing_is_read(qtbot, window, user):
    window.doc.replace(Pack(title="Stad", audiences=["city:groningen"]), None)
    window.starts.offer_lookback()
    assert not window.starts.busy
