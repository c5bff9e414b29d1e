"""The briefing pack an advisor assembles: audiences, meeting, and tailored items."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from uuid import uuid4

from pydantic import BaseModel, ConfigDict, Field, field_validator

from g40desk.core.agenda.catalogue import AGENDA_ID

SCHEMA_VERSION = 3
MAX_TEXT = 1_000_000  # characters in one field; far beyond any real note
# Counts that bound the work an export does (the agenda has ~120 entries; a demand has a
# handful of talking points). A pack file is also capped at 20 MB (storage.MAX_PACK_BYTES).
MAX_ITEMS = 1_000
MAX_POINTS = 1_000  # talking points in one item
MAX_ALL_POINTS = 20_000  # talking points in the whole pack (checked on load: storage.check_pack)
MAX_OWN = 500  # own demands and goals
MAX_AUDIENCES = 500
MAX_ACTIONS = 100  # follow-up actions of one ask for one audience
MAX_RECALLS = 500  # points in the note's "Terugblik"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Status(StrEnum):
    OPEN = "open"
    RAISED = "raised"
    IN_PROGRESS = "in_progress"
    AGREED = "agreed"
    ACHIEVED = "achieved"
    REJECTED = "rejected"


class Result(StrEnum):
    """What became of an ask at the meeting (Dutch labels: core/pack/outcomes.RESULT_LABELS)."""

    PROMISED = "promised"
    IN_PROGRESS = "in_progress"
    REJECTED = "rejected"
    NO_RESPONSE = "no_response"
    NOT_DISCUSSED = "not_discussed"


class Classification(StrEnum):
    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"


class Form(StrEnum):
    NOTE = "note"
    CARD = "card"


_Text = Field(default=None, max_length=MAX_TEXT)


class Override(BaseModel):
    """What changes for one audience: wording, context, priority."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    text: str | None = _Text
    context: str | None = _Text
    priority: Priority | None = None


class Action(BaseModel):
    """A follow-up agreed at the meeting: what, who, by when, and whether it is done."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    what: str = Field(min_length=1, max_length=MAX_TEXT)
    who: str = Field(default="", max_length=MAX_TEXT)
    due: dt.date | None = None
    done: bool = False


class Outcome(BaseModel):
    """What one audience said to one ask at the meeting, and what follows from it."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    result: Result | None = None
    said: str | None = _Text
    actions: list[Action] = Field(default_factory=list, max_length=MAX_ACTIONS)

    def is_empty(self) -> bool:
        return self.result is None and not (self.said or "").strip() and not self.actions


class Item(BaseModel):
    """A catalogue entry placed in the pack, with its tailoring.

    ``note`` is internal: it is kept in the pack file and never exported.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    ref: str
    text: str | None = _Text
    context: str | None = _Text
    talking_points: list[str] = Field(default_factory=list, max_length=MAX_POINTS)
    priority: Priority | None = None
    status: Status | None = None
    note: str | None = _Text
    overrides: dict[str, Override] = Field(default_factory=dict)
    outcomes: dict[str, Outcome] = Field(default_factory=dict)  # per audience ID: owned by that audience

    @field_validator("talking_points")
    @classmethod
    def _points_length(cls, value: list[str]) -> list[str]:
        if any(len(p) > MAX_TEXT for p in value):
            raise ValueError(f"een gesprekspunt is langer dan {MAX_TEXT} tekens")
        return value

    def has_own_work(self) -> bool:
        """True when the advisor changed anything (wording, context, points, note, status…)."""
        return self != Item(ref=self.ref)

    def effective(self, audience_id: str | None) -> Override:
        """Wording, context and priority for one audience, overrides applied."""
        over = self.overrides.get(audience_id or "", Override())
        return Override(
            text=over.text if over.text is not None else self.text,
            context=over.context if over.context is not None else self.context,
            priority=over.priority or self.priority,
        )


class Held(BaseModel):
    """The meeting as it was held: its date (it may differ from the planned one) and who was there."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    date: dt.date | None = None
    present: str = Field(default="", max_length=MAX_TEXT)


class Meeting(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    date: dt.date | None = None
    place: str = Field(default="", max_length=MAX_TEXT)
    participants: str = Field(default="", max_length=MAX_TEXT)
    purpose: str = Field(default="", max_length=MAX_TEXT)
    held: Held | None = None

    @property
    def day(self) -> dt.date | None:
        """The date an outcome is known by: the day it was held, else the day it was planned."""
        return (self.held.date if self.held else None) or self.date


class RecallKind(StrEnum):
    PROMISE = "promise"
    ACTION = "action"


class Recall(BaseModel):
    """A promise or open action from the last meeting with an audience, in this pack's "Terugblik".

    A copy made when the pack was started: the earlier pack stays as it is. It is owned by
    *audience*, so it appears in that audience's note only.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    audience: str
    kind: RecallKind
    ask: str | None = None  # the ask it concerns, as that pack named it
    label: str = Field(default="", max_length=MAX_TEXT)  # the ask's short title then
    text: str = Field(default="", max_length=MAX_TEXT)  # what was said, or the action
    who: str = Field(default="", max_length=MAX_TEXT)
    due: dt.date | None = None
    source: str = Field(default="", max_length=MAX_TEXT)  # the title of the pack it comes from
    held: dt.date | None = None  # the day of that meeting


class NoteOptions(BaseModel):
    """Which sections the Word note holds; saved with the pack."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    form: Form = Form.NOTE
    key_points: bool = True
    rationale: bool = True
    goals: bool = True
    key_figures: bool = True
    annex: bool = False


class AgendaStamp(BaseModel):
    """Which agenda (ID and version) the pack was made or last reviewed with.

    ``texts`` holds the agenda text of each item at that time, so a later version can show
    what changed word by word; ``known`` the entries of the pack's themes then, so new ones
    can be told apart; ``kept`` the outdated entries the advisor chose to keep.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    id: str = Field(pattern=AGENDA_ID)
    version: int = Field(ge=1)
    texts: dict[str, str] = Field(default_factory=dict)
    known: list[str] = Field(default_factory=list)
    kept: list[str] = Field(default_factory=list)

    @field_validator("texts")
    @classmethod
    def _texts_length(cls, value: dict[str, str]) -> dict[str, str]:
        if any(len(t) > MAX_TEXT for t in value.values()):
            raise ValueError(f"een tekst is langer dan {MAX_TEXT} tekens")
        return value


class OwnKind(StrEnum):
    DEMAND = "demand"
    GOAL = "goal"


class OwnEntry(BaseModel):
    """A demand or goal of the advisor's own, not from the G40 agenda.

    It is placed in the pack like an agenda entry (an item with ``ref`` = ``id``) and is
    cited in exports as the advisor's own input.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    id: str = Field(pattern=r"^own:[a-z0-9][a-z0-9.-]{0,79}$")
    kind: OwnKind = OwnKind.DEMAND
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    theme: str | None = None  # an agenda theme ID; None: under "Eigen inbreng"
    ministries: list[str] = Field(default_factory=list)


class Pack(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    schema_version: int = SCHEMA_VERSION
    id: str = Field(default_factory=lambda: uuid4().hex, pattern=r"^[0-9a-f]{32}$")
    title: str = Field(default="Nieuwe briefing", max_length=MAX_TEXT)
    audiences: list[str] = Field(default_factory=list, max_length=MAX_AUDIENCES)
    meeting: Meeting = Field(default_factory=Meeting)
    author: str = Field(default="", max_length=MAX_TEXT)
    classification: Classification = Classification.INTERNAL
    options: NoteOptions = Field(default_factory=NoteOptions)
    agenda: AgendaStamp | None = None
    own: list[OwnEntry] = Field(default_factory=list, max_length=MAX_OWN)
    items: list[Item] = Field(default_factory=list, max_length=MAX_ITEMS)
    lookback: list[Recall] = Field(default_factory=list, max_length=MAX_RECALLS)

    def item(self, ref: str) -> Item | None:
        return next((i for i in self.items if i.ref == ref), None)

    def refs(self) -> list[str]:
        return [i.ref for i in self.items]
