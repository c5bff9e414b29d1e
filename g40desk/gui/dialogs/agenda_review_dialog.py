"""The review a pack gets when it meets another agenda version: one decision per change."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from g40desk.core.agenda.review import Change, ChangeKind
from g40desk.gui.support.layout import fit_dialog

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def diff_html(change: Change) -> str:
    """Old and new agenda text as one paragraph: removed words struck through, added underlined."""
    out = []
    previous = "="
    for op, text in change.diff():
        text = html.escape(text).replace("\n", "<br>")
        if op == "+" and previous == "-":
            out.append(" ")  # removed and added words side by side stay readable
        previous = op
        if op == "-":
            out.append(f'<span style="color:#a40000;text-decoration:line-through">{text}</span>')
        elif op == "+":
            out.append(f'<span style="color:#00642d;text-decoration:underline">{text}</span>')
        else:
            out.append(text)
    return "<p>" + "".join(out) + "</p>"


class ReviewDialog(QDialog):
    """Lists the changes; a checked row is accepted, an unchecked one kept."""

    def __init__(self, changes: list[Change], header: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wijzigingen in de agenda"))
        fit_dialog(self, 820, 560)
        self.changes = {c.key: c for c in changes}
        intro = QLabel(header + "\n" + self.tr(
            "Vink aan wat u overneemt; wat niet is aangevinkt houdt u zoals het in het pakket staat. "
            "Uw eigen teksten blijven altijd staan."))
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Overnemen"), self.tr("Wijziging"), self.tr("Onderdeel")])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Wijzigingen"))
        for change in changes:
            row = QTreeWidgetItem(["", self._kind_label(change.kind), f"{change.label}  ({change.ref})"])
            row.setData(0, KEY_ROLE, change.key)
            # The new agenda text is the default for a changed text; everything else is kept.
            accept = change.kind == ChangeKind.CHANGED
            row.setCheckState(0, Qt.CheckState.Checked if accept else Qt.CheckState.Unchecked)
            self.list.addTopLevelItem(row)
        self.list.resizeColumnToContents(0)
        self.list.resizeColumnToContents(1)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Toelichting bij de wijziging"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.detail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Toepassen"))
        accept_all = QPushButton(self.tr("Alles overnemen"))
        keep_all = QPushButton(self.tr("Alles houden"))
        buttons.addButton(accept_all, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(keep_all, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        accept_all.clicked.connect(lambda: self.set_all(True))
        keep_all.clicked.connect(lambda: self.set_all(False))
        self.list.currentItemChanged.connect(self._on_list_current)
        if changes:
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def _kind_label(self, kind: ChangeKind) -> str:
        return {
            ChangeKind.CHANGED: self.tr("tekst gewijzigd"),
            ChangeKind.RETIRED: self.tr("uit de agenda"),
            ChangeKind.OUTDATED: self.tr("achterhaald"),
            ChangeKind.NEW: self.tr("nieuw"),
        }[kind]

    def _choices(self, kind: ChangeKind) -> tuple[str, str]:
        return {
            ChangeKind.CHANGED: (self.tr("de nieuwe agendatekst gebruiken"), self.tr("de oude tekst houden")),
            ChangeKind.RETIRED: (self.tr("uit het pakket halen"), self.tr("houden als eigen inbreng")),
            ChangeKind.OUTDATED: (self.tr("uit het pakket halen"), self.tr("toch houden")),
            ChangeKind.NEW: (self.tr("aan het pakket toevoegen"), self.tr("niet toevoegen")),
        }[kind]

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_list_current(self, current, _previous) -> None:
        if current is None:
            return
        change = self.changes[current.data(0, KEY_ROLE)]
        accept, keep = self._choices(change.kind)
        parts = [f"<h3>{html.escape(change.label)}</h3>"]
        if change.kind == ChangeKind.CHANGED:
            parts.append(diff_html(change))
        elif change.new or change.old:
            parts.append(f"<p>{html.escape(change.new or change.old)}</p>")
        if change.reason:
            parts.append(f"<p><i>{html.escape(change.reason)}</i></p>")
        if change.tailored:
            parts.append("<p>" + html.escape(self.tr("Uw eigen tekst voor dit onderdeel blijft staan.")) + "</p>")
        parts.append("<p>" + html.escape(self.tr("Aangevinkt: {0}. Niet aangevinkt: {1}.").format(accept, keep))
                     + "</p>")
        self.detail.setHtml("".join(parts))

    def set_all(self, accept: bool) -> None:
        state = Qt.CheckState.Checked if accept else Qt.CheckState.Unchecked
        for i in range(self.list.topLevelItemCount()):
            self.list.topLevelItem(i).setCheckState(0, state)

    def accepted_keys(self) -> set[str]:
        rows = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return {row.data(0, KEY_ROLE) for row in rows if row.checkState(0) == Qt.CheckState.Checked}
