"""Who a briefing is for, on a given day: organisations and roles by ID, successors, portfolio holders.

Which role holds an agenda portfolio on a date is answered by :meth:`Audiences.holder`; a
pack addressed to something that has ceased gets a :class:`Notice` with the successor
(docs/audiences.md). The models live in :mod:`audience_models` and are re-exported here.

The built-in data is ``data/audiences.json``; the user's additions and edits live in
``audiences.json`` in the user's data folder and are merged over it (:mod:`g40desk.core.audience.store`, which also loads them: ``load_audiences``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import BaseModel, ValidationError

from g40desk.core.audience.facts import Facts
from g40desk.core.audience.models import (  # noqa: F401  (re-exported: g40desk imports them from here)
    FORMAT,
    ROLE_KIND_LABELS,
    VERSION,
    AudienceKind,
    AudiencesFile,
    City,
    Dated,
    Ministry,
    Name,
    Role,
    RoleKind,
    Source,
)
from g40desk.core.errors import G40Error, pydantic_error
from g40desk.core.text import dutch_date, fold, matches, search_groups

MAX_FILE_BYTES = 5_000_000
Organisation = City | Ministry
Audience = City | Ministry | Role


class Holder(BaseModel):
    """Who holds an agenda portfolio on a day: the organisation and the role in it, and how a note
    names them that day ('VRO'; 'minister voor Volkshuisvesting en Ruimtelijke Ordening (BZK)')."""

    organisation: str
    role: str | None
    name: str = ""


class Notice(BaseModel):
    """Why an audience is not valid on a day, and what to address instead."""

    audience: str
    message: str
    successor: str | None
    short: str = ""  # the same in fewer words, for a status bar


class Audiences:
    """All organisations and roles by ID, cities first, in file order."""

    def __init__(self, data: AudiencesFile):
        self.data = data
        self.sources = dict(data.sources)
        self.portfolios = dict(data.portfolios)
        self.all_cities = list(data.cities)
        self.all_ministries = list(data.ministries)
        self.by_id: dict[str, Audience] = {}
        self.user_problem: str | None = None
        self.user_problem_short: str | None = None  # the same naming files without their folder
        self.user_file: Path | None = None
        self.facts = Facts()  # the user's facts these were loaded with: placeholders read them
        for org in [*self.all_cities, *self.all_ministries]:
            self._add(org)
            for role in org.roles:
                if not role.id.startswith(org.id + "/"):
                    raise ValueError(f"rol '{role.id}' hoort niet bij '{org.id}'; een rol-ID begint met '{org.id}/'")
                role._organisation = org
                self._add(role)
        self._check_references()

    def _add(self, audience: Audience) -> None:
        if audience.id in self.by_id:
            raise ValueError(f"doelgroep-ID '{audience.id}' komt twee keer voor")
        self.by_id[audience.id] = audience

    def _check_references(self) -> None:
        for audience in self.by_id.values():
            for source in audience.sources:
                if source not in self.sources:
                    raise ValueError(f"'{audience.id}' noemt onbekende bron '{source}'")
            if audience.successor is not None and audience.successor not in self.by_id:
                raise ValueError(f"'{audience.id}' heeft onbekende opvolger '{audience.successor}'")
            for key in getattr(audience, "portfolios", ()):
                if key not in self.portfolios:
                    raise ValueError(f"'{audience.id}' noemt onbekende portefeuille '{key}'")
            seen = {audience.id}
            nxt = audience.successor
            while nxt is not None:
                if nxt in seen:
                    raise ValueError(f"de opvolgers van '{audience.id}' vormen een kring")
                seen.add(nxt)
                nxt = self.by_id[nxt].successor

    # -- lookup ------------------------------------------------------------------------

    def __contains__(self, audience_id: object) -> bool:
        return audience_id in self.by_id

    def __getitem__(self, audience_id: str) -> Audience:
        return self.by_id[audience_id]

    def __iter__(self):
        """Organisations and roles valid today, each organisation followed by its roles."""
        return iter(self.valid_on(dt.date.today()))

    @property
    def cities(self) -> list[City]:
        return self.cities_on(dt.date.today())

    @property
    def ministries(self) -> list[Ministry]:
        return self.ministries_on(dt.date.today())

    def cities_on(self, day: dt.date) -> list[City]:
        """The member cities on *day* (Amstelveen from 1 July 2022)."""
        return [c for c in self.all_cities if c.valid_on(day)]

    def ministries_on(self, day: dt.date) -> list[Ministry]:
        return [m for m in self.all_ministries if m.valid_on(day)]

    def organisation(self, audience_id: str) -> Organisation | None:
        audience = self.by_id.get(audience_id)
        return audience.organisation if isinstance(audience, Role) else audience

    def valid_on(self, day: dt.date) -> list[Audience]:
        out: list[Audience] = []
        for org in [*self.all_cities, *self.all_ministries]:
            if org.valid_on(day):
                out.append(org)
                out += [r for r in org.roles if r.valid_on(day)]
        return out

    def search(self, query: str, day: dt.date | None = None) -> list[Audience]:
        """Organisations and roles valid on *day* (today) whose ID, name or province has every word (accents ignored)."""
        groups = search_groups(query)
        found = []
        for audience in self.valid_on(day or dt.date.today()):
            if isinstance(audience, Role) and audience.kind == RoleKind.MINISTER:
                continue  # the ministry itself stands for its minister
            org = self.organisation(audience.id)
            hay = fold(f"{audience.id} {audience.display_name} {getattr(org, 'province', '')}")
            if matches(hay, groups):
                found.append(audience)
        return found

    # -- dates ---------------------------------------------------------------------------

    def is_valid(self, audience_id: str, day: dt.date) -> bool:
        audience = self.by_id[audience_id]
        org = self.organisation(audience_id)
        return audience.valid_on(day) and (org is None or org.valid_on(day))

    def successor(self, audience_id: str, day: dt.date) -> str | None:
        """The first successor (following the chain) that is valid on *day*."""
        nxt = self._successor_of(audience_id)
        while nxt is not None:
            if self.is_valid(nxt, day):
                return nxt
            nxt = self._successor_of(nxt)
        return None

    def _successor_of(self, audience_id: str) -> str | None:
        audience = self.by_id[audience_id]
        if audience.successor:
            return audience.successor
        if isinstance(audience, Role) and not audience.organisation.valid_on(dt.date.max):
            return audience.organisation.successor  # a role of a ceased organisation
        return None

    def notice(self, audience_id: str, day: dt.date) -> Notice | None:
        """A Dutch warning when *audience_id* is not valid on *day*, with a proposed successor."""
        if audience_id not in self.by_id or self.is_valid(audience_id, day):
            return None
        audience = self.by_id[audience_id]
        org = self.organisation(audience_id)
        name = audience.display_name_on(day)
        ends = [d for d in (audience.valid_until, org.valid_until if org else None) if d]
        starts = [d for d in (audience.valid_from, org.valid_from if org else None) if d and d > day]
        short_name = audience.title_on(day) if isinstance(audience, Role) else audience.short_name_on(day)
        if isinstance(org, City) and not org.member_on(day):
            why = f"was op {dutch_date(day)} nog geen lid van de G40 (lid sinds {_since(org)})"
            successor = None
        elif starts:
            why = f"bestond op {dutch_date(day)} nog niet (pas vanaf {dutch_date(min(starts))})"
            successor = None
        else:
            why = f"bestaat sinds {dutch_date(min(ends))} niet meer" if ends else f"is niet geldig op {dutch_date(day)}"
            successor = self.successor(audience_id, day)
        message, short = f"'{name}' {why}", f"{short_name} {why}"
        if successor:
            proposed = self.by_id[successor].display_name_on(day)
            message += f"; voorgesteld: {proposed} (ID {successor})"
            short += f"; voorgesteld: {proposed}"
        return Notice(audience=audience_id, message=message, successor=successor, short=short)

    def holder(self, tag: str, portfolio: str | None, day: dt.date) -> Holder | None:
        """Who holds *portfolio* (an agenda ministry *tag* plus its portfolio key) on *day*.

        A role that names the portfolio and is valid that day wins; otherwise the tag's
        ministry (or its successor) and its minister.
        """
        if portfolio:
            for org in self.all_ministries:
                if not org.valid_on(day):
                    continue
                for role in org.roles:
                    if portfolio in role.portfolios and role.valid_on(day):
                        return Holder(organisation=org.id, role=role.id)
        if tag not in self.by_id:
            return None
        org_id = tag if self.is_valid(tag, day) else self.successor(tag, day)
        if org_id is None:
            return None
        org = self.organisation(org_id)
        if isinstance(self.by_id[org_id], Role):
            return Holder(organisation=org.id, role=org_id)
        minister = org.role(RoleKind.MINISTER, day)
        return Holder(organisation=org.id, role=minister.id if minister else None)

    def addressees(self, tags: dict[str, str | None], day: dt.date) -> list[Holder]:
        """Who a demand with these ministry *tags* (tag -> portfolio) is for on *day*: the holder of
        each tag's portfolio, named as on that day, each once, in tag order. A ministry's own
        minister is named by the ministry ('VRO' for a housing demand tagged BZK in 2025); a
        "minister voor …" by the role and its ministry."""
        out: list[Holder] = []
        for tag, portfolio in tags.items():
            held = self.holder(tag, portfolio, day)
            if held is None:  # a tag this data does not know: named as tagged
                held = Holder(organisation=tag, role=None, name=tag.split(":", 1)[-1].upper())
            else:
                held.name = self.holder_name(held, day)
            if all(h.name != held.name for h in out):
                out.append(held)
        return out

    def holder_name(self, held: Holder, day: dt.date) -> str:
        """How a note names a holder on *day*: the ministry for its minister, else the role and its ministry."""
        org = self.organisation(held.organisation)
        role = self.by_id.get(held.role) if held.role else None
        if org is None:
            return held.organisation
        if isinstance(role, Role) and role.kind != RoleKind.MINISTER:
            return f"{role.title_on(day)} ({org.short_name_on(day)})"
        return org.short_name_on(day)

    def holder_names(self, tags: dict[str, str | None], day: dt.date) -> list[str]:
        """The names of :meth:`addressees`."""
        return [h.name for h in self.addressees(tags, day)]

    def desks(self, day: dt.date) -> list[Holder]:
        """Everyone an agenda demand can be addressed to on *day*, in file order: each ministry valid
        that day (for its minister) followed by its "ministers voor" who hold an agenda portfolio.
        The matrix has a column for each."""
        out: list[Holder] = []
        for org in self.all_ministries:
            if not org.valid_on(day):
                continue
            minister = org.role(RoleKind.MINISTER, day)
            out.append(Holder(organisation=org.id, role=minister.id if minister else None, name=org.short_name_on(day)))
            for role in org.roles:
                if role.kind != RoleKind.MINISTER and role.portfolios and role.valid_on(day):
                    held = Holder(organisation=org.id, role=role.id)
                    held.name = self.holder_name(held, day)
                    out.append(held)
        return out

    def addresses(self, audience_id: str, tags: dict[str, str | None], day: dt.date) -> bool:
        """Whether a demand with these ministry *tags* (tag -> portfolio) is for *audience_id* on *day*."""
        audience = self.by_id.get(audience_id)
        for tag, portfolio in tags.items():
            held = self.holder(tag, portfolio, day)
            if held is None:  # no one holds it that day: the tag as written
                if tag == audience_id:
                    return True
                continue
            if isinstance(audience, Role) and held.role == audience_id:
                return True
            if not isinstance(audience, Role) and held.organisation == audience_id:
                return True
        return False


def _since(city: City) -> str:
    """'1 juli 2022', or '2018' for a membership known by its year only."""
    since = city.member_since or ""
    return dutch_date(city.member_from) if len(since) == 10 and city.member_from else since


def parse_audiences(data: object, path: Path) -> AudiencesFile:
    try:
        return AudiencesFile.model_validate(data)
    except ValidationError as exc:
        raise pydantic_error(exc, path) from None


def build_audiences(data: AudiencesFile, path: Path) -> Audiences:
    try:
        return Audiences(data)
    except ValueError as exc:
        raise G40Error(str(exc), path) from None


def portfolio_tags(catalogue, entry_id: str) -> dict[str, str | None]:
    """A demand's ministry tags with the portfolio each stands for (addressees.json
    'ministry_portfolios': the demand's own entry wins over its theme's; '' means none)."""
    entry = catalogue[entry_id]
    maps = getattr(catalogue, "ministry_portfolios", {})
    out: dict[str, str | None] = {}
    for tag in entry.ministries:
        key = maps.get(entry.id, {}).get(tag)
        if key is None:
            key = maps.get(entry.theme or "", {}).get(tag)
        out[tag] = key or None
    return out


def notices(audiences: Audiences, audience_ids: list[str], day: dt.date | None = None) -> list[Notice]:
    """Warnings for the audiences of a pack that are not valid on *day* (default today)."""
    day = day or dt.date.today()
    return [n for n in (audiences.notice(a, day) for a in audience_ids) if n is not None]
