"""Word agendas as Word shows them with markup off, and hostile ones refused early (issue 21)."""

from __future__ import annotations

import re
import tracemalloc

import pytest

from g40desk.core.agenda.catalogue import Catalogue, Kind
from g40desk.core.errors import G40Error
from g40desk.importers.agenda import MARKED, import_docx
from g40desk.importers.word import read_document
from tests.hostile_agendas import (
    MARKED_UP_DEMANDS,
    empty_paragraphs_docx,
    many_runs_docx,
    marked_up_docx,
    varied_paragraphs_docx,
)


def test_tracked_changes_and_content_controls_read_as_word_shows_them(tmp_path, catalogue):
    result = import_docx(marked_up_docx(tmp_path), catalogue)
    agenda = Catalogue(result.agenda)
    assert [e.node.text for e in agenda.of_kind(Kind.DEMAND)] == MARKED_UP_DEMANDS
    assert [(e.node.text, e.node.source) for e in agenda.of_kind(Kind.KEY_FIGURE)] == [("Inwoners 5,1 mln.", "CBS")]
    [summary] = [f.message for f in result.flags if f.message.startswith("Word-markeringen")]
    assert summary == ("Word-markeringen: 2 bijgehouden invoegingen overgenomen; 2 bijgehouden verwijderingen weggelaten; "
                       "1 bijgehouden verplaatsing op de nieuwe plek gelezen; 1 bijgehouden verplaatsing op de oude plek "
                       "weggelaten; 1 verwijderde tabelrij weggelaten; 2 inhoudsbesturingselementen gelezen; "
                       "1 inhoudsbesturingselement met alleen voorbeeldtekst overgeslagen; 1 stuk verborgen tekst "
                       "overgeslagen")
    marked = {e.node.text for e in agenda.of_kind(Kind.DEMAND) if MARKED in result.flags_of(e.id)}
    assert marked == set(MARKED_UP_DEMANDS) - {"Een impulsregeling woningbouw"}


def test_a_deleted_paragraph_mark_joins_the_text_to_the_next_paragraph(tmp_path):
    from tests.hostile_agendas import DELETED_MARK, _bullet, _r, _styled, _write

    body = (_styled("Kop", "Heading1") + _bullet(_r("Een eis die doorloopt"), DELETED_MARK) + _bullet(_r(" in de volgende")))
    document = read_document(_write(tmp_path / "samen.docx", body))
    assert [b.text for b in document.blocks] == ["Kop", "Een eis die doorloopt in de volgende"]
    assert document.markup["joined"] == 1


def test_an_agenda_without_markup_reports_none(tmp_path, catalogue):
    from g40desk.export.agenda_docx import write_agenda_docx

    write_agenda_docx(catalogue, tmp_path / "agenda.docx")
    assert read_document(tmp_path / "agenda.docx").markup_lines() == []


@pytest.mark.parametrize("make, message", [
    (empty_paragraphs_docx, "onderdeel 'word/document.xml' pakt uit tot 72 MB (mogelijk een zip-bom)"),
    (varied_paragraphs_docx, "te groot voor een agenda (meer dan 20.000 alinea's en tabellen)"),
    (many_runs_docx, "de Word-opmaak bevat al meer dan"),
])
def test_hostile_documents_are_refused_before_they_are_built(tmp_path, catalogue, make, message):
    path = make(tmp_path)
    tracemalloc.start()
    try:
        with pytest.raises(G40Error, match=re.escape(message)) as err:
            import_docx(path, catalogue)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "\n" not in str(err.value) and str(path) in str(err.value)
    assert peak < 100_000_000  # Python's own allocations; the whole process is measured in tests/test_budgets.py


def test_the_streamed_reader_refuses_a_dtd(tmp_path):
    from tests.hostile_agendas import _write

    path = _write(tmp_path / "dtd.docx", "")
    import zipfile

    parts = {i.filename: zipfile.ZipFile(path).read(i.filename) for i in zipfile.ZipFile(path).infolist()}
    parts["word/document.xml"] = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>' + parts["word/document.xml"][38:]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(G40Error, match="bevat een DTD"):
        read_document(path)
