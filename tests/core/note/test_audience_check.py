"""Text written for one audience that would reach another audience's note (core/note/audience_check.py)."""

from __future__ import annotations

from g40desk.core.note.audience_check import SharedText, shared_text, summarise
from g40desk.core.pack.model import ALL_AUDIENCES, Item, Meeting, Override, Pack

CITIES = ["city:zwolle", "city:alkmaar"]


def _pack(*items: Item, audiences=CITIES, **fields) -> Pack:
    return Pack(title="Wonen", audiences=list(audiences), items=list(items), **fields)


def _shared(text: str, **owners) -> Item:
    return Item(ref="demand:wonen-1", context=text, owners={"context": ALL_AUDIENCES, **owners})


def _found(pack, catalogue, audiences, audience_ids):
    return [(f.field, f.found, f.owner, f.audience) for f in shared_text(pack, catalogue, audiences, audience_ids)]


def test_a_city_named_in_shared_text_is_found_in_the_other_citys_note(catalogue, audiences):
    pack = _pack(_shared("Zwolle heeft 12.000 woningzoekenden"))
    assert _found(pack, catalogue, audiences, ["city:alkmaar"]) == [
        ("lokale context", "Zwolle", "Zwolle", "Alkmaar")]
    assert _found(pack, catalogue, audiences, ["city:zwolle"]) == []  # its own note may name it


def test_text_owned_by_one_audience_never_reaches_another(catalogue, audiences):
    owned = Item(ref="demand:wonen-1", context="Zwolle heeft 12.000 woningzoekenden", owners={"context": "city:zwolle"})
    assert _found(_pack(owned), catalogue, audiences, ["city:alkmaar", "city:zwolle"]) == []
    over = Item(ref="demand:wonen-1", overrides={"city:zwolle": Override(context="Zwolle heeft er 12.000")})
    assert _found(_pack(over), catalogue, audiences, ["city:alkmaar"]) == []


def test_a_figure_from_one_audiences_override_in_shared_text_is_found(catalogue, audiences):
    items = [_shared("Er wachten 12.000 woningzoekenden"),
             Item(ref="demand:wonen-2", overrides={"city:zwolle": Override(text="In Zwolle 12.000 wachtenden")})]
    found = shared_text(_pack(*items), catalogue, audiences, ["city:alkmaar"])
    assert [(f.found, f.owner) for f in found] == [("12.000", "de afwijking voor Zwolle")]


def test_a_figure_beside_a_city_placeholder_belongs_to_the_home_city(catalogue, audiences):
    pack = _pack(_shared("{stad} heeft 5.200 woningen in voorbereiding, plan uit 2026"), audiences=["city:zwolle"])
    assert _found(pack, catalogue, audiences, ["city:alkmaar"]) == [
        ("lokale context", "5.200", "Zwolle", "Alkmaar")]  # a year is no claim
    assert _found(pack, catalogue, audiences, ["city:zwolle"]) == []


def test_a_ministry_named_by_its_abbreviation_and_the_meeting_texts(catalogue, audiences):
    pack = _pack(audiences=["ministry:bzk", "ministry:fin"], meeting=Meeting(purpose="Afspraken met BZK"))
    assert _found(pack, catalogue, audiences, ["ministry:fin"]) == [
        ("doel", "BZK", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK)", "Ministerie van Financiën (Fin)")]


def test_summary_names_each_finding_once_with_the_notes_it_would_reach():
    findings = [SharedText("Wonen", "tekst", "Zwolle", "Zwolle", city) for city in
                ("Almelo", "Almere", "Alkmaar", "Amersfoort", "Apeldoorn", "Arnhem", "Assen")]
    assert summarise(findings) == ["Wonen, tekst: ‘Zwolle’ hoort bij Zwolle, maar komt in de notitie voor "
                                   "Almelo, Almere, Alkmaar, Amersfoort, Apeldoorn en 2 andere"]
    assert summarise([]) == []


def _zwolle_pack(**fields) -> Pack:
    """The issue's Zwolle pack, its texts shared with Alkmaar and Heerlen."""
    return _pack(Item(ref="demand:wonen-1", context="Spoorzone en Stadshagen II staan stil. Zonder geld blijft de "
                      "Spoorzone liggen.", owners={"context": ALL_AUDIENCES}),
                 Item(ref="demand:wonen-2", talking_points=["Wijkaanpak Holtenbroek en Diezerpoort"],
                      owners={"talking_points": ALL_AUDIENCES}),
                 audiences=["city:zwolle", "city:alkmaar", "city:heerlen"], **fields)


def test_place_names_in_text_for_all_are_found_in_every_note(catalogue, audiences):
    from g40desk.core.note.audience_check import PLACE

    found = shared_text(_zwolle_pack(), catalogue, audiences, ["city:alkmaar", "city:heerlen"])
    places = {(f.found, f.audience, f.address) for f in found if f.kind == PLACE}
    for audience in ("Alkmaar", "Heerlen"):
        assert {("Spoorzone", audience, "demand:wonen-1 context"), ("Stadshagen II", audience, "demand:wonen-1 context"),
                ("Holtenbroek", audience, "demand:wonen-2 talking_points"),
                ("Diezerpoort", audience, "demand:wonen-2 talking_points")} <= places
    lines = summarise(found)
    assert any("‘Stadshagen II’ is een eigennaam in tekst voor alle doelgroepen" in line and "Alkmaar, Heerlen" in line
               for line in lines)


def test_known_names_and_the_agenda_explain_themselves(catalogue, audiences):
    from g40desk.core.note.audience_check import PLACE

    text = ("Met de wethouder van Alkmaar en het Rijk praten we over de Woningwet; ook BZK en de provincie "
            "Noord-Holland zijn er. In Heerlen is het anders.")
    pack = _pack(_shared(text), audiences=["city:alkmaar", "city:heerlen"])
    assert [f.found for f in shared_text(pack, catalogue, audiences, ["city:alkmaar"]) if f.kind == PLACE] == []


def test_a_confirmed_text_is_asked_about_no_more_and_an_edit_asks_again(catalogue, audiences):
    from g40desk.core.note.audience_check import PLACE
    from g40desk.core.pack.edit import confirm_shared, set_item_field

    pack = _zwolle_pack()
    pack = confirm_shared(pack, pack.item("demand:wonen-1").context).pack
    places = {f.found for f in shared_text(pack, catalogue, audiences, ["city:alkmaar"]) if f.kind == PLACE}
    assert "Stadshagen II" not in places and "Holtenbroek" in places  # only the confirmed text is settled
    pack = set_item_field(pack, "demand:wonen-1", "context", "Stadshagen II staat stil, en Berkum ook.").pack
    places = {f.found for f in shared_text(pack, catalogue, audiences, ["city:alkmaar"]) if f.kind == PLACE}
    assert "Berkum" in places


def test_one_audience_alone_has_no_one_to_share_with(catalogue, audiences):
    pack = _zwolle_pack().model_copy(update={"audiences": ["city:zwolle"]})
    assert shared_text(pack, catalogue, audiences, ["city:zwolle"]) == []
