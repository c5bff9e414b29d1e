"""What a house template may keep: the parts, relationships and content types of a note, and the size bounds.

Used by guards/template.py, which rebuilds a template from this allow-list.
"""

from __future__ import annotations

_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
MAIN_DOCUMENT = _WML + "document.main+xml"
MAIN_TYPES = {
    MAIN_DOCUMENT,
    _WML + "template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml"
IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/bmp", "image/tiff", "image/x-emf", "image/x-wmf"})
FONT_TYPES = frozenset({"application/vnd.openxmlformats-officedocument.obfuscatedFont", "application/x-fontdata",
                        "application/x-font-ttf"})
# Relationship type (last part of its URI) -> the content types its target may have.
PART_TYPES = {
    "officeDocument": {MAIN_DOCUMENT},
    "core-properties": {"application/vnd.openxmlformats-package.core-properties+xml"},
    "styles": {_WML + "styles+xml"},
    "stylesWithEffects": {"application/vnd.ms-word.stylesWithEffects+xml"},
    "numbering": {_WML + "numbering+xml"},
    "settings": {_WML + "settings+xml"},
    "theme": {"application/vnd.openxmlformats-officedocument.theme+xml"},
    "fontTable": {_WML + "fontTable+xml"},
    "header": {_WML + "header+xml"},
    "footer": {_WML + "footer+xml"},
    "footnotes": {_WML + "footnotes+xml"},
    "endnotes": {_WML + "endnotes+xml"},
    "image": IMAGE_TYPES,
    "font": FONT_TYPES,
}
# Every content type a sanitized template (and so a note) may hold.
ALLOWED_CONTENT_TYPES = frozenset({RELS_TYPE, "application/xml"}.union(*PART_TYPES.values()))
# Which relationships each kind of part may keep.
_STORY = {"image"}
ALLOWED_RELS = {
    "package": {"officeDocument", "core-properties"},
    "officeDocument": {"styles", "stylesWithEffects", "numbering", "settings", "theme", "fontTable", "header", "footer",
                       "footnotes", "endnotes"},
    "header": _STORY, "footer": _STORY, "footnotes": _STORY, "endnotes": _STORY,
    "numbering": {"image"}, "theme": {"image"}, "fontTable": {"font"},
}
# Parts every Word file has that a note simply does not need: dropped without a warning.
_ROUTINE = {"extended-properties": "documenteigenschappen", "custom-properties": "documenteigenschappen",
            "webSettings": "webinstellingen", "thumbnail": "miniatuur", "customXml": "eigen XML-gegevens",
            "people": "auteurs van opmerkingen", "comments": "opmerkingen", "commentsExtended": "opmerkingen",
            "commentsIds": "opmerkingen", "commentsExtensible": "opmerkingen", "glossaryDocument": "bouwstenen"}
_KIND_NAMES = {"image": "afbeelding", "oleObject": "gekoppeld object", "hyperlink": "hyperlink", "frame": "frame",
               "subDocument": "subdocument", "aFChunk": "ingevoegd document", "package": "ingesloten bestand"}
# Fields that fetch or embed content from elsewhere.
HOSTILE_FIELDS = {"INCLUDEPICTURE", "INCLUDETEXT", "INCLUDE", "LINK", "DDE", "DDEAUTO", "IMPORT", "RD", "DATABASE"}

MAX_XML_BYTES = 5_000_000  # one part other than the main document (Word's own styles.xml: ~300 kB)
MAX_DOCUMENT_BYTES = 20_000_000  # the main document (~2,000 pages), streamed and emptied while read
MAX_ELEMENTS = 200_000  # in one part other than the main document
MAX_TOTAL_XML_BYTES = 20_000_000  # all parts other than the main document together (many headers)
MAX_TOTAL_ELEMENTS = 400_000
MAX_DOCUMENT_ELEMENTS = 1_000_000
