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

import re
from dataclasses import dataclass, field
from pathlib import Path

from g40desk.core.agenda.catalogue import AGENDA_ID, Catalogue, CatalogueFile, Kind, Node
from g40desk.core.errors import G40Error
from g40desk.core.text import fold, slugify, unique_id
from g40desk.importers.matching import SURE, Candidate, pair, similarity
from g40desk.importers.word import Block, read_document

MAX_ENTRIES = 5_000
MARKED = ("bevat bijgehouden wijzigingen of een inhoudsbesturingselement: gelezen zoals Word het toont zonder "
          "markeringen (invoegingen wel, verwijderingen niet); controleer")

_RATIONALE = re.compile(r"^waarom\b")
_GOALS = re.compile(r"^(wat willen we|wat willen wij|doelen?\b|ambitie)")
_DEMANDS = re.compile(r"^(wat is (hier|daar)voor nodig|wat vragen (we|wij)|wat hebben (we|wij) nodig|eisen\b|vragen aan)")
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
    markup: dict[str, int] = field(default_factory=dict)  # tracked changes, content controls, … met (word.MARKUP_WORDS)

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


def build_tree(blocks: list[Block]) -> tuple[list[_Draft], dict, list[str]]:
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

    def place(block: Block) -> _Draft | None:
        """Put *block* in the tree; the draft it went to (None for titles and sub-headings)."""
        nonlocal top, theme, mode, last
        if block.kind in ("title", "subtitle"):
            if not head[block.kind] and not tops:
                head[block.kind] = block.text
                return None
            block = Block("heading", block.text, level=1)
        if block.kind == "heading":
            sub = _subheading(block.text)
            if sub and block.level >= 2:
                mode, last = sub, None
                return None
            if block.level <= 1:
                top, theme, mode, last = _Draft(None, title=block.text), None, None, None
                tops.append(top)
                return top
            theme = _Draft(Kind.THEME, title=block.text)
            if block.guessed:
                theme.notes.append("kop herkend aan vette tekst: controleer of dit een thema is")
            container().children.append(theme)
            mode, last = None, None
            return theme
        if block.kind == "table":
            holder = container()
            holder.children += _figures(block.rows, holder.notes)
            return holder
        if block.kind == "bullet" and block.level >= 1 and last is not None:
            last.subpoints.append(block.text)
            return last
        if block.kind == "para" and not block.emphasis and _subheading(block.text) and len(block.text) < 60:
            mode, last = _subheading(block.text), None
            return None
        if theme is not None:
            if mode == "rationale" or (mode is None and block.kind == "para"):
                if block.kind == "bullet":
                    theme.notes.append(f"opsomming in de toelichting als alinea gelezen: '{block.text[:60]}'")
                theme.rationale.append(block.text)
                return theme
            kind = Kind.GOAL if mode == "goals" else Kind.DEMAND
            entry = _Draft(kind, text=block.text)
            if mode is None:
                entry.notes.append("opsomming zonder kop 'Wat willen we?' of 'Wat is hiervoor nodig?': als eis gelezen")
            elif block.kind == "para":
                entry.notes.append("alinea (geen opsommingsteken) als " + ("doel" if kind == Kind.GOAL else "eis")
                                   + " gelezen")
            theme.children.append(entry)
            last = entry
            return entry
        holder = container()
        if block.kind == "bullet":
            last = _Draft(None, text=block.text)  # question or demand: decided with the top's kind
            holder.children.append(last)
            return last
        if holder.children:
            holder.closing.append(block.text)
        elif block.emphasis and not holder.summary and not holder.paragraphs:
            holder.summary = block.text
        else:
            holder.paragraphs.append(block.text)
        return holder

    for block in blocks:
        target = place(block)
        if block.marked:  # tracked changes or a content control: taken as Word shows them, worth a look
            where = target.notes if target is not None else notes
            if MARKED not in where:
                where.append(MARKED)
    return tops, head, notes


def _previous_key(entry) -> str:
    return entry.node.title if entry.kind in (Kind.SECTION, Kind.CORE_MESSAGE, Kind.THEME) else entry.node.text or ""


def _decide_top_kinds(tops: list[_Draft], previous: Catalogue | None) -> None:
    for top in tops:
        best = None
        if previous is not None:
            scores = [(similarity(top.title, fold(p.node.title or "")), p) for p in previous.walk()
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
    matched: dict[int, tuple[str, float]] = {}
    if previous is not None:
        candidates = [Candidate(e.id, e.kind, fold(_previous_key(e))) for e in previous.walk() if not e.own]
        pairing = pair([(d.kind, d.key) for d in drafts], candidates)
        matched = pairing.matched
        if pairing.note:
            result.flags.append(Flag("", pairing.note))
    taken = {entry_id for entry_id, _score in matched.values()}
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


def import_blocks(blocks: list[Block], meta: dict, previous: Catalogue | None, *, agenda_id: str | None = None,
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
    document = read_document(path)
    try:
        result = import_blocks(document.blocks, document.meta, previous, agenda_id=agenda_id, version=version,
                               date=date, fallback_title=path.stem)
    except G40Error as exc:
        if exc.path is None:
            exc.path = path
        raise G40Error(exc.message, exc.path, exc.field) from None
    if document.markup:
        result.flags.append(Flag("", "Word-markeringen: " + "; ".join(document.markup_lines())))
    result.markup = dict(document.markup)
    return result
