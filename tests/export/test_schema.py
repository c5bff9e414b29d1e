"""get_or_add puts a new child where the schema wants it, and returns one that is there."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from g40desk.export.schema import get_or_add


def test_a_new_child_goes_in_the_schemas_place_without_its_own_namespace_declaration():
    p = parse_xml(f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="x"/><w:numPr/><w:jc w:val="left"/></w:pPr></w:p>')
    ppr = p[0]
    keep = get_or_add(ppr, "w:keepNext")
    assert [c.tag for c in ppr] == [qn("w:pStyle"), qn("w:keepNext"), qn("w:numPr"), qn("w:jc")]
    assert get_or_add(ppr, "w:keepNext") is keep and len(ppr) == 4
    get_or_add(ppr, "w:tabs")  # after numPr, before jc
    assert [c.tag for c in ppr][3:] == [qn("w:tabs"), qn("w:jc")]
    assert etree.tostring(keep).count(b"xmlns") == 1 and b"<w:keepNext" in etree.tostring(p)
    assert etree.tostring(p).count(b"xmlns:w") == 1


def test_a_style_child_and_an_unknown_tag():
    style = parse_xml(f'<w:style {nsdecls("w")}><w:name w:val="a"/><w:rPr/></w:style>')
    get_or_add(style, "w:pPr")
    get_or_add(style, "w:basedOn")
    assert [c.tag for c in style] == [qn("w:name"), qn("w:basedOn"), qn("w:pPr"), qn("w:rPr")]
    get_or_add(style, "w:tblStylePr")
    assert style[-1].tag == qn("w:tblStylePr")


def test_get_or_add_puts_a_child_where_the_schema_wants_it():
    ppr = parse_xml(f'<w:pPr {nsdecls("w")}><w:pStyle w:val="X"/><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr>')
    keep = get_or_add(ppr, "w:keepNext")
    outline = get_or_add(ppr, "w:outlineLvl")
    assert [c.tag.split("}")[1] for c in ppr] == ["pStyle", "keepNext", "spacing", "jc", "outlineLvl"]
    assert get_or_add(ppr, "w:keepNext") is keep and outline.getparent() is ppr
