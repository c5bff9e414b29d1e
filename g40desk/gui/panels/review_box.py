"""What an item's texts still wait for: "nog nakijken" after a duplicate, and proper names in text for all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from g40desk.core.note.audience_check import names_to_confirm
from g40desk.core.note.proper_names import Known
from g40desk.core.pack.duplicate import origin_name

if TYPE_CHECKING:
    from g40desk.gui.document import PackDocument


class ReviewBox(QFrame):
    """A row per text copied across and not looked at yet (button "Nagekeken"), and per text for
    all audiences that names places no one explained (button "Bedoeld voor alle doelgroepen")."""

    def __init__(self, doc: PackDocument, checks: bool = True, names: bool = True, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.checks, self.names = checks, names  # which rows this box shows
        self.setObjectName("review")
        self.setStyleSheet("QFrame#review { background: #fff0f0; border: 1px solid #e0a0a0; }")
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(6, 4, 6, 4)
        self.buttons: dict[str, QPushButton] = {}  # by "check:<field>:<audience>" or "names:<field>"
        self.labels: list[QLabel] = []
        self._shown: tuple = ()
        self._ref: str | None = None
        self._known: tuple[object, Known] | None = None  # (the data it was built from, the words)
        self._later = QTimer(self, singleShot=True, interval=300)  # names: once typing pauses, not per key
        self._later.timeout.connect(lambda: self._show(self._ref))
        self.setVisible(False)

    def _field(self, name: str) -> str:
        return {"text": self.tr("de aangepaste tekst"), "context": self.tr("de context"),
                "talking_points": self.tr("de gesprekspunten"), "participants": self.tr("de deelnemers")}.get(name, name)

    def show_item(self, ref: str | None) -> None:
        """Rows for *ref*: at once when another item is shown, else once typing pauses."""
        if ref != self._ref or not self.names:
            self._ref = ref
            self._show(ref)
        else:
            self._later.start()

    def _words(self) -> Known:
        data = (self.doc.catalogue, self.doc.audiences, self.doc.audiences.facts)
        if self._known is None or any(a is not b for a, b in zip(self._known[0], data, strict=True)):
            self._known = (data, Known(*data))
        return self._known[1]

    def _show(self, ref: str | None) -> None:
        pack = self.doc.pack
        checks = [t for t in pack.to_check if t.ref == ref] if ref and self.checks else []
        names = (names_to_confirm(pack, self.doc.catalogue, self.doc.audiences, ref, self._words())
                 if ref and self.names and pack.item(ref) else [])
        shown = (ref, tuple(checks), tuple((n, tuple(f)) for n, _t, f in names))
        if shown == self._shown:  # typing into a field rebuilds nothing
            return
        self._shown = shown
        while self.rows.count():
            widget = self.rows.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.buttons, self.labels = {}, []
        origin = origin_name(pack, self.doc.audiences)
        for where in checks:
            whom = (self.tr(" voor %s") % self.doc.audiences[where.audience].display_name
                    if where.audience in self.doc.audiences else "")
            text = self.tr("Nog nakijken: %1%2 is overgenomen van %3. De export wacht tot u hem hebt nagekeken.")
            source = origin or self.tr("een andere doelgroep")
            self._row(text.replace("%1", self._field(where.field)).replace("%2", whom).replace("%3", source),
                      self.tr("Nagekeken"), f"check:{where.field}:{where.audience or ''}",
                      lambda _=False, w=where: self.doc.looked_at(w))
        for name, _texts, found in names:
            text = self.tr("In %1 voor alle doelgroepen staan eigennamen: %2. Horen ze bij één doelgroep, geef de "
                           "tekst dan die doelgroep als eigenaar.")
            names = ", ".join(f"‘{n}’" for n in found[:6]) + ("…" if len(found) > 6 else "")
            self._row(text.replace("%1", self._field(name)).replace("%2", names),
                      self.tr("Bedoeld voor alle doelgroepen"), f"names:{name}",
                      lambda _=False, r=ref, n=name: self._confirm(r, n))
        self.setVisible(bool(self.buttons))

    def _confirm(self, ref: str, name: str) -> None:
        """Confirm the texts of *name* as they are now (typing since the row appeared counts)."""
        found = names_to_confirm(self.doc.pack, self.doc.catalogue, self.doc.audiences, ref, self._words())
        self.doc.confirm_shared([t for n, texts, _f in found if n == name for t in texts])
        self._later.stop()
        self._show(ref)

    def _row(self, text: str, button_text: str, key: str, slot) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text)
        label.setWordWrap(True)
        button = QPushButton(button_text)
        button.clicked.connect(slot)
        layout.addWidget(label, 1)
        layout.addWidget(button)
        self.rows.addWidget(row)
        self.buttons[key] = button
        self.labels.append(label)

