"""Find the styles a note needs in any house template, the way Word finds them.

Word looks a style up by its ID and by its name, case-insensitively, through the
built-in aliases (a Dutch Word writes ``Kop1``/``heading 1``, LibreOffice writes
``Heading 1`` or its own ``List 1``, Google Docs ``Heading1``). Word stores only the
styles a document uses: the rest of its built-in styles are *latent* and get Word's
built-in definition the moment one is applied. This module does the same in the
output document (the template file itself is never changed):

1. the template's own style, by ID, name or alias (any language Word writes);
2. otherwise a style that *is* what is wanted (an outline level for a heading,
   bullets or numbers for a list) whatever it is called, with a warning;
3. otherwise Word's built-in definition is added, as Word does.

A style found but unable to show what it is for (a list style without numbering,
a heading without outline level) is repaired in the output, with a warning.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from g40desk.export.schema import get_or_add

if TYPE_CHECKING:
    from docx.document import Document

# Role (python-docx's UI name) -> other names Word, LibreOffice and Google Docs write for it.
ALIASES: dict[str, tuple[str, ...]] = {
    "Title": ("Titel", "Titre", "Título", "Titolo"),
    "Subtitle": ("Ondertitel", "Untertitel", "Sous-titre", "Subtítulo", "Sottotitolo"),
    "Heading 1": ("Kop 1", "Überschrift 1", "Titre 1", "Título 1", "Titolo 1"),
    "Heading 2": ("Kop 2", "Überschrift 2", "Titre 2", "Título 2", "Titolo 2"),
    "Heading 3": ("Kop 3", "Überschrift 3", "Titre 3", "Título 3", "Titolo 3"),
    "List Bullet": ("Lijstopsommingsteken", "Aufzählungszeichen", "Listepuces", "Listavietas",
                    "Elenco puntato", "Liste à puces"),
    "List Bullet 2": ("Lijstopsommingsteken 2", "Aufzählungszeichen 2", "Listepuces2", "Listavietas2",
                      "Elenco puntato 2", "Liste à puces 2"),
    "List Number": ("Lijstnummering", "Listennummer", "Listenumros", "Listanumerada", "Elenco numerato", "Liste à numéros"),
    "Body Text": ("Plattetekst", "Textkörper", "Corps de texte", "Textoindependiente", "Corpo testo",
                  "Text Body"),
    "Quote": ("Citaat", "Zitat", "Citation", "Cita", "Citazione", "Quotations"),
    "Caption": ("Bijschrift", "Beschriftung", "Légende", "Descripción", "Didascalia"),
    "Table Grid": ("Tabelraster", "Tabellenraster", "Grille du tableau", "Tablaconcuadrícula",
                   "Griglia tabella"),
    "List Paragraph": ("Lijstalinea", "Listenabsatz", "Paragraphe de liste", "Prrafodelista",
                       "Paragrafo elenco"),
    "Header": ("Koptekst", "Kopfzeile", "En-tête", "Encabezado", "Intestazione"),
    "Footer": ("Voettekst", "Fußzeile", "Pied de page", "Piedepgina", "Piè di pagina"),
}
# Word's own ID for each built-in role.
_BUILTIN_ID = {role: role.replace(" ", "") for role in ALIASES}

_HEADING = re.compile(r"^Heading (\d)$")
# Word's numbered built-ins ("List Number 2", "toc 1", "Kop 4"): never taken for another role by property.
_BUILTIN_NAME = re.compile(r"^(listbullet|listnumber|listcontinue|list|heading|toc|kop|lijst\w*|überschrift|titre)\d$")
_BULLET, _DECIMAL = "bullet", "decimal"
_LIST_KIND = {"List Bullet": _BULLET, "List Bullet 2": _BULLET, "List Number": _DECIMAL}
_LIST_INDENT = {"List Bullet": 360, "List Bullet 2": 720, "List Number": 360}

# Word's built-in definitions (Word 2013 and later), without theme references so they
# also work in a template without a theme part.
_PPR_RPR = {
    "Title": ('<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/>',
              '<w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/>'),
    "Subtitle": ('<w:spacing w:after="160"/>',
                 '<w:color w:val="5A5A5A"/><w:spacing w:val="15"/><w:sz w:val="22"/><w:szCs w:val="22"/>'),
    "Heading 1": ('<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="0"/>',
                  '<w:color w:val="2F5496"/><w:sz w:val="32"/><w:szCs w:val="32"/>'),
    "Heading 2": ('<w:keepNext/><w:keepLines/><w:spacing w:before="40" w:after="0"/><w:outlineLvl w:val="1"/>',
                  '<w:color w:val="2F5496"/><w:sz w:val="26"/><w:szCs w:val="26"/>'),
    "Heading 3": ('<w:keepNext/><w:keepLines/><w:spacing w:before="40" w:after="0"/><w:outlineLvl w:val="2"/>',
                  '<w:color w:val="1F3763"/><w:sz w:val="24"/><w:szCs w:val="24"/>'),
    "List Bullet": ('<w:contextualSpacing/>', ''),
    "List Bullet 2": ('<w:contextualSpacing/>', ''),
    "List Number": ('<w:contextualSpacing/>', ''),
    "List Paragraph": ('<w:ind w:left="720"/><w:contextualSpacing/>', ''),
    "Body Text": ('<w:spacing w:after="120"/>', ''),
    "Quote": ('<w:spacing w:before="200" w:after="160"/><w:ind w:left="864" w:right="864"/><w:jc w:val="center"/>',
              '<w:i/><w:iCs/><w:color w:val="404040"/>'),
    "Caption": ('<w:spacing w:after="200" w:line="240" w:lineRule="auto"/>',
                '<w:i/><w:iCs/><w:color w:val="44546A"/><w:sz w:val="18"/><w:szCs w:val="18"/>'),
    "Header": ('<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs>'
               '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', ''),
    "Footer": ('<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs>'
               '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', ''),
}
_TABLE_GRID = (
    '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:tblPr><w:tblBorders>'
    + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    + '</w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
    '</w:tblCellMar></w:tblPr>'
)
# Word writes these built-in names in lower case.
_WORD_NAME = {"Heading 1": "heading 1", "Heading 2": "heading 2", "Heading 3": "heading 3",
              "Caption": "caption", "Header": "header", "Footer": "footer"}


_W_STYLE, _W_TYPE, _W_STYLE_ID, _W_NAME, _W_ALIASES, _W_VAL = (
    qn(t) for t in ("w:style", "w:type", "w:styleId", "w:name", "w:aliases", "w:val"))


@functools.lru_cache(maxsize=4096)  # every template repeats the same few hundred names
def style_key(name: str) -> str:
    """Compare style names and IDs as Word does: case, spaces and punctuation do not count."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


class StyleResolver:
    """Resolves each role once for one output document; ``warnings`` says what was missing and what was used."""

    def __init__(self, doc: Document):
        self.doc = doc
        self._styles = doc.styles.element
        self._cache: dict[str, object] = {}
        self._ids: dict[str, str | None] = {}
        self.warnings: list[str] = []
        self.added: list[str] = []  # built-in styles instantiated, as Word would
        self._by_id: dict[str, object] = {}
        self._index: dict[tuple[str, str], object] = {}
        for element in self._styles.iterchildren(_W_STYLE):
            self._remember(element)

    def _remember(self, element) -> None:
        style_type = element.get(_W_TYPE) or "paragraph"
        style_id = element.get(_W_STYLE_ID) or ""
        self._by_id.setdefault(style_id, element)
        names = [style_id]
        name = element.find(_W_NAME)
        if name is not None and name.get(_W_VAL):
            names.append(name.get(_W_VAL))
        aliases = element.find(_W_ALIASES)
        if aliases is not None and aliases.get(_W_VAL):
            names += aliases.get(_W_VAL).split(",")
        index = self._index
        for one in names:
            index.setdefault((style_type, style_key(one)), element)

    # -- the interface the writers use ---------------------------------------
    def get(self, role: str):
        """The python-docx style object for *role* (a built-in UI name such as 'Heading 1'), or None."""
        from docx.styles.style import StyleFactory

        if role not in self._cache:
            element = self._resolve(role)
            self._cache[role] = StyleFactory(element) if element is not None else None
        return self._cache[role]

    def style_id(self, role: str) -> str | None:
        if role not in self._ids:
            style = self.get(role)
            self._ids[role] = style.style_id if style is not None else None
        return self._ids[role]

    # -- resolution -----------------------------------------------------------
    def _lookup(self, role: str, style_type: str):
        for name in (role, _WORD_NAME.get(role, role), *ALIASES.get(role, ())):
            element = self._index.get((style_type, style_key(name)))
            if element is not None:
                return element
        return None

    def _resolve(self, role: str):
        style_type = "table" if role == "Table Grid" else "paragraph"
        element = self._lookup(role, style_type)
        if element is None:
            element = self._by_property(role)
            if element is not None:
                self.warnings.append(f"het sjabloon heeft geen stijl '{role}'; '{_name(element)}' gebruikt "
                                     f"({_what(role)})")
        if element is None:
            if role not in _PPR_RPR and role != "Table Grid":
                self.warnings.append(f"het sjabloon heeft geen stijl '{role}'; standaardopmaak gebruikt")
                return None
            element = self._add_builtin(role, style_type)
        self._repair(role, element)
        return element

    def chain(self, element) -> Iterator:
        """The style and the styles it is based on, nearest first (loops in a broken template end)."""
        seen = set()
        while element is not None and id(element) not in seen:
            seen.add(id(element))
            yield element
            based = element.find(qn("w:basedOn"))
            element = self._by_id.get(based.get(qn("w:val"))) if based is not None else None

    def _inherited(self, element, path: str):
        for one in self.chain(element):
            found = one.find(path)
            if found is not None:
                return found
        return None

    def _outline_level(self, element) -> int | None:
        found = self._inherited(element, f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        try:
            return int(found.get(qn("w:val"))) if found is not None else None
        except (TypeError, ValueError):
            return None

    def _list_kind(self, element) -> str | None:
        """'bullet' or 'decimal' when the style numbers its paragraphs (format of its level)."""
        num_pr = self._inherited(element, f"{qn('w:pPr')}/{qn('w:numPr')}")
        if num_pr is None:
            return None
        num_id = num_pr.find(qn("w:numId"))
        ilvl = num_pr.find(qn("w:ilvl"))
        if num_id is None or num_id.get(qn("w:val")) in (None, "0"):
            return None
        fmt = self._number_format(num_id.get(qn("w:val")), ilvl.get(qn("w:val")) if ilvl is not None else "0")
        if fmt is None:
            return None
        return _BULLET if fmt == "bullet" else _DECIMAL if fmt != "none" else None

    def _number_format(self, num_id: str, ilvl: str, depth: int = 0) -> str | None:
        """The number format of one level of a list; a list linked to a numbering style (Word's
        multilevel house lists) is followed to that style's own list."""
        part = self._numbering_element(create=False)
        if part is None or depth > 3:
            return None
        for num in part.iterchildren(qn("w:num")):
            if num.get(qn("w:numId")) == num_id:
                abstract = num.find(qn("w:abstractNumId"))
                abstract_id = abstract.get(qn("w:val")) if abstract is not None else None
                for candidate in part.iterchildren(qn("w:abstractNum")):
                    if candidate.get(qn("w:abstractNumId")) == abstract_id:
                        for lvl in candidate.iterchildren(qn("w:lvl")):
                            if lvl.get(qn("w:ilvl")) == ilvl:
                                fmt = lvl.find(qn("w:numFmt"))
                                return fmt.get(qn("w:val")) if fmt is not None else "decimal"
                        link = candidate.find(qn("w:numStyleLink"))
                        style = self._by_id.get(link.get(qn("w:val"))) if link is not None else None
                        linked = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}") if style is not None else None
                        if linked is not None:
                            return self._number_format(linked.get(qn("w:val")), ilvl, depth + 1)
        return None

    def _by_property(self, role: str):
        """A style that is what *role* is for, whatever its name: outline level or list kind."""
        heading = _HEADING.match(role)
        wanted_kind = _LIST_KIND.get(role) if role != "List Bullet 2" else None
        if not heading and not wanted_kind:
            return None
        for element in self._styles.iterchildren(qn("w:style")):
            if (element.get(qn("w:type")) or "paragraph") != "paragraph" or _BUILTIN_NAME.match(style_key(_name(element))):
                continue
            if heading and self._outline_level(element) == int(heading.group(1)) - 1:
                return element
            if wanted_kind and self._outline_level(element) is None and self._list_kind(element) == wanted_kind:
                return element
        return None

    def _add_builtin(self, role: str, style_type: str):
        """Word's built-in definition of *role*, added to the output's styles as Word does on first use."""
        name = _WORD_NAME.get(role, role)
        style_id = _BUILTIN_ID[role]
        taken = any((kind, style_key(name)) in self._index
                    for kind in ("character", "table", "numbering", "paragraph") if kind != style_type)
        if taken:  # the name belongs to a style of another kind: add it under a name of our own
            name = f"G40 {role}"
            self.warnings.append(f"het sjabloon gebruikt de naam '{role}' voor een ander soort stijl; "
                                 f"Word's standaardstijl toegevoegd als '{name}'")
        base = style_id
        counter = 1
        while style_id in self._by_id:
            counter += 1
            style_id = f"{base}{counter}"
        normal = next((e.get(qn("w:styleId")) for e in self._styles.iterchildren(qn("w:style"))
                       if e.get(qn("w:type")) == "paragraph" and e.get(qn("w:default")) in ("1", "true")), None)
        if style_type == "table":
            body = _TABLE_GRID
            based = '<w:basedOn w:val="TableNormal"/>' if "TableNormal" in self._by_id else ""
        else:
            ppr, rpr = _PPR_RPR[role]
            body = (f"<w:pPr>{ppr}</w:pPr>" if ppr else "") + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
            based = f'<w:basedOn w:val="{normal}"/>' if normal else ""
            if _HEADING.match(role) or role in ("Title", "Subtitle", "Quote", "Caption"):
                based += f'<w:next w:val="{normal}"/>' if normal else ""
        element = parse_xml(f'<w:style {nsdecls("w")} w:type="{style_type}" w:customStyle="0" '
                            f'w:styleId="{style_id}"><w:name w:val="{name}"/>{based}<w:qFormat/>{body}</w:style>')
        if role in _LIST_KIND:
            self._set_numbering(element, role)
        self._styles.append(element)
        self._remember(element)
        self.added.append(role)
        return element

    def _repair(self, role: str, element) -> None:
        """Make a found style show what it is for: numbering on list styles, outline and keep-with-next on headings."""
        heading = _HEADING.match(role)
        if heading:
            ppr = get_or_add(element, "w:pPr")
            if self._outline_level(element) is None:
                get_or_add(ppr, "w:outlineLvl").set(qn("w:val"), str(int(heading.group(1)) - 1))
            if self._inherited(element, f"{qn('w:pPr')}/{qn('w:keepNext')}") is None:
                get_or_add(ppr, "w:keepNext")
        elif role in _LIST_KIND and self._list_kind(element) != _LIST_KIND[role]:
            self._set_numbering(element, role)
            what = "opsommingstekens" if _LIST_KIND[role] == _BULLET else "nummering"
            self.warnings.append(f"de stijl '{_name(element)}' in het sjabloon heeft geen {what}; {what} toegevoegd")

    # -- numbering --------------------------------------------------------------
    def _numbering_element(self, create: bool = True):
        """The numbering part's root; python-docx cannot create the part, so it is made here when asked."""
        from docx.opc.constants import CONTENT_TYPE as CT
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.parts.numbering import NumberingPart

        part = self.doc.part
        try:
            return part.part_related_by(RT.NUMBERING).element
        except KeyError:
            if not create:
                return None
        numbering = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING,
                                  parse_xml(f"<w:numbering {nsdecls('w')}/>"), part.package)
        part.relate_to(numbering, RT.NUMBERING)
        return numbering.element

    def _set_numbering(self, element, role: str) -> None:
        """A one-level bullet or decimal list for the style, as Word's built-in list styles have."""
        numbering = self._numbering_element()
        abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.iterchildren(qn("w:abstractNum"))
                        if (a.get(qn("w:abstractNumId")) or "").isdigit()]
        abstract_id = max(abstract_ids, default=-1) + 1
        indent = _LIST_INDENT[role]
        if _LIST_KIND[role] == _BULLET:
            level = ('<w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>')
        else:
            level = '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>{level}'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr></w:lvl>'
            f'</w:abstractNum>')
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        num_id = numbering.add_num(abstract_id).numId
        ppr = get_or_add(element, "w:pPr")
        old = ppr.find(qn("w:numPr"))
        if old is not None:
            ppr.remove(old)
        ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _name(element) -> str:
    name = element.find(qn("w:name"))
    return name.get(qn("w:val")) if name is not None else element.get(qn("w:styleId"))


def _what(role: str) -> str:
    heading = _HEADING.match(role)
    if heading:
        return f"overzichtsniveau {heading.group(1)}"
    return "opsomming" if _LIST_KIND.get(role) == _BULLET else "genummerde lijst"
