"""Text written for one audience that would land in another audience's note.

A pack is written for its own audiences. When its notes go to other audiences (a batch
for all cities, or a pack with several cities), shared text must not carry another
audience's name or figures: "Zwolle heeft 12.000 woningzoekenden" in the Alkmaar note,
or "{stad} heeft 5.200 woningen in voorbereiding" claimed for forty cities. Per-audience
overrides are where such text belongs; ``shared_text`` finds what is not there yet.

It also finds proper names (core/note/proper_names.py): "Stadshagen" in text shared by every
audience, or copied across from the pack's origin audience on a duplicate, is likely one
city's, until the advisor confirms once that the text is meant for every audience
(``Pack.confirmed``, core/pack/edit.confirm_shared).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as attribute

from g40desk.core.agenda.catalogue import Catalogue
from g40desk.core.audience.audiences import Audiences, City, Ministry
from g40desk.core.audience.facts import Facts
from g40desk.core.note.placeholders import subjects
from g40desk.core.note.proper_names import Known, inside_words, proper_names
from g40desk.core.pack import owners
from g40desk.core.pack.duplicate import origin_name
from g40desk.core.pack.model import ALL_AUDIENCES, Pack
from g40desk.core.text import few

_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w])|(?<![\w.,])\d+(?:,\d+)?(?![\w])")
_CITY_PLACEHOLDERS = ("{stad}", "{doelgroep}", "{inwoners}")
NAME, PLACE = "name", "place"  # a known audience's name or figure; an unexplained proper name


@dataclass(frozen=True)
class SharedText:
    """One finding: in *item*'s *field*, *found* belongs to *owner* but would reach *audience*'s note."""

    item: str
    field: str
    found: str
    owner: str
    audience: str
    kind: str = NAME
    address: str = attribute(default="", compare=False)  # "demand:wonen-1 context": what to confirm (PLACE)
    text: str = attribute(default="", compare=False)

    def describe(self) -> str:
        if self.kind == PLACE:
            return f"{self.item}, {self.field} [{self.address}]: ‘{self.found}’ is een eigennaam in tekst {self.owner}"
        return f"{self.item}, {self.field}: ‘{self.found}’ hoort bij {self.owner}"


def _is_figure(number: str) -> bool:
    """Numbers that make a claim: not a year, not a single digit."""
    digits = number.replace(".", "").replace(",", "")
    return len(digits) >= 2 and not (len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2099)


def _names(organisation: City | Ministry) -> list[str]:
    if isinstance(organisation, City):
        return [organisation.name]
    return [organisation.abbreviation, organisation.name]


class _Mentions:
    """Which organisations a text names, worked out once per text: a batch for 41 cities asks
    the same question of the same shared text 41 times (issue 15's batch row)."""

    def __init__(self, organisations):
        self.patterns = {o.id: [(n, re.compile(rf"(?<![\w-]){re.escape(n)}(?![\w-])")) for n in _names(o) if n]
                         for o in organisations}
        self.seen: dict[str, tuple[list[tuple[str, str]], list[str]]] = {}

    def __call__(self, text: str) -> tuple[list[tuple[str, str]], list[str]]:
        """(organisation ID, the first of its names the text mentions) for each organisation it names,
        in the order given; and the numbers in the text."""
        hit = self.seen.get(text)
        if hit is None:
            named = ((oid, next((n for n, p in names if p.search(text)), None)) for oid, names in self.patterns.items())
            hit = self.seen[text] = ([(oid, name) for oid, name in named if name], _NUMBER.findall(text))
        return hit


def _shared_fields(pack: Pack, catalogue: Catalogue, audience_id: str) -> list[tuple[str, str, str, str, bool]]:
    """(item, field, text, address, copied) of everything written once for all audiences that reaches this
    audience's note, and of what was copied across from the origin audience on a duplicate (*copied*).

    Text owned by this audience was written for it; another audience's never reaches it
    (core/pack/owners.py). What is left is the pack's shared text: title, place, purpose,
    and whatever is owned by all audiences.
    """
    meeting = pack.meeting
    out: list[tuple[str, str, str, str, bool]] = [
        ("pakket", "titel", pack.title, "pack title", False), ("overleg", "plaats", meeting.place, "meeting place", False),
        ("overleg", "doel", meeting.purpose, "meeting purpose", False)]
    people, where = owners.participants(pack, audience_id)
    if where is not None and (owners.needs_check(pack, where) or (
            where.audience is None and owners.participants_owner(pack) == ALL_AUDIENCES)):
        out.append(("overleg", "deelnemers", people, "meeting participants", owners.needs_check(pack, where)))
    for item in pack.items:
        if not owners.visible(pack, item.ref, audience_id):
            continue
        label = catalogue[item.ref].label if item.ref in catalogue else item.ref
        mine = owners.local(pack, item, audience_id)
        for name, source in mine.sources.items():
            copied = owners.needs_check(pack, source)
            if not copied and (source.audience is not None or owners.owner_of(pack, item, name) != ALL_AUDIENCES):
                continue
            if name == "talking_points":
                out += [(label, f"gesprekspunt {n}", p, f"{item.ref} {name}", copied)
                        for n, p in enumerate(mine.talking_points, 1)]
            else:
                out.append((label, "tekst" if name == "text" else "lokale context", getattr(mine, name),
                            f"{item.ref} {name}", copied))
    return [row for row in out if row[2] and row[2].strip()]


def _all_texts(pack: Pack) -> set[str]:
    """Every text typed in the pack, whoever it is for: a name used inside a sentence anywhere
    ("de Spoorzone" in Zwolle's own context) is a name where it opens a sentence too."""
    meeting = pack.meeting
    texts = {pack.title, meeting.place, meeting.purpose, meeting.participants, *meeting.participants_for.values()}
    for item in pack.items:
        for source in (item, *item.overrides.values()):
            texts.update([source.text or "", source.context or "", *(source.talking_points or [])])
    return {t for t in texts if t}


def shared_text(pack: Pack, catalogue: Catalogue, audiences: Audiences, audience_ids: list[str],
                facts: Facts | None = None) -> list[SharedText]:
    """Audience-specific text the notes for *audience_ids* would copy from the pack (empty: all is well).

    Proper names are looked for when the pack's text goes to several audiences (the pack has
    several, or the notes are for others than its own); *facts* name people who explain themselves.
    """
    found: list[SharedText] = []
    several = len(set(pack.audiences) | set(audience_ids) | set(pack.origin)) > 1
    known = Known(catalogue, audiences, audiences.facts if facts is None else facts) if several else None
    rows = {a: _shared_fields(pack, catalogue, a) for a in audience_ids if a in audiences}
    inside = inside_words(known, _all_texts(pack)) if known else frozenset()
    origin = origin_name(pack, audiences) or "een andere doelgroep"
    unexplained: dict[str, list[str]] = {}  # text -> its unexplained proper names (none once confirmed)
    home_city, _ = subjects(pack, audiences, None)
    # With one city in the pack, its notes and its ministries' are about that city's meeting: its places belong.
    one_city = len({a for a in pack.audiences if isinstance(audiences.organisation(a), City)}) <= 1
    involved = list({o.id: o for o in (audiences.organisation(a) for a in [*pack.audiences, *audience_ids, *pack.origin]
                                       if a in audiences) if o is not None}.values())
    mentions = _Mentions(involved)
    by_id = {o.id: o for o in involved}
    override_figures: dict[str, str] = {}  # figure -> audience whose override holds it
    for item in pack.items:
        for owner_id, over in item.overrides.items():
            for text in (over.text or "", over.context or ""):
                for number in _NUMBER.findall(text):
                    if _is_figure(number) and owner_id in audiences:
                        override_figures.setdefault(number, owner_id)
    for audience_id in rows:
        target = audiences[audience_id]
        city, ministry = subjects(pack, audiences, audience_id)
        allowed = {city.id if city else "", ministry.id if ministry else ""}
        home = one_city and home_city is not None and city is not None and city.id == home_city.id
        for item, field, text, address, copied in rows[audience_id]:
            if known is not None and (copied or not home) and address != "meeting place":
                places = unexplained.get(text)
                if places is None:  # once per text, not once per note
                    places = unexplained[text] = [] if owners.is_confirmed(pack, text) else proper_names(
                        known, text, inside)
                whose = f"overgenomen van {origin}" if copied else "voor alle doelgroepen"
                found += [SharedText(item, field, name, whose, target.display_name, PLACE, address, text)
                          for name in places]
            named, numbers = mentions(text)
            for oid, name in named:
                if oid not in allowed:
                    found.append(SharedText(item, field, name, by_id[oid].display_name, target.display_name))
            for number in numbers:
                owner = override_figures.get(number)
                owner_org = audiences.organisation(owner) if owner else None
                if owner_org is not None and owner_org.id not in allowed:
                    found.append(SharedText(item, field, number, f"de afwijking voor {audiences[owner].display_name}",
                                            target.display_name))
                elif (home_city is not None and city is not None and city.id != home_city.id and _is_figure(number)
                      and any(p in text for p in _CITY_PLACEHOLDERS)):
                    found.append(SharedText(item, field, number, home_city.name, target.display_name))
    return list(dict.fromkeys(found))


def summarise(findings: list[SharedText], limit: int = 5) -> list[str]:
    """One line per finding, the audiences it would reach listed once (a few by name, then a count)."""
    grouped: dict[str, list[str]] = {}
    for f in findings:
        grouped.setdefault(f.describe(), []).append(f.audience)
    lines = []
    for what, targets in grouped.items():
        names = few(targets, limit)
        lines.append(f"{what}, maar komt in de notitie voor {names}")
    return lines


def names_to_confirm(pack: Pack, catalogue: Catalogue, audiences: Audiences, ref: str,
                     known: Known | None = None) -> list[tuple[str, list[str], list[str]]]:
    """For the item *ref*: (field, its texts, the proper names in them) of each text written for all
    audiences of a pack with several that holds unexplained proper names and is not confirmed yet.
    *known*: built once by the caller (it remembers each text it scanned), else here."""
    item = pack.item(ref)
    if item is None or len(set(pack.audiences) | set(pack.origin)) < 2:
        return []
    known = known or Known(catalogue, audiences, audiences.facts)
    out = []
    for name in ("text", "context", "talking_points"):
        value = getattr(item, name)
        texts = [t for t in (value if isinstance(value, list) else [value or ""]) if t.strip()]
        if not texts or owners.owner_of(pack, item, name) != ALL_AUDIENCES:
            continue
        todo = [t for t in texts if not owners.is_confirmed(pack, t)]
        inside = inside_words(known, _all_texts(pack))
        found = list(dict.fromkeys(n for t in todo for n in proper_names(known, t, inside)))
        if found:
            out.append((name, todo, found))
    return out
