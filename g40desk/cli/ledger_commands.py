"""Subcommands after the meeting: the ledger over shared folders, and the meeting report of a pack."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from g40desk.cli.common import allow_flags, load_data
from g40desk.core.errors import G40Error


def add_parsers(sub) -> None:
    p = sub.add_parser("ledger", help="waar elke eis staat: de laatste uitkomst per eis en doelgroep in de pakketten "
                                      "onder de mappen")
    p.add_argument("folders", nargs="+", type=Path, metavar="MAP")
    p.add_argument("--audience", metavar="ID", help="alleen deze doelgroep (een organisatie omvat haar rollen)")
    p.add_argument("--ask", metavar="ID", help="alleen deze eis, bv. demand:wonen-1")
    p.add_argument("--since", metavar="DATUM", help="alleen overleggen op of na deze datum (JJJJ-MM-DD)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="als JSON-array, één object per eis en doelgroep")
    out.add_argument("--xlsx", type=Path, metavar="BESTAND", help="het overzicht als Excel-werkmap")

    p = sub.add_parser("report", help="schrijf het verslag van het overleg: per vraag de uitkomst en wat er is gezegd, "
                                      "de toezeggingen en de vervolgacties")
    p.add_argument("pack", type=Path, metavar="PAKKET")
    p.add_argument("--docx", type=Path, required=True, metavar="BESTAND", help="het verslag als Word-document")
    p.add_argument("--audience", metavar="ID", help="de doelgroep van het overleg (standaard de eerste met uitkomsten)")
    p.add_argument("--template", type=Path, metavar="BESTAND", help="eigen Word-sjabloon (zoals bij 'export')")
    allow_flags(p)


def parse_day(text: str | None, option: str) -> dt.date | None:
    """JJJJ-MM-DD or DD-MM-JJJJ; one line naming the option otherwise."""
    if text is None:
        return None
    for form in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    raise G40Error(f"'{text}' is geen geldige datum; schrijf JJJJ-MM-DD, bv. 2025-01-31", field=option)


def cmd_ledger(args) -> int:
    from g40desk.core.ledger.collect import collect
    from g40desk.core.ledger.index import Index, default_path
    from g40desk.core.ledger.ledger import build_ledger

    catalogue, audiences = load_data()
    since = parse_day(args.since, "--since")
    if args.audience and args.audience not in audiences:
        raise G40Error(f"onbekende doelgroep '{args.audience}' (zie 'g40desk audiences')", field="--audience")
    if args.xlsx is not None and args.xlsx.suffix.lower() != ".xlsx":  # never over a pack: the ledger only reads them
        raise G40Error("het overzicht is een Excel-werkmap: geef een bestandsnaam die op .xlsx eindigt", args.xlsx,
                       "--xlsx")
    index = Index(default_path())
    try:
        collection = collect(args.folders, index)
    finally:
        index.close()
    today = dt.date.today()
    order = {entry.id: n for n, entry in enumerate(catalogue.walk())}
    ledger = build_ledger(collection, today, args.audience, args.ask, since, order)
    for note in collection.notes:
        print(f"g40desk: waarschuwing: {note}", file=sys.stderr)
    for skipped in collection.skipped:
        print(f"g40desk: overgeslagen: {skipped.path}: {skipped.reason}", file=sys.stderr)
    if collection.copies:
        print(f"g40desk: {len(collection.copies)} oudere kopie(ën) van pakketten niet dubbel geteld "
              "(zelfde pakket-ID; de laatst opgeslagen telt)", file=sys.stderr)
    names = _Names(catalogue, audiences)
    if args.json:
        print(json.dumps([_standing_json(s, names, today) for s in ledger.standings], ensure_ascii=False, indent=2))
    elif args.xlsx is not None:
        from g40desk.export.xlsx_ledger import write_ledger

        write_ledger(ledger, catalogue, audiences, args.folders, args.xlsx, today)
        print(f"{args.xlsx}: overzicht van {len(ledger.standings)} eisen × doelgroepen uit "
              f"{len(collection.records)} pakketten")
    else:
        _print_ledger(ledger, names)
    print(f"g40desk: {collection.read + collection.reused} bestanden ({collection.read} gelezen, {collection.reused} "
          f"ongewijzigd uit de index): {len(collection.records)} pakketten, {len(collection.skipped)} overgeslagen",
          file=sys.stderr)
    return 0


class _Names:
    def __init__(self, catalogue, audiences):
        from g40desk.export.xlsx_ledger import AskNames

        self.asks, self.audiences = AskNames(catalogue), audiences

    def ask(self, ask: str, own: str = "") -> str:
        return self.asks.label(ask, own)

    def audience(self, audience_id: str, short: bool = False) -> str:
        from g40desk.export.xlsx_ledger import audience_name

        return audience_name(self.audiences, audience_id, short)


def _entry_json(entry, names: _Names) -> dict:
    from g40desk.core.pack.outcomes import result_label

    return {"outcome": entry.result.value if entry.result else None, "outcome_label": result_label(entry.result),
            "date": entry.date.isoformat() if entry.date else None, "said": entry.said,
            "pack": entry.pack, "pack_title": entry.title,
            "actions": [{"what": a.what, "who": a.who, "due": a.due.isoformat() if a.due else None, "done": a.done}
                        for a in entry.actions]}


def _standing_json(standing, names: _Names, today: dt.date) -> dict:
    latest = standing.latest
    overdue = [{"what": a.what, "who": a.who, "due": a.due.isoformat(), "pack": e.pack}
               for e in standing.history for a in e.actions if not a.done and a.due and a.due < today]
    return {"ask": standing.ask, "ask_title": names.ask(standing.ask, latest.label), "audience": standing.audience,
            "audience_name": names.audience(standing.audience), **_entry_json(latest, names),
            "history": [_entry_json(e, names) for e in standing.history], "overdue_actions": overdue}


def _print_ledger(ledger, names: _Names) -> None:
    from g40desk.core.pack.outcomes import result_label
    from g40desk.export.xlsx_ledger import short_date

    if not ledger.standings:
        print("geen uitkomsten gevonden")
    current = None
    for standing in ledger.standings:
        latest = standing.latest
        if standing.ask != current:
            current = standing.ask
            print(f"{standing.ask}  {names.ask(standing.ask, latest.label)}")
        earlier = f" (na {len(standing.history) - 1} eerder)" if len(standing.history) > 1 else ""
        print(f"  {names.audience(standing.audience, short=True)}: {result_label(latest.result)}, {short_date(latest.date)}, "
              f"{latest.pack}{earlier}")
    if ledger.overdue:
        print(f"\nOpen acties over datum ({len(ledger.overdue)}):")
        for item in ledger.overdue:
            who = f" — {item.action.who}" if item.action.who else ""
            print(f"  {short_date(item.action.due)}  {item.action.what}{who} ({names.ask(item.entry.ask, item.entry.label)}, "
                  f"{names.audience(item.entry.audience, short=True)}; {item.entry.pack})")


def report_audience(pack, chosen: str | None) -> str | None:
    """The audience a report is for: *chosen*, else the first of the pack with an outcome (else its first)."""
    if chosen is not None:
        if chosen not in pack.audiences:
            raise G40Error(f"'{chosen}' is geen doelgroep van dit pakket", field="--audience")
        return chosen
    recorded = [a for a in pack.audiences if any(a in item.outcomes for item in pack.items)]
    if len(recorded) > 1:
        print(f"g40desk: het pakket heeft uitkomsten voor {', '.join(recorded)}; dit verslag is voor {recorded[0]} "
              "(een andere: --audience ID)", file=sys.stderr)
    return (recorded or pack.audiences or [None])[0]


def cmd_report(args) -> int:
    from g40desk.cli.common import open_pack, warn_ceased
    from g40desk.cli.pack_commands import house_template, print_findings
    from g40desk.core.files.atomic import refuse_overwrite
    from g40desk.export import pipeline

    house_template(args)
    pack, catalogue, audiences = open_pack(args.pack)
    audience = report_audience(pack, args.audience)
    refuse_overwrite(args.docx, args.pack, args.template)
    warn_ceased(audiences, [audience] if audience else [], pack.meeting.day)
    allow = pipeline.Allow(args.allow_placeholders, args.allow_shared_text)
    plan = pipeline.check_report(pack, catalogue, audiences, audience, args.template, allow=allow, source=args.pack)
    print_findings(pipeline.write_report(plan, audience, args.docx).findings)
    name = plan.briefings[audience].briefing.audience_name or "het pakket"
    print(f"{args.docx}: verslag van het overleg met {name}")
    return 0


COMMANDS = {"ledger": cmd_ledger, "report": cmd_report}
