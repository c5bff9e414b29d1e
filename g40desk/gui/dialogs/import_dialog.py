"""Show what a matrix import would change, and the problems found, before applying."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout

from g40desk.gui.support.layout import fit_dialog


class ImportDialog(QDialog):
    def __init__(self, report, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Matrix importeren"))
        fit_dialog(self, 720, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Uit %s:") % report.path.name))
        changes = QListWidget()
        changes.setAccessibleName(self.tr("Wijzigingen"))
        changes.addItems([c.describe() for c in report.changes] or [self.tr("Geen wijzigingen.")])
        layout.addWidget(QLabel(self.tr("Wijzigingen (%n)", "", len(report.changes))))
        layout.addWidget(changes, 2)
        if report.problems:
            problems = QListWidget()
            problems.setAccessibleName(self.tr("Problemen"))
            problems.addItems(report.problems)
            problems.setStyleSheet("color: #b00020;")
            layout.addWidget(QLabel(self.tr("Niet overgenomen (%n)", "", len(report.problems))))
            layout.addWidget(problems, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(self.tr("&Doorvoeren"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(bool(report.changes))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
