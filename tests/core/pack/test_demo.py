"""The demo pack is a pack the app accepts as it is, and the same every time (its ID aside)."""

from __future__ import annotations

from g40desk.core.pack import limits
from g40desk.core.pack.demo import demo_after_meeting, demo_pack
from g40desk.core.pack.model import Result
from g40desk.core.pack.storage import check_pack, pack_to_json


def test_the_demo_passes_every_check_of_a_pack(catalogue, audiences):
    pack = demo_pack()
    check_pack(pack, catalogue, audiences)
    assert limits.problems(pack) == []
    assert pack.audiences == ["ministry:bzk", "city:zwolle"] and pack.meeting.date.isoformat() == "2021-03-11"


def test_the_demo_is_the_same_every_time_but_a_fresh_copy():
    first, second = demo_pack(), demo_pack()
    assert pack_to_json(first).replace(first.id, "") == pack_to_json(second).replace(second.id, "")
    first.items[0].note = "veranderd"
    assert second.items[0].note != "veranderd"


def test_after_the_meeting_each_ask_has_the_ministers_answer(catalogue, audiences):
    held = demo_after_meeting()
    check_pack(held, catalogue, audiences)
    answered = {item.ref: item.outcomes["ministry:bzk"].result for item in held.items if item.outcomes}
    assert answered["demand:wonen-1"] == Result.PROMISED and answered["demand:wonen-3"] == Result.REJECTED
    assert all(list(item.outcomes) == ["ministry:bzk"] for item in held.items if item.outcomes)
    assert held.meeting.held.date.isoformat() == "2021-03-12"
