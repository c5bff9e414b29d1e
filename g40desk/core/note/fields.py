"""Where each field of each kind of pack item appears: the one table (data/fields.json).

The rule: whatever the editor lets you type appears in the outputs, or the editor does not
offer it. The editor asks ``offered`` before it enables a field; ``tests/core/note/test_fields.py``
writes a marker into every field and checks it lands exactly where ``where`` says;
``markdown`` is what docs/fields.md shows (``tools/field_table.py`` writes it).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from g40desk.core.agenda.catalogue import Entry
from g40desk.core.files.jsonfile import read_json
from g40desk.resources import data_file

OUTPUTS = ("note", "card", "preview", "matrix")
INTERNAL = "internal"
# The item editor's fields and the per-audience box, by the table's field names.
ITEM_FIELDS = {"own_wording": "text", "context": "context", "talking_points": "talking_points",
               "priority": "priority", "status": "status", "note": "note"}
AUDIENCE_FIELDS = {"audience_wording": "text", "audience_context": "context",
                   "audience_points": "talking_points", "audience_priority": "priority"}


@dataclass(frozen=True)
class FieldTable:
    outputs: dict[str, str]
    kinds: dict[str, str]
    fields: dict[str, str]
    cells: dict[str, dict[str, tuple[str, ...] | str | None]]


def _check(data: dict) -> FieldTable:
    """The table as loaded, refused (ValueError) when a kind or field is missing or a cell is not understood."""
    kinds, fields, outputs = data["kinds"], data["fields"], data["outputs"]
    if tuple(outputs) != OUTPUTS:
        raise ValueError(f"outputs must be {OUTPUTS}")
    cells: dict[str, dict[str, tuple[str, ...] | str | None]] = {}
    for kind in kinds:
        row = data["table"].get(kind)
        if row is None or set(row) != set(fields):
            raise ValueError(f"kind '{kind}' must name every field")
        cells[kind] = {}
        for name, cell in row.items():
            if cell is None or cell == INTERNAL:
                cells[kind][name] = cell
                continue
            if not cell or not set(cell) <= set(OUTPUTS):
                raise ValueError(f"{kind}.{name}: unknown output in {cell}")
            if ("preview" in cell) != ("note" in cell or "card" in cell):
                raise ValueError(f"{kind}.{name}: the preview shows the note and the card, nothing else")
            cells[kind][name] = tuple(o for o in OUTPUTS if o in cell)
    return FieldTable(outputs=dict(outputs), kinds=dict(kinds), fields=dict(fields), cells=cells)


@lru_cache(maxsize=1)
def field_table() -> FieldTable:
    return _check(read_json(data_file("fields.json")))


def kind_of(entry: Entry) -> str:
    """The table's kind of a catalogue entry: the advisor's own demands and goals are kinds of their own."""
    kind = entry.kind.value
    return f"own_{kind}" if entry.own and kind in ("demand", "goal") else kind


def where(kind: str, name: str) -> tuple[str, ...] | str | None:
    """The outputs a field appears in; INTERNAL for the internal note; None when it is not offered."""
    return field_table().cells[kind][name]


def offered(entry: Entry, name: str) -> bool:
    """Whether the editor offers field *name* (a table field) for *entry*."""
    return where(kind_of(entry), name) is not None


def markdown() -> str:
    """The table as docs/fields.md shows it: fields down, kinds across."""
    table = field_table()
    out = ["| veld | " + " | ".join(table.kinds.values()) + " |", "|---" * (len(table.kinds) + 1) + "|"]
    for name, label in table.fields.items():
        cells = []
        for kind in table.kinds:
            cell = table.cells[kind][name]
            cells.append("—" if cell is None else "nooit (intern)" if cell == INTERNAL
                         else ", ".join(table.outputs[o] for o in cell))
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(out)
