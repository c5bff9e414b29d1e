"""Who takes part: the participants line with its owner, and each audience's own participants."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from g40desk.core.pack.owners import MEETING, participants_owner
from g40desk.gui.panels.review_box import ReviewBox
from g40desk.gui.support.owner_button import OwnerButton
from g40desk.gui.support.widgets import TextField, compact, sync_audiences

if TYPE_CHECKING:
    from g40desk.gui.document import PackDocument


class ParticipantsBox(QWidget):
    """The participants as written for one audience or all (owner button), and what one audience
    gets instead, like the context of an item (core/pack/owners.participants); a text copied
    across on a duplicate shows "nog nakijken" with its button."""

    def __init__(self, doc: PackDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self._loading = False
        self.text = TextField(self.tr("Deelnemers"), 2)
        self.owner = OwnerButton(self.tr("de deelnemers"))
        self.audience = compact(QComboBox(), 12)
        self.audience.setAccessibleName(self.tr("Doelgroep met eigen deelnemers"))
        self.own = TextField(self.tr("Deelnemers voor deze doelgroep"), 2)
        self.own.setPlaceholderText(self.tr("Leeg: de deelnemers hierboven"))
        self.review = ReviewBox(doc, names=False)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Eigen deelnemers &voor:"), self.audience)
        form.addRow(self.own)
        self.form = form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.owner)
        layout.addLayout(form)
        layout.addWidget(self.review)
        self.text.edited.connect(lambda t: self._set("meeting.participants", t, self.text.typing_key("participants")))
        self.owner.chosen.connect(lambda owner: self._set("meeting.participants_owner", owner))
        self.own.edited.connect(self._on_own_edited)
        self.audience.currentIndexChanged.connect(lambda _i: self.load())
        doc.meta_changed.connect(self._fill)
        self._fill()

    def _fill(self) -> None:
        sync_audiences(self.audience, self.doc)
        self.load()

    def load(self) -> None:
        self._loading = True
        try:
            meeting = self.doc.pack.meeting
            self.text.set_text_silently(meeting.participants)
            self.owner.fill(self.doc, participants_owner(self.doc.pack))
            audience_id = self.audience.currentData()
            several = len(self.doc.pack.audiences) > 1 or bool(meeting.participants_for)
            for row in (self.audience, self.own):  # with one audience the line above is its own
                self.form.setRowVisible(row, several)
            self.own.setEnabled(audience_id is not None)
            self.own.set_text_silently(meeting.participants_for.get(audience_id, "") if audience_id else "")
            self.review.show_item(MEETING)
        finally:
            self._loading = False

    def _on_own_edited(self, text: str) -> None:
        audience_id = self.audience.currentData()
        if audience_id is None:
            return
        mine = {k: v for k, v in self.doc.pack.meeting.participants_for.items() if k != audience_id}
        if text.strip():
            mine[audience_id] = text
        self._set("meeting.participants_for", mine, self.own.typing_key(f"participants:{audience_id}"))

    def _set(self, field: str, value, typing: str | None = None) -> None:
        if not self._loading:
            self.doc.edit_pack(field, value, typing)
