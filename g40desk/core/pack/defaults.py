"""What a new pack starts with when the advisor has not said: its title, and the title of a copy for another audience."""

from __future__ import annotations

import datetime as dt

from g40desk.core.audience.audiences import Audiences, City, Ministry
from g40desk.core.audience.naming import addressed

MIXED_TITLE = "Briefing {stad} – {ministerie_afk}"


def default_title(audience_ids: list[str], audiences: Audiences, day: dt.date | None = None) -> str:
    """"Briefing voor de gemeente Alkmaar" for one audience (with its article: "voor het ministerie van
    BZK", "voor de minister voor Volkshuisvesting en Ruimtelijke Ordening"); for several a title each
    note fills in for itself ("Briefing voor de gemeente {stad}"), so a batch accepts it: a title naming
    five cities would put four of them in every note."""
    known = [audiences[a] for a in audience_ids if a in audiences]
    if len(known) == 1:
        return f"Briefing voor {addressed(known[0], day, short=True)}"
    orgs = [audiences.organisation(a.id) for a in known]
    cities = [o for o in orgs if isinstance(o, City)]
    ministries = [o for o in orgs if isinstance(o, Ministry)]
    only_organisations = all(a in orgs for a in known)  # no role: each note is for the organisation itself
    if cities and ministries:
        return MIXED_TITLE
    if ministries:
        return "Briefing voor het ministerie van {ministerie_afk}" if only_organisations else "Briefing {ministerie_afk}"
    if cities:
        return "Briefing voor de gemeente {stad}" if only_organisations else "Briefing {stad}"
    return "Nieuwe briefing"


def retitle(title: str, before: list[str], after: list[str], audiences: Audiences, day: dt.date | None = None) -> str:
    """The title of a copy whose audiences went from *before* to *after*: a default title becomes the
    new default; a title naming the one replaced audience names the new one, with the article it needs."""
    if title == default_title(before, audiences, day):
        return default_title(after, audiences, day)
    gone = [a for a in before if a not in after and a in audiences]
    came = [a for a in after if a not in before and a in audiences]
    if len(gone) != 1 or len(came) != 1:
        return title
    old, new = audiences[gone[0]], audiences[came[0]]
    pairs = [(addressed(old, day, short=True), addressed(new, day, short=True)), (addressed(old, day), addressed(new, day))]
    pairs += [(getattr(old, name, None), getattr(new, name, None)) for name in ("display_name", "name", "abbreviation")]
    for was, becomes in pairs:
        if was and becomes and was in title:
            return title.replace(was, becomes)
    return title
