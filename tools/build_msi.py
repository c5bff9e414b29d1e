"""Build the per-machine MSI from a built Windows bundle with wixl (msitools), on Linux or Windows.

    python tools/build_msi.py dist/g40desk dist/g40desk-0.1.0-windows-x64.msi [--version 0.1.0] [--icon g40desk.ico]

packaging/g40desk.wxs holds what IT cares about (per-machine into Program Files, the upgrade
code, the Start-menu entry, the .g40pack association, the machine-wide defaults); this tool
adds every file of the bundle folder as one component each (files.wxs) and runs wixl.
docs/deploy.md explains the result; tests/test_msi.py checks its tables with msiinfo.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parents[1]
WXS = ROOT / "packaging" / "g40desk.wxs"
NS = "http://schemas.microsoft.com/wix/2006/wi"
REQUIRED = ("g40desk.exe", "g40desk-cli.exe")
UPGRADE_CODE = "{8E0B3C51-4D2A-4F7E-9A40-6C0F4B2E40D5}"  # as in packaging/g40desk.wxs; never changes
# Public properties an elevated (managed) install may take from the command line.
SECURE = "OLDERVERSIONFOUND;NEWERVERSIONFOUND;AGENDAFOLDERS;HOUSETEMPLATE"


class MsiError(Exception):
    """One Dutch line: what is wrong and what to do."""


def msi_version(version: str) -> str:
    """Windows Installer takes three numbers (major < 256, minor < 256, build < 65536); '0.2.0rc1' gives 0.2.0."""
    match = re.match(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?", version)
    if not match:
        raise MsiError(f"build_msi: versie '{version}' begint niet met cijfers (verwacht bv. 0.1.0)")
    numbers = [int(n or 0) for n in match.groups()]
    if numbers[0] > 255 or numbers[1] > 255 or numbers[2] > 65535:
        raise MsiError(f"build_msi: versie '{version}' past niet in een MSI-versie (hoogstens 255.255.65535)")
    return ".".join(map(str, numbers))


def _id(prefix: str, relative: str) -> str:
    return prefix + hashlib.sha1(relative.encode("utf-8")).hexdigest()[:32].upper()


def files_fragment(source: Path) -> str:
    """A WiX fragment with one component per file of *source*, under INSTALLDIR, in component group Files.

    Sources are named relative to a folder holding *source* as ``bundle`` (wixl takes no absolute paths).
    """
    ET.register_namespace("", NS)
    wix = ET.Element(f"{{{NS}}}Wix")
    tree = ET.SubElement(ET.SubElement(wix, f"{{{NS}}}Fragment"), f"{{{NS}}}DirectoryRef", Id="INSTALLDIR")
    group = ET.SubElement(ET.SubElement(wix, f"{{{NS}}}Fragment"), f"{{{NS}}}ComponentGroup", Id="Files")
    folders: dict[Path, ET.Element] = {Path("."): tree}
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        relative = path.relative_to(source)
        for parent in reversed(relative.parents[:-1]):
            if parent not in folders:
                folders[parent] = ET.SubElement(folders[parent.parent], f"{{{NS}}}Directory",
                                                Id=_id("d", parent.as_posix()), Name=parent.name)
        key = relative.as_posix()
        component = ET.SubElement(folders[relative.parent], f"{{{NS}}}Component", Id=_id("c", key), Guid="*",
                                  Win64="yes")
        file_id = "MainExecutable" if key == "g40desk.exe" else "CliExecutable" if key == "g40desk-cli.exe" \
            else _id("f", key)
        ET.SubElement(component, f"{{{NS}}}File", Id=file_id, Name=relative.name, KeyPath="yes",
                      Source=f"bundle/{key}")
        ET.SubElement(group, f"{{{NS}}}ComponentRef", Id=component.get("Id"))
    ET.indent(wix)
    return ET.tostring(wix, encoding="unicode", xml_declaration=True)


def build(source: Path, out: Path, version: str, icon: Path) -> Path:
    wixl = shutil.which("wixl")
    if wixl is None or shutil.which("msibuild") is None:
        raise MsiError("build_msi: wixl ontbreekt; installeer msitools (Debian: apt install wixl msitools)")
    missing = [name for name in REQUIRED if not (source / name).is_file()]
    if missing:
        raise MsiError(f"build_msi: {source} is geen Windows-bundel: {', '.join(missing)} ontbreekt "
                       f"(bouw eerst met python tools/build_app.py op Windows)")
    if not icon.is_file():
        raise MsiError(f"build_msi: pictogram {icon} ontbreekt (tools/build_app.py maakt het)")
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.resolve().with_name(out.name + ".part")
    with tempfile.TemporaryDirectory(prefix="g40msi-") as folder:
        work = Path(folder)
        try:
            (work / "bundle").symlink_to(source.resolve(), target_is_directory=True)
        except OSError:  # Windows without the right to make symbolic links
            shutil.copytree(source, work / "bundle")
        shutil.copy(icon, work / "g40desk.ico")
        shutil.copy(WXS, work / WXS.name)
        (work / "files.wxs").write_text(files_fragment(source), encoding="utf-8")
        result = subprocess.run([wixl, "--arch", "x64", "-D", f"Version={msi_version(version)}",
                                 "-D", "IconFile=g40desk.ico", "-o", str(partial), WXS.name, "files.wxs"],
                                capture_output=True, text=True, cwd=work)
        if result.returncode != 0:
            partial.unlink(missing_ok=True)
            raise MsiError(f"build_msi: wixl faalde: {result.stderr.strip() or result.stdout.strip()}")
    _fix_up(partial, msi_version(version))
    partial.replace(out)
    return out


def _fix_up(msi: Path, version: str) -> None:
    """What wixl cannot write: the same version counts as an upgrade too (a rebuild replaces the
    install instead of sitting beside it), and the defaults IT passes survive an elevated install."""
    queries = [
        "DELETE FROM `Upgrade` WHERE `ActionProperty` = 'OLDERVERSIONFOUND'",
        "INSERT INTO `Upgrade` (`UpgradeCode`, `VersionMin`, `VersionMax`, `Attributes`, `ActionProperty`) "
        f"VALUES ('{UPGRADE_CODE}', '0.0.0', '{version}', 768, 'OLDERVERSIONFOUND')",  # 768: both ends included
        f"UPDATE `Property` SET `Value` = '{SECURE}' WHERE `Property` = 'SecureCustomProperties'",
    ]
    for query in queries:
        result = subprocess.run(["msibuild", str(msi), "-q", query], capture_output=True, text=True)
        if result.returncode != 0:
            msi.unlink(missing_ok=True)
            raise MsiError(f"build_msi: msibuild faalde op '{query[:40]}…': {result.stderr.strip()[:200]}")


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT / "tools"))
    from build_app import version as app_version

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, help="de gebouwde Windows-bundel (dist/g40desk)")
    parser.add_argument("out", type=Path)
    parser.add_argument("--version", default=None, help="standaard die van g40desk/__init__.py")
    parser.add_argument("--icon", type=Path, default=ROOT / "build" / "pyinstaller" / "icons" / "g40desk.ico")
    args = parser.parse_args(argv)
    try:
        out = build(args.source, args.out, args.version or app_version(), args.icon)
    except MsiError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"{out}: {out.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
