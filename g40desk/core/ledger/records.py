"""What the ledger keeps of one pack file: its meeting and its outcomes, small enough to cache."""

from __future__ import annotations

import datetime as dt
import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from g40desk.core.pack.model import Pack, Result

_RESULTS = {result.value: result for result in Result}


# Named tuples, not dataclasses: a warm run over a network's packs builds ~100,000 of these.
class ActionRow(NamedTuple):
    what: str
    who: str
    due: dt.date | None
    done: bool


class OutcomeRow(NamedTuple):
    """One ask's outcome for one audience in one pack; *label* only for the advisor's own asks."""

    ask: str
    audience: str
    result: Result | None
    said: str
    actions: tuple[ActionRow, ...] = ()
    label: str = ""


# A raw row, as stored in the index: [ask, audience, result value or None, said, label, then
# four fields per action: what, who, due (ISO) or None, done]. Rows stay flat lists on the way
# through the ledger (json.loads builds them in C, and a flat row is one object for the garbage
# collector, not one per action); typed rows are made only for what is shown.
ASK, AUDIENCE, RESULT, SAID, LABEL, ACTIONS = range(6)
WHAT, WHO, DUE, DONE = range(4)
ACTION_FIELDS = 4


@dataclass
class PackRecord:
    """A pack as the ledger knows it. *day* is the day it was held (else planned); None: no date."""

    path: str
    pack_id: str
    title: str
    day: dt.date | None
    audiences: list[str]
    rows: list[list] = field(default_factory=list)
    mtime_ns: int = 0

    @property
    def outcomes(self) -> list[OutcomeRow]:
        return [typed(row) for row in self.rows]

    def to_json(self) -> str:
        return json.dumps([self.pack_id, self.title, _day(self.day), self.audiences, self.rows],
                          ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, path: str, mtime_ns: int, text: str) -> PackRecord:
        pack_id, title, day, audiences, rows = json.loads(text)
        return cls(path, pack_id, title, _date(day), audiences, rows, mtime_ns)


def action_offsets(row: list) -> range:
    """Where each action of a raw row starts."""
    return range(ACTIONS, len(row), ACTION_FIELDS)


def typed(row: list) -> OutcomeRow:
    return OutcomeRow(row[ASK], row[AUDIENCE], _RESULTS.get(row[RESULT]), row[SAID],
                      tuple(typed_action(row, at) for at in action_offsets(row)), row[LABEL])


def typed_action(row: list, at: int) -> ActionRow:
    return ActionRow(row[at + WHAT], row[at + WHO], _date(row[at + DUE]), row[at + DONE])


def record_of(pack: Pack, path: str, mtime_ns: int) -> PackRecord:
    """The ledger's record of a pack: only what the ledger shows is kept."""
    own = {entry.id: entry.text for entry in pack.own}
    rows = []
    for item in pack.items:
        for audience, outcome in item.outcomes.items():
            row = [item.ref, audience, outcome.result.value if outcome.result else None, outcome.said or "",
                   own.get(item.ref, "")]
            for action in outcome.actions:
                row += [action.what, action.who, _day(action.due), action.done]
            rows.append(row)
    return PackRecord(path, pack.id, pack.title, pack.meeting.day, list(pack.audiences), rows, mtime_ns)


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


@lru_cache(maxsize=4096)
def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@contextmanager
def bulk() -> Iterator[None]:
    """No cyclic garbage collection while a network's records are built: they hold no cycles, and
    each collection would walk every record kept so far (a warm run took 3× as long with it)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
