"""The Word note read back with python-docx."""

from __future__ import annotations

import pytest
from docx import Document
from docx.oxml.ns import qn

from g40desk.core.errors import G40Error
from g40desk.core.note.blocks import BlockType, note_blocks
from g40desk.core.note.briefing import build_briefing
from g40desk.core.pack.model import Form, Item, NoteOptions, Pack, Priority
from tests.notes import write_note


def _text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join(parts)


def _note(tmp_path, pack, catalogue, audiences, audience=None, **kw):
    path = tmp_path / "note.docx"
    warnings = write_note(pack, catalogue, audiences, audience, path, **kw)
    return Document(path), warnings


def test_demo_note_holds_tailoring_and_never_the_internal_note(tmp_path, demo, catalogue, audiences):
    doc, warnings = _note(tmp_path, demo, catalogue, audiences, "city:zwolle")
    text = _text(doc)
    assert warnings == []
    assert "zodat ook Zwolle haar bouwopgave haalt" in text  # tailored wording, placeholder filled
    assert "Zwolle: Spoorzone en Stadshagen" in text  # per-audience override
    assert "Onrendabele toppen blokkeren" in text  # talking point
    assert "Intern:" not in text and "niet delen met de pers" not in text
    assert "{stad}" not in text
    assert doc.paragraphs[0].text == demo.title and doc.paragraphs[0].style.name == "Title"
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == "Kern van het gesprek"
    assert "Betaalbaar wonen in leefbare wijken" in headings and "Kerngegevens" in headings
    assert "CBS – Statline" in text  # key figure with its source
    assert ("Kernboodschappen uit de Strategische Agenda 2019-2022 van de G40, thema ‘Betaalbaar wonen in leefbare "
            "wijken’, ‘Wat is hiervoor nodig?’, 1e punt") in text
    assert "eis 1" not in text


def test_header_and_footer_carry_title_and_page_fields(tmp_path, demo, catalogue, audiences):
    doc, _ = _note(tmp_path, demo, catalogue, audiences)
    section = doc.sections[0]
    assert demo.title in section.header.paragraphs[0].text and "Intern" in section.header.paragraphs[0].text
    footer_xml = section.footer._element.xml
    assert " PAGE " in footer_xml and " NUMPAGES " in footer_xml and 'fldCharType="begin"' in footer_xml


def test_numbered_asks_restart_in_every_theme(tmp_path, demo, catalogue, audiences):
    doc, _ = _note(tmp_path, demo, catalogue, audiences)
    num_ids = []
    for p in doc.paragraphs:
        if p.style.name == "List Number":
            num_ids.append(p._p.pPr.numPr.numId.val)
    assert len(set(num_ids)) == 3  # wonen, klimaat, goed bestuur: three lists
    numbering = doc.part.numbering_part.element
    for num_id in set(num_ids):
        num = numbering.num_having_numId(num_id)
        assert num.lvlOverride_lst[0].startOverride.val == 1


def test_properties_and_language(tmp_path, demo, catalogue, audiences):
    demo.author = "Anna de Vries"
    doc, _ = _note(tmp_path, demo, catalogue, audiences, author="Anna de Vries")
    props = doc.core_properties
    assert props.title == demo.title
    assert props.author == "Anna de Vries" and props.last_modified_by == "Anna de Vries"
    assert props.subject == "Briefing voor het ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK) · 11 maart 2021"
    assert props.language == "nl-NL"
    assert 'w:val="nl-NL"' in doc.styles.element.xml


def test_hostile_text_reaches_the_note_intact_minus_xml_illegal_chars(tmp_path, catalogue, audiences):
    typed = "=HYPERLINK(\"x\") \f form\vfeed\x00 🏙️ عربي"
    pack = Pack(title="t", audiences=["city:zwolle"],
                items=[Item(ref="demand:wonen-1", text=typed, context="x" * 100_000, priority=Priority.HIGH)])
    doc, _ = _note(tmp_path, pack, catalogue, audiences)
    text = _text(doc)
    assert "=HYPERLINK(\"x\")  formfeed 🏙️ عربي" in text
    assert "x" * 100_000 in text


def test_card_form_has_only_asks_and_points(tmp_path, demo, catalogue, audiences):
    demo.options = NoteOptions(form=Form.CARD)
    doc, _ = _note(tmp_path, demo, catalogue, audiences)
    text = _text(doc)
    assert "Onrendabele toppen blokkeren" in text
    assert "Waarom is dit van belang?" not in text


def test_ministry_note_puts_its_asks_first(tmp_path, catalogue, audiences):
    pack = Pack(title="t", audiences=["ministry:fin"], items=[
        Item(ref="demand:wonen-1", priority=Priority.HIGH), Item(ref="demand:wonen-3", priority=Priority.HIGH)])
    blocks = note_blocks(build_briefing(pack, catalogue, audiences), pack.options)
    kern = blocks.index(next(b for b in blocks if b.text == "Kern van het gesprek"))
    assert [b.ref for b in blocks[kern + 1:] if b.type == BlockType.BULLET][:1] == ["demand:wonen-3"]
    assert [b.ref for b in blocks if b.type == BlockType.NUMBERED] == ["demand:wonen-3", "demand:wonen-1"]


def test_template_that_is_not_word_is_refused(tmp_path, demo, catalogue, audiences):
    fake = tmp_path / "huisstijl.docx"
    fake.write_text("not a zip")
    with pytest.raises(G40Error, match="geen Word-sjabloon"):
        _note(tmp_path, demo, catalogue, audiences, template=fake)
    assert not (tmp_path / "note.docx").exists()


def test_template_without_builtin_styles_gets_words_definitions(tmp_path, demo, catalogue, audiences):
    bare = Document()
    for name in ("List Number", "Caption"):
        style = bare.styles[name]
        style.element.getparent().remove(style.element)
    bare.styles["Normal"].font.name = "Georgia"
    template = tmp_path / "stad.docx"
    bare.save(template)
    doc, warnings = _note(tmp_path, demo, catalogue, audiences, template=template)
    assert warnings == []  # Word adds a latent built-in style on first use, silently; so do we
    used = {p.style.name for p in doc.paragraphs}
    assert {"List Number", "Caption"} <= used
    numbered = [p for p in doc.paragraphs if p.style.name == "List Number"]
    assert numbered and all(p._p.pPr.numPr is not None for p in numbered)
    assert doc.styles["Normal"].font.name == "Georgia"
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val")) == "nl-NL"
    assert "zodat ook Zwolle" in _text(doc) or "bouwopgave" in _text(doc)


def test_no_stray_headings_when_a_section_has_nothing_to_show(tmp_path, catalogue, audiences):
    pack = Pack(title="t", audiences=["city:zwolle"], items=[Item(ref="theme:klimaat"), Item(ref="demand:wonen-1")],
                options=NoteOptions(rationale=False))
    doc, _ = _note(tmp_path, pack, catalogue, audiences)
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "Aan de slag voor het klimaat" not in headings  # only its rationale, which is switched off
    assert "Betaalbaar wonen in leefbare wijken" in headings
    assert all(p.text.strip() for p in doc.paragraphs)  # no empty paragraphs


def test_dotx_house_template_is_used(tmp_path, demo, catalogue, audiences):
    import zipfile

    base = Document()
    base.styles["Heading 1"].font.name = "Verdana"
    base.sections[0].header.paragraphs[0].text = "Gemeente Tilburg · {rubricering}"
    docx_path = tmp_path / "tilburg.docx"
    base.save(docx_path)
    dotx = tmp_path / "tilburg.dotx"
    main_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    template_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
    with zipfile.ZipFile(docx_path) as source, zipfile.ZipFile(dotx, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(main_type.encode(), template_type.encode())
            target.writestr(info, data)
    doc, _ = _note(tmp_path, demo, catalogue, audiences, template=dotx)
    assert doc.styles["Heading 1"].font.name == "Verdana"
    assert doc.sections[0].header.paragraphs[0].text == "Gemeente Tilburg · Intern"
    assert any(p.style.name == "Heading 1" for p in doc.paragraphs)


def test_the_writers_refuse_a_briefing_that_skipped_the_check(tmp_path, demo, catalogue, audiences):
    """The check is a type, not a convention: only preflight makes a CheckedBriefing, the writers take nothing else."""
    from g40desk.core.note.preflight import CheckedBriefing
    from g40desk.export import docx_note, pipeline
    from g40desk.export.batch import write_notes

    raw = build_briefing(demo, catalogue, audiences, "city:zwolle")
    path = tmp_path / "n.docx"
    with pytest.raises(TypeError, match="gecontroleerde briefing"):
        docx_note.write_note(raw, demo.options, path)
    with pytest.raises(TypeError, match="alleen preflight"):
        CheckedBriefing(raw, object())
    with pytest.raises(TypeError, match="gecontroleerde briefing"):
        write_notes({"city:zwolle": raw}, {"city:zwolle": path}, demo.options)
    plan = pipeline.Plan(demo, catalogue, audiences, demo.options, None, {"city:zwolle": raw})  # a plan made by hand
    with pytest.raises(TypeError, match="gecontroleerde briefing"):
        pipeline.write_note(plan, "city:zwolle", path)
    assert not list(tmp_path.iterdir())
    checked = pipeline.check(demo, catalogue, audiences, ["city:zwolle"])
    assert pipeline.write_note(checked, "city:zwolle", path).notes == [path] and path.exists()
