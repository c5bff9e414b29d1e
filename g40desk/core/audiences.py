"""Who a briefing is for: G40 member cities and national ministries."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from g40desk.core.errors import G40Error, pydantic_error
from g40desk.core.jsonfile import read_json
from g40desk.core.text import fold
from g40desk.resources import data_file


class AudienceKind(StrEnum):
    CITY = "city"
    MINISTRY = "ministry"


class City(BaseModel):
    """A member city; the optional facts are filled in by users and kept with the data."""

    model_config = ConfigDict(extra="forbid")

    id: str
    name: str
    province: str
    member_since: str | None = None
    population: int | None = Field(default=None, ge=0)
    mayor: str | None = None
    alderman: str | None = None
    contact: str | None = None
    notes: str | None = None

    @field_validator("id")
    @classmethod
    def _city_id(cls, value: str) -> str:
        if not value.startswith("city:"):
            raise ValueError("een stad-ID begint met 'city:'")
        return value

    @property
    def kind(self) -> AudienceKind:
        return AudienceKind.CITY

    @property
    def display_name(self) -> str:
        return self.name


class Ministry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    abbreviation: str
    name: str
    minister: str | None = None
    notes: str | None = None

    @field_validator("id")
    @classmethod
    def _ministry_id(cls, value: str) -> str:
        if not value.startswith("ministry:"):
            raise ValueError("een ministerie-ID begint met 'ministry:'")
        return value

    @property
    def kind(self) -> AudienceKind:
        return AudienceKind.MINISTRY

    @property
    def display_name(self) -> str:
        return f"{self.name} ({self.abbreviation})"


Audience = City | Ministry


class AudiencesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    about: str = ""
    cities: list[City]
    ministries: list[Ministry]


class Audiences:
    """All audiences by ID, cities first, in file order."""

    def __init__(self, data: AudiencesFile):
        self.cities = list(data.cities)
        self.ministries = list(data.ministries)
        self.by_id: dict[str, Audience] = {}
        for audience in [*self.cities, *self.ministries]:
            if audience.id in self.by_id:
                raise ValueError(f"doelgroep-ID '{audience.id}' komt twee keer voor")
            self.by_id[audience.id] = audience

    def __contains__(self, audience_id: str) -> bool:
        return audience_id in self.by_id

    def __getitem__(self, audience_id: str) -> Audience:
        return self.by_id[audience_id]

    def __iter__(self):
        return iter(self.by_id.values())

    def search(self, query: str) -> list[Audience]:
        words = fold(query).split()
        found = []
        for audience in self:
            hay = fold(f"{audience.id} {audience.display_name} {getattr(audience, 'province', '')}")
            if all(w in hay for w in words):
                found.append(audience)
        return found


def load_audiences(path: Path | None = None) -> Audiences:
    path = path or data_file("audiences.json")
    try:
        data = AudiencesFile.model_validate(read_json(path))
        return Audiences(data)
    except ValidationError as exc:
        raise pydantic_error(exc, path) from None
    except ValueError as exc:
        raise G40Error(str(exc), path) from None
