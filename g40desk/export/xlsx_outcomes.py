"""Outcome columns of the demand matrix and the choice lists of its sheets (priority, status, outcome).

The "Eisen" sheet carries, per audience of the pack, the outcome of each ask ("Uitkomst", a
choice of the five outcomes) and what was said ("Toelichting uitkomst"). With one audience the
columns carry those names; with several, each name is followed by the audience's short name, as
the Matrix sheet's priority columns are. ``importers/matrix.py`` reads them back.
"""

from __future__ import annotations

from g40desk.core.audience.audiences import Audiences
from g40desk.core.pack.model import Pack, Result
from g40desk.core.pack.outcomes import RESULT_LABELS

OUTCOME = "Uitkomst"
OUTCOME_NOTE = "Toelichting uitkomst"
OUTCOME_VALUES = list(RESULT_LABELS.values())
RESULT_COLOURS = {Result.PROMISED: "B6D7A8", Result.IN_PROGRESS: "FFF2CC", Result.REJECTED: "EA9999",
                  Result.NO_RESPONSE: "D9D9D9", Result.NOT_DISCUSSED: "F3F3F3"}
OUTCOME_COLOURS = {RESULT_LABELS[result]: colour for result, colour in RESULT_COLOURS.items()}


def short_name(audiences: Audiences, audience_id: str) -> str:
    audience = audiences[audience_id]
    return audience.short_name_on() if hasattr(audience, "short_name_on") else audience.display_name


def outcome_titles(pack: Pack, audiences: Audiences, audience_id: str) -> tuple[str, str]:
    """The titles of *audience_id*'s outcome and explanation columns in this pack's matrix."""
    if len(pack.audiences) == 1:
        return OUTCOME, OUTCOME_NOTE
    short = short_name(audiences, audience_id)
    return f"{OUTCOME} {short}", f"{OUTCOME_NOTE} {short}"


def outcome_audiences(pack: Pack, audiences: Audiences) -> list[str]:
    """The audiences that get outcome columns: the pack's own, as far as g40desk knows them."""
    return [a for a in pack.audiences if a in audiences]


def add_choices(ws, columns: list[int], values: list[str], colours: dict[str, str], last: int) -> None:
    """Drop-down lists and colours for choice cells (rows 2 to *last* of *columns*)."""
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    if last < 2 or not columns:
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
