"""A stable layout: the message bar never moves the panels and belongs to its pack; outline rows take at most
two lines; the current row, and the field a jump key goes to, are in view; the keyboard is back after a dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QMessageBox

from g40desk.gui.models.catalogue_model import ID_ROLE
from g40desk.gui.support import notify

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


def _panels(window):
    return [w.mapTo(window, QPoint(0, 0)) for w in (window.splitter, window.outline, window.tabs)] + [
        window.splitter.size(), window.tabs.size()]


def test_the_message_bar_floats_over_the_panels_and_goes_with_its_pack(qtbot, window, demo):
    window.doc.replace(demo, None)
    window.show_workspace()
    qtbot.wait(50)
    before = _panels(window)
    window.notifier.notice("Word-notitie opgeslagen als notitie.docx.", [("Openen", lambda: None)])
    bar = window.message_bar
    assert bar.isVisible() and _panels(window) == before, "showing the bar moves nothing"
    central = window.central.rect()
    assert central.contains(bar.geometry()) and bar.geometry().bottom() >= central.bottom() - 20
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: bar.geometry().bottom() >= window.central.height() - 20)  # it follows a resize
    before = _panels(window)
    bar.hide()
    assert _panels(window) == before, "nor does hiding it"
    window.notifier.notice("Over het eerste pakket.")
    from g40desk.core.pack.model import Pack

    window.doc.replace(Pack(title="Ander pakket"), None)  # another pack opens: the notice about the first goes
    assert not bar.isVisible()
    window.notifier.notice("Over het tweede pakket.")
    window.doc.edit_pack("title", "Tweede, hernoemd")
    assert bar.isVisible(), "an edit of the same pack keeps its notice"


def test_outline_rows_take_at_most_two_lines_and_the_tooltip_has_all(qtbot, window):
    long = "Een eigen formulering die heel lang is geworden, " * 11  # ~540 characters, as reported
    window.set_in_pack(["demand:wonen-1", "demand:wonen-2"], True)
    window.doc.edit_item("demand:wonen-1", "text", long.strip())
    window.show_workspace()
    index = window.outline_model.index_of("demand:wonen-1")
    qtbot.waitUntil(lambda: window.outline.visualRect(index).height() > 0)
    line = window.outline.fontMetrics().lineSpacing()
    height = window.outline.visualRect(index).height()
    assert line * 2 <= height <= line * 2 + 12, (height, line)
    assert long.strip()[:500] in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_current_row_is_always_in_view(qtbot, window):
    window.resize(760, 460)  # a small window: rows below the view
    qtbot.waitUntil(lambda: window.panel_layout.mode == "narrow")
    window.open_demo()
    for entry in window.doc.catalogue.demands_of("theme:klimaat"):
        window.set_in_pack([entry.id], True)
    outline = window.outline
    outline.setCurrentIndex(outline.model().index(0, 0))
    outline.setFocus()
    viewport = outline.viewport().rect()
    for _ in range(40):
        qtbot.keyClick(outline, Qt.Key.Key_Down)
        qtbot.wait(5)
        rect = outline.visualRect(outline.currentIndex())
        assert rect.top() >= 0 and (rect.bottom() <= viewport.bottom() or rect.height() > viewport.height()), \
            (outline.currentIndex().data(), rect, viewport)
    assert outline.verticalScrollBar().value() > 0, "the outline did scroll"


def test_jump_keys_bring_their_field_into_view(qtbot, window, demo):
    window.doc.replace(demo, None)
    window.resize(1000, 520)
    qtbot.waitUntil(lambda: window.panel_layout.mode == "medium")
    window.show_workspace()
    window.outline.setCurrentIndex(window.outline_model.item_index(1))
    for page, key, field in ((window.item_page, Qt.Key.Key_3, lambda: window.item_editor.text),
                             (window.pack_page, Qt.Key.Key_4, lambda: window.pack_panel.title)):
        window.tabs.setCurrentWidget(page)
        qtbot.waitUntil(lambda p=page: p.verticalScrollBar().maximum() > 0)
        page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())  # scrolled to the bottom
        qtbot.keyClick(window.outline, key, CTRL)
        qtbot.waitUntil(lambda f=field: f().hasFocus())
        qtbot.waitUntil(lambda f=field, p=page: p.viewport().rect().contains(
            f().mapTo(p.viewport(), f().rect().topLeft())))


def test_the_keyboard_is_back_after_a_question_and_after_a_file_dialog(qtbot, window, demo, tmp_path):
    window.doc.replace(demo, None)
    window.show_workspace()
    window.outline.setCurrentIndex(window.outline_model.item_index(0))
    window.outline.setFocus()
    qtbot.waitUntil(window.outline.hasFocus)

    def click(label: str) -> None:
        """Click *label* in the box that is open, as soon as it is."""
        box = QApplication.activeModalWidget()
        buttons = [b for b in box.findChildren(QAbstractButton) if b.text().replace("&", "") == label] if box else []
        if buttons and isinstance(box, QMessageBox):
            buttons[0].click()
        else:
            QTimer.singleShot(50, lambda: click(label))

    QTimer.singleShot(50, lambda: click("Doorgaan"))
    assert notify.choose(window, "Vraag", "Zeker weten?", [("Doorgaan", QMessageBox.ButtonRole.AcceptRole)]) == 0
    qtbot.waitUntil(window.outline.hasFocus)
    (tmp_path / "n.docx").write_bytes(b"x")
    dialog = QFileDialog(window, "Opslaan", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile("n.docx")

    def choose_existing():
        QTimer.singleShot(50, lambda: click("Ja"))  # "n.docx bestaat al. Wilt u het vervangen?"
        dialog.accept()

    QTimer.singleShot(100, choose_existing)
    assert dialog.exec()
    qtbot.waitUntil(lambda: window.isActiveWindow() and window.outline.hasFocus())
    assert window.outline.currentIndex().data(ID_ROLE) == demo.items[0].ref
