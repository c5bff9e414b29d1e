"""Every command end to end, in-process through main() and once as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from g40desk.cli import editor as cli
from g40desk.cli.commands import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_catalogue_json(capsys):
    code, out, _ = run(capsys, "catalogue", "--json")
    rows = json.loads(out)
    assert code == 0
    by_id = {r["id"]: r for r in rows}
    assert by_id["demand:wonen-1"]["kind"] == "demand" and by_id["demand:wonen-1"]["parent"] == "theme:wonen"
    assert by_id["demand:wonen-1"]["ministries"] == ["ministry:bzk"]
    assert by_id["theme:wonen"]["title"] == "Betaalbaar wonen in leefbare wijken"
    assert {r["kind"] for r in rows} >= {"core_message", "theme", "goal", "demand", "key_figure"}
    assert all(r.get("title") or r.get("text") for r in rows)


def test_catalogue_text_listing(capsys):
    code, out, _ = run(capsys, "catalogue")
    assert code == 0 and "  theme:klimaat  Aan de slag voor het klimaat" in out


def test_audiences_json(capsys):
    code, out, _ = run(capsys, "audiences", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 53
    assert {"id": "city:s-hertogenbosch", "kind": "city", "name": "'s-Hertogenbosch"}.items() <= rows[23].items()
    assert any(r["id"] == "ministry:bzk" and r["kind"] == "ministry" for r in rows)


def test_new_then_export(tmp_path, capsys):
    pack = tmp_path / "zwolle.g40pack"
    code, out, err = run(capsys, "new", str(pack), "--audience", "city:zwolle", "--theme", "theme:wonen",
                         "--demand", "demand:klimaat-9", "--title", "Overleg {stad}")
    assert code == 0, err
    data = json.loads(pack.read_text(encoding="utf-8"))
    assert data["audiences"] == ["city:zwolle"]
    # The verhuurderheffing demand is partly outdated: left out of the theme, and said so.
    assert [i["ref"] for i in data["items"]] == ["theme:wonen"] + [f"demand:wonen-{n}" for n in (1, 2, 4, 5)] + ["demand:klimaat-9"]
    assert "weggelaten" in err and "demand:wonen-3" in err and "--include-outdated" in err
    before = pack.read_bytes()
    code, out, err = run(capsys, "export", str(pack), "--docx", str(tmp_path / "n.docx"), "--xlsx", str(tmp_path / "m.xlsx"))
    assert code == 0, err
    assert pack.read_bytes() == before  # input never modified
    assert Document(tmp_path / "n.docx").paragraphs[0].text == "Overleg Zwolle"
    assert load_workbook(tmp_path / "m.xlsx")["Matrix"]["A4"].value == "demand:wonen-1"


def test_outdated_ask_is_refused_until_kept_with_a_reason_and_then_marked(tmp_path, capsys):
    pack = tmp_path / "wonen.g40pack"
    code, _, err = run(capsys, "new", str(pack), "--audience", "city:zwolle", "--theme", "theme:wonen",
                       "--include-outdated")
    assert code == 0 and "demand:wonen-3" in [i["ref"] for i in json.loads(pack.read_text(encoding="utf-8"))["items"]]
    assert "let op" in err and "g40desk keep" in err
    note = tmp_path / "n.docx"
    code, _, err = run(capsys, "export", str(pack), "--docx", str(note))
    assert code == 1 and not note.exists()
    lines = [line for line in err.splitlines() if "achterhaald" in line]
    assert len(lines) == 1 and "demand:wonen-3" in lines[0] and "deels achterhaald sinds 1 januari 2023" in lines[0]
    code, out, _ = run(capsys, "keep", str(pack), "demand:wonen-3", "--reason", "De ATAD-vrijstelling blijft nodig.")
    assert code == 0 and "De ATAD-vrijstelling blijft nodig." in out
    assert run(capsys, "export", str(pack), "--docx", str(note))[0] == 0
    text = [p.text for p in Document(note).paragraphs]
    assert "Let op: Deels achterhaald sinds 1 januari 2023 — De ATAD-vrijstelling blijft nodig." in text
    code, _, err = run(capsys, "keep", str(pack), "demand:wonen-1", "--reason", "x")
    assert code == 1 and "niet achterhaald" in err


def test_new_takes_the_meeting_date_as_people_type_it(tmp_path, capsys):
    pack = tmp_path / "bzk.g40pack"
    code, _, err = run(capsys, "new", str(pack), "--audience", "ministry:bzk", "--theme", "theme:wonen",
                       "--date", "14 oktober 2025")
    assert code == 0, err
    data = json.loads(pack.read_text(encoding="utf-8"))
    assert data["meeting"]["date"] == "2025-10-14" and data["title"] == "Briefing voor het ministerie van BZK"
    # The date decides the addressee: in October 2025 housing is VRO's, so the BZK card is told so.
    card = tmp_path / "bzk-kaart.docx"
    code, out, err = run(capsys, "export", str(pack), "--docx", str(card), "--form", "card")
    assert code == 0 and "op 14 oktober 2025 gericht aan BZK" in err
    assert out.splitlines() == [f"{card}: gesprekskaart voor Ministerie van Binnenlandse Zaken en Koninkrijksrelaties "
                                "(BZK), van ongeveer 1 pagina"]  # one line, and it says card, not note


@pytest.mark.parametrize("typed", ["31-02-2025", "morgen", "2025-13-01"])
def test_new_refuses_a_date_it_does_not_understand(tmp_path, capsys, typed):
    pack = tmp_path / "p.g40pack"
    code, _, err = run(capsys, "new", str(pack), "--audience", "city:zwolle", "--date", typed)
    assert code == 1 and not pack.exists()
    assert err.strip() == f"g40desk: veld '--date': '{typed}' is geen datum; schrijf bv. 14-10-2025 of '14 oktober 2025'"


def test_new_refuses_to_overwrite(tmp_path, capsys):
    pack = tmp_path / "p.g40pack"
    pack.write_text("mine")
    code, _, err = run(capsys, "new", str(pack), "--audience", "city:zwolle")
    assert code == 1 and "bestaat al" in err and pack.read_text() == "mine"


def test_demo_writes_pack_notes_and_matrix(tmp_path, capsys):
    code, out, _ = run(capsys, "demo", str(tmp_path / "demo"))
    assert code == 0
    names = sorted(p.name for p in (tmp_path / "demo").iterdir())
    assert names == ["demo-matrix.xlsx", "demo-notitie-bzk.docx", "demo-notitie-zwolle.docx", "demo.g40pack"]


def test_export_card_for_chosen_audience(tmp_path, capsys):
    run(capsys, "demo", str(tmp_path))
    code, out, err = run(capsys, "export", str(tmp_path / "demo.g40pack"), "--docx", str(tmp_path / "c.docx"),
                         "--form", "card", "--audience", "city:zwolle")
    assert code == 0, err
    headings = [p.text for p in Document(tmp_path / "c.docx").paragraphs if p.style.name.startswith("Heading")]
    assert headings == ["Vragen en gesprekspunten"]


@pytest.mark.parametrize("argv, message", [
    (["export", "missing.g40pack", "--docx", "x.docx"], "missing.g40pack: het bestand bestaat niet"),
    (["new", "p.g40pack", "--audience", "city:atlantis"], "veld 'audiences[0]': onbekende doelgroep 'city:atlantis'"),
    (["new", "p.g40pack", "--audience", "city:zwolle", "--theme", "demand:wonen-1"], "geen thema"),
])
def test_errors_are_one_line_without_traceback(tmp_path, capsys, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *argv)
    assert code == 1
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_export_into_missing_folder_leaves_nothing(tmp_path, capsys):
    run(capsys, "demo", str(tmp_path))
    code, _, err = run(capsys, "export", str(tmp_path / "demo.g40pack"), "--docx", str(tmp_path / "nope" / "n.docx"))
    assert code == 1 and "de map bestaat niet" in err


def test_real_process_without_display_says_so(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    if not sys.platform.startswith("linux"):
        pytest.skip("display detection is for X11/Wayland")
    result = subprocess.run([sys.executable, "-m", "g40desk"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "geen beeldscherm" in result.stderr and "Traceback" not in result.stderr
    result = subprocess.run([sys.executable, "-m", "g40desk", "catalogue", "--json"], env=env,
                            capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert result.returncode == 0 and json.loads(result.stdout)[0]["id"] == "section:inleiding"


def test_missing_x11_library_is_explained_instead_of_a_qt_abort(monkeypatch, capsys):
    import ctypes.util

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None if name == "xcb-cursor" else f"lib{name}.so")
    monkeypatch.setattr(cli, "_plugin_loads", lambda plugin: False)  # as on a system that lacks a library
    monkeypatch.setattr(cli, "_ldd_missing", lambda plugin: None)  # a system without ldd: names are looked up
    code, out, err = run(capsys)
    assert code == 2 and "libxcb-cursor.so.0 ontbreekt" in err and "apt install libxcb-cursor0)" in err
    assert len(err.strip().splitlines()) == 1


def test_every_library_of_the_x11_plugin_is_checked_with_ldd(monkeypatch, capsys, tmp_path):
    """libxcb-icccm4 and libxcb-keysyms1 missing made Qt abort although the old check passed."""
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    ldd = tmp_path / "ldd"
    ldd.write_text("#!/bin/sh\n"
                   "printf '\\tlinux-vdso.so.1 (0x00007ffd)\\n'\n"
                   "printf '\\tlibQt6XcbQpa.so.6 => /opt/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)\\n'\n"
                   "printf '\\tlibxcb-icccm.so.4 => not found\\n'\n"
                   "printf '\\tlibxcb-keysyms.so.1 => not found\\n'\n"
                   "printf '\\tlibxcb-icccm.so.4 => not found\\n'\n"
                   "printf '\\tlibxkbcommon-x11.so.0 => not found\\n'\n")
    ldd.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(cli, "_plugin_loads", lambda plugin: False)  # as on a system that lacks a library
    code, out, err = run(capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1, libxkbcommon-x11.so.0 ontbreken" in err
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0)" in err



@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's X11 plugin")
def test_x11_check_runs_no_ldd_when_the_plugin_loads(monkeypatch):
    """The usual start: the plugin loads, so the 15-35 ms ldd run is skipped; a plugin that does
    not load (a library missing) still goes to ldd for the full list."""
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    asked = []
    monkeypatch.setattr(cli, "_ldd_missing", lambda plugin: asked.append(plugin) or [])
    assert cli._xcb_plugin() is not None and cli._plugin_loads(cli._xcb_plugin())
    assert cli._missing_qt_libraries() == [] and asked == []
    assert not cli._plugin_loads(Path("/nonexistent/libqxcb.so"))
    monkeypatch.setattr(cli, "_plugin_loads", lambda plugin: False)
    assert cli._missing_qt_libraries() == [] and asked == [cli._xcb_plugin()]


def test_command_names_known_at_start_match_the_parsers():
    """main() tells a subcommand from a pack path by name before building the parsers: the list must be complete."""
    from g40desk.cli.commands import COMMANDS, _parser

    sub = next(a for a in _parser()._actions if a.dest == "command")
    assert sorted(sub.choices) == sorted(COMMANDS)


def test_cell_limit_warning_keeps_file_and_field_names_as_they_are(tmp_path, capsys):
    """Only the counts get Dutch thousands separators; '_' in a file or field name stays '_'."""
    from g40desk.core.pack.model import Item, Pack
    from g40desk.core.pack.storage import save_pack

    pack = tmp_path / "overleg_zwolle_v2.g40pack"
    save_pack(Pack(title="T", audiences=["city:zwolle"], items=[Item(ref="demand:wonen-1", talking_points=["x" * 40_000])]),
              pack)
    assert main(["export", str(pack), "--xlsx", str(tmp_path / "m.xlsx")]) == 0
    err = capsys.readouterr().err
    assert (f"g40desk: waarschuwing: {pack}: veld 'items[0].talking_points[0]' heeft 40.000 tekens; een Excel-cel "
            "houdt er hooguit 32.767") in err
