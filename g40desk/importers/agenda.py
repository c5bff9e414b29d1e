"""Read a new agenda from a Word document, keeping the IDs of what it shares with the last one.

The G40 publishes a new agenda every few years as a Word document. Its shape is read, not
its looks: headings (by style, outline level, or bold direct formatting) become sections,
core messages and themes; the usual sub-headings ("Waarom …", "Wat willen we?", "Wat is
hiervoor nodig?") say whether what follows is rationale, goals or demands; bullets become
entries (sub-bullets their sub-points); a table with a "Bron" column becomes key figures.

Every entry is compared with the previous agenda (difflib's similarity of the folded
text); a match of the same kind keeps the old ID, ministries and pillar, so packs carry
over. Whatever the importer had to guess is flagged for review before saving.
"""

from __future__ import annotations

import difflib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from g40desk.core.agenda.catalogue import AGENDA_ID, Catalogue, CatalogueFile, Kind, Node
from g40desk.core.errors import G40Error
from g40desk.core.text import fold, slugify, unique_id
from g40desk.guards.safezip import read_office_file

MATCH = 0.6  # similarity from which an entry keeps the previous agenda's ID
SURE = 0.9  # below this a kept ID is flagged for review
MAX_ENTRIES = 5_000
MAX_COMPARISONS = 100_000  # similarity pairs; a real agenda needs ~120 x 120

_RATIONALE = re.compile(r"^waarom\b")
_GOALS = re.compile(r"^(wat willen we|wat willen wij|doelen?\b|ambitie)")
_DEMANDS = re.compile(r"^(wat is (hier|daar)voor nodig|wat vragen (we|wij)|wat hebben (we|wij) nodig|eisen\b|vragen aan)")
_HEADING_STYLE = re.compile(r"^(heading|kop)\s*(\d)$")
_BULLET = re.compile(r"^\s*([•·▪◦○●■□✓✔\-–—*o])\s+")
_SECTION_WORDS = ("inleiding", "voorwoord", "kerngegevens", "kerncijfers", "informatie", "over de g40",
                  "bijlage", "samenvatting", "tot slot", "colofon")


@dataclass
class Flag:
    ref: str
    message: str


@dataclass
class Match:
    ref: str
    previous: str | None
    score: float  # 0..1; 0 for a new entry


@dataclass
class ImportResult:
    agenda: CatalogueFile
    flags: list[Flag] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.matches)

    def flags_of(self, ref: str) -> list[str]:
        return [f.message for f in self.flags if f.ref == ref]

    def report_lines(self) -> list[str]:
        """One line per entry (kept ID with score, or new), then what needs checking."""
        lines = []
        for match in self.matches:
            if match.previous:
                lines.append(f"= {match.ref}  (zelfde ID als de vorige agenda, overeenkomst {match.score:.0%})")
            else:
                lines.append(f"+ {match.ref}  (nieuw)")
            lines += [f"  ! {message}" for message in self.flags_of(match.ref)]
        lines += [f"! {f.message}" for f in self.flags if f.ref == ""]
        return lines


# -- reading the document into blocks ------------------------------------------------------


@dataclass
class _Block:
    kind: str  # "title", "subtitle", "heading", "para", "bullet", "table"
    text: str = ""
    level: int = 0
    emphasis: bool = False  # the whole paragraph is italic or bold
    guessed: bool = False  # a heading recognised from bold text only
    rows: list[list[str]] = field(default_factory=list)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _style_chain(style):
    seen = 0
    while style is not None and seen < 20:
        yield style
        style = style.base_style
        seen += 1


def _outline_level(paragraph, style) -> int | None:
    for element in [paragraph._p.pPr] + [s.element.pPr for s in _style_chain(style) if s is not None]:
        if element is None:
            continue
        found = element.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}outlineLvl")
        if found is not None:
            value = found.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val", "")
            if value.isdigit() and int(value) < 9:
                return int(value) + 1
    return None


def _list_level(paragraph, style) -> int | None:
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        ilvl = ppr.numPr.ilvl
        return int(ilvl.val) if ilvl is not None and ilvl.val is not None else 0
    for base in _style_chain(style):
        name = (base.name or "").casefold()
        if "list" in name or "lijst" in name or "opsomming" in name:
            digits = re.search(r"(\d)\s*$", name)
            return int(digits.group(1)) - 1 if digits else 0
        if base.element.pPr is not None and base.element.pPr.numPr is not None:
            return 0
    return None


def _runs_all(paragraph, style, attribute: str) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return False
    style_font = getattr(style.font, attribute, None) if style is not None else None
    return all(getattr(r.font, attribute) or (getattr(r.font, attribute) is None and style_font) for r in runs)


def _size(paragraph) -> float | None:
    sizes = [r.font.size.pt for r in paragraph.runs if r.text.strip() and r.font.size is not None]
    return max(sizes) if sizes else None


def _paragraph_block(paragraph, styles: dict) -> _Block | None:
    text = _clean(paragraph.text)
    if not text:
        return None
    style_id = paragraph._p.style
    if style_id not in styles:  # python-docx looks styles up slowly: once per style
        styles[style_id] = paragraph.style
    style = styles[style_id]
    names = [(s.name or "").casefold() for s in _style_chain(style)]
    if names and names[0] in ("title", "titel"):
        return _Block("title", text)
    if names and names[0] in ("subtitle", "ondertitel"):
        return _Block("subtitle", text)
    for name in names:
        found = _HEADING_STYLE.match(name)
        if found:
            return _Block("heading", text, level=int(found.group(2)))
    level = _outline_level(paragraph, style)
    if level is not None:
        return _Block("heading", text, level=level)
    list_level = _list_level(paragraph, style)
    bullet = _BULLET.match(text)
    if list_level is None and bullet:
        list_level = 1 if bullet.group(1) in "–—◦○o✓✔□" else 0
        text = text[bullet.end():].strip()
    if list_level is not None:
        return _Block("bullet", text, level=min(list_level, 1))
    bold, italic = _runs_all(paragraph, style, "bold"), _runs_all(paragraph, style, "italic")
    if bold and len(text) <= 150 and not text.endswith((".", ";", ",")):
        size = _size(paragraph)
        if size is not None and size >= 18:
            return _Block("title", text)
        level = 1 if size is not None and size >= 14 else 2 if size is not None and size >= 12 else 3
        return _Block("heading", text, level=level, guessed=size is None)
    return _Block("para", text, emphasis=italic or bold)


def read_blocks(path: Path) -> tuple[list[_Block], dict]:
    """The document body as blocks in order, and its core properties."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    data = read_office_file(path, "Word-document", "word/document.xml")
    try:
        doc = Document(io.BytesIO(data))
        props = doc.core_properties
        meta = {"title": _clean(props.title or ""), "subject": _clean(props.subject or ""),
                "author": _clean(props.author or "")}
        blocks: list[_Block] = []
        styles: dict = {}
        for element in doc.element.body.iterchildren():
            if not isinstance(element.tag, str):  # comments and processing instructions: tag is a function
                continue
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "p":
                block = _paragraph_block(Paragraph(element, doc), styles)
                if block:
                    blocks.append(block)
            elif tag == "tbl":
                rows = [[_clean(c.text) for c in row.cells] for row in Table(element, doc).rows]
                blocks.append(_Block("table", rows=[r for r in rows if any(r)]))
            if len(blocks) > MAX_ENTRIES * 4:
                raise G40Error("het document is te groot voor een agenda", path)
    except G40Error:
        raise
    except RecursionError:
        raise G40Error("het document is te diep genest", path) from None
    except Exception as exc:  # python-docx and lxml raise many types on a broken file
        raise G40Error(f"geen leesbaar Word-document ({type(exc).__name__})", path) from None
    return blocks, meta


# -- blocks into a tree ---------------------------------------------------------------------


@dataclass
class _Draft:
    kind: Kind | None
    title: str = ""
    text: str = ""
    summary: str = ""
    source: str = ""
    paragraphs: list[str] = field(default_factory=list)
    rationale: list[str] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    subpoints: list[str] = field(default_factory=list)
    children: list[_Draft] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    id: str = ""

    @property
    def key(self) -> str:
        """The text an entry is recognised by."""
        return self.title or self.text

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def _subheading(text: str) -> str | None:
    folded = fold(text).rstrip("?:. ")
    for mode, pattern in (("rationale", _RATIONALE), ("goals", _GOALS), ("demands", _DEMANDS)):
        if pattern.match(folded):
            return mode
    return None


def _figures(rows: list[list[str]], notes: list[str]) -> list[_Draft]:
    header = [fold(c) for c in rows[0]] if rows else []
    source_col = next((i for i, c in enumerate(header) if c.startswith("bron")), None)
    body = rows[1:] if source_col is not None else rows
    if source_col is None:
        source_col = len(rows[0]) - 1 if rows and len(rows[0]) > 1 else None
        notes.append("tabel zonder kolom 'Bron': de laatste kolom is als bron gelezen")
    figures = []
    for row in body:
        text = " ".join(c for i, c in enumerate(row) if i != source_col and c)
        if text:
            source = row[source_col] if source_col is not None and source_col < len(row) else ""
            figures.append(_Draft(Kind.KEY_FIGURE, text=text, source=source))
    return figures


def build_tree(blocks: list[_Block]) -> tuple[list[_Draft], dict, list[str]]:
    """Top-level drafts (kinds of headings 1 still open), the title lines, general notes."""
    tops: list[_Draft] = []
    head = {"title": "", "subtitle": ""}
    notes: list[str] = []
    top: _Draft | None = None
    theme: _Draft | None = None
    mode: str | None = None
    last: _Draft | None = None  # the entry sub-bullets attach to

    def container() -> _Draft:
        nonlocal top
        if top is None:
            top = _Draft(None, title="Inleiding")
            top.notes.append("tekst vóór de eerste kop: onder een kop 'Inleiding' gezet")
            tops.append(top)
        return top

    for block in blocks:
        if block.kind in ("title", "subtitle"):
            if not head[block.kind] and not tops:
                head[block.kind] = block.text
                continue
            block = _Block("heading", block.text, level=1)
        if block.kind == "heading":
            sub = _subheading(block.text)
            if sub and block.level >= 2:
                mode, last = sub, None
                continue
            if block.level <= 1:
                top, theme, mode, last = _Draft(None, title=block.text), None, None, None
                tops.append(top)
            else:
                theme = _Draft(Kind.THEME, title=block.text)
                if block.guessed:
                    theme.notes.append("kop herkend aan vette tekst: controleer of dit een thema is")
                container().children.append(theme)
                mode, last = None, None
            continue
        if block.kind == "table":
            holder = container()
            figures = _figures(block.rows, holder.notes)
            holder.children += figures
            continue
        if block.kind == "bullet" and block.level >= 1 and last is not None:
            last.subpoints.append(block.text)
            continue
        if block.kind == "para" and not block.emphasis and _subheading(block.text) and len(block.text) < 60:
            mode, last = _subheading(block.text), None
            continue
        if theme is not None:
            if mode == "rationale" or (mode is None and block.kind == "para"):
                if block.kind == "bullet":
                    theme.notes.append(f"opsomming in de toelichting als alinea gelezen: '{block.text[:60]}'")
                theme.rationale.append(block.text)
                continue
            kind = Kind.GOAL if mode == "goals" else Kind.DEMAND
            entry = _Draft(kind, text=block.text)
            if mode is None:
                entry.notes.append("opsomming zonder kop 'Wat willen we?' of 'Wat is hiervoor nodig?': als eis gelezen")
            elif block.kind == "para":
                entry.notes.append("alinea (geen opsommingsteken) als " + ("doel" if kind == Kind.GOAL else "eis")
                                   + " gelezen")
            theme.children.append(entry)
            last = entry
            continue
        holder = container()
        if block.kind == "bullet":
            entry = _Draft(None, text=block.text)  # question or demand: decided with the top's kind
            holder.children.append(entry)
            last = entry
        elif holder.children:
            holder.closing.append(block.text)
        elif block.emphasis and not holder.summary and not holder.paragraphs:
            holder.summary = block.text
        else:
            holder.paragraphs.append(block.text)
    return tops, head, notes


def _similarity(a: str, b: str) -> float:
    """difflib's ratio of two texts, case and accents folded (*b* is folded already)."""
    a = fold(a)
    if a == b:
        return 1.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < MATCH or matcher.quick_ratio() < MATCH:
        return 0.0
    return matcher.ratio()


def _previous_key(entry) -> str:
    return entry.node.title if entry.kind in (Kind.SECTION, Kind.CORE_MESSAGE, Kind.THEME) else entry.node.text or ""


def _decide_top_kinds(tops: list[_Draft], previous: Catalogue | None) -> None:
    for top in tops:
        best = None
        if previous is not None:
            scores = [(_similarity(top.title, fold(p.node.title or "")), p) for p in previous.walk()
                      if p.kind in (Kind.SECTION, Kind.CORE_MESSAGE)]
            best = max(scores, key=lambda s: s[0], default=(0.0, None))
        if any(c.kind == Kind.THEME for c in top.children) or top.summary:
            top.kind = Kind.CORE_MESSAGE
        elif any(c.kind == Kind.KEY_FIGURE for c in top.children):
            top.kind = Kind.SECTION
        elif best and best[0] >= SURE:
            top.kind = best[1].kind
        elif fold(top.title).startswith(_SECTION_WORDS):
            top.kind = Kind.SECTION
        else:
            top.kind = Kind.CORE_MESSAGE if top.children else Kind.SECTION
            top.notes.append("soort van deze kop geraden (" + ("kernboodschap" if top.kind == Kind.CORE_MESSAGE
                                                                 else "paragraaf") + "): controleer")
        for child in top.children:
            if child.kind is None:
                child.kind = Kind.DEMAND if top.kind == Kind.CORE_MESSAGE else Kind.QUESTION


def _assign_ids(tops: list[_Draft], previous: Catalogue | None, result: ImportResult) -> None:
    drafts = [d for top in tops for d in top.walk()]
    owner = {id(child): d for d in drafts for child in d.children}
    taken: set[str] = set()
    matched: dict[int, tuple[str, float]] = {}
    if previous is not None:
        candidates = [(e, fold(_previous_key(e))) for e in previous.walk() if not e.own]
        exact = {(e.kind, key): e.id for e, key in reversed(candidates)}
        for index, draft in enumerate(drafts):  # identical text first: cheap, and never ambiguous
            entry_id = exact.get((draft.kind, fold(draft.key)))
            if entry_id is not None and entry_id not in taken:
                matched[index] = (entry_id, 1.0)
                taken.add(entry_id)
        pairs = []
        open_drafts = {i for i in range(len(drafts)) if i not in matched}
        if len(open_drafts) * len(candidates) > MAX_COMPARISONS:  # a hostile or huge document
            result.flags.append(Flag("", f"te veel nieuwe onderdelen ({len(open_drafts)}) om met de vorige agenda "
                                         "te vergelijken: alleen gelijke teksten houden hun ID"))
            open_drafts = set()
        for index, draft in enumerate(drafts):
            if index not in open_drafts:
                continue
            for entry, key in candidates:
                if entry.kind == draft.kind and entry.id not in taken:
                    score = _similarity(draft.key, key)
                    if score >= MATCH:
                        pairs.append((score, index, entry.id))
        for score, index, entry_id in sorted(pairs, key=lambda p: (-p[0], p[1])):
            if index not in matched and entry_id not in taken:
                matched[index] = (entry_id, score)
                taken.add(entry_id)
    prefixes = {Kind.SECTION: "section", Kind.QUESTION: "question", Kind.CORE_MESSAGE: "message",
                Kind.THEME: "theme", Kind.GOAL: "goal", Kind.DEMAND: "demand", Kind.KEY_FIGURE: "figure"}

    def fresh(base: str) -> str:
        taken.add(candidate := unique_id(base, taken))
        return candidate

    counters: dict[str, int] = {}  # next number to try per ID base
    for index, draft in enumerate(drafts):  # parents before children: a new demand is named after its theme
        if index in matched:
            draft.id, score = matched[index]
            if score < SURE:
                result.flags.append(Flag(draft.id, f"lijkt op {draft.id} van de vorige agenda "
                                                   f"(overeenkomst {score:.0%}): zelfde onderwerp?"))
            result.matches.append(Match(draft.id, draft.id, score))
            continue
        prefix = prefixes[draft.kind]
        if draft.kind in (Kind.GOAL, Kind.DEMAND):
            parent = owner.get(id(draft))
            base = f"{prefix}:" + (parent.id.split(":", 1)[1] if parent is not None and parent.id else "agenda")
            n = counters.get(base, 1)
            while f"{base}-{n}" in taken or _in_previous(previous, f"{base}-{n}"):
                n += 1
            counters[base] = n + 1
            draft.id = fresh(f"{base}-{n}")
        else:
            slug = "-".join(slugify(draft.key).split("-")[:5])[:40].strip("-") or "onderdeel"
            draft.id = fresh(f"{prefix}:{slug}")
        result.matches.append(Match(draft.id, None, 0.0))


def _in_previous(previous: Catalogue | None, entry_id: str) -> bool:
    """A new entry never takes an ID the previous agenda used for something else."""
    return previous is not None and entry_id in previous


def _to_node(draft: _Draft, previous: Catalogue | None, result: ImportResult) -> Node:
    old = previous.entries.get(draft.id) if previous is not None else None
    for note in draft.notes:
        result.flags.append(Flag(draft.id, note))
    fields: dict = {"id": draft.id, "kind": draft.kind}
    for name in ("title", "text", "summary", "source"):
        if getattr(draft, name):
            fields[name] = getattr(draft, name)
    for name in ("paragraphs", "rationale", "closing", "subpoints"):
        if getattr(draft, name):
            fields[name] = getattr(draft, name)
    if draft.kind == Kind.DEMAND:
        fields["ministries"] = list(old.ministries) if old is not None else []
        if not fields["ministries"]:
            result.flags.append(Flag(draft.id, "geen ministerie bekend: kies de ministeries van deze eis"))
        theme_pillar = previous[old.theme].pillar if old is not None and old.theme else None
        if old is not None and old.pillar is not None and old.pillar != theme_pillar:
            fields["pillar"] = old.pillar  # a demand outside its theme's pillar
    if draft.kind == Kind.THEME:
        if old is not None and old.pillar is not None:
            fields["pillar"] = old.pillar
        else:
            result.flags.append(Flag(draft.id, "nieuw thema: kies de pijler"))
        kinds = {c.kind for c in draft.children}
        if Kind.DEMAND not in kinds:
            result.flags.append(Flag(draft.id, "thema zonder eisen ('Wat is hiervoor nodig?' niet gevonden)"))
    if draft.kind in (Kind.GOAL, Kind.DEMAND, Kind.QUESTION, Kind.KEY_FIGURE) and not draft.text:
        fields["text"] = draft.title or "?"
    if draft.kind in (Kind.THEME, Kind.CORE_MESSAGE, Kind.SECTION) and not draft.title:
        fields["title"] = draft.text or "?"
    fields["children"] = [_to_node(child, previous, result) for child in draft.children]
    return Node.model_validate(fields)


def import_blocks(blocks: list[_Block], meta: dict, previous: Catalogue | None, *, agenda_id: str | None = None,
                  version: int | None = None, date: str | None = None, fallback_title: str = "Agenda") -> ImportResult:
    tops, head, notes = build_tree(blocks)
    if not any(b.kind == "heading" for b in blocks):
        raise G40Error("geen koppen gevonden: een agenda heeft koppen voor de kernboodschappen en thema's")
    _decide_top_kinds(tops, previous)
    title = head["title"] or meta.get("title") or fallback_title
    source = meta.get("subject") or head["subtitle"] or title
    result = ImportResult(agenda=None)  # type: ignore[arg-type]
    result.flags += [Flag("", n) for n in notes]
    _assign_ids(tops, previous, result)
    if result.count > MAX_ENTRIES:
        raise G40Error(f"te veel onderdelen voor een agenda ({result.count})")
    entries = [_to_node(top, previous, result) for top in tops]
    agenda_id = agenda_id or "-".join(slugify(source).split("-")[:8])[:60].strip("-") or "agenda"
    if not re.match(AGENDA_ID, agenda_id):
        raise G40Error(f"'{agenda_id}' is geen geldige agenda-ID (kleine letters, cijfers, '.', '-')", field="--id")
    if date is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
        raise G40Error(f"'{date}' is geen datum (JJJJ-MM-DD)", field="--date")
    if date is None:
        result.flags.append(Flag("", "datum van de agenda onbekend: vul die in (--date JJJJ-MM-DD)"))
    based_on = previous.meta.ref if previous is not None else None
    kept = sum(1 for m in result.matches if m.previous)
    try:
        result.agenda = CatalogueFile(
            id=agenda_id, version=version or 1, date=date, publisher=meta.get("author") or "",
            title=title, subtitle=head["subtitle"], source=source, based_on=based_on,
            changes=f"Geïmporteerd uit Word; {kept} van {result.count} onderdelen houden hun ID.",
            entries=entries)
    except ValueError as exc:
        raise G40Error(f"de agenda is niet geldig: {str(exc).splitlines()[0]}") from None
    return result


def import_docx(path: Path, previous: Catalogue | None, *, agenda_id: str | None = None,
                version: int | None = None, date: str | None = None) -> ImportResult:
    """Read an agenda from a Word document; G40Error (one line, naming the file) on a bad file."""
    path = Path(path)
    blocks, meta = read_blocks(path)
    try:
        return import_blocks(blocks, meta, previous, agenda_id=agenda_id, version=version, date=date,
                             fallback_title=path.stem)
    except G40Error as exc:
        if exc.path is None:
            exc.path = path
        raise G40Error(exc.message, exc.path, exc.field) from None
