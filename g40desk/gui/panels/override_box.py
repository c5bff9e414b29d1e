"""Per-audience overrides of one item: wording, context and priority for one audience."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel

from g40desk.core.pack.model import Override, Priority
from g40desk.gui.support import labels
from g40desk.gui.support.widgets import TextField, compact, sync_audiences


class OverrideBox(QGroupBox):
    def __init__(self, doc, parent=None):
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
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Prioriteit voor deze doelgroep"))
        self.priority.addItem(self.tr("(zoals hierboven)"), None)
        for value in Priority:
            self.priority.addItem(labels.priority(value), value)
        self.empty = QLabel(self.tr("Voeg eerst doelgroepen toe op het tabblad Pakket."))
        form = QFormLayout(self)
        form.addRow(self.tr("&Doelgroep:"), self.audience)
        form.addRow(self.tr("Te&kst:"), self.text)
        form.addRow(self.tr("Conte&xt:"), self.context)
        form.addRow(self.tr("Priorit&eit:"), self.priority)
        form.addRow(self.empty)
        self.audience.currentIndexChanged.connect(lambda _i: self.load())
        self.text.edited.connect(lambda t: self._set("text", t or None, self.text.typing_key("text")))
        self.context.edited.connect(lambda t: self._set("context", t or None, self.context.typing_key("context")))
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
            for widget in (self.audience, self.text, self.context, self.priority):
                widget.setEnabled(usable)
            self.empty.setVisible(not self.doc.pack.audiences)
            over = item.overrides.get(audience_id, Override()) if usable else Override()
            self.text.set_text_silently(over.text or "")
            self.context.set_text_silently(over.context or "")
            self.priority.setCurrentIndex(max(0, self.priority.findData(over.priority)))
        finally:
            self._loading = False

    def _set(self, name: str, value, typing: str | None = None) -> None:
        audience_id = self.audience.currentData()
        if not self._loading and self.ref is not None and audience_id is not None:
            self.doc.edit_override(self.ref, audience_id, name, value, typing and f"{audience_id}:{typing}")
