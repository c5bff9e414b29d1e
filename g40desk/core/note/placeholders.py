"""Placeholders such as {stad} that resolve per audience at export.

The set is fixed and documented in docs/placeholders.md. For a city's note
{stad} is that city; for a ministry's note it is the pack's first city
audience, so a note for BZK "about Zwolle" still reads right. People's names and
the population come from the user's facts (core/audience/facts.py), loaded with the audiences. A placeholder with no
value, or one not in the set, is left as typed and recorded as an ``Unfilled``
naming the item, the field and the audience, so an export can refuse it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from g40desk.core.audience.audiences import Audiences, City, Ministry, Role
from g40desk.core.audience.facts import Facts, braced
from g40desk.core.pack.model import Pack
from g40desk.core.text import dutch_date

PLACEHOLDERS: dict[str, str] = {
    "stad": "naam van de stad",
    "provincie": "provincie van de stad",
    "burgemeester": "burgemeester van de stad (g40desk facts)",
    "wethouder": "de wethouder van de stad, als er één is ingevuld (g40desk facts)",
    "wethouder_<portefeuille>": "wethouder met die portefeuille, bv. {wethouder_wonen} (g40desk facts)",
    "inwoners": "aantal inwoners van de stad (g40desk facts)",
    "ministerie": "volledige naam van het ministerie",
    "ministerie_afk": "afkorting van het ministerie",
    "minister": "naam van de minister (g40desk facts)",
    "staatssecretaris": "naam van de staatssecretaris (g40desk facts)",
    "doelgroep": "naam van de doelgroep van deze notitie",
    "datum": "datum van het overleg, voluit",
    "plaats": "plaats van het overleg",
    "auteur": "auteur van de briefing",
    "titel": "titel van de briefing",
}

PATTERN = re.compile(r"\{([A-Za-z_]+)\}")
LITERAL = re.compile(r"\{[^{}]*\}")  # anything in braces: in a filled text, it would print as typed
NO_VALUE, UNKNOWN, BRACED_VALUE, AS_TYPED = ("heeft geen waarde", "is geen bekende plaatshouder",
                                             "heeft een waarde met { of }", "staat letterlijk in de tekst")


def is_known(name: str) -> bool:
    return name in PLACEHOLDERS or (name.startswith("wethouder_") and len(name) > len("wethouder_"))


def unknown_placeholders(text: str) -> list[str]:
    """Names in {braces} that are not placeholders g40desk knows."""
    return [m for m in PATTERN.findall(text) if not is_known(m)]


@dataclass(frozen=True)
class Unfilled:
    """A placeholder left in a document: which one, where, for whom."""

    placeholder: str
    item: str  # the item's short title, or the pack field's name for title and meeting
    field: str  # Dutch name of the field ("tekst", "lokale context", "gesprekspunt 2", "deelnemers")
    audience: str  # display name of the audience of the document
    known: bool = True
    why: str = ""  # BRACED_VALUE or AS_TYPED; empty: NO_VALUE or UNKNOWN, by *known*

    @property
    def reason(self) -> str:
        return self.why or (NO_VALUE if self.known else UNKNOWN)

    def describe(self) -> str:
        return f"{{{self.placeholder}}} {self.reason} — {self.item}, {self.field}, notitie voor {self.audience or 'het pakket'}"


@dataclass
class Filler:
    """Fills placeholders for one audience and remembers what it could not fill."""

    values: dict[str, str]
    audience: str = ""
    unfilled: list[Unfilled] = field(default_factory=list)

    @property
    def usable(self) -> dict[str, str]:
        """The values that may be printed: none empty, none with { or }."""
        return {name: value for name, value in self.values.items() if value and not braced(value)}

    @property
    def problems(self) -> list[str]:
        return [u.describe() for u in self.unfilled]

    def __call__(self, text: str | None, item: str = "pakket", where: str = "tekst") -> str:
        """*text* filled in. A placeholder without a value, or whose value holds { or }, stays as typed
        and is recorded; so is anything else in braces left in the filled text, which would print as typed."""
        if not text:
            return text or ""

        def replace(match: re.Match) -> str:
            name = match.group(1)
            value = self.values.get(name)
            if not value or braced(value):
                self._record(Unfilled(name, item, where, self.audience, is_known(name), BRACED_VALUE if value else ""))
                return match.group(0)
            return value

        filled = PATTERN.sub(replace, text)
        for literal in LITERAL.findall(filled):
            if not PATTERN.fullmatch(literal):  # placeholders left as typed were recorded above
                self._record(Unfilled(literal[1:-1], item, where, self.audience, False, AS_TYPED))
        return filled

    def _record(self, problem: Unfilled) -> None:
        if problem not in self.unfilled:
            self.unfilled.append(problem)


def subjects(pack: Pack, audiences: Audiences, audience_id: str | None) -> tuple[City | None, Ministry | None]:
    """The city {stad} names and the ministry {ministerie} names in the note for *audience_id*."""
    chosen = [audiences.organisation(a) for a in pack.audiences if a in audiences]
    org = audiences.organisation(audience_id) if audience_id and audience_id in audiences else None
    city = org if isinstance(org, City) else next((a for a in chosen if isinstance(a, City)), None)
    ministry = org if isinstance(org, Ministry) else next((a for a in chosen if isinstance(a, Ministry)), None)
    return city, ministry


def filler_for(pack: Pack, audiences: Audiences, audience_id: str | None, facts: Facts | None = None) -> Filler:
    """A Filler for one audience; *facts* default to those the *audiences* were loaded with
    (never read from disk here: a damaged file was reported when the audiences were loaded)."""
    facts = audiences.facts if facts is None else facts
    city, ministry = subjects(pack, audiences, audience_id)
    target = audiences[audience_id] if audience_id and audience_id in audiences else None
    values = {
        "doelgroep": target.display_name if target else "",
        "datum": dutch_date(pack.meeting.date) if pack.meeting.date else "",
        "plaats": pack.meeting.place,
        "auteur": pack.author,
        "titel": pack.title,
    }
    if city:
        known = facts.of(city.id)
        population = known.inwoners or city.population
        values.update(stad=city.name, provincie=city.province,
                      burgemeester=known.burgemeester or city.mayor or "",
                      wethouder=known.alderman() or city.alderman or "",
                      inwoners=f"{population:,}".replace(",", ".") if population else "")
        values.update({f"wethouder_{k}": v for k, v in known.wethouders.items()})
    if ministry:
        known = facts.of(ministry.id)
        day = pack.meeting.date or dt.date.today()  # ministries are renamed (EZK -> EZ -> EZK)
        role_person = target.person if isinstance(target, Role) and target.organisation is ministry else None
        values.update(ministerie=ministry.name_on(day), ministerie_afk=ministry.abbreviation_on(day),
                      minister=role_person or known.minister or ministry.minister or "",
                      staatssecretaris=known.staatssecretaris or ministry.person("staatssecretaris", day) or "")
    own = Filler(values)  # the title and the place may hold placeholders too: {titel} gives them filled
    values.update(titel=own(pack.title), plaats=own(pack.meeting.place))
    return Filler(values, target.display_name if target else "")
