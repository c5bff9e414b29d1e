"""The owner beside a text: which audience it is written for, or all of them; a menu changes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton

from g40desk.core.pack.model import ALL_AUDIENCES

if TYPE_CHECKING:
    from g40desk.gui.document import PackDocument


class OwnerButton(QToolButton):
    """Shows whose a text is ("Zwolle", "alle doelgroepen"); picking another owner emits ``chosen``."""

    chosen = Signal(str)  # an audience ID, or ALL_AUDIENCES

    def __init__(self, what: str, parent=None):
        super().__init__(parent)
        self.what = what  # "de context", for the accessible name and the tooltip
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(True)
        self.setMenu(QMenu(self))
        self._group = QActionGroup(self)
        self._group.triggered.connect(lambda action: self.chosen.emit(action.data()))
        self.owner: str | None = None

    def fill(self, doc: PackDocument, owner: str | None) -> None:
        """List "alle doelgroepen" and the pack's audiences; mark *owner* (None: nothing typed yet)."""
        menu = self.menu()
        menu.clear()
        for action in self._group.actions():
            self._group.removeAction(action)
        choices = [(ALL_AUDIENCES, self.tr("alle doelgroepen"))]
        choices += [(a, short_name(doc, a)) for a in doc.pack.audiences if a in doc.audiences]
        if owner and owner not in dict(choices):  # an audience no longer in the pack still owns it
            choices.append((owner, short_name(doc, owner) + " " + self.tr("(niet meer in het pakket)")))
        for value, label in choices:
            action = QAction(label, menu)
            action.setCheckable(True)
            action.setData(value)
            action.setChecked(value == owner)
            self._group.addAction(action)
            menu.addAction(action)
        self.owner = owner
        name = dict(choices).get(owner or ALL_AUDIENCES, "")
        self.setText(self.tr("voor %s") % name + " ▾")
        self.setAccessibleName(self.tr("Voor wie %s is: %s") % (self.what, name))
        self.setToolTip(self.tr("Voor wie %s is geschreven. Een tekst voor één doelgroep komt alleen in de "
                                "notitie voor die doelgroep; kies ‘alle doelgroepen’ voor tekst die overal "
                                "klopt.") % self.what)


def short_name(doc: PackDocument, audience_id: str) -> str:
    """The audience as the owner button names it: a city's name, a ministry's abbreviation, a role's title."""
    audience = doc.audiences[audience_id]
    day = doc.pack.meeting.date
    if hasattr(audience, "abbreviation_on"):
        return audience.abbreviation_on(day)
    if hasattr(audience, "title_on"):
        return audience.display_name_on(day)
    return audience.name
