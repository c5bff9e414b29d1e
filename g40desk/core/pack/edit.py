"""Every change to a pack: a function that checks the limits and returns the new pack and what changed.

As Anki's collection methods return ``OpChanges``, each operation returns an :class:`Edit`: the new pack and a
:class:`PackChanges` record naming the pack's fields and items that changed. The editor pushes it on its undo stack
and refreshes its views from the record (gui/document.py); the matrix import, CLI and agenda review call them too.

The given pack is never changed. The new one shares the parts that did not change, so a pack is a value: change it
only through these functions (or a fresh copy). An operation that would break a limit raises limits.PackRefused and
changes nothing; one that changes nothing returns the same pack with empty changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from g40desk.core.agenda.catalogue import Catalogue
from g40desk.core.errors import G40Error, pydantic_error
from g40desk.core.pack import limits, model
from g40desk.core.pack.model import (
    OWNED_FIELDS,
    Action,
    AgendaStamp,
    Held,
    Item,
    Meeting,
    OtherAsks,
    Outcome,
    Override,
    OwnEntry,
    Pack,
    TextRef,
)
from g40desk.core.pack.outcomes import with_outcome
from g40desk.core.pack.owners import fingerprint, settled

# Fields set one by one; the item list, own entries, overrides and outcomes have their own operations.
ITEM_FIELDS = tuple(name for name in Item.model_fields if name not in ("ref", "overrides", "outcomes"))
OVERRIDE_FIELDS = tuple(Override.model_fields)
PACK_FIELDS = (*(name for name in Pack.model_fields if name not in ("schema_version", "id", "items", "own", "agenda")),
               *(f"meeting.{name}" for name in Meeting.model_fields))
META = frozenset(name for name in Pack.model_fields if name not in ("schema_version", "id", "items", "own", "agenda"))
_TEXTS = ("text", "context", "note", "talking_points")


@dataclass(frozen=True)
class PackChanges:
    """What an operation changed: the pack's top-level fields, the items touched, the order."""

    fields: frozenset[str] = frozenset()  # "items", "meeting", "audiences", "own", "agenda", …
    refs: frozenset[str] = frozenset()  # items whose content changed, or that came or went
    order: bool = False  # items were added, removed or moved: whole lists rebuild

    def __bool__(self) -> bool:
        return bool(self.fields)

    def __or__(self, other: PackChanges) -> PackChanges:
        return PackChanges(self.fields | other.fields, self.refs | other.refs, self.order or other.order)

    @property
    def meta(self) -> bool:
        """The pack's title, meeting, audiences, author, classification or note options changed."""
        return bool(self.fields & META)

    def restore(self, source: Pack, into: Pack) -> Pack:
        """*into* with the changed fields taken from *source*: how undo and redo put a state back
        without touching what other steps (or a save's agenda stamp) changed."""
        return into.model_copy(update={name: getattr(source, name) for name in self.fields})


@dataclass(frozen=True)
class Edit:
    pack: Pack
    changes: PackChanges = field(default_factory=PackChanges)


def _unchanged(pack: Pack) -> Edit:
    return Edit(pack)


def _copy(model: Any, **values: Any) -> Any:
    """A shallow copy of a pydantic model with *values* assigned (validated as an assignment)."""
    new = model.model_copy()
    try:
        for name, value in values.items():
            setattr(new, name, value)
    except ValidationError as exc:
        raise pydantic_error(exc, None) from None
    return new


def _done(original: Pack, after: Pack, changes: PackChanges) -> Edit:
    """The edit with every text it brought given its owner now (owners.settled), so adding an
    audience later never hands it to another; the record names what that touched too."""
    final = settled(after)
    fields = frozenset(name for name in ("items", "meeting", "own") if getattr(final, name) is not getattr(original, name))
    before = {item.ref: item for item in original.items}
    refs = frozenset(item.ref for item in final.items if before.get(item.ref) is not item and before.get(item.ref) != item)
    return Edit(final, PackChanges(changes.fields | fields, changes.refs | refs, changes.order))


def _with_item(pack: Pack, item: Item) -> Pack:
    return _copy(pack, items=[item if i.ref == item.ref else i for i in pack.items])


def _item(pack: Pack, ref: str) -> Item:
    item = pack.item(ref)
    if item is None:
        raise KeyError(ref)
    return item


# -- the item list ------------------------------------------------------------------------
def add_entries(pack: Pack, refs: list[str]) -> Edit:
    """Agenda entries placed at the end of the pack (those already in it are skipped)."""
    present = set(pack.refs())
    new = [ref for ref in dict.fromkeys(refs) if ref not in present]
    if not new:
        return _unchanged(pack)
    limits.refuse(limits.items(len(pack.items) + len(new)))
    return _done(pack, _copy(pack, items=[*pack.items, *(Item(ref=ref) for ref in new)]),
                PackChanges(frozenset({"items"}), frozenset(new), order=True))


def remove_entries(pack: Pack, refs: list[str]) -> Edit:
    """The items of *refs* taken out, tailored or not (the old pack still has them)."""
    gone = {i.ref for i in pack.items if i.ref in set(refs)}
    if not gone:
        return _unchanged(pack)
    return _done(pack, _copy(pack, items=[i for i in pack.items if i.ref not in gone]),
                PackChanges(frozenset({"items"}), frozenset(gone), order=True))


def move_entry(pack: Pack, source: int, target: int) -> Edit:
    """The item at *source* moved to *target* (positions in the pack's item list)."""
    count = len(pack.items)
    if source == target or not (0 <= source < count and 0 <= target < count):
        return _unchanged(pack)
    items = list(pack.items)
    items.insert(target, items.pop(source))
    return _done(pack, _copy(pack, items=items), PackChanges(frozenset({"items"}), frozenset({items[target].ref}), order=True))


def replace_items(pack: Pack, items: list[Item]) -> Edit:
    """The whole item list replaced in one step (a matrix import), checked as a whole."""
    if items == pack.items:
        return _unchanged(pack)
    limits.check(pack.model_copy(update={"items": items}))
    try:
        checked = [Item.model_validate(dict(i)) for i in items]
    except ValidationError as exc:
        raise pydantic_error(exc, None) from None
    old = {i.ref: i for i in pack.items}
    touched = {i.ref for i in checked if old.get(i.ref) != i} | (set(old) - {i.ref for i in checked})
    order = [i.ref for i in checked] != list(old)
    return _done(pack, _copy(pack, items=checked), PackChanges(frozenset({"items"}), frozenset(touched), order))


# -- one item -----------------------------------------------------------------------------
def set_item_field(pack: Pack, ref: str, name: str, value: Any) -> Edit:
    """One field of one item (ITEM_FIELDS): wording, context, note, talking points, priority, status."""
    if name not in ITEM_FIELDS:
        raise ValueError(name)
    item = _item(pack, ref)
    if getattr(item, name) == value:
        return _unchanged(pack)
    if name == "talking_points":
        limits.refuse(limits.points(pack, ref, value))
    if name in _TEXTS:
        limits.refuse(limits.text(name, value, ref))
    return _done(pack, _with_item(pack, _copy(item, **{name: value})),
                PackChanges(frozenset({"items"}), frozenset({ref})))


def set_owner(pack: Pack, ref: str, name: str, owner: str) -> Edit:
    """Say whose an item's text, context or talking points are (an audience ID or ALL_AUDIENCES)."""
    if name not in OWNED_FIELDS:
        raise ValueError(name)
    item = _item(pack, ref)
    if item.owners.get(name) == owner:
        return _unchanged(pack)
    return _done(pack, _with_item(pack, _copy(item, owners={**item.owners, name: owner})),
                 PackChanges(frozenset({"items"}), frozenset({ref})))


def set_override(pack: Pack, ref: str, audience_id: str, name: str, value: Any) -> Edit:
    """The wording, context or priority of one item for one audience; an empty override is dropped."""
    if name not in OVERRIDE_FIELDS:
        raise ValueError(name)
    item = _item(pack, ref)
    current = item.overrides.get(audience_id, Override())
    if getattr(current, name) == value:
        return _unchanged(pack)
    if name == "talking_points" and value is not None:
        limits.refuse(limits.item_points(ref, value))
    if name != "priority":
        limits.refuse(limits.text(f"override.{name}", value, ref))
    updated = _copy(current, **{name: value})
    overrides = {k: v for k, v in item.overrides.items() if k != audience_id}
    if updated != Override():
        overrides = {**item.overrides, audience_id: updated}
    return _done(pack, _with_item(pack, _copy(item, overrides=overrides)), PackChanges(frozenset({"items"}), frozenset({ref})))


def set_outcome(pack: Pack, ref: str, audience_id: str, outcome: Outcome | None) -> Edit:
    """What *audience_id* said to one ask at the meeting; None or an empty outcome removes it."""
    item = _item(pack, ref)
    outcomes = with_outcome(item, audience_id, outcome)
    if outcomes == item.outcomes:
        return _unchanged(pack)
    return _done(pack, _with_item(pack, _copy(item, outcomes=outcomes)), PackChanges(frozenset({"items"}), frozenset({ref})))


def set_outcome_field(pack: Pack, ref: str, audience_id: str, name: str, value: Any) -> Edit:
    """The result ("result") or what was said ("said") of one ask for one audience."""
    if name not in ("result", "said"):
        raise ValueError(name)
    if name == "said":
        limits.refuse(limits.text("outcome.said", value, ref))
    current = _item(pack, ref).outcomes.get(audience_id, Outcome())
    return set_outcome(pack, ref, audience_id, _copy(current, **{name: value}))


def add_action(pack: Pack, ref: str, audience_id: str, action: Action) -> Edit:
    """A follow-up action agreed with *audience_id* on one ask, after the ones it has."""
    current = _item(pack, ref).outcomes.get(audience_id, Outcome())
    limits.refuse(limits.text("outcome.action", [action.what, action.who], ref))
    return set_outcome(pack, ref, audience_id, _copy(current, actions=[*current.actions, action]))


def set_action_field(pack: Pack, ref: str, audience_id: str, position: int, name: str, value: Any) -> Edit:
    """What, who, by when ("due") or done of the action at *position*; an empty "what" is refused."""
    if name not in Action.model_fields:
        raise ValueError(name)
    current = _item(pack, ref).outcomes.get(audience_id, Outcome())
    if not 0 <= position < len(current.actions):
        return _unchanged(pack)
    if name in ("what", "who"):
        limits.refuse(limits.text("outcome.action", value, ref))
    actions = list(current.actions)
    actions[position] = _copy(actions[position], **{name: value})
    return set_outcome(pack, ref, audience_id, _copy(current, actions=actions))


def remove_action(pack: Pack, ref: str, audience_id: str, position: int) -> Edit:
    """The action at *position* taken out (an outcome left empty goes with it)."""
    current = _item(pack, ref).outcomes.get(audience_id, Outcome())
    if not 0 <= position < len(current.actions):
        return _unchanged(pack)
    return set_outcome(pack, ref, audience_id,
                       _copy(current, actions=[*current.actions[:position], *current.actions[position + 1:]]))


def set_held(pack: Pack, name: str, value: Any) -> Edit:
    """The day the meeting was held ("date") or who was present ("present"); nothing held left: None."""
    if name not in Held.model_fields:
        raise ValueError(name)
    if name == "present":
        limits.refuse(limits.text("meeting.held", value))
    held = _copy(pack.meeting.held or Held(), **{name: value})
    return set_pack_field(pack, "meeting.held", None if held == Held() else held)


def set_lookback(pack: Pack, audience_id: str, recalls: list[model.Recall]) -> Edit:
    """*audience_id*'s Terugblik points replaced by *recalls* (core/ledger/lookback.py offers them); others stay."""
    return _lookback(pack, [r for r in pack.lookback if r.owner != audience_id]
                     + [r.model_copy(update={"owner": audience_id}) for r in recalls])


def drop_recall(pack: Pack, position: int) -> Edit:
    """The Terugblik point at *position* taken out of this pack (the earlier pack keeps it)."""
    return _lookback(pack, [r for n, r in enumerate(pack.lookback) if n != position])


def _lookback(pack: Pack, new: list[model.Recall]) -> Edit:
    same = new == pack.lookback
    return _unchanged(pack) if same else _done(pack, _copy(pack, lookback=new), PackChanges(frozenset({"lookback"})))


# -- the pack and its meeting ---------------------------------------------------------------
def pack_field(pack: Pack, name: str) -> Any:
    """The value of a PACK_FIELDS name ("title", "meeting.place", …)."""
    if name.startswith("meeting."):
        return getattr(pack.meeting, name.removeprefix("meeting."))
    return getattr(pack, name)


def set_pack_field(pack: Pack, name: str, value: Any) -> Edit:
    """A property of the pack or of its meeting, addressed as "meeting.place"."""
    if name not in PACK_FIELDS:
        raise ValueError(name)
    if pack_field(pack, name) == value:
        return _unchanged(pack)
    if name == "audiences":  # what was written so far keeps the owner it has under the old audiences
        limits.refuse(limits.audiences(len(value)))
        return _done(pack, _copy(settled(pack), audiences=value), PackChanges(frozenset({"audiences"})))
    limits.refuse(limits.text(name, value))
    if name.startswith("meeting."):
        new = _copy(pack, meeting=_copy(pack.meeting, **{name.removeprefix("meeting."): value}))
        return _done(pack, new, PackChanges(frozenset({"meeting"})))
    return _done(pack, _copy(pack, **{name: value}), PackChanges(frozenset({name})))


def set_other_asks(pack: Pack, mode: str) -> Edit:
    """What a ministry's note does with asks addressed to others on the meeting date: "group" them
    under "Ook van belang voor …" after its own, or "omit" them."""
    try:
        choice = OtherAsks(mode)
    except ValueError:
        raise G40Error(f"'{mode}' is geen keuze voor vragen aan anderen; kies 'group' (onder een eigen kop) of "
                       "'omit' (weglaten)", None, "--other-asks") from None
    return set_pack_field(pack, "options", pack.options.model_copy(update={"other_asks": choice}))


def replace_audience(pack: Pack, old: str, new: str) -> Edit:
    """*new* where *old* is in the pack's audiences (a successor): its per-audience texts and the
    texts it owns (wording, participants, own entries, Terugblik points) move along."""
    if old not in pack.audiences or old == new:
        return _unchanged(pack)
    pack = settled(pack)

    def owner(value: str | None) -> str | None:
        return new if value == old else value

    items = []
    for item in pack.items:
        update: dict[str, Any] = {}
        if old in item.overrides and new not in item.overrides:
            update["overrides"] = {owner(k): v for k, v in item.overrides.items()}
        if old in item.owners.values():
            update["owners"] = {k: owner(v) for k, v in item.owners.items()}
        items.append(item.model_copy(update=update) if update else item)
    meeting = pack.meeting
    if old in (meeting.participants_owner, *meeting.participants_for):
        meeting = meeting.model_copy(update={
            "participants_owner": owner(meeting.participants_owner),
            "participants_for": meeting.participants_for if new in meeting.participants_for
            else {owner(k): v for k, v in meeting.participants_for.items()}})
    own = [entry.model_copy(update={"owner": new}) if entry.owner == old else entry for entry in pack.own]
    update = {"audiences": list(dict.fromkeys(new if a == old else a for a in pack.audiences)), "meeting": meeting}
    if any(a is not b for a, b in zip(items, pack.items, strict=True)):
        update["items"] = items
    if any(a is not b for a, b in zip(own, pack.own, strict=True)):
        update["own"] = own
    if any(recall.owner == old for recall in pack.lookback):
        update["lookback"] = [r.model_copy(update={"owner": new}) if r.owner == old else r for r in pack.lookback]
    return _done(pack, pack.model_copy(update=update), PackChanges(frozenset({"audiences"} | update.keys() & {"lookback"})))


# -- own entries and agendas ----------------------------------------------------------------
def add_own_entry(pack: Pack, entry: OwnEntry, item: Item) -> Edit:
    """The advisor's own demand or goal, placed at the end of the pack (*item* refers to it)."""
    limits.refuse(limits.own(len(pack.own) + 1))
    limits.refuse(limits.items(len(pack.items) + 1))
    limits.refuse(limits.text("own.text", entry.text))
    return _done(pack, _copy(pack, own=[*pack.own, entry], items=[*pack.items, item]),
                PackChanges(frozenset({"own", "items"}), frozenset({item.ref}), order=True))


def adopt(pack: Pack, reviewed: Pack) -> Edit:
    """The agenda stamp, own entries and items of *reviewed* (the pack after an agenda review,
    core/agenda/review.apply_decisions), checked as a whole."""
    limits.check(pack.model_copy(update={"agenda": reviewed.agenda, "own": reviewed.own, "items": reviewed.items}))
    new = _copy(pack, agenda=reviewed.agenda, own=list(reviewed.own), items=list(reviewed.items))
    old = {i.ref: i for i in pack.items}
    touched = {i.ref for i in new.items if old.get(i.ref) != i} | (set(old) - set(new.refs()))
    return _done(pack, new, PackChanges(frozenset({"agenda", "own", "items"}), frozenset(touched), order=True))


# -- what is kept, looked at, confirmed -------------------------------------------------------
def keep_outdated(pack: Pack, catalogue: Catalogue, ref: str, reason: str) -> Edit:
    """The outdated entry *ref* kept on purpose, for *reason* (printed beside it in the note,
    core/note/stale.py); an empty reason withdraws it, and the export refuses the entry again."""
    if pack.item(ref) is None:
        raise G40Error(f"'{ref}' staat niet in dit pakket", field="ID")
    if ref not in catalogue or catalogue[ref].node.outdated is None:
        raise G40Error(f"'{ref}' is volgens de agenda niet achterhaald; er is niets te houden", field="ID")
    reason = " ".join(reason.split())
    limits.refuse(limits.text("agenda.reasons", reason, ref))
    stamp = pack.agenda or AgendaStamp(id=catalogue.meta.id, version=catalogue.meta.version)
    if stamp.reasons.get(ref, "") == reason and ref in stamp.kept:
        return _unchanged(pack)
    reasons = {k: v for k, v in stamp.reasons.items() if k != ref} | ({ref: reason} if reason else {})
    new = stamp.model_copy(update={"reasons": reasons, "kept": sorted(set(stamp.kept) | {ref})})
    return _done(pack, _copy(pack, agenda=new), PackChanges(frozenset({"agenda"}), frozenset({ref})))


def looked_at(pack: Pack, where: TextRef) -> Edit:
    """The text copied across at *where* looked at: no longer "nog nakijken", the export takes it."""
    if where not in pack.to_check:
        return _unchanged(pack)
    return _done(pack, _copy(pack, to_check=[t for t in pack.to_check if t != where]),
                 PackChanges(frozenset({"to_check"}), frozenset({where.ref})))


def confirm_shared(pack: Pack, *texts: str) -> Edit:
    """*texts* confirmed as meant for every audience, each once (until it is edited: the check asks again)."""
    marks = [m for m in dict.fromkeys(fingerprint(t) for t in texts) if m not in pack.confirmed]
    if not marks:
        return _unchanged(pack)
    room = Pack.model_fields["confirmed"].metadata[0].max_length  # beyond it the oldest go (likely since edited)
    return _done(pack, _copy(pack, confirmed=[*pack.confirmed, *marks][-room:]), PackChanges(frozenset({"confirmed"})))


def owners_reviewed(pack: Pack) -> Edit:
    """The owners a migration set to "alle doelgroepen" looked at: the pack asks no more (``review_owners``)."""
    if not pack.review_owners:
        return _unchanged(pack)
    return _done(pack, _copy(pack, review_owners=False), PackChanges(frozenset({"review_owners"})))
