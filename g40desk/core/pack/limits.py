"""The pack's limits, checked the same way by the editor, the importers, the CLI and storage.

A pack beyond these would make an export slow or a file the app refuses to open, so every
path into a pack checks them before it changes or writes anything: an edit in the editor
(core/pack/edit.py), a matrix import, an agenda review, ``g40desk new`` and every save.

A refusal is a :class:`Refusal` (which limit, how far over) raised as :class:`PackRefused`,
a G40Error with a Dutch message. Two phrasings exist because two kinds of caller exist:
``Refusal.message`` for an edit the user just tried ("Er kunnen hooguit 1000 onderdelen in
één pakket; er is niets toegevoegd. …"), and ``Refusal.problem`` for a whole pack read from a
file or an import ("te veel gesprekspunten (25000; hooguit 20000 in één pakket)"). The editor
shows neither: it translates the refusal from its fields (gui/support/labels.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from g40desk.core.errors import G40Error
from g40desk.core.pack.model import MAX_ALL_POINTS, MAX_AUDIENCES, MAX_ITEMS, MAX_OWN, MAX_POINTS, MAX_TEXT, Pack


class Limit(StrEnum):
    TEXT = "text"  # characters in one field
    POINTS = "points"  # talking points in one item
    ALL_POINTS = "all_points"  # talking points in the whole pack
    ITEMS = "items"
    AUDIENCES = "audiences"
    OWN = "own"  # own demands and goals


# The fields a text limit can name, with the name the editor shows (Dutch, as in the note).
FIELD_NAMES = {
    "title": "Titel", "author": "Auteur", "meeting.place": "Plaats", "meeting.participants": "Deelnemers",
    "meeting.purpose": "Doel", "text": "Aangepaste tekst", "context": "Lokale context", "note": "Interne notitie",
    "talking_points": "Gesprekspunten", "override.text": "Afwijkende tekst", "override.context": "Afwijkende context",
    "override.talking_points": "Afwijkende gesprekspunten", "meeting.participants_for": "Deelnemers",
    "own.text": "Eigen inbreng", "outcome.said": "Wat is gezegd",
    "outcome.action": "Vervolgactie", "meeting.held": "Aanwezig",
}


@dataclass(frozen=True)
class Refusal:
    """Which limit a change or a pack breaks: *count* where *maximum* is allowed."""

    limit: Limit
    maximum: int
    count: int
    field: str = ""  # for Limit.TEXT: a key of FIELD_NAMES
    ref: str | None = None  # the item it is about, if one

    @property
    def message(self) -> str:
        """The Dutch line for an edit that was not made."""
        if self.limit == Limit.TEXT:
            return (f"{FIELD_NAMES.get(self.field, self.field)}: hooguit {self.maximum} tekens; "
                    "maak de tekst korter of zet een deel in een apart document.")
        if self.limit == Limit.POINTS:
            return f"Gesprekspunten: hooguit {self.maximum} per onderdeel (één per regel)."
        if self.limit == Limit.ALL_POINTS:
            return f"Gesprekspunten: hooguit {self.maximum} in het hele pakket."
        if self.limit == Limit.ITEMS:
            return (f"Er kunnen hooguit {self.maximum} onderdelen in één pakket; er is niets toegevoegd. "
                    "Haal onderdelen weg of verdeel ze over twee pakketten.")
        if self.limit == Limit.AUDIENCES:
            return (f"Er kunnen hooguit {self.maximum} doelgroepen in één pakket; deze is niet toegevoegd. "
                    "Haal eerst een doelgroep weg.")
        return (f"Er kunnen hooguit {self.maximum} eigen eisen en doelen in één pakket; deze is niet toegevoegd. "
                "Haal eerst een eigen eis of doel weg.")

    @property
    def problem(self) -> str:
        """The Dutch line for a whole pack (a file, an import) that is beyond the limit."""
        what = {Limit.TEXT: "tekens", Limit.POINTS: "gesprekspunten", Limit.ALL_POINTS: "gesprekspunten",
                Limit.ITEMS: "onderdelen", Limit.AUDIENCES: "doelgroepen", Limit.OWN: "eigen eisen en doelen"}
        where = {Limit.POINTS: " per onderdeel", Limit.ALL_POINTS: " in één pakket"}.get(self.limit, "")
        if self.limit == Limit.TEXT:
            return f"te lang ({self.count} tekens; hooguit {self.maximum})"
        return f"te veel {what[self.limit]} ({self.count}; hooguit {self.maximum}{where})"


class PackRefused(G40Error):
    """A change or a pack beyond a limit; ``refusal`` says which (the editor translates from it)."""

    def __init__(self, refusal: Refusal, path: Path | str | None = None, field: str | None = None,
                 message: str | None = None):
        self.refusal = refusal
        super().__init__(message or refusal.message, path, field)


# -- single checks: None when within the limit ------------------------------------------
def text(field: str, value: object, ref: str | None = None) -> Refusal | None:
    """A text (or list of texts) for *field* longer than MAX_TEXT characters."""
    texts = list(value.values()) if isinstance(value, dict) else value if isinstance(value, list) else [value]
    longest = max((len(t) for t in texts if isinstance(t, str)), default=0)
    return Refusal(Limit.TEXT, MAX_TEXT, longest, field, ref) if longest > MAX_TEXT else None


def item_points(ref: str, value: list[str]) -> Refusal | None:
    """*value* as the talking points of item *ref*, within MAX_POINTS."""
    return Refusal(Limit.POINTS, MAX_POINTS, len(value), "talking_points", ref) if len(value) > MAX_POINTS else None


def points(pack: Pack, ref: str, value: list[str]) -> Refusal | None:
    """*value* as the talking points of item *ref*: per item, then in the whole pack."""
    if (refusal := item_points(ref, value)) is not None:
        return refusal
    total = sum(len(i.talking_points) for i in pack.items if i.ref != ref) + len(value)
    if total > MAX_ALL_POINTS:
        return Refusal(Limit.ALL_POINTS, MAX_ALL_POINTS, total, "talking_points", ref)
    return None


def items(count: int) -> Refusal | None:
    return Refusal(Limit.ITEMS, MAX_ITEMS, count) if count > MAX_ITEMS else None


def audiences(count: int) -> Refusal | None:
    return Refusal(Limit.AUDIENCES, MAX_AUDIENCES, count) if count > MAX_AUDIENCES else None


def own(count: int) -> Refusal | None:
    return Refusal(Limit.OWN, MAX_OWN, count) if count > MAX_OWN else None


def refuse(refusal: Refusal | None) -> None:
    """Raise PackRefused for an edit, if *refusal* names one."""
    if refusal is not None:
        raise PackRefused(refusal)


# -- the whole pack ----------------------------------------------------------------------
def problems(pack: Pack) -> list[tuple[str, Refusal]]:
    """Every limit *pack* breaks, with the place in the file ("items[3].talking_points")."""
    found: list[tuple[str, Refusal]] = []

    def add(where: str, refusal: Refusal | None) -> None:
        if refusal is not None:
            found.append((where, refusal))

    add("items", items(len(pack.items)))
    add("audiences", audiences(len(pack.audiences)))
    add("own", own(len(pack.own)))
    for name in ("title", "author"):
        add(name, text(name, getattr(pack, name)))
    for name in ("place", "participants", "purpose", "participants_for"):
        add(f"meeting.{name}", text(f"meeting.{name}", getattr(pack.meeting, name)))
    for i, mine in enumerate(pack.own):
        add(f"own[{i}].text", text("own.text", mine.text))
    total = 0
    for i, item in enumerate(pack.items):
        total += len(item.talking_points)
        add(f"items[{i}].talking_points", item_points(item.ref, item.talking_points))
        for name in ("text", "context", "note", "talking_points"):
            add(f"items[{i}].{name}", text(name, getattr(item, name), item.ref))
        for audience_id, over in item.overrides.items():
            where = f"items[{i}].overrides.{audience_id}"
            if over.talking_points is not None:
                add(f"{where}.talking_points", item_points(item.ref, over.talking_points))
            for name in ("text", "context", "talking_points"):
                add(f"{where}.{name}", text(f"override.{name}", getattr(over, name), item.ref))
        for audience_id, outcome in item.outcomes.items():
            add(f"items[{i}].outcomes.{audience_id}.said", text("outcome.said", outcome.said, item.ref))
    if total > MAX_ALL_POINTS:
        add("items", Refusal(Limit.ALL_POINTS, MAX_ALL_POINTS, total, "talking_points"))
    return found


def check(pack: Pack, path: Path | str | None = None) -> None:
    """Raise PackRefused naming the first limit *pack* breaks (file, field, what is too much)."""
    found = problems(pack)
    if found:
        where, refusal = found[0]
        raise PackRefused(refusal, path, where, refusal.problem)
