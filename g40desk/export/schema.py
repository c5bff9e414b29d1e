"""Where WordprocessingML wants a child element: Word refuses a pPr or style whose children are out of the schema's order."""

from __future__ import annotations

from docx.oxml.ns import qn
from lxml.etree import SubElement

_PPR_ORDER = ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
              "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
              "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
              "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
              "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
              "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_STYLE_ORDER = ("w:name", "w:aliases", "w:basedOn", "w:next", "w:link", "w:autoRedefine", "w:hidden",
                "w:uiPriority", "w:semiHidden", "w:unhideWhenUsed", "w:qFormat", "w:locked", "w:personal",
                "w:personalCompose", "w:personalReply", "w:rsid", "w:pPr", "w:rPr", "w:tblPr", "w:trPr", "w:tcPr",
                "w:tblStylePr")


def _later(order: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """For each tag of *order*, the (Clark) names of the tags that must come after it."""
    return {tag: frozenset(qn(t) for t in order[i + 1:]) for i, tag in enumerate(order)}


_LATER = {qn("w:pPr"): _later(_PPR_ORDER), None: _later(_STYLE_ORDER)}  # a pPr's children; a style's


def get_or_add(parent, tag: str):
    """The child *tag* of a style or pPr, created in the place the schema wants it (Word is strict)."""
    name = qn(tag)
    found = parent.find(name)
    if found is not None:
        return found
    later = _LATER.get(parent.tag, _LATER[None]).get(tag, frozenset())
    new = SubElement(parent, name)  # in the parent's namespace scope: serialised as before, no own declaration
    for child in parent.iterchildren():
        if child.tag in later:
            child.addprevious(new)
            break
    return new
