"""The check before any note or matrix is written: what it refuses, what a flag allows, and the types only it makes."""

from __future__ import annotations

import datetime as dt

import pytest

from g40desk.core.errors import G40Error
from g40desk.core.note.preflight import (
    INVISIBLE,
    PLACEHOLDERS,
    SHARED_TEXT,
    STALE,
    CheckedBriefing,
    CheckedPack,
    NotReady,
    preflight,
    preflight_matrix,
)
from g40desk.core.pack.model import Item, Meeting, Override, Pack


def _pack(**changes) -> Pack:
    data = {"title": "Overleg", "audiences": ["city:zwolle", "city:tilburg"], "meeting": Meeting(date=dt.date(2021, 3, 11)),
            "items": [Item(ref="demand:wonen-1")]}
    return Pack(**{**data, **changes})


def test_a_clean_pack_passes_with_one_checked_briefing_per_audience(catalogue, audiences):
    checked = preflight(_pack(), catalogue, audiences, ["city:zwolle", "city:tilburg"])
    assert checked.allowed == [] and list(checked.briefings) == ["city:zwolle", "city:tilburg"]
    assert all(isinstance(b, CheckedBriefing) for b in checked.briefings.values())
    assert checked.briefings["city:tilburg"].briefing.audience_name == "Tilburg"


def test_unfilled_placeholders_are_refused_unless_allowed_and_grouped(catalogue, audiences):
    pack = _pack(meeting=Meeting(participants="Burgemeester {burgemeester}"))
    with pytest.raises(NotReady) as refused:
        preflight(pack, catalogue, audiences, ["city:zwolle", "city:tilburg"])
    assert refused.value.kind == PLACEHOLDERS
    assert refused.value.lines == ["{burgemeester} heeft geen waarde — overleg, deelnemers, in de notitie voor "
                                   "Zwolle, Tilburg"]
    assert "--allow-placeholders" in str(refused.value)
    allowed = preflight(pack, catalogue, audiences, ["city:zwolle", "city:tilburg"], allow_placeholders=True)
    assert [kind for kind, _line in allowed.allowed] == [PLACEHOLDERS] and allowed.warnings == refused.value.lines


def test_another_audiences_text_is_refused_unless_allowed(catalogue, audiences):
    pack = _pack(items=[Item(ref="demand:wonen-1", context="Zwolle bouwt 10.000 woningen")])
    with pytest.raises(NotReady) as refused:
        preflight(pack, catalogue, audiences, ["city:zwolle", "city:tilburg"])
    assert refused.value.kind == SHARED_TEXT and "--allow-shared-text" in str(refused.value)
    tailored = _pack(items=[Item(ref="demand:wonen-1", overrides={"city:zwolle": Override(
        context="Zwolle bouwt 10.000 woningen")})])
    assert preflight(tailored, catalogue, audiences, ["city:zwolle", "city:tilburg"]).allowed == []


def test_an_outdated_ask_is_refused_whatever_is_allowed(catalogue, audiences):
    pack = _pack(meeting=Meeting(date=dt.date(2024, 1, 1)), items=[Item(ref="demand:wonen-3")])
    with pytest.raises(NotReady) as refused:
        preflight(pack, catalogue, audiences, ["city:zwolle"], allow_placeholders=True, allow_shared_text=True)
    assert refused.value.kind == STALE and "g40desk keep" in str(refused.value)


def test_invisible_characters_are_named_not_refused(catalogue, audiences):
    pack = _pack(items=[Item(ref="demand:wonen-1", text="Meer\u202ewoningen")])
    checked = preflight(pack, catalogue, audiences, ["city:zwolle"])
    assert [kind for kind, _line in checked.allowed] == [INVISIBLE]


def test_only_the_checks_make_the_types_the_writers_take(catalogue, audiences, demo):
    raw = preflight(_pack(), catalogue, audiences, ["city:zwolle"]).briefings["city:zwolle"].briefing
    with pytest.raises(TypeError):
        CheckedBriefing(raw, object())
    with pytest.raises(TypeError):
        CheckedPack(demo, None)
    assert preflight_matrix(demo, catalogue, audiences).pack is demo
    with pytest.raises(G40Error, match="onbekende doelgroep 'city:atlantis'"):
        preflight_matrix(demo.model_copy(update={"audiences": ["city:atlantis"]}), catalogue, audiences)
