"""Duplicating a pack for another city or ministry: the tailoring goes along, the other audience's own does not."""

from __future__ import annotations

import pytest

from g40desk.core.pack.duplicate import duplicate_for
from g40desk.core.pack.model import Item, Override, Pack, Priority


@pytest.fixture
def pack():
    return Pack(title="Overleg Zwolle – BZK", audiences=["city:zwolle", "ministry:bzk"], items=[
        Item(ref="demand:wonen-1", text="In {stad} wachten 12.000 woningzoekenden", priority=Priority.HIGH,
             talking_points=["Eerste punt"], note="intern", overrides={
                 "city:zwolle": Override(text="Alleen voor Zwolle"), "ministry:bzk": Override(context="Voor BZK")}),
        Item(ref="demand:wonen-2")])


def test_the_copy_is_a_new_pack_for_the_other_city(pack, audiences):
    before = pack.model_copy(deep=True)
    copy = duplicate_for(pack, "city:alkmaar", audiences)
    assert pack == before, "the original is not changed"
    assert copy.id != pack.id and len(copy.id) == 32
    assert copy.audiences == ["city:alkmaar", "ministry:bzk"]  # in the place of the city it replaces
    assert copy.title == "Overleg Alkmaar – BZK"
    item = copy.item("demand:wonen-1")
    assert (item.text, item.priority, item.talking_points, item.note) == (
        "In {stad} wachten 12.000 woningzoekenden", Priority.HIGH, ["Eerste punt"], "intern")
    assert item.overrides == {"ministry:bzk": Override(context="Voor BZK")}  # Zwolle's own wording stays behind


def test_a_ministry_replaces_the_first_ministry_and_the_title_follows_its_abbreviation(pack, audiences):
    copy = duplicate_for(pack, "ministry:fin", audiences)
    assert copy.audiences == ["city:zwolle", "ministry:fin"]
    assert copy.title == "Overleg Zwolle – Fin"
    assert copy.item("demand:wonen-1").overrides == {"city:zwolle": Override(text="Alleen voor Zwolle")}


def test_an_audience_can_be_added_instead_of_replaced(pack, audiences):
    copy = duplicate_for(pack, "city:alkmaar", audiences, replace="")
    assert copy.audiences == ["city:zwolle", "ministry:bzk", "city:alkmaar"]
    assert copy.title == pack.title and copy.item("demand:wonen-1").overrides == pack.item("demand:wonen-1").overrides


def test_a_chosen_audience_is_replaced(pack, audiences):
    copy = duplicate_for(pack, "city:alkmaar", audiences, replace="ministry:bzk")
    assert copy.audiences == ["city:zwolle", "city:alkmaar"]
    assert "ministry:bzk" not in copy.item("demand:wonen-1").overrides


def test_a_pack_without_an_audience_of_that_kind_gets_it_added(audiences):
    copy = duplicate_for(Pack(title="Alleen BZK", audiences=["ministry:bzk"]), "city:alkmaar", audiences)
    assert copy.audiences == ["ministry:bzk", "city:alkmaar"] and copy.title == "Alleen BZK"


def test_an_unknown_audience_is_refused(pack, audiences):
    with pytest.raises(KeyError):
        duplicate_for(pack, "city:atlantis", audiences)
