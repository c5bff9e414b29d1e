"""The Excel demand matrix (openpyxl): demands x ministries and audiences, with details."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from g40desk.core.agenda.catalogue import Catalogue, Kind
from g40desk.core.audience.audiences import Audiences, portfolio_tags
from g40desk.core.files.atomic import write_atomic
from g40desk.core.note.briefing import CLASSIFICATION_LABELS, OWN_SOURCE, PRIORITY_LABELS, STATUS_LABELS
from g40desk.core.note.preflight import CheckedPack
from g40desk.core.pack.model import Pack
from g40desk.core.pack.outcomes import result_label
from g40desk.core.text import dutch_date, xml_safe
from g40desk.export.xlsx_outcomes import OUTCOME_COLOURS, OUTCOME_VALUES, add_choices, outcome_audiences, outcome_titles

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
# One named font everywhere (cells, header rows, print header and footer): Arial is on every
# Windows and Mac, and LibreOffice maps it to the metric-compatible Liberation Sans.
FONT = "Arial"
FONT_SIZE = 10
LINE_POINTS = 13  # one line of 10 pt text in a row
MIN_SCALE = 70  # no sheet prints smaller than this (per cent)
# A4 landscape with 1.3 cm side margins, in pixels at 96 dpi (Excel's unit for column widths).
_A4_LANDSCAPE_PX = (29.7 - 2 * 1.3) / 2.54 * 96


def audience_column(audience, day: dt.date | None = None) -> str:
    """The matrix column title for one audience's priority, named as on *day*: short, so it never needs cutting."""
    short = audience.short_name_on(day) if hasattr(audience, "short_name_on") else audience.display_name_on(day)
    return f"Prioriteit {short}"


def matrix_day(pack: Pack) -> dt.date:
    """The day the matrix addresses its demands for: the meeting's, else today (as the notes do)."""
    return pack.meeting.date or dt.date.today()


def addressed_to(entry, catalogue: Catalogue, audiences: Audiences, day: dt.date) -> list[str]:
    """Who a demand is for on *day*, named as the note names them ('VRO', 'SZW')."""
    return audiences.holder_names(portfolio_tags(catalogue, entry.id), day)


def agenda_cells(entry, catalogue: Catalogue, audiences: Audiences, day: dt.date) -> dict[str, str]:
    """A demand's cells on the details sheet that come from the agenda (and the meeting date), by
    column title: the writer fills them and the matrix import checks they were left as written."""
    theme = catalogue[entry.theme or entry.message]
    return {"Thema": theme.label, "Catalogustekst": entry.node.text or "",
            "Ministeries": ", ".join(addressed_to(entry, catalogue, audiences, day)),
            "Bron": OWN_SOURCE if entry.own else f"{catalogue.meta.source}, {theme.label}"}


def cell_text(value: str) -> tuple[str, bool]:
    """Text as Excel can hold it: XML-safe, within the cell limit; and whether to quote-prefix."""
    value = xml_safe(value)
    if len(value) > CELL_LIMIT:
        value = value[: CELL_LIMIT - len(CUT_MARK)] + CUT_MARK
    return value, value[:1] in ("=", "+", "-", "@")


class CellWriter:
    """Writes cells; strings always as text, never as a formula or error code.

    Each combination of formats is built once and copied to later cells: openpyxl
    otherwise hashes and looks up every Font and Alignment object for every cell.
    """

    def __init__(self):
        self._formats: dict[tuple, object] = {}

    def put(self, ws, row: int, col: int, value, bold: bool = False, wrap: bool = False, colour: str | None = None,
            fill: str | None = None, header: bool = False):
        """Write *value* (an empty string leaves the cell empty) with the given formats."""
        from copy import copy

        if value == "" and fill is None:
            return None
        cell = ws.cell(row=row, column=col)
        quote = False
        if isinstance(value, str):
            value, quote = cell_text(value)
            cell.value = value
            cell.data_type = "s"
        else:
            cell.value = value
        key = (isinstance(value, str), quote, bold, wrap, colour, isinstance(value, dt.date), fill, header)
        known = self._formats.get(key)
        if known is not None:
            cell._style = copy(known)
            return cell
        from openpyxl.styles import Alignment, Font, PatternFill

        if key[0]:
            cell.number_format = "@"  # Excel keeps what a colleague types here as text too
        if quote:
            cell.quotePrefix = True
        if key[5]:
            cell.number_format = "DD-MM-YYYY"
        cell.font = Font(name=FONT, size=FONT_SIZE, bold=bold or header, color="FFFFFF" if header else colour)
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        cell.alignment = Alignment(wrap_text=wrap or header, vertical="center" if header else "top")
        self._formats[key] = copy(cell._style)
        return cell


def wrapped_lines(text: str, width: float) -> int:
    """Lines *text* takes when wrapped at word boundaries in a column *width* characters wide."""
    import textwrap

    chars = max(3, int(width))
    return sum(max(1, len(textwrap.wrap(part, chars, break_long_words=True, break_on_hyphens=False)))
               for part in text.split("\n"))


def fit_rows(ws, wrapped: set[int], first_row: int = 2) -> None:
    """Row heights for the wrapped columns, since neither openpyxl nor every reader computes them."""
    from openpyxl.utils import get_column_letter

    # Text averages narrower than the digit Excel measures columns in: about 1.1 characters per unit.
    widths = {col: max(4.0, ((ws.column_dimensions[get_column_letter(col)].width or 10) - 1) * 1.1) for col in wrapped}
    for number, values in enumerate(ws.iter_rows(min_row=first_row, values_only=True), start=first_row):
        lines = 1
        for col in wrapped:
            value = values[col - 1] if col <= len(values) else None
            if isinstance(value, str) and ws.cell(number, col).alignment.wrap_text:
                lines = max(lines, wrapped_lines(value, widths[col]))
        if lines > 1:
            ws.row_dimensions[number].height = min(409, LINE_POINTS * lines + 2)


def fit_header(ws) -> None:
    """A header row tall enough for every title wrapped in its column: no header is ever cut."""
    from openpyxl.utils import get_column_letter

    lines = 1
    for cell in ws[1]:
        if isinstance(cell.value, str):
            width = (ws.column_dimensions[get_column_letter(cell.column)].width or 10) - 1.5
            lines = max(lines, wrapped_lines(cell.value, width * 0.9))  # bold is wider
    ws.row_dimensions[1].height = LINE_POINTS * lines + 6


def fit_columns(ws, limits: list[int]) -> None:
    """Column widths that fit the content (header words included), capped per column; long text wraps."""
    from openpyxl.utils import get_column_letter

    longest = [4] * len(limits)
    for number, values in enumerate(ws.iter_rows(max_col=len(limits), values_only=True), start=1):
        for col, value in enumerate(values):
            if value is not None:
                text = str(value)
                size = max((len(w) for w in text.split()), default=0) if number == 1 else len(text)
                longest[col] = max(longest[col], size)
    for col, limit in enumerate(limits, start=1):
        ws.column_dimensions[get_column_letter(col)].width = min(limit, longest[col - 1] + 2)


def print_setup(ws, title: str, classification: str, title_columns: str | None = None) -> int:
    """A4 landscape, never below MIN_SCALE: a sheet that would need less spreads over more pages across,
    repeating its header row (and *title_columns*). Title, classification and "pagina X van Y" print
    in the header and footer. Returns the scale chosen (per cent)."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.page import PageMargins

    total = sum(7 * (ws.column_dimensions[get_column_letter(c)].width or 8.43) + 5
                for c in range(1, ws.max_column + 1))
    # 5 % to spare: spreadsheet programs round column widths up to whole pixels at their own font metrics.
    scale = max(MIN_SCALE, min(100, int(95 * _A4_LANDSCAPE_PX / max(total, 1))))
    setup = ws.page_setup
    setup.orientation = "landscape"
    setup.paperSize = ws.PAPERSIZE_A4
    setup.scale = scale
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_margins = PageMargins(left=0.51, right=0.51, top=0.75, bottom=0.75, header=0.3, footer=0.3)
    ws.print_title_rows = "1:1"
    if title_columns and total * scale / 95 > _A4_LANDSCAPE_PX:
        ws.print_title_cols = title_columns
    ws.print_options.gridLines = False
    font = f"{FONT},Regular"
    for header in (ws.oddHeader, ws.evenHeader, ws.firstHeader):
        header.left.text, header.left.font, header.left.size = _escape_header(title), font, 8
        header.right.text, header.right.font, header.right.size = _escape_header(classification), f"{FONT},Bold", 9
    for footer in (ws.oddFooter, ws.evenFooter, ws.firstFooter):
        footer.left.text, footer.left.font, footer.left.size = "&A", font, 8
        footer.right.text, footer.right.font, footer.right.size = "pagina &P van &N", font, 8
    return scale


def _escape_header(text: str) -> str:
    """Header text as typed: '&' starts a code in Excel headers, so it is doubled; cut to fit the 255 limit."""
    return xml_safe(text).replace("&", "&&").replace("\n", " ")[:80]


def default_font(wb) -> None:
    """The workbook's default font (empty cells, new rows a colleague adds) is the named one too."""
    from openpyxl.styles import Font
    from openpyxl.utils.indexed_list import IndexedList

    wb._fonts = IndexedList([Font(name=FONT, sz=FONT_SIZE, family=2)])


class MatrixWriter:
    def __init__(self, pack: Pack, catalogue: Catalogue, audiences: Audiences):
        from openpyxl import Workbook

        catalogue = catalogue.with_own(pack.own)
        self.pack, self.catalogue, self.audiences = pack, catalogue, audiences
        self.day = matrix_day(pack)
        self.wb = Workbook()
        default_font(self.wb)
        self.cells = CellWriter()
        self.demands = [(item, catalogue[item.ref]) for item in pack.items if catalogue[item.ref].kind == Kind.DEMAND]

    def _print(self, ws, title_columns: str | None = None) -> None:
        print_setup(ws, self.pack.title, CLASSIFICATION_LABELS[self.pack.classification], title_columns)

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
        for col, title in enumerate(titles, start=1):
            self.cells.put(ws, 1, col, title, fill=HEADER_FILL, header=True)

    def _matrix(self, ws) -> None:
        from openpyxl.utils import get_column_letter

        ws.title = "Matrix"
        ministries = [desk.name for desk in self.audiences.desks(self.day)]  # as named on the meeting date
        audience_ids = list(self.pack.audiences)
        titles = ["ID", "Thema", "Eis", "Prioriteit", "Status"]
        titles += ministries
        titles += [audience_column(self.audiences[a], self.day) for a in audience_ids]
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
                self._group_row(ws, row, message, len(titles), MESSAGE_FILL)
                row += 1
            if theme is not None and theme.id != current_theme:
                current_theme = theme.id
                self._group_row(ws, row, theme, len(titles), THEME_FILL)
                ws.row_dimensions[row].outline_level = 1
                row += 1
            self.cells.put(ws, row, 1, entry.id, wrap=True)
            self.cells.put(ws, row, 2, theme.label if theme else message.label, wrap=True)
            self.cells.put(ws, row, 3, item.text or entry.label, wrap=True)
            self.cells.put(ws, row, 4, PRIORITY_LABELS[item.priority] if item.priority else "")
            self.cells.put(ws, row, 5, STATUS_LABELS[item.status] if item.status else "")
            addressed = addressed_to(entry, self.catalogue, self.audiences, self.day)
            for offset, ministry in enumerate(ministries):
                if ministry in addressed:
                    self.cells.put(ws, row, first_ministry + offset, MARK, bold=True, colour=HEADER_FILL)
            for offset, audience_id in enumerate(audience_ids):
                priority = item.effective(audience_id).priority
                self.cells.put(ws, row, first_audience + offset, PRIORITY_LABELS[priority] if priority else "")
            ws.row_dimensions[row].outline_level = 2
            row += 1
        last = max(row - 1, 1)
        ws.freeze_panes = "D2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{last}"
        limits = [15, 16, 40, 10, 13] + [max(5, len(m) + 2) if len(m) < 8 else 16 for m in ministries] + [11] * len(audience_ids)
        fit_columns(ws, limits)
        for col in range(first_audience, first_audience + len(audience_ids)):
            ws.column_dimensions[get_column_letter(col)].width = 11  # room for "middel" and a wrapped name
        fit_rows(ws, {1, 2, 3})
        fit_header(ws)
        priority_cols = [4] + list(range(first_audience, first_audience + len(audience_ids)))
        add_choices(ws, priority_cols, PRIORITY_VALUES, PRIORITY_COLOURS, last)
        add_choices(ws, [5], STATUS_VALUES, STATUS_COLOURS, last)
        ws.sheet_properties.outlinePr.summaryBelow = False
        self._print(ws, "A:C")

    def _group_row(self, ws, row: int, entry, width: int, fill: str) -> None:
        """A core message or theme heading row across the whole matrix."""
        self.cells.put(ws, row, 1, entry.id, fill=fill, wrap=True)
        self.cells.put(ws, row, 2, entry.label, bold=True, fill=fill)
        for col in range(3, width + 1):
            self.cells.put(ws, row, col, None, fill=fill)

    def _details(self, ws) -> None:
        from openpyxl.utils import get_column_letter

        outcomes = outcome_audiences(self.pack, self.audiences)
        titles = ["ID", "Thema", "Catalogustekst", "Aangepaste tekst", "Lokale context", "Gesprekspunten",
                  "Prioriteit", "Status"]
        for audience_id in outcomes:
            titles += outcome_titles(self.pack, self.audiences, audience_id)
        titles += ["Ministeries", "Bron"]
        self._header(ws, titles)
        wrapped = {1, 2, 3, 4, 5, 6, len(titles) - 1, len(titles)} | {10 + 2 * n for n in range(len(outcomes))}
        for row, (item, entry) in enumerate(self.demands, start=2):
            agenda = agenda_cells(entry, self.catalogue, self.audiences, self.day)
            values = [entry.id, agenda["Thema"], agenda["Catalogustekst"], item.text or "", item.context or "",
                      "\n".join(f"• {p}" for p in item.talking_points),
                      PRIORITY_LABELS[item.priority] if item.priority else "",
                      STATUS_LABELS[item.status] if item.status else ""]
            for audience_id in outcomes:
                outcome = item.outcomes.get(audience_id)
                values += [result_label(outcome.result) if outcome and outcome.result else "",
                           (outcome.said or "") if outcome else ""]
            values += [agenda["Ministeries"], agenda["Bron"]]
            for col, value in enumerate(values, start=1):
                self.cells.put(ws, row, col, value, wrap=col in wrapped)
        fit_columns(ws, [15, 15, 30, 30, 22, 24, 10, 13] + [14, 30] * len(outcomes) + [11, 16])
        fit_rows(ws, wrapped)
        fit_header(ws)
        last = max(len(self.demands) + 1, 1)
        add_choices(ws, [7], PRIORITY_VALUES, PRIORITY_COLOURS, last)
        add_choices(ws, [8], STATUS_VALUES, STATUS_COLOURS, last)
        add_choices(ws, [9 + 2 * n for n in range(len(outcomes))], OUTCOME_VALUES, OUTCOME_COLOURS, last)
        ws.freeze_panes = "B2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{last}"
        self._print(ws, "A:A")

    def _figures(self, ws) -> None:
        self._header(ws, ["ID", "Indicator", "Bron"])
        figures = [(item, self.catalogue[item.ref]) for item in self.pack.items
                   if self.catalogue[item.ref].kind == Kind.KEY_FIGURE]
        for row, (item, entry) in enumerate(figures, start=2):
            self.cells.put(ws, row, 1, entry.id)
            self.cells.put(ws, row, 2, item.text or entry.node.text or "", wrap=True)
            self.cells.put(ws, row, 3, entry.node.source or "", wrap=True)
        fit_columns(ws, [22, 70, 60])
        fit_rows(ws, {2, 3})
        fit_header(ws)
        ws.freeze_panes = "A2"
        self._print(ws)

    def _about(self, ws) -> None:
        pack, meeting = self.pack, self.pack.meeting
        rows = [
            ("Titel", pack.title),
            ("Doelgroepen", ", ".join(self.audiences[a].display_name for a in pack.audiences if a in self.audiences)),
            ("Overleg", meeting.date or ""),
            ("Gericht aan", f"wie op {dutch_date(self.day)} over elke eis gaat (de ministeries en ministers van die dag)"),
            ("Plaats", meeting.place),
            ("Auteur", pack.author),
            ("Rubricering", CLASSIFICATION_LABELS[pack.classification]),
            ("Geëxporteerd op", dt.date.today()),
            ("Catalogusversie", self.catalogue.version),
            ("Pakket-ID", pack.id),
            ("Gemaakt door", MARKER),
            ("", ""),
            ("Legenda", ""),
            (MARK, "de eis is (ook) aan dit ministerie of deze minister gericht"),
            ("Prioriteit", " / ".join(PRIORITY_VALUES)),
            ("Status", " / ".join(STATUS_VALUES)),
            ("Uitkomst", " / ".join(OUTCOME_VALUES) + " (tabblad 'Eisen', per doelgroep, met de toelichting)"),
            ("Plaatshouders", "teksten staan hier zoals in het pakket, met {stad} en dergelijke nog onvervuld; "
                              "de Word-notities vullen ze per doelgroep in"),
        ]
        for row, (label, value) in enumerate(rows, start=1):
            self.cells.put(ws, row, 1, label, bold=True)
            self.cells.put(ws, row, 2, value, wrap=True)
        ws.column_dimensions["A"].width = 20
        ws.column_dimensions["B"].width = 80
        fit_rows(ws, {2}, first_row=1)
        self._print(ws)


def write_matrix(checked: CheckedPack, catalogue: Catalogue, audiences: Audiences, path: Path) -> None:
    """The matrix of a checked pack (core/note/preflight.preflight_matrix; export/pipeline.check_matrix), atomically."""
    if not isinstance(checked, CheckedPack):  # a raw Pack skipped the check
        raise TypeError("write_matrix schrijft alleen een gecontroleerd pakket (core/note/preflight.py)")
    workbook = MatrixWriter(checked.pack, catalogue, audiences).build()
    write_atomic(Path(path), workbook.save)
