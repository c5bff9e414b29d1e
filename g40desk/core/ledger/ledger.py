"""Where each ask stands with each audience: the latest outcome, its history, and overdue actions.

Derived from the packs (core/ledger/collect.py), never edited: the packs stay the single
source of truth. An outcome is dated by its meeting (held, else planned); outcomes of one
day are ordered by the time their file was saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from g40desk.core.ledger.collect import Collection
from g40desk.core.ledger.records import (
    ACTION_FIELDS,
    ACTIONS,
    ASK,
    AUDIENCE,
    DONE,
    DUE,
    ActionRow,
    PackRecord,
    bulk,
    typed,
    typed_action,
)
from g40desk.core.pack.model import Result


class Entry(NamedTuple):
    """One outcome of one ask for one audience at one meeting."""

    ask: str
    audience: str
    result: Result | None
    said: str
    date: dt.date | None
    pack: str  # the file
    title: str
    pack_id: str
    actions: tuple[ActionRow, ...]
    label: str  # the advisor's own ask's text; empty for agenda asks (the catalogue has their title)
    mtime_ns: int = 0

    @property
    def order(self) -> tuple:
        return (self.date or dt.date.min, self.mtime_ns, self.pack)


def entry_of(record: PackRecord, row: list) -> Entry:
    outcome = typed(row)
    return Entry(outcome.ask, outcome.audience, outcome.result, outcome.said, record.day, record.path, record.title,
                 record.pack_id, outcome.actions, outcome.label, record.mtime_ns)


class Standing:
    """One ask with one audience: its outcomes, oldest first (made into entries when asked for)."""

    def __init__(self, ask: str, audience: str, records: list[PackRecord]):
        self.ask, self.audience = ask, audience
        self._records = records
        self._found: list[tuple[int, int]] = []  # (record, row): tuples of ints the garbage collector skips

    def _entry(self, found: tuple[int, int]) -> Entry:
        record = self._records[found[0]]
        return entry_of(record, record.rows[found[1]])

    @property
    def history(self) -> list[Entry]:
        return [self._entry(found) for found in self._found]

    @property
    def latest(self) -> Entry:
        return self._entry(self._found[-1])


class OpenAction(NamedTuple):
    action: ActionRow
    entry: Entry


@dataclass
class Ledger:
    """The standings, and the open actions past their date (typed when asked for)."""

    standings: list[Standing]
    late: list[tuple]  # (due, ask, audience, record, row, offset)
    records: list[PackRecord]
    collection: Collection

    @property
    def overdue(self) -> list[OpenAction]:
        out = []
        for *_, r, n, at in self.late:
            row = self.records[r].rows[n]
            out.append(OpenAction(typed_action(row, at), entry_of(self.records[r], row)))
        return out


def organisation_id(audience_id: str) -> str:
    """A role's organisation (``ministry:bzk/minister-vro`` → ``ministry:bzk``)."""
    return audience_id.split("/", 1)[0]


def matches(audience_id: str, wanted: str | None) -> bool:
    """*wanted* is the audience itself or its organisation (which covers its roles)."""
    return wanted is None or audience_id == wanted or organisation_id(audience_id) == wanted


def build_ledger(collection: Collection, today: dt.date, audience: str | None = None, ask: str | None = None,
                 since: dt.date | None = None, order: dict[str, int] | None = None) -> Ledger:
    """Standings per ask × audience (in *order* of asks, then audience) and the open actions past their date.

    *audience* is an audience or organisation ID, *ask* an ask ID; *since* keeps meetings on or
    after that day (undated ones are then left out). An action counts as open until it is
    marked done in the pack of the meeting that agreed it.
    """
    with bulk():
        return _build(collection, today, audience, ask, since, order)


def _build(collection: Collection, today: dt.date, audience: str | None, ask: str | None, since: dt.date | None,
           order: dict[str, int] | None) -> Ledger:
    standings: dict[tuple[str, str], Standing] = {}
    late: list[tuple] = []
    day = today.isoformat()  # ISO dates compare as text
    # Records oldest first, so every history is in order as it is built.
    records = sorted(collection.records, key=lambda r: (r.day or dt.date.min, r.mtime_ns, r.path))
    for r, record in enumerate(records):
        if since is not None and (record.day is None or record.day < since):
            continue
        for n, row in enumerate(record.rows):
            if (ask is not None and row[ASK] != ask) or (audience is not None and not matches(row[AUDIENCE], audience)):
                continue
            key = (row[ASK], row[AUDIENCE])
            standing = standings.get(key)
            if standing is None:
                standing = standings[key] = Standing(row[ASK], row[AUDIENCE], records)
            standing._found.append((r, n))
            for at in range(ACTIONS, len(row), ACTION_FIELDS):
                if not row[at + DONE] and row[at + DUE] is not None and row[at + DUE] < day:
                    late.append((row[at + DUE], row[ASK], row[AUDIENCE], r, n, at))
    rank = order or {}
    ordered = sorted(standings.values(), key=lambda s: (rank.get(s.ask, len(rank)), s.ask, s.audience))
    late.sort()
    return Ledger(ordered, late, records, collection)


def last_meeting(collection: Collection, audience_id: str, before: dt.date | None = None,
                 exclude: str | None = None) -> PackRecord | None:
    """The latest pack with an outcome for *audience_id* (or another role of its organisation),
    held before *before* when given; *exclude* is a pack ID to pass over (the pack being made)."""
    wanted = organisation_id(audience_id)
    candidates = [r for r in collection.records
                  if r.pack_id != exclude and any(organisation_id(row[AUDIENCE]) == wanted for row in r.rows)
                  and (before is None or r.day is None or r.day < before)]
    return max(candidates, key=lambda r: (r.day or dt.date.min, r.mtime_ns), default=None)


class AskStanding(NamedTuple):
    """Where one ask of a pack stands with one of its audiences: the last outcome recorded (None: none)."""

    ask: str
    audience: str  # the pack's audience
    latest: Entry | None
    meetings: int  # outcomes recorded for it, over every meeting with the organisation


def for_pack(ledger: Ledger, asks: list[str], audiences: list[str]) -> tuple[list[AskStanding], list[OpenAction]]:
    """For each ask × audience of a pack, the last outcome with that audience's organisation (any of its
    roles, as Terugblik looks), and the open actions past their date with those organisations."""
    by_key: dict[tuple[str, str], list[Entry]] = {}
    for standing in ledger.standings:
        by_key.setdefault((standing.ask, organisation_id(standing.audience)), []).extend(standing.history)
    rows = []
    for ask in asks:
        for audience in audiences:
            history = by_key.get((ask, organisation_id(audience)), [])
            rows.append(AskStanding(ask, audience, max(history, key=lambda e: e.order, default=None), len(history)))
    wanted = {organisation_id(a) for a in audiences}
    late = [item for item in ledger.overdue if organisation_id(item.entry.audience) in wanted]
    return rows, late
