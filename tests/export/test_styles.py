"""Styles are found in any house template the way Word finds them (export/styles.py)."""

from __future__ import annotations

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from g40desk.export.styles import StyleResolver, style_key


def _doc(*drop: str, add: str = ""):
    """python-docx's default document without the styles *drop* (IDs), with the style XML *add*."""
    doc = Document()
    styles = doc.styles.element
    for element in list(styles.iterchildren(qn("w:style"))):
        if element.get(qn("w:styleId")) in drop:
            styles.remove(element)
    if add:
        styles.append(parse_xml(add))
    return doc


def _style(style_id: str, name: str, body: str = "", kind: str = "paragraph") -> str:
    return (f'<w:style {nsdecls("w")} w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f"{body}</w:style>")


def _name(style) -> str:
    return style.element.find(qn("w:name")).get(qn("w:val"))


@pytest.mark.parametrize(("one", "other"), [("Heading 1", "heading1"), ("Kop 1", "KOP-1"), ("Ｔｉｔｌｅ", "title"),
                                             ("Lijstopsommingsteken 2", "lijstopsommingsteken2")])
def test_names_compare_as_word_compares_them(one, other):
    assert style_key(one) == style_key(other)
    assert style_key("Heading 1") != style_key("Heading 2")


def test_the_templates_own_style_is_found_by_its_dutch_name():
    doc = _doc("Heading1", add=_style("Kop1", "Kop 1", '<w:pPr><w:outlineLvl w:val="0"/><w:keepNext/></w:pPr>'))
    resolver = StyleResolver(doc)
    assert resolver.style_id("Heading 1") == "Kop1"
    assert resolver.warnings == [] and resolver.added == []
    assert resolver.get("Heading 1") is resolver.get("Heading 1")  # resolved once per document


def test_a_style_that_is_a_heading_is_used_whatever_its_name_with_a_warning():
    doc = _doc("Heading1", add=_style("Huiskop", "Huiskop", '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>'))
    resolver = StyleResolver(doc)
    assert resolver.style_id("Heading 1") == "Huiskop"
    assert resolver.warnings == ["het sjabloon heeft geen stijl 'Heading 1'; 'Huiskop' gebruikt (overzichtsniveau 1)"]
    # Repaired as Word needs a heading: it keeps with the next paragraph.
    assert resolver.get("Heading 1").element.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None


def test_a_missing_built_in_is_added_as_word_would():
    doc = _doc("Quote", "QuoteChar")
    resolver = StyleResolver(doc)
    quote = resolver.get("Quote")
    assert resolver.added == ["Quote"] and _name(quote) == "Quote"
    assert quote.element.find(f"{qn('w:rPr')}/{qn('w:i')}") is not None  # Word's italic quote
    assert quote.element.find(qn("w:basedOn")).get(qn("w:val")) == "Normal"
    assert resolver.warnings == []


def test_a_list_style_without_numbering_gets_bullets_with_a_warning():
    resolver = StyleResolver(_doc("ListBullet", add=_style("ListBullet", "List Bullet")))
    bullet = resolver.get("List Bullet")
    num_id = bullet.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").get(qn("w:val"))
    assert resolver._number_format(num_id, "0") == "bullet"
    assert resolver.warnings == ["de stijl 'List Bullet' in het sjabloon heeft geen opsommingstekens; "
                                 "opsommingstekens toegevoegd"]


def test_a_name_used_by_a_character_style_gets_a_name_of_our_own():
    doc = _doc("Caption", add=_style("CaptionChar", "Caption", kind="character"))
    resolver = StyleResolver(doc)
    caption = resolver.get("Caption")
    assert _name(caption) == "G40 Caption" and caption.type == 1  # a paragraph style
    assert "Word's standaardstijl toegevoegd als 'G40 Caption'" in resolver.warnings[0]


def test_an_unknown_role_falls_back_to_the_default_formatting():
    resolver = StyleResolver(Document())
    assert resolver.get("Intense Reference Block") is None
    assert resolver.warnings == ["het sjabloon heeft geen stijl 'Intense Reference Block'; standaardopmaak gebruikt"]


def test_the_chain_of_based_on_styles_ends_in_a_broken_template():
    a = _style("A", "A", '<w:basedOn w:val="B"/>')
    doc = _doc(add=a)
    doc.styles.element.append(parse_xml(_style("B", "B", '<w:basedOn w:val="A"/>')))
    resolver = StyleResolver(doc)
    start = next(e for e in doc.styles.element.iterchildren(qn("w:style")) if e.get(qn("w:styleId")) == "A")
    assert [e.get(qn("w:styleId")) for e in resolver.chain(start)] == ["A", "B"]

