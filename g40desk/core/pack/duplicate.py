"""Copy a pack, with its tailoring, for another city or ministry: the old audience's own text stays behind."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from uuid import uuid4

from g40desk.core.agenda.catalogue import Catalogue
from g40desk.core.audience.audiences import Audiences
from g40desk.core.errors import G40Error
from g40desk.core.pack import limits
from g40desk.core.pack.defaults import retitle
from g40desk.core.pack.model import Item, Override, Pack, TextRef
from g40desk.core.pack.owners import MEETING, settled

FIELD_LABELS = {"text": "aangepaste tekst", "context": "lokale context", "talking_points": "gesprekspunten",
                "participants": "deelnemers"}


@dataclass(frozen=True)
class LeftBehind:
    """A text of the old audience that the copy does not take: where it was, and what it said."""

    where: TextRef  # in the original pack
    label: str  # the item's short title, or "Overleg"
    text: str

    @property
    def address(self) -> str:
        """How the command line names it: "demand:wonen-1 context", "meeting participants"."""
        return address(self.where)

    def describe(self) -> str:
        short = self.text if len(self.text) <= 80 else self.text[:79] + "…"
        return f"{self.label}, {FIELD_LABELS[self.where.field]} [{self.address}]: {short}"


@dataclass
class Duplicate:
    """The copy (new ID, not yet saved), what stayed behind, and what was copied across ("nog nakijken")."""

    pack: Pack
    left: list[LeftBehind] = field(default_factory=list)
    copied: list[TextRef] = field(default_factory=list)  # in the copy's terms (also in pack.to_check)


def address(where: TextRef) -> str:
    return f"{where.ref} {where.field}" + (f" {where.audience}" if where.audience else "")


def _points(value) -> str:
    return "\n".join(value) if isinstance(value, list) else (value or "")


def _names(audiences: Audiences, old: str, new: str) -> list[tuple[str, str]]:
    """(old name, new name) pairs: the display name, name and abbreviation of the organisations."""
    if old not in audiences or new not in audiences:
        return []
    before, after = audiences[old], audiences[new]
    pairs = [(getattr(before, a, None), getattr(after, a, None)) for a in ("display_name", "name", "abbreviation")]
    return [(b, a) for b, a in pairs if b and a]


def _retarget(text: str, pairs: list[tuple[str, str]]) -> str | None:
    """*text* with the old audience's first name that it holds replaced by the new one's; None: it names none."""
    for before, after in pairs:
        if before in text:
            return text.replace(before, after)
    return None


def left_behind(pack: Pack, catalogue: Catalogue | None, replace: str) -> list[LeftBehind]:
    """Every text of *pack* owned by *replace* (its own wording, context, points, participants, own entries)."""
    pack = settled(pack)

    def label(ref: str) -> str:
        return catalogue[ref].label if catalogue is not None and ref in catalogue else ref

    out: list[LeftBehind] = []
    meeting = pack.meeting
    if meeting.participants and meeting.participants_owner == replace:
        out.append(LeftBehind(TextRef(ref=MEETING, field="participants"), "Overleg", meeting.participants))
    if meeting.participants_for.get(replace):
        out.append(LeftBehind(TextRef(ref=MEETING, field="participants", audience=replace), "Overleg",
                              meeting.participants_for[replace]))
    own = {e.id: e for e in pack.own if e.owner == replace}
    for item in pack.items:
        if item.ref in own:
            out.append(LeftBehind(TextRef(ref=item.ref, field="text"), label(item.ref), own[item.ref].text))
            continue
        for name in ("text", "context", "talking_points"):
            if getattr(item, name) and item.owners.get(name) == replace:
                out.append(LeftBehind(TextRef(ref=item.ref, field=name), label(item.ref), _points(getattr(item, name))))
        over = item.overrides.get(replace)
        for name in ("text", "context", "talking_points"):
            if over is not None and getattr(over, name):
                out.append(LeftBehind(TextRef(ref=item.ref, field=name, audience=replace), label(item.ref),
                                      _points(getattr(over, name))))
    return out


def duplicate_for(pack: Pack, audience_id: str, audiences: Audiences, replace: str | None = None,
                  carry: Iterable[str] = (), catalogue: Catalogue | None = None) -> Duplicate:
    """A new pack (new ID, not yet saved) whose audience *replace* becomes *audience_id*.

    Text written for all audiences (and texts with placeholders such as {stad}) goes along;
    the replaced audience's own text stays behind and is listed (``Duplicate.left``), unless
    its address is in *carry*: then it is copied across as the new audience's, marked "nog
    nakijken" (``Pack.to_check``; the export refuses it until looked at). The title and the
    participants follow the new audience where they name the old one (the participants are
    then to be checked too). With replace=None the first audience of the same kind (city or
    ministry) is replaced; with replace="" the new audience is added and nothing stays behind.
    The copy is for another meeting: outcomes, the meeting as held and the "Terugblik" stay
    behind. A copy beyond the pack's limits raises limits.PackRefused; an unknown address in
    *carry* a G40Error.
    """
    if audience_id not in audiences:
        raise KeyError(audience_id)
    kind = audience_id.split(":", 1)[0]
    if replace is None:
        replace = next((a for a in pack.audiences if a.split(":", 1)[0] == kind), None)
    pack = settled(pack)
    left = left_behind(pack, catalogue, replace) if replace else []
    by_address = {entry.address: entry for entry in left}
    carry = list(dict.fromkeys(carry))
    unknown = [a for a in carry if a not in by_address]
    if unknown:
        raise G40Error(f"'{unknown[0]}' is geen tekst die achterblijft; kies uit: "
                       + (", ".join(by_address) or "(er blijft niets achter)"), field="--copy")
    copy = pack.model_copy(deep=True)
    copy.id = uuid4().hex
    copy.meeting.held = None
    copy.lookback = []
    copy.to_check = []
    names = [a for a in copy.audiences if a != replace and a != audience_id]
    position = pack.audiences.index(replace) if replace in pack.audiences else len(names)
    names.insert(min(position, len(names)), audience_id)
    limits.refuse(limits.audiences(len(names)))
    copy.audiences = names
    for item in copy.items:
        item.outcomes = {}
    result = Duplicate(copy)
    if replace:
        pairs = _names(audiences, replace, audience_id)
        copy.origin = list(dict.fromkeys([*pack.origin, replace]))
        taken = {by_address[a].where for a in carry}
        moved = _leave(copy, replace, audience_id, taken, result, pairs)
        result.left = [entry for entry in left if entry.where not in moved]
    # Still to check from an earlier duplicate, where that text came along: it stays to check.
    earlier = [t for t in pack.to_check if text_at(copy, t) and (t.audience is None or t.audience in copy.audiences)]
    copy.to_check = list(dict.fromkeys([*earlier, *result.copied]))
    copy.title = retitle(copy.title, pack.audiences, names, audiences, pack.meeting.date)
    limits.check(copy)  # one audience more than the limit, or a title grown past it
    return result


def _leave(copy: Pack, old: str, new: str, taken: set[TextRef], result: Duplicate,
           pairs: list[tuple[str, str]]) -> set[TextRef]:
    """In *copy*: the old audience's texts removed, those in *taken* given to *new* and marked to check, and
    participants that name the old audience re-targeted (and marked). Returns what went along (old terms)."""
    moved_along = set(taken)
    meeting = copy.meeting
    if meeting.participants and meeting.participants_owner == old:
        where = TextRef(ref=MEETING, field="participants")
        moved = meeting.participants if where in taken else _retarget(meeting.participants, pairs)
        meeting.participants, meeting.participants_owner = (moved, new) if moved else ("", None)
        if moved:
            result.copied.append(where)
            moved_along.add(where)
    mine = meeting.participants_for.get(old)
    if old in meeting.participants_for:
        where = TextRef(ref=MEETING, field="participants", audience=old)
        moved = mine if where in taken else _retarget(mine or "", pairs)
        rest = {k: v for k, v in meeting.participants_for.items() if k != old}
        meeting.participants_for = {**rest, new: moved} if moved else rest
        if moved:
            result.copied.append(TextRef(ref=MEETING, field="participants", audience=new))
            moved_along.add(where)
    gone = {e.id for e in copy.own if e.owner == old and TextRef(ref=e.id, field="text") not in taken}
    for entry in copy.own:
        if entry.owner == old and entry.id not in gone:
            entry.owner = new
            result.copied.append(TextRef(ref=entry.id, field="text"))
    copy.own = [e for e in copy.own if e.id not in gone]
    copy.items = [_leave_item(item, old, new, taken, result) for item in copy.items if item.ref not in gone]
    return moved_along


def _leave_item(item: Item, old: str, new: str, taken: set[TextRef], result: Duplicate) -> Item:
    owners = dict(item.owners)
    for name in ("text", "context", "talking_points"):
        if owners.get(name) != old:
            continue
        if TextRef(ref=item.ref, field=name) in taken:
            owners[name] = new
            result.copied.append(TextRef(ref=item.ref, field=name))
        else:
            setattr(item, name, [] if name == "talking_points" else None)
            del owners[name]
    item.owners = owners
    over = item.overrides.get(old)
    if over is not None:
        kept = {name: getattr(over, name) for name in ("text", "context", "talking_points")
                if getattr(over, name) and TextRef(ref=item.ref, field=name, audience=old) in taken}
        rest = {k: v for k, v in item.overrides.items() if k != old}
        if kept and new not in rest:
            rest[new] = Override(**kept)
            result.copied += [TextRef(ref=item.ref, field=name, audience=new) for name in kept]
        item.overrides = rest
    return item


def origin_name(pack: Pack, audiences: Audiences) -> str | None:
    """The audience the pack was last duplicated from (None: not a copy, or unknown)."""
    last = pack.origin[-1] if pack.origin else None
    return audiences[last].display_name if last in audiences else None


def text_at(pack: Pack, where: TextRef) -> str:
    """The text of *pack* at *where* (talking points one per line; empty when there is none)."""
    if where.ref == MEETING:
        return pack.meeting.participants_for.get(where.audience, "") if where.audience else pack.meeting.participants
    entry = next((e for e in pack.own if e.id == where.ref), None)
    item = pack.item(where.ref)
    if entry is not None and where.field == "text" and not (item and item.text):
        return entry.text
    source = item.overrides.get(where.audience) if item and where.audience else item
    return _points(getattr(source, where.field, None)) if source is not None else ""


def to_check_lines(pack: Pack, catalogue: Catalogue, audiences: Audiences) -> list[str]:
    """One line per text copied across on a duplicate and not looked at yet (the export refuses them)."""
    origin = origin_name(pack, audiences) or "een andere doelgroep"
    own = {e.id: e.text for e in pack.own}
    lines = []
    for where in pack.to_check:
        label = "Overleg" if where.ref == MEETING else own.get(where.ref) or (
            catalogue[where.ref].label if where.ref in catalogue else where.ref)
        text = " / ".join(text_at(pack, where).splitlines())
        short = text if len(text) <= 80 else text[:79] + "…"
        lines.append(f"{label}, {FIELD_LABELS[where.field]} [{address(where)}]: ‘{short}’, overgenomen van {origin}; "
                     "nog nakijken")
    return lines
