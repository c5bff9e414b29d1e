"""One audience's briefing: placeholders filled for it, its own wording, the note's order, nothing internal."""

from __future__ import annotations

import datetime as dt

from g40desk.core.note.briefing import FIGURES_SECTION, build_briefing, citation, note_order
from g40desk.core.pack.model import Item, Meeting, Override, Pack, Priority


def _pack() -> Pack:
    return Pack(title="Overleg met {stad}", audiences=["city:zwolle", "city:tilburg"],
                meeting=Meeting(date=dt.date(2025, 6, 2), place="Stadhuis {stad}"),
                items=[Item(ref="demand:klimaat-1", priority=Priority.HIGH),
                       Item(ref="demand:wonen-1", text="Meer woningen in {stad}", note="intern: niet delen",
                            overrides={"city:tilburg": Override(text="Tilburg bouwt 5.000 woningen", priority=Priority.HIGH)}),
                       Item(ref="theme:wonen")])


def test_placeholders_are_filled_for_the_audience(catalogue, audiences):
    zwolle = build_briefing(_pack(), catalogue, audiences, "city:zwolle")
    assert zwolle.title == "Overleg met Zwolle" and ("Plaats", "Stadhuis Zwolle") in zwolle.details
    assert zwolle.audience_name == "Zwolle" and ("Datum", "2 juni 2025") in zwolle.details
    assert zwolle.placeholders["stad"] == "Zwolle" and zwolle.unfilled == []
    assert build_briefing(_pack(), catalogue, audiences).audience_id == "city:zwolle"  # default: the first


def test_each_audience_gets_its_own_wording_and_key_asks(catalogue, audiences):
    zwolle = build_briefing(_pack(), catalogue, audiences, "city:zwolle")
    tilburg = build_briefing(_pack(), catalogue, audiences, "city:tilburg")
    texts = {a.id: a.text for a in zwolle.asks}
    assert texts["demand:wonen-1"] == "Meer woningen in Zwolle"
    assert {a.id: a.text for a in tilburg.asks}["demand:wonen-1"] == "Tilburg bouwt 5.000 woningen"
    assert [a.id for a in zwolle.key_asks] == ["demand:klimaat-1"]
    assert [a.id for a in tilburg.key_asks] == ["demand:klimaat-1", "demand:wonen-1"]


def test_the_internal_note_never_reaches_a_briefing(catalogue, audiences):
    briefing = build_briefing(_pack(), catalogue, audiences, "city:zwolle")
    assert "intern: niet delen" not in repr(briefing)


def test_the_order_is_message_theme_then_the_themes_own_item_first(catalogue):
    pack = _pack()
    order = note_order(pack, catalogue)
    themes = [(theme, [i.ref for i in items]) for _message, groups in order for theme, items in groups]
    assert themes == [("theme:klimaat", ["demand:klimaat-1"]), ("theme:wonen", ["theme:wonen", "demand:wonen-1"])]
    figure = next(e.id for e in catalogue.walk() if e.kind.value == "key_figure")
    with_figure = pack.model_copy(update={"items": [Item(ref=figure), *pack.items]})
    assert note_order(with_figure, catalogue)[-1][0] == FIGURES_SECTION  # key figures last, wherever they are


def test_a_demand_is_cited_as_printed_in_the_source(catalogue):
    line = citation(catalogue, catalogue["demand:wonen-1"])
    assert line.startswith(catalogue.meta.source) and "‘Wat is hiervoor nodig?’" in line and line.endswith("1e punt")
