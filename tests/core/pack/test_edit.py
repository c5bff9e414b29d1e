"""Pack operations: each checks the limits, returns a new pack and a record of what changed, and never
touches the pack it was given."""

from __future__ import annotations

import pytest

from g40desk.core.errors import G40Error
from g40desk.core.pack import edit, limits
from g40desk.core.pack.edit import PackChanges
from g40desk.core.pack.limits import Limit, PackRefused
from g40desk.core.pack.model import (
    MAX_ALL_POINTS,
    MAX_AUDIENCES,
    MAX_ITEMS,
    MAX_OWN,
    MAX_POINTS,
    AgendaStamp,
    Held,
    Item,
    Meeting,
    NoteOptions,
    Outcome,
    Override,
    OwnEntry,
    Pack,
    Priority,
    Recall,
    RecallKind,
    Result,
    Status,
)
from g40desk.core.pack.owners import settled


@pytest.fixture
def pack():
    """Settled, as a pack is once opened: every text has its owner recorded (core/pack/owners.py)."""
    return settled(Pack(title="T", audiences=["city:zwolle", "ministry:vro"], meeting=Meeting(place="Zwolle"), items=[
        Item(ref="demand:wonen-1", text="Eigen", overrides={"ministry:vro": Override(text="Voor VRO")}),
        Item(ref="demand:wonen-2", talking_points=["een", "twee"]),
        Item(ref="demand:klimaat-1")]))


def _untouched(pack: Pack, run):
    """Run *run* on *pack* and assert the given pack is exactly as before (also deep inside)."""
    before = pack.model_copy(deep=True)
    done = run(pack)
    assert pack == before
    return done


def test_add_entries_appends_new_ones_once(pack):
    done = _untouched(pack, lambda p: edit.add_entries(p, ["demand:wonen-3", "demand:wonen-1", "demand:wonen-3"]))
    assert done.pack.refs() == [*pack.refs(), "demand:wonen-3"]
    assert done.changes == PackChanges(frozenset({"items"}), frozenset({"demand:wonen-3"}), order=True)
    assert done.pack.items[:3] == pack.items  # the rest is shared, not rebuilt


def test_adding_nothing_new_changes_nothing(pack):
    done = edit.add_entries(pack, ["demand:wonen-1"])
    assert done.pack is pack and not done.changes


def test_adding_beyond_the_item_limit_is_refused_with_the_editors_message():
    full = Pack(items=[Item(ref=f"x{n}") for n in range(MAX_ITEMS)])
    with pytest.raises(PackRefused) as refused:
        _untouched(full, lambda p: edit.add_entries(p, ["demand:wonen-1"]))
    assert refused.value.refusal == limits.Refusal(Limit.ITEMS, MAX_ITEMS, MAX_ITEMS + 1)
    assert str(refused.value) == (f"Er kunnen hooguit {MAX_ITEMS} onderdelen in één pakket; er is niets toegevoegd. "
                                  "Haal onderdelen weg of verdeel ze over twee pakketten.")
    assert isinstance(refused.value, G40Error)


def test_remove_and_move(pack):
    done = _untouched(pack, lambda p: edit.remove_entries(p, ["demand:wonen-1", "demand:nergens"]))
    assert done.pack.refs() == ["demand:wonen-2", "demand:klimaat-1"]
    assert done.changes.refs == {"demand:wonen-1"} and done.changes.order
    moved = _untouched(pack, lambda p: edit.move_entry(p, 0, 2))
    assert moved.pack.refs() == ["demand:wonen-2", "demand:klimaat-1", "demand:wonen-1"]
    assert not edit.move_entry(pack, 1, 1).changes and not edit.move_entry(pack, 0, 3).changes
    assert not edit.remove_entries(pack, ["demand:nergens"]).changes


def test_set_item_field_validates_as_the_model_does(pack):
    done = _untouched(pack, lambda p: edit.set_item_field(p, "demand:wonen-2", "priority", "high"))
    assert done.pack.item("demand:wonen-2").priority is Priority.HIGH
    assert done.changes == PackChanges(frozenset({"items"}), frozenset({"demand:wonen-2"}))
    assert done.pack.item("demand:wonen-1") is pack.item("demand:wonen-1")
    with pytest.raises(G40Error, match="status"):
        edit.set_item_field(pack, "demand:wonen-2", "status", "misschien")
    with pytest.raises(ValueError):
        edit.set_item_field(pack, "demand:wonen-2", "ref", "demand:wonen-9")
    with pytest.raises(KeyError):
        edit.set_item_field(pack, "demand:nergens", "note", "x")
    assert not edit.set_item_field(pack, "demand:wonen-1", "text", "Eigen").changes


def test_talking_points_are_limited_per_item_and_per_pack(pack):
    with pytest.raises(PackRefused) as refused:
        edit.set_item_field(pack, "demand:wonen-2", "talking_points", ["p"] * (MAX_POINTS + 1))
    assert refused.value.refusal.limit == Limit.POINTS and refused.value.refusal.ref == "demand:wonen-2"
    assert str(refused.value) == f"Gesprekspunten: hooguit {MAX_POINTS} per onderdeel (één per regel)."
    many = Pack(items=[Item(ref=f"x{n}", talking_points=["p"] * MAX_POINTS) for n in range(MAX_ALL_POINTS // MAX_POINTS)]
                + [Item(ref="y")])
    with pytest.raises(PackRefused) as refused:
        edit.set_item_field(many, "y", "talking_points", ["een te veel"])
    assert refused.value.refusal == limits.Refusal(Limit.ALL_POINTS, MAX_ALL_POINTS, MAX_ALL_POINTS + 1,
                                                   "talking_points", "y")
    assert edit.set_item_field(many, "x0", "talking_points", ["minder"]).pack.item("x0").talking_points == ["minder"]


def test_texts_are_limited(pack, monkeypatch):
    monkeypatch.setattr(limits, "MAX_TEXT", 10)  # the real limit is a million characters
    cases = [lambda p: edit.set_item_field(p, "demand:wonen-1", "context", "x" * 11),
             lambda p: edit.set_item_field(p, "demand:wonen-1", "talking_points", ["kort", "y" * 11]),
             lambda p: edit.set_override(p, "demand:wonen-1", "city:zwolle", "text", "z" * 11),
             lambda p: edit.set_pack_field(p, "meeting.purpose", "w" * 11)]
    fields = []
    for case in cases:
        with pytest.raises(PackRefused) as refused:
            _untouched(pack, case)
        fields.append(refused.value.refusal.field)
        assert refused.value.refusal.limit == Limit.TEXT and refused.value.refusal.count == 11
    assert fields == ["context", "talking_points", "override.text", "meeting.purpose"]
    assert str(refused.value).startswith("Doel: hooguit 10 tekens;")
    assert edit.set_item_field(pack, "demand:wonen-1", "context", "x" * 10).changes


def test_override_is_set_and_an_empty_one_dropped(pack):
    done = _untouched(pack, lambda p: edit.set_override(p, "demand:wonen-1", "city:zwolle", "priority", Priority.LOW))
    assert done.pack.item("demand:wonen-1").overrides == {"ministry:vro": Override(text="Voor VRO"),
                                                          "city:zwolle": Override(priority=Priority.LOW)}
    cleared = edit.set_override(pack, "demand:wonen-1", "ministry:vro", "text", None)
    assert cleared.pack.item("demand:wonen-1").overrides == {}
    assert cleared.changes.refs == {"demand:wonen-1"}
    assert not edit.set_override(pack, "demand:wonen-1", "ministry:vro", "text", "Voor VRO").changes


def test_pack_and_meeting_fields_are_addressed_in_the_core(pack):
    done = _untouched(pack, lambda p: edit.set_pack_field(p, "meeting.place", "Den Haag"))
    assert done.pack.meeting.place == "Den Haag" and done.changes == PackChanges(frozenset({"meeting"}))
    assert done.changes.meta and edit.pack_field(done.pack, "meeting.place") == "Den Haag"
    titled = edit.set_pack_field(pack, "title", "Nieuw")
    assert titled.pack.title == "Nieuw" and titled.changes.fields == {"title"}
    options = edit.set_pack_field(pack, "options", NoteOptions(annex=True))
    assert options.pack.options.annex and options.pack.items is pack.items
    with pytest.raises(ValueError):
        edit.set_pack_field(pack, "meeting.weather", "zon")
    with pytest.raises(ValueError):
        edit.set_pack_field(pack, "items", [])


def test_audiences_are_limited():
    full = Pack(audiences=[f"a{n}" for n in range(MAX_AUDIENCES)])
    with pytest.raises(PackRefused) as refused:
        edit.set_pack_field(full, "audiences", [*full.audiences, "nog-een"])
    assert refused.value.refusal.limit == Limit.AUDIENCES and "deze is niet toegevoegd" in str(refused.value)
    assert edit.set_pack_field(full, "audiences", full.audiences[1:]).pack.audiences == full.audiences[1:]


def test_replace_audience_moves_its_texts_along(pack):
    done = _untouched(pack, lambda p: edit.replace_audience(p, "ministry:vro", "ministry:bzk/minister-vro"))
    assert done.pack.audiences == ["city:zwolle", "ministry:bzk/minister-vro"]
    assert done.pack.item("demand:wonen-1").overrides == {"ministry:bzk/minister-vro": Override(text="Voor VRO")}
    assert done.changes == PackChanges(frozenset({"audiences", "items"}), frozenset({"demand:wonen-1"}))
    owned = edit.set_item_field(edit.set_pack_field(pack, "audiences", ["ministry:vro"]).pack,
                                "demand:wonen-2", "context", "Voor VRO getypt").pack
    assert owned.item("demand:wonen-2").owners == {"context": "ministry:vro", "talking_points": "*"}
    moved = edit.replace_audience(owned, "ministry:vro", "ministry:bzk/minister-vro").pack
    assert moved.item("demand:wonen-2").owners == {"context": "ministry:bzk/minister-vro", "talking_points": "*"}
    twice = edit.replace_audience(pack, "ministry:vro", "city:zwolle")  # the successor is already there
    assert twice.pack.audiences == ["city:zwolle"]
    assert twice.pack.item("demand:wonen-1").overrides == {"city:zwolle": Override(text="Voor VRO")}
    assert not edit.replace_audience(pack, "city:tilburg", "city:breda").changes


def test_replace_items_checks_the_whole_list(pack):
    items = [i.model_copy(update={"status": Status.AGREED}) if i.ref == "demand:wonen-2" else i for i in pack.items]
    done = _untouched(pack, lambda p: edit.replace_items(p, items))
    assert done.pack.item("demand:wonen-2").status is Status.AGREED
    assert done.changes == PackChanges(frozenset({"items"}), frozenset({"demand:wonen-2"}))
    too_many = [i.model_copy(update={"talking_points": ["p"] * MAX_POINTS}) for i in pack.items]
    too_many += [Item(ref=f"x{n}").model_copy(update={"talking_points": ["p"] * MAX_POINTS}) for n in range(20)]
    with pytest.raises(PackRefused) as refused:
        edit.replace_items(pack, too_many)
    assert refused.value.refusal.limit == Limit.ALL_POINTS
    assert str(refused.value) == (f"veld 'items': te veel gesprekspunten ({23 * MAX_POINTS}; "
                                  f"hooguit {MAX_ALL_POINTS} in één pakket)")
    unchecked = [pack.items[0].model_copy(update={"priority": "dringend"})]
    with pytest.raises(G40Error, match="priority"):
        edit.replace_items(pack, unchecked)


def test_own_entries_are_limited():
    entry = OwnEntry(id="own:nog-een", text="nog een")
    done = edit.add_own_entry(Pack(), entry, Item(ref=entry.id))
    assert done.pack.own == [entry.model_copy(update={"owner": "*"})] and done.pack.refs() == [entry.id]
    assert entry.owner is None  # its owner is recorded on a copy
    assert done.changes.fields == {"own", "items"} and done.changes.order
    full = Pack(own=[OwnEntry(id=f"own:e{n}", text="eigen eis") for n in range(MAX_OWN)])
    with pytest.raises(PackRefused) as refused:
        edit.add_own_entry(full, entry, Item(ref=entry.id))
    assert refused.value.refusal.limit == Limit.OWN


def test_adopt_takes_the_reviewed_agenda_own_entries_and_items(pack):
    reviewed = pack.model_copy(deep=True)
    reviewed.agenda = AgendaStamp(id="g40-agenda", version=3)
    reviewed.items = reviewed.items[1:]
    done = _untouched(pack, lambda p: edit.adopt(p, reviewed))
    assert done.pack.agenda == reviewed.agenda and done.pack.refs() == reviewed.refs()
    assert done.pack.title == pack.title and done.changes.fields == {"agenda", "own", "items"}
    assert "demand:wonen-1" in done.changes.refs


def test_restore_puts_back_only_the_changed_fields(pack):
    """How the editor undoes: the fields the record names come from the state before, the rest stays."""
    titled = edit.set_pack_field(pack, "title", "Nieuw")
    placed = edit.set_pack_field(titled.pack, "meeting.place", "Den Haag")
    both = titled.changes | placed.changes
    assert both.fields == {"title", "meeting"} and both.meta
    stamped = placed.pack.model_copy(update={"agenda": AgendaStamp(id="g40-agenda", version=2)})  # a save
    undone = placed.changes.restore(titled.pack, stamped)
    assert (undone.title, undone.meeting.place, undone.agenda.version) == ("Nieuw", "Zwolle", 2)
    assert both.restore(pack, stamped).title == "T"
    assert PackChanges().restore(pack, stamped) == stamped and not PackChanges()


def test_an_outcome_is_set_per_audience_and_an_empty_one_removed(pack):
    said = Outcome(result=Result.PROMISED, said="Komt in de Voorjaarsnota")
    done = _untouched(pack, lambda p: edit.set_outcome(p, "demand:wonen-2", "city:zwolle", said))
    assert done.pack.item("demand:wonen-2").outcomes == {"city:zwolle": said}
    assert done.changes == PackChanges(frozenset({"items"}), frozenset({"demand:wonen-2"}))
    assert edit.set_outcome(done.pack, "demand:wonen-2", "city:zwolle", Outcome()).pack.item("demand:wonen-2").outcomes == {}
    assert not edit.set_outcome(pack, "demand:wonen-2", "city:zwolle", None).changes


def test_the_meeting_as_held_and_the_lookback_are_pack_fields(pack):
    import datetime as dt

    held = edit.set_pack_field(pack, "meeting.held", Held(date=dt.date(2026, 3, 2), present="wethouder"))
    assert held.pack.meeting.held.present == "wethouder" and held.changes.fields == {"meeting"}
    recall = Recall(owner="ministry:vro", kind=RecallKind.PROMISE, text="Brief volgt")
    looked = edit.set_pack_field(pack, "lookback", [recall])
    assert looked.pack.lookback == [recall] and looked.changes.meta
    successor = edit.replace_audience(looked.pack, "ministry:vro", "ministry:bzk/minister-vro")
    assert successor.pack.lookback[0].owner == "ministry:bzk/minister-vro" and "lookback" in successor.changes.fields


def test_the_owner_of_a_text_is_set_in_the_core(pack):
    done = _untouched(pack, lambda p: edit.set_owner(p, "demand:wonen-2", "talking_points", "city:zwolle"))
    assert done.pack.item("demand:wonen-2").owners["talking_points"] == "city:zwolle"
    assert done.changes == PackChanges(frozenset({"items"}), frozenset({"demand:wonen-2"}))
    assert not edit.set_owner(done.pack, "demand:wonen-2", "talking_points", "city:zwolle").changes
    with pytest.raises(ValueError):
        edit.set_owner(pack, "demand:wonen-2", "note", "city:zwolle")
    with pytest.raises(G40Error):
        edit.set_owner(pack, "demand:wonen-2", "context", "Zwolle")  # not an audience ID


def test_asks_for_others_are_a_pack_option(pack):
    done = edit.set_other_asks(pack, "omit")
    assert done.pack.options.other_asks == "omit" and done.changes.fields == {"options"}
    assert pack.options.other_asks == "group"  # the given pack is not changed
    assert edit.set_other_asks(done.pack, "omit").changes.fields == frozenset()
    with pytest.raises(G40Error, match="group"):
        edit.set_other_asks(pack, "soms")
