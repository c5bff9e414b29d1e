"""Terugblik: the last meeting's promises and open actions, owned by the new audience, offered, rendered first, dropped."""

from __future__ import annotations

import datetime as dt

from docx import Document

from g40desk.cli.commands import main
from g40desk.core.ledger.collect import Collection
from g40desk.core.ledger.lookback import ask_labels, offer, offers, recalls_from, with_lookback
from g40desk.core.ledger.records import record_of
from g40desk.core.note.blocks import BlockType, note_blocks
from g40desk.core.note.briefing import build_briefing
from g40desk.core.pack import edit
from g40desk.core.pack.demo import demo_after_meeting
from g40desk.core.pack.model import Form, Meeting, NoteOptions, Pack, Recall, RecallKind
from g40desk.core.pack.storage import load_pack, save_pack


def _label(ref: str) -> str:
    return f"titel van {ref}"


def test_promises_and_open_actions_are_recalled_for_any_role_of_the_organisation():
    record = record_of(demo_after_meeting(), "/gedeeld/demo.g40pack", 0)
    recalls = recalls_from(record, "ministry:bzk/minister", _label)  # the meeting was with the ministry
    assert [(r.kind, r.ask) for r in recalls] == [(RecallKind.PROMISE, "demand:wonen-1"),
                                                  (RecallKind.ACTION, "demand:wonen-1"),
                                                  (RecallKind.ACTION, "demand:wonen-1")]
    assert all(r.owner == "ministry:bzk/minister" and r.label == "titel van demand:wonen-1" for r in recalls)
    assert recalls[0].source == record.title and recalls[0].held == dt.date(2021, 3, 12)
    assert recalls[2].who == "BZK" and recalls[2].due == dt.date(2021, 5, 15)  # the done action is not recalled
    assert recalls_from(record, "city:zwolle", _label) == []  # nothing was answered for Zwolle


def test_only_an_earlier_meeting_is_offered():
    record = record_of(demo_after_meeting(), "/gedeeld/demo.g40pack", 0)
    collection = Collection(records=[record])
    later = Pack(title="najaar", audiences=["ministry:bzk"], meeting=Meeting(date=dt.date(2021, 10, 1)))
    found, recalls = offer(collection, later, "ministry:bzk", _label)
    assert found is record and len(recalls) == 3
    earlier = Pack(title="winter", audiences=["ministry:bzk"], meeting=Meeting(date=dt.date(2021, 1, 5)))
    assert offer(collection, earlier, "ministry:bzk", _label) == (None, [])


def test_the_new_recalls_replace_only_that_audiences_points():
    other = Recall(kind=RecallKind.PROMISE, owner="city:zwolle", ask="demand:wonen-1", label="x", text="blijft")
    old = Recall(kind=RecallKind.PROMISE, owner="ministry:bzk", ask="demand:wonen-3", label="y", text="vervalt")
    pack = Pack(title="t", audiences=["ministry:bzk", "city:zwolle"], lookback=[other, old])
    new = Recall(kind=RecallKind.ACTION, owner="ministry:bzk", ask="demand:wonen-1", label="z", text="nieuw")
    assert [r.text for r in with_lookback(pack, "ministry:bzk", [new])] == ["blijft", "nieuw"]


def _new_pack() -> Pack:
    return Pack(title="Volgend overleg", audiences=["ministry:bzk/minister-vro", "city:zwolle"])


def test_offers_per_audience_with_lines_an_advisor_reads(catalogue):
    held = record_of(demo_after_meeting(), "/gedeeld/voorjaar.g40pack", 1)
    found = offers(Collection(records=[held]), _new_pack(), ask_labels(catalogue), dt.date(2021, 6, 1))
    bzk, zwolle = found
    assert [(r.kind, r.owner) for r in bzk.recalls] == [(RecallKind.PROMISE, "ministry:bzk/minister-vro"),
                                                         (RecallKind.ACTION, "ministry:bzk/minister-vro"),
                                                         (RecallKind.ACTION, "ministry:bzk/minister-vro")]
    assert bzk.line("minister VRO") == ("Terugblik voor minister VRO: 1 toezegging en 2 open acties uit "
                                        "‘Bestuurlijk overleg wonen en klimaat met de minister van BZK’ van 12 maart 2021")
    assert zwolle.record is None and zwolle.line("Zwolle") == "Terugblik voor Zwolle: geen eerder overleg gevonden in de mappen"
    earlier = _new_pack()
    earlier.meeting.date = dt.date(2021, 3, 1)
    assert offers(Collection(records=[held]), earlier, ask_labels(catalogue))[0].record is None  # nothing before it


def test_terugblik_is_the_notes_first_section_and_points_can_be_dropped(catalogue, audiences):
    held = record_of(demo_after_meeting(), "/gedeeld/voorjaar.g40pack", 1)
    pack = _new_pack().model_copy(update={"items": demo_after_meeting().items[:2]})
    pack = pack.model_copy(update={"items": [i.model_copy(update={"outcomes": {}}) for i in pack.items]})
    offer = offers(Collection(records=[held]), pack, ask_labels(catalogue), dt.date(2021, 6, 1))[0]
    changed = edit.set_lookback(pack, offer.audience, offer.recalls)
    assert changed.changes.fields == frozenset({"lookback"}) and len(changed.pack.lookback) == 3
    pack = changed.pack
    blocks = note_blocks(build_briefing(pack, catalogue, audiences, "ministry:bzk/minister-vro"), NoteOptions())
    first = [b.text for b in blocks[:6]]
    assert blocks[2].type == BlockType.DETAILS and first[3] == "Terugblik"
    assert first[4].startswith("Uit het overleg van 12 maart 2021 (Bestuurlijk overleg")
    assert first[5].startswith("Toegezegd: Een snel en breed toegankelijke impulsregeling woningbouw — De minister zegt")
    assert blocks[7].text.startswith("Open actie: Brief met de voorwaarden van de tweede tranche — BZK, uiterlijk 15 mei 2021")
    zwolle = note_blocks(build_briefing(pack, catalogue, audiences, "city:zwolle"), NoteOptions())
    assert "Terugblik" not in [b.text for b in zwolle]  # the minister's points are the minister's
    card = note_blocks(build_briefing(pack, catalogue, audiences, "ministry:bzk/minister-vro"), NoteOptions(form=Form.CARD))
    assert "Terugblik" in [b.text for b in card]
    dropped = edit.drop_recall(pack, 0)
    assert [r.kind for r in dropped.pack.lookback] == [RecallKind.ACTION, RecallKind.ACTION]
    assert dropped.changes.restore(pack, dropped.pack).lookback == pack.lookback  # undo puts it back
    assert edit.drop_recall(pack, 9).pack is pack
    assert edit.set_lookback(pack, offer.audience, []).pack.lookback == []


def test_new_with_ledger_starts_from_the_last_meeting(tmp_path, capsys, catalogue, audiences):
    shared = tmp_path / "gedeeld"
    shared.mkdir()
    save_pack(demo_after_meeting(), shared / "voorjaar.g40pack")
    (shared / "kapot.g40pack").write_text("{", encoding="utf-8")
    path = tmp_path / "nieuw.g40pack"
    assert main(["new", str(path), "--audience", "ministry:bzk", "--demand", "demand:wonen-1", "--ledger", str(shared)]) == 0
    out, err = capsys.readouterr()
    assert "Terugblik voor Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK): 1 toezegging en 2 open acties" in out
    assert "1 bestand(en) in de mappen overgeslagen" in err
    pack = load_pack(path, catalogue, audiences)
    assert [r.owner for r in pack.lookback] == ["ministry:bzk"] * 3
    assert main(["export", str(path), "--docx", str(tmp_path / "n.docx"), "--allow-placeholders"]) == 0
    paragraphs = [p for p in Document(str(tmp_path / "n.docx")).paragraphs]
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Terugblik"
    assert any(p.text.startswith("Open actie: Lijst van projecten die wachten aanleveren — G40-bureau, uiterlijk 1 april 2021")
               for p in paragraphs)
