"""Subcommands that show data: the agenda as a catalogue, the audiences on a date, the user's audience facts."""

from __future__ import annotations

import json

from g40desk.cli.common import load_data
from g40desk.core.errors import G40Error


def add_parsers(sub) -> None:
    p = sub.add_parser("catalogue", help="de Strategische Agenda als catalogus")
    p.add_argument("--json", action="store_true", help="als JSON-array, één object per onderdeel")

    p = sub.add_parser("audiences", help="steden, ministeries en hun rollen op een datum")
    p.add_argument("--json", action="store_true", help="als JSON-array, één object per organisatie met zijn rollen")
    p.add_argument("--at", metavar="DATUM", help="peildatum JJJJ-MM-DD (standaard vandaag)")

    p = sub.add_parser("facts", help="gegevens per doelgroep: burgemeester, wethouders, inwoners, minister")
    p.add_argument("audience", nargs="?", metavar="ID", help="doelgroep, bv. city:zwolle (zonder: alles tonen)")
    p.add_argument("field", nargs="?", metavar="GEGEVEN",
                   help="burgemeester, wethouder.<portefeuille>, inwoners, minister of staatssecretaris")
    p.add_argument("value", nargs="?", metavar="WAARDE", help="nieuwe waarde; leeg ('') wist het gegeven")



def cmd_catalogue(args) -> int:
    catalogue, _ = load_data()
    if args.json:
        from g40desk.core.agenda.library import entry_rows

        print(json.dumps(entry_rows(catalogue), ensure_ascii=False, indent=2))
        return 0
    from g40desk.cli.agenda import print_entries

    print_entries(catalogue)
    return 0


def cmd_audiences(args) -> int:
    import datetime as dt

    from g40desk.core.audience.report import audiences_json

    _, audiences = load_data()
    try:
        day = dt.date.fromisoformat(args.at) if args.at else dt.date.today()
    except ValueError:
        raise G40Error(f"'{args.at}' is geen geldige datum; schrijf JJJJ-MM-DD, bv. 2025-01-01", field="--at") from None
    rows = audiences_json(audiences, day)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for org in rows:
        short = f" ({org['abbreviation']})" if "abbreviation" in org else ""
        print(f"{org['id']:40} {org['name']}{short}")
        for role in org["roles"]:
            person = f", {role['person']}" if role.get("person") else ""
            print(f"  {role['id']:38} {role['title']}{person}")
    return 0


def cmd_facts(args) -> int:
    """Show or set the facts (mayor, aldermen, population, minister) that fill placeholders."""
    from g40desk.core.audience.facts import facts_path, load_facts, save_facts

    _, audiences = load_data()
    facts = load_facts()
    if args.audience and args.audience not in audiences:
        raise G40Error(f"onbekende doelgroep '{args.audience}' (zie 'g40desk audiences')", field="ID")
    if args.field is not None:
        if args.value is None:
            raise G40Error("geef een waarde, bv. g40desk facts city:zwolle burgemeester 'Naam'", field=args.field)
        facts.set(args.audience, args.field, args.value)
        print(f"{save_facts(facts)}: {args.audience} {args.field} = {args.value or '(gewist)'}")
        return 0
    shown = [args.audience] if args.audience else list(facts.audiences)
    if not shown:
        print(f"nog geen gegevens ingevuld ({facts_path()}); bv. g40desk facts city:zwolle burgemeester 'Naam'")
    for audience_id in shown:
        known = facts.of(audience_id)
        print(f"{audience_id}  {audiences[audience_id].display_name if audience_id in audiences else ''}")
        for name, value in known.model_dump(exclude_defaults=True).items():
            if name == "wethouders":
                for portfolio, person in value.items():
                    print(f"  wethouder.{portfolio}: {person}")
            else:
                print(f"  {name}: {value}")
    return 0


COMMANDS = {"catalogue": cmd_catalogue, "audiences": cmd_audiences, "facts": cmd_facts}
