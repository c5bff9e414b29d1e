"""An outdated ask prints only when kept on purpose, with its reason; outdated counts from the meeting's date."""

from __future__ import annotations

import datetime as dt

from g40desk.core.note import stale
from g40desk.core.pack.edit import keep_outdated
from g40desk.core.pack.model import Item, Meeting, Pack

# demand:wonen-3 (abolish the verhuurderheffing) is partly outdated since 1 January 2023 in the built-in agenda.
REF = "demand:wonen-3"


def _pack(day: dt.date | None) -> Pack:
    return Pack(title="t", audiences=["city:zwolle"], meeting=Meeting(date=day), items=[Item(ref=REF)])


def test_outdated_counts_from_the_meetings_date(catalogue):
    entry = catalogue[REF]
    assert stale.what(entry) == "deels achterhaald sinds 1 januari 2023"
    assert not stale.is_stale(_pack(dt.date(2021, 3, 11)), entry)  # a note for 2021 may still ask it
    assert stale.is_stale(_pack(dt.date(2023, 1, 1)), entry)
    assert stale.is_stale(_pack(None), entry)  # no date: today
    assert stale.what(catalogue["demand:wonen-1"]) == ""


def test_unkept_until_a_reason_is_given(catalogue):
    pack = _pack(dt.date(2024, 5, 1))
    [line] = stale.unkept(pack, catalogue)
    assert line.startswith(f"'{catalogue[REF].label}' ({REF}) is deels achterhaald sinds 1 januari 2023: ")
    assert stale.note_line(pack, catalogue[REF]) == "Deels achterhaald sinds 1 januari 2023"
    kept = keep_outdated(pack, catalogue, REF, "  nog niet geregeld voor middenhuur ").pack
    assert stale.unkept(kept, catalogue) == [] and stale.reason(kept, REF) == "nog niet geregeld voor middenhuur"
    assert stale.note_line(kept, catalogue[REF]) == "Deels achterhaald sinds 1 januari 2023 — nog niet geregeld voor middenhuur"


def test_nothing_to_say_before_the_date_or_for_unknown_items(catalogue):
    early = _pack(dt.date(2022, 12, 31))
    assert stale.unkept(early, catalogue) == [] and stale.note_line(early, catalogue[REF]) == ""
    unknown = early.model_copy(update={"items": [Item(ref="demand:bestaat-niet")], "meeting": Meeting()})
    assert stale.unkept(unknown, catalogue) == []
