"""Stale asks: entries the agenda marks (deels) achterhaald never print unmarked.

An outdated entry in a pack is refused by export unless the advisor keeps it on purpose with
a reason (``AgendaStamp.reasons``); then the note says so beside it: "Deels achterhaald sinds
1 januari 2023 — …" (issue 20, item 5).
"""

from __future__ import annotations

import datetime as dt

from g40desk.core.agenda.catalogue import Catalogue, Entry
from g40desk.core.pack.model import Pack
from g40desk.core.text import dutch_date


def is_stale(pack: Pack, entry: Entry) -> bool:
    """Whether the entry is outdated on the pack's meeting date (today without one): a note for a
    meeting in 2021 may still ask to abolish the verhuurderheffing, abolished in 2023."""
    outdated = entry.node.outdated
    return outdated is not None and outdated.since <= (pack.meeting.date or dt.date.today())


def what(entry: Entry) -> str:
    """'deels achterhaald sinds 1 januari 2023' (empty for an entry that is not outdated)."""
    outdated = entry.node.outdated
    if outdated is None:
        return ""
    return f"{'deels achterhaald' if outdated.partial else 'achterhaald'} sinds {dutch_date(outdated.since)}"


def reason(pack: Pack, ref: str) -> str:
    """Why the advisor keeps an outdated entry (empty: no reason given)."""
    return ((pack.agenda.reasons.get(ref) if pack.agenda else None) or "").strip()


def note_line(pack: Pack, entry: Entry) -> str:
    """What a note prints beside an outdated ask it keeps on purpose."""
    state = what(entry)
    if not state or not is_stale(pack, entry):
        return ""
    why = reason(pack, entry.id)
    return f"{state[0].upper()}{state[1:]}" + (f" — {why}" if why else "")


def unkept(pack: Pack, catalogue: Catalogue) -> list[str]:
    """One line per outdated item of the pack without a reason to keep it."""
    lines = []
    for item in pack.items:
        entry = catalogue.entries.get(item.ref)
        if entry is None or not is_stale(pack, entry) or reason(pack, item.ref):
            continue
        lines.append(f"'{entry.label}' ({item.ref}) is {what(entry)}: {entry.node.outdated.reason}")
    return lines
