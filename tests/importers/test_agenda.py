"""A new agenda from Word: the built-in agenda round-trips, other house styles are read,
matching entries keep their IDs, and anything guessed is flagged."""

from __future__ import annotations

import zipfile

import pytest

from g40desk.core.agenda.catalogue import Catalogue, Kind
from g40desk.core.errors import G40Error
from g40desk.export.agenda_docx import write_agenda_docx
from g40desk.importers.agenda import import_docx
from tests.importers.agenda_documents import dutch_styled, typed

CONTENT = {"children", "corrections", "outdated", "ministries", "pillar"}


def test_word_rendering_of_the_builtin_agenda_round_trips(tmp_path, catalogue):
    path = tmp_path / "agenda.docx"
    write_agenda_docx(catalogue, path)
    result = import_docx(path, catalogue, date="2019-09")
    again = Catalogue(result.agenda)
    assert [(e.id, e.kind, e.parent) for e in again.walk()] == [(e.id, e.kind, e.parent) for e in catalogue.walk()]
    for new, old in zip(again.walk(), catalogue.walk(), strict=True):
        assert new.node.model_dump(exclude=CONTENT) == old.node.model_dump(exclude=CONTENT), old.id
        assert (new.ministries, new.pillar) == (old.ministries, old.pillar), old.id
    assert result.flags == []
    assert all(m.previous == m.ref and m.score == 1.0 for m in result.matches)
    assert (result.agenda.title, result.agenda.source) == (catalogue.meta.title, catalogue.meta.source)
    assert result.agenda.based_on == catalogue.meta.ref


def test_without_a_previous_agenda_the_structure_still_comes_through(tmp_path, catalogue):
    path = tmp_path / "agenda.docx"
    write_agenda_docx(catalogue, path)
    again = Catalogue(import_docx(path, None).agenda)
    assert [e.kind for e in again.walk()] == [e.kind for e in catalogue.walk()]
    assert [e.depth for e in again.walk()] == [e.depth for e in catalogue.walk()]


@pytest.mark.parametrize("build", [dutch_styled, typed], ids=["kop-stijlen", "vette-tekst"])
def test_other_house_styles_keep_ids_of_what_matches(tmp_path, catalogue, build):
    result = import_docx(build(tmp_path / "nieuw.docx"), catalogue, agenda_id="g40-sa-2023-2026")
    agenda = Catalogue(result.agenda)
    scores = {m.ref: m for m in result.matches}
    assert result.agenda.title == "Strategische Agenda G40 2023-2026"
    assert agenda["message:iedereen-telt"].kind == Kind.CORE_MESSAGE
    assert agenda["message:iedereen-telt"].node.summary.startswith("Het zijn onze inwoners")
    wonen = agenda["theme:wonen"]
    assert wonen.node.rationale == ["Er is een groot tekort aan betaalbare woningen in onze steden."]
    assert [c.id for c in agenda.children("theme:wonen")] == ["goal:wonen-1", "demand:wonen-1", "demand:wonen-6"]
    assert agenda["goal:wonen-1"].node.subpoints == ["sociale huur;", "middenhuur."]
    assert 0.6 <= scores["demand:wonen-1"].score < 0.9 and scores["demand:wonen-6"].previous is None
    assert agenda["demand:wonen-1"].ministries == ("ministry:bzk",)  # carried over
    assert any("overeenkomst" in f for f in result.flags_of("demand:wonen-1"))
    assert any("ministerie" in f for f in result.flags_of("demand:wonen-6"))
    new_theme = next(e for e in agenda.of_kind(Kind.THEME) if e.node.title == "Gezonde lucht in de stad")
    assert scores[new_theme.id].previous is None and any("pijler" in f for f in result.flags_of(new_theme.id))
    [figure] = agenda.of_kind(Kind.KEY_FIGURE)
    assert (figure.node.text, figure.node.source) == ("Inwoners van de G40-steden 5,1 mln.", "CBS")
    assert agenda[figure.parent].kind == Kind.SECTION
    assert "Inleiding" not in [e.node.title for e in agenda.walk()]  # nothing before the first heading


def _zip(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize("make, message", [
    (lambda p: (p.write_bytes(b"geen zip"), p)[1], "geen Office-bestand"),
    (lambda p: _zip(p, {"x.txt": "x"}), "word/document.xml"),
    (lambda p: _zip(p, {"word/document.xml": b"\0" * 5_000_000}), "zip-bom"),
    (lambda p: _zip(p, {"[Content_Types].xml": "<x", "word/document.xml": "<w:document"}), "geen leesbaar"),
    (lambda p: typed(p, [("p", "alleen tekst.")]) and p, "geen koppen"),
])
def test_hostile_documents_are_refused_in_one_line(tmp_path, catalogue, make, message):
    path = make(tmp_path / "agenda.docx")
    with pytest.raises(G40Error, match=message) as err:
        import_docx(path, catalogue)
    assert str(path) in str(err.value) and "\n" not in str(err.value)


def test_a_huge_document_is_not_compared_pair_by_pair(tmp_path, catalogue):
    content = [("h1", "Iedereen telt en doet mee"), ("h2", "Wonen"), ("h3", "Wat is hiervoor nodig?")]
    content += [("b1", f"Eis nummer {n} over een onderwerp dat nergens op lijkt.") for n in range(1000)]
    result = import_docx(dutch_styled(tmp_path / "groot.docx", content), catalogue)
    assert result.count == 1002 and any("te veel nieuwe onderdelen" in f.message for f in result.flags)
    assert result.agenda.entries[0].id == "message:iedereen-telt"  # identical texts still keep their ID


def test_comments_and_processing_instructions_in_the_body_are_passed_over(tmp_path, catalogue):
    """Word and other tools may leave comments or processing instructions between paragraphs."""
    from docx import Document
    from lxml import etree

    path = dutch_styled(tmp_path / "nieuw.docx")
    doc = Document(path)
    body = doc.element.body
    body.insert(1, etree.Comment(" opgeslagen door een ander programma "))
    body.insert(3, etree.ProcessingInstruction("mso-application", 'progid="Word.Document"'))
    doc.save(path)
    plain = Catalogue(import_docx(dutch_styled(tmp_path / "schoon.docx"), catalogue).agenda)
    again = Catalogue(import_docx(path, catalogue).agenda)
    assert [(e.id, e.kind) for e in again.walk()] == [(e.id, e.kind) for e in plain.walk()]
