"""The agenda subcommands of `g40desk`: agenda list|show|import, and review."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from g40desk.cli import common
from g40desk.core.errors import G40Error


def add_parsers(sub) -> None:
    p = sub.add_parser("agenda", help="agenda's: tonen, importeren uit Word")
    agenda = p.add_subparsers(dest="agenda_command", metavar="list|show|import", required=True)
    q = agenda.add_parser("list", help="alle agenda's die g40desk vindt (ingebouwd, eigen, gedeeld)")
    q.add_argument("--json", action="store_true")
    q = agenda.add_parser("show", help="één agenda met al haar teksten")
    q.add_argument("agenda", nargs="?", metavar="ID|BESTAND", help="ID, ID@versie of bestand (standaard de ingebouwde)")
    q.add_argument("--json", action="store_true", help="als JSON-object met elke tekst")
    q = agenda.add_parser("import", help="lees een nieuwe agenda uit een Word-document")
    q.add_argument("docx", type=Path, metavar="AGENDA.docx")
    q.add_argument("--out", type=Path, metavar="BESTAND", help="het agendabestand (.json) dat ontstaat")
    q.add_argument("--check", action="store_true", help="alleen het verslag tonen (ID's, scores, twijfels); niets schrijven")
    q.add_argument("--previous", metavar="ID|BESTAND",
                   help="vorige agenda: overeenkomende onderdelen houden hun ID (standaard de ingebouwde)")
    q.add_argument("--id", dest="agenda_id", metavar="ID", help="ID van de nieuwe agenda (standaard uit de titel)")
    q.add_argument("--version", type=int, default=None, metavar="N", help="versienummer (standaard 1)")
    q.add_argument("--date", default=None, metavar="JJJJ-MM-DD", help="datum van vaststelling")
    q.add_argument("--force", action="store_true", help="overschrijf een bestaand bestand")

    p = sub.add_parser("review", help="wat er voor een pakket veranderd is in de agenda (exit 1: beslissing nodig)")
    p.add_argument("pack", type=Path, metavar="PAKKET")
    p.add_argument("--agenda", metavar="ID|BESTAND", help="vergelijk met deze agenda (standaard de nieuwste versie)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--accept-all", action="store_true", help="neem elke wijziging over en sla het pakket op")
    group.add_argument("--keep-all", action="store_true", help="houd bij elke wijziging het pakket zoals het is, en sla op")


def cmd_agenda(args) -> int:
    library = common.library()
    if args.agenda_command == "list":
        infos = library.list()
        for problem in library.problems:
            print(f"g40desk: waarschuwing: overgeslagen: {problem}", file=sys.stderr)
        if args.json:
            rows = [{"id": i.id, "version": i.version, "title": i.title, "source": i.source, "date": i.date,
                     "location": i.location.name.lower(), "read_only": i.read_only, "path": str(i.path)}
                    for i in infos]
            print(json.dumps(rows, ensure_ascii=False, indent=2))
            return 0
        for i in infos:
            print(f"{i.id:40} v{i.version:<3} {i.date or '':10} {i.location.value:9} {i.source or i.title}  ({i.path})")
        return 0
    if args.agenda_command == "show":
        catalogue = library.resolve(args.agenda) if args.agenda else library.load(library.builtin())
        return _show(catalogue, args.json)
    return _import(args, library)


def _show(catalogue, as_json: bool) -> int:
    from g40desk.core.agenda.library import agenda_document

    if as_json:
        print(json.dumps(agenda_document(catalogue), ensure_ascii=False, indent=2))
        return 0
    meta = catalogue.meta
    print(f"{meta.title} — {meta.source}")
    print(f"ID {meta.id}, versie {meta.version}" + (f", {meta.date}" if meta.date else ""))
    if meta.based_on:
        print(f"gebaseerd op {meta.based_on.id} versie {meta.based_on.version}" +
              (f": {meta.changes}" if meta.changes else ""))
    print_entries(catalogue)
    return 0


def print_entries(catalogue) -> None:
    """One line per entry, indented as in the tree: ID, title, ministries and what is outdated or retired."""
    for entry in catalogue.walk():
        marks = []
        if entry.ministries:
            marks.append(", ".join(m.split(":")[1].upper() for m in entry.ministries))
        if entry.node.outdated:
            marks.append("deels achterhaald" if entry.node.outdated.partial else "achterhaald")
        if entry.node.retired:
            marks.append("vervallen")
        extra = f"  [{'; '.join(marks)}]" if marks else ""
        print(f"{'  ' * entry.depth}{entry.id}  {entry.label}{extra}")


def _import(args, library) -> int:
    from g40desk.core.agenda.library import write_agenda
    from g40desk.importers.agenda import import_docx

    if args.out is None and not args.check:
        raise G40Error("geef --out BESTAND.json, of --check om alleen het verslag te zien", field="--out")
    if args.out is not None and args.out.exists() and not args.force and not args.check:
        raise G40Error("bestaat al; kies een andere naam of gebruik --force", args.out)
    if args.out is not None and args.out.suffix.lower() != ".json":
        raise G40Error("een agendabestand eindigt op .json", args.out, "--out")
    previous = library.resolve(args.previous) if args.previous else library.load(library.builtin())
    result = import_docx(args.docx, previous, agenda_id=args.agenda_id, version=args.version, date=args.date)
    for line in result.report_lines():
        print(line)
    if args.check:
        print(f"{args.docx}: {result.count} onderdelen, {len(result.flags)} om na te kijken; niets geschreven")
        return 0
    write_agenda(result.agenda, args.out)
    print(f"{args.out}: agenda '{result.agenda.id}' versie {result.agenda.version} met "
          f"{result.count} onderdelen ({len(result.flags)} om na te kijken)")
    return 0


def cmd_review(args) -> int:
    if not (args.accept_all or args.keep_all):
        return _review(args)
    with common.writing(args.pack):  # the decisions are saved into the pack
        return _review(args)


def _review(args) -> int:
    from g40desk.core.agenda.review import report
    from g40desk.core.files.stamp import current_stamp

    before = current_stamp(args.pack)  # taken first: a change after it is noticed at saving
    opened, _ = common.load_pack_and_agenda(args.pack, agenda=args.agenda)
    pack, catalogue, changes = opened.pack, opened.agenda, opened.changes
    print(report(changes, pack, catalogue))
    if args.accept_all or args.keep_all:
        from g40desk.core.agenda.review import apply_decisions
        from g40desk.core.pack.storage import save_pack

        accepted = {c.key for c in changes} if args.accept_all else set()
        save_pack(apply_decisions(pack, catalogue, changes, accepted), args.pack, catalogue=catalogue, expected=before)
        print(f"{args.pack}: {len(changes)} beslissingen opgeslagen; het pakket volgt nu "
              f"{catalogue.meta.id} versie {catalogue.meta.version} (vorige versie: {args.pack.name}.bak)")
        return 0
    return 1 if changes else 0


COMMANDS = {"agenda": cmd_agenda, "review": cmd_review}
