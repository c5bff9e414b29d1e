"""Checks before any note or matrix leaves the building: unfilled placeholders, another audience's text, a sound pack.

The export pipeline (export/pipeline.py) calls ``preflight`` for the command line, the editor
and the batch, so the same rules hold everywhere. It raises ``NotReady`` with one line per
problem unless the user allowed it (``--allow-placeholders``, ``--allow-shared-text``, or the
editor's "toch exporteren"). What passes comes back as ``CheckedBriefing``s, which only this
module makes and the writers insist on: no path can write a note that skipped the check.
``preflight_matrix`` does the same for the demand matrix (``CheckedPack``): every reference and
limit of the pack checked, as on opening it, so the matrix never stops half-way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from g40desk.core.agenda.catalogue import Catalogue
from g40desk.core.audience.audiences import Audiences, Holder
from g40desk.core.audience.facts import Facts
from g40desk.core.errors import G40Error
from g40desk.core.note import stale
from g40desk.core.note.audience_check import shared_text, summarise
from g40desk.core.note.briefing import Briefing, build_briefing, other_names
from g40desk.core.note.invisible import invisible_warnings
from g40desk.core.note.placeholders import Unfilled
from g40desk.core.pack.duplicate import to_check_lines
from g40desk.core.pack.model import Pack
from g40desk.core.pack.storage import check_pack
from g40desk.core.text import dutch_date, few, number

PLACEHOLDERS, SHARED_TEXT, INVISIBLE, STALE = "placeholders", "shared-text", "invisible", "stale"
TO_CHECK = "to-check"
# Kinds no flag allows: the advisor must change the pack (give a reason, take the item out, look at a text).
REFUSED = (STALE, TO_CHECK)
UNADDRESSED = "unaddressed"  # a ministry's note where no ask is for that ministry: said, never refused


_ISSUED = object()  # only preflight holds it: a CheckedBriefing cannot be made elsewhere


class CheckedBriefing:
    """A briefing that passed the checks (or whose problems the user allowed). Only ``preflight``
    makes one; the Word writer accepts nothing else."""

    __slots__ = ("briefing",)

    def __init__(self, briefing: Briefing, issued: object):
        if issued is not _ISSUED:
            raise TypeError("alleen preflight maakt een CheckedBriefing")
        self.briefing = briefing


class CheckedPack:
    """A pack whose references and limits were checked for the matrix. Only ``preflight_matrix``
    makes one; the Excel writer accepts nothing else."""

    __slots__ = ("pack",)

    def __init__(self, pack: Pack, issued: object):
        if issued is not _ISSUED:
            raise TypeError("alleen preflight_matrix maakt een CheckedPack")
        self.pack = pack


@dataclass
class Checked:
    """What passed the checks: the allowed problems (kind, line), and each audience's briefing,
    built once here and written as it is (the writers do not build it again)."""

    allowed: list[tuple[str, str]]
    briefings: dict[str | None, CheckedBriefing]

    @property
    def warnings(self) -> list[str]:
        return [line for _kind, line in self.allowed]


class NotReady(G40Error):
    """Notes that should not be written as they are: one line per problem, each saying what, where and how to allow it."""

    def __init__(self, kind: str, lines: list[str], hint: str):
        self.kind = kind
        self.lines = lines
        super().__init__("\n".join(f"{line} ({hint})" for line in lines))


def group_unfilled(unfilled: list[Unfilled], limit: int = 5) -> list[str]:
    """One line per placeholder and place, naming the notes it is in (a few by name, then a count)."""
    grouped: dict[tuple, list[str]] = {}
    for u in unfilled:
        grouped.setdefault((u.placeholder, u.item, u.field, u.reason), []).append(u.audience or "het pakket")
    lines = []
    for (name, item, field, why), targets in grouped.items():
        names = few(targets, limit)
        lines.append(f"{{{name}}} {why} — {item}, {field}, in de notitie voor {names}")
    return lines


def unaddressed(briefings: list[Briefing], audiences: Audiences) -> list[str]:
    """One line for the ministries' (or ministers') notes that hold asks but none addressed to them on the
    meeting date; notes with the same asks share the line ("… gericht aan AZ, BZ en Def")."""
    grouped: dict[tuple, list[str]] = {}
    for briefing in briefings:
        asks = briefing.asks
        if not briefing.leads or not asks or any(a.addressed for a in asks) or briefing.audience_id not in audiences:
            continue
        org = audiences.organisation(briefing.audience_id)
        day = briefing.day or dt.date.today()
        held = Holder(organisation=org.id, role=briefing.audience_id if briefing.audience_id != org.id else None)
        key = (len(asks), day, tuple(other_names(asks)))
        grouped.setdefault(key, []).append(audiences.holder_name(held, day))
    lines = []
    for (count, day, names), targets in grouped.items():
        who = f" (ze zijn voor {_listing(list(names), 99)})" if names else ""
        lines.append(f"geen van de {number(count)} vragen in het pakket is op {dutch_date(day)} gericht aan "
                     f"{_listing(targets)}{who}; kies vragen voor deze doelgroep of een andere doelgroep")
    return lines


def _listing(names: list[str], limit: int = 5) -> str:
    """'A, B en C', or 'A, B, C, D, E en 3 andere'."""
    if len(names) > limit:
        return few(names, limit)
    return " en ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else "".join(names)


def preflight(pack: Pack, catalogue: Catalogue, audiences: Audiences, audience_ids: list[str | None], *,
              allow_placeholders: bool = False, allow_shared_text: bool = False,
              facts: Facts | None = None) -> Checked:
    """Raise NotReady for what is not allowed; return the allowed problems as warnings (grouped,
    not repeated) and the briefings that were checked."""
    allowed = [(INVISIBLE, line) for line in invisible_warnings(pack)]  # kept as typed, but named
    outdated = stale.unkept(pack, catalogue)
    if outdated:
        raise NotReady(STALE, outdated, "haal het uit het pakket, of houd het bewust met een reden: in de editor bij "
                       "het onderdeel, of 'g40desk keep PAKKET ID --reason \"…\"'; die reden komt naast de vraag")
    copied = to_check_lines(pack, catalogue, audiences)
    if copied:
        raise NotReady(TO_CHECK, copied, "kijk de tekst na en pas hem aan voor deze doelgroep; daarna: in de editor "
                       "'Nagekeken', of 'g40desk checked PAKKET ID VELD' (zoals tussen [ ])")
    findings = shared_text(pack, catalogue, audiences, [a for a in audience_ids if a], facts)
    if findings:
        lines = summarise(findings)
        if not allow_shared_text:
            raise NotReady(SHARED_TEXT, lines, "zet de tekst in een afwijking per doelgroep; een eigennaam die voor "
                           "alle doelgroepen bedoeld is: 'g40desk confirm-shared PAKKET ID VELD' (zoals tussen [ ]) of de editor; "
                           "toch schrijven: --allow-shared-text")
        allowed += [(SHARED_TEXT, line) for line in lines]
    briefings = {a: build_briefing(pack, catalogue, audiences, a, facts) for a in audience_ids}
    allowed += [(UNADDRESSED, line) for line in unaddressed(list(briefings.values()), audiences)]
    unfilled = [u for briefing in briefings.values() for u in briefing.unfilled]
    if unfilled:
        lines = group_unfilled(unfilled)
        if not allow_placeholders:
            raise NotReady(PLACEHOLDERS, lines, "vul het gegeven in met 'g40desk facts' of pas de tekst aan; "
                           "toch schrijven: --allow-placeholders")
        allowed += [(PLACEHOLDERS, line) for line in lines]
    return Checked(allowed, {a: CheckedBriefing(b, _ISSUED) for a, b in briefings.items()})


def preflight_matrix(pack: Pack, catalogue: Catalogue, audiences: Audiences, source=None) -> CheckedPack:
    """Raise G40Error (file, field, what to do) for a reference or limit the matrix cannot hold; *source*:
    the pack's file, named in the message. The matrix shows every audience's text, so no other check applies."""
    check_pack(pack, catalogue, audiences, source)
    return CheckedPack(pack, _ISSUED)
