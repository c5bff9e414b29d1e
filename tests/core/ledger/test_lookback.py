"""Terugblik: the promises and open actions of the last meeting with an organisation, owned by the new audience."""

from __future__ import annotations

import datetime as dt

from g40desk.core.ledger.collect import Collection
from g40desk.core.ledger.lookback import offer, recalls_from, with_lookback
from g40desk.core.ledger.records import record_of
from g40desk.core.pack.demo import demo_after_meeting
from g40desk.core.pack.model import Meeting, Pack, Recall, RecallKind


def _label(ref: str) -> str:
    return f"titel van {ref}"


def test_promises_and_open_actions_are_recalled_for_any_role_of_the_organisation():
    record = record_of(demo_after_meeting(), "/gedeeld/demo.g40pack", 0)
    recalls = recalls_from(record, "ministry:bzk/minister", _label)  # the meeting was with the ministry
    assert [(r.kind, r.ask) for r in recalls] == [(RecallKind.PROMISE, "demand:wonen-1"),
                                                  (RecallKind.ACTION, "demand:wonen-1"),
                                                  (RecallKind.ACTION, "demand:wonen-1")]
    assert all(r.owner == "ministry:bzk/minister" and r.label == "titel van demand:wonen-1" for r in recalls)
    assert recalls[0].source == record.title and recalls[0].held == dt.date(2021, 3, 12)
    assert recalls[2].who == "BZK" and recalls[2].due == dt.date(2021, 5, 15)  # the done action is not recalled
    assert recalls_from(record, "city:zwolle", _label) == []  # nothing was answered for Zwolle


def test_only_an_earlier_meeting_is_offered():
    record = record_of(demo_after_meeting(), "/gedeeld/demo.g40pack", 0)
    collection = Collection(records=[record])
    later = Pack(title="najaar", audiences=["ministry:bzk"], meeting=Meeting(date=dt.date(2021, 10, 1)))
    found, recalls = offer(collection, later, "ministry:bzk", _label)
    assert found is record and len(recalls) == 3
    earlier = Pack(title="winter", audiences=["ministry:bzk"], meeting=Meeting(date=dt.date(2021, 1, 5)))
    assert offer(collection, earlier, "ministry:bzk", _label) == (None, [])


def test_the_new_recalls_replace_only_that_audiences_points():
    other = Recall(kind=RecallKind.PROMISE, owner="city:zwolle", ask="demand:wonen-1", label="x", text="blijft")
    old = Recall(kind=RecallKind.PROMISE, owner="ministry:bzk", ask="demand:wonen-3", label="y", text="vervalt")
    pack = Pack(title="t", audiences=["ministry:bzk", "city:zwolle"], lookback=[other, old])
    new = Recall(kind=RecallKind.ACTION, owner="ministry:bzk", ask="demand:wonen-1", label="z", text="nieuw")
    assert [r.text for r in with_lookback(pack, "ministry:bzk", [new])] == ["blijft", "nieuw"]
