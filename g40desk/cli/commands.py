"""The g40desk command: the editor by default, headless subcommands for scripts and CI."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from g40desk import __version__
from g40desk.cli.agenda import agenda_commands
from g40desk.core.errors import G40Error

COMMANDS = ("catalogue", "audiences", "new", "export", "batch", "import-matrix", "demo", "agenda", "review",
            "facts")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="g40desk",
        description="Briefings voor G40-lobbygesprekken. Zonder opdracht start de editor: g40desk [PAKKET].",
    )
    parser.add_argument("--version", action="version", version=f"g40desk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")

    p = sub.add_parser("catalogue", help="de Strategische Agenda als catalogus")
    p.add_argument("--json", action="store_true", help="als JSON-array, één object per onderdeel")

    p = sub.add_parser("audiences", help="steden, ministeries en hun rollen op een datum")
    p.add_argument("--json", action="store_true", help="als JSON-array, één object per organisatie met zijn rollen")
    p.add_argument("--at", metavar="DATUM", help="peildatum JJJJ-MM-DD (standaard vandaag)")

    p = sub.add_parser("new", help="maak een nieuw pakket")
    p.add_argument("pack", type=Path, metavar="PAKKET")
    p.add_argument("--audience", action="append", required=True, metavar="ID", help="doelgroep, bv. city:zwolle")
    p.add_argument("--agenda", metavar="ID|BESTAND", help="agenda (standaard de ingebouwde; zie 'g40desk agenda list')")
    p.add_argument("--title", default=None)
    p.add_argument("--theme", action="append", default=[], metavar="ID", help="thema met al zijn eisen")
    p.add_argument("--demand", action="append", default=[], metavar="ID")
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
    _allow_flags(p)

    p = sub.add_parser("batch", help="één notitie per doelgroep plus de eisenmatrix")
    p.add_argument("pack", type=Path, metavar="PAKKET")
    p.add_argument("--out", type=Path, required=True, metavar="MAP")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--audience", action="append", metavar="ID", help="doelgroep (standaard: die van het pakket)")
    group.add_argument("--all-cities", action="store_true", help="alle 41 steden")
    group.add_argument("--all-ministries", action="store_true", help="alle ministeries")
    p.add_argument("--form", choices=["note", "card"], default=None)
    p.add_argument("--template", type=Path, metavar="BESTAND")
    _allow_flags(p)

    p = sub.add_parser("facts", help="gegevens per doelgroep: burgemeester, wethouders, inwoners, minister")
    p.add_argument("audience", nargs="?", metavar="ID", help="doelgroep, bv. city:zwolle (zonder: alles tonen)")
    p.add_argument("field", nargs="?", metavar="GEGEVEN",
                   help="burgemeester, wethouder.<portefeuille>, inwoners, minister of staatssecretaris")
    p.add_argument("value", nargs="?", metavar="WAARDE", help="nieuwe waarde; leeg ('') wist het gegeven")

    p = sub.add_parser("import-matrix", help="neem prioriteiten, status en tekst over uit een bewerkte matrix")
    p.add_argument("pack", type=Path, metavar="PAKKET")
    p.add_argument("matrix", type=Path, metavar="MATRIX.xlsx")
    p.add_argument("--apply", action="store_true", help="voer de wijzigingen door (anders alleen tonen)")

    p = sub.add_parser("demo", help="schrijf een voorbeeldpakket met Word- en Excel-export")
    p.add_argument("dir", type=Path, metavar="MAP")

    from g40desk.cli.agenda import add_parsers

    add_parsers(sub)
    return parser


def _allow_flags(p) -> None:
    p.add_argument("--allow-placeholders", action="store_true",
                   help="schrijf ook als er plaatshouders zonder waarde in de tekst staan")
    p.add_argument("--allow-shared-text", action="store_true",
                   help="schrijf ook als tekst voor één doelgroep in de notitie van een andere komt")


def _data():
    from g40desk.cli.agenda import load_audiences_warned
    from g40desk.core.agenda.catalogue import load_catalogue

    return load_catalogue(), load_audiences_warned()


def _warn_ceased(audiences, audience_ids, day=None) -> None:
    from g40desk.core.audience.audiences import notices

    for notice in notices(audiences, audience_ids, day):
        print(f"g40desk: waarschuwing: {notice.message}", file=sys.stderr)


def _pack(path: Path):
    """A pack with the agenda it was made with (newest version); refused if that agenda
    lacks one of its entries, with a pointer to `g40desk review`."""
    from g40desk.cli.agenda import _library, load_pack_and_agenda
    from g40desk.core.agenda.review import review_pack
    from g40desk.core.pack.storage import check_pack

    library = _library()
    pack, catalogue, audiences = load_pack_and_agenda(path, library)
    check_pack(pack, catalogue, audiences, path)
    pending = review_pack(pack, catalogue, library.made_with(pack))  # as 'g40desk review' counts them
    if pending:
        what = "1 wijziging in de agenda wacht" if len(pending) == 1 else f"{len(pending)} wijzigingen in de agenda wachten"
        print(f"g40desk: waarschuwing: {path}: {what} op een beslissing (zie 'g40desk review {path}')", file=sys.stderr)
    return pack, catalogue, audiences


def cmd_catalogue(args) -> int:
    catalogue, _ = _data()
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

    _, audiences = _data()
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


def cmd_new(args) -> int:
    from g40desk.core.agenda.catalogue import Kind
    from g40desk.core.pack.model import Item, Pack
    from g40desk.core.pack.storage import check_pack, save_pack

    catalogue, audiences = _data()
    if args.agenda:
        from g40desk.core.agenda.library import AgendaLibrary

        catalogue = AgendaLibrary().resolve(args.agenda)
    if args.pack.exists() and not args.force:
        raise G40Error("bestaat al; kies een andere naam of gebruik --force", args.pack)
    refs: list[str] = []
    for theme_id in args.theme:
        if theme_id not in catalogue or catalogue[theme_id].kind != Kind.THEME:
            raise G40Error(f"'{theme_id}' is geen thema (zie 'g40desk catalogue')", field="--theme")
        refs += catalogue.picks(theme_id)
    for demand_id in args.demand:
        if demand_id not in catalogue or catalogue[demand_id].kind != Kind.DEMAND:
            raise G40Error(f"'{demand_id}' is geen eis (zie 'g40desk catalogue')", field="--demand")
        refs.append(demand_id)
    refs = list(dict.fromkeys(refs))
    title = args.title or "Briefing " + ", ".join(audiences[a].name for a in args.audience if a in audiences)
    if title != title.encode("utf-8", "ignore").decode("utf-8"):  # a byte the terminal could not decode
        raise G40Error("bevat een teken dat geen geldige UTF-8 is; typ de titel opnieuw", field="--title")
    pack = Pack(title=title, audiences=args.audience, items=[Item(ref=r) for r in refs])
    check_pack(pack, catalogue, audiences)
    _warn_ceased(audiences, pack.audiences)
    save_pack(pack, args.pack, backup=False, catalogue=catalogue)
    print(f"{args.pack}: pakket met {len(refs)} onderdelen voor {', '.join(args.audience)}")
    return 0


def cmd_export(args) -> int:

    pack, catalogue, audiences = _pack(args.pack)
    if not args.docx and not args.xlsx:
        raise G40Error("geef --docx BESTAND en/of --xlsx BESTAND")
    if args.audience and args.audience not in pack.audiences:
        raise G40Error(f"'{args.audience}' is geen doelgroep van dit pakket", args.pack, "--audience")
    _warn_ceased(audiences, [args.audience] if args.audience else pack.audiences, pack.meeting.date)
    from g40desk.core.files.atomic import refuse_overwrite

    for output in (args.docx, args.xlsx):
        if output is not None:
            refuse_overwrite(output, args.pack, args.template, args.xlsx if output == args.docx else args.docx)
    if args.docx:
        from g40desk.core.note.preflight import preflight
        from g40desk.export.docx_note import write_note

        options = pack.options.model_copy(update={"form": args.form}) if args.form else pack.options
        audience = args.audience or (pack.audiences[0] if pack.audiences else None)
        checked = preflight(pack, catalogue, audiences, [audience], allow_placeholders=args.allow_placeholders,
                            allow_shared_text=args.allow_shared_text)
        briefing = checked.briefings[audience]
        _template_warnings(args.template)
        if options.form == "card":
            from g40desk.export.page_model import card_pages, card_too_long

            pages = card_pages(briefing, options, args.template)
            if pages > 1 and not args.allow_long_card:
                raise G40Error(card_too_long(briefing, pages) + "; of geef --allow-long-card", args.pack, "--form")
            unit = "pagina" if pages == 1 else "pagina's"
            print(f"{args.docx}: gesprekskaart van ongeveer {pages} {unit}")
        known = set(briefing.warnings)
        style = [w for w in write_note(briefing, options, args.docx, args.template, pack.author) if w not in known]
        for warning in checked.warnings + style:
            print(f"g40desk: waarschuwing: {warning}", file=sys.stderr)
        print(f"{args.docx}: notitie voor {briefing.audience_name or 'het pakket'}")
    if args.xlsx:
        from g40desk.export.xlsx_matrix import write_matrix

        _cell_limit_warnings(pack, args.pack)
        write_matrix(pack, catalogue, audiences, args.xlsx)
        print(f"{args.xlsx}: eisenmatrix")
    return 0


def _cell_limit_warnings(pack, path: Path) -> None:
    """Excel holds 32,767 characters in a cell: say which fields the matrix shows cut short."""
    from g40desk.export.xlsx_matrix import CELL_LIMIT

    def walk(value, where: str):
        if isinstance(value, str) and len(value) > CELL_LIMIT:
            yield where, len(value)
        elif isinstance(value, dict):
            for key, inner in value.items():
                yield from walk(inner, f"{where}.{key}" if where else str(key))
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                yield from walk(inner, f"{where}[{index}]")

    for field, length in walk(pack.model_dump(mode="json"), ""):
        print(f"g40desk: waarschuwing: {path}: veld '{field}' heeft {length:_} tekens; een Excel-cel houdt er hooguit "
              f"{CELL_LIMIT:_}, dus de matrix toont het ingekort (het pakket en de Word-notitie houden de hele tekst)"
              .replace("_", "."), file=sys.stderr)


def _template_warnings(template: Path | None) -> None:
    """What a house template brought that a note leaves out (macros, external links, ...)."""
    if template is not None:
        from g40desk.guards.template import template_notes

        for note in template_notes(template):
            print(f"g40desk: waarschuwing: {template}: {note}", file=sys.stderr)


def cmd_batch(args) -> int:
    from g40desk.export.batch import parallel_workers, write_batch

    pack, catalogue, audiences = _pack(args.pack)
    if args.all_cities:
        ids = [c.id for c in audiences.cities]
    elif args.all_ministries:
        ids = [m.id for m in audiences.ministries]
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
    options = pack.options.model_copy(update={"form": args.form}) if args.form else pack.options
    _template_warnings(args.template)
    result = write_batch(pack, catalogue, audiences, args.out, ids, options, args.template, workers=parallel_workers(),
                         allow_placeholders=args.allow_placeholders, allow_shared_text=args.allow_shared_text)
    for warning in result.warnings:
        print(f"g40desk: waarschuwing: {warning}", file=sys.stderr)
    print(f"{args.out}: {len(result.notes)} notities en 1 eisenmatrix geschreven"
          f" ({len(result.warnings)} waarschuwingen)")
    return 0


def cmd_import_matrix(args) -> int:
    from g40desk.core.pack.storage import save_pack
    from g40desk.importers.matrix import apply_changes, read_matrix

    pack, catalogue, audiences = _pack(args.pack)
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
        save_pack(apply_changes(pack, report.changes), args.pack, catalogue=catalogue)
        print(f"{args.pack}: {len(report.changes)} wijzigingen doorgevoerd (vorige versie: {args.pack.name}.bak)")
    else:
        print(f"{len(report.changes)} wijzigingen; niets doorgevoerd. Gebruik --apply om ze door te voeren.")
    return 0


def cmd_facts(args) -> int:
    """Show or set the facts (mayor, aldermen, population, minister) that fill placeholders."""
    from g40desk.core.audience.facts import facts_path, load_facts, save_facts

    _, audiences = _data()
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


def cmd_demo(args) -> int:
    from g40desk.core.note.briefing import build_briefing
    from g40desk.core.pack.demo import demo_pack
    from g40desk.core.pack.storage import save_pack
    from g40desk.export.docx_note import write_note
    from g40desk.export.xlsx_matrix import write_matrix

    catalogue, audiences = _data()
    try:
        args.dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise G40Error(f"kan de map niet maken ({exc.strerror})", args.dir) from None
    pack = demo_pack()
    pack_path = args.dir / "demo.g40pack"
    save_pack(pack, pack_path, backup=False, catalogue=catalogue)
    written = [pack_path]
    for audience_id in pack.audiences:
        name = audience_id.split(":")[1]
        path = args.dir / f"demo-notitie-{name}.docx"
        write_note(build_briefing(pack, catalogue, audiences, audience_id), pack.options, path, author=pack.author)
        written.append(path)
    write_matrix(pack, catalogue, audiences, args.dir / "demo-matrix.xlsx")
    written.append(args.dir / "demo-matrix.xlsx")
    for path in written:
        print(path)
    return 0


def _start_gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="g40desk")
    parser.add_argument("pack", nargs="?", type=Path, metavar="PAKKET")
    args, _qt_args = parser.parse_known_args(argv)
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        print("g40desk: geen beeldscherm gevonden (DISPLAY is niet gezet); de editor kan niet starten. "
              "Zonder scherm werken 'g40desk catalogue', 'new', 'export' en 'demo' (zie g40desk --help).",
              file=sys.stderr)
        return 2
    missing = _missing_qt_libraries()
    if missing:
        packages = " ".join(_debian_package(name) for name in missing)
        print(f"g40desk: het beeldscherm kan niet worden gebruikt: de systeembibliothe{'ek' if len(missing) == 1 else 'ken'} "
              f"{', '.join(missing)} ontbre{'ekt' if len(missing) == 1 else 'ken'}. "
              f"Installeer {'die' if len(missing) == 1 else 'ze'} (Debian/Ubuntu: sudo apt install {packages}) "
              "of start met QT_QPA_PLATFORM=wayland.", file=sys.stderr)
        return 2
    from g40desk.app import run

    return run(args.pack)


# What Qt's X11 plugin links against (ldd of libqxcb.so, Qt 6.11); checked by name when ldd is absent.
XCB_LIBRARIES = ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-image.so.0", "libxcb-keysyms.so.1",
                 "libxcb-randr.so.0", "libxcb-render-util.so.0", "libxcb-shm.so.0", "libxcb-sync.so.1",
                 "libxcb-xfixes.so.0", "libxcb-render.so.0", "libxcb-shape.so.0", "libxcb-xkb.so.1", "libxcb.so.1",
                 "libX11-xcb.so.1", "libX11.so.6", "libxkbcommon.so.0", "libxkbcommon-x11.so.0", "libEGL.so.1",
                 "libfontconfig.so.1", "libfreetype.so.6", "libdbus-1.so.3")


def _missing_qt_libraries() -> list[str]:
    """Qt 6 aborts the whole process when its X11 plugin lacks a library: check first.

    Loads the plugin first: when the dynamic linker finds all it needs (the usual case), that
    is the answer, and Qt loads the same files a moment later. Only when it does not, asks ldd
    (which also follows libQt6XcbQpa) so every missing library is named, not only the first;
    without ldd, looks the known list up by name. (ldd on every start cost 15-35 ms.)
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM") not in (None, "", "xcb"):
        return []
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        return []
    plugin = _xcb_plugin()
    if _plugin_loads(plugin):
        return []
    missing = _ldd_missing(plugin)
    if missing is not None:
        return missing
    from ctypes.util import find_library

    return [soname for soname in XCB_LIBRARIES if find_library(soname[3:].split(".so")[0]) is None]


def _xcb_plugin() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def _plugin_loads(plugin: Path | None) -> bool:
    """Whether the dynamic linker loads *plugin* with every library it needs."""
    if plugin is None:
        return False
    import ctypes

    try:
        ctypes.CDLL(str(plugin))
    except OSError:
        return False
    return True


def _ldd_missing(plugin: Path | None) -> list[str] | None:
    """Sonames ldd reports as 'not found' for *plugin*; None when ldd cannot tell."""
    import shutil
    import subprocess

    if plugin is None or shutil.which("ldd") is None:
        return None
    try:
        result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    if result.returncode != 0 and "not found" not in result.stdout:
        return None
    return list(dict.fromkeys(line.split("=>")[0].strip() for line in result.stdout.splitlines()
                              if line.strip().endswith("not found")))


def _debian_package(soname: str) -> str:
    """libxcb-icccm.so.4 -> libxcb-icccm4, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0 (Debian's naming)."""
    name, _, version = soname.partition(".so")
    version = version.lstrip(".").split(".")[0]
    if not version:
        return name.lower()
    return (name + ("-" if name[-1].isdigit() else "") + version).lower()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # g40desk uses no pydantic plugins; not scanning every installed package's entry points for
    # them saves 3-5 ms of each start and keeps a plugin installed elsewhere out of the editor.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
            return _start_gui(argv)
        args = _parser().parse_args(argv)
        return {"catalogue": cmd_catalogue, "audiences": cmd_audiences, "new": cmd_new,
                "export": cmd_export, "batch": cmd_batch,
                "import-matrix": cmd_import_matrix, "demo": cmd_demo, "facts": cmd_facts,
                **agenda_commands()}[args.command](args)
    except G40Error as exc:
        for line in str(exc).splitlines():
            print(f"g40desk: {line}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # writing to the terminal or a redirected output failed (a full disk)
        from g40desk.core.files.atomic import describe_os_error

        print(f"g40desk: kan de uitvoer niet schrijven: {describe_os_error(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:  # last resort: one line, never a traceback
        if os.environ.get("G40DESK_DEBUG"):
            raise
        print(f"g40desk: onverwachte fout: {type(exc).__name__}: {exc} (G40DESK_DEBUG=1 toont details)", file=sys.stderr)
        return 70
