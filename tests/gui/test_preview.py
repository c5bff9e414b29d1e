"""The preview maps the same blocks as the Word note: same text, same order."""

from __future__ import annotations

from html.parser import HTMLParser

from docx import Document

from g40desk.core.note.briefing import build_briefing
from g40desk.core.pack.model import Form, NoteOptions
from g40desk.export.docx_note import write_note
from g40desk.gui.panels.preview import briefing_html
from tests.notes import checked


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = False

    def handle_starttag(self, tag, attrs):
        self._skip = tag == "style"

    def handle_endtag(self, tag):
        self._skip = False

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.parts.append(data)


def _docx_texts(path) -> list[str]:
    doc = Document(path)
    body = []
    for child in doc.element.body.iterchildren():
        if child.tag.endswith("}p"):
            body.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif child.tag.endswith("}tbl"):
            body += ["".join(t.text or "" for t in tc.iter() if t.tag.endswith("}t")) for tc in child.iter()
                     if tc.tag.endswith("}tc")]
    return [t for t in body if t.strip()]


def test_preview_and_word_say_the_same_in_the_same_order(tmp_path, demo, catalogue, audiences):
    for options in (NoteOptions(annex=True), NoteOptions(form=Form.CARD)):
        demo.options = options
        one = checked(demo, catalogue, audiences, "ministry:bzk")
        write_note(one, options, tmp_path / "n.docx")
        parser = _Text()
        parser.feed(briefing_html(one.briefing, options))
        html = "".join(parser.parts).replace("\n", "")
        position = 0
        for text in _docx_texts(tmp_path / "n.docx"):
            found = html.find(text.replace("\n", ""), position)
            assert found >= 0, f"in Word, not (in order) in the preview: {text[:80]!r}"
            position = found


def test_preview_shows_annex_figure_context_and_addressees(demo, catalogue, audiences):
    demo.options = NoteOptions(annex=True)
    demo.item("figure:inwoners").context = "Zwolle telt 130.000 inwoners."
    html = briefing_html(build_briefing(demo, catalogue, audiences, "city:zwolle"), demo.options)
    assert "Bijlage: volledige tekst van de eisen" in html
    assert "Zwolle telt 130.000 inwoners." in html
    assert "aan BZK" in html
    assert "<a name='demand:wonen-1'></a>" in html


def test_a_million_character_word_reaches_the_preview_breakable_and_bounded(tmp_path, demo, catalogue, audiences):
    """Issue 21: Qt lays out an unbreakable word in time that grows with its square (a million characters
    froze the editor for minutes after every edit). The preview gets break points and a bounded text;
    the note keeps every character. The time per edit is a row of bench/run.py."""
    import re

    from g40desk.gui.panels.preview import SHOWN, WORD

    word = "".join(chr(0x61 + n % 26) for n in range(1_000_000))
    demo.items[0].context = word
    briefing = build_briefing(demo, catalogue, audiences, "city:zwolle")
    html = briefing_html(briefing, demo.options)
    assert len(html) < len(briefing_html(build_briefing(demo.model_copy(update={"items": demo.items[1:]}), catalogue,
                                                        audiences, "city:zwolle"), demo.options)) + 2 * SHOWN
    assert max(len(run) for run in re.split(r"[\s\u200b<>]", html)) <= 200  # no run of the word longer than a line
    assert word[:WORD] + "\u200b" + word[WORD:2 * WORD] in html
    assert f"[nog {1_000_000 - SHOWN:,} tekens; het pakket en de notitie bevatten de hele tekst]".replace(",", ".") in html
    write_note(checked(demo, catalogue, audiences, "city:zwolle"), demo.options, tmp_path / "n.docx")
    assert any(word in text for text in _docx_texts(tmp_path / "n.docx"))  # the note: every character, no break point


def test_placeholders_in_long_words_stay_whole_in_the_preview(demo, catalogue, audiences):
    demo.items[0].context = "x" * 38 + "{onbekend}" + "y" * 60
    html = briefing_html(build_briefing(demo, catalogue, audiences, "city:zwolle"), demo.options)
    assert "<span style='background:#fde2e2;color:#b00020'>{onbekend}</span>" in html


def test_invisible_characters_typed_in_the_editor_are_named_in_the_preview(qtbot, window):
    """Issue 21: a right-to-left override pasted into a text reached the note unflagged."""
    window.set_in_pack(["demand:mobiliteit-4"], True)
    window.outline.setCurrentIndex(window.outline_model.item_index(0))
    window.item_editor.text.setFocus()
    window.item_editor.text.insertPlainText("Intercity \u202enaar Berlijn")  # as pasted (QTest types ASCII only)
    qtbot.waitUntil(lambda: "rechts-naar-links-omkering (U+202E)" in window.preview.view.toPlainText(), timeout=3000)
    assert "Intercity \u202enaar Berlijn" in window.doc.pack.items[0].text  # kept as typed


def test_report_preview_and_word_say_the_same_in_the_same_order(tmp_path, catalogue, audiences):
    from g40desk.core.pack.demo import demo_after_meeting
    from g40desk.export import pipeline

    pack = demo_after_meeting()
    plan = pipeline.check_report(pack, catalogue, audiences, "ministry:bzk")
    pipeline.write_report(plan, "ministry:bzk", tmp_path / "v.docx")
    parser = _Text()
    parser.feed(briefing_html(plan.briefings["ministry:bzk"].briefing, pack.options, report=True))
    html = "".join(parser.parts).replace("\n", "")
    position = 0
    texts = _docx_texts(tmp_path / "v.docx")
    assert "Uitkomst: afgewezen" in texts and "G40-bureau" in texts
    for text in texts:
        found = html.find(text.replace("\n", ""), position)
        assert found >= 0, f"in the report, not (in order) in the preview: {text[:80]!r}"
        position = found
