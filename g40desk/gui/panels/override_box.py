"""Per-audience overrides of one item: wording, context, talking points and priority for one audience."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel

from g40desk.core.note.fields import AUDIENCE_FIELDS, offered
from g40desk.core.pack.model import Override, Priority
from g40desk.gui.support import labels
from g40desk.gui.support.widgets import TextField, compact, sync_audiences

if TYPE_CHECKING:
    from g40desk.gui.document import PackDocument


class OverrideBox(QGroupBox):
    def __init__(self, doc: PackDocument, parent=None):
        super().__init__(self.tr("Per doelgroep"), parent)
        self.doc = doc
        self.ref: str | None = None
        self._loading = False
        self.audience = compact(QComboBox())
        self.audience.setAccessibleName(self.tr("Doelgroep voor afwijkende tekst"))
        self.text = TextField(self.tr("Tekst voor deze doelgroep"), 2)
        self.text.setPlaceholderText(self.tr("Leeg: de aangepaste tekst hierboven"))
        self.context = TextField(self.tr("Context voor deze doelgroep"), 2)
        self.context.setPlaceholderText(self.tr("Leeg: de context hierboven"))
        self.points = TextField(self.tr("Gesprekspunten voor deze doelgroep, één per regel"), 2)
        self.points.setPlaceholderText(self.tr("Leeg: de gesprekspunten hierboven"))
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Prioriteit voor deze doelgroep"))
        self.priority.addItem(self.tr("(zoals hierboven)"), None)
        for value in Priority:
            self.priority.addItem(labels.priority(value), value)
        self.empty = QLabel(self.tr("Voeg eerst doelgroepen toe op het tabblad Pakket."))
        self.keep_empty = QCheckBox(self.tr("Geen gesprekspunten hier"))
        form = QFormLayout(self)
        self.form = form
        form.addRow(self.tr("&Doelgroep:"), self.audience)
        form.addRow(self.tr("Te&kst:"), self.text)
        form.addRow(self.tr("Conte&xt:"), self.context)
        form.addRow(self.tr("Gespreksp&unten:"), self.points)
        form.addRow("", self.keep_empty)
        form.addRow(self.tr("Priorit&eit:"), self.priority)
        form.addRow(self.empty)
        self.audience.currentIndexChanged.connect(lambda _i: self.load())
        self.text.edited.connect(lambda t: self._set("text", t or None, self.text.typing_key("text")))
        self.context.edited.connect(lambda t: self._set("context", t or None, self.context.typing_key("context")))
        self.points.edited.connect(lambda t: self._set("talking_points", _points(t), self.points.typing_key("points")))
        self.keep_empty.toggled.connect(lambda on: self._set("talking_points", [] if on else None))
        self.priority.currentIndexChanged.connect(lambda _i: self._set("priority", self.priority.currentData()))
        doc.meta_changed.connect(self._fill_audiences)
        doc.item_changed.connect(lambda ref: ref == self.ref and not self._loading and self.load())
        self._fill_audiences()

    def show_item(self, ref: str | None) -> None:
        self.ref = ref
        self.load()

    def _fill_audiences(self) -> None:
        sync_audiences(self.audience, self.doc)
        self.load()

    def load(self) -> None:
        self._loading = True
        try:
            item = self.doc.pack.item(self.ref) if self.ref else None
            audience_id = self.audience.currentData()
            usable = item is not None and audience_id is not None
            for widget in (self.audience, self.text, self.context, self.points, self.keep_empty, self.priority):
                widget.setEnabled(usable)
            self.empty.setVisible(not self.doc.pack.audiences)
            over = item.overrides.get(audience_id, Override()) if usable else Override()
            self.text.set_text_silently(over.text or "")
            self.context.set_text_silently(over.context or "")
            self.points.set_text_silently("\n".join(over.talking_points or []))
            self.keep_empty.setChecked(over.talking_points == [])
            self.priority.setCurrentIndex(max(0, self.priority.findData(over.priority)))
            entry = self.doc.catalogue[item.ref] if item is not None and item.ref in self.doc.catalogue else None
            rows = {"audience_wording": (self.text,), "audience_context": (self.context,),
                    "audience_points": (self.points, self.keep_empty), "audience_priority": (self.priority,)}
            for name, widgets in rows.items():
                value = getattr(over, AUDIENCE_FIELDS[name])
                shown = entry is None or offered(entry, name)
                for widget in widgets:
                    self.form.setRowVisible(widget, shown or value not in (None, []))
        finally:
            self._loading = False

    def _set(self, name: str, value, typing: str | None = None) -> None:
        audience_id = self.audience.currentData()
        if not self._loading and self.ref is not None and audience_id is not None:
            self.doc.edit_override(self.ref, audience_id, name, value, typing and f"{audience_id}:{typing}")


def _points(text: str) -> list[str] | None:
    """Talking points typed one per line; nothing typed: none of this audience's own (None)."""
    points = [p for p in text.split("\n") if p.strip()]
    return points or None
