"""Invisible characters that change how text shows are named with their field and kept as typed (issue 21)."""

from __future__ import annotations

from docx import Document

from g40desk.cli.commands import main
from g40desk.core.note.invisible import invisible, invisible_warnings
from g40desk.core.pack.model import Item, Pack
from g40desk.core.pack.storage import save_pack

RLO, PDF, ZWSP, ZWJ, LRM = "\u202e", "\u202c", "\u200b", "\u200d", "\u200e"


def test_overrides_and_zero_width_characters_are_found_where_they_are():
    assert invisible(f"Overleg {RLO}7202{PDF}") == [(8, "rechts-naar-links-omkering (U+202E)"),
                                                   (13, "einde van de richtingsopmaak (U+202C)")]
    assert invisible(f"mi{ZWSP}nister") == [(2, "nulbreedte-spatie (U+200B)")]
    assert invisible(f"a{ZWJ}b") == [(1, "nulbreedte-verbinder (U+200D)")]  # between Latin letters: pasted


def test_what_is_written_on_purpose_is_left_alone():
    assert invisible(f"gezin 👨{ZWJ}👩{ZWJ}👧") == []  # an emoji sequence
    assert invisible(f"بناء {LRM}المساكن — woningbouw") == []  # a direction mark in right-to-left text
    assert invisible("🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f") == []  # England's flag
    assert invisible("geheim\U000e0068\U000e0069") != []  # tag characters hiding text
    assert invisible("woning\u00adbouw") == []  # a soft hyphen


def test_each_field_is_named_and_the_internal_note_is_not_checked():
    pack = Pack(title=f"Overleg {RLO}7202", audiences=["city:zwolle"],
                items=[Item(ref="demand:wonen-1", context=f"wo{ZWSP}ning", note=f"intern {RLO}")])
    lines = invisible_warnings(pack)
    assert [line.split(" bevat ")[0] for line in lines] == ["veld 'title'", "veld 'items[0].context'"]
    assert "bevat 1 onzichtbaar teken (rechts-naar-links-omkering (U+202E);" in lines[0]
    assert "het eerste op teken 9" in lines[0] and "Haal ze weg als u ze niet bewust hebt getypt" in lines[0]


def test_the_note_keeps_the_title_as_typed_and_the_command_line_warns(tmp_path, capsys):
    title = f"Overleg {RLO}7202 gelrevO{PDF} met de mi{ZWSP}nister"
    pack = tmp_path / "p.g40pack"
    save_pack(Pack(title=title, audiences=["city:zwolle"], items=[Item(ref="demand:wonen-1")]), pack)
    assert main(["export", str(pack), "--docx", str(tmp_path / "n.docx")]) == 0
    err = capsys.readouterr().err
    assert "g40desk: waarschuwing: veld 'title' bevat 3 onzichtbare tekens (rechts-naar-links-omkering (U+202E)" in err
    note = Document(str(tmp_path / "n.docx"))
    assert note.core_properties.title == title and note.paragraphs[0].text == title
