"""Generated titles and headings name an audience with its article, through one function."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document

from g40desk.cli.commands import main
from g40desk.core.audience.naming import addressed
from g40desk.core.note.blocks import BlockType, note_blocks
from g40desk.core.note.briefing import build_briefing
from g40desk.core.pack.defaults import default_title, retitle
from g40desk.core.pack.duplicate import duplicate_for
from g40desk.core.pack.model import Item, Meeting, NoteOptions, Pack

JETTEN = dt.date(2026, 3, 6)


@pytest.mark.parametrize(("audience_id", "long", "short"), [
    ("city:s-hertogenbosch", "de gemeente 's-Hertogenbosch", "de gemeente 's-Hertogenbosch"),
    ("ministry:bzk", "het ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK)", "het ministerie van BZK"),
    ("ministry:lnv", "het ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur (LVVN)", "het ministerie van LVVN"),
    ("ministry:lnv/minister", "de minister van Landbouw, Visserij, Voedselzekerheid en Natuur (LVVN)",
     "de minister van LVVN"),
    ("ministry:bzk/minister-vro", "de minister voor Volkshuisvesting en Ruimtelijke Ordening (BZK)",
     "de minister voor Volkshuisvesting en Ruimtelijke Ordening"),
    ("ministry:az/minister", "de minister-president, minister van Algemene Zaken (AZ)",
     "de minister-president, minister van Algemene Zaken"),
])
def test_an_audience_in_a_sentence_has_its_article(audiences, audience_id, long, short):
    assert addressed(audiences[audience_id], JETTEN) == long
    assert addressed(audiences[audience_id], JETTEN, short=True) == short


def test_city_roles_and_state_secretaries_read_as_dutch(audiences):
    from g40desk.core.audience.audiences import Role, RoleKind

    zwolle, fin = audiences["city:zwolle"], audiences["ministry:fin"]
    mayor = Role(id="city:zwolle/burgemeester", kind=RoleKind.BURGEMEESTER, person="P. Snijders")
    alderman = Role(id="city:zwolle/wethouder-wonen", kind=RoleKind.WETHOUDER, portfolio="Wonen")
    secretary = Role(id="ministry:fin/staatssecretaris", kind=RoleKind.STAATSSECRETARIS)
    mayor._organisation = alderman._organisation = zwolle
    secretary._organisation = fin
    assert addressed(mayor) == "de burgemeester van Zwolle, P. Snijders"
    assert addressed(mayor, short=True) == "de burgemeester van Zwolle"
    assert addressed(alderman) == "de wethouder Wonen van Zwolle"
    assert addressed(secretary) == "de staatssecretaris van Financiën"


def test_a_new_packs_title(audiences):
    assert default_title(["city:alkmaar"], audiences) == "Briefing voor de gemeente Alkmaar"
    assert default_title(["ministry:lnv"], audiences, JETTEN) == "Briefing voor het ministerie van LVVN"
    assert default_title(["ministry:bzk/minister-vro"], audiences, JETTEN) == (
        "Briefing voor de minister voor Volkshuisvesting en Ruimtelijke Ordening")
    assert default_title(["city:alkmaar", "city:zwolle"], audiences) == "Briefing voor de gemeente {stad}"
    assert default_title(["ministry:bzk", "ministry:fin"], audiences) == "Briefing voor het ministerie van {ministerie_afk}"
    assert default_title(["ministry:bzk/minister-vro", "ministry:fin"], audiences) == "Briefing {ministerie_afk}"
    assert default_title(["city:zwolle", "ministry:fin"], audiences) == "Briefing {stad} – {ministerie_afk}"
    assert default_title([], audiences) == "Nieuwe briefing"


def test_a_copys_title_names_the_new_audience_with_its_article(audiences):
    assert retitle("Briefing voor de gemeente Alkmaar", ["city:alkmaar"], ["ministry:bzk"], audiences) == (
        "Briefing voor het ministerie van BZK")
    assert retitle("Overleg wonen Alkmaar", ["city:alkmaar", "ministry:bzk"], ["city:zwolle", "ministry:bzk"],
                   audiences) == "Overleg wonen Zwolle"
    pack = Pack(title="Briefing voor de gemeente Alkmaar", audiences=["city:alkmaar"])
    assert duplicate_for(pack, "city:s-hertogenbosch", audiences).pack.title == "Briefing voor de gemeente 's-Hertogenbosch"
    assert duplicate_for(pack, "city:zwolle", audiences, replace="").pack.title == "Briefing voor de gemeente {stad}"


def test_the_note_says_for_whom_with_the_article(catalogue, audiences):
    pack = Pack(title="Overleg landbouw", audiences=["ministry:lnv/minister", "ministry:fin"],
                items=[Item(ref="demand:wonen-2")], meeting=Meeting(date=JETTEN))
    subtitles = {a: [b.text for b in note_blocks(build_briefing(pack, catalogue, audiences, a), NoteOptions())
                     if b.type == BlockType.SUBTITLE] for a in pack.audiences}
    assert subtitles == {
        "ministry:lnv/minister": ["Briefing voor de minister van Landbouw, Visserij, Voedselzekerheid en Natuur (LVVN)"],
        "ministry:fin": ["Briefing voor het ministerie van Financiën (Fin)"]}


def test_a_pack_for_several_cities_gets_a_title_the_batch_accepts(tmp_path, capsys):
    pack, out = tmp_path / "p.g40pack", tmp_path / "uit"
    args = ["--audience", "city:alkmaar", "--audience", "city:zwolle", "--audience", "city:heerlen"]
    assert main(["new", str(pack), *args, "--demand", "demand:wonen-1"]) == 0
    assert main(["batch", str(pack), "--out", str(out)]) == 0, capsys.readouterr().err
    notes = {p.name.rsplit("-", 1)[-1]: Document(str(p)) for p in out.glob("*.docx")}
    assert {name: doc.paragraphs[0].text for name, doc in notes.items()} == {
        "alkmaar.docx": "Briefing voor de gemeente Alkmaar", "zwolle.docx": "Briefing voor de gemeente Zwolle",
        "heerlen.docx": "Briefing voor de gemeente Heerlen"}
    assert notes["zwolle.docx"].core_properties.subject.startswith("Briefing voor de gemeente Zwolle")
    assert notes["zwolle.docx"].paragraphs[1].text != "Briefing voor de gemeente Zwolle"  # not said twice
