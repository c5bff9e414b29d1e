"""The pack model: what one audience sees, what counts as the advisor's work, and values it refuses."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from g40desk.core.pack.model import (
    ALL_AUDIENCES,
    MAX_ITEMS,
    Held,
    Item,
    Meeting,
    Outcome,
    Override,
    Owned,
    Pack,
    Priority,
    Status,
    sees,
)


def test_text_for_all_and_its_own_text_reach_an_audience():
    assert sees(ALL_AUDIENCES, "city:zwolle") and sees("city:zwolle", "city:zwolle")
    assert not sees("city:tilburg", "city:zwolle") and not sees("city:zwolle", None)
    assert Owned().owner == ALL_AUDIENCES
    with pytest.raises(ValidationError):
        Owned(owner="Zwolle")


def test_an_audiences_priority_overrides_the_packs():
    item = Item(ref="demand:wonen-1", priority=Priority.MEDIUM,
                overrides={"city:zwolle": Override(priority=Priority.HIGH)})
    assert item.effective("city:zwolle").priority == Priority.HIGH
    assert item.effective("city:tilburg").priority == Priority.MEDIUM and item.effective(None).priority == Priority.MEDIUM


def test_own_work_is_anything_the_advisor_changed():
    assert not Item(ref="demand:wonen-1").has_own_work()
    assert not Item(ref="demand:wonen-1", owners={"text": "city:zwolle"}).has_own_work()  # an owner of nothing
    assert Item(ref="demand:wonen-1", status=Status.RAISED).has_own_work()
    assert Item(ref="demand:wonen-1", note="intern").has_own_work()


def test_the_meeting_is_known_by_the_day_it_was_held():
    planned = Meeting(date=dt.date(2021, 3, 11))
    assert planned.day == dt.date(2021, 3, 11) and Meeting().day is None
    assert Meeting(date=dt.date(2021, 3, 11), held=Held(date=dt.date(2021, 3, 12))).day == dt.date(2021, 3, 12)
    assert Outcome().is_empty() and Outcome(said="  ").is_empty() and not Outcome(said="toegezegd").is_empty()


def test_a_pack_has_a_fresh_id_and_refuses_what_it_cannot_hold():
    first, second = Pack(), Pack()
    assert first.id != second.id and len(first.id) == 32 and first.title == "Nieuwe briefing"
    with pytest.raises(ValidationError):
        Pack(id="niet-hex")
    with pytest.raises(ValidationError):
        Pack(items=[Item(ref=f"demand:x-{i}") for i in range(MAX_ITEMS + 1)])
    with pytest.raises(ValidationError):
        Item(ref="demand:wonen-1", bestaat="niet")  # unknown fields are refused, not dropped
    pack = Pack(items=[Item(ref="demand:wonen-1"), Item(ref="theme:wonen")])
    assert pack.refs() == ["demand:wonen-1", "theme:wonen"] and pack.item("theme:wonen").ref == "theme:wonen"
    assert pack.item("demand:bestaat-niet") is None
