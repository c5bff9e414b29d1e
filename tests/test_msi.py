"""The MSI for IT (packaging/g40desk.wxs, tools/build_msi.py), built with wixl and read back with msiinfo.

Built here from a small folder shaped like the Windows bundle; tests/test_bundle.py builds one
from the whole Linux bundle too. Installing it needs Windows: the workflow does that.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.system_tools import need_tool

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import build_msi  # noqa: E402  (tools/ is not a package)
from app_icons import ICO_SIZES, ico, render_png  # noqa: E402

UPGRADE_CODE = "{8E0B3C51-4D2A-4F7E-9A40-6C0F4B2E40D5}"


def table(msi: Path, name: str) -> list[dict[str, str]]:
    """Rows of one MSI table, read with msiinfo (first three lines: names, types, table name)."""
    out = subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True, check=True).stdout
    lines = out.decode("utf-8").split("\r\n")  # rows end in CR LF; a value may hold a bare LF
    columns = lines[0].split("\t")
    return [dict(zip(columns, line.split("\t"), strict=True)) for line in lines[3:] if line]


def stage(folder: Path) -> Path:
    """A folder laid out like dist\\g40desk on Windows, with a name that needs a long file name."""
    (folder / "_internal" / "g40desk" / "data").mkdir(parents=True)
    (folder / "g40desk.exe").write_bytes(b"MZ editor")
    (folder / "g40desk-cli.exe").write_bytes(b"MZ console")
    (folder / "_internal" / "python311.dll").write_bytes(b"MZ" + b"x" * 5000)
    (folder / "_internal" / "g40desk" / "THIRD-PARTY-NOTICES.txt").write_text("licenties", encoding="utf-8")
    (folder / "_internal" / "g40desk" / "data" / "g40-strategische-agenda 2019-2022.json").write_text("{}")
    return folder


@pytest.fixture(scope="module")
def icon(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("icon") / "g40desk.ico"
    path.write_bytes(ico({size: render_png(size) for size in ICO_SIZES}))
    return path


@pytest.fixture(scope="module")
def msi(tmp_path_factory, icon) -> Path:
    need_tool("wixl", "msibuild", "msiinfo")
    folder = tmp_path_factory.mktemp("msi")
    return build_msi.build(stage(folder / "g40desk"), folder / "out" / "g40desk.msi", "1.2.3", icon)


def test_installs_per_machine_into_program_files(msi):
    properties = {row["Property"]: row["Value"] for row in table(msi, "Property")}
    assert properties["ALLUSERS"] == "1"
    assert (properties["ProductName"], properties["ProductVersion"], properties["Manufacturer"]) == (
        "g40desk", "1.2.3", "Stedennetwerk G40")
    assert properties["UpgradeCode"] == UPGRADE_CODE
    directories = {row["Directory"]: row for row in table(msi, "Directory")}
    assert directories["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    assert directories["INSTALLDIR"]["DefaultDir"] == "g40desk"
    info = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True, check=True).stdout
    assert "Template: x64;" in info  # a 64-bit package: Program Files, not Program Files (x86)


def test_every_file_of_the_bundle_is_in_it(msi):
    files = {row["FileName"].split("|")[-1]: row for row in table(msi, "File")}
    assert set(files) == {"g40desk.exe", "g40desk-cli.exe", "python311.dll", "THIRD-PARTY-NOTICES.txt",
                          "g40-strategische-agenda 2019-2022.json"}
    assert files["python311.dll"]["FileSize"] == "5002"
    components = {row["Component"]: row for row in table(msi, "Component")}
    assert all(row["Attributes"] == "256" for key, row in components.items() if key.startswith("c"))  # 64-bit


def test_a_newer_version_replaces_this_one_completely_and_an_older_refuses(msi):
    upgrade = {row["ActionProperty"]: row for row in table(msi, "Upgrade")}
    assert {row["UpgradeCode"] for row in upgrade.values()} == {UPGRADE_CODE}
    older = upgrade["OLDERVERSIONFOUND"]
    assert (older["VersionMin"], older["VersionMax"], older["Attributes"]) == ("0.0.0", "1.2.3", "768")  # both ends
    newer = upgrade["NEWERVERSIONFOUND"]
    assert (newer["VersionMin"], newer["Attributes"]) == ("1.2.3", "2")  # detect only, above this version
    conditions = {row["Condition"]: row["Description"] for row in table(msi, "LaunchCondition")}
    assert "nieuwere versie" in conditions["NOT NEWERVERSIONFOUND"]
    sequence = {row["Action"]: int(row["Sequence"]) for row in table(msi, "InstallExecuteSequence")}
    # The old version is removed before anything of the new one is installed: no stale _internal files.
    assert sequence["InstallValidate"] < sequence["RemoveExistingProducts"] < sequence["InstallInitialize"]


def test_start_menu_entry_and_g40pack_association(msi):
    [shortcut] = table(msi, "Shortcut")
    assert (shortcut["Directory_"], shortcut["Name"], shortcut["Target"]) == (
        "ProgramMenuFolder", "g40desk", "[INSTALLDIR]g40desk.exe")
    registry = {(row["Key"], row["Name"]): row["Value"] for row in table(msi, "Registry") if row["Root"] == "2"}
    assert registry[(r"Software\Classes\.g40pack", "")] == "g40desk.pack"
    assert registry[(r"Software\Classes\g40desk.pack\shell\open\command", "")] == '"[INSTALLDIR]g40desk.exe" "%1"'
    assert registry[(r"Software\Classes\g40desk.pack\DefaultIcon", "")] == "[INSTALLDIR]g40desk.exe,0"
    assert registry[(r"Software\Stedennetwerk G40\g40desk", "Version")] == "1.2.3"
    assert registry[(r"Software\Stedennetwerk G40\g40desk", "InstallDir")] == "[INSTALLDIR]"


def test_machine_wide_defaults_come_from_the_command_line_and_survive_upgrades(msi):
    registry = {(row["Key"], row["Name"]): row["Value"] for row in table(msi, "Registry")}
    assert registry[(r"Software\Stedennetwerk G40\g40desk", "AgendaFolders")] == "[AGENDAFOLDERS]"
    assert registry[(r"Software\Stedennetwerk G40\g40desk", "HouseTemplate")] == "[HOUSETEMPLATE]"
    # Not given again at an upgrade: the value already in HKLM is read back (AppSearch) and kept.
    searches = {row["Property"]: row["Signature_"] for row in table(msi, "AppSearch")}
    locators = {row["Signature_"]: row for row in table(msi, "RegLocator")}
    for prop, value in (("AGENDAFOLDERS", "AgendaFolders"), ("HOUSETEMPLATE", "HouseTemplate")):
        locator = locators[searches[prop]]
        assert (locator["Root"], locator["Name"], int(locator["Type"]) & 0x10) == ("2", value, 0x10)  # 64-bit view
    secure = {row["Property"]: row["Value"] for row in table(msi, "Property")}["SecureCustomProperties"]
    assert {"AGENDAFOLDERS", "HOUSETEMPLATE", "OLDERVERSIONFOUND", "NEWERVERSIONFOUND"} <= set(secure.split(";"))


def test_versions_windows_installer_can_hold():
    assert build_msi.msi_version("0.1.0") == "0.1.0"
    assert build_msi.msi_version("2.3") == "2.3.0"
    assert build_msi.msi_version("0.2.0rc1") == "0.2.0"
    for bad in ("banana", "256.0.0", "1.2.70000"):
        with pytest.raises(build_msi.MsiError):
            build_msi.msi_version(bad)


def test_a_folder_that_is_not_a_windows_bundle_is_refused_in_one_line(tmp_path, icon, capsys):
    need_tool("wixl", "msibuild")
    (tmp_path / "g40desk").mkdir()
    (tmp_path / "g40desk" / "g40desk").write_bytes(b"\x7fELF")
    assert build_msi.main([str(tmp_path / "g40desk"), str(tmp_path / "x.msi"), "--icon", str(icon)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "g40desk.exe, g40desk-cli.exe ontbreekt" in err
    assert not list(tmp_path.glob("*.msi*"))
