"""The Excel demand matrix (openpyxl): demands x ministries and audiences, with details."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from g40desk.core.atomic import write_atomic
from g40desk.core.audiences import Audiences
from g40desk.core.briefing import CLASSIFICATION_LABELS, PRIORITY_LABELS, STATUS_LABELS
from g40desk.core.catalogue import Catalogue, Kind
from g40desk.core.pack import Pack
from g40desk.core.text import xml_safe

CELL_LIMIT = 32_767
CUT_MARK = " […ingekort]"
MARK = "●"
PRIORITY_VALUES = list(PRIORITY_LABELS.values())
STATUS_VALUES = list(STATUS_LABELS.values())
PRIORITY_COLOURS = {"hoog": "F4CCCC", "middel": "FFF2CC", "laag": "D9EAD3"}
STATUS_COLOURS = {"toegezegd": "D9EAD3", "gerealiseerd": "B6D7A8", "afgewezen": "EA9999", "in behandeling": "FFF2CC"}
HEADER_FILL = "1B3A5C"
MESSAGE_FILL = "D9E2F3"
THEME_FILL = "EEF3FA"
ABOUT_SHEET = "Over"
MARKER = "g40desk-matrix"


def cell_text(value: str) -> tuple[str, bool]:
    """Text as Excel can hold it: XML-safe, within the cell limit; and whether to quote-prefix."""
    value = xml_safe(value)
    if len(value) > CELL_LIMIT:
        value = value[: CELL_LIMIT - len(CUT_MARK)] + CUT_MARK
    return value, value[:1] in ("=", "+", "-", "@")


def put(ws, row: int, col: int, value, bold: bool = False, wrap: bool = False):
    """Write one cell; strings always as text, never as a formula or error code."""
    from openpyxl.styles import Alignment, Font

    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        text, quote = cell_text(value)
        cell.value = text
        cell.data_type = "s"
        cell.number_format = "@"  # Excel keeps what a colleague types here as text too
        if quote:
            cell.quotePrefix = True
    else:
        cell.value = value
    if bold:
        cell.font = Font(bold=True)
    cell.alignment = Alignment(wrap_text=wrap, vertical="top")
    return cell


def fit_rows(ws, first_row: int = 2) -> None:
    """Row heights for wrapped text, since neither openpyxl nor every reader computes them."""
    import math

    widths = {key: dim.width or 10 for key, dim in ws.column_dimensions.items()}
    for row in ws.iter_rows(min_row=first_row):
        lines = 1
        for cell in row:
            if isinstance(cell.value, str) and cell.alignment.wrap_text:
                width = max(4.0, widths.get(cell.column_letter, 10) - 1)
                lines = max(lines, sum(math.ceil(max(1, len(part)) / width) for part in cell.value.split("\n")))
        if lines > 1:
            ws.row_dimensions[row[0].row].height = min(409, 15 * lines)


def fit_columns(ws, limits: list[int]) -> None:
    """Column widths that fit the content (header words included), capped per column; long text wraps."""
    from openpyxl.utils import get_column_letter

    for col, limit in enumerate(limits, start=1):
        longest = 4
        for (cell,) in ws.iter_rows(min_col=col, max_col=col):
            if cell.value is not None:
                text = str(cell.value)
                words = text.split() if cell.row == 1 else [text]
                longest = max(longest, max((len(w) for w in words), default=0))
        ws.column_dimensions[get_column_letter(col)].width = min(limit, longest + 2)


class MatrixWriter:
    def __init__(self, pack: Pack, catalogue: Catalogue, audiences: Audiences):
        from openpyxl import Workbook

        self.pack, self.catalogue, self.audiences = pack, catalogue, audiences
        self.wb = Workbook()
        self.demands = [(item, catalogue[item.ref]) for item in pack.items if catalogue[item.ref].kind == Kind.DEMAND]

    def build(self):
        self._matrix(self.wb.active)
        self._details(self.wb.create_sheet("Eisen"))
        self._figures(self.wb.create_sheet("Kerngegevens"))
        self._about(self.wb.create_sheet(ABOUT_SHEET))
        props = self.wb.properties
        props.title = xml_safe(self.pack.title)
        props.creator = xml_safe(self.pack.author or "g40desk")
        props.lastModifiedBy = props.creator
        props.subject = "Eisenmatrix Stedennetwerk G40"
        props.created = props.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        return self.wb

    def _header(self, ws, titles: list[str]) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill

        fill = PatternFill("solid", fgColor=HEADER_FILL)
        for col, title in enumerate(titles, start=1):
            cell = put(ws, 1, col, title)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill
            cell.alignment = Alignment(wrap_text=True, vertical="center")

    def _matrix(self, ws) -> None:
        from openpyxl.styles import Font, PatternFill
        from openpyxl.utils import get_column_letter

        ws.title = "Matrix"
        ministries = list(self.audiences.ministries)
        audience_ids = list(self.pack.audiences)
        titles = ["ID", "Thema", "Eis", "Prioriteit", "Status"]
        titles += [m.abbreviation for m in ministries]
        titles += [f"Prioriteit {self.audiences[a].display_name}" for a in audience_ids]
        self._header(ws, titles)
        first_ministry = 6
        first_audience = first_ministry + len(ministries)
        row = 2
        current_message = current_theme = None
        for item, entry in self.demands:
            message = self.catalogue[entry.message]
            theme = self.catalogue[entry.theme] if entry.theme else None
            if entry.message != current_message:
                current_message, current_theme = entry.message, None
                put(ws, row, 1, message.id)
                put(ws, row, 2, message.label, bold=True)
                for col in range(1, len(titles) + 1):
                    ws.cell(row=row, column=col).fill = PatternFill("solid", fgColor=MESSAGE_FILL)
                row += 1
            if theme is not None and theme.id != current_theme:
                current_theme = theme.id
                put(ws, row, 1, theme.id)
                put(ws, row, 2, theme.label, bold=True)
                for col in range(1, len(titles) + 1):
                    ws.cell(row=row, column=col).fill = PatternFill("solid", fgColor=THEME_FILL)
                ws.row_dimensions[row].outline_level = 1
                row += 1
            put(ws, row, 1, entry.id)
            put(ws, row, 2, theme.label if theme else message.label)
            put(ws, row, 3, item.text or entry.label, wrap=True)
            put(ws, row, 4, PRIORITY_LABELS[item.priority] if item.priority else "")
            put(ws, row, 5, STATUS_LABELS[item.status] if item.status else "")
            for offset, ministry in enumerate(ministries):
                if ministry.id in entry.ministries:
                    put(ws, row, first_ministry + offset, MARK).font = Font(color=HEADER_FILL, bold=True)
            for offset, audience_id in enumerate(audience_ids):
                priority = item.effective(audience_id).priority
                put(ws, row, first_audience + offset, PRIORITY_LABELS[priority] if priority else "")
            ws.row_dimensions[row].outline_level = 2
            row += 1
        last = max(row - 1, 1)
        ws.freeze_panes = "D2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{last}"
        limits = [30, 34, 70, 12, 16] + [6] * len(ministries) + [16] * len(audience_ids)
        fit_columns(ws, limits)
        fit_rows(ws)
        ws.row_dimensions[1].height = 60
        priority_cols = [4] + list(range(first_audience, first_audience + len(audience_ids)))
        self._choices(ws, priority_cols, PRIORITY_VALUES, PRIORITY_COLOURS, last)
        self._choices(ws, [5], STATUS_VALUES, STATUS_COLOURS, last)
        ws.sheet_properties.outlinePr.summaryBelow = False
        self._print_setup(ws)

    def _choices(self, ws, columns: list[int], values: list[str], colours: dict[str, str], last: int) -> None:
        """Drop-down lists and colours for priority and status cells."""
        from openpyxl.formatting.rule import CellIsRule
        from openpyxl.styles import PatternFill
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.datavalidation import DataValidation

        if last < 2:
            return
        ranges = " ".join(f"{get_column_letter(c)}2:{get_column_letter(c)}{last}" for c in columns)
        validation = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True,
                                    showErrorMessage=True, errorTitle="Ongeldige waarde",
                                    error="Kies een waarde uit de lijst: " + ", ".join(values))
        for one in ranges.split():
            validation.add(one)
        ws.add_data_validation(validation)
        for value, colour in colours.items():
            rule = CellIsRule(operator="equal", formula=[f'"{value}"'], fill=PatternFill("solid", bgColor=colour))
            ws.conditional_formatting.add(ranges, rule)

    @staticmethod
    def _print_setup(ws) -> None:
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"

    def _details(self, ws) -> None:
        from openpyxl.utils import get_column_letter

        titles = ["ID", "Thema", "Catalogustekst", "Aangepaste tekst", "Lokale context", "Gesprekspunten",
                  "Prioriteit", "Status", "Ministeries", "Bron"]
        self._header(ws, titles)
        for row, (item, entry) in enumerate(self.demands, start=2):
            theme = self.catalogue[entry.theme or entry.message]
            values = [entry.id, theme.label, entry.node.text or "", item.text or "", item.context or "",
                      "\n".join(f"• {p}" for p in item.talking_points),
                      PRIORITY_LABELS[item.priority] if item.priority else "",
                      STATUS_LABELS[item.status] if item.status else "",
                      ", ".join(self.audiences[m].abbreviation for m in entry.ministries if m in self.audiences),
                      f"{self.catalogue.meta.source}, {theme.label}"]
            for col, value in enumerate(values, start=1):
                put(ws, row, col, value, wrap=col in (3, 4, 5, 6, 10))
        fit_columns(ws, [26, 30, 60, 60, 40, 40, 12, 16, 18, 40])
        fit_rows(ws)
        ws.freeze_panes = "B2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{max(len(self.demands) + 1, 1)}"
        self._print_setup(ws)

    def _figures(self, ws) -> None:
        self._header(ws, ["ID", "Indicator", "Bron"])
        figures = [(item, self.catalogue[item.ref]) for item in self.pack.items
                   if self.catalogue[item.ref].kind == Kind.KEY_FIGURE]
        for row, (item, entry) in enumerate(figures, start=2):
            put(ws, row, 1, entry.id)
            put(ws, row, 2, item.text or entry.node.text or "", wrap=True)
            put(ws, row, 3, entry.node.source or "", wrap=True)
        fit_columns(ws, [22, 70, 70])
        fit_rows(ws)
        ws.freeze_panes = "A2"
        self._print_setup(ws)

    def _about(self, ws) -> None:
        pack, meeting = self.pack, self.pack.meeting
        rows = [
            ("Titel", pack.title),
            ("Doelgroepen", ", ".join(self.audiences[a].display_name for a in pack.audiences if a in self.audiences)),
            ("Overleg", meeting.date or ""),
            ("Plaats", meeting.place),
            ("Auteur", pack.author),
            ("Rubricering", CLASSIFICATION_LABELS[pack.classification]),
            ("Geëxporteerd op", dt.date.today()),
            ("Catalogusversie", self.catalogue.version),
            ("Pakket-ID", pack.id),
            ("Gemaakt door", MARKER),
            ("", ""),
            ("Legenda", ""),
            (MARK, "de eis is (ook) aan dit ministerie gericht"),
            ("Prioriteit", " / ".join(PRIORITY_VALUES)),
            ("Status", " / ".join(STATUS_VALUES)),
            ("Plaatshouders", "teksten staan hier zoals in het pakket, met {stad} en dergelijke nog onvervuld; "
                              "de Word-notities vullen ze per doelgroep in"),
        ]
        for row, (label, value) in enumerate(rows, start=1):
            put(ws, row, 1, label, bold=True)
            cell = put(ws, row, 2, value, wrap=True)
            if isinstance(value, dt.date):
                cell.number_format = "DD-MM-YYYY"
        ws.column_dimensions["A"].width = 20
        ws.column_dimensions["B"].width = 80


def write_matrix(pack: Pack, catalogue: Catalogue, audiences: Audiences, path: Path) -> None:
    workbook = MatrixWriter(pack, catalogue, audiences).build()
    write_atomic(Path(path), workbook.save)
