"""Placeholders are filled from what the caller passed in, never from a file read behind its back."""

from __future__ import annotations

import json

from g40desk.core.audience.facts import Facts, facts_path, save_facts
from g40desk.core.audience.store import load_audiences
from g40desk.core.note.placeholders import filler_for, unknown_placeholders
from g40desk.core.pack.model import Meeting, Pack


def _pack() -> Pack:
    return Pack(title="Overleg met {stad}", audiences=["city:zwolle", "ministry:bzk"],
                meeting=Meeting(participants="{burgemeester}; minister {minister}"))


def test_facts_come_with_the_audiences_they_were_loaded_with():
    facts = Facts()
    facts.set("city:zwolle", "burgemeester", "Peter Snijders")
    save_facts(facts)
    audiences = load_audiences()
    assert audiences.facts.of("city:zwolle").burgemeester == "Peter Snijders"
    facts_path().unlink()  # a change on disk after loading is not read behind the caller's back
    fill = filler_for(_pack(), audiences, "city:zwolle")
    assert fill("{burgemeester} van {stad}") == "Peter Snijders van Zwolle" and not fill.unfilled
    other = Facts()
    other.set("city:zwolle", "burgemeester", "A. Ander")
    assert filler_for(_pack(), audiences, "city:zwolle", other)("{burgemeester}") == "A. Ander"  # passed in wins


def test_a_damaged_facts_file_is_reported_once_at_loading_and_never_raised_later():
    facts_path().parent.mkdir(parents=True, exist_ok=True)
    facts_path().write_text(json.dumps({"audiences": {"city:zwolle": {"inwoners": -5}}}), encoding="utf-8")
    audiences = load_audiences()
    assert "facts.json" in audiences.user_problem and audiences.facts == Facts()
    assert audiences.user_problem_short.startswith("facts.json: veld 'audiences.city:zwolle.inwoners'")
    fill = filler_for(_pack(), audiences, "ministry:bzk")
    assert fill("{stad}, {burgemeester}") == "Zwolle, {burgemeester}"
    assert [u.placeholder for u in fill.unfilled] == ["burgemeester"]


def test_unknown_names_are_listed():
    assert unknown_placeholders("{stad} {wethouder_wonen} {stadd} {x}") == ["stadd", "x"]
