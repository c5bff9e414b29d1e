"""The command talks Dutch, refuses a mistyped command in one line, and prints UTF-8 on Windows."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from g40desk.cli.commands import COMMANDS, main
from g40desk.cli.console import configure_output, dutch_message

ENGLISH = re.compile(r"\b(usage|options|positional arguments|show this help|show program's|required|"
                     r"invalid choice|expected|unrecognized|argument)\b", re.IGNORECASE)


def _help(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as stop:
        main([*argv, "--help"])
    assert stop.value.code == 0
    return capsys.readouterr().out


def test_help_of_the_command_and_every_sub_command_is_dutch(capsys):
    text = _help(capsys)
    assert text.startswith("Gebruik: g40desk") and "\nOpties:\n" in text and "toon deze hulp en stop" in text
    assert "toon het versienummer en stop" in text
    for command in [*COMMANDS, "agenda list", "agenda show", "agenda import"]:
        text = _help(capsys, *command.split())
        assert text.startswith(f"Gebruik: g40desk {command}"), command
        english = [m.group(0) for m in ENGLISH.finditer(text) if m.group(0) != "argument"]
        assert english == [], f"{command}: {english}"


def test_a_mistyped_command_is_refused_in_one_line_with_a_suggestion(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("g40desk.cli.commands.start_gui", lambda argv: pytest.fail("the editor started"))
    assert main(["expotr", "p.g40pack", "--docx", "x.docx"]) == 2
    err = capsys.readouterr().err
    assert err == "g40desk: 'expotr' is geen opdracht en geen bestand; bedoelde u 'export'? (meer: g40desk --help)\n"
    assert main(["agnda"]) == 2 and "bedoelde u 'agenda'?" in capsys.readouterr().err
    assert main(["zzz"]) == 2 and "de opdrachten zijn: catalogue, audiences" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_a_pack_a_path_or_an_option_still_starts_the_editor(monkeypatch, tmp_path):
    started = []
    monkeypatch.setattr("g40desk.cli.commands.start_gui", lambda argv: started.append(argv) or 0)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes").mkdir()
    (tmp_path / "Zwolle").write_text("{}", encoding="utf-8")  # a pack saved without its extension
    for argv in (["zwolle.G40PACK"], ["notes/nieuw.g40pack"], ["Zwolle"], ["-style", "fusion"], []):
        assert main(argv) == 0
    assert started == [["zwolle.G40PACK"], ["notes/nieuw.g40pack"], ["Zwolle"], ["-style", "fusion"], []]


def test_argparse_errors_are_dutch_and_one_line(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["export"])
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert err == "g40desk export: deze argumenten ontbreken: PAKKET (meer: g40desk export --help)\n"
    with pytest.raises(SystemExit):
        main(["export", "p.g40pack", "--form", "kaart"])
    assert "ongeldige keuze 'kaart' (kies uit 'note', 'card')" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["catalogue", "--jsn"])
    assert "onbekende argumenten: --jsn" in capsys.readouterr().err
    assert dutch_message("something argparse says one day") == "something argparse says one day"


def _stream(encoding: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding=encoding, newline="")


def test_windows_output_is_reconfigured_to_utf8():
    """Windows gives a pipe or a redirected file the ANSI code page (cp1252): 'financiële' and '€' survive in UTF-8."""
    out, err = _stream("cp1252"), _stream("utf-8")
    configure_output([out, err], platform="win32")
    assert out.encoding == "utf-8" and err.encoding == "utf-8"
    out.write("financiële compensatie € 5 mln → ≥ 2 ✓\n")
    out.flush()
    assert out.buffer.getvalue().decode("utf-8") == "financiële compensatie € 5 mln → ≥ 2 ✓\n"
    other = _stream("cp1252")
    configure_output([other], platform="linux")  # elsewhere the locale decides, as usual ...
    assert other.encoding == "cp1252"
    other.write("→ ë\n")  # ... but a character it lacks is no reason to stop
    other.flush()
    assert other.buffer.getvalue() == "? ë\n".encode("cp1252")


def test_the_real_command_survives_an_output_encoding_without_curly_quotes():
    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "PYTHONUTF8": "0"}
    result = subprocess.run([sys.executable, "-m", "g40desk", "catalogue"], capture_output=True, env=env,
                            cwd=Path(__file__).parents[2])
    assert result.returncode == 0, result.stderr  # the agenda has ‘quotes’ latin-1 cannot hold
    assert "financiële".encode("latin-1") in result.stdout or b"?" in result.stdout
    assert "Gebruik:" in subprocess.run([sys.executable, "-m", "g40desk", "--help"], capture_output=True,
                                        text=True).stdout
