"""A new pack's title: the audience with its article for one, a title each note fills in for several."""

from __future__ import annotations

from g40desk.core.pack.defaults import default_title


def test_one_audience_is_named(audiences):
    assert default_title(["city:alkmaar"], audiences) == "Briefing voor de gemeente Alkmaar"
    assert default_title(["ministry:bzk"], audiences) == "Briefing voor het ministerie van BZK"


def test_several_get_a_title_each_note_fills_in(audiences):
    assert default_title(["city:alkmaar", "city:zwolle"], audiences) == "Briefing voor de gemeente {stad}"
    assert default_title(["ministry:bzk", "ministry:ienw"], audiences) == "Briefing voor het ministerie van {ministerie_afk}"
    assert default_title(["city:zwolle", "ministry:bzk"], audiences) == "Briefing {stad} – {ministerie_afk}"


def test_no_known_audience_gives_a_plain_title(audiences):
    assert default_title([], audiences) == "Nieuwe briefing"
    assert default_title(["city:atlantis"], audiences) == "Nieuwe briefing"
