"""Who a briefing is for: organisations (cities, ministries) and the roles inside them, with dates.

An organisation and each role in it have a validity period (``valid_from`` inclusive,
``valid_until`` exclusive: the day the next cabinet or the successor starts) and an optional
``successor``. A ministry can be renamed without changing its ID (``names``), so packs made
for ``ministry:ezk`` keep working through EZK -> EZ -> EZK. Which role holds an agenda
portfolio on a date is answered by :meth:`Audiences.holder` (docs/audiences.md).

The built-in data is ``data/audiences.json``; the user's additions and edits live in
``audiences.json`` in the user's data folder and are merged over it (:mod:`audience_store`).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator

from g40desk.core.errors import G40Error, pydantic_error
from g40desk.core.jsonfile import read_json
from g40desk.core.text import fold
from g40desk.resources import data_file

FORMAT = "g40desk-audiences"
VERSION = 2
MAX_FILE_BYTES = 5_000_000
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_Text = Field(default=None, max_length=10_000)


class AudienceKind(StrEnum):
    CITY = "city"
    MINISTRY = "ministry"
    ROLE = "role"


class RoleKind(StrEnum):
    MINISTER = "minister"
    MINISTER_VOOR = "minister_voor"
    STAATSSECRETARIS = "staatssecretaris"
    BURGEMEESTER = "burgemeester"
    WETHOUDER = "wethouder"


ROLE_KIND_LABELS = {
    RoleKind.MINISTER: "minister",
    RoleKind.MINISTER_VOOR: "minister voor …",
    RoleKind.STAATSSECRETARIS: "staatssecretaris",
    RoleKind.BURGEMEESTER: "burgemeester",
    RoleKind.WETHOUDER: "wethouder",
}


class Dated(BaseModel):
    """Something valid from one day (inclusive) until another (exclusive)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    sources: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _period(self):
        if self.valid_from and self.valid_until and self.valid_until <= self.valid_from:
            raise ValueError("'valid_until' moet na 'valid_from' liggen")
        return self

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_until is None or day < self.valid_until)


class Name(Dated):
    """A name an organisation or a role carried for a while (a rename keeps the ID)."""

    name: str = Field(min_length=1, max_length=300)
    abbreviation: str | None = Field(default=None, max_length=30)


class _Named(Dated):
    names: list[Name] = Field(default_factory=list)
    successor: str | None = None
    notes: str | None = _Text

    def _name_on(self, day: dt.date | None) -> Name | None:
        day = day or dt.date.today()
        return next((n for n in self.names if n.valid_on(day)), None)


class Role(_Named):
    """A post inside an organisation that a pack can address, with an optional person."""

    id: str
    kind: RoleKind
    title: str = Field(default="", max_length=300)
    portfolio: str | None = Field(default=None, max_length=300)
    portfolios: list[str] = Field(default_factory=list)
    person: str | None = Field(default=None, max_length=300)
    _organisation: City | Ministry | None = PrivateAttr(default=None)

    @field_validator("id")
    @classmethod
    def _role_id(cls, value: str) -> str:
        org, _, slug = value.partition("/")
        if not org.startswith(("city:", "ministry:")) or not _SLUG.match(slug):
            raise ValueError("een rol-ID is '<organisatie-ID>/<naam>', bv. 'ministry:bzk/minister-vro'")
        return value

    @property
    def organisation(self) -> City | Ministry:
        assert self._organisation is not None, "role not placed in Audiences"
        return self._organisation

    def title_on(self, day: dt.date | None = None) -> str:
        named = self._name_on(day)
        if named:
            return named.name
        if self.title:
            return self.title
        org = self.organisation
        base = org.name_on(day).removeprefix("Ministerie van ").removeprefix("Gemeente ")
        if self.kind == RoleKind.MINISTER:
            return f"minister van {base}"
        if self.kind == RoleKind.WETHOUDER and self.portfolio:
            return f"wethouder {self.portfolio}"
        return ROLE_KIND_LABELS[self.kind]

    @property
    def name(self) -> str:
        return self.title_on()

    @property
    def display_name(self) -> str:
        return self.display_name_on()

    def display_name_on(self, day: dt.date | None = None) -> str:
        person = f", {self.person}" if self.person else ""
        return f"{self.title_on(day)} ({self.organisation.short_name_on(day)}){person}"


class _Organisation(_Named):
    id: str
    name: str = Field(min_length=1, max_length=300)
    roles: list[Role] = Field(default_factory=list)
    contact: str | None = _Text

    def name_on(self, day: dt.date | None = None) -> str:
        named = self._name_on(day)
        return named.name if named else self.name

    def short_name_on(self, day: dt.date | None = None) -> str:
        return self.name_on(day)

    def role(self, kind: RoleKind, day: dt.date | None = None) -> Role | None:
        day = day or dt.date.today()
        return next((r for r in self.roles if r.kind == kind and r.valid_on(day)), None)

    def person(self, kind: RoleKind, day: dt.date | None = None) -> str | None:
        role = self.role(kind, day)
        return role.person if role else None

    @property
    def display_name(self) -> str:
        return self.display_name_on()


class City(_Organisation):
    """A member city; population and the people in its roles are filled in by users."""

    province: str = Field(max_length=100)
    member_since: str | None = Field(default=None, max_length=20)
    population: int | None = Field(default=None, ge=0, le=100_000_000)

    @model_validator(mode="before")
    @classmethod
    def _legacy_people(cls, data):
        """Files before version 2 kept 'mayor' and 'alderman' as plain fields."""
        if isinstance(data, dict) and ("mayor" in data or "alderman" in data):
            data = dict(data)
            roles = list(data.get("roles") or [])
            for key, kind in (("mayor", "burgemeester"), ("alderman", "wethouder")):
                person = data.pop(key, None)
                if person:
                    roles.append({"id": f"{data.get('id')}/{kind}", "kind": kind, "person": person})
            data["roles"] = roles
        return data

    @field_validator("id")
    @classmethod
    def _city_id(cls, value: str) -> str:
        if not value.startswith("city:") or not _SLUG.match(value[5:]):
            raise ValueError("een stad-ID begint met 'city:' gevolgd door kleine letters, cijfers of '-'")
        return value

    @property
    def kind(self) -> AudienceKind:
        return AudienceKind.CITY

    @property
    def mayor(self) -> str | None:
        return self.person(RoleKind.BURGEMEESTER)

    @property
    def alderman(self) -> str | None:
        return self.person(RoleKind.WETHOUDER)

    def display_name_on(self, day: dt.date | None = None) -> str:
        return self.name_on(day)


class Ministry(_Organisation):
    abbreviation: str = Field(min_length=1, max_length=30)

    @model_validator(mode="before")
    @classmethod
    def _legacy_minister(cls, data):
        if isinstance(data, dict) and "minister" in data:
            data = dict(data)
            person = data.pop("minister")
            if person:
                data["roles"] = [*(data.get("roles") or []),
                                 {"id": f"{data.get('id')}/minister", "kind": "minister", "person": person}]
        return data

    @field_validator("id")
    @classmethod
    def _ministry_id(cls, value: str) -> str:
        if not value.startswith("ministry:") or not _SLUG.match(value[9:]):
            raise ValueError("een ministerie-ID begint met 'ministry:' gevolgd door kleine letters, cijfers of '-'")
        return value

    @property
    def kind(self) -> AudienceKind:
        return AudienceKind.MINISTRY

    @property
    def minister(self) -> str | None:
        return self.person(RoleKind.MINISTER)

    def abbreviation_on(self, day: dt.date | None = None) -> str:
        named = self._name_on(day)
        return named.abbreviation if named and named.abbreviation else self.abbreviation

    def short_name_on(self, day: dt.date | None = None) -> str:
        return self.abbreviation_on(day)

    def display_name_on(self, day: dt.date | None = None) -> str:
        return f"{self.name_on(day)} ({self.abbreviation_on(day)})"


Organisation = City | Ministry
Audience = City | Ministry | Role


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(max_length=500)
    url: str | None = Field(default=None, max_length=2000)
    date: str | None = Field(default=None, max_length=20)


class AudiencesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: str = FORMAT
    version: int = VERSION
    about: str = ""
    sources: dict[str, Source] = Field(default_factory=dict)
    portfolios: dict[str, str] = Field(default_factory=dict)
    cities: list[City] = Field(default_factory=list)
    ministries: list[Ministry] = Field(default_factory=list)

    @field_validator("format")
    @classmethod
    def _format(cls, value: str) -> str:
        if value != FORMAT:
            raise ValueError(f"geen g40desk-doelgroepenbestand (verwacht '{FORMAT}')")
        return value

    @field_validator("version")
    @classmethod
    def _version(cls, value: int) -> int:
        if value > VERSION:
            raise ValueError(f"gemaakt met een nieuwere g40desk (versie {value}, deze kent tot {VERSION}); werk g40desk bij")
        return value


class Holder(BaseModel):
    """Who holds an agenda portfolio on a day: the organisation and the role in it."""

    organisation: str
    role: str | None


class Notice(BaseModel):
    """Why an audience is not valid on a day, and what to address instead."""

    audience: str
    message: str
    successor: str | None


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
        self.user_file: Path | None = None
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
        today = dt.date.today()
        return [c for c in self.all_cities if c.valid_on(today)]

    @property
    def ministries(self) -> list[Ministry]:
        today = dt.date.today()
        return [m for m in self.all_ministries if m.valid_on(today)]

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

    def search(self, query: str) -> list[Audience]:
        """Organisations and roles valid today whose ID, name or province has every word (accents ignored)."""
        words = fold(query).split()
        found = []
        for audience in self:
            if isinstance(audience, Role) and audience.kind == RoleKind.MINISTER:
                continue  # the ministry itself stands for its minister
            org = self.organisation(audience.id)
            hay = fold(f"{audience.id} {audience.display_name} {getattr(org, 'province', '')}")
            if all(w in hay for w in words):
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
        if starts:
            message = f"'{name}' bestond op {_dutch(day)} nog niet (pas vanaf {_dutch(min(starts))})"
            successor = None
        else:
            message = f"'{name}' bestaat sinds {_dutch(min(ends))} niet meer" if ends else f"'{name}' is niet geldig op {_dutch(day)}"
            successor = self.successor(audience_id, day)
            if successor:
                message += f"; voorgesteld: {self.by_id[successor].display_name_on(day)} (ID {successor})"
        return Notice(audience=audience_id, message=message, successor=successor)

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

    def addresses(self, audience_id: str, tags: dict[str, str | None], day: dt.date) -> bool:
        """Whether a demand with these ministry *tags* (tag -> portfolio) is for *audience_id* on *day*."""
        if audience_id in tags:
            return True
        audience = self.by_id.get(audience_id)
        for tag, portfolio in tags.items():
            held = self.holder(tag, portfolio, day)
            if held is None:
                continue
            if isinstance(audience, Role) and held.role == audience_id:
                return True
            if not isinstance(audience, Role) and held.organisation == audience_id:
                return True
        return False


_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
           "augustus", "september", "oktober", "november", "december"]


def _dutch(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


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


def load_audiences(path: Path | None = None, user_file: Path | None = None) -> Audiences:
    """The built-in audiences (or *path*) with the user's own file merged over them.

    Without arguments the user's file in the data folder is used when it exists; if it
    is unusable the built-in data is returned and ``user_problem`` says why, in one line.
    An explicitly given *user_file* that is unusable raises G40Error.
    """
    from g40desk.core.audience_store import default_user_file, merge_user_file

    base_path = path or data_file("audiences.json")
    base = parse_audiences(read_json(base_path, max_bytes=MAX_FILE_BYTES), base_path)
    audiences = build_audiences(base, base_path)
    if user_file is not None:
        return merge_user_file(base, user_file)
    if path is None:
        default = default_user_file()
        if default.exists():
            try:
                return merge_user_file(base, default)
            except G40Error as exc:
                audiences.user_problem = f"{exc}; uw eigen doelgroepgegevens zijn niet geladen"
    return audiences


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


def period_starts(audiences: Audiences) -> list[dt.date]:
    """Every day on which some organisation, role or name changes, in order."""
    days = set()
    for audience in audiences.by_id.values():
        for dated in (audience, *audience.names):
            days.update(d for d in (dated.valid_from, dated.valid_until) if d)
    return sorted(days)


def mapping_rows(audiences: Audiences, catalogue, since: dt.date) -> list[tuple[str, str, str, str, str]]:
    """(tag, portfolio, from, until, holder) for every agenda tag and portfolio since *since*:
    the table in docs/audiences.md."""
    pairs = sorted({(tag, key or "") for d in catalogue.entries.values() if d.ministries
                    for tag, key in portfolio_tags(catalogue, d.id).items()})
    starts = [since, *[d for d in period_starts(audiences) if d > since]]
    rows = []
    for tag, key in pairs:
        current: tuple[str, dt.date] | None = None
        for i, day in enumerate(starts):
            held = audiences.holder(tag, key or None, day)
            text = _holder_text(audiences, held, day)
            if current is None or text != current[0]:
                if current is not None:
                    rows.append((tag, key, current[1].isoformat(), day.isoformat(), current[0]))
                current = (text, day)
            if i == len(starts) - 1:
                rows.append((tag, key, current[1].isoformat(), "", current[0]))
    return rows


def _holder_text(audiences: Audiences, held: Holder | None, day: dt.date) -> str:
    if held is None:
        return "(niemand)"
    if held.role:
        return f"{audiences[held.role].display_name_on(day)} — `{held.role}`"
    return f"{audiences[held.organisation].display_name_on(day)} — `{held.organisation}`"


def notices(audiences: Audiences, audience_ids: list[str], day: dt.date | None = None) -> list[Notice]:
    """Warnings for the audiences of a pack that are not valid on *day* (default today)."""
    day = day or dt.date.today()
    return [n for n in (audiences.notice(a, day) for a in audience_ids) if n is not None]


def audiences_json(audiences: Audiences, day: dt.date) -> list[dict]:
    """The organisations valid on *day*, each with its roles valid that day (CLI --json)."""
    rows = []
    for org in [*audiences.all_cities, *audiences.all_ministries]:
        if not org.valid_on(day):
            continue
        row = {"id": org.id, "kind": org.kind.value, "name": org.name_on(day)}
        if isinstance(org, Ministry):
            row["abbreviation"] = org.abbreviation_on(day)
        dumped = org.model_dump(mode="json", exclude_none=True, exclude={"roles", "names", "name", "abbreviation"})
        row.update({k: v for k, v in dumped.items() if v not in ([], None) and k not in row})
        row["roles"] = [
            {"id": r.id, "kind": r.kind.value, "title": r.title_on(day),
             **r.model_dump(mode="json", exclude_none=True, include={"portfolio", "portfolios", "person", "valid_from",
                                                                      "valid_until", "successor", "sources"})}
            for r in org.roles if r.valid_on(day)]
        rows.append(row)
    return rows
