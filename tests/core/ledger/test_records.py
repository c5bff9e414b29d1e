"""The ledger's record of a pack: only its meeting and outcomes, and the same after a trip through the index."""

from __future__ import annotations

import datetime as dt

from g40desk.core.ledger.records import PackRecord, record_of
from g40desk.core.pack.demo import demo_after_meeting, demo_pack
from g40desk.core.pack.model import Result


def test_a_record_keeps_the_outcomes_and_the_day_it_was_held():
    record = record_of(demo_after_meeting(), "/gedeeld/demo.g40pack", 7)
    assert record.day == dt.date(2021, 3, 12) and record.audiences == ["ministry:bzk", "city:zwolle"]
    rows = {row.ask: row for row in record.outcomes}
    assert set(rows) == {"demand:wonen-1", "demand:wonen-3", "demand:wonen-4", "demand:klimaat-1", "demand:klimaat-2"}
    promised = rows["demand:wonen-1"]
    assert promised.audience == "ministry:bzk" and promised.result == Result.PROMISED
    assert [(a.what, a.who, a.due, a.done) for a in promised.actions] == [
        ("Lijst van projecten die wachten aanleveren", "G40-bureau", dt.date(2021, 4, 1), False),
        ("Brief met de voorwaarden van de tweede tranche", "BZK", dt.date(2021, 5, 15), False)]
    assert rows["demand:wonen-4"].actions[0].done is True and rows["demand:klimaat-1"].said == ""


def test_a_record_survives_the_index_as_it_was():
    record = record_of(demo_after_meeting(), "/gedeeld/demo.g40pack", 7)
    again = PackRecord.from_json(record.path, record.mtime_ns, record.to_json())
    assert again == record and again.outcomes == record.outcomes


def test_a_pack_before_its_meeting_has_no_rows_and_its_planned_day():
    record = record_of(demo_pack(), "/p.g40pack", 0)
    assert record.rows == [] and record.day == dt.date(2021, 3, 11)
    assert PackRecord.from_json("/p.g40pack", 0, record.to_json()).day == dt.date(2021, 3, 11)
