"""Na het overleg: one ask after the other, the outcome for one audience, by keyboard during the meeting.

The panel shows the ask chosen in the outline; PageDown and PageUp (or the buttons) go to the
next and previous ask and put the keyboard on the outcome again. Every change is a core
operation run by PackDocument (one undo step each; typing in a field during one visit is one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from g40desk.core.note.briefing import ask_refs, note_order
from g40desk.core.pack.model import MAX_ACTIONS
from g40desk.gui.panels.outcome_fields import ActionRows, ResultPicker
from g40desk.gui.support.dates import DateField, long_date
from g40desk.gui.support.widgets import LineField, TextField, compact, sync_audiences

if TYPE_CHECKING:
    from g40desk.gui.document import PackDocument


class OutcomePanel(QWidget):
    """The outcome of one ask for one audience, the meeting as held, and the way to the next ask."""

    ask_requested = Signal(str)  # ref: show this ask (the window selects it in the outline)

    def __init__(self, doc: PackDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.ref: str | None = None
        self._loading = False
        self._init_meeting()
        self._init_ask()
        self._init_navigation()
        layout = QVBoxLayout(self)
        layout.addWidget(self.meeting)
        layout.addLayout(self.nav_row)
        layout.addWidget(self.position)
        layout.addWidget(self.heading)
        layout.addWidget(self.no_ask)
        layout.addWidget(self.body)
        layout.addStretch(1)
        doc.item_changed.connect(lambda ref: ref == self.ref and self._load())
        doc.items_reset.connect(lambda: self.show_item(self.ref))
        doc.meta_changed.connect(self._on_meta_changed)
        self._on_meta_changed()
        self.show_item(None)

    # -- construction ----------------------------------------------------------------
    def _init_meeting(self) -> None:
        self.meeting = QGroupBox(self.tr("Het overleg zoals het is gehouden"))
        self.held_date = DateField(self.tr("Gehouden op"))
        self.present = LineField()
        self.present.setAccessibleName(self.tr("Aanwezig"))
        self.present.setPlaceholderText(self.tr("Wie er waren, bv. wethouder, DG Wonen"))
        form = QFormLayout(self.meeting)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above the fields where the tab is narrow
        form.addRow(_buddy(self.tr("Gehou&den op:"), self.held_date), self.held_date)
        form.addRow(_buddy(self.tr("&Aanwezig:"), self.present), self.present)
        self.held_date.date_edited.connect(lambda day: self.doc.edit_held("date", day))
        self.present.textEdited.connect(lambda text: self.doc.edit_held("present", text,
                                                                          self.present.typing_key("present")))

    def _init_ask(self) -> None:
        self.position = QLabel()
        self.position.setStyleSheet("color: #1b3a5c; font-size: small; font-weight: bold;")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.no_ask = QLabel()
        self.no_ask.setWordWrap(True)
        self.audience = compact(QComboBox())
        self.audience.setAccessibleName(self.tr("Doelgroep van de uitkomst"))
        self.audience_name = QLabel()
        self.result = ResultPicker()
        self.said = TextField(self.tr("Wat is gezegd"), 3)
        self.said.setMaximumHeight(self.said.fontMetrics().lineSpacing() * 6 + 12)  # the actions stay in view
        self.said.setPlaceholderText(self.tr("Wat er op deze vraag is gezegd of toegezegd"))
        self.actions = ActionRows()
        self.add_button = QPushButton(self.tr("+ A&ctie toevoegen"))
        self.add_button.setToolTip(self.tr("Een vervolgactie: wat, wie, uiterlijk wanneer"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        audience_row = QHBoxLayout()
        audience_row.addWidget(self.audience, 1)
        audience_row.addWidget(self.audience_name, 1)
        form.addRow(_buddy(self.tr("Doel&groep:"), self.audience), audience_row)
        form.addRow(_buddy(self.tr("&Uitkomst:"), self.result), self.result)
        form.addRow(_buddy(self.tr("Wat &is gezegd:"), self.said), self.said)
        form.addRow(QLabel(self.tr("Vervolgacties:")), self.actions)
        form.addRow("", add_row)
        self.audience.currentIndexChanged.connect(lambda _i: self._load())
        self.result.chosen.connect(lambda value: self._edit("result", value))
        self.said.edited.connect(lambda text: self._edit("said", text or None, self.said.typing_key("said")))
        self.actions.added.connect(self._on_action_added)
        self.actions.edited.connect(self._on_action_edited)
        self.actions.removed.connect(self._on_action_removed)
        self.add_button.clicked.connect(self.new_action)

    def _init_navigation(self) -> None:
        self.previous_button = QPushButton(self.tr("◀ Vorige vraag"))
        self.previous_button.setToolTip(self.tr("Vorige vraag (PageUp)"))
        self.next_button = QPushButton(self.tr("Volgende vraag ▶"))
        self.next_button.setToolTip(self.tr("Volgende vraag (PageDown)"))
        for button in (self.previous_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do it; Tab stays among the fields
        self.nav_row = QHBoxLayout()
        self.nav_row.addWidget(self.previous_button)
        self.nav_row.addStretch(1)
        self.nav_row.addWidget(self.next_button)
        self.act_next = QAction(self.tr("Volgende vraag"), self)
        self.act_next.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.act_previous = QAction(self.tr("Vorige vraag"), self)
        self.act_previous.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        for action, step in ((self.act_next, 1), (self.act_previous, -1)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, s=step: self.go(s))
            self.addAction(action)
        self.next_button.clicked.connect(lambda: self.go(1))
        self.previous_button.clicked.connect(lambda: self.go(-1))

    # -- which ask, for whom ---------------------------------------------------------------
    def audience_id(self) -> str | None:
        return self.audience.currentData()

    def asks(self) -> list[str]:
        return ask_refs(self.doc.pack, self.doc.catalogue)

    def show_item(self, ref: str | None) -> None:
        """Show the outline's item: an ask with its outcome, or a line saying how to reach one."""
        if ref != self.ref:
            self.actions.drop_new()
        self.ref = ref if ref and self.doc.pack.item(ref) else None
        asks = self.asks()
        is_ask = self.ref in asks
        self.body.setVisible(is_ask and self.audience_id() is not None)
        self.heading.setVisible(is_ask)
        self.position.setText(self.tr("Vraag %1 van %2").replace("%1", str(asks.index(self.ref) + 1)).replace(
            "%2", str(len(asks))) if is_ask else "")
        if not asks:
            text = self.tr("Dit pakket heeft nog geen vragen (eisen). Uitkomsten horen bij een eis.")
        elif not self.doc.pack.audiences:
            text = self.tr("Voeg eerst op het tabblad Pakket een doelgroep toe: een uitkomst is van een doelgroep.")
        else:
            text = self.tr("Alleen een eis krijgt een uitkomst. PageDown gaat naar de volgende vraag.")
        self.no_ask.setText(text)
        self.no_ask.setVisible(not is_ask or self.audience_id() is None)
        if is_ask:
            self.heading.setText(self.doc.catalogue[self.ref].label)
        self._update_navigation()
        self._load()

    def go(self, step: int) -> None:
        """To the next (1) or previous (-1) ask in the note's order, the keyboard on its outcome."""
        target = self._neighbour(step)
        if target is not None:
            self.ask_requested.emit(target)
            if self.ref != target:  # the window did not follow (no outline): show it here
                self.show_item(target)
        self.focus_first()

    def _neighbour(self, step: int) -> str | None:
        order = [i.ref for _m, themes in note_order(self.doc.pack, self.doc.catalogue) for _g, items in themes
                 for i in items]
        asks = set(self.asks())
        if self.ref in order:
            start = order.index(self.ref)
            candidates = order[start + 1:] if step > 0 else reversed(order[:start])
        else:
            candidates = order if step > 0 else reversed(order)
        return next((ref for ref in candidates if ref in asks), None)

    def _update_navigation(self) -> None:
        self.next_button.setEnabled(self._neighbour(1) is not None)
        self.previous_button.setEnabled(self._neighbour(-1) is not None)

    def focus_first(self) -> None:
        """The keyboard on the outcome (the keys 1-5), or on the meeting's date when there is no ask."""
        target = self.result if self.body.isVisible() else self.held_date
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- showing the pack --------------------------------------------------------------------
    def _on_meta_changed(self) -> None:
        sync_audiences(self.audience, self.doc)
        if self.audience.currentIndex() < 0 and self.audience.count():
            self.audience.setCurrentIndex(0)
        several = self.audience.count() > 1
        self.audience.setVisible(several)
        self.audience_name.setVisible(not several)
        self.audience_name.setText(self.audience.currentText())
        held = self.doc.pack.meeting.held
        self.held_date.set_date(held.date if held else None)
        planned = self.doc.pack.meeting.date
        self.held_date.edit.setPlaceholderText(self.tr("gepland: %1").replace("%1", long_date(planned)) if planned
                                               else self.tr("(geen datum) bv. 15-01-2027"))
        self.present.set_text_silently(held.present if held else "")
        self.show_item(self.ref)

    def _load(self) -> None:
        self._loading = True
        try:
            item = self.doc.pack.item(self.ref) if self.ref else None
            outcome = item.outcomes.get(self.audience_id() or "") if item else None
            self.result.set_value(outcome.result if outcome else None)
            self.said.set_text_silently((outcome.said or "") if outcome else "")
            self.said.mark_unsaved(False)
            actions = outcome.actions if outcome else []
            self.actions.show_actions(actions)
            self.add_button.setEnabled(len(actions) < MAX_ACTIONS)
            self._order_tabs()
        finally:
            self._loading = False

    # -- editing ----------------------------------------------------------------------------
    def _target(self) -> tuple[str, str] | None:
        audience = self.audience_id()
        if self._loading or self.ref is None or audience is None:
            return None
        return self.ref, audience

    def _edit(self, name: str, value, typing: str | None = None) -> None:
        target = self._target()
        if target is not None:
            saved = self.doc.edit_outcome(*target, name, value, typing)
            if name == "said":
                self.said.mark_unsaved(not saved)

    def _order_tabs(self) -> None:
        """Tab: what was said, each action's fields row by row, then the button that adds one."""
        chain = [self.said, *self.actions.fields(), self.add_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def new_action(self) -> None:
        """A new row for an action, the keyboard in its "what" (it is stored with the first character)."""
        if self._target() is None or not self.add_button.isEnabled():
            return
        row = self.actions.start_new()
        self._order_tabs()
        row.what.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_action_added(self, what: str, typing: str) -> None:
        target = self._target()
        if target is not None:
            self.doc.add_action(*target, what, typing)

    def _on_action_edited(self, position: int, name: str, value, typing) -> None:
        target = self._target()
        if target is not None:
            self.doc.edit_action(*target, position, name, value, typing)

    def _on_action_removed(self, position: int) -> None:
        target = self._target()
        if target is not None:
            self.doc.remove_action(*target, position)
            rows = self.actions.rows
            (rows[min(position, len(rows) - 1)].what if rows else self.add_button).setFocus(Qt.FocusReason.OtherFocusReason)


def _buddy(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    return label
