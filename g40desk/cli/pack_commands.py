"""Subcommands on a pack: new, duplicate, export, batch, import-matrix, and the demo."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from g40desk.cli.common import allow_flags, load_data, open_pack, warn_ceased, writing
from g40desk.core.errors import G40Error


def add_parsers(sub) -> None:
    p = sub.add_parser("new", help="maak een nieuw pakket")
    p.add_argument("pack", type=Path, metavar="PAKKET")
    p.add_argument("--audience", action="append", required=True, metavar="ID", help="doelgroep, bv. city:zwolle")
    p.add_argument("--agenda", metavar="ID|BESTAND", help="agenda (standaard de ingebouwde; zie 'g40desk agenda list')")
    p.add_argument("--title", default=None, metavar="TITEL", help="titel van de notitie (standaard naar de doelgroep)")
    p.add_argument("--date", default=None, metavar="DATUM",
                   help="datum van het overleg, bv. 14-10-2025 of '14 oktober 2025' (bepaalt aan wie elke vraag "
                        "die dag gericht is en welke eisen dan achterhaald zijn)")
    p.add_argument("--theme", action="append", default=[], metavar="ID",
                   help="thema met zijn eisen (zonder de (deels) achterhaalde, tenzij --include-outdated)")
    p.add_argument("--include-outdated", action="store_true",
                   help="neem bij --theme ook (deels) achterhaalde eisen op (de export vraagt dan om een reden)")
    p.add_argument("--demand", action="append", default=[], metavar="ID", help="een losse eis, bv. demand:wonen-1")
    p.add_argument("--ledger", action="append", default=[], type=Path, metavar="MAP",
                   help="zoek het laatste overleg met elke doelgroep in de pakketten onder MAP (standaard de mappen "
                        "die IT instelde) en zet de toezeggingen en open acties daarvan als 'Terugblik' vooraan in "
                        "de notitie")
    p.add_argument("--force", action="store_true", help="overschrijf een bestaand bestand")

    p = sub.add_parser("duplicate", help="kopieer een pakket voor een andere doelgroep (eigen tekst van de oude blijft achter)")
    p.add_argument("pack", type=Path, metavar="PAKKET")
    p.add_argument("--audience", required=True, metavar="ID", help="de nieuwe doelgroep, bv. city:s-hertogenbosch")
    p.add_argument("--out", type=Path, required=True, metavar="NIEUW", help="het nieuwe pakket")
    p.add_argument("--replace", metavar="ID", help="de doelgroep die vervalt (standaard de eerste van dezelfde soort)")
    p.add_argument("--copy", action="append", default=[], metavar="'ID VELD'",
                   help="neem een achterblijvende tekst toch over, zoals de lijst hem noemt; hij staat dan op "
                        "'nog nakijken' en de export weigert hem tot u hem nakijkt")
    p.add_argument("--force", action="store_true", help="overschrijf een bestaand bestand")

    p = sub.add_parser("export", help="schrijf de Word-notitie en/of de Excel-matrix")
    p.add_argument("pack", type=Path, metavar="PAKKET")
    p.add_argument("--docx", type=Path, metavar="BESTAND")
    p.add_argument("--xlsx", type=Path, metavar="BESTAND")
    p.add_argument("--template", type=Path, metavar="BESTAND", help="eigen Word-sjabloon (.docx/.dotx/.docm/.dotm; macro's en externe koppelingen worden weggelaten)")
    p.add_argument("--form", choices=["note", "card"], default=None, help="notitie (standaard) of gesprekskaart")
    p.add_argument("--allow-long-card", action="store_true",
                   help="schrijf een gesprekskaart ook als die niet op één pagina past")
    p.add_argument("--audience", metavar="ID", help="doelgroep (standaard de eerste van het pakket)")
    other_asks_flag(p)
    allow_flags(p)

    p = sub.add_parser("batch", help="één notitie per doelgroep plus de eisenmatrix")
    p.add_argument("pack", type=Path, metavar="PAKKET")
    p.add_argument("--out", type=Path, required=True, metavar="MAP")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--audience", action="append", metavar="ID", help="doelgroep (standaard: die van het pakket)")
    group.add_argument("--all-cities", action="store_true", help="alle G40-steden op de datum van het overleg (anders vandaag)")
    group.add_argument("--all-ministries", action="store_true", help="alle ministeries op die datum")
    p.add_argument("--form", choices=["note", "card"], default=None)
    p.add_argument("--template", type=Path, metavar="BESTAND")
    other_asks_flag(p)
    allow_flags(p)

    p = sub.add_parser("import-matrix", help="neem prioriteiten, status en tekst over uit een bewerkte matrix")
    p.add_argument("pack", type=Path, metavar="PAKKET")
    p.add_argument("matrix", type=Path, metavar="MATRIX.xlsx")
    p.add_argument("--apply", action="store_true", help="voer de wijzigingen door (anders alleen tonen)")

    p = sub.add_parser("demo", help="schrijf een voorbeeldpakket met Word- en Excel-export")
    p.add_argument("dir", type=Path, metavar="MAP")
    p.add_argument("--force", action="store_true",
                   help="overschrijf een eerder voorbeeld in MAP (de vorige versies blijven als .bak)")


def other_asks_flag(p) -> None:
    p.add_argument("--other-asks", choices=["group", "omit"], default=None,
                   help="in een notitie voor een ministerie of minister: vragen die op de datum van het overleg aan "
                        "anderen gericht zijn onder een eigen kop 'Ook van belang voor …' (group) of weglaten (omit); "
                        "standaard wat het pakket zegt")


def note_options(pack, args):
    """The pack's note options with --form and --other-asks of this export applied (the pack file is not changed)."""
    from g40desk.core.pack.edit import set_other_asks

    if args.other_asks:
        pack = set_other_asks(pack, args.other_asks).pack
    return pack.options.model_copy(update={"form": args.form}) if args.form else pack.options


def cmd_new(args) -> int:
    from g40desk.core.agenda.catalogue import Kind
    from g40desk.core.pack.defaults import default_title
    from g40desk.core.pack.model import Item, Meeting, Pack
    from g40desk.core.pack.storage import check_pack, save_pack
    from g40desk.core.text import read_date

    day = read_date(args.date) if args.date else None
    if args.date and day is None:
        raise G40Error(f"'{args.date}' is geen datum; schrijf bv. 14-10-2025 of '14 oktober 2025'", field="--date")
    catalogue, audiences = load_data()
    if args.agenda:
        from g40desk.core.agenda.library import AgendaLibrary

        catalogue = AgendaLibrary().resolve(args.agenda)
    if args.pack.exists() and not args.force:
        raise G40Error("bestaat al; kies een andere naam of gebruik --force", args.pack)
    refs: list[str] = []
    left_out: list[str] = []
    for theme_id in args.theme:
        if theme_id not in catalogue or catalogue[theme_id].kind != Kind.THEME:
            raise G40Error(f"'{theme_id}' is geen thema (zie 'g40desk catalogue')", field="--theme")
        refs += catalogue.picks(theme_id, include_outdated=args.include_outdated)
        left_out += [e for e in catalogue.picks(theme_id, include_outdated=True) if e not in refs]
    for demand_id in args.demand:
        if demand_id not in catalogue or catalogue[demand_id].kind != Kind.DEMAND:
            raise G40Error(f"'{demand_id}' is geen eis (zie 'g40desk catalogue')", field="--demand")
        refs.append(demand_id)
    refs = list(dict.fromkeys(refs))
    title = args.title or default_title(args.audience, audiences, day)
    if title != title.encode("utf-8", "ignore").decode("utf-8"):  # a byte the terminal could not decode
        raise G40Error("bevat een teken dat geen geldige UTF-8 is; typ de titel opnieuw", field="--title")
    draft = Pack().model_copy(update={"title": title, "audiences": list(args.audience),
                                      "items": [Item(ref=r) for r in refs], "meeting": Meeting(date=day)})
    check_pack(draft, catalogue, audiences)  # every reference and limit, before anything is written
    from g40desk.core.files import machine
    from g40desk.core.ledger.collect import ledger_folders

    folders = ledger_folders(args.ledger, machine.machine_defaults().ledger_folders)
    if folders:
        draft = _with_lookback(draft, folders, catalogue, audiences)
    pack = Pack.model_validate(draft.model_dump())
    warn_ceased(audiences, pack.audiences, day)
    with writing(args.pack):
        if args.pack.exists() and not args.force:
            raise G40Error("bestaat al; kies een andere naam of gebruik --force", args.pack)
        save_pack(pack, args.pack, backup=False, catalogue=catalogue)
    print(f"{args.pack}: pakket met {len(refs)} onderdelen voor {', '.join(args.audience)}")
    _report_outdated(catalogue, refs, left_out, args.pack)
    return 0


def cmd_duplicate(args) -> int:
    from g40desk.core.pack.duplicate import duplicate_for, to_check_lines
    from g40desk.core.pack.storage import save_pack

    pack, catalogue, audiences = open_pack(args.pack)
    for name, value in (("--audience", args.audience), ("--replace", args.replace)):
        if value is not None and value not in audiences:
            raise G40Error(f"onbekende doelgroep '{value}' (zie 'g40desk audiences')", field=name)
    if args.replace is not None and args.replace not in pack.audiences:
        raise G40Error(f"'{args.replace}' is geen doelgroep van dit pakket", args.pack, "--replace")
    if args.out.resolve() == args.pack.resolve():
        raise G40Error("de kopie kan het pakket zelf niet vervangen; kies een nieuwe naam", args.out, "--out")
    if args.out.exists() and not args.force:
        raise G40Error("bestaat al; kies een andere naam of gebruik --force", args.out)
    done = duplicate_for(pack, args.audience, audiences, args.replace, [" ".join(c.split()) for c in args.copy],
                         catalogue)
    with writing(args.out):
        if args.out.exists() and not args.force:
            raise G40Error("bestaat al; kies een andere naam of gebruik --force", args.out)
        save_pack(done.pack, args.out, backup=False, catalogue=catalogue)
    origin = ", ".join(audiences[a].display_name for a in done.pack.origin[-1:]) or "de vorige doelgroep"
    print(f"{args.out}: kopie van {args.pack} voor {audiences[args.audience].display_name} ('{done.pack.title}')")
    if done.left:
        print(f"Achtergebleven (eigen tekst van {origin}); overnemen met --copy 'ID VELD':")
        for entry in done.left:
            print(f"  - {entry.describe()}")
    else:
        print(f"Er bleef geen eigen tekst van {origin} achter.")
    lines = to_check_lines(done.pack, catalogue, audiences)
    if lines:
        print(f"Nog nakijken (de export weigert ze tot dan; 'g40desk checked {args.out} ID VELD'):")
        for line in lines:
            print(f"  - {line}")
    return 0


def _with_lookback(pack, folders: list[Path], catalogue, audiences):
    """*pack* with each audience's Terugblik from the ledger's folders; one line per audience says what was found."""
    import datetime as dt

    from g40desk.core.ledger import lookback
    from g40desk.core.ledger.collect import collect
    from g40desk.core.ledger.index import Index, default_path
    from g40desk.core.pack import edit

    index = Index(default_path())
    try:
        collection = collect(folders, index)
    finally:
        index.close()
    for note in collection.notes:
        print(f"g40desk: waarschuwing: {note}", file=sys.stderr)
    if collection.skipped:
        print(f"g40desk: {len(collection.skipped)} bestand(en) in de mappen overgeslagen (welke en waarom: "
              f"'g40desk ledger {' '.join(str(f) for f in folders)}')", file=sys.stderr)
    for offer in lookback.offers(collection, pack, lookback.ask_labels(catalogue), dt.date.today()):
        pack = edit.set_lookback(pack, offer.audience, offer.recalls).pack
        name = audiences[offer.audience].display_name if offer.audience in audiences else offer.audience
        print(offer.line(name))
    return pack


def house_template(args) -> None:
    """Without --template, the house template IT set for the computer (docs/deploy.md), if any."""
    if args.template is None:
        from g40desk.core.files import machine

        args.template = machine.machine_defaults().house_template


def _report_outdated(catalogue, refs: list[str], left_out: list[str], path: Path) -> None:
    """One line per outdated entry left out of a new pack, or taken in (then the export asks for a reason)."""
    from g40desk.core.note.stale import what

    for ref in left_out:
        entry = catalogue[ref]
        why = what(entry) or "uit de agenda gehaald"
        print(f"g40desk: weggelaten: '{entry.label}' ({ref}) is {why}; toch opnemen: --include-outdated",
              file=sys.stderr)
    for ref in refs:
        entry = catalogue[ref]
        if entry.node.outdated is not None:
            print(f"g40desk: let op: '{entry.label}' ({ref}) is {what(entry)}; de export vraagt om een reden: "
                  f"g40desk keep {path} {ref} --reason \"…\"", file=sys.stderr)


def cmd_export(args) -> int:
    house_template(args)
    pack, catalogue, audiences = open_pack(args.pack)
    if not args.docx and not args.xlsx:
        raise G40Error("geef --docx BESTAND en/of --xlsx BESTAND")
    if args.audience and args.audience not in pack.audiences:
        raise G40Error(f"'{args.audience}' is geen doelgroep van dit pakket", args.pack, "--audience")
    warn_ceased(audiences, [args.audience] if args.audience else pack.audiences, pack.meeting.date)
    from g40desk.core.files.atomic import refuse_overwrite

    for output in (args.docx, args.xlsx):
        if output is not None:
            refuse_overwrite(output, args.pack, args.template, args.xlsx if output == args.docx else args.docx)
    from g40desk.export import pipeline

    matrix = pipeline.check_matrix(pack, catalogue, audiences, args.pack) if args.xlsx else None  # before writing
    if args.docx:
        options = note_options(pack, args)
        audience = args.audience or (pack.audiences[0] if pack.audiences else None)
        allow = pipeline.Allow(args.allow_placeholders, args.allow_shared_text, args.allow_long_card)
        plan = pipeline.check(pack, catalogue, audiences, [audience], options, args.template, allow=allow, source=args.pack)
        print_findings(pipeline.write_note(plan, audience, args.docx).findings)
        name = plan.briefings[audience].briefing.audience_name or "het pakket"
        if audience in plan.pages:  # a card: one line that says so, never 'notitie'
            pages = plan.pages[audience]
            unit = "pagina" if pages == 1 else "pagina's"
            print(f"{args.docx}: gesprekskaart voor {name}, van ongeveer {pages} {unit}")
        else:
            print(f"{args.docx}: notitie voor {name}")
    if args.xlsx:
        print_findings(pipeline.write_matrix(matrix, args.xlsx).findings)
        print(f"{args.xlsx}: eisenmatrix")
    return 0


def print_findings(findings) -> None:
    for finding in findings:
        print(f"g40desk: waarschuwing: {finding.text}", file=sys.stderr)


def cmd_batch(args) -> int:
    from g40desk.export import pipeline
    from g40desk.export.batch import parallel_workers
    from g40desk.export.workers import Stopped, stop_on_signals

    house_template(args)
    pack, catalogue, audiences = open_pack(args.pack)
    day = pack.meeting.date or dt.date.today()  # the members and ministries of the meeting's day
    if args.all_cities:
        ids = [c.id for c in audiences.cities_on(day)]
    elif args.all_ministries:
        ids = [m.id for m in audiences.ministries_on(day)]
    else:
        ids = args.audience or list(pack.audiences)
    unknown = [a for a in ids if a not in audiences]
    if unknown:
        raise G40Error(f"onbekende doelgroep '{unknown[0]}' (zie 'g40desk audiences')", field="--audience")
    if not ids:
        raise G40Error("het pakket heeft geen doelgroep; geef --audience, --all-cities of --all-ministries", args.pack)
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise G40Error(f"kan de map niet maken ({exc.strerror})", args.out) from None
    options = note_options(pack, args)
    allow = pipeline.Allow(args.allow_placeholders, args.allow_shared_text, long_card=True)  # a long card: a warning
    plan = pipeline.check(pack, catalogue, audiences, ids, options, args.template, allow=allow, source=args.pack)
    with stop_on_signals():  # SIGTERM: the workers stop too, and one line says how far it got
        try:
            result = pipeline.write_batch(plan, args.out, workers=parallel_workers())
        except Stopped as stop:  # after the notes (the matrix): write_notes says it for the notes themselves
            raise G40Error(f"afgebroken ({stop.name}); de eisenmatrix is niet geschreven", args.out) from None
    print_findings(result.findings)
    print(f"{args.out}: {len(result.notes)} notities en 1 eisenmatrix geschreven"
          f" ({len(result.warnings)} waarschuwingen)")
    return 0


def cmd_import_matrix(args) -> int:
    if not args.apply:
        return _import_matrix(args)
    with writing(args.pack):  # from reading the pack to saving it: no other writer in between
        return _import_matrix(args)


def _import_matrix(args) -> int:
    from g40desk.core.files.stamp import current_stamp
    from g40desk.core.pack.storage import save_pack
    from g40desk.importers.matrix import apply_changes, read_matrix

    before = current_stamp(args.pack)  # taken first: a change after it is noticed at saving
    pack, catalogue, audiences = open_pack(args.pack)
    report = read_matrix(args.matrix, pack, catalogue, audiences)
    for problem in report.problems:
        print(f"g40desk: let op: {args.matrix}: {problem}", file=sys.stderr)
    for change in report.changes:
        print(change.describe())
    if not report.changes and report.problems:
        print(f"{args.matrix}: niets over te nemen; {len(report.problems)} verschil(len) niet overgenomen (zie hierboven)")
    elif not report.changes:
        print(f"{args.matrix}: geen wijzigingen ten opzichte van {args.pack}")
    elif args.apply:
        try:
            changed = apply_changes(pack, report.changes)
        except G40Error as exc:  # beyond the pack's limits: nothing is written
            raise G40Error(exc.message, args.matrix) from None
        save_pack(changed, args.pack, catalogue=catalogue, expected=before)
        print(f"{args.pack}: {len(report.changes)} wijzigingen doorgevoerd (vorige versie: {args.pack.name}.bak)")
    else:
        print(f"{len(report.changes)} wijzigingen; niets doorgevoerd. Gebruik --apply om ze door te voeren.")
    return 0


def cmd_demo(args) -> int:
    from g40desk.core.pack.demo import demo_pack
    from g40desk.core.pack.storage import save_pack
    from g40desk.export import pipeline

    catalogue, audiences = load_data()
    try:
        args.dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise G40Error(f"kan de map niet maken ({exc.strerror})", args.dir) from None
    pack = demo_pack()
    pack_path = args.dir / "demo.g40pack"
    # Fixed names, as the documentation shows them; made by the one naming function (dateless, as a batch's).
    outputs = [pack_path, *(args.dir / pipeline.file_name("demo-notitie", pipeline.NOTE, a, batch=True)
                            for a in pack.audiences),
               args.dir / pipeline.file_name("demo", pipeline.MATRIX, batch=True)]
    plan = pipeline.check(pack, catalogue, audiences, list(pack.audiences))  # the demo passes the same checks
    matrix = pipeline.check_matrix(pack, catalogue, audiences)
    findings = []
    with writing(pack_path):
        _keep_earlier_demo(args.dir, outputs, args.force)
        pack = save_pack(pack, pack_path, backup=False, catalogue=catalogue).pack
        for audience_id, path in zip(pack.audiences, outputs[1:-1], strict=True):
            findings += pipeline.write_note(plan, audience_id, path).findings
        findings += pipeline.write_matrix(matrix, outputs[-1]).findings
    print_findings(list(dict.fromkeys(findings)))
    for path in outputs:
        print(path)
    return 0


def _keep_earlier_demo(folder: Path, outputs: list[Path], force: bool) -> None:
    """An earlier demo in *folder* is only replaced with --force, and then kept as .bak."""
    import os

    from g40desk.core.files.atomic import keep_backup

    there = [path for path in outputs if os.path.lexists(path)]
    if there and not force:
        names = ", ".join(path.name for path in there[:3]) + (f" en {len(there) - 3} andere" if len(there) > 3 else "")
        raise G40Error(f"bevat al een voorbeeld ({names}); er is niets overschreven. Kies een andere map, "
                       "of gebruik --force (de vorige versies blijven als .bak)", folder)
    for path in there:
        if path.is_file() and not path.is_symlink():
            keep_backup(path)


COMMANDS = {"new": cmd_new, "duplicate": cmd_duplicate, "export": cmd_export, "batch": cmd_batch, "import-matrix": cmd_import_matrix,
            "demo": cmd_demo}
