"""Where each ask stands: the latest outcome per ask and audience, its history, overdue actions, Terugblik."""

from __future__ import annotations

import datetime as dt

from g40desk.core.ledger.collect import Collection
from g40desk.core.ledger.ledger import build_ledger, last_meeting
from g40desk.core.ledger.lookback import offer, with_lookback
from g40desk.core.ledger.records import record_of
from g40desk.core.pack.demo import demo_after_meeting
from g40desk.core.pack.model import Action, Meeting, Outcome, Pack, Recall, RecallKind, Result

TODAY = dt.date(2021, 6, 1)


def _meeting(title: str, day: dt.date | None, outcomes: dict, audience: str = "ministry:bzk", mtime: int = 0):
    pack = demo_after_meeting()
    pack.title = title
    pack.meeting.held.date = day
    pack.meeting.date = day
    for item in pack.items:
        item.outcomes = {audience: outcomes[item.ref]} if item.ref in outcomes else {}
    return record_of(pack, f"/gedeeld/{title}.g40pack", mtime)


def _collection(*records) -> Collection:
    return Collection(records=list(records))


SPRING = _meeting("voorjaar", dt.date(2021, 3, 12), {
    "demand:wonen-1": Outcome(result=Result.PROMISED, said="Tweede tranche toegezegd",
                              actions=[Action(what="Projectenlijst sturen", who="G40", due=dt.date(2021, 4, 1)),
                                       Action(what="Al gedaan", due=dt.date(2021, 4, 1), done=True),
                                       Action(what="Later", due=dt.date(2021, 9, 1))]),
    "demand:wonen-3": Outcome(result=Result.REJECTED)})
AUTUMN = _meeting("najaar", dt.date(2021, 5, 20), {"demand:wonen-3": Outcome(result=Result.IN_PROGRESS)},
                  audience="ministry:bzk/minister-vro")
CITY = _meeting("stad", dt.date(2021, 4, 2), {"demand:wonen-3": Outcome(result=Result.NOT_DISCUSSED)},
                audience="city:zwolle")


def test_latest_outcome_and_history_per_ask_and_audience():
    ledger = build_ledger(_collection(AUTUMN, SPRING, CITY), TODAY)
    got = {(s.ask, s.audience): [e.result for e in s.history] for s in ledger.standings}
    assert got == {("demand:wonen-1", "ministry:bzk"): [Result.PROMISED],
                   ("demand:wonen-3", "ministry:bzk"): [Result.REJECTED],
                   ("demand:wonen-3", "ministry:bzk/minister-vro"): [Result.IN_PROGRESS],
                   ("demand:wonen-3", "city:zwolle"): [Result.NOT_DISCUSSED]}
    again = _meeting("zomer", dt.date(2021, 7, 1), {"demand:wonen-3": Outcome(result=Result.PROMISED)})
    standing = next(s for s in build_ledger(_collection(again, SPRING), TODAY).standings
                    if s.ask == "demand:wonen-3")
    assert [e.pack for e in standing.history] == ["/gedeeld/voorjaar.g40pack", "/gedeeld/zomer.g40pack"]
    assert standing.latest.result == Result.PROMISED and standing.latest.date == dt.date(2021, 7, 1)


def test_same_day_is_ordered_by_save_time_and_undated_counts_as_oldest():
    early = _meeting("eerst", dt.date(2021, 3, 12), {"demand:wonen-3": Outcome(result=Result.NO_RESPONSE)}, mtime=1)
    late = _meeting("later", dt.date(2021, 3, 12), {"demand:wonen-3": Outcome(result=Result.PROMISED)}, mtime=2)
    undated = _meeting("zonder", None, {"demand:wonen-3": Outcome(result=Result.REJECTED)}, mtime=3)
    standing = build_ledger(_collection(late, undated, early), TODAY, ask="demand:wonen-3").standings[0]
    assert [e.title for e in standing.history] == ["zonder", "eerst", "later"]


def test_filters_audience_organisation_ask_and_since():
    everything = _collection(AUTUMN, SPRING, CITY)
    bzk = build_ledger(everything, TODAY, audience="ministry:bzk")
    assert {s.audience for s in bzk.standings} == {"ministry:bzk", "ministry:bzk/minister-vro"}
    role = build_ledger(everything, TODAY, audience="ministry:bzk/minister-vro")
    assert [s.audience for s in role.standings] == ["ministry:bzk/minister-vro"]
    assert {s.ask for s in build_ledger(everything, TODAY, ask="demand:wonen-1").standings} == {"demand:wonen-1"}
    since = build_ledger(everything, TODAY, since=dt.date(2021, 4, 1))
    assert {s.latest.title for s in since.standings} == {"najaar", "stad"}


def test_open_actions_past_their_date():
    ledger = build_ledger(_collection(SPRING, AUTUMN), TODAY)
    assert [(o.action.what, o.entry.title) for o in ledger.overdue] == [("Projectenlijst sturen", "voorjaar")]


def test_asks_in_the_given_order():
    order = {"demand:wonen-3": 0, "demand:wonen-1": 1}
    ledger = build_ledger(_collection(SPRING), TODAY, order=order)
    assert [s.ask for s in ledger.standings] == ["demand:wonen-3", "demand:wonen-1"]


def test_last_meeting_with_an_audience_and_its_terugblik():
    packs = _collection(SPRING, AUTUMN, CITY)
    assert last_meeting(packs, "ministry:bzk").title == "najaar"  # a role's meeting is the organisation's
    assert last_meeting(packs, "ministry:bzk", before=dt.date(2021, 5, 1)).title == "voorjaar"
    assert last_meeting(packs, "city:alkmaar") is None
    new = Pack(title="Volgend overleg", audiences=["ministry:bzk"], meeting=Meeting(date=dt.date(2021, 5, 1)))
    record, recalls = offer(packs, new, "ministry:bzk", label=lambda ask: f"titel van {ask}")
    assert record.title == "voorjaar"
    assert [(r.kind, r.text, r.who, r.due) for r in recalls] == [
        (RecallKind.PROMISE, "Tweede tranche toegezegd", "", None),
        (RecallKind.ACTION, "Projectenlijst sturen", "G40", dt.date(2021, 4, 1)),
        (RecallKind.ACTION, "Later", "", dt.date(2021, 9, 1))]
    assert {r.owner for r in recalls} == {"ministry:bzk"} and recalls[0].label == "titel van demand:wonen-1"
    assert recalls[0].source == "voorjaar" and recalls[0].held == dt.date(2021, 3, 12)
    # The pack being made is never its own last meeting.
    assert offer(_collection(SPRING), Pack(id=SPRING.pack_id), "ministry:bzk", str)[0] is None


def test_terugblik_replaces_only_that_audiences_points():
    pack = Pack(audiences=["ministry:bzk", "city:zwolle"],
                lookback=[Recall(owner="city:zwolle", kind=RecallKind.PROMISE, text="zwolle"),
                          Recall(owner="ministry:bzk", kind=RecallKind.PROMISE, text="oud")])
    new = [Recall(owner="ministry:bzk", kind=RecallKind.ACTION, text="nieuw")]
    assert [r.text for r in with_lookback(pack, "ministry:bzk", new)] == ["zwolle", "nieuw"]


def test_a_packs_asks_get_the_last_outcome_of_their_organisation_and_its_late_actions():
    from g40desk.core.ledger.ledger import for_pack

    ledger = build_ledger(_collection(AUTUMN, SPRING, CITY), TODAY)
    rows, late = for_pack(ledger, ["demand:wonen-3", "demand:wonen-1", "demand:wonen-2"], ["ministry:bzk/minister-vro"])
    got = [(r.ask, r.latest.result if r.latest else None, r.latest.title if r.latest else None, r.meetings) for r in rows]
    assert got == [("demand:wonen-3", Result.IN_PROGRESS, "najaar", 2), ("demand:wonen-1", Result.PROMISED, "voorjaar", 1),
                   ("demand:wonen-2", None, None, 0)]  # another role of the same ministry counts
    assert [(i.action.what, i.entry.title) for i in late] == [("Projectenlijst sturen", "voorjaar")]
    rows, late = for_pack(ledger, ["demand:wonen-3"], ["city:zwolle", "city:almere"])
    assert [(r.audience, r.latest.result if r.latest else None) for r in rows] == [
        ("city:zwolle", Result.NOT_DISCUSSED), ("city:almere", None)] and late == []
