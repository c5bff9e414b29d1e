"""The audience listings: the days on which something changes, the portfolio table and the CLI's JSON."""

from __future__ import annotations

import datetime as dt

from g40desk.core.audience.report import audiences_json, mapping_rows, period_starts


def test_period_starts_are_the_days_something_changes_in_order(audiences):
    days = period_starts(audiences)
    assert days == sorted(set(days)) and len(days) > 1
    assert all(isinstance(day, dt.date) for day in days)


def test_the_json_lists_what_is_valid_on_the_day(audiences):
    rows = audiences_json(audiences, dt.date(2025, 1, 1))
    by_id = {row["id"]: row for row in rows}
    assert len([r for r in rows if r["kind"] == "city"]) == 41
    assert by_id["ministry:bzk"]["abbreviation"] == "BZK" and by_id["city:zwolle"]["name"] == "Zwolle"
    assert all({"id", "kind", "title"} <= set(role) for row in rows for role in row["roles"])
    assert all(role["id"].startswith(row["id"] + "/") for row in rows for role in row["roles"])


def test_the_portfolio_table_covers_every_agenda_tag_without_gaps(audiences, catalogue):
    since = dt.date(2024, 1, 1)
    rows = mapping_rows(audiences, catalogue, since)
    tags = {tag for tag, *_ in rows}
    assert tags and all(tag in audiences for tag in tags)
    spans: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for tag, key, start, until, _holder in rows:
        spans.setdefault((tag, key), []).append((start, until))
    for periods in spans.values():  # each portfolio's holders follow one another from *since*, the last open-ended
        assert periods[0][0] == since.isoformat() and periods[-1][1] == ""
        assert all(a[1] == b[0] for a, b in zip(periods, periods[1:], strict=False))
