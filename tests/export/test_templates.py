"""House templates from Word, LibreOffice and python-docx give a note with structure, filled headers and a fitting page."""

from __future__ import annotations

import pytest
from docx import Document
from docx.oxml.ns import qn

from g40desk.core.errors import G40Error
from g40desk.export.template import check_template, fill_headers
from tests.export import template_kit as kit
from tests.notes import checked, write_note

TEMPLATES = ["word_blank", "word_dutch", "unusual_names", "letter_with_logo", "no_footer"]


def _note(tmp_path, demo, catalogue, audiences, template, audience="city:zwolle"):
    out = tmp_path / "note.docx"
    warnings = write_note(demo, catalogue, audiences, audience, out, template=template)
    return kit.check_note(out), warnings


def _assert_structured(result) -> None:
    assert result["headings"] >= 4 and result["heading_levels"] == [0, 1, 2]
    assert result["bullets"] >= 3 and result["numbered"] >= 3
    assert result["table_widths"] and all(w <= result["text_width"] for w in result["table_widths"])
    assert min(result["table_widths"]) >= result["text_width"] - 2  # as wide as the text, not a fixed 16.4 cm
    assert result["literal"] == []


@pytest.mark.parametrize("make", TEMPLATES)
def test_every_kind_of_template_gives_a_structured_note(tmp_path, demo, catalogue, audiences, make):
    template = getattr(kit, make)(tmp_path / f"{make}.dotx")
    result, warnings = _note(tmp_path, demo, catalogue, audiences, template)
    _assert_structured(result)
    assert all("{" not in w or "plaatshouder" in w for w in warnings)


def test_blank_word_document_gets_words_builtin_styles_silently(tmp_path, demo, catalogue, audiences):
    result, warnings = _note(tmp_path, demo, catalogue, audiences, kit.word_blank(tmp_path / "blank.dotx"))
    assert warnings == []
    doc = result["doc"]
    names = {p.style.name for p in doc.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Number", "Caption"} <= names
    assert doc.tables[0].style.name == "Table Grid"
    assert result["page_fields"]  # no footer in the template: the default one


def test_dutch_word_template_is_found_by_localised_id_and_name(tmp_path, demo, catalogue, audiences):
    result, warnings = _note(tmp_path, demo, catalogue, audiences, kit.word_dutch(tmp_path / "nl.dotx"))
    assert warnings == []
    names = {p.style.name for p in result["doc"].paragraphs}
    assert {"Titel", "Kop 1", "Kop 2", "Kop 3", "Lijstopsommingsteken", "Lijstnummering", "Bijschrift"} <= names
    assert "Heading 1" not in names  # the template's own style, not an added one


def test_unusual_names_are_found_by_what_the_style_is_and_named_in_a_warning(tmp_path, demo, catalogue, audiences):
    result, warnings = _note(tmp_path, demo, catalogue, audiences, kit.unusual_names(tmp_path / "eigen.dotx"))
    names = {p.style.name for p in result["doc"].paragraphs}
    assert {"G40 Hoofdstuk", "G40 Paragraaf", "G40 Subkop", "Opsomming huisstijl"} <= names
    assert "het sjabloon heeft geen stijl 'Heading 1'; 'G40 Hoofdstuk' gebruikt (overzichtsniveau 1)" in warnings
    assert any("'List Bullet'" in w and "'Opsomming huisstijl'" in w for w in warnings)


def test_letter_template_header_placeholders_split_and_in_tables_are_filled(tmp_path, demo, catalogue, audiences):
    result, warnings = _note(tmp_path, demo, catalogue, audiences, kit.letter_with_logo(tmp_path / "letter.dotx"))
    headers = result["headers"]
    assert f"{demo.title} voor Zwolle" in headers  # split over four runs, inside a header table
    assert "Kenmerk Intern" in headers
    assert f"Eerste pagina: {demo.title}" in headers and "11 maart 2021 · Zwolle" in headers  # first and even pages
    assert "Gemeente Voorbeeldstad · eigen voettekst" in headers and not result["page_fields"]  # its own footer kept
    assert result["title_style"] == "Documenttitel"  # renamed Title, found by its ID
    assert result["text_width"] == 7920  # Letter, 1.5 inch margins
    assert warnings == []


def test_unknown_and_empty_header_placeholders_are_reported(tmp_path, demo, catalogue, audiences):
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "{titel} {afdeling} {minister}"
    result = fill_headers(doc, {"titel": "Titel"}, 9000)
    text = doc.sections[0].header.paragraphs[0].text
    assert text == "Titel {afdeling} "
    assert any("onbekende plaatshouder {afdeling} in de koptekst" in w for w in result.warnings)
    assert any("{minister}" in w and "geen waarde" in w for w in result.warnings)


def test_header_tabs_follow_the_text_width(tmp_path, demo, catalogue, audiences):
    result, _ = _note(tmp_path, demo, catalogue, audiences, kit.no_footer(tmp_path / "smal.dotx"))
    doc = result["doc"]
    paragraph = doc.sections[0].header.paragraphs[0]
    tabs = paragraph._p.pPr.find(qn("w:tabs"))
    stops = [(t.get(qn("w:val")), int(t.get(qn("w:pos")))) for t in tabs.iterchildren(qn("w:tab"))]
    assert ("right", result["text_width"]) in stops
    assert all(kind == "clear" for kind, pos in stops if pos != result["text_width"])  # the centre tab is gone
    assert result["page_fields"]


def test_template_check_lists_placeholders_styles_and_page(tmp_path):
    check = check_template(kit.letter_with_logo(tmp_path / "letter.dotx"))
    names = {(name, known) for name, _, known in check.placeholders}
    assert {("titel", True), ("doelgroep", True), ("rubricering", True), ("datum", True), ("stad", True)} <= names
    assert any(where == "koptekst eerste pagina" for _, where, _ in check.placeholders)
    assert check.geometry.startswith("Letter")
    assert not check.footer_added


def test_broken_template_is_one_clear_error(tmp_path):
    bad = tmp_path / "kapot.dotx"
    bad.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(G40Error):
        check_template(bad)


@pytest.mark.slow
@pytest.mark.skipif(not kit.SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_template_gives_a_structured_note(tmp_path, demo, catalogue, audiences):
    template = kit.libreoffice(tmp_path / "lo.dotx", tmp_path)
    import zipfile

    with zipfile.ZipFile(template) as archive:
        assert b"template.main+xml" in archive.read("[Content_Types].xml")  # a real .dotx from LibreOffice
    result, warnings = _note(tmp_path, demo, catalogue, audiences, template)
    _assert_structured(result)
    assert result["page_fields"] and demo.title in result["headers"] and "Intern" in result["headers"]
    assert not any("Heading 1" in w or "Caption" in w for w in warnings)


def test_a_source_line_stays_with_its_demand_and_a_heading_with_its_text(tmp_path, demo, catalogue, audiences):
    result, _ = _note(tmp_path, demo, catalogue, audiences, kit.word_blank(tmp_path / "blank.dotx"))
    doc = result["doc"]
    paragraphs = doc.paragraphs

    def keeps(paragraph) -> bool:
        return kit._inherited(doc, paragraph, qn("w:keepNext")) is not None

    sources = [i for i, p in enumerate(paragraphs) if p.text.startswith("Kernboodschappen uit de Strategische Agenda")]
    assert sources
    for i in sources:  # everything from the demand's sentence down to its source line keeps with the next
        j = i - 1
        while j >= 0 and kit.list_format(doc, paragraphs[j]) != "decimal":
            assert keeps(paragraphs[j]), paragraphs[j].text
            j -= 1
        assert keeps(paragraphs[j])
    assert all(keeps(p) for p in paragraphs if kit.outline_level(doc, p) is not None)


@pytest.mark.slow
@pytest.mark.skipif(not (kit.SOFFICE and __import__("shutil").which("pdftotext")),
                    reason="LibreOffice and poppler-utils are not installed")
def test_notes_on_every_template_render_with_page_numbers_and_the_predicted_length(tmp_path, demo, catalogue, audiences):
    import subprocess

    from g40desk.core.pack.model import Form
    from g40desk.export import docx_note
    from g40desk.export.page_model import estimate_pages

    templates = [getattr(kit, make)(tmp_path / f"{make}.dotx") for make in TEMPLATES]
    templates.append(kit.libreoffice(tmp_path / "libreoffice.dotx", tmp_path))
    notes = {}
    for template in templates:
        for form in (Form.NOTE, Form.CARD):
            options = demo.options.model_copy(update={"form": form})
            briefing = checked(demo, catalogue, audiences, "city:zwolle")
            out = tmp_path / "out" / f"{template.stem}-{form}.docx"
            out.parent.mkdir(exist_ok=True)
            docx_note.write_note(briefing, options, out, template)
            notes[out] = estimate_pages(briefing.briefing, options, template)
    subprocess.run([kit.SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path / "out"), *map(str, notes)], capture_output=True, timeout=300, check=True)
    for note, estimate in notes.items():
        text = subprocess.run(["pdftotext", str(note.with_suffix(".pdf")), "-"], capture_output=True, text=True).stdout
        pages = text.count("\f")
        assert abs(pages - estimate) <= 1, (note.name, estimate, pages)
        assert "{" not in text, note.name  # no literal placeholder anywhere, headers included
        if "letter_with_logo" not in note.name:  # that template keeps its own footer without page numbers
            assert f"pagina {pages} van {pages}" in text, note.name


def test_a_list_style_linked_to_a_numbering_style_is_recognised(tmp_path, demo, catalogue, audiences):
    """Word's multilevel house lists: List Bullet -> num -> abstractNum with numStyleLink -> numbering style."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    doc = Document()
    numbering = doc.part.numbering_part.element
    w = nsdecls("w")
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90"><w:styleLink w:val="HuisLijst"/>'
        '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/></w:lvl></w:abstractNum>'))
    first_num.addprevious(parse_xml(f'<w:abstractNum {w} w:abstractNumId="91"><w:numStyleLink w:val="HuisLijst"/>'
                                    '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    doc.styles.element.append(parse_xml(
        f'<w:style {w} w:type="numbering" w:customStyle="1" w:styleId="HuisLijst"><w:name w:val="Huislijst"/>'
        '<w:pPr><w:numPr><w:numId w:val="90"/></w:numPr></w:pPr></w:style>'))
    bullet = doc.styles["List Bullet"].element
    bullet.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").set(qn("w:val"), "91")
    result, warnings = _note(tmp_path, demo, catalogue, audiences, kit.save_as_dotx(doc, tmp_path / "huis.dotx"))
    assert not any("List Bullet" in w for w in warnings), warnings  # not "repaired": its bullets were found
    numbered = [p for p in result["doc"].paragraphs if p.style.name == "List Bullet"]
    assert numbered and all(p.style.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").get(qn("w:val"))
                            == "91" for p in numbered)
