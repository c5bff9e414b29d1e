"""Duplicating a pack for another city or ministry: the tailoring goes along, the other audience's own does not."""

from __future__ import annotations

import pytest

from g40desk.core.errors import G40Error
from g40desk.core.pack.duplicate import duplicate_for
from g40desk.core.pack.model import Item, Override, Pack, Priority, TextRef


@pytest.fixture
def pack():
    return Pack(title="Overleg Zwolle – BZK", audiences=["city:zwolle", "ministry:bzk"], items=[
        Item(ref="demand:wonen-1", text="In {stad} wachten 12.000 woningzoekenden", priority=Priority.HIGH,
             talking_points=["Eerste punt"], note="intern", overrides={
                 "city:zwolle": Override(text="Alleen voor Zwolle"), "ministry:bzk": Override(context="Voor BZK")}),
        Item(ref="demand:wonen-2")])


def test_the_copy_is_a_new_pack_for_the_other_city(pack, audiences):
    before = pack.model_copy(deep=True)
    copy = duplicate_for(pack, "city:alkmaar", audiences).pack
    assert pack == before, "the original is not changed"
    assert copy.id != pack.id and len(copy.id) == 32
    assert copy.audiences == ["city:alkmaar", "ministry:bzk"]  # in the place of the city it replaces
    assert copy.title == "Overleg Alkmaar – BZK"
    item = copy.item("demand:wonen-1")
    assert (item.text, item.priority, item.talking_points, item.note) == (
        "In {stad} wachten 12.000 woningzoekenden", Priority.HIGH, ["Eerste punt"], "intern")
    assert item.overrides == {"ministry:bzk": Override(context="Voor BZK")}  # Zwolle's own wording stays behind


def test_a_ministry_replaces_the_first_ministry_and_the_title_follows_its_abbreviation(pack, audiences):
    copy = duplicate_for(pack, "ministry:fin", audiences).pack
    assert copy.audiences == ["city:zwolle", "ministry:fin"]
    assert copy.title == "Overleg Zwolle – Fin"
    assert copy.item("demand:wonen-1").overrides == {"city:zwolle": Override(text="Alleen voor Zwolle")}


def test_an_audience_can_be_added_instead_of_replaced(pack, audiences):
    copy = duplicate_for(pack, "city:alkmaar", audiences, replace="").pack
    assert copy.audiences == ["city:zwolle", "ministry:bzk", "city:alkmaar"]
    assert copy.title == pack.title and copy.item("demand:wonen-1").overrides == pack.item("demand:wonen-1").overrides


def test_a_chosen_audience_is_replaced(pack, audiences):
    copy = duplicate_for(pack, "city:alkmaar", audiences, replace="ministry:bzk").pack
    assert copy.audiences == ["city:zwolle", "city:alkmaar"]
    assert "ministry:bzk" not in copy.item("demand:wonen-1").overrides


def test_a_pack_without_an_audience_of_that_kind_gets_it_added(audiences):
    copy = duplicate_for(Pack(title="Alleen BZK", audiences=["ministry:bzk"]), "city:alkmaar", audiences).pack
    assert copy.audiences == ["ministry:bzk", "city:alkmaar"] and copy.title == "Alleen BZK"


def test_an_unknown_audience_is_refused(pack, audiences):
    with pytest.raises(KeyError):
        duplicate_for(pack, "city:atlantis", audiences)


def _alkmaar() -> Pack:
    """The issue's pack: written for Alkmaar only, so every typed text is Alkmaar's."""
    from g40desk.core.pack.model import ALL_AUDIENCES, Meeting

    return Pack(title="Briefing Alkmaar", audiences=["city:alkmaar"],
                meeting=Meeting(participants="Wethouder Wonen gemeente Alkmaar"),
                items=[Item(ref="demand:wonen-1", context="Alkmaar bouwt 3.000 woningen aan de Kanaalkade",
                            talking_points=["Noem de Kanaalkade."], text="Meer tempo in {stad}",
                            owners={"text": ALL_AUDIENCES}),
                       Item(ref="demand:wonen-2", overrides={"city:alkmaar": Override(context="Alleen hier")})])


def test_the_old_audiences_own_text_stays_behind_and_is_listed(audiences, catalogue):
    done = duplicate_for(_alkmaar(), "city:s-hertogenbosch", audiences, catalogue=catalogue)
    copy = done.pack
    assert copy.audiences == ["city:s-hertogenbosch"] and copy.origin == ["city:alkmaar"]
    assert copy.title == "Briefing 's-Hertogenbosch"
    item = copy.item("demand:wonen-1")
    assert item.context is None and item.talking_points == [] and item.text == "Meer tempo in {stad}"
    assert copy.item("demand:wonen-2").overrides == {}
    assert "Alkmaar" not in copy.model_dump_json().replace('"origin":["city:alkmaar"]', "")
    assert copy.meeting.participants == "Wethouder Wonen gemeente 's-Hertogenbosch"  # re-targeted, to be checked
    assert copy.to_check == [TextRef(ref="meeting", field="participants")]
    assert [e.address for e in done.left] == ["demand:wonen-1 context", "demand:wonen-1 talking_points",
                                             "demand:wonen-2 context city:alkmaar"]
    assert "Kanaalkade" in done.left[0].describe()


def test_a_chosen_text_is_copied_across_and_marked_to_check(audiences, catalogue):
    done = duplicate_for(_alkmaar(), "city:s-hertogenbosch", audiences, catalogue=catalogue,
                         carry=["demand:wonen-1 context", "demand:wonen-2 context city:alkmaar"])
    copy = done.pack
    assert copy.item("demand:wonen-1").context == "Alkmaar bouwt 3.000 woningen aan de Kanaalkade"
    assert copy.item("demand:wonen-1").owners["context"] == "city:s-hertogenbosch"
    assert copy.item("demand:wonen-2").overrides == {"city:s-hertogenbosch": Override(context="Alleen hier")}
    assert set(copy.to_check) == {TextRef(ref="meeting", field="participants"),
                                  TextRef(ref="demand:wonen-1", field="context"),
                                  TextRef(ref="demand:wonen-2", field="context", audience="city:s-hertogenbosch")}
    assert [e.address for e in done.left] == ["demand:wonen-1 talking_points"]
    with pytest.raises(G40Error, match="demand:wonen-9 context.*kies uit"):
        duplicate_for(_alkmaar(), "city:s-hertogenbosch", audiences, carry=["demand:wonen-9 context"])


def test_export_refuses_copied_text_until_it_is_looked_at(audiences, catalogue):
    from g40desk.core.note.preflight import TO_CHECK, NotReady, preflight
    from g40desk.core.pack.edit import looked_at

    copy = duplicate_for(_alkmaar(), "city:s-hertogenbosch", audiences, catalogue=catalogue,
                         carry=["demand:wonen-1 context"]).pack
    with pytest.raises(NotReady) as refused:
        preflight(copy, catalogue, audiences, ["city:s-hertogenbosch"], allow_shared_text=True)
    assert refused.value.kind == TO_CHECK and len(refused.value.lines) == 2  # one line per text
    assert "[demand:wonen-1 context]: ‘Alkmaar bouwt 3.000 woningen aan de Kanaalkade’, overgenomen van Alkmaar; nog nakijken" in str(refused.value)
    for where in list(copy.to_check):
        copy = looked_at(copy, where).pack
    checked = preflight(copy, catalogue, audiences, ["city:s-hertogenbosch"], allow_shared_text=True)
    asks = checked.briefings["city:s-hertogenbosch"].briefing
    assert "Wethouder Wonen gemeente 's-Hertogenbosch" in str(asks.details)


def test_a_text_still_to_check_stays_to_check_in_a_copy_that_adds_an_audience(audiences, catalogue):
    copy = duplicate_for(_alkmaar(), "city:s-hertogenbosch", audiences, catalogue=catalogue).pack
    again = duplicate_for(copy, "ministry:bzk", audiences, replace="", catalogue=catalogue).pack
    assert again.to_check == [TextRef(ref="meeting", field="participants")]
    moved_on = duplicate_for(copy, "city:zwolle", audiences, catalogue=catalogue)  # its participants follow Zwolle
    assert moved_on.pack.meeting.participants == "Wethouder Wonen gemeente Zwolle"
    assert moved_on.pack.to_check == [TextRef(ref="meeting", field="participants")]
