"""The note as one block stream: order, options and hints decided once, in core."""

from __future__ import annotations

from g40desk.core.note.blocks import BlockType, note_blocks
from g40desk.core.note.briefing import build_briefing
from g40desk.core.pack.model import Form, Item, NoteOptions, Pack, Priority


def _texts(blocks, kind=None):
    return [b.text for b in blocks if kind is None or b.type == kind]


def test_asks_follow_the_pack_order_for_every_audience(catalogue, audiences):
    items = [Item(ref="demand:wonen-4"), Item(ref="demand:wonen-1"), Item(ref="demand:wonen-3")]
    pack = Pack(title="t", audiences=["ministry:fin", "city:zwolle"], items=items)
    expected = {"city:zwolle": ["demand:wonen-4", "demand:wonen-1", "demand:wonen-3"],
                "ministry:fin": ["demand:wonen-3", "demand:wonen-4", "demand:wonen-1"]}  # its own ask leads
    for audience in pack.audiences:
        blocks = note_blocks(build_briefing(pack, catalogue, audiences, audience), pack.options)
        assert [b.ref for b in blocks if b.type == BlockType.NUMBERED] == expected[audience]
    pack.items.insert(0, pack.items.pop(2))  # moving an item in the outline moves it in the note
    blocks = note_blocks(build_briefing(pack, catalogue, audiences), pack.options)
    assert [b.ref for b in blocks if b.type == BlockType.NUMBERED][0] == "demand:wonen-3"


def test_each_theme_restarts_its_numbered_list(catalogue, audiences, demo):
    blocks = note_blocks(build_briefing(demo, catalogue, audiences, "city:zwolle"), demo.options)
    numbered = [b for b in blocks if b.type == BlockType.NUMBERED]
    assert [b.ref for b in numbered if b.starts_list] == ["demand:wonen-1", "demand:klimaat-1", "demand:goed-bestuur-5"]
    assert all(b.keep_with_next for b in numbered)  # an ask stays on the page of its context and source


def test_options_switch_sections_and_the_annex_quotes_the_catalogue(catalogue, audiences, demo):
    demo.options = NoteOptions(key_points=False, rationale=False, goals=False, key_figures=False, annex=True)
    blocks = note_blocks(build_briefing(demo, catalogue, audiences, "city:zwolle"), demo.options)
    headings = _texts(blocks, BlockType.HEADING)
    assert "Kern van het gesprek" not in headings and "Waarom is dit van belang?" not in headings
    assert "Kerngegevens" not in headings and headings[-1] == "Bijlage: volledige tekst van de eisen"
    quotes = _texts(blocks, BlockType.QUOTE)
    assert catalogue["demand:wonen-1"].node.text in quotes  # untouched, not the tailored wording


def test_card_holds_asks_and_points_only(catalogue, audiences, demo):
    demo.options = NoteOptions(form=Form.CARD, annex=True)
    blocks = note_blocks(build_briefing(demo, catalogue, audiences, "city:zwolle"), demo.options)
    assert {b.type for b in blocks} == {BlockType.TITLE, BlockType.SUBTITLE, BlockType.CAPTION, BlockType.HEADING,
                                        BlockType.NUMBERED, BlockType.BULLET}
    assert [b.bold for b in blocks if b.type == BlockType.NUMBERED][:2] == [True, True]  # high priority in bold


def test_every_item_has_one_anchor_in_the_body(catalogue, audiences, demo):
    demo.items.append(Item(ref="goal:klimaat-1", priority=Priority.LOW))
    blocks = note_blocks(build_briefing(demo, catalogue, audiences, "city:zwolle"), demo.options)
    anchors = [b.ref for b in blocks if b.anchor] + [r for b in blocks for r in b.row_refs]
    assert sorted(anchors) == sorted({*demo.refs(), "message:duurzame-stad", "message:goed-bestuur"})
