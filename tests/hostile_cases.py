"""Malformed and hostile input: each case as the command line meets it.

Used by tests/test_hostile_input.py, and by tools/reliability_table.py to write the
table in docs/reliability.md from the messages the program really prints.
"""

from __future__ import annotations

import errno
import json
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from g40desk.core.pack.demo import demo_pack
from g40desk.core.pack.model import Item, Pack
from g40desk.core.pack.storage import save_pack
from tests.hostile_agendas import agenda_import, empty_paragraphs_docx, many_runs_docx, marked_up_docx
from tests.hostile_templates import hostile_template

GOOD = {"title": "T", "audiences": ["city:zwolle"], "items": [{"ref": "demand:wonen-1"}]}


@dataclass
class Case:
    name: str
    setup: Callable  # (tmp_path, monkeypatch) -> argv
    expect: str  # text the one stderr line (or, for ok cases, stdout) must hold
    ok: bool = False  # the command succeeds (the input is fine, or only warned about)
    output: str = "out.docx"  # a file that must not exist afterwards when not ok


def _pack(tmp, content, name="bad.g40pack"):
    path = tmp / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def _export(tmp, content, name="bad.g40pack"):
    return ["export", str(_pack(tmp, content, name)), "--docx", str(tmp / "out.docx")]


def _demo(tmp):
    path = tmp / "demo.g40pack"
    save_pack(demo_pack(), path)
    return path


def _template(tmp, data: bytes, name="huisstijl.docx"):
    path = tmp / name
    path.write_bytes(data)
    return ["export", str(_demo(tmp)), "--docx", str(tmp / "out.docx"), "--template", str(path)]


def _zip_bomb(tmp):
    path = tmp / "bom.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<" + b"a" * 250_000_000)
    return ["export", str(_demo(tmp)), "--docx", str(tmp / "out.docx"), "--template", str(path)]


def _missing_styles(tmp):
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE

    doc = Document()
    for name in ("List Number", "Caption", "Quote"):
        style = doc.styles[name]
        style.element.getparent().remove(style.element)
    doc.styles.add_style("List Number", WD_STYLE_TYPE.CHARACTER)  # the name taken by the wrong kind of style
    path = tmp / "kaal.docx"
    doc.save(path)
    return ["export", str(_demo(tmp)), "--docx", str(tmp / "out.docx"), "--template", str(path)]


def _matrix(tmp, edit):
    from openpyxl import load_workbook

    from g40desk.cli.commands import main

    pack = _demo(tmp)
    matrix = tmp / "matrix.xlsx"
    main(["export", str(pack), "--xlsx", str(matrix)])
    wb = load_workbook(matrix)
    edit(wb)
    wb.save(matrix)
    return ["import-matrix", str(pack), str(matrix)]


def _formula(wb):
    wb["Matrix"]["D4"] = "=CONCAT(\"ho\",\"og\")"


def _macro_matrix(tmp):
    argv = _matrix(tmp, lambda wb: None)
    path = Path(argv[2])
    data = {i.filename: zipfile.ZipFile(path).read(i.filename) for i in zipfile.ZipFile(path).infolist()}
    with zipfile.ZipFile(path, "w") as archive:
        for name, payload in data.items():
            archive.writestr(name, payload)
        archive.writestr("xl/vbaProject.bin", b"Sub AutoOpen(): Shell \"calc\": End Sub")
    return argv


def _other_pack_matrix(tmp):
    argv = _matrix(tmp, lambda wb: None)
    save_pack(demo_pack(), Path(argv[1]))  # a new demo pack: another pack ID
    return argv


def _raise_on_replace(code):
    def setup(tmp, monkeypatch):
        def fail(src, dst):
            raise OSError(code, os.strerror(code))
        argv = ["export", str(_demo(tmp)), "--docx", str(tmp / "out.docx")]
        monkeypatch.setattr(os, "replace", fail)
        return argv
    return setup


def _read_only_folder(tmp, monkeypatch):
    from g40desk.core.files import atomic

    def fail(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")
    argv = ["export", str(_demo(tmp)), "--docx", str(tmp / "out.docx")]
    monkeypatch.setattr(atomic, "_create_temp", fail)  # the tests run as root, so chmod would not stop them
    return argv


def _fifo(tmp, name):
    path = tmp / name
    os.mkfifo(path)
    return path


def _fifo_template(tmp):
    return ["export", str(_demo(tmp)), "--docx", str(tmp / "out.docx"), "--template", str(_fifo(tmp, "huisstijl.docx"))]


def _fifo_matrix(tmp):
    return ["import-matrix", str(_demo(tmp)), str(_fifo(tmp, "matrix.xlsx"))]


def _dev_zero_pack(tmp):
    link = tmp / "nul.g40pack"
    link.symlink_to("/dev/zero")
    return ["export", str(link), "--docx", str(tmp / "out.docx")]


def _into_own_input(tmp, how):
    pack = _demo(tmp)
    template = tmp / "huisstijl.docx"
    template.write_bytes(hostile_template("hyperlink"))
    if how == "pack":
        return ["export", str(pack), "--docx", str(pack)]
    if how == "template":
        return ["export", str(pack), "--docx", str(template), "--template", str(template)]
    if how == "hard link":
        os.link(template, tmp / "kopie.docx")
        return ["export", str(pack), "--docx", str(tmp / "kopie.docx"), "--template", str(template)]
    (tmp / "link.xlsx").symlink_to(pack)
    return ["export", str(pack), "--xlsx", str(tmp / "link.xlsx")]


def _fifo_output(tmp):
    return ["export", str(_demo(tmp)), "--docx", str(_fifo(tmp, "uit.docx"))]


def _zip_edit(path: Path, name: str, edit) -> None:
    with zipfile.ZipFile(path) as source:
        parts = {i.filename: source.read(i.filename) for i in source.infolist()}
    parts[name] = edit(parts[name])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for member, data in parts.items():
            target.writestr(member, data)


def _far_merge(tmp):
    argv = _matrix(tmp, lambda wb: None)
    merge = b'</sheetData><mergeCells count="1"><mergeCell ref="B2:XFD1048576"/></mergeCells>'
    _zip_edit(Path(argv[2]), "xl/worksheets/sheet2.xml", lambda xml: xml.replace(b"</sheetData>", merge, 1))
    return argv


def _long_cell(tmp):
    """openpyxl cuts text at Excel's limit when it writes, so the long cell is put in the XML."""
    argv = _matrix(tmp, lambda wb: None)
    _zip_edit(Path(argv[2]), "xl/worksheets/sheet2.xml",
              lambda xml: xml.replace(b"<t>Thema</t>", b"<t>" + b"x" * 1_100_000 + b"</t>", 1))
    return argv


def _changed_matrix(tmp):
    """A matrix that differs from its pack (the pack's priorities changed after the export)."""
    argv = _matrix(tmp, lambda wb: None)
    pack = demo_pack()
    for item in pack.items:
        item.priority = None
    from g40desk.core.pack.storage import load_pack  # the pack ID must stay the same

    saved = load_pack(Path(argv[1]), *_data())
    saved.items = pack.items
    save_pack(saved, Path(argv[1]))
    return argv + ["--apply"]


def _data():
    from g40desk.core.agenda.catalogue import load_catalogue
    from g40desk.core.audience.store import load_audiences

    return load_catalogue(), load_audiences()


def _lock_of(tmp, lock: dict | str):
    from g40desk.core.files import locks

    argv = _changed_matrix(tmp)
    locks.lock_path(Path(argv[1])).write_text(lock if isinstance(lock, str) else json.dumps(lock))
    return argv


def _live_lock(tmp):
    import datetime as dt
    import socket

    from g40desk.core.files.processes import process_start

    parent = os.getppid()  # a live process on this computer that is not us
    return _lock_of(tmp, {"user": "collega", "host": socket.gethostname(), "pid": parent,
                          "since": dt.datetime.now(dt.UTC).isoformat(), "started": process_start(parent)})


def _read_only_pack(tmp):
    argv = _changed_matrix(tmp)
    Path(argv[1]).chmod(0o444)
    return argv


def _disk_full_mid_write(tmp, monkeypatch):
    from g40desk.core.files import atomic

    argv = ["export", str(_demo(tmp)), "--docx", str(tmp / "out.docx")]
    monkeypatch.setattr(atomic, "_create_temp", lambda path, folder: (os.open("/dev/full", os.O_WRONLY), str(tmp / "x.tmp")))
    return argv


def _batch_fails_part_way(tmp, monkeypatch):
    from g40desk.core.files import atomic
    from g40desk.export import batch

    real, calls = batch.write_note, []

    def second_fails(briefing, options, path, *args, **kwargs):
        calls.append(path)
        if "zwolle" not in path.name:
            raise atomic._explain(OSError(errno.ENOSPC, "No space left on device"), path)
        return real(briefing, options, path, *args, **kwargs)

    monkeypatch.setattr(batch, "write_note", second_fails)
    monkeypatch.setattr(batch, "parallel_workers", lambda: 1)
    pack = tmp / "twee.g40pack"
    save_pack(Pack(title="Twee", audiences=["city:zwolle", "city:tilburg"], items=[Item(ref="demand:wonen-1")]), pack)
    return ["batch", str(pack), "--out", str(tmp / "uit")]


def _text_pack(tmp, text):
    path = tmp / "tekst.g40pack"
    save_pack(Pack(title="Tekst", audiences=["city:zwolle"], items=[Item(ref="demand:wonen-1", text=text)]), path)
    return ["export", str(path), "--docx", str(tmp / "out.docx"), "--xlsx", str(tmp / "out.xlsx")]


def _long_title(tmp):
    path = tmp / "lang.g40pack"
    title = ("Bestuurlijk overleg over de woningbouwopgave in de middelgrote steden " * 15)[:1000]
    save_pack(Pack(title=title, author="A. " * 333, audiences=["city:zwolle"], items=[Item(ref="demand:wonen-1")]), path)
    return ["export", str(path), "--docx", str(tmp / "out.docx"), "--xlsx", str(tmp / "out.xlsx")]


def _titled(tmp, title):
    path = tmp / "titel.g40pack"
    save_pack(Pack(title=title, audiences=["city:zwolle"], items=[Item(ref="demand:wonen-1")]), path)
    return ["export", str(path), "--docx", str(tmp / "out.docx")]


def _huge_pack(tmp):
    path = tmp / "groot.g40pack"
    with path.open("wb") as handle:
        handle.truncate(50_000_000)
    return ["export", str(path), "--docx", str(tmp / "out.docx")]


CASES = [
    Case("empty pack file", lambda t, m: _export(t, b""), "het bestand is leeg"),
    Case("truncated JSON", lambda t, m: _export(t, json.dumps(GOOD)[:40]), "geen geldige JSON (regel 1"),
    Case("wrong type", lambda t, m: _export(t, {**GOOD, "title": 5}), "veld 'title'"),
    Case("invalid UTF-8", lambda t, m: _export(t, b'{"title": "caf\xe9"}'), "geen geldige UTF-8-tekst"),
    Case("byte-order mark", lambda t, m: _export(t, b"\xef\xbb\xbf" + json.dumps(GOOD).encode()), "notitie voor Zwolle", ok=True),
    Case("unknown catalogue ID", lambda t, m: _export(t, {**GOOD, "items": [{"ref": "demand:wonen-99"}]}),
         "veld 'items[0].ref': onbekende catalogus-ID 'demand:wonen-99'"),
    Case("unknown audience ID", lambda t, m: _export(t, {**GOOD, "audiences": ["city:utrecht"]}),
         "veld 'audiences[0]': onbekende doelgroep 'city:utrecht'"),
    Case("duplicate items", lambda t, m: _export(t, {**GOOD, "items": [{"ref": "demand:wonen-1"}] * 2}), "staat er twee keer in"),
    Case("file from a newer version", lambda t, m: _export(t, {**GOOD, "schema_version": 7}), "nieuwere g40desk"),
    Case("50 MB pack", lambda t, m: _huge_pack(t), "het bestand is te groot (50 MB"),
    Case("binary junk named .g40pack", lambda t, m: _export(t, os.urandom(2000).replace(b"\0", b"") + b"\0" * 10), "binaire inhoud"),
    Case("pack is a folder", lambda t, m: ["export", str(t), "--docx", str(t / "out.docx")], "dit is een map"),
    Case("pack does not exist", lambda t, m: ["export", str(t / "weg.g40pack"), "--docx", str(t / "out.docx")],
         "het bestand bestaat niet"),
    Case("JSON that is not an object", lambda t, m: _export(t, "[1, 2, 3]"), "de inhoud is geen JSON-object"),
    Case("item without ref", lambda t, m: _export(t, {**GOOD, "items": [{"text": "x"}]}), "veld 'items[0].ref': ontbreekt"),
    Case("unknown field", lambda t, m: _export(t, {**GOOD, "colour": "red"}), "veld 'colour'"),
    Case("impossible date", lambda t, m: _export(t, {**GOOD, "meeting": {"date": "2021-02-30"}}), "veld 'meeting.date'"),
    Case("invalid priority", lambda t, m: _export(t, {**GOOD, "items": [{"ref": "demand:wonen-1", "priority": "urgent"}]}),
         "veld 'items[0].priority': ongeldige waarde 'urgent'; kies uit 'high', 'medium' of 'low'"),
    Case("template is not a zip", lambda t, m: _template(t, b"%PDF-1.7 not a template"), "dit is geen Word-sjabloon (geen Office-bestand)"),
    Case("template is an Excel file", lambda t, m: _template(t, _xlsx_bytes()), "dit is geen Word-sjabloon: 'word/document.xml' ontbreekt"),
    Case("template zip bomb", lambda t, m: _zip_bomb(t), "mogelijk een zip-bom"),
    Case("house template with macros, a remote template, beacons and OLE (.dotm)",
         lambda t, m: _template(t, hostile_template("everything"), "huisstijl.dotm"), "koppeling naar een extern sjabloon", ok=True),
    Case("template without page settings (no sectPr)", lambda t, m: _template(t, hostile_template("no-section")),
         "geen pagina-instellingen; A4 staand gebruikt", ok=True),
    Case("template with a dangling numbering reference", lambda t, m: _template(t, hostile_template("dangling-numbering")),
         "verwijzing naar een ontbrekende nummering verwijderd", ok=True),
    Case("template missing styles", lambda t, m: _missing_styles(t), "het sjabloon gebruikt de naam 'List Number' voor een ander soort stijl", ok=True),
    Case("matrix with a formula", lambda t, m: _matrix(t, _formula), "bevat een formule; niet overgenomen en niet uitgerekend", ok=True),
    Case("matrix with macros", lambda t, m: _macro_matrix(t), "de werkmap bevat macro's; die zijn genegeerd", ok=True),
    Case("matrix of another pack", lambda t, m: _other_pack_matrix(t), "deze matrix hoort bij een ander pakket", output="matrix.xlsx.none"),
    Case("matrix not made by g40desk", lambda t, m: ["import-matrix", str(_demo(t)), str(_plain_xlsx(t))], "niet door g40desk gemaakt", output="x.none"),
    Case("export into a read-only folder", _read_only_folder, "geen schrijfrechten"),
    Case("target open in Word (locked)", _raise_on_replace(errno.EACCES), "het bestand is geopend in een ander programma"),
    Case("full disk", _raise_on_replace(errno.ENOSPC), "de schijf is vol"),
    Case("target folder missing", lambda t, m: ["export", str(_demo(t)), "--docx", str(t / "nope" / "out.docx")], "de map bestaat niet"),
    Case("file name too long", lambda t, m: ["export", str(_demo(t)), "--docx", str(t / ("n" * 300 + ".docx"))], "de bestandsnaam is te lang"),
    Case("path with spaces and accents", lambda t, m: ["export", str(_demo(t)), "--docx", str(t / "map met spatie é" / "notitie ’s-Hertogenbosch.docx")]
         if (t / "map met spatie é").mkdir() is None else [], "notitie voor", ok=True),
    Case("control characters pasted from a PDF", lambda t, m: _text_pack(t, "regel\fpagina\vtab\x00nul"), "notitie voor Zwolle", ok=True),
    Case("emoji", lambda t, m: _text_pack(t, "Woningbouw 🏗️🏙️ nu"), "notitie voor Zwolle", ok=True),
    Case("right-to-left text", lambda t, m: _text_pack(t, "بناء المساكن — woningbouw"), "notitie voor Zwolle", ok=True),
    Case("100,000-character field", lambda t, m: _text_pack(t, "lang " * 20_000), "notitie voor Zwolle", ok=True),
    Case("pack is a FIFO (named pipe)", lambda t, m: ["export", str(_fifo(t, "pijp.g40pack")), "--docx", str(t / "out.docx")],
         "geen gewoon bestand"),
    Case("pack is a symbolic link to /dev/zero", lambda t, m: _dev_zero_pack(t), "geen gewoon bestand"),
    Case("template is a FIFO", lambda t, m: _fifo_template(t), "geen gewoon bestand"),
    Case("matrix is a FIFO", lambda t, m: _fifo_matrix(t), "geen gewoon bestand", output="x.none"),
    Case("export over its own pack", lambda t, m: _into_own_input(t, "pack"), "dit is ook het invoerbestand 'demo.g40pack'",
         output="x.none"),
    Case("export over its own template", lambda t, m: _into_own_input(t, "template"), "dit is ook het invoerbestand 'huisstijl.docx'",
         output="x.none"),
    Case("export to a hard link of the template", lambda t, m: _into_own_input(t, "hard link"), "dit is ook het invoerbestand",
         output="x.none"),
    Case("export to a symbolic link to the pack", lambda t, m: _into_own_input(t, "symlink"), "dit is ook het invoerbestand",
         output="x.none"),
    Case("export to a FIFO", lambda t, m: _fifo_output(t), "geen gewoon bestand", output="x.none"),
    Case("duplicate JSON keys", lambda t, m: _export(t, '{"title": "a", "title": "b", "audiences": ["city:zwolle"]}'),
         "de sleutel 'title' staat twee keer in hetzelfde object"),
    Case("integer of 5,000 digits", lambda t, m: _export(t, '{"schema_version": 1' + "0" * 5000 + "}"), "een getal dat te groot is"),
    Case("huge schema version", lambda t, m: _export(t, {**GOOD, "schema_version": 10**30}), "nieuwere g40desk"),
    Case("version-0 items that are not a list", lambda t, m: _export(t, {"title": "a", "audiences": ["city:zwolle"], "items": 5}),
         "veld 'items': moet een lijst zijn"),
    Case("version-0 talking points of the wrong type", lambda t, m: _export(
        t, {"title": "a", "audiences": ["city:zwolle"], "items": [{"ref": "demand:wonen-1", "talking_points": 5, "priority": 7}]}),
        "veld 'items[0].talking_points'"),
    Case("1,001 talking points in one item", lambda t, m: _export(t, {**GOOD, "items": [{"ref": "demand:wonen-1",
                                                                                           "talking_points": ["p"] * 1001}]}),
         "te veel onderdelen (1001; hooguit 1000)"),
    Case("--title with an invalid byte", lambda t, m: ["new", str(t / "n.g40pack"), "--audience", "city:zwolle", "--title",
                                                       b"Woning\xffbouw".decode("utf-8", "surrogateescape")],
         "veld '--title': bevat een teken dat geen geldige UTF-8 is", output="n.g40pack"),
    Case("matrix with a cell at XFD1048576", lambda t, m: _matrix(t, lambda wb: wb["Matrix"].cell(row=1048576, column=16384, value="x")),
         "tabblad 'Matrix' reikt tot rij 1.048.576 en kolom 16.384", output="x.none"),
    Case("matrix with a cell at A1048576", lambda t, m: _matrix(t, lambda wb: wb["Matrix"].cell(row=1048576, column=1, value="x")),
         "reikt tot rij 1.048.576", output="x.none"),
    Case("matrix with a merged range to XFD1048576", lambda t, m: _far_merge(t), "reikt tot rij 1.048.576", output="x.none"),
    Case("matrix cell of 1.1 million characters", lambda t, m: _long_cell(t),
         "bevat een tekst van 1.100.000 tekens; een Excel-cel houdt er hooguit 32.767", output="x.none"),
    Case("matrix with a very hidden 'Matrix' sheet", lambda t, m: _matrix(t, lambda wb: setattr(wb["Matrix"], "sheet_state", "veryHidden")),
         "tabblad 'Matrix' is zeer verborgen", ok=True),
    Case("lock with a naive timestamp (import --apply)", lambda t, m: _lock_of(
        t, {"user": "a", "host": "pc", "pid": 12, "since": "2026-01-01T10:00:00"}), "het slotbestand 'demo.g40pack.lock' is onleesbaar (tijdstip",
        output="x.none"),
    Case("lock with a 20-digit pid (import --apply)", lambda t, m: _lock_of(
        t, {"user": "a", "host": "pc", "pid": 12345678901234567890, "since": "2026-01-01T10:00:00+00:00"}),
        "is onleesbaar (ongeldig procesnummer", output="x.none"),
    Case("import --apply while a colleague has the pack open", lambda t, m: _live_lock(t), "is al geopend door collega op",
         output="x.none"),
    Case("lock from the year 9999 (import --apply)", lambda t, m: _lock_of(
        t, {"user": "a", "host": "pc", "pid": 12, "since": "9999-12-31T23:59:59+00:00"}),
        "is onleesbaar (tijdstip in de toekomst: 9999-12-31", output="x.none"),
    Case("demo into a folder with an earlier demo", lambda t, m: ["demo", str(_demo(t).parent)],
         "bevat al een voorbeeld (demo.g40pack); er is niets overschreven", output="demo-matrix.xlsx"),
    Case("import --apply into a read-only pack", lambda t, m: _read_only_pack(t), "het bestand is alleen-lezen en is niet overschreven",
         output="x.none"),
    Case("disk full while the note is written", _disk_full_mid_write, "de schijf is vol"),
    Case("batch that fails part-way", _batch_fails_part_way, "1 van de 2 notities zijn geschreven, de eisenmatrix niet",
         output="uit/twee-matrix.xlsx"),
    Case("1,000-character title and author", lambda t, m: _long_title(t), "notitie voor Zwolle", ok=True),
    Case("unknown placeholder", lambda t, m: _text_pack(t, "Voor {stadt}"), "{stadt} is geen bekende plaatshouder"),
    Case("audience not in the pack", lambda t, m: ["export", str(_demo(t)), "--docx", str(t / "out.docx"), "--audience", "city:tilburg"],
         "'city:tilburg' is geen doelgroep van dit pakket"),
    # Agendas (g40desk agenda import|show, review --agenda): refused like packs, nothing written.
    Case("agenda import of a PDF", lambda t, m: _agenda_import(t, b"%PDF-1.7 geen Word"), "geen Office-bestand",
         output="agenda.json"),
    Case("agenda import of a zip bomb", lambda t, m: _agenda_import(t, _bomb_bytes()), "mogelijk een zip-bom",
         output="agenda.json"),
    Case("agenda import of broken Word XML", lambda t, m: _agenda_import(t, _zip_bytes({
        "[Content_Types].xml": "<x", "word/document.xml": "<w:document"})), "geen leesbaar Word-document",
        output="agenda.json"),
    Case("agenda import of a document without headings", lambda t, m: _agenda_import(t, _plain_docx()), "geen koppen gevonden",
         output="agenda.json"),
    Case("agenda file that is not JSON", lambda t, m: ["agenda", "show", str(_pack(t, "{", "agenda.json"))],
         "geen geldige JSON"),
    Case("agenda file nested 100,000 deep", lambda t, m: ["agenda", "show", str(_pack(
        t, '{"entries": ' + "[" * 100_000 + "]" * 100_000 + "}", "agenda.json"))], "te diep genest"),
    Case("agenda file from a newer g40desk", lambda t, m: ["agenda", "show", str(_pack(
        t, {"schema_version": 9, "id": "x", "version": 1}, "agenda.json"))], "nieuwere g40desk"),
    Case("review against a broken agenda file", lambda t, m: ["review", str(_demo(t)), "--agenda", str(_pack(
        t, {"schema_version": 2, "id": "x", "version": 1, "publisher": "", "title": "", "source": "",
            "entries": [{"id": "demand:a", "kind": "wish", "text": "x"}]}, "agenda.json"))], "veld 'entries[0].kind'"),
    # Issue 21, reading side (importers, facts, CLI messages): kept together.
    Case("facts: population '²' (a digit to Python, not to int())", lambda t, m: ["facts", "city:zwolle", "inwoners", "²"],
         "veld 'inwoners': '²' is geen aantal inwoners (alleen de cijfers 0-9)", output="appdata/facts.json"),
    Case("facts: population of 5,000 digits", lambda t, m: ["facts", "city:zwolle", "inwoners", "9" * 5000],
         "een getal van 5.000 cijfers is geen aantal inwoners", output="appdata/facts.json"),
    Case("matrix cell of rich-text runs: 40 × 30,000 characters", lambda t, m: rich_text_cell(t),
         "cel E2 bevat een tekst van 1.199.999 tekens, verdeeld over 40 opgemaakte stukken", output="demo.g40pack.bak"),
    Case("matrix: one shared string in 177 cells of 59 demands (a 77 kB workbook, a 23 MB pack)",
         lambda t, m: shared_string_matrix(t, wide_text(32_767)), "na het overnemen zou het pakket 23,2 MB groot zijn",
         output="groot.g40pack.bak"),
    Case("matrix: 1,001 talking points in one cell", lambda t, m: points_matrix(t, 1, 1_001),
         "1.001 gesprekspunten (regels) in één cel; een eis heeft er hooguit 1.000", output="groot.g40pack.bak"),
    Case("matrix: 25 demands × 1,000 talking points", lambda t, m: points_matrix(t, 25, 1_000),
         "na het overnemen zou het pakket 25.000 gesprekspunten hebben (hooguit 20.000)", output="groot.g40pack.bak"),
    Case("matrix: a hidden second 'Lokale context' column", lambda t, m: hidden_duplicate_column(t),
         "kolom 'Lokale context' staat er 2 keer in; alleen de zichtbare kolom E is gelezen, M (verborgen) niet", ok=True),
    Case("agenda import: tracked changes and content controls", lambda t, m: agenda_import(marked_up_docx(t)),
         "Word-markeringen: 2 bijgehouden invoegingen overgenomen; 2 bijgehouden verwijderingen weggelaten", ok=True),
    Case("agenda import: 12 million empty paragraphs beside incompressible padding",
         lambda t, m: agenda_import(empty_paragraphs_docx(t)), "onderdeel 'word/document.xml' pakt uit tot 72 MB",
         output="agenda.json"),
    Case("agenda import: one paragraph of 600,000 runs", lambda t, m: agenda_import(many_runs_docx(t)),
         "het document is te groot voor een agenda (de Word-opmaak bevat al meer dan", output="agenda.json"),
    Case("title with a right-to-left override and a zero-width space", lambda t, m: _titled(t, "Overleg \u202e7202 mi\u200bnister"),
         "waarschuwing: veld 'title' bevat 2 onzichtbare tekens (rechts-naar-links-omkering (U+202E)", ok=True),
]


def _agenda_import(tmp, data: bytes):
    path = tmp / "agenda.docx"
    path.write_bytes(data)
    return ["agenda", "import", str(path), "--out", str(tmp / "agenda.json")]


def _zip_bytes(members: dict) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _bomb_bytes() -> bytes:
    return _zip_bytes({"[Content_Types].xml": "<x/>", "word/document.xml": b"\0" * 20_000_000})


def _plain_docx() -> bytes:
    import io

    from docx import Document

    doc = Document()
    doc.add_paragraph("Alleen een alinea, geen kop.")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _xlsx_bytes() -> bytes:
    import io

    from openpyxl import Workbook

    buffer = io.BytesIO()
    Workbook().save(buffer)
    return buffer.getvalue()


def _plain_xlsx(tmp) -> Path:
    path = tmp / "lijst.xlsx"
    path.write_bytes(_xlsx_bytes())
    return path


# -- hostile matrices of issue 21 (reading side) ----------------------------------------------

_WORDS = ("woningbouw", "klimaat", "gemeente", "minister", "regio", "wijk", "zorg", "onderwijs", "armoede", "energie")


def varied_text(length: int, seed: int = 1, alphabet: tuple[str, ...] = _WORDS) -> str:
    """*length* characters of words that do not compress much (a zip check must not be what stops them)."""
    import random

    rng = random.Random(seed)
    out, size = [], 0
    while size < length:
        word = rng.choice(alphabet) + str(rng.randrange(1000))
        out.append(word)
        size += len(word) + 1
    return " ".join(out)[:length]


def demands_pack(tmp, count: int, name: str = "groot.g40pack") -> Path:
    """A pack of the agenda's first *count* demands (the real agenda has 64)."""
    from g40desk.core.agenda.catalogue import Kind, load_catalogue

    refs = [e.id for e in load_catalogue().of_kind(Kind.DEMAND)][:count]
    path = tmp / name
    save_pack(Pack(title="Alle eisen", audiences=["city:zwolle"], items=[Item(ref=r) for r in refs]), path)
    return path


def edited_matrix(tmp, pack: Path, edit) -> list[str]:
    """Export *pack*'s matrix, let *edit(workbook)* change it with openpyxl, save it."""
    from openpyxl import load_workbook

    from g40desk.cli.commands import main

    matrix = tmp / "matrix.xlsx"
    main(["export", str(pack), "--xlsx", str(matrix)])
    wb = load_workbook(matrix)
    edit(wb)
    wb.save(matrix)
    return ["import-matrix", str(pack), str(matrix)]


def _column(ws, title: str) -> int:
    return next(c.column for c in ws[1] if c.value == title)


def _each_demand(ws, title: str, value) -> None:
    column = _column(ws, title)
    for row in range(2, ws.max_row + 1):
        if str(ws.cell(row=row, column=1).value or "").startswith("demand:"):
            ws.cell(row=row, column=column, value=value(row) if callable(value) else value)


def rich_text_cell(tmp, runs: int = 40, size: int = 30_000) -> list[str]:
    """One 'Lokale context' cell of *runs* bold runs: each under Excel's limit, together far over it."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    def edit(wb):
        ws = wb["Eisen"]
        ws.cell(row=2, column=_column(ws, "Lokale context"),
                value=CellRichText([TextBlock(InlineFont(b=True), varied_text(size, n)) for n in range(runs)]))

    return edited_matrix(tmp, _demo(tmp), edit) + ["--apply"]


SHARED = "GEDEELDE-TEKST"  # a cell openpyxl writes inline; turned into a reference to the one shared string


def shared_string_matrix(tmp, text: str, rich: bool = True, demands: int = 59) -> list[str]:
    """Every demand's text, context and talking points point at one shared string of *text*
    (as rich-text runs): a small workbook that would make a pack of many megabytes."""
    import re

    def edit(wb):
        _each_demand(wb["Matrix"], "Eis", SHARED)
        for title in ("Aangepaste tekst", "Lokale context", "Gesprekspunten"):
            _each_demand(wb["Eisen"], title, SHARED)

    argv = edited_matrix(tmp, demands_pack(tmp, demands), edit)
    path = Path(argv[2])
    pieces = [text[i:i + 1000] for i in range(0, len(text), 1000)]
    si = "".join(f"<r><rPr><b/></rPr><t xml:space=\"preserve\">{escape(p)}</t></r>" for p in pieces) if rich else \
        f"<t>{escape(text)}</t>"
    shared = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              f'count="1" uniqueCount="1"><si>{si}</si></sst>').encode()
    cell = re.compile(r'<c r="([A-Z]+[0-9]+)"((?: s="[0-9]+")?) t="inlineStr"><is><t>' + re.escape(SHARED) + "</t></is></c>")
    with zipfile.ZipFile(path) as source:
        parts = {i.filename: source.read(i.filename) for i in source.infolist()}
    for name in [n for n in parts if n.startswith("xl/worksheets/")]:
        parts[name] = cell.sub(r'<c r="\1"\2 t="s"><v>0</v></c>', parts[name].decode()).encode()
    parts["xl/sharedStrings.xml"] = shared
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", (
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'spreadsheetml.sharedStrings+xml"/></Types>'))
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(b"</Relationships>", (
        b'<Relationship Id="rIdShared" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'sharedStrings" Target="sharedStrings.xml"/></Relationships>'))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return argv + ["--apply"]


def wide_text(length: int, seed: int = 1) -> str:
    """*length* characters of four UTF-8 bytes each (as a pack file stores them), in no order."""
    import random

    rng = random.Random(seed)
    return "".join(chr(rng.randrange(0x1F300, 0x1F5FF)) for _ in range(length))


def points_matrix(tmp, items: int, points: int) -> list[str]:
    """*points* talking points (one per line) in the 'Gesprekspunten' cell of *items* demands."""
    lines = "\n".join(f"Gesprekspunt {n}" for n in range(points))
    return edited_matrix(tmp, demands_pack(tmp, items), lambda wb: _each_demand(wb["Eisen"], "Gesprekspunten", lines)) \
        + ["--apply"]


def hidden_duplicate_column(tmp) -> list[str]:
    """A second, hidden 'Lokale context' column after the visible one, different for every demand."""
    def edit(wb):
        ws = wb["Eisen"]
        column = ws.max_column + 1
        ws.cell(row=1, column=column, value="Lokale context")
        for row in range(2, ws.max_row + 1):
            ws.cell(row=row, column=column, value=f"Verborgen tekst {row}")
        ws.column_dimensions[get_column_letter(column)].hidden = True

    from openpyxl.utils import get_column_letter

    return edited_matrix(tmp, demands_pack(tmp, 59), edit) + ["--apply"]
