"""The operations after the meeting (core/pack/edit.py): result, what was said, actions, the meeting as held."""

from __future__ import annotations

import datetime as dt

import pytest

from g40desk.core.agenda.catalogue import load_catalogue
from g40desk.core.errors import G40Error
from g40desk.core.note.briefing import ask_refs
from g40desk.core.pack import edit
from g40desk.core.pack.limits import PackRefused
from g40desk.core.pack.model import MAX_TEXT, Action, Held, Item, Outcome, Pack, Result

ASK = "demand:wonen-2"
CITY = "city:zwolle"


@pytest.fixture
def pack():
    return Pack(audiences=[CITY, "ministry:vro"], items=[Item(ref="demand:wonen-1"), Item(ref=ASK)])


def _outcome(pack: Pack) -> Outcome | None:
    return pack.item(ASK).outcomes.get(CITY)


def test_result_and_said_are_kept_per_audience_and_never_change_the_given_pack(pack):
    before = pack.model_copy(deep=True)
    done = edit.set_outcome_field(pack, ASK, CITY, "result", Result.PROMISED)
    assert pack == before
    assert _outcome(done.pack) == Outcome(result=Result.PROMISED)
    assert done.changes.refs == {ASK} and done.changes.fields == {"items"}
    said = edit.set_outcome_field(done.pack, ASK, CITY, "said", "Komt in de Voorjaarsnota")
    assert _outcome(said.pack) == Outcome(result=Result.PROMISED, said="Komt in de Voorjaarsnota")
    assert "ministry:vro" not in said.pack.item(ASK).outcomes  # the other audience has none
    assert not edit.set_outcome_field(said.pack, ASK, CITY, "said", "Komt in de Voorjaarsnota").changes
    cleared = edit.set_outcome_field(edit.set_outcome_field(said.pack, ASK, CITY, "said", "").pack, ASK, CITY, "result", None)
    assert cleared.pack.item(ASK).outcomes == {}  # an outcome left empty is gone


def test_actions_are_added_changed_and_removed_one_by_one(pack):
    one = edit.add_action(pack, ASK, CITY, Action(what="Brief sturen", who="Ans"))
    two = edit.add_action(one.pack, ASK, CITY, Action(what="Bellen"))
    due = edit.set_action_field(two.pack, ASK, CITY, 1, "due", dt.date(2026, 5, 1))
    done = edit.set_action_field(due.pack, ASK, CITY, 0, "done", True)
    assert [(a.what, a.who, a.due, a.done) for a in _outcome(done.pack).actions] == [
        ("Brief sturen", "Ans", None, True), ("Bellen", "", dt.date(2026, 5, 1), False)]
    assert [a.what for a in _outcome(one.pack).actions] == ["Brief sturen"]  # earlier packs untouched
    removed = edit.remove_action(done.pack, ASK, CITY, 0)
    assert [a.what for a in _outcome(removed.pack).actions] == ["Bellen"]
    assert edit.remove_action(edit.remove_action(removed.pack, ASK, CITY, 0).pack, ASK, CITY, 0).changes == edit.PackChanges()
    assert edit.remove_action(removed.pack, ASK, CITY, 0).pack.item(ASK).outcomes == {}


def test_an_action_without_what_and_texts_beyond_the_limit_are_refused(pack):
    one = edit.add_action(pack, ASK, CITY, Action(what="Brief sturen"))
    with pytest.raises(G40Error):
        edit.set_action_field(one.pack, ASK, CITY, 0, "what", "")
    with pytest.raises(PackRefused):
        edit.set_outcome_field(pack, ASK, CITY, "said", "x" * (MAX_TEXT + 1))
    with pytest.raises(PackRefused):
        edit.set_action_field(one.pack, ASK, CITY, 0, "who", "x" * (MAX_TEXT + 1))
    with pytest.raises(ValueError):
        edit.set_outcome_field(pack, ASK, CITY, "actions", [])
    assert not edit.set_action_field(one.pack, ASK, CITY, 5, "who", "Piet").changes


def test_the_meeting_as_held_is_set_field_by_field_and_goes_when_empty(pack):
    day = edit.set_held(pack, "date", dt.date(2026, 3, 2))
    present = edit.set_held(day.pack, "present", "wethouder, DG Wonen")
    assert present.pack.meeting.held == Held(date=dt.date(2026, 3, 2), present="wethouder, DG Wonen")
    assert present.changes.fields == {"meeting"} and present.changes.meta
    empty = edit.set_held(edit.set_held(present.pack, "present", "").pack, "date", None)
    assert empty.pack.meeting.held is None and pack.meeting.held is None


def test_the_asks_come_in_the_notes_order_without_goals_or_themes():
    catalogue = load_catalogue()
    demands = [e.id for e in catalogue.walk() if e.kind.name == "DEMAND"][:3]
    theme = next(e.id for e in catalogue.walk() if e.kind.name == "THEME")
    pack = Pack(items=[Item(ref=ref) for ref in [demands[2], theme, demands[0], demands[1]]])
    assert sorted(ask_refs(pack, catalogue)) == sorted(demands) and theme not in ask_refs(pack, catalogue)
