"""Packs and catalogues the benchmark measures with."""

from __future__ import annotations

import datetime as dt

from g40desk.core.agenda.catalogue import PICKABLE, Catalogue, CatalogueFile, Kind, Node, load_catalogue
from g40desk.core.pack.model import Classification, Item, Meeting, Pack, Priority, Status

PRIORITIES = [Priority.HIGH, Priority.MEDIUM, Priority.LOW]
STATUSES = list(Status)


def full_agenda_pack(catalogue: Catalogue, audiences: list[str] | None = None) -> Pack:
    """Every theme, goal, demand and key figure of the agenda, all tailored."""
    items = []
    for n, entry in enumerate(e for e in catalogue.walk() if e.kind in PICKABLE):
        tailored = entry.kind != Kind.THEME
        items.append(Item(
            ref=entry.id,
            text=f"Voor {{stad}}: {entry.node.text}" if tailored and entry.node.text else None,
            context=f"Lokale context voor {{stad}} bij {entry.label}." if tailored else None,
            talking_points=[f"Gesprekspunt {n}.1 over {entry.label}", f"Gesprekspunt {n}.2: vraag om een toezegging"]
            if tailored else [],
            priority=PRIORITIES[n % 3] if tailored else None,
            status=STATUSES[n % len(STATUSES)] if tailored else None,
            note="Interne notitie, nooit exporteren",
        ))
    return Pack(title="Volledige agenda voor {stad}", audiences=audiences or ["city:zwolle", "ministry:bzk"],
                meeting=Meeting(date=dt.date(2021, 3, 11), place="Den Haag", participants="Minister; wethouder",
                                purpose="Alle punten van de agenda"),
                author="Benchmark", classification=Classification.INTERNAL, items=items)


def pack_of(size: int, catalogue: Catalogue) -> Pack:
    """A pack of *size* items: the whole agenda repeated on a synthetic catalogue is not
    possible (refs are unique), so items get long tailoring instead and refs cycle through
    a catalogue that is made large enough."""
    refs = [e.id for e in catalogue.walk() if e.kind in PICKABLE][:size]
    return Pack(title="Groot pakket", audiences=["city:zwolle"],
                items=[Item(ref=r, text="Tekst " * 40, context="Context " * 20, talking_points=["Punt"] * 3,
                            priority=Priority.MEDIUM, note="intern") for r in refs])


def synthetic_catalogue(times: int) -> Catalogue:
    """The agenda repeated *times* over (IDs suffixed), for search and size benchmarks."""
    base = load_catalogue()

    def copy(node: Node, k: int) -> Node:
        return node.model_copy(update={"id": f"{node.id}.x{k}" if k else node.id,
                                       "children": [copy(c, k) for c in node.children]})

    entries = [copy(node, k) for k in range(times) for node in base.meta.entries]
    data = CatalogueFile(**{**base.meta.model_dump(exclude={"entries"}), "entries": []})
    data.entries = entries
    from g40desk.core.agenda.catalogue import AddresseesFile
    from g40desk.core.files.jsonfile import read_json
    from g40desk.resources import data_file

    addressees = AddresseesFile.model_validate(read_json(data_file("addressees.json")))
    ministries = dict(addressees.demand_ministries)
    pillars = dict(addressees.theme_pillars)
    for k in range(1, times):
        ministries.update({f"{key}.x{k}": value for key, value in addressees.demand_ministries.items()})
        pillars.update({f"{key}.x{k}": value for key, value in addressees.theme_pillars.items()})
    addressees = addressees.model_copy(update={"demand_ministries": ministries, "theme_pillars": pillars,
                                               "demand_pillars": {}})
    return Catalogue(data, addressees)


def ledger_folder(root, catalogue: Catalogue, packs: int = 1000, asks: int = 60) -> list:
    """*packs* pack files of *asks* demands each, every demand with an outcome, what was said and an
    action, spread over the cities and ministries and three years of meetings, in folders of 50."""
    from pathlib import Path

    from g40desk.core.audience.store import load_audiences
    from g40desk.core.pack.model import Action, Held, Outcome, Result
    from g40desk.core.pack.storage import pack_to_json

    audiences = load_audiences()
    targets = [m.id for m in audiences.ministries] + [c.id for c in audiences.cities]
    demands = [e.id for e in catalogue.of_kind(Kind.DEMAND)][:asks]
    results = list(Result)
    paths = []
    for n in range(packs):
        audience = targets[n % len(targets)]
        day = dt.date(2021, 1, 4) + dt.timedelta(days=n)
        items = [Item(ref=ref, priority=PRIORITIES[k % 3], context=f"Lokale context {k} bij overleg {n}.",
                      outcomes={audience: Outcome(result=results[(n + k) % 5], said=f"Reactie {n}.{k}: " + "woorden " * 12,
                                                  actions=[Action(what=f"Actie {n}.{k}", who="G40-bureau",
                                                                  due=day + dt.timedelta(days=30), done=k % 2 == 0)])})
                 for k, ref in enumerate(demands)]
        pack = Pack(title=f"Overleg {n}", audiences=[audience], items=items,
                    meeting=Meeting(date=day, place="Den Haag", held=Held(date=day, present="Minister; wethouder")))
        folder = Path(root) / f"map-{n // 50:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"overleg-{n:04d}.g40pack"
        path.write_text(pack_to_json(pack), encoding="utf-8")
        paths.append(path)
    return paths
