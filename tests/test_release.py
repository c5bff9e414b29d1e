"""tools/release.py: the tag-vs-version check, the asset names, the notes, the tarball and SHA256SUMS."""

from __future__ import annotations

import hashlib
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from g40desk import __version__

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import release  # noqa: E402  (tools/ is not a package)

CHANGELOG = """# Changelog

## [0.3.0] - 2027-01-10

- Nieuw: iets.

## [0.2.0] - 2026-12-01

Tekst van 0.2.0.

## 0.1.9

Oud.
"""


def test_the_tag_must_name_the_version_exactly():
    release.check_tag("v0.3.0", "0.3.0", CHANGELOG)
    for tag in ("v0.2.0", "0.3.0", "v0.3.0.1", "v0.3", "release-0.3.0", "v0.3.0-rc1"):
        with pytest.raises(release.ReleaseError, match="hoort bij een andere versie"):
            release.check_tag(tag, "0.3.0", CHANGELOG)


def test_a_tag_needs_its_changelog_section():
    with pytest.raises(release.ReleaseError, match=r"geen kop '## \[0.4.0\]'"):
        release.check_tag("v0.4.0", "0.4.0", CHANGELOG)
    with pytest.raises(release.ReleaseError, match="geen tekst"):
        release.check_tag("v0.5.0", "0.5.0", "## [0.5.0]\n\n## [0.4.0]\nx\n")
    with pytest.raises(release.ReleaseError, match="geen X.Y.Z"):
        release.check_tag("vbanana", "banana", CHANGELOG)


def test_notes_are_the_section_of_the_version_only():
    assert release.notes("0.3.0", CHANGELOG) == "- Nieuw: iets.\n"
    assert release.notes("0.2.0", CHANGELOG) == "Tekst van 0.2.0.\n"
    assert release.notes("0.1.9", CHANGELOG) == "Oud.\n"  # a heading without brackets counts too
    with pytest.raises(release.ReleaseError):
        release.notes("0.3", CHANGELOG)  # 0.3 is not 0.3.0


def test_the_repository_is_releasable_as_it_stands():
    """The version in g40desk/__init__.py has its CHANGELOG.md section (else its tag would fail)."""
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    release.check_tag(f"v{__version__}", __version__, changelog)
    assert len(release.notes(__version__, changelog)) > 200
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "release.py"), "check-tag", "v0.0.0-nope"],
                            capture_output=True, text=True)
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_asset_names_say_version_system_and_processor():
    names = release.asset_names("1.2.3")
    assert sorted(names.values()) == [
        "g40desk-1.2.3-linux-x86_64.tar.gz", "g40desk-1.2.3-macos-arm64.dmg", "g40desk-1.2.3-macos-x86_64.dmg",
        "g40desk-1.2.3-windows-x64-setup.exe", "g40desk-1.2.3-windows-x64.msi"]
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "release.py"), "name", "windows-msi"],
                            capture_output=True, text=True, check=True)
    assert result.stdout == f"g40desk-{__version__}-windows-x64.msi\n"


def test_the_tarball_keeps_the_executable_bit_and_links(tmp_path):
    folder = tmp_path / "g40desk"
    (folder / "_internal").mkdir(parents=True)
    program = folder / "g40desk"
    program.write_bytes(b"\x7fELF fake")
    program.chmod(0o755)
    (folder / "_internal" / "data.txt").write_text("x", encoding="utf-8")
    (folder / "_internal" / "libQt6Core.so.6").symlink_to("data.txt")
    out = release.tarball(folder, tmp_path / "g.tar.gz")
    with tarfile.open(out) as archive:
        members = {m.name: m for m in archive.getmembers()}
        assert members["g40desk/g40desk"].mode & stat.S_IXUSR and members["g40desk/g40desk"].mode & stat.S_IXOTH
        assert not members["g40desk/_internal/data.txt"].mode & stat.S_IXUSR
        assert members["g40desk/_internal/libQt6Core.so.6"].issym()
        assert {m.uid for m in members.values()} == {0} and {m.uname for m in members.values()} == {""}
        archive.extractall(tmp_path / "out", filter="tar")
    assert (tmp_path / "out" / "g40desk" / "g40desk").stat().st_mode & stat.S_IXUSR
    assert not (tmp_path / "g.tar.gz.part").exists()


def test_sums_need_exactly_the_assets(tmp_path):
    for name in release.asset_names("1.2.3").values():
        (tmp_path / name).write_bytes(name.encode())
    sums = release.write_sums(tmp_path, "1.2.3")
    lines = sums.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    digest, name = lines[0].split("  ")
    assert digest == hashlib.sha256(name.encode()).hexdigest()
    check = subprocess.run(["sha256sum", "--check", "--strict", release.SUMS], cwd=tmp_path, capture_output=True,
                           text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    (tmp_path / "g40desk-1.2.3-macos-arm64.dmg").unlink()
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    with pytest.raises(release.ReleaseError, match=r"ontbreekt: g40desk-1.2.3-macos-arm64.dmg; onverwacht: notes.md"):
        release.write_sums(tmp_path, "1.2.3")
