"""A word of a million characters (within the pack's limits) no longer freezes the editor (issue 21).

Qt looks for a break in a word wider than its box in time that grows with the square of the
word's length. The timings are rows of bench/run.py; these tests check the structural fixes:
the editor's fields wrap such a text anywhere, the preview gets break points and a bounded text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextOption

from g40desk.gui.support.widgets import TextField

pytestmark = pytest.mark.gui
WORD = "".join(chr(0x61 + n % 26) for n in range(1_000_000))


def test_a_field_holding_a_very_long_word_wraps_anywhere_and_others_at_words(qtbot):
    field = TextField("Lokale context")
    qtbot.addWidget(field)
    field.set_text_silently("Een gewone zin met gewone woorden.")
    assert field.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    field.set_text_silently(WORD)
    assert field.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    assert field.toPlainText() == WORD  # the text itself as typed
    field.set_text_silently("kort")
    assert field.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


def test_the_wrap_goes_back_only_after_the_long_word_is_gone(qtbot):
    """Switching back first would lay the million characters out the slow way once more (seen in the
    real editor: a click in the preview on another item froze it)."""
    field = TextField("Lokale context")
    qtbot.addWidget(field)
    field.set_text_silently(WORD)
    seen = []
    field.document().contentsChanged.connect(lambda: seen.append((len(field.toPlainText()), field.wordWrapMode())))
    field.set_text_silently("kort")
    assert seen == [(4, QTextOption.WrapMode.WrapAnywhere)]  # the short text replaced the word while still anywhere
    assert field.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


def test_pasting_a_very_long_word_switches_before_qt_lays_it_out(qtbot):
    field = TextField("Lokale context")
    qtbot.addWidget(field)
    modes = []
    field.document().contentsChanged.connect(lambda: modes.append(field.wordWrapMode()))
    data = QMimeData()
    data.setText(WORD[:300_000])
    field.insertFromMimeData(data)
    assert modes and set(modes) == {QTextOption.WrapMode.WrapAnywhere}
    assert field.toPlainText() == WORD[:300_000]


def test_selecting_the_item_shows_the_whole_word_wrapped_anywhere(qtbot, window, catalogue):
    window.set_in_pack(["demand:mobiliteit-4"], True)
    window.doc.pack.items[0].context = WORD
    window.outline.setCurrentIndex(window.outline_model.item_index(0))
    field = window.item_editor.context
    qtbot.waitUntil(lambda: len(field.toPlainText()) == len(WORD), timeout=10_000)
    assert field.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
