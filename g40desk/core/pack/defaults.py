"""What a new pack starts with when the advisor has not said: its title."""

from __future__ import annotations

from g40desk.core.audience.audiences import Audiences, City, Ministry


def default_title(audience_ids: list[str], audiences: Audiences) -> str:
    """"Briefing Alkmaar" for one audience; for several a title each note fills in for itself
    ("Briefing {stad}", "Briefing {stad} – {ministerie_afk}"), so a batch accepts it: a title
    naming five cities would put four of them in every note."""
    orgs = [audiences.organisation(a) for a in audience_ids if a in audiences]
    if len(orgs) == 1:
        org = orgs[0]
        return f"Briefing {org.abbreviation_on() if isinstance(org, Ministry) else org.name}"
    cities = any(isinstance(o, City) for o in orgs)
    ministries = any(isinstance(o, Ministry) for o in orgs)
    if cities and ministries:
        return "Briefing {stad} – {ministerie_afk}"
    if ministries:
        return "Briefing {ministerie_afk}"
    return "Briefing {stad}" if cities else "Nieuwe briefing"
