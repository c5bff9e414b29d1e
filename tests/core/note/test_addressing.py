"""Every ask is addressed for the meeting date: who holds its portfolio that day, and what a note does with it."""

from __future__ import annotations

import datetime as dt

import pytest

from g40desk.core.audience.audiences import portfolio_tags
from g40desk.core.note.blocks import BlockType, note_blocks
from g40desk.core.note.briefing import build_briefing
from g40desk.core.note.preflight import UNADDRESSED, preflight
from g40desk.core.pack.model import Form, Item, Meeting, NoteOptions, OtherAsks, Pack, Priority

RUTTE_III = dt.date(2019, 6, 1)
RUTTE_IV = dt.date(2023, 3, 1)
SCHOOF = dt.date(2025, 10, 14)
JETTEN = dt.date(2026, 3, 1)
VRO_AT_BZK = "minister voor Volkshuisvesting en Ruimtelijke Ordening (BZK)"


@pytest.mark.parametrize(("demand", "day", "expected"), [
    ("demand:wonen-1", RUTTE_III, [("BZK", "ministry:bzk", "ministry:bzk/minister")]),
    ("demand:wonen-1", RUTTE_IV, [("minister voor Volkshuisvesting en Ruimtelijke Ordening (BZK)", "ministry:bzk",
                                   "ministry:bzk/minister-vro-2022")]),
    ("demand:wonen-1", dt.date(2024, 7, 1), [("minister voor Volkshuisvesting en Ruimtelijke Ordening (BZK)",
                                              "ministry:bzk", "ministry:bzk/minister-vro-2022")]),
    ("demand:wonen-1", dt.date(2024, 7, 2), [("VRO", "ministry:vro", "ministry:vro/minister")]),
    ("demand:wonen-1", SCHOOF, [("VRO", "ministry:vro", "ministry:vro/minister")]),
    ("demand:wonen-1", JETTEN, [(VRO_AT_BZK, "ministry:bzk", "ministry:bzk/minister-vro")]),
    ("demand:wonen-2", RUTTE_III, [("LNV", "ministry:lnv", "ministry:lnv/minister"),
                                   ("BZK", "ministry:bzk", "ministry:bzk/minister")]),
    ("demand:wonen-2", SCHOOF, [("LVVN", "ministry:lnv", "ministry:lnv/minister"),
                                ("VRO", "ministry:vro", "ministry:vro/minister")]),
    ("demand:klimaat-6", RUTTE_III, [("EZK", "ministry:ezk", "ministry:ezk/minister")]),
    ("demand:klimaat-6", SCHOOF, [("KGG", "ministry:kgg", "ministry:kgg/minister")]),
    ("demand:klimaat-6", JETTEN, [("minister voor Klimaat en Groene Groei (EZK)", "ministry:ezk",
                                   "ministry:ezk/minister-kgg")]),
    ("demand:werk-5", SCHOOF, [("EZ", "ministry:ezk", "ministry:ezk/minister")]),  # EZK without climate: EZ
    ("demand:goed-bestuur-1", SCHOOF, [("BZK", "ministry:bzk", "ministry:bzk/minister")]),
])
def test_each_ask_knows_who_holds_its_portfolio_on_the_day(catalogue, audiences, demand, day, expected):
    held = audiences.addressees(portfolio_tags(catalogue, demand), day)
    assert [(h.name, h.organisation, h.role) for h in held] == expected


def test_desks_are_the_ministries_and_ministers_of_the_day(audiences):
    before = [d.name for d in audiences.desks(RUTTE_III)]
    assert {"BZK", "LNV", "EZK", "SZW"} <= set(before) and not {"VRO", "LVVN", "EZ", "KGG"} & set(before)
    schoof = [d.name for d in audiences.desks(SCHOOF)]
    assert {"BZK", "VRO", "LVVN", "EZ", "KGG", "SZW"} <= set(schoof) and not {"LNV", "EZK"} & set(schoof)
    assert VRO_AT_BZK in [d.name for d in audiences.desks(JETTEN)] and "VRO" not in [d.name for d in audiences.desks(JETTEN)]


def _pack(day, refs, audience="ministry:bzk", **options):
    items = [Item(ref=r, priority=Priority.HIGH) for r in refs]
    return Pack(title="Overleg", audiences=[audience], items=items, meeting=Meeting(date=day),
                options=NoteOptions(**options))


def _numbered(blocks):
    return [b.ref for b in blocks if b.type == BlockType.NUMBERED]


def _headings(blocks):
    return [b.text for b in blocks if b.type == BlockType.HEADING and b.level == 1]


def test_a_bzk_note_in_2025_leads_with_its_own_asks_and_groups_the_rest(catalogue, audiences):
    pack = _pack(SCHOOF, ["demand:wonen-1", "demand:schulden-1", "demand:goed-bestuur-1"])
    briefing = build_briefing(pack, catalogue, audiences)
    blocks = note_blocks(briefing, pack.options)
    kern = blocks.index(next(b for b in blocks if b.text == "Kern van het gesprek"))
    first_heading = next(i for i, b in enumerate(blocks) if i > kern and b.type == BlockType.HEADING)
    assert [b.ref for b in blocks[kern + 1:first_heading]] == ["demand:goed-bestuur-1"]
    assert _numbered(blocks) == ["demand:goed-bestuur-1", "demand:wonen-1", "demand:schulden-1"]
    others = "Ook van belang voor VRO en SZW"
    assert others in _headings(blocks)
    at = _headings(blocks).index(others)
    assert _headings(blocks)[at - 1] != "Kern van het gesprek"  # after the body's own asks, not before
    captions = [b.text for b in blocks if b.type == BlockType.CAPTION]
    assert any(c.endswith("aan VRO") for c in captions) and any(c.endswith("aan BZK") for c in captions)


def test_the_same_pack_in_2019_holds_every_ask_for_bzk(catalogue, audiences):
    pack = _pack(RUTTE_III, ["demand:wonen-1", "demand:goed-bestuur-1"])
    blocks = note_blocks(build_briefing(pack, catalogue, audiences), pack.options)
    assert _numbered(blocks) == ["demand:wonen-1", "demand:goed-bestuur-1"]
    assert not [h for h in _headings(blocks) if h.startswith("Ook van belang")]


def test_asks_for_others_can_be_left_out_of_note_card_and_annex(catalogue, audiences):
    pack = _pack(SCHOOF, ["demand:wonen-1", "demand:goed-bestuur-1"], other_asks=OtherAsks.OMIT, annex=True)
    briefing = build_briefing(pack, catalogue, audiences)
    for form in Form:
        blocks = note_blocks(briefing, pack.options.model_copy(update={"form": form}))
        assert _numbered(blocks) == ["demand:goed-bestuur-1"]
        assert "demand:wonen-1" not in {b.ref for b in blocks}
        assert not [h for h in _headings(blocks) if h.startswith("Ook van belang")]


def test_the_card_names_the_addressee_under_each_ask(catalogue, audiences):
    pack = _pack(SCHOOF, ["demand:wonen-1", "demand:goed-bestuur-1"], form=Form.CARD)
    blocks = note_blocks(build_briefing(pack, catalogue, audiences), pack.options)
    shown = [(b.type, b.text) for b in blocks if b.ref in ("demand:wonen-1", "demand:goed-bestuur-1")]
    assert [t for kind, t in shown if kind == BlockType.CAPTION] == ["aan BZK", "aan VRO"]
    assert _headings(blocks)[-1] == "Ook van belang voor VRO"


def test_a_city_note_keeps_the_pack_order_and_names_each_addressee(catalogue, audiences):
    pack = _pack(JETTEN, ["demand:wonen-1", "demand:goed-bestuur-1"], audience="city:zwolle")
    blocks = note_blocks(build_briefing(pack, catalogue, audiences), pack.options)
    assert _numbered(blocks) == ["demand:wonen-1", "demand:goed-bestuur-1"]
    captions = [b.text for b in blocks if b.type == BlockType.CAPTION]
    assert any(c.endswith(f"aan de {VRO_AT_BZK}") for c in captions)
    assert not [h for h in _headings(blocks) if h.startswith("Ook van belang")]


def test_a_minister_voor_gets_the_asks_of_its_portfolio(catalogue, audiences):
    pack = _pack(JETTEN, ["demand:goed-bestuur-1", "demand:wonen-1"], audience="ministry:bzk/minister-vro")
    blocks = note_blocks(build_briefing(pack, catalogue, audiences), pack.options)
    assert _numbered(blocks) == ["demand:wonen-1", "demand:goed-bestuur-1"]
    assert "Ook van belang voor BZK" in _headings(blocks)


def test_export_says_so_when_no_ask_is_for_the_ministry(catalogue, audiences):
    debts = _pack(SCHOOF, ["demand:schulden-1", "demand:schulden-2", "demand:schulden-3"])
    found = [line for kind, line in preflight(debts, catalogue, audiences, debts.audiences).allowed if kind == UNADDRESSED]
    assert len(found) == 1
    assert "geen van de 3 vragen" in found[0] and "14 oktober 2025" in found[0]
    assert "gericht aan BZK (ze zijn voor SZW, JenV en Fin)" in found[0]
    mixed = _pack(SCHOOF, ["demand:schulden-1", "demand:goed-bestuur-1"])
    assert not [k for k, _ in preflight(mixed, catalogue, audiences, mixed.audiences).allowed if k == UNADDRESSED]
    several = debts.model_copy(update={"audiences": ["ministry:bzk", "ministry:az", "ministry:szw"]})
    found = [line for kind, line in preflight(several, catalogue, audiences, several.audiences).allowed
             if kind == UNADDRESSED]
    assert len(found) == 1 and "gericht aan BZK en AZ (ze zijn" in found[0]  # one line for the notes that share it
    city = _pack(SCHOOF, ["demand:schulden-1"], audience="city:zwolle")
    assert not [k for k, _ in preflight(city, catalogue, audiences, city.audiences).allowed if k == UNADDRESSED]
