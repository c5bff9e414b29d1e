"""`g40desk agenda list|show|import` and `g40desk review`, end to end through main()."""

from __future__ import annotations

import json

from g40desk.cli.commands import main
from g40desk.core.agenda.catalogue import BUILTIN_ID
from g40desk.core.pack.model import SCHEMA_VERSION


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _old_pack(tmp_path):
    path = tmp_path / "oud.g40pack"
    path.write_text(json.dumps({"title": "T", "audiences": ["city:zwolle"],
                                "items": [{"ref": "demand:klimaat-2"}, {"ref": "demand:wonen-1"}]}), encoding="utf-8")
    return path


def test_agenda_list_and_show(capsys):
    code, out, _ = run(capsys, "agenda", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and rows[0]["id"] == BUILTIN_ID and rows[0]["read_only"]
    code, out, _ = run(capsys, "agenda", "show")
    assert code == 0 and "demand:klimaat-2" in out and "deels achterhaald" in out


def test_agenda_show_json_and_catalogue_json_give_every_text(capsys, catalogue):
    _, out, _ = run(capsys, "agenda", "show", "--json", BUILTIN_ID)
    agenda = json.loads(out)
    assert (agenda["id"], agenda["version"]) == (BUILTIN_ID, 2)
    _, out, _ = run(capsys, "catalogue", "--json")
    rows = {r["id"]: r for r in json.loads(out)}
    assert rows == {r["id"]: r for r in agenda["entries"]}
    assert rows["section:inleiding"]["closing"] == catalogue["section:inleiding"].node.closing
    assert rows["message:goed-bestuur"]["paragraphs"] == catalogue["message:goed-bestuur"].node.paragraphs


def test_review_exits_1_until_decided(tmp_path, capsys):
    pack = _old_pack(tmp_path)
    code, out, _ = run(capsys, "review", str(pack))
    assert code == 1 and "[achterhaald] demand:klimaat-2" in out and "versie 1" in out
    code, _, err = run(capsys, "export", str(pack), "--docx", str(tmp_path / "n.docx"))
    assert code == 1 and "review" in err and "achterhaald" in err  # an outdated ask needs a reason first
    code, out, _ = run(capsys, "review", str(pack), "--keep-all")
    assert code == 0 and "1 beslissingen opgeslagen" in out
    assert run(capsys, "keep", str(pack), "demand:klimaat-2", "--reason", "ATAD-vrijstelling")[0] == 0
    code, _, err = run(capsys, "export", str(pack), "--docx", str(tmp_path / "n.docx"))
    assert code == 0
    code, out, _ = run(capsys, "review", str(pack))
    assert code == 0 and "Niets te beslissen" in out


def test_review_against_unknown_agenda_is_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "review", str(_old_pack(tmp_path)), "--agenda", "bestaat-niet")
    assert code == 1 and err.count("\n") == 1 and "g40desk agenda list" in err


def test_new_pack_records_its_agenda(tmp_path, capsys):
    path = tmp_path / "n.g40pack"
    assert run(capsys, "new", str(path), "--audience", "city:zwolle", "--demand", "demand:wonen-1")[0] == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION and data["agenda"]["id"] == BUILTIN_ID
    assert data["agenda"]["texts"]["demand:wonen-1"].startswith("Een snel en breed toegankelijke impulsregeling")
    assert run(capsys, "review", str(path))[0] == 0


def test_agenda_import_writes_a_file_that_packs_can_use(tmp_path, capsys, catalogue):
    from g40desk.export.agenda_docx import write_agenda_docx

    source, out = tmp_path / "agenda.docx", tmp_path / "nieuw.json"
    write_agenda_docx(catalogue, source)
    code, stdout, _ = run(capsys, "agenda", "import", str(source), "--out", str(out), "--id", "g40-kopie",
                          "--date", "2026-01-15")
    assert code == 0 and "= demand:wonen-1" in stdout and "(0 om na te kijken)" in stdout
    code, stdout, _ = run(capsys, "agenda", "show", str(out), "--json")
    agenda = json.loads(stdout)
    assert (agenda["id"], agenda["version"], agenda["date"]) == ("g40-kopie", 1, "2026-01-15")
    assert agenda["based_on"] == {"id": BUILTIN_ID, "version": 2}
    pack = tmp_path / "p.g40pack"
    assert run(capsys, "new", str(pack), "--audience", "city:zwolle", "--agenda", str(out), "--theme", "theme:wonen")[0] == 0
    assert json.loads(pack.read_text(encoding="utf-8"))["agenda"]["id"] == "g40-kopie"


def test_agenda_import_of_a_bad_document_writes_nothing(tmp_path, capsys):
    source, out = tmp_path / "agenda.docx", tmp_path / "nieuw.json"
    source.write_bytes(b"PK\x03\x04 kapot")
    code, stdout, err = run(capsys, "agenda", "import", str(source), "--out", str(out))
    assert code == 1 and err.count("\n") == 1 and str(source) in err and not out.exists()
    code, _, err = run(capsys, "agenda", "show", str(source))
    assert code == 1 and err.count("\n") == 1


def test_agenda_import_check_only_reports(tmp_path, capsys, catalogue):
    from tests.importers.agenda_documents import typed

    source = typed(tmp_path / "nieuw.docx")
    code, stdout, _ = run(capsys, "agenda", "import", str(source), "--check")
    assert code == 0 and "+ demand:wonen-6  (nieuw)" in stdout and "niets geschreven" in stdout
    assert "! geen ministerie bekend" in stdout.replace("  ! ", "! ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nieuw.docx"]
    code, _, err = run(capsys, "agenda", "import", str(source))
    assert code == 1 and "--check" in err
