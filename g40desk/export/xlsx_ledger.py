"""The network's overview in Excel: asks × organisations coloured by outcome, the history and overdue actions.

Printed like the demand matrix (export/xlsx_matrix.py: the same cell writer, fonts, A4
landscape set-up, repeated title rows and columns). Derived from the ledger: nothing here
goes back into a pack.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from g40desk.core.agenda.catalogue import Catalogue
from g40desk.core.audience.audiences import Audiences, Ministry
from g40desk.core.audience.models import Role
from g40desk.core.files.atomic import write_atomic
from g40desk.core.ledger.ledger import Entry, Ledger, organisation_id
from g40desk.core.pack.outcomes import RESULT_LABELS, result_label
from g40desk.export.xlsx_matrix import (
    HEADER_FILL,
    THEME_FILL,
    CellWriter,
    default_font,
    fit_columns,
    fit_header,
    fit_rows,
    print_setup,
)
from g40desk.export.xlsx_outcomes import RESULT_COLOURS

TITLE = "Stand van zaken G40-eisen"
CLASSIFICATION = "Intern"


def short_date(day: dt.date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else "zonder datum"


class AskNames:
    """An ask's theme and title: from the agenda when it knows the ask, else the pack's own text or the ID."""

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue

    def label(self, ask: str, own: str = "") -> str:
        return self.catalogue[ask].label if ask in self.catalogue else (own or ask)

    def group(self, ask: str) -> str:
        if ask not in self.catalogue:
            return "Eigen inbreng" if ask.startswith("own:") else "Niet in deze agenda"
        entry = self.catalogue[ask]
        return self.catalogue[entry.theme or entry.message or ask].label


def audience_name(audiences: Audiences, audience_id: str, short: bool = False) -> str:
    if audience_id not in audiences:
        return audience_id
    audience = audiences[audience_id]
    if not short:
        return audience.display_name
    if isinstance(audience, Role):
        return f"{audience.organisation.short_name_on()}: {audience.title_on()}"
    return audience.short_name_on()


class LedgerWriter:
    def __init__(self, ledger: Ledger, catalogue: Catalogue, audiences: Audiences, folders: list[Path],
                 today: dt.date):
        from openpyxl import Workbook

        self.ledger, self.audiences, self.folders, self.today = ledger, audiences, folders, today
        self.names = AskNames(catalogue)
        self.wb = Workbook()
        default_font(self.wb)
        self.cells = CellWriter()

    def build(self):
        self._overview(self.wb.active)
        self._history(self.wb.create_sheet("Geschiedenis"))
        self._actions(self.wb.create_sheet("Open acties"))
        skipped = self.ledger.collection.skipped
        if skipped:
            self._table(self.wb.create_sheet("Overgeslagen"), ["Bestand", "Waarom overgeslagen"],
                        [[s.path, s.reason] for s in skipped], [70, 80], "A:A")
        self._about(self.wb.create_sheet("Over"))
        props = self.wb.properties
        props.title, props.creator, props.subject = TITLE, "g40desk", "Stand van zaken Stedennetwerk G40"
        props.created = props.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        return self.wb

    def _organisations(self) -> list[str]:
        """The organisations in the ledger: ministries first, then cities, each by name."""
        ids = {organisation_id(s.audience) for s in self.ledger.standings}

        def key(org: str):
            known = self.audiences[org] if org in self.audiences else None
            return (0 if isinstance(known, Ministry) else 1 if known else 2, audience_name(self.audiences, org, True))

        return sorted(ids, key=key)

    def _overview(self, ws) -> None:
        ws.title = "Overzicht"
        orgs = self._organisations()
        latest: dict[tuple[str, str], Entry] = {}
        for standing in self.ledger.standings:
            key = (standing.ask, organisation_id(standing.audience))
            if key not in latest or latest[key].order < standing.latest.order:
                latest[key] = standing.latest
        titles = ["ID", "Thema", "Eis"] + [audience_name(self.audiences, o, short=True) for o in orgs]
        for col, title in enumerate(titles, start=1):
            self.cells.put(ws, 1, col, title, fill=HEADER_FILL, header=True)
        asks = list(dict.fromkeys(s.ask for s in self.ledger.standings))
        row, group = 2, None
        for ask in asks:
            if self.names.group(ask) != group:
                group = self.names.group(ask)
                for col in range(1, len(titles) + 1):
                    self.cells.put(ws, row, col, group if col == 2 else None, bold=True, fill=THEME_FILL)
                row += 1
            own = next((s.latest.label for s in self.ledger.standings if s.ask == ask), "")
            self.cells.put(ws, row, 1, ask, wrap=True)
            self.cells.put(ws, row, 2, group, wrap=True)
            self.cells.put(ws, row, 3, self.names.label(ask, own), wrap=True)
            for offset, org in enumerate(orgs, start=4):
                entry = latest.get((ask, org))
                if entry is not None:
                    self.cells.put(ws, row, offset, f"{result_label(entry.result)}\n{short_date(entry.date)}",
                                   wrap=True, fill=RESULT_COLOURS.get(entry.result, "FFFFFF"))
            row += 1
        fit_columns(ws, [16, 16, 40] + [15] * len(orgs))
        fit_rows(ws, set(range(1, len(titles) + 1)))
        fit_header(ws)
        ws.freeze_panes = "D2"
        print_setup(ws, TITLE, CLASSIFICATION, "A:C")

    def _history(self, ws) -> None:
        rows = [[e.ask, self.names.label(e.ask, e.label), audience_name(self.audiences, e.audience, short=True),
                 result_label(e.result), e.date or "", e.said, e.title, e.pack]
                for s in self.ledger.standings for e in s.history]
        self._table(ws, ["ID", "Eis", "Doelgroep", "Uitkomst", "Datum", "Wat is gezegd", "Pakket", "Bestand"], rows,
                    [16, 30, 14, 14, 11, 45, 24, 40], "A:B", fills=3)

    def _actions(self, ws) -> None:
        rows = [[o.action.due, o.action.what, o.action.who, self.names.label(o.entry.ask, o.entry.label),
                 audience_name(self.audiences, o.entry.audience, short=True), o.entry.date or "", o.entry.title, o.entry.pack]
                for o in self.ledger.overdue]
        self._table(ws, ["Uiterlijk", "Actie", "Wie", "Eis", "Doelgroep", "Overleg", "Pakket", "Bestand"], rows,
                    [11, 40, 18, 30, 14, 11, 24, 40], "A:B")

    def _table(self, ws, titles: list[str], rows: list[list], limits: list[int], title_columns: str,
               fills: int | None = None) -> None:
        """A plain sheet: a header row, then one row per line; column *fills* (0-based) coloured by outcome."""
        from openpyxl.utils import get_column_letter

        colours = {label: RESULT_COLOURS[result] for result, label in RESULT_LABELS.items()}
        for col, title in enumerate(titles, start=1):
            self.cells.put(ws, 1, col, title, fill=HEADER_FILL, header=True)
        for number, values in enumerate(rows, start=2):
            for col, value in enumerate(values, start=1):
                fill = colours.get(value) if fills is not None and col == fills + 1 else None
                self.cells.put(ws, number, col, value, wrap=not isinstance(value, dt.date), fill=fill)
        fit_columns(ws, limits)
        fit_rows(ws, set(range(1, len(titles) + 1)))
        fit_header(ws)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{max(len(rows) + 1, 1)}"
        print_setup(ws, TITLE, CLASSIFICATION, title_columns)

    def _about(self, ws) -> None:
        collection = self.ledger.collection
        rows = [("Titel", TITLE), ("Gemaakt op", self.today),
                ("Mappen", "\n".join(str(f) for f in self.folders)),
                ("Pakketten", f"{len(collection.records)} gelezen, {len(collection.skipped)} overgeslagen, "
                              f"{len(collection.copies)} oudere kopieën niet dubbel geteld"),
                ("Bron", "de pakketten zelf; dit overzicht wordt afgeleid en nooit teruggelezen"),
                ("", ""), ("Legenda", "")]
        rows += [(label, "") for label in RESULT_LABELS.values()]
        for row, (label, value) in enumerate(rows, start=1):
            fill = RESULT_COLOURS[next(r for r, lab in RESULT_LABELS.items() if lab == label)] \
                if label in RESULT_LABELS.values() else None
            self.cells.put(ws, row, 1, label, bold=True, fill=fill)
            self.cells.put(ws, row, 2, value, wrap=True)
        ws.column_dimensions["A"].width = 20
        ws.column_dimensions["B"].width = 80
        fit_rows(ws, {2}, first_row=1)
        print_setup(ws, TITLE, CLASSIFICATION)


def write_ledger(ledger: Ledger, catalogue: Catalogue, audiences: Audiences, folders: list[Path], path: Path,
                 today: dt.date) -> None:
    workbook = LedgerWriter(ledger, catalogue, audiences, folders, today).build()
    write_atomic(Path(path), workbook.save)
