"""Placeholders such as {stad} that resolve per audience at export.

The set is fixed and documented in docs/placeholders.md. For a city's note
{stad} is that city; for a ministry's note it is the pack's first city
audience, so a note for BZK "about Zwolle" still reads right. A placeholder
with no value, or one not in the set, is reported and left as typed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from g40desk.core.audiences import Audiences, City, Ministry, Role
from g40desk.core.pack import Pack

PLACEHOLDERS: dict[str, str] = {
    "stad": "naam van de stad",
    "provincie": "provincie van de stad",
    "burgemeester": "burgemeester van de stad (uit de stadsgegevens)",
    "wethouder": "verantwoordelijk wethouder (uit de stadsgegevens)",
    "inwoners": "aantal inwoners van de stad (uit de stadsgegevens)",
    "ministerie": "volledige naam van het ministerie",
    "ministerie_afk": "afkorting van het ministerie",
    "minister": "naam van de minister (uit de ministeriegegevens)",
    "doelgroep": "naam van de doelgroep van deze notitie",
    "datum": "datum van het overleg, voluit",
    "plaats": "plaats van het overleg",
    "auteur": "auteur van de briefing",
    "titel": "titel van de briefing",
}

_PATTERN = re.compile(r"\{([A-Za-z_]+)\}")
_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
           "augustus", "september", "oktober", "november", "december"]


def dutch_date(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def unknown_placeholders(text: str) -> list[str]:
    """Names in {braces} that are not placeholders g40desk knows."""
    return [m for m in _PATTERN.findall(text) if m not in PLACEHOLDERS]


@dataclass
class Filler:
    """Fills placeholders for one audience and remembers what it could not fill."""

    values: dict[str, str]
    problems: list[str] = field(default_factory=list)

    def __call__(self, text: str | None) -> str:
        if not text:
            return text or ""

        def replace(match: re.Match) -> str:
            name = match.group(1)
            value = self.values.get(name)
            if name not in PLACEHOLDERS:
                self._report(f"onbekende plaatshouder {{{name}}}")
                return match.group(0)
            if not value:
                self._report(f"plaatshouder {{{name}}} heeft geen waarde voor deze doelgroep")
                return match.group(0)
            return value

        return _PATTERN.sub(replace, text)

    def _report(self, problem: str) -> None:
        if problem not in self.problems:
            self.problems.append(problem)


def filler_for(pack: Pack, audiences: Audiences, audience_id: str | None) -> Filler:
    chosen = [audiences.organisation(a) for a in pack.audiences if a in audiences]
    target = audiences[audience_id] if audience_id and audience_id in audiences else None
    org = audiences.organisation(audience_id) if target else None  # a role stands for its organisation
    city = org if isinstance(org, City) else next((a for a in chosen if isinstance(a, City)), None)
    ministry = org if isinstance(org, Ministry) else next((a for a in chosen if isinstance(a, Ministry)), None)
    values = {
        "doelgroep": target.display_name if target else "",
        "datum": dutch_date(pack.meeting.date) if pack.meeting.date else "",
        "plaats": pack.meeting.place,
        "auteur": pack.author,
        "titel": pack.title,
    }
    if city:
        values.update(stad=city.name, provincie=city.province, burgemeester=city.mayor or "",
                      wethouder=city.alderman or "",
                      inwoners=f"{city.population:,}".replace(",", ".") if city.population else "")
    if ministry:
        day = pack.meeting.date or dt.date.today()  # ministries are renamed (EZK -> EZ -> EZK)
        values.update(ministerie=ministry.name_on(day), ministerie_afk=ministry.abbreviation_on(day),
                      minister=(target.person if isinstance(target, Role) and target.organisation is ministry
                                else None) or ministry.minister or "")
    return Filler(values)
