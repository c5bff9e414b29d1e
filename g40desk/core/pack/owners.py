"""Who each local text of a pack belongs to, and what one audience's note takes from it.

Context, talking points, own wording, participants and own demands or goals are written for
one audience of the pack or, explicitly, for all of them (``ALL_AUDIENCES``). A note selects
by owner: its audience's own text and text for all, never another audience's (issue 20).
A text without a recorded owner belongs to the pack's only audience, or to all when the pack
has several (``default_owner``); ``settle`` writes that down so it cannot change later.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from g40desk.core.pack.model import ALL_AUDIENCES, OWNED_FIELDS, Item, OwnEntry, Pack, Priority, TextRef, sees

MEETING = "meeting"  # TextRef.ref of the meeting's participants


def default_owner(pack: Pack) -> str:
    """The owner of newly typed text: the pack's only audience, else all audiences."""
    return pack.audiences[0] if len(pack.audiences) == 1 else ALL_AUDIENCES


def owner_of(pack: Pack, item: Item, name: str) -> str:
    """Whose an item's text, context or talking points are."""
    return item.owners.get(name) or default_owner(pack)


def participants_owner(pack: Pack) -> str:
    return pack.meeting.participants_owner or default_owner(pack)


def own_owner(pack: Pack, entry: OwnEntry) -> str:
    return entry.owner or default_owner(pack)


@dataclass
class Local:
    """An item's local texts as one audience's note has them (None / [] when it has none)."""

    text: str | None = None
    context: str | None = None
    talking_points: list[str] = field(default_factory=list)
    priority: Priority | None = None
    sources: dict[str, TextRef] = field(default_factory=dict)  # field -> where the text came from


def local(pack: Pack, item: Item, audience_id: str | None) -> Local:
    """What *audience_id*'s note takes from *item*: its override where it has one, else the
    item's own text when that is owned by this audience or by all."""
    over = item.overrides.get(audience_id or "")
    out = Local(priority=(over.priority if over else None) or item.priority)
    for name in OWNED_FIELDS:
        mine = getattr(over, name) if over is not None else None
        if mine is not None:
            setattr(out, name, mine)
            out.sources[name] = TextRef(ref=item.ref, field=name, audience=audience_id)
        elif sees(owner_of(pack, item, name), audience_id):
            value = getattr(item, name)
            if value:
                setattr(out, name, value)
                out.sources[name] = TextRef(ref=item.ref, field=name)
    return out


def participants(pack: Pack, audience_id: str | None) -> tuple[str, TextRef | None]:
    """The participants line of *audience_id*'s note, and where it came from."""
    mine = pack.meeting.participants_for.get(audience_id or "")
    if mine is not None:
        return mine, TextRef(ref=MEETING, field="participants", audience=audience_id)
    if pack.meeting.participants and sees(participants_owner(pack), audience_id):
        return pack.meeting.participants, TextRef(ref=MEETING, field="participants")
    return "", None


def visible(pack: Pack, ref: str, audience_id: str | None) -> bool:
    """Whether an item is in *audience_id*'s note at all: an own demand or goal of another
    audience is not."""
    entry = next((o for o in pack.own if o.id == ref), None)
    return entry is None or sees(own_owner(pack, entry), audience_id)


def settle(pack: Pack) -> None:
    """Record the owner of every text that has none yet (in place), as ``default_owner`` says now.

    Called before the audiences change and on save, so adding a second audience never hands a
    text written for the first one to the second.
    """
    owner = default_owner(pack)
    for item in pack.items:
        missing = {name: owner for name in OWNED_FIELDS if getattr(item, name) and name not in item.owners}
        if missing:
            item.owners = {**item.owners, **missing}
    if pack.meeting.participants and pack.meeting.participants_owner is None:
        pack.meeting.participants_owner = owner
    for entry in pack.own:
        if entry.owner is None:
            entry.owner = owner


def settled(pack: Pack) -> Pack:
    """What ``settle`` makes of *pack*, as a new pack sharing every part that needed no owner
    (*pack* itself when none was missing); *pack* is not changed (core/pack/edit.py)."""
    owner = default_owner(pack)
    update: dict = {}
    items, changed = [], False
    for item in pack.items:
        missing = {name: owner for name in OWNED_FIELDS if getattr(item, name) and name not in item.owners}
        if missing:
            item, changed = item.model_copy(update={"owners": {**item.owners, **missing}}), True
        items.append(item)
    if changed:
        update["items"] = items
    if pack.meeting.participants and pack.meeting.participants_owner is None:
        update["meeting"] = pack.meeting.model_copy(update={"participants_owner": owner})
    if any(entry.owner is None for entry in pack.own):
        update["own"] = [entry if entry.owner is not None else entry.model_copy(update={"owner": owner})
                         for entry in pack.own]
    return pack.model_copy(update=update) if update else pack


def fingerprint(text: str) -> str:
    """A short, stable fingerprint of a text: what a confirmation is about (any edit ends it)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def is_confirmed(pack: Pack, text: str) -> bool:
    return fingerprint(text) in pack.confirmed


def needs_check(pack: Pack, where: TextRef | None) -> bool:
    """Whether the text at *where* was copied across on a duplicate and not looked at yet."""
    return where is not None and where in pack.to_check
