"""The briefing pack an advisor assembles: audiences, meeting, and tailored items."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal
from uuid import uuid4

from pydantic import BaseModel, ConfigDict, Field, field_validator

from g40desk.core.agenda.catalogue import AGENDA_ID

SCHEMA_VERSION = 6
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


class OtherAsks(StrEnum):
    """What a ministry's note does with asks addressed to others on the meeting date."""

    GROUP = "group"  # after its own, under "Ook van belang voor …"
    OMIT = "omit"  # left out


_Text = Field(default=None, max_length=MAX_TEXT)

# Who a text is written for: one audience of the pack (its ID) or every audience ("alle doelgroepen").
ALL_AUDIENCES = "*"
OWNER_PATTERN = r"^(\*|(city|ministry):[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)?)$"
Owner = Annotated[str, Field(pattern=OWNER_PATTERN, max_length=200)]
# The texts of an item that belong to an owner (core/pack/owners.py resolves and selects them).
OwnedField = Literal["text", "context", "talking_points"]
OWNED_FIELDS: tuple[str, ...] = ("text", "context", "talking_points")


def sees(owner: str, audience_id: str | None) -> bool:
    """Whether text owned by *owner* belongs in the note for *audience_id*: its own text and text for all."""
    return owner == ALL_AUDIENCES or owner == audience_id


class Owned(BaseModel):
    """Something written for one audience of the pack, or for all of them (``ALL_AUDIENCES``).

    Subclass it for anything local that a note selects by owner (docs/pack-format.md, *Owners*).
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    owner: Owner = ALL_AUDIENCES


def _check_points(value: list[str] | None) -> list[str] | None:
    if value is not None and any(len(p) > MAX_TEXT for p in value):
        raise ValueError(f"een gesprekspunt is langer dan {MAX_TEXT} tekens")
    return value


class Override(BaseModel):
    """What one audience gets instead: wording, context, talking points, priority (None: as for all)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    text: str | None = _Text
    context: str | None = _Text
    talking_points: list[str] | None = Field(default=None, max_length=MAX_POINTS)
    priority: Priority | None = None

    @field_validator("talking_points")
    @classmethod
    def _points_length(cls, value: list[str] | None) -> list[str] | None:
        return _check_points(value)


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

    ``note`` is internal: it is kept in the pack file and never exported. ``owners`` says
    whose ``text``, ``context`` and ``talking_points`` are (an audience ID or ALL_AUDIENCES);
    ``overrides`` hold what one audience gets instead.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    ref: str
    text: str | None = _Text
    context: str | None = _Text
    talking_points: list[str] = Field(default_factory=list, max_length=MAX_POINTS)
    priority: Priority | None = None
    status: Status | None = None
    note: str | None = _Text
    owners: dict[OwnedField, Owner] = Field(default_factory=dict)
    overrides: dict[str, Override] = Field(default_factory=dict)
    outcomes: dict[str, Outcome] = Field(default_factory=dict)  # per audience ID: owned by that audience

    @field_validator("talking_points")
    @classmethod
    def _points_length(cls, value: list[str]) -> list[str]:
        return _check_points(value)

    def has_own_work(self) -> bool:
        """True when the advisor changed anything (wording, context, points, note, status…)."""
        owned = {k: v for k, v in self.owners.items() if getattr(self, k)}  # an owner of nothing is no work
        return self.model_copy(update={"owners": owned}) != Item(ref=self.ref)

    def effective(self, audience_id: str | None) -> Override:
        """Priority for one audience, its override applied. Texts are selected by owner:
        core/pack/owners.local."""
        over = self.overrides.get(audience_id or "", Override())
        return Override(priority=over.priority or self.priority)


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
    participants_owner: Owner | None = None  # None: as core/pack/owners.default_owner says
    participants_for: dict[str, str] = Field(default_factory=dict)  # audience -> its own participants
    purpose: str = Field(default="", max_length=MAX_TEXT)
    held: Held | None = None

    @property
    def day(self) -> dt.date | None:
        """The date an outcome is known by: the day it was held, else the day it was planned."""
        return (self.held.date if self.held else None) or self.date

    @field_validator("participants_for")
    @classmethod
    def _participants_length(cls, value: dict[str, str]) -> dict[str, str]:
        if any(len(t) > MAX_TEXT for t in value.values()):
            raise ValueError(f"een tekst is langer dan {MAX_TEXT} tekens")
        return value


class RecallKind(StrEnum):
    PROMISE = "promise"
    ACTION = "action"


class Recall(Owned):
    """A promise or open action from the last meeting with an audience, in this pack's "Terugblik".

    A copy made when the pack was started: the earlier pack stays as it is. Its owner is the
    audience of that meeting, so it appears in that audience's note only.
    """

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
    other_asks: OtherAsks = OtherAsks.GROUP


class AgendaStamp(BaseModel):
    """Which agenda (ID and version) the pack was made or last reviewed with.

    ``texts`` holds the agenda text of each item at that time, so a later version can show
    what changed word by word; ``known`` the entries of the pack's themes then, so new ones
    can be told apart; ``kept`` the outdated entries the review no longer asks about;
    ``reasons`` why the advisor keeps an outdated entry on purpose (printed beside it in the
    note; without a reason the export refuses the pack).
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    id: str = Field(pattern=AGENDA_ID)
    version: int = Field(ge=1)
    texts: dict[str, str] = Field(default_factory=dict)
    known: list[str] = Field(default_factory=list)
    kept: list[str] = Field(default_factory=list)
    reasons: dict[str, str] = Field(default_factory=dict)

    @field_validator("texts", "reasons")
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
    owner: Owner | None = None  # None: as core/pack/owners.default_owner says


class TextRef(BaseModel):
    """Where a text of the pack lives: an item's field (``ref``), or the meeting's participants
    (``ref`` = "meeting"); ``audience`` for what one audience gets instead (an override)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ref: str = Field(max_length=200)
    field: Literal["text", "context", "talking_points", "participants"]
    audience: str | None = Field(default=None, max_length=200)


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
    # Made by duplicating a pack for another audience: the audiences it was written for before.
    origin: list[str] = Field(default_factory=list, max_length=MAX_AUDIENCES)
    # Texts copied across from another audience on a duplicate: "nog nakijken", refused by export.
    to_check: list[TextRef] = Field(default_factory=list, max_length=MAX_ITEMS * 4)
    # Fingerprints (core/pack/owners.fingerprint) of texts the advisor confirmed are meant for every audience.
    confirmed: list[str] = Field(default_factory=list, max_length=MAX_ITEMS * 4)
    # Set when a pack of an older schema with several audiences got "alle doelgroepen" as owner of its texts.
    review_owners: bool = False

    def item(self, ref: str) -> Item | None:
        return next((i for i in self.items if i.ref == ref), None)

    def refs(self) -> list[str]:
        return [i.ref for i in self.items]
