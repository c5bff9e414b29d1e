"""People in roles and city populations: kept in one place, the facts store (core/facts.py).

The audience data says which roles exist and when (core/audiences.py); who sits in a role and
how many people live in a city are facts the user fills in, and they live only in
``facts.json``, where ``{burgemeester}``, ``{wethouder_wonen}``, ``{minister}`` and the rest
read them. On load each role gets its person from there (a fact with no role yet gets one,
so what ``g40desk facts`` sets shows in the audience dialog); when the dialog saves, people
and populations go to the facts store and never into the user's audience file.
"""

from __future__ import annotations

from g40desk.core.audience.facts import Facts, portfolio_key
from g40desk.core.audience.models import AudiencesFile, City, Ministry, Role, RoleKind


def person_slot(role: Role) -> tuple[str, str]:
    """Where *role*'s person lives in the facts store: (audience ID, facts field).

    A city's mayor and aldermen (per portfolio), a ministry's minister and its first state
    secretary are facts of the organisation, as ``g40desk facts`` sets them; a "minister voor …"
    and any other state secretary are facts of the role itself.
    """
    org_id, name = role.id.split("/", 1)
    if role.kind == RoleKind.BURGEMEESTER:
        return org_id, "burgemeester"
    if role.kind == RoleKind.WETHOUDER:
        return org_id, f"wethouder.{portfolio_key(role.portfolio or name.removeprefix('wethouder-')) or name}"
    if role.kind == RoleKind.MINISTER:
        return org_id, "minister"
    if role.kind == RoleKind.STAATSSECRETARIS:
        return (org_id if name == "staatssecretaris" else role.id), "staatssecretaris"
    return role.id, "minister"


def _value(facts: Facts, audience_id: str, field: str) -> str | None:
    known = facts.of(audience_id)
    if field.startswith("wethouder."):
        return known.wethouders.get(field.split(".", 1)[1])
    return getattr(known, field)


def apply_facts(data: AudiencesFile, facts: Facts) -> None:
    """Put the facts' people and populations on *data* (in place); facts win over the file."""
    for org in [*data.cities, *data.ministries]:
        taken = {r.id for r in org.roles}
        slots = set()
        for role in org.roles:
            slot = person_slot(role)
            slots.add(slot)
            value = _value(facts, *slot)
            if value:
                role.person = value
        known = facts.of(org.id)
        wanted: list[Role] = []
        if isinstance(org, City):
            if known.inwoners is not None:
                org.population = known.inwoners
            if known.burgemeester and (org.id, "burgemeester") not in slots:
                wanted.append(Role(id=f"{org.id}/burgemeester", kind=RoleKind.BURGEMEESTER, person=known.burgemeester))
            for key, name in known.wethouders.items():
                if (org.id, f"wethouder.{key}") not in slots:
                    wanted.append(Role(id=f"{org.id}/wethouder-{key.replace('_', '-')}", kind=RoleKind.WETHOUDER,
                                       portfolio=key.replace("_", " "), person=name))
        elif isinstance(org, Ministry) and known.staatssecretaris and (org.id, "staatssecretaris") not in slots:
            wanted.append(Role(id=f"{org.id}/staatssecretaris", kind=RoleKind.STAATSSECRETARIS,
                               person=known.staatssecretaris))
        new = [r for r in wanted if r.id not in taken]
        if new:
            org.roles = [*org.roles, *new]


def store_people(facts: Facts, before: AudiencesFile | None, after: AudiencesFile) -> None:
    """Write the people and populations of *after* into *facts*; a role or city that was in
    *before* and is gone (or lost its person) has its fact cleared."""
    def people(data: AudiencesFile | None) -> dict[tuple[str, str], str | None]:
        out: dict[tuple[str, str], str | None] = {}
        for org in [*(data.cities if data else []), *(data.ministries if data else [])]:
            for role in org.roles:
                out[person_slot(role)] = role.person or out.get(person_slot(role))
            if isinstance(org, City):
                out[(org.id, "inwoners")] = str(org.population) if org.population is not None else None
        return out

    old, new = people(before), people(after)
    for slot in old.keys() - new.keys():
        if old[slot]:
            facts.set(slot[0], slot[1], None)
    for slot, value in new.items():
        if value != old.get(slot) or value:
            facts.set(slot[0], slot[1], value)


def without_people(data: AudiencesFile) -> AudiencesFile:
    """A copy of *data* with no people and no populations: what the audience file keeps."""
    copy = data.model_copy(deep=True)
    for org in [*copy.cities, *copy.ministries]:
        for role in org.roles:
            role.person = None
        if isinstance(org, City):
            org.population = None
    return copy
