"""Copy a pack, with its tailoring, for another city or ministry."""

from __future__ import annotations

from uuid import uuid4

from g40desk.core.audience.audiences import Audiences
from g40desk.core.pack import limits
from g40desk.core.pack.model import Pack


def duplicate_for(pack: Pack, audience_id: str, audiences: Audiences, replace: str | None = None) -> Pack:
    """A new pack (new ID, not yet saved) whose audience *replace* becomes *audience_id*.

    Wording, context, talking points, priorities, status and internal notes stay: texts written
    with placeholders such as {stad} fill in for the new audience. Per-audience wording of the
    replaced audience is dropped, because it was written for that audience only. With
    replace=None the first audience of the same kind (city or ministry) is replaced;
    with replace="" the new audience is added. The copy is for another meeting: the outcomes,
    the meeting as held and the "Terugblik" of this one stay behind. A copy beyond the pack's
    limits raises limits.PackRefused.
    """
    if audience_id not in audiences:
        raise KeyError(audience_id)
    kind = audience_id.split(":", 1)[0]
    if replace is None:
        replace = next((a for a in pack.audiences if a.split(":", 1)[0] == kind), None)
    copy = pack.model_copy(deep=True)
    copy.id = uuid4().hex
    copy.meeting.held = None
    copy.lookback = []
    names = [a for a in copy.audiences if a != replace and a != audience_id]
    position = pack.audiences.index(replace) if replace in pack.audiences else len(names)
    names.insert(min(position, len(names)), audience_id)
    limits.refuse(limits.audiences(len(names)))
    copy.audiences = names
    for item in copy.items:
        item.outcomes = {}
        if replace in item.overrides:
            item.overrides = {k: v for k, v in item.overrides.items() if k != replace}
    if replace and replace in audiences:
        old, new = audiences[replace], audiences[audience_id]
        for attribute in ("display_name", "name", "abbreviation"):
            before, after = getattr(old, attribute, None), getattr(new, attribute, None)
            if before and after and before in copy.title:
                copy.title = copy.title.replace(before, after)
                break
    limits.check(copy)  # one audience more than the limit, or a title grown past it
    return copy
