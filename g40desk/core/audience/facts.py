"""Audience facts the user fills in: mayor, aldermen per portfolio, population, minister, state secretary.

They change with every election, so they are not shipped in the package: they live in
``facts.json`` in the user's data folder (``G40DESK_DATA_DIR`` overrides it) and fill the
placeholders ``{burgemeester}``, ``{wethouder}``, ``{wethouder_<portefeuille>}``,
``{inwoners}``, ``{minister}`` and ``{staatssecretaris}`` (docs/placeholders.md).

The API is small on purpose: ``load_facts()`` gives a ``Facts``; ``facts.of(id)`` the
``AudienceFacts`` of one audience; ``facts.set(id, field, value)`` then ``save_facts()``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError

from g40desk.core.audience.models import MAX_POPULATION
from g40desk.core.errors import G40Error, pydantic_error
from g40desk.core.files.atomic import write_bytes_atomic
from g40desk.core.files.jsonfile import read_json
from g40desk.core.files.userdata import user_data_dir
from g40desk.core.text import number, slugify

FACTS_FILE = "facts.json"
CITY_FIELDS = ("burgemeester", "inwoners")
MINISTRY_FIELDS = ("minister", "staatssecretaris")


def portfolio_key(name: str) -> str:
    """'Wonen & Bouwen' -> 'wonen_bouwen': the key of an alderman's portfolio and of {wethouder_<key>}."""
    return slugify(name).replace("-", "_")


class AudienceFacts(BaseModel):
    """What is known about one city or ministry; every field is optional."""

    model_config = ConfigDict(extra="forbid")

    burgemeester: str | None = None
    wethouders: dict[str, str] = Field(default_factory=dict)  # portfolio ("wonen") -> name
    inwoners: int | None = Field(default=None, ge=0, le=MAX_POPULATION)
    minister: str | None = None
    staatssecretaris: str | None = None

    def alderman(self, portfolio: str | None = None) -> str | None:
        """The alderman for *portfolio*; without one, the only alderman recorded (else None)."""
        if portfolio:
            return self.wethouders.get(portfolio_key(portfolio))
        names = set(self.wethouders.values())
        return names.pop() if len(names) == 1 else None


def braced(value: object) -> bool:
    """A value with { or }: it would reach a note as a literal placeholder, never a name."""
    return isinstance(value, str) and ("{" in value or "}" in value)


class Facts(BaseModel):
    """All facts, by audience ID. ``set_aside`` names the values a hand-edited file held with { or }:
    they were left out on loading (``problem`` says so in one line)."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = 1
    audiences: dict[str, AudienceFacts] = Field(default_factory=dict)
    _set_aside: list[str] = PrivateAttr(default_factory=list)

    @property
    def set_aside(self) -> list[str]:
        return list(self._set_aside)

    @property
    def problem(self) -> str | None:
        """One line for what was set aside on loading, naming the facts (never their values)."""
        if not self._set_aside:
            return None
        shown = ", ".join(self._set_aside[:3]) + (f" en {len(self._set_aside) - 3} meer" if len(self._set_aside) > 3 else "")
        what = "het gegeven" if len(self._set_aside) == 1 else f"{len(self._set_aside)} gegevens"
        return f"{what} {shown} bevat {{ of }} en is niet gebruikt (vul het opnieuw in met 'g40desk facts')"

    def of(self, audience_id: str | None) -> AudienceFacts:
        return self.audiences.get(audience_id or "", AudienceFacts())

    def set(self, audience_id: str, field: str, value: str | None) -> None:
        """Set one fact; ``wethouder.<portefeuille>`` sets an alderman; an empty value clears it."""
        current = self.audiences.get(audience_id, AudienceFacts()).model_copy(deep=True)
        value = (value or "").strip() or None
        if braced(value):
            raise G40Error("een gegeven mag geen { of } bevatten: het komt zo in de notitie, een plaatshouder "
                           "vult zich daar niet; typ de waarde zelf, bv. 'Peter Snijders'", field=field)
        if field.startswith("wethouder."):
            portfolio = portfolio_key(field.split(".", 1)[1])
            if not portfolio:
                raise G40Error("geef de portefeuille: wethouder.wonen", field=field)
            if value:
                current.wethouders[portfolio] = value
            else:
                current.wethouders.pop(portfolio, None)
        elif field == "inwoners":
            current.inwoners = _population(value, field)
        elif field in (*CITY_FIELDS, *MINISTRY_FIELDS):
            setattr(current, field, value)
        else:
            known = ", ".join([*CITY_FIELDS, "wethouder.<portefeuille>", *MINISTRY_FIELDS])
            raise G40Error(f"onbekend gegeven '{field}'; kies uit {known}", field=field)
        if current == AudienceFacts():
            self.audiences.pop(audience_id, None)
        else:
            self.audiences[audience_id] = current


def _population(value: str | None, field: str) -> int | None:
    """'123.456' or '123 456' as a number: only the digits 0-9 ('²' is a digit to Python), a bounded number."""
    digits = re.sub(r"[.\s\u00a0\u202f]", "", value or "")
    if not digits:
        return None
    if not re.fullmatch(r"[0-9]+", digits):
        raise G40Error(f"'{' '.join(value.split())[:40]}' is geen aantal inwoners (alleen de cijfers 0-9)", field=field)
    if len(digits.lstrip("0")) > len(str(MAX_POPULATION)):  # int() of thousands of digits raises
        raise G40Error(f"een getal van {number(len(digits))} cijfers is geen aantal inwoners (hooguit "
                       f"{number(MAX_POPULATION)}); controleer het getal", field=field)
    if int(digits) > MAX_POPULATION:
        raise G40Error(f"{number(int(digits))} is meer inwoners dan een stad heeft (hooguit "
                       f"{number(MAX_POPULATION)}); controleer het getal", field=field)
    return int(digits)


def facts_path() -> Path:
    return user_data_dir() / FACTS_FILE


def load_facts(path: Path | None = None) -> Facts:
    """The user's facts; none yet is an empty store. A broken file is one clear G40Error."""
    path = Path(path) if path else facts_path()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return Facts()
    return _cached(str(path), mtime).model_copy(deep=True)


@lru_cache(maxsize=4)
def _cached(path: str, mtime: int) -> Facts:
    raw = read_json(Path(path))
    set_aside = _set_aside_braced(raw)
    try:
        facts = Facts.model_validate(raw)
    except ValidationError as exc:
        raise pydantic_error(exc, path) from None
    facts._set_aside = set_aside
    return facts


def _set_aside_braced(raw: object) -> list[str]:
    """Take values with { or } out of a file's content (in place); return where they were
    ('city:zwolle burgemeester'), so a hand-edited value never reaches a note."""
    found: list[str] = []
    people = raw.get("audiences") if isinstance(raw, dict) else None
    for audience_id, known in (people.items() if isinstance(people, dict) else ()):
        if not isinstance(known, dict):
            continue
        for name, value in list(known.items()):
            if braced(value):
                del known[name]
                found.append(f"{audience_id} {name}")
            elif name == "wethouders" and isinstance(value, dict):
                for portfolio, person in list(value.items()):
                    if braced(person):
                        del value[portfolio]
                        found.append(f"{audience_id} wethouder.{portfolio}")
    return found


def save_facts(facts: Facts, path: Path | None = None) -> Path:
    path = Path(path) if path else facts_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise G40Error(f"kan de map niet maken ({exc.strerror})", path.parent) from None
    payload = (facts.model_dump_json(indent=2, exclude_defaults=True) + "\n").encode("utf-8")
    write_bytes_atomic(path, payload)
    return path
