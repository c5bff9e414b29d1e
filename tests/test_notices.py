"""Third-party notices (tools/notices.py): every package the bundle ships has a name, version, licence and text."""

from __future__ import annotations

import importlib.metadata as metadata
import sys
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import notices  # noqa: E402  (tools/ is not a package)


def runtime_closure() -> set[str]:
    """g40desk's runtime dependencies and theirs, as installed here (markers evaluated, no extras)."""
    environment = default_environment()
    todo, seen = [Requirement(r) for r in metadata.requires("g40desk") or []], set()
    while todo:
        requirement = todo.pop()
        if requirement.marker and not requirement.marker.evaluate({**environment, "extra": ""}):
            continue
        name = notices.normalise(requirement.name)
        if name in seen:
            continue
        seen.add(name)
        todo += [Requirement(r) for r in metadata.requires(name) or []]
    return seen


def test_the_pinned_runtime_packages_are_exactly_what_g40desk_needs():
    """A new dependency without a pin (and so without a notice) fails here, and so does a stale pin."""
    shipped = {name for name in notices.read_pins() if name not in notices.BUILD_ONLY}
    needed = runtime_closure()
    assert needed - shipped == set(), "add these to constraints/bundle.txt (python tools/lock.py)"
    assert shipped - needed == {"pyinstaller"}, "only PyInstaller (its bootloader) ships without being imported"


def test_every_notice_has_a_licence_and_its_text():
    found = notices.collect()
    names = {notices.normalise(n.name) for n in found}
    assert {"pyside6-essentials", "shiboken6", "lxml", "openpyxl", "python-docx", "pydantic", "python", "qt", "icu",
            "libxml2", "libxslt", "pyinstaller"} <= names
    for notice in found:
        assert notice.version and notice.licence, notice.name
        assert notice.texts and all(text.strip() for _, text in notice.texts), notice.name
    by_name = {n.name: n for n in found}
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in by_name["Qt"].texts[0][1]
    assert "GNU GENERAL PUBLIC LICENSE" in by_name["Qt"].texts[1][1]
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in by_name["Python"].texts[0][1]
    assert "Bootloader" in by_name["pyinstaller"].licence
    assert by_name["openpyxl"].version == metadata.version("openpyxl")


def test_the_file_lists_each_entry_once_and_parses_back():
    found = notices.collect()
    text = notices.render(found, "9.9.9")
    assert text.startswith("g40desk 9.9.9: licenties van derden")
    entries = notices.parse(text)
    assert [(n.name, n.version, n.licence) for n in found] == entries
    # Qt's two licence texts are written once, and referred to from PySide6 and shiboken6.
    assert text.count("This version of the GNU Lesser General Public License incorporates") == 1
    assert text.count("(dezelfde tekst als bij PySide6_Essentials hierboven)") == 4


def test_strict_refuses_an_installed_version_other_than_the_pin():
    pins = notices.read_pins()
    pins["lxml"] = "0.0.1"
    with pytest.raises(notices.NoticeError, match=r"lxml .*vastgezet: 0\.0\.1"):
        notices.collect(pins, strict=True)
    assert any(n.name == "lxml" for n in notices.collect(pins))  # without --strict: the installed one is named


def test_a_distribution_without_licence_text_is_refused(tmp_path, monkeypatch):
    info = tmp_path / "nolicence-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: nolicence\nVersion: 1.0\nLicense: MIT\n",
                                   encoding="utf-8")
    (info / "RECORD").write_text("nolicence.py,,\nnolicence-1.0.dist-info/METADATA,,\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(notices.NoticeError, match="nolicence 1.0 heeft geen licentietekst"):
        notices.distribution_notice("nolicence")
    with pytest.raises(notices.NoticeError, match="niet geïnstalleerd"):
        notices.distribution_notice("not-installed-anywhere")


def test_unattributed_names_bundle_files_and_modules_without_a_notice():
    found = notices.collect()
    paths = ["PySide6/Qt/lib/libQt6Core.so.6", "libQt6Core.so.6", "lxml/etree.cpython-311-x86_64-linux-gnu.so",
             "python3.11/lib-dynload/_json.cpython-311-x86_64-linux-gnu.so", "base_library.zip", "libicudata.so.73",
             "g40desk/data/agenda.json", "pydantic-2.14.4.dist-info/METADATA", "libmystery.so.1", "mystery/x.py"]
    modules = ["json", "docx.oxml", "openpyxl.cell", "pyimod02_importers", "pyi_rth_pyside6", "g40desk.core",
               "mystery_module.sub", "_sysconfigdata__linux_x86_64-linux-gnu"]
    assert notices.unattributed(paths, modules, found) == ["libmystery.so.1", "mystery/x.py", "mystery_module.sub"]


def test_the_command_writes_the_file(tmp_path, capsys):
    assert notices.main([str(tmp_path / "n.txt")]) == 0
    assert "PySide6_Essentials" in (tmp_path / "n.txt").read_text(encoding="utf-8")
    assert "onderdelen" in capsys.readouterr().out
