"""Terugblik: what the last meeting with an audience promised and left open, offered to the next pack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from g40desk.core.agenda.catalogue import Catalogue
from g40desk.core.ledger.collect import Collection
from g40desk.core.ledger.ledger import last_meeting, organisation_id
from g40desk.core.ledger.records import PackRecord
from g40desk.core.pack.model import MAX_RECALLS, Pack, Recall, RecallKind, Result
from g40desk.core.text import dutch_date


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


@dataclass(frozen=True)
class Offer:
    """What the ledger offers one audience of a new pack: its last meeting (None: none found) and the points."""

    audience: str
    record: PackRecord | None
    recalls: list[Recall]

    def line(self, name: str) -> str:
        """One Dutch line saying what was found for the audience called *name*."""
        if self.record is None:
            return f"Terugblik voor {name}: geen eerder overleg gevonden in de mappen"
        meeting = f"‘{self.record.title}’" + (f" van {dutch_date(self.record.day)}" if self.record.day else "")
        promises = sum(1 for r in self.recalls if r.kind == RecallKind.PROMISE)
        actions = len(self.recalls) - promises
        if not self.recalls:
            return f"Terugblik voor {name}: het laatste overleg ({meeting}) liet geen toezeggingen of open acties na"
        parts = [f"{promises} toezegging{'en' if promises != 1 else ''}"] if promises else []
        parts += [f"{actions} open actie{'s' if actions != 1 else ''}"] if actions else []
        return f"Terugblik voor {name}: {' en '.join(parts)} uit {meeting}"


def ask_labels(catalogue: Catalogue) -> Callable[[str], str]:
    """An ask's short title in *catalogue* (its ID when the agenda no longer has it)."""
    return lambda ref: catalogue[ref].label if ref in catalogue else ref


def offers(collection: Collection, pack: Pack, label: Callable[[str], str], today: dt.date | None = None) -> list[Offer]:
    """For each audience of *pack*, what its last earlier meeting in the ledger's packs leaves
    (at most MAX_RECALLS points in all, the first audiences first). Apply one with
    core/pack/edit.set_lookback; the advisor drops points with edit.drop_recall."""
    out, room = [], MAX_RECALLS
    for audience_id in pack.audiences:
        record, recalls = offer(collection, pack, audience_id, label, today)
        out.append(Offer(audience_id, record, recalls[:room]))
        room -= len(out[-1].recalls)
    return out
