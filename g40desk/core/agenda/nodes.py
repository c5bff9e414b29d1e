"""The shape of an agenda file: its nodes (core messages, themes, goals, demands, key figures) and side files.

Validated with pydantic on load (core/agenda/catalogue.py reads the files and places the
nodes in a tree).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Kind(StrEnum):
    SECTION = "section"
    QUESTION = "question"
    CORE_MESSAGE = "core_message"
    THEME = "theme"
    GOAL = "goal"
    DEMAND = "demand"
    KEY_FIGURE = "key_figure"


class Pillar(StrEnum):
    SOCIAL = "sociaal"
    ECONOMY_WORK = "economie-werk"
    PHYSICAL = "fysiek"


# Entries an advisor can put in a pack.
PICKABLE = {Kind.THEME, Kind.GOAL, Kind.DEMAND, Kind.KEY_FIGURE}

OWN_GROUP = "own:eigen-inbreng"  # the heading of own entries that belong to no agenda theme
_ID = re.compile(r"^[a-z_]+:[a-z0-9][a-z0-9.-]*$")
AGENDA_ID = r"^[a-z0-9][a-z0-9.-]{0,79}$"
AGENDA_SCHEMA = 2
BUILTIN_ID = "g40-strategische-agenda-2019-2022"
MAX_AGENDA_BYTES = 20_000_000
_TEXT = 200_000  # characters in one field of an agenda


class Outdated(BaseModel):
    """An entry overtaken by events (achterhaald): why, since when, and where that is recorded."""

    model_config = ConfigDict(extra="forbid")
    since: dt.date
    reason: str = Field(min_length=1, max_length=_TEXT)
    source: str = Field(default="", max_length=_TEXT)
    partial: bool = False  # only part of the entry is overtaken


class Retired(BaseModel):
    """An entry taken out of the agenda; it stays in the file so packs can be reviewed."""

    model_config = ConfigDict(extra="forbid")
    since: dt.date | None = None
    reason: str = Field(default="", max_length=_TEXT)


class Correction(BaseModel):
    """A typo of the source fixed in the catalogue, with the original kept."""

    model_config = ConfigDict(extra="forbid")
    original: str
    corrected: str


class Node(BaseModel):
    """One entry of the agenda. Which fields are used depends on ``kind``."""

    model_config = ConfigDict(extra="forbid")

    id: str
    kind: Kind
    title: str | None = None
    text: str | None = None
    summary: str | None = None
    source: str | None = None
    rationale: list[str] = Field(default_factory=list)
    paragraphs: list[str] = Field(default_factory=list)
    closing: list[str] = Field(default_factory=list)
    subpoints: list[str] = Field(default_factory=list)
    corrections: list[Correction] = Field(default_factory=list)
    ministries: list[str] | None = None  # None: from data/addressees.json (built-in agenda)
    pillar: Pillar | None = None
    outdated: Outdated | None = None
    retired: Retired | None = None
    children: list[Node] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"ID '{value}' heeft niet de vorm soort:naam (kleine letters)")
        return value

    def model_post_init(self, _context) -> None:
        if self.kind in (Kind.GOAL, Kind.DEMAND, Kind.QUESTION, Kind.KEY_FIGURE) and not self.text:
            raise ValueError(f"{self.id}: een {self.kind.value} heeft een 'text' nodig")
        if self.kind in (Kind.THEME, Kind.CORE_MESSAGE, Kind.SECTION) and not self.title:
            raise ValueError(f"{self.id}: een {self.kind.value} heeft een 'title' nodig")


class AgendaRef(BaseModel):
    """Which agenda, and which version of it."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=AGENDA_ID)
    version: int = Field(ge=1)


class CatalogueFile(BaseModel):
    """An agenda file: identity and provenance, then the entries."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = Field(default=AGENDA_SCHEMA, ge=1, le=AGENDA_SCHEMA)
    id: str = Field(pattern=AGENDA_ID)
    version: int = Field(ge=1)
    date: str | None = Field(default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")  # adopted or published: JJJJ[-MM[-DD]]
    publisher: str = Field(max_length=_TEXT)
    title: str = Field(max_length=_TEXT)
    subtitle: str = Field(default="", max_length=_TEXT)
    source: str = Field(max_length=_TEXT)  # the source document, as cited in notes
    based_on: AgendaRef | None = None  # the agenda this one was imported or edited from
    changes: str = Field(default="", max_length=_TEXT)  # what changed against based_on
    entries: list[Node]

    @property
    def ref(self) -> AgendaRef:
        return AgendaRef(id=self.id, version=self.version)


class ShortTitlesFile(BaseModel):
    """data/short-titles.json: a short title per catalogue ID, written for people."""

    model_config = ConfigDict(extra="forbid")

    about: str = ""
    titles: dict[str, str]


class AddresseesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    about: str = ""
    theme_pillars: dict[str, Pillar]
    demand_pillars: dict[str, Pillar] = Field(default_factory=dict)
    demand_ministries: dict[str, list[str]]
    ministry_portfolios: dict[str, dict[str, str]] = Field(default_factory=dict)
