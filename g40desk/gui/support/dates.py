"""A date field that reads dates as people type them, with a calendar beside it.

"15-01-2027", "15-1-2027", "15/1/2027", "2027-01-15", "15 januari 2027" and "15 jan 2027"
are understood (core.text.read_date); anything else stays in the field, framed in red, with a
line under it saying it was not understood and which date is kept. Nothing is dropped silently.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from g40desk.core.text import dutch_date, local_moment, read_date, short_date, utc_mark


def long_date(day: dt.date) -> str:
    """'15 januari 2027' (or '15 January 2027' in the English interface): where there is room."""
    if QLocale().language() == QLocale.Language.Dutch:
        return dutch_date(day)
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def long_moment(moment: dt.datetime) -> str:
    """'5 december 2026, 14:03:27' in the computer's time zone: a moment where there is room (the restore offer)."""
    shown = local_moment(moment)
    return f"{long_date(shown.date())}, {shown:%H:%M:%S}" + utc_mark(moment, shown)


class DateField(QWidget):
    """A typed or picked date; empty means no date (when *optional*).

    ``date_edited`` is emitted with the new date (or None) when the user leaves the field,
    presses Enter or picks a day, and only when the date changed. ``set_date`` never emits.
    """

    date_edited = Signal(object)

    def __init__(self, accessible_name: str, optional: bool = True, short: bool = False, parent=None):
        super().__init__(parent)
        self.optional, self.short = optional, short
        self._date: dt.date | None = None
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible_name)
        self.edit.setPlaceholderText(self.tr("(geen datum) bv. 15-01-2027") if optional else self.tr("bv. 15-01-2027"))
        self.edit.setToolTip(self.tr("Typ een datum, bv. 15-01-2027, 15/1/2027 of 15 januari 2027; "
                                     "Alt+Omlaag opent de kalender."))
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setAccessibleName(self.tr("Kalender"))
        self.button.setToolTip(self.tr("Kalender (Alt+Omlaag)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setAccessibleName(self.tr("Datum niet begrepen"))
        self.problem.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.problem)
        self.calendar: QCalendarWidget | None = None
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._commit)
        self.button.clicked.connect(self.open_calendar)
        self.edit.installEventFilter(self)

    # -- value -------------------------------------------------------------------------
    def date(self) -> dt.date | None:
        return self._date

    def text_for(self, day: dt.date | None) -> str:
        if day is None:
            return ""
        return short_date(day) if self.short else long_date(day)

    def set_date(self, day: dt.date | None) -> None:
        """Show *day* (from the pack); text not understood stays while the date it kept is unchanged."""
        if self.understood() or day != self._date:
            self._date = day
            self.edit.setText(self.text_for(day))
            self._mark(None)

    def understood(self) -> bool:
        return self.problem.isHidden()

    def _commit(self) -> None:
        typed = self.edit.text().strip()
        day = read_date(typed) if typed else None
        if typed and day is None:
            self._mark(typed)
            return
        if not typed and not self.optional:
            self._mark("")
            return
        self._mark(None)
        self.edit.setText(self.text_for(day))
        if day != self._date:
            self._date = day
            self.date_edited.emit(day)

    def _mark(self, typed: str | None) -> None:
        """Say in the field that *typed* was not understood (None: all is well)."""
        if typed is None:
            self.problem.hide()
            self.edit.setStyleSheet("")
            return
        kept = self.text_for(self._date) or self.tr("geen datum")
        if typed:
            text = self.tr("‘%1’ is geen datum die g40desk begrijpt. Typ bv. 15-01-2027 of 15 januari 2027. "
                           "Bewaard blijft: %2.").replace("%1", typed).replace("%2", kept)
        else:
            text = self.tr("Vul een datum in, bv. 15-01-2027. Bewaard blijft: %1.").replace("%1", kept)
        self.problem.setText(text)
        self.problem.show()
        self.edit.setStyleSheet("QLineEdit { border: 2px solid #b00020; }")

    # -- calendar ----------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if watched is self.edit and event.type() == event.Type.KeyPress:
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return False

    def open_calendar(self) -> None:
        """A calendar on the date shown (today when empty), with Vandaag and, if allowed, Geen datum."""
        menu = QMenu(self)
        body = QWidget()
        calendar = QCalendarWidget()
        calendar.setGridVisible(False)
        shown = self._date or dt.date.today()
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        today = QPushButton(self.tr("&Vandaag"))
        buttons = QHBoxLayout()
        buttons.addWidget(today)
        clear = None
        if self.optional:
            clear = QPushButton(self.tr("&Geen datum"))
            buttons.addWidget(clear)
        buttons.addStretch(1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(calendar)
        layout.addLayout(buttons)
        action = QWidgetAction(menu)
        action.setDefaultWidget(body)
        menu.addAction(action)

        def choose(day: dt.date | None) -> None:
            menu.close()
            self.edit.setText(self.text_for(day))
            self._commit()

        calendar.activated.connect(lambda qdate: choose(qdate.toPython()))
        calendar.clicked.connect(lambda qdate: choose(qdate.toPython()))
        today.clicked.connect(lambda: choose(dt.date.today()))
        if clear is not None:
            clear.clicked.connect(lambda: choose(None))
        menu.aboutToHide.connect(self._after_calendar)
        menu.aboutToHide.connect(menu.deleteLater)
        self.calendar = calendar  # while it is open, for tests
        menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _after_calendar(self) -> None:
        self.calendar = None
        self.window().activateWindow()  # the pop-up was the active window; the keyboard comes back here
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
