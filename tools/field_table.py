"""Write docs/fields.md from data/fields.json: where each field of each kind of item appears.

    PYTHONPATH=. python tools/field_table.py
"""

from __future__ import annotations

from pathlib import Path

from g40desk.core.note.fields import markdown

OUT = Path(__file__).resolve().parent.parent / "docs" / "fields.md"

HEAD = """# Where each field appears

One rule: **whatever the editor lets you type appears in the outputs, or the editor does not
offer it.** This table is generated from `data/fields.json` (`python tools/field_table.py`),
the one source for that rule: the item editor and the per-audience box offer a field only
where the table has a place for it, and `tests/core/note/test_fields.py` writes a unique
marker into every field of every kind, exports the note and the card (read back with
python-docx), the matrix (openpyxl) and the editor's preview, and checks that the marker is
exactly where the table says and nowhere else.

*Notitie* is the Word briefing note (with every section switched on, the annex included);
*gesprekskaart* the one-page card; *voorbeeld* the editor's preview, which shows the note or
the card from the same blocks; *eisenmatrix* the Excel workbook. "—" means the editor does
not offer the field for that kind. A high priority shows on the card as a bold ask; a status
only in the matrix. A text written for one audience appears only in that audience's note
(docs/pack-format.md, *Owners*); the matrix shows the texts for all audiences, and an
audience's own texts only in a matrix for that audience alone.

"""

TAIL = """

Goals ("Wat willen we?") show their tailoring under the goal: the own wording replaces the
agenda text, the local context and talking points follow it, the priority is a caption. A
tailored goal stays in the note when "Wat willen we?" is switched off, as a tailored
rationale does. The card lists the talking points of themes and goals under "Thema's en
doelen", before the asks.
"""


def main() -> None:
    OUT.write_text(HEAD + markdown() + TAIL, encoding="utf-8")
    print(OUT)


if __name__ == "__main__":
    main()
