"""The shape of audience data: organisations (cities, ministries), their roles, names and dates.

An organisation and each role in it have a validity period (``valid_from`` inclusive,
``valid_until`` exclusive: the day the next cabinet or the successor starts) and an optional
``successor``. A rename keeps the ID (``names``). Validated with pydantic; docs/audiences.md.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

FORMAT = "g40desk-audiences"
VERSION = 2
MAX_POPULATION = 100_000_000  # inhabitants of one city: bounds what the facts store and an audience file accept
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_YEAR = re.compile(r"^[12][0-9]{3}$")
_Text = Field(default=None, max_length=10_000)


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


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
    member_since: str | None = Field(default=None, max_length=20)  # '2018' or '2022-07-01'
    population: int | None = Field(default=None, ge=0, le=MAX_POPULATION)

    @field_validator("member_since")
    @classmethod
    def _member_since(cls, value: str | None) -> str | None:
        if value and not (_YEAR.match(value) or _day(value)):
            raise ValueError("'member_since' is een jaar (2018) of een datum (2022-07-01)")
        return value or None

    @property
    def member_from(self) -> dt.date | None:
        """The first day the city counts as a G40 member; a year alone counts from 1 January."""
        if not self.member_since:
            return None
        return _day(self.member_since) or dt.date(int(self.member_since), 1, 1)

    def member_on(self, day: dt.date) -> bool:
        return self.member_from is None or self.member_from <= day

    def valid_on(self, day: dt.date) -> bool:
        """A city is an audience while it exists and is a member: lists by date leave it out before."""
        return super().valid_on(day) and self.member_on(day)

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
