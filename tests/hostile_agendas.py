"""Word agendas that are hostile or marked up, generated for the tests (issue 21).

Each ``*_docx`` function writes a .docx and returns its path; ``agenda_import`` gives the
command line that imports it. The documents are written with zipfile and plain XML where
python-docx cannot (tracked changes, content controls, millions of paragraphs).
"""

from __future__ import annotations

import os
import random
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
          'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.styles+xml"/></Types>')
_PACKAGE_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
                 '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                 '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
_WORDS = ("woningbouw", "klimaat", "gemeente", "minister", "regio", "wijk", "zorg", "onderwijs", "armoede", "energie")


def agenda_import(path: Path) -> list[str]:
    return ["agenda", "import", str(path), "--out", str(path.with_name("agenda.json"))]


def _write(path: Path, body: str | bytes, extra: dict[str, bytes] | None = None) -> Path:
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'.encode()
    body = body.encode() if isinstance(body, str) else body
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("_rels/.rels", _PACKAGE_RELS)
        archive.writestr("word/document.xml", head + body + b"</w:body></w:document>")
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def empty_paragraphs_docx(tmp: Path, count: int = 12_000_000) -> Path:
    """Issue 21: 12 million empty paragraphs (72 MB of XML) beside 1.1 MB of random bytes that keep the
    whole file's compression ratio low (65×): a 1.1 MB file that took 155 s and 1.6 GB."""
    return _write(tmp / "leeg.docx", b"<w:p/>" * count, {"word/media/ruis.bin": os.urandom(1_100_000)})


def _paragraph(rng: random.Random, words: int = 8) -> str:
    return f"<w:p><w:r><w:t>{' '.join(rng.choice(_WORDS) + str(rng.randrange(999)) for _ in range(words))}</w:t></w:r></w:p>"


def varied_paragraphs_docx(tmp: Path, count: int = 400_000) -> Path:
    """Text that compresses like text (about 5×): every zip check passes, python-docx builds it all."""
    rng = random.Random(3)
    body = "<w:p><w:pPr><w:pStyle w:val='Heading1'/></w:pPr><w:r><w:t>Kop</w:t></w:r></w:p>"
    return _write(tmp / "veel.docx", body + "".join(_paragraph(rng) for _ in range(count)))


def many_runs_docx(tmp: Path, runs: int = 600_000) -> Path:
    """One paragraph of many small runs: a single body element too large to build."""
    rng = random.Random(4)
    run = "".join(f"<w:r><w:t>{rng.choice(_WORDS)} </w:t></w:r>" for _ in range(runs))
    return _write(tmp / "lang.docx", f"<w:p>{run}</w:p>")


def shuffled_demands_docx(tmp: Path, demands: list[str], count: int = 850) -> Path:
    """*count* demands, each a real one with its words shuffled: the same letters pass difflib's quick ratios,
    so every pair gets the full (costly) ratio. Issue 21: 43 s in the matcher."""
    rng = random.Random(5)
    items = []
    for _ in range(count):
        words = rng.choice(demands).split()
        rng.shuffle(words)
        items.append(_styled(" ".join(words), "ListBullet"))
    body = (_styled("Iedereen telt", "Heading1") + _styled("Wonen", "Heading2") + _styled("Wat is hiervoor nodig?", "Heading3")
            + "".join(items))
    return _write(tmp / "geschud.docx", body, {"word/styles.xml": _STYLES.encode(),
                                                "word/_rels/document.xml.rels": _RELS.encode()})


def _styled(text: str, style: str) -> str:
    return f"<w:p><w:pPr><w:pStyle w:val='{style}'/></w:pPr><w:r><w:t>{escape(text)}</w:t></w:r></w:p>"


_STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}">'
           + "".join(f'<w:style w:type="paragraph" w:styleId="{i}"><w:name w:val="{n}"/></w:style>'
                     for i, n in (("Heading1", "heading 1"), ("Heading2", "heading 2"), ("Heading3", "heading 3"),
                                  ("ListBullet", "List Bullet"), ("Title", "Title")))
           + "</w:styles>")
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
         'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/styles" Target="styles.xml"/></Relationships>')


def _r(text: str, tag: str = "t", rpr: str = "") -> str:
    return f"<w:r>{rpr}<w:{tag} xml:space='preserve'>{escape(text)}</w:{tag}></w:r>"


def _ins(inner: str) -> str:
    return f"<w:ins w:id='1' w:author='Collega' w:date='2026-01-01T00:00:00Z'>{inner}</w:ins>"


def _del(text: str) -> str:
    return f"<w:del w:id='2' w:author='Collega' w:date='2026-01-01T00:00:00Z'>{_r(text, 'delText')}</w:del>"


def _bullet(inner: str, mark: str = "") -> str:
    return f"<w:p><w:pPr><w:pStyle w:val='ListBullet'/>{mark}</w:pPr>{inner}</w:p>"


DELETED_MARK = "<w:rPr><w:del w:id='3' w:author='Collega' w:date='2026-01-01T00:00:00Z'/></w:rPr>"


def _sdt(inner: str, placeholder: bool = False) -> str:
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    return f"<w:sdt><w:sdtPr><w:alias w:val='Eis'/>{shown}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>"


def marked_up_docx(tmp: Path) -> Path:
    """An agenda as colleagues leave it: tracked changes, content controls, hidden text, a deleted table row.

    With markup off Word shows the demands listed in MARKED_UP_DEMANDS, in that order.
    """
    body = "".join([
        _styled("Iedereen telt en doet mee", "Heading1"),
        _styled("Betaalbaar wonen", "Heading2"),
        _styled("Wat is hiervoor nodig?", "Heading3"),
        _bullet(_r("Een impulsregeling woningbouw")),                                   # plain
        _bullet(_ins(_r("Een ingevoegde eis over huurwoningen"))),                     # a tracked insertion
        _bullet(_del("Een geschrapte eis die weg moet"), DELETED_MARK),                 # deleted, mark and all
        _bullet(_r("Meer geld voor ") + _del("de wijken") + _ins(_r("de wijkaanpak"))),  # a change inside a sentence
        _bullet("<w:moveFrom w:id='4' w:author='C' w:date='2026-01-01T00:00:00Z'>"
                + _r("Een verplaatste eis", "delText") + "</w:moveFrom>", DELETED_MARK.replace("w:del", "w:moveFrom")),
        _sdt(_bullet(_r("Een eis in een inhoudsbesturingselement"))),                  # block-level control
        _bullet(_r("Een eis met ") + _sdt(_r("een ingevuld veld"))),                    # inline control
        _sdt(_bullet(_r("Klik of tik om tekst in te voeren.")), placeholder=True),      # only its placeholder
        _bullet(_r("Een eis met ") + _r("verborgen tekst ", rpr="<w:rPr><w:vanish/></w:rPr>") + _r("erin")),
        _bullet("<w:moveTo w:id='5' w:author='C' w:date='2026-01-01T00:00:00Z'>" + _r("Een verplaatste eis")
                + "</w:moveTo>"),
        _styled("Kerncijfers", "Heading1"),
        "<w:tbl>" + "".join(f"<w:tr>{trpr}<w:tc><w:p>{_r(a)}</w:p></w:tc><w:tc><w:p>{_r(b)}</w:p></w:tc></w:tr>"
                            for a, b, trpr in (("Indicator", "Bron", ""), ("Inwoners 5,1 mln.", "CBS", ""),
                                               ("Geschrapt cijfer", "X", "<w:trPr><w:del w:id='6' w:author='C' "
                                                                          "w:date='2026-01-01T00:00:00Z'/></w:trPr>")))
        + "</w:tbl>",
    ])
    return _write(tmp / "gemarkeerd.docx", body, {"word/styles.xml": _STYLES.encode(),
                                                   "word/_rels/document.xml.rels": _RELS.encode()})


MARKED_UP_DEMANDS = [
    "Een impulsregeling woningbouw",
    "Een ingevoegde eis over huurwoningen",
    "Meer geld voor de wijkaanpak",
    "Een eis in een inhoudsbesturingselement",
    "Een eis met een ingevuld veld",
    "Een eis met erin",
    "Een verplaatste eis",
]
