"""Tailor one item: wording beside the catalogue text, context, points, priority, status, note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from g40desk.core.note.fields import ITEM_FIELDS, offered
from g40desk.core.note.placeholders import PLACEHOLDERS, filler_for, unknown_placeholders
from g40desk.core.pack.model import Priority, Status
from g40desk.core.pack.owners import default_owner, owner_of
from g40desk.gui.panels.override_box import OverrideBox
from g40desk.gui.panels.review_box import ReviewBox
from g40desk.gui.support import labels
from g40desk.gui.support.owner_button import OwnerButton
from g40desk.gui.support.widgets import LineField, TextField

if TYPE_CHECKING:
    from g40desk.gui.document import PackDocument


class ItemEditor(QWidget):
    def __init__(self, doc: PackDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.ref: str | None = None
        self._loading = False

        self.kind = QLabel()  # what the entry is: an ask (Eis), a goal (Doel), a key figure, a theme
        self.kind.setAccessibleName(self.tr("Soort onderdeel"))
        self.kind.setStyleSheet("color: #1b3a5c; font-size: small; font-weight: bold;")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.catalogue_text = QTextBrowser()
        self.catalogue_text.setAccessibleName(self.tr("Catalogustekst"))
        self.catalogue_text.setMaximumHeight(110)
        self.text = TextField(self.tr("Aangepaste tekst"), 4)
        self.text.setPlaceholderText(self.tr("Leeg laten om de catalogustekst te gebruiken"))
        self.reset_button = QPushButton(self.tr("Te&rug naar catalogustekst"))
        self.placeholder_hint = QLabel()
        self.placeholder_hint.setWordWrap(True)
        self.placeholder_hint.setToolTip("\n".join(f"{{{k}}}: {v}" for k, v in PLACEHOLDERS.items()))
        self.context = TextField(self.tr("Lokale context"), 3)
        self.points = TextField(self.tr("Gesprekspunten, één per regel"), 3)
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Prioriteit"))
        self.priority.addItem(self.tr("(geen)"), None)
        for value in Priority:
            self.priority.addItem(labels.priority(value), value)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("(geen)"), None)
        for value in Status:
            self.status.addItem(labels.status(value), value)
        self.note = TextField(self.tr("Interne notitie"), 2)
        self.note.setStyleSheet("QPlainTextEdit { background: #fff4d6; }")
        note_label = QLabel(self.tr("Interne &notitie\n(wordt nooit geëxporteerd)"))
        note_label.setBuddy(self.note)
        note_label.setStyleSheet("color: #8a5a00;")

        # Whose each text is: beside the field, under its label (core/pack/owners.py).
        self.owner_buttons = {"text": OwnerButton(self.tr("de aangepaste tekst")),
                              "context": OwnerButton(self.tr("de context")),
                              "talking_points": OwnerButton(self.tr("de gesprekspunten"))}
        self.reset_row = QWidget()
        row = QHBoxLayout(self.reset_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        self.unprinted = QLabel()
        self.unprinted.setWordWrap(True)
        self.unprinted.setStyleSheet("color: #b00020;")
        # An entry the agenda marks (deels) achterhaald: greyed, with why, and kept only with a reason.
        self.stale = QLabel()
        self.stale.setWordWrap(True)
        self.stale.setStyleSheet("color: #5a5a5a;")
        self.keep_reason = LineField()
        self.keep_reason.setAccessibleName(self.tr("Reden om het achterhaalde onderdeel te houden"))
        self.keep_reason.setPlaceholderText(self.tr("Waarom het er toch in moet; komt naast de vraag in de notitie"))
        self.stale_box = QWidget()
        stale_layout = QVBoxLayout(self.stale_box)
        stale_layout.setContentsMargins(6, 4, 6, 4)
        stale_layout.addWidget(self.stale)
        stale_layout.addWidget(buddy(self.tr("&Bewust houden, omdat:"), self.keep_reason))
        stale_layout.addWidget(self.keep_reason)
        self.stale_box.setStyleSheet("QWidget#stale { background: #eeeeee; }")
        self.stale_box.setObjectName("stale")
        form = QFormLayout()
        self.form = form
        form.addRow(self.tr("Catalogus:"), self.catalogue_text)
        self.boxes = {"text": owned(self.text, self.owner_buttons["text"]),
                      "context": owned(self.context, self.owner_buttons["context"]),
                      "talking_points": owned(self.points, self.owner_buttons["talking_points"])}
        form.addRow(buddy(self.tr("&Aangepast:"), self.text), self.boxes["text"])
        form.addRow("", self.placeholder_hint)
        form.addRow("", self.reset_row)
        form.addRow(buddy(self.tr("&Context:"), self.context), self.boxes["context"])
        form.addRow(buddy(self.tr("&Gesprekspunten:"), self.points), self.boxes["talking_points"])
        form.addRow(self.tr("Pr&ioriteit:"), self.priority)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(note_label, self.note)
        form.addRow("", self.unprinted)
        self.to_check = ReviewBox(doc, names=False)  # "nog nakijken": at the top, changed only by its button
        self.review = ReviewBox(doc, checks=False)  # names: below the fields, never moving the one typed in
        self.overrides = OverrideBox(doc)
        self.empty = QLabel(self.tr("Kies in ‘Inhoud’ een onderdeel van het pakket om het aan te passen "
                                    "(Ctrl+2 gaat erheen).\n\nNog niets in het pakket? Vink in de catalogus "
                                    "thema’s of eisen aan."))
        self.empty.setWordWrap(True)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.kind)
        body.addWidget(self.heading)
        body.addWidget(self.stale_box)
        body.addWidget(self.to_check)
        body.addLayout(form)
        body.addWidget(self.review)
        body.addWidget(self.overrides)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        layout.addStretch(1)

        self.text.edited.connect(lambda t: self._set("text", t or None, self.text.typing_key("text")))
        self.context.edited.connect(lambda t: self._set("context", t or None, self.context.typing_key("context")))
        self.note.edited.connect(lambda t: self._set("note", t or None, self.note.typing_key("note")))
        self.points.edited.connect(
            lambda t: self._set("talking_points", [p for p in t.split("\n") if p.strip()], self.points.typing_key("points")))
        self.priority.currentIndexChanged.connect(lambda _i: self._set("priority", self.priority.currentData()))
        self.status.currentIndexChanged.connect(lambda _i: self._set("status", self.status.currentData()))
        self.reset_button.clicked.connect(lambda: self._set("text", None))
        self.keep_reason.textEdited.connect(
            lambda t: self.ref and self.doc.keep_outdated(self.ref, t, self.keep_reason.typing_key("keep")))
        doc.meta_changed.connect(lambda: not self._loading and self.ref and self._load())
        for name, button in self.owner_buttons.items():
            button.chosen.connect(lambda owner, n=name: self.ref and self.doc.set_owner(self.ref, n, owner))
        doc.item_changed.connect(self._on_item_changed)
        doc.items_reset.connect(self._on_items_reset)
        self.show_item(None)

    def show_item(self, ref: str | None) -> None:
        self.ref = ref if ref and self.doc.pack.item(ref) else None
        self.body.setVisible(self.ref is not None)
        self.empty.setVisible(self.ref is None)
        self.overrides.show_item(self.ref)
        self._load()

    def _load(self) -> None:
        self._loading = True
        try:
            item = self.doc.pack.item(self.ref) if self.ref else None
            if item is None:
                self.heading.clear()
                self.kind.clear()
                self.catalogue_text.clear()
                for field in (self.text, self.context, self.points, self.note):
                    field.set_text_silently("")
                    field.mark_unsaved(False)
                self.review.show_item(None)
                self.to_check.show_item(None)
                return
            entry = self.doc.catalogue[item.ref]
            self.heading.setText(entry.label)
            self.kind.setText(labels.kind(entry.kind).upper() + (self.tr(" (eigen inbreng)") if entry.own else ""))
            self.catalogue_text.setPlainText(labels.status_note(entry) + (entry.node.text or "\n\n".join(entry.node.rationale)))
            self.text.set_text_silently(item.text or "")
            self.context.set_text_silently(item.context or "")
            self.points.set_text_silently("\n".join(item.talking_points))
            self.note.set_text_silently(item.note or "")
            for field in (self.text, self.context, self.points, self.note):
                field.mark_unsaved(False)
            self.priority.setCurrentIndex(max(0, self.priority.findData(item.priority)))
            self.status.setCurrentIndex(max(0, self.status.findData(item.status)))
            for name, button in self.owner_buttons.items():
                button.fill(self.doc, owner_of(self.doc.pack, item, name) if getattr(item, name) else
                            item.owners.get(name) or default_owner(self.doc.pack))
            self._offer(entry, item)
            self._show_stale(entry)
            self._check_placeholders()
            self.review.show_item(self.ref)
            self.to_check.show_item(self.ref)
        finally:
            self._loading = False

    def _show_stale(self, entry) -> None:
        outdated = entry.node.outdated
        self.stale_box.setVisible(outdated is not None)
        if outdated is None:
            return
        reason = self.doc.pack.agenda.reasons.get(entry.id, "") if self.doc.pack.agenda else ""
        state = self.tr("Deels achterhaald") if outdated.partial else self.tr("Achterhaald")
        self.stale.setText(self.tr("%1 sinds %2: %3\n%4").replace("%1", state).replace(
            "%2", labels.long_date(outdated.since)).replace("%3", outdated.reason).replace(
            "%4", self.tr("De export weigert dit onderdeel zolang er geen reden staat om het te houden.") if not reason
            else self.tr("De notitie zegt dit naast de vraag, met uw reden.")))
        if " ".join(self.keep_reason.text().split()) != reason:  # typing a space is not undone by the reload
            self.keep_reason.set_text_silently(reason)

    def _offer(self, entry, item) -> None:
        """Show the fields data/fields.json has a place for (core/note/fields.py); a field that is not
        offered but holds text from an older pack stays visible, read-only, with a line saying so."""
        rows = {"own_wording": ((self.boxes["text"], self.text), (self.reset_row, self.reset_row)),
                "context": ((self.boxes["context"], self.context),),
                "talking_points": ((self.boxes["talking_points"], self.points),),
                "priority": ((self.priority, self.priority),), "status": ((self.status, self.status),),
                "note": ((self.note, self.note),)}
        stranded = []
        for name, widgets in rows.items():
            value = getattr(item, ITEM_FIELDS[name])
            shown = offered(entry, name)
            for row, widget in widgets:
                self.form.setRowVisible(row, shown or bool(value))
                widget.setEnabled(shown)
            if not shown and value:
                stranded.append(labels.field_name(name))
        self.unprinted.setText(self.tr("Staat in geen enkel document bij dit soort onderdeel: %s. Zet de tekst "
                                       "in de context of wis hem in een ouder pakket.") % ", ".join(stranded))
        self.form.setRowVisible(self.unprinted, bool(stranded))

    def focus_first(self) -> None:
        """Ctrl+3: into the first field that can be edited."""
        for field in (self.text, self.context):
            if self.ref is not None and field.isEnabled():
                field.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _check_placeholders(self) -> None:
        item = self.doc.pack.item(self.ref) if self.ref else None
        texts = [item.text or "", item.context or "", *item.talking_points] if item else []
        unknown = sorted({u for t in texts for u in unknown_placeholders(t)})
        empty = self._without_value(texts) if not unknown else ""
        if unknown:
            self.placeholder_hint.setText(self.tr("Onbekende plaatshouder: %s") % ", ".join(f"{{{u}}}" for u in unknown))
            self.placeholder_hint.setStyleSheet("color: #b00020;")
        elif empty:
            self.placeholder_hint.setText(self.tr("Zonder waarde (vul de gegevens in of pas de tekst aan): %s") % empty)
            self.placeholder_hint.setStyleSheet("color: #b00020;")
        else:
            self.placeholder_hint.setText(self.tr("Plaatshouders: {stad}, {ministerie}, {datum}, …"))
            self.placeholder_hint.setStyleSheet("color: #555;")

    def _without_value(self, texts: list[str]) -> str:
        """Placeholders in *texts* that stay unfilled in a note for one of the pack's audiences, with those audiences."""
        pack = self.doc.pack
        found: dict[str, list[str]] = {}
        for audience in pack.audiences or [None]:
            fill = filler_for(pack, self.doc.audiences, audience)
            for text in texts:
                fill(text)
            for unfilled in fill.unfilled:
                found.setdefault(unfilled.placeholder, []).append(unfilled.audience)
        return "; ".join(f"{{{name}}}" + (f" ({', '.join(dict.fromkeys(a for a in who if a))})" if any(who) else "")
                         for name, who in found.items())

    def _set(self, field: str, value, typing: str | None = None) -> None:
        if not self._loading and self.ref is not None:
            saved = self.doc.edit_item(self.ref, field, value, typing)
            widget = {"text": self.text, "context": self.context, "note": self.note, "talking_points": self.points}.get(field)
            if widget is not None:
                widget.mark_unsaved(not saved)

    def _on_item_changed(self, ref: str) -> None:
        if ref == self.ref and not self._loading:
            self._load()

    def _on_items_reset(self) -> None:
        if self.ref and self.doc.pack.item(self.ref) is None:
            self.show_item(None)
        else:
            self._load()


def buddy(text: str, field: QWidget) -> QLabel:
    """A form label whose mnemonic reaches a field that sits inside a box with its owner."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def owned(field: QWidget, owner: OwnerButton) -> QWidget:
    """A text field with its owner under it, on the right: "voor Zwolle ▾"."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(field)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(owner)
    column.addLayout(row)
    return box
