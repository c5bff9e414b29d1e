"""Machine-wide defaults from HKLM (core/files/machine.py), simulated here: no registry on Linux."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from g40desk.core.files import machine
from g40desk.core.files.machine import KEYS, MachineDefaults, machine_defaults

POLICY, PLAIN = KEYS


def reader(values: dict[tuple[str, str], object]):
    return lambda key, name: values.get((key, name))


def test_folders_and_template_from_the_msi_key():
    found = machine_defaults(reader({(PLAIN, "AgendaFolders"): r"\\fs01\g40\agenda; H:\agenda ;",
                                     (PLAIN, "HouseTemplate"): r"\\fs01\g40\huisstijl.dotx"}))
    assert found == MachineDefaults((Path(r"\\fs01\g40\agenda"), Path(r"H:\agenda")), Path(r"\\fs01\g40\huisstijl.dotx"))


def test_group_policy_wins_and_multi_string_values_work():
    found = machine_defaults(reader({(POLICY, "AgendaFolders"): [r"\\gpo\agenda", ""], (PLAIN, "AgendaFolders"): "x",
                                     (POLICY, "HouseTemplate"): "  ", (PLAIN, "HouseTemplate"): r"C:\t.dotx"}))
    assert found.agenda_folders == (Path(r"\\gpo\agenda"),)
    assert found.house_template == Path(r"C:\t.dotx")  # an empty policy value does not hide the other key


def test_nothing_set_means_no_defaults():
    assert machine_defaults(reader({})) == MachineDefaults()
    assert machine_defaults(reader({(PLAIN, "AgendaFolders"): "", (PLAIN, "HouseTemplate"): ""})) == MachineDefaults()


@pytest.mark.skipif(sys.platform == "win32", reason="the registry itself is there")
def test_other_systems_have_no_machine_store():
    assert machine_defaults() == MachineDefaults()


def test_the_registry_is_read_in_its_64_bit_view_with_variables_expanded(monkeypatch):
    """winreg itself replaced by a stand-in that records how it is called."""
    calls = []
    values = {(POLICY, "HouseTemplate"): (r"%PUBLIC%\huisstijl.dotx", 2), (PLAIN, "AgendaFolders"): ("D:\\a;E:\\b", 1)}

    class Key:
        def __init__(self, key):
            self.key = key

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def open_key(root, key, reserved, access):
        calls.append((root, key, access))
        if not any(k == key for k, _ in values):
            raise FileNotFoundError(key)
        return Key(key)

    def query(handle, name):
        if (handle.key, name) not in values:
            raise FileNotFoundError(name)
        return values[(handle.key, name)]

    fake = types.SimpleNamespace(HKEY_LOCAL_MACHINE="HKLM", KEY_READ=1, KEY_WOW64_64KEY=256, REG_SZ=1,
                                 REG_EXPAND_SZ=2, OpenKey=open_key, QueryValueEx=query,
                                 ExpandEnvironmentStrings=lambda text: text.replace("%PUBLIC%", r"C:\Users\Public"))
    monkeypatch.setitem(sys.modules, "winreg", fake)
    found = machine_defaults(machine.read_registry)
    assert found == MachineDefaults((Path("D:\\a"), Path("E:\\b")), Path(r"C:\Users\Public\huisstijl.dotx"))
    assert {access for _, _, access in calls} == {257} and {root for root, _, _ in calls} == {"HKLM"}
    assert machine.read_registry(r"SOFTWARE\Nothing", "AgendaFolders") is None


def test_the_agenda_library_and_the_commands_use_the_machine_defaults(monkeypatch, tmp_path, capsys):
    from g40desk.cli.commands import main
    from g40desk.core.agenda.library import AgendaLibrary, shared_dirs_from_env

    monkeypatch.setenv("G40DESK_AGENDA_PATH", str(tmp_path / "env"))
    template = tmp_path / "huisstijl.dotx"
    monkeypatch.setattr(machine, "machine_defaults",
                        lambda read=None: MachineDefaults((tmp_path / "it", tmp_path / "env"), template))
    assert shared_dirs_from_env() == [tmp_path / "env", tmp_path / "it"]
    assert AgendaLibrary().shared == [tmp_path / "env", tmp_path / "it"]
    assert main(["demo", str(tmp_path / "demo")]) == 0
    capsys.readouterr()
    # The export reaches for the machine's house template (absent here, so it says so in one line).
    assert main(["export", str(tmp_path / "demo" / "demo.g40pack"), "--docx", str(tmp_path / "n.docx")]) == 1
    err = capsys.readouterr().err
    assert "huisstijl.dotx" in err and err.count("\n") == 1
    assert not (tmp_path / "n.docx").exists()



def test_ledger_folders_come_from_the_same_keys():
    found = machine_defaults(reader({(POLICY, "LedgerFolders"): r"\\fs01\g40\pakketten;P:\g40"}))
    assert found.ledger_folders == (Path(r"\\fs01\g40\pakketten"), Path(r"P:\g40")) and found.agenda_folders == ()
