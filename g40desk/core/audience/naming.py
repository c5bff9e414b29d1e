"""An audience named in a sentence, with its article: 'het ministerie van …', 'de minister van …', 'de gemeente …'.

Every generated title and heading that names an audience goes through :func:`addressed`
(the note's "Briefing voor …" line, a new pack's title, a duplicate's title), so none of
them says "voor Ministerie van …" or "voor minister van …".
"""

from __future__ import annotations

import datetime as dt

from g40desk.core.audience.models import City, Ministry, Role, RoleKind

_MINISTRY = "ministerie van "
_ROLE_WORDS = {"minister", "minister-president", "staatssecretaris", "burgemeester", "wethouder"}


def addressed(audience: City | Ministry | Role, day: dt.date | None = None, short: bool = False) -> str:
    """'de gemeente Zwolle', 'het ministerie van Financiën (Fin)', 'de minister van Landbouw, Visserij,
    Voedselzekerheid en Natuur (LVVN)', 'de burgemeester van Zwolle'. *short* names a ministry by its
    abbreviation ('het ministerie van BZK', 'de minister van LVVN') and leaves out the person."""
    if isinstance(audience, City):
        return f"de gemeente {city_name(audience, day)}"
    if isinstance(audience, Ministry):
        return _ministry(audience, day, short)
    phrase = _role(audience, day, short)
    return phrase if short or not audience.person else f"{phrase}, {audience.person}"


def city_name(city: City, day: dt.date | None = None) -> str:
    name = city.name_on(day)
    return name[len("gemeente "):] if name.lower().startswith("gemeente ") else name


def _ministry(ministry: Ministry, day: dt.date | None, short: bool) -> str:
    name, abbreviation = ministry.name_on(day), ministry.abbreviation_on(day)
    if not name.lower().startswith(_MINISTRY):  # an organisation of the user's own, named as typed
        return name if short else f"{name} ({abbreviation})"
    rest = name[len(_MINISTRY):]
    return f"het ministerie van {abbreviation}" if short else f"het ministerie van {rest} ({abbreviation})"


def _role(role: Role, day: dt.date | None, short: bool) -> str:
    title = role.title_on(day)
    first, _, rest = title.partition(" ")
    if first.lower().rstrip(",") in _ROLE_WORDS:
        title = first.lower() + (f" {rest}" if rest else "")
    org = role.organisation
    if isinstance(org, City):
        name = city_name(org, day)
        return f"de {title}" if name in title else f"de {title} van {name}"
    abbreviation = org.abbreviation_on(day)
    derived = not role.title and role._name_on(day) is None
    base = org.name_on(day)
    if derived and role.kind == RoleKind.MINISTER and base.lower().startswith(_MINISTRY):
        return f"de minister van {abbreviation}" if short else f"de {title} ({abbreviation})"
    if derived and role.kind == RoleKind.STAATSSECRETARIS and base.lower().startswith(_MINISTRY):
        return f"de staatssecretaris van {abbreviation if short else base[len(_MINISTRY):]}"
    return f"de {title}" if short else f"de {title} ({abbreviation})"
