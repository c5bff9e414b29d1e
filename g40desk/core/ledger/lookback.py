"""Terugblik: what the last meeting with an audience promised and left open, offered to the next pack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from g40desk.core.ledger.collect import Collection
from g40desk.core.ledger.ledger import last_meeting, organisation_id
from g40desk.core.ledger.records import PackRecord
from g40desk.core.pack.model import Pack, Recall, RecallKind, Result


def recalls_from(record: PackRecord, audience_id: str, label: Callable[[str], str]) -> list[Recall]:
    """The promises and the actions not yet done in *record* for *audience_id*'s organisation,
    as points owned by *audience_id*. *label* gives an agenda ask's short title."""
    wanted = organisation_id(audience_id)
    out: list[Recall] = []
    for row in record.outcomes:
        if organisation_id(row.audience) != wanted:
            continue
        name = row.label or label(row.ask)
        common = {"owner": audience_id, "ask": row.ask, "label": name, "source": record.title, "held": record.day}
        if row.result == Result.PROMISED:
            out.append(Recall(kind=RecallKind.PROMISE, text=row.said, **common))
        out += [Recall(kind=RecallKind.ACTION, text=a.what, who=a.who, due=a.due, **common)
                for a in row.actions if not a.done]
    return out


def offer(collection: Collection, pack: Pack, audience_id: str, label: Callable[[str], str],
          today: dt.date | None = None) -> tuple[PackRecord | None, list[Recall]]:
    """The last earlier meeting with *audience_id* found in the ledger's packs, and what it
    leaves for *pack* (nothing when there is none). *today* bounds "earlier" when the pack
    has no meeting date yet."""
    before = pack.meeting.day or today
    record = last_meeting(collection, audience_id, before=before, exclude=pack.id)
    return record, recalls_from(record, audience_id, label) if record else []


def with_lookback(pack: Pack, audience_id: str, recalls: list[Recall]) -> list[Recall]:
    """The pack's Terugblik with *audience_id*'s points replaced by *recalls* (the others kept)."""
    return [r for r in pack.lookback if r.owner != audience_id] + [r.model_copy() for r in recalls]
