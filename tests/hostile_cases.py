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

from g40desk.core.demo import demo_pack
from g40desk.core.pack import Item, Pack
from g40desk.core.storage import save_pack
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

    from g40desk.cli import main

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
    from g40desk.core import atomic

    def fail(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")
    argv = ["export", str(_demo(tmp)), "--docx", str(tmp / "out.docx")]
    monkeypatch.setattr(atomic, "_create_temp", fail)  # the tests run as root, so chmod would not stop them
    return argv


def _text_pack(tmp, text):
    path = tmp / "tekst.g40pack"
    save_pack(Pack(title="Tekst", audiences=["city:zwolle"], items=[Item(ref="demand:wonen-1", text=text)]), path)
    return ["export", str(path), "--docx", str(tmp / "out.docx"), "--xlsx", str(tmp / "out.xlsx")]


def _long_title(tmp):
    path = tmp / "lang.g40pack"
    title = ("Bestuurlijk overleg over de woningbouwopgave in de middelgrote steden " * 15)[:1000]
    save_pack(Pack(title=title, author="A. " * 333, audiences=["city:zwolle"], items=[Item(ref="demand:wonen-1")]), path)
    return ["export", str(path), "--docx", str(tmp / "out.docx"), "--xlsx", str(tmp / "out.xlsx")]


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
    Case("1,000-character title and author", lambda t, m: _long_title(t), "notitie voor Zwolle", ok=True),
    Case("unknown placeholder", lambda t, m: _text_pack(t, "Voor {stadt}"), "onbekende plaatshouder {stadt}", ok=True),
    Case("audience not in the pack", lambda t, m: ["export", str(_demo(t)), "--docx", str(t / "out.docx"), "--audience", "city:tilburg"],
         "'city:tilburg' is geen doelgroep van dit pakket"),
]


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
