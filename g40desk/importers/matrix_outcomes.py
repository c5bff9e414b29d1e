"""The outcome columns of a returned matrix's "Eisen" sheet: each audience's outcome and what was said.

Called by importers/matrix.py for each demand; the columns are named as export/xlsx_outcomes.py
writes them. Changes are reported as ``result@<audience>`` and ``said@<audience>``.
"""

from __future__ import annotations

from g40desk.core.pack.model import Outcome
from g40desk.core.pack.outcomes import RESULT_BY_LABEL
from g40desk.export.xlsx_outcomes import OUTCOME, outcome_audiences, outcome_titles
from g40desk.importers.matrix_sheet import FORMULA, SheetRows, same_text


def read_outcomes(comparison, item, details: SheetRows, row: dict) -> None:
    """Each audience's outcome (a choice) and what was said on *row*, as changes or problems of *comparison*
    (importers/matrix._Comparison: its pack, audiences, choice parser and report)."""
    pack, audiences = comparison.pack, comparison.audiences
    known = outcome_audiences(pack, audiences)
    for audience_id in known:
        result_title, note_title = outcome_titles(pack, audiences, audience_id)
        current = item.outcomes.get(audience_id) or Outcome()
        if result_title in row:
            parse = comparison._choice_parser(item, RESULT_BY_LABEL, result_title)
            found = comparison._candidates([(details, row)], result_title, parse)
            if found and found[0][1] != current.result:
                comparison.change(item.ref, f"result@{audience_id}", current.result, found[0][1], result_title)
        if note_title in row and row[note_title] is not FORMULA and not same_text(row[note_title], current.said):
            comparison.change(item.ref, f"said@{audience_id}", current.said, row[note_title], note_title)
    if len(known) > 1 and OUTCOME in row:
        comparison.problem(f"tabblad 'Eisen': kolom '{OUTCOME}' zegt niet voor welke doelgroep; dit pakket heeft er "
                           f"{len(known)}, elk met een eigen kolom ('{outcome_titles(pack, audiences, known[0])[0]}' "
                           "en verder); niet overgenomen")
