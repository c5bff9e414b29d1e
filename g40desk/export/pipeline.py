"""The one way a note, a card, a batch or a matrix leaves g40desk: check once, measure, write, report.

The command line (``export``, ``batch``, ``demo``) and the editor call these functions and
nothing else, so a fix lands everywhere (STYLE.md, "One entry point per job"):

1. ``check``: the pre-export check (core/note/preflight.py) builds each audience's briefing
   once and refuses unfilled placeholders and another audience's text unless allowed; a card
   is measured from those same briefings and refused over one page unless allowed.
   ``check_matrix`` checks the pack for the matrix and names the fields an Excel cell cuts.
2. ``write_note``, ``write_batch``, ``write_matrix``: write what passed, atomically, with
   progress and cancel, and return what was written with every finding, each once.
3. The meeting report takes the same way: ``check_report`` is ``check`` for one audience that
   also refuses a pack without any outcome for it, and ``write_report`` writes its plan.

``file_name`` makes every proposed file and folder name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from g40desk.core.agenda.catalogue import Catalogue
from g40desk.core.audience.audiences import Audiences
from g40desk.core.audience.facts import Facts
from g40desk.core.errors import G40Error
from g40desk.core.note.blocks import has_outcome
from g40desk.core.note.placeholders import LITERAL
from g40desk.core.note.preflight import (
    PLACEHOLDERS,
    SHARED_TEXT,
    CheckedBriefing,
    CheckedPack,
    NotReady,
    preflight,
    preflight_matrix,
)
from g40desk.core.pack.model import Form, NoteOptions, Pack
from g40desk.core.text import number, slugify
from g40desk.export import docx_note, xlsx_matrix
from g40desk.export.batch import write_notes
from g40desk.export.page_model import PageModel, card_too_long

LONG_CARD, TEMPLATE, WRITING, CELLS = "long-card", "template", "writing", "cells"
NOTE, CARD, MATRIX, FOLDER, REPORT = "note", "card", "matrix", "folder", "report"


@dataclass(frozen=True)
class Allow:
    """Problems the user chose to write anyway (command-line flags, or the editor's "toch exporteren")."""

    placeholders: bool = False
    shared_text: bool = False
    long_card: bool = False

    def also(self, kind: str) -> Allow:
        """The same, and *kind* (a NotReady's kind) too."""
        return replace(self, **{{PLACEHOLDERS: "placeholders", SHARED_TEXT: "shared_text", LONG_CARD: "long_card"}[kind]: True})


@dataclass(frozen=True)
class Finding:
    """Something the user should know about an export: what kind (a NotReady kind, TEMPLATE,
    WRITING or CELLS), the Dutch line, and the audience it concerns (None: all)."""

    kind: str
    text: str
    audience: str | None = None


@dataclass
class Plan:
    """What passed the check, ready to write: the writers read nothing else."""

    pack: Pack
    catalogue: Catalogue
    audiences: Audiences
    options: NoteOptions
    template: Path | None
    briefings: dict[str | None, CheckedBriefing]
    pages: dict[str | None, int] = field(default_factory=dict)  # cards: pages each will take
    findings: list[Finding] = field(default_factory=list)
    report: bool = False  # checked for a meeting report (check_report)


@dataclass
class MatrixPlan:
    """A pack checked for the matrix (the Excel writer takes nothing else), and what the check found."""

    checked: CheckedPack
    catalogue: Catalogue
    audiences: Audiences
    findings: list[Finding] = field(default_factory=list)


@dataclass
class Written:
    """What an export wrote, and every finding of it (the check's and the writing's), each once."""

    notes: list[Path] = field(default_factory=list)
    matrix: Path | None = None
    findings: list[Finding] = field(default_factory=list)
    cancelled: bool = False

    @property
    def warnings(self) -> list[str]:
        return [f.text for f in self.findings]


class CardTooLong(NotReady):
    """A card that will not fit one page: how many pages, for how many asks (the user may still allow it)."""

    def __init__(self, line: str, pages: int, asks: int, source: Path | None):
        self.kind, self.lines, self.pages, self.asks = LONG_CARD, [line], pages, asks
        G40Error.__init__(self, line + "; of geef --allow-long-card", source, "--form")


def check(pack: Pack, catalogue: Catalogue, audiences: Audiences, audience_ids: list[str | None],
          options: NoteOptions | None = None, template: Path | None = None, *, allow: Allow = Allow(),
          facts: Facts | None = None, source: Path | None = None) -> Plan:
    """The pre-export check for notes to *audience_ids*: raises NotReady or CardTooLong for what is
    not allowed, before anything is written. *facts*: default those of the *audiences*; *source*:
    the pack's file, named in messages."""
    options = options or pack.options
    checked = preflight(pack, catalogue, audiences, audience_ids, allow_placeholders=allow.placeholders,
                        allow_shared_text=allow.shared_text, facts=facts)
    plan = Plan(pack, catalogue, audiences, options, template, checked.briefings)
    if template is not None:
        from g40desk.guards.template import template_notes

        plan.findings += [Finding(TEMPLATE, f"{template}: {note}") for note in template_notes(template)]
    plan.findings += [Finding(kind, line) for kind, line in checked.allowed]
    if options.form == Form.CARD:
        model = PageModel(template)
        for audience_id, one in checked.briefings.items():
            pages = plan.pages[audience_id] = model.pages(one.briefing, options)
            if pages > 1:
                line = card_too_long(one.briefing, pages)
                if not allow.long_card:
                    raise CardTooLong(line, pages, len(one.briefing.asks), source)
                plan.findings.append(Finding(LONG_CARD, line, audience_id))
    return plan


def write_note(plan: Plan, audience_id: str | None, path: Path) -> Written:
    """One note or card of the plan, atomically."""
    warnings = docx_note.write_note(plan.briefings[audience_id], plan.options, Path(path), plan.template,
                                    plan.pack.author)
    return Written([Path(path)], None, plan.findings + [Finding(WRITING, w, audience_id) for w in warnings])


def check_matrix(pack: Pack, catalogue: Catalogue, audiences: Audiences, source: Path | None = None) -> MatrixPlan:
    """The check before a matrix: the pack's references and limits (G40Error naming *source*'s field), and a
    finding for each field longer than an Excel cell holds."""
    return MatrixPlan(preflight_matrix(pack, catalogue, audiences, source), catalogue, audiences,
                      cell_limit_findings(pack, source))


def write_matrix(plan: MatrixPlan, path: Path) -> Written:
    """The demand matrix of a checked pack, atomically."""
    xlsx_matrix.write_matrix(plan.checked, plan.catalogue, plan.audiences, Path(path))
    return Written([], Path(path), list(plan.findings))


class NoOutcome(G40Error):
    """A meeting report asked for an audience without any outcome: there is nothing to report yet."""


def check_report(pack: Pack, catalogue: Catalogue, audiences: Audiences, audience_id: str | None,
                 template: Path | None = None, *, allow: Allow = Allow(), facts: Facts | None = None,
                 source: Path | None = None) -> Plan:
    """The check for the meeting report to *audience_id*: the note's check, and NoOutcome when no
    ask has an outcome for that audience (one line: where to record them)."""
    name = audiences[audience_id].display_name if audience_id in audiences else (audience_id or "het pakket")
    refusal = (f"er is nog geen uitkomst vastgelegd voor {name}, dus er is niets te verslaan; leg per vraag de "
               "uitkomst vast (in de editor: 'Na het overleg') en exporteer dan het verslag")
    if not any(item.outcomes.get(audience_id or "") for item in pack.items):
        raise NoOutcome(refusal, source)
    options = pack.options.model_copy(update={"form": Form.NOTE})
    plan = check(pack, catalogue, audiences, [audience_id], options, template, allow=allow, facts=facts, source=source)
    if not has_outcome(plan.briefings[audience_id].briefing):
        raise NoOutcome(refusal, source)
    plan.report = True
    return plan


def write_report(plan: Plan, audience_id: str | None, path: Path) -> Written:
    """The meeting report of a plan made by check_report, atomically."""
    if not plan.report:
        raise TypeError("write_report schrijft alleen een plan van check_report")
    warnings = docx_note.write_note(plan.briefings[audience_id], plan.options, Path(path), plan.template,
                                    plan.pack.author, report=True)
    return Written([Path(path)], None, plan.findings + [Finding(WRITING, w, audience_id) for w in warnings])


def write_batch(plan: Plan, folder: Path, progress: Callable[[int, int], bool] | None = None,
                workers: int = 1) -> Written:
    """One note per audience of the plan into *folder*, then the matrix. *progress(done, total)*
    returning False cancels after the current note: the notes written so far stay, the matrix is not
    written. A failure says how many notes were written."""
    folder = Path(folder)
    matrix_plan = check_matrix(plan.pack, plan.catalogue, plan.audiences)  # before any note is written
    kind = CARD if plan.options.form == Form.CARD else NOTE
    paths = {a: folder / file_name(plan.pack.title, kind, a, batch=True) for a in plan.briefings}
    result = Written()
    result.notes, written, result.cancelled = write_notes(plan.briefings, paths, plan.options, plan.template,
                                                          plan.pack.author, progress, workers)
    per_note = []  # in the order of the audiences, for the notes written
    for audience_id in (a for a in paths if a in written):
        per_note += [Finding(WRITING, w) for w in written[audience_id]]
        per_note += [Finding(f.kind, f.text) for f in plan.findings if f.kind == LONG_CARD and f.audience == audience_id]
    result.findings = [f for f in plan.findings if f.kind != LONG_CARD] + _once(per_note, len(paths))
    if result.cancelled:
        return result
    matrix = write_matrix(matrix_plan, folder / file_name(plan.pack.title, MATRIX, batch=True))
    result.matrix, result.findings = matrix.matrix, result.findings + matrix.findings
    if progress is not None:
        progress(len(paths) + 1, len(paths) + 1)
    return result


def _once(found: list[Finding], notes: int) -> list[Finding]:
    """Each finding once, with the number of notes it concerns when that is more than one."""
    counted: dict[Finding, int] = {}
    for one in found:
        counted[one] = counted.get(one, 0) + 1
    return [f if n == 1 else Finding(f.kind, f"{f.text} ({n} van de {notes} notities)") for f, n in counted.items()]


def cell_limit_findings(pack: Pack, source: Path | None = None) -> list[Finding]:
    """Excel holds 32,767 characters in a cell: which fields the matrix shows cut short."""
    limit = xlsx_matrix.CELL_LIMIT

    def walk(value, where: str):
        if isinstance(value, str) and len(value) > limit:
            yield where, len(value)
        elif isinstance(value, dict):
            for key, inner in value.items():
                yield from walk(inner, f"{where}.{key}" if where else str(key))
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                yield from walk(inner, f"{where}[{index}]")

    where = f"{source}: " if source is not None else ""
    return [Finding(CELLS, f"{where}veld '{name}' heeft {number(length)} tekens; een Excel-cel houdt er hooguit "
                           f"{number(limit)}, dus de matrix toont het ingekort (het pakket en de Word-notitie houden "
                           "de hele tekst)") for name, length in walk(pack.model_dump(mode="json"), "")]


def file_name(title: str, kind: str, audience_id: str | None = None, day: dt.date | None = None,
              batch: bool = False) -> str:
    """Every name an export proposes, valid on Windows, macOS and Linux (ASCII, no reserved
    characters, not too long). A note is ``titel-wie-datum.docx``, a card ``…-kaart.docx``, a meeting
    report ``…-verslag.docx``, the matrix ``titel-datum-matrix.xlsx``; a batch goes into its own folder ``titel-datum-per-doelgroep``
    and its files carry no date, so no batch name is ever a single note's."""
    stem = slugify(LITERAL.sub("", title))[:60].strip("-") or "briefing"  # '{stad}' is each note's, not a name
    who = slugify(audience_id.split(":", 1)[1]) if audience_id else "algemeen"  # a role ID holds a '/'
    date = (day or dt.date.today()).isoformat()
    if kind == FOLDER:
        return f"{stem}-{date}-per-doelgroep"
    if kind == MATRIX:
        return f"{stem}-matrix.xlsx" if batch else f"{stem}-{date}-matrix.xlsx"
    name = f"{stem}-{who}" if batch else f"{stem}-{who}-{date}"
    suffix = {CARD: "-kaart", REPORT: "-verslag"}.get(kind, "")
    return f"{name}{suffix}.docx"


def batch_folder(parent: Path, title: str, day: dt.date | None = None) -> Path:
    """A new folder under *parent* for a batch (``titel-datum-per-doelgroep``, then ``-2``, ``-3``, …):
    a second batch never overwrites the first."""
    name = file_name(title, FOLDER, day=day)
    folder, n = parent / name, 1
    while folder.exists():
        n += 1
        folder = parent / f"{name}-{n}"
    return folder


def make_folder(folder: Path) -> None:
    """Create *folder* (and its parents); one Dutch line if that is not possible."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise G40Error(f"kan de map niet maken ({exc.strerror})", folder) from None
