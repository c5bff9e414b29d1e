"""The zip checks that run before any parser: size, member count, compression ratio (whole and per member)."""

from __future__ import annotations

import os
import zipfile

import pytest

from g40desk.core.errors import G40Error
from g40desk.guards.safezip import MAX_RATIO, RATIO_FROM_BYTES, read_office_file


def _write(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_an_incompressible_member_does_not_hide_a_bomb_beside_it(tmp_path):
    """Issue 21: 72 MB of empty paragraphs beside 1 MB of random bytes passed the whole-file ratio (65×)."""
    body = b"<w:p/>" * 12_000_000
    path = _write(tmp_path / "agenda.docx", {"word/document.xml": body, "word/media/ruis.bin": os.urandom(1_100_000)})
    info = {i.filename: i for i in zipfile.ZipFile(path).infolist()}
    assert sum(i.file_size for i in info.values()) / sum(i.compress_size for i in info.values()) < MAX_RATIO
    with pytest.raises(G40Error, match="onderdeel 'word/document.xml' pakt uit tot 72 MB \\(mogelijk een zip-bom\\)"):
        read_office_file(path, "Word-document", "word/document.xml")


def test_a_small_member_that_compresses_well_is_not_a_bomb(tmp_path):
    """A cell of a million equal characters is the workbook check's to name, not the zip check's."""
    path = _write(tmp_path / "m.xlsx", {"xl/workbook.xml": b"<workbook/>", "xl/s.xml": b"x" * (RATIO_FROM_BYTES // 2),
                                        "ruis.bin": os.urandom(RATIO_FROM_BYTES // 50)})
    assert read_office_file(path, "Excel-werkmap", "xl/workbook.xml")
