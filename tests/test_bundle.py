"""The standalone application: built with tools/build_app.py and run like an advisor would.

The bundle runs with a clean environment: no Python on PATH, no virtualenv, no PYTHONPATH,
HOME in a fresh folder, working directory outside the checkout.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from g40desk import __version__
from g40desk.cli.commands import main as cli_main

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from build_app import executable, folder_size  # noqa: E402  (tools/ is not a package)
from notices import FILE_NAME, normalise, parse  # noqa: E402

BUDGET_MB = 140
# Qt modules the editor does not use; none of their libraries may be in the bundle.
UNUSED_QT = ("WebEngine", "Quick", "Qml", "Pdf", "Multimedia", "Sql", "Designer", "Test")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """The editor executable of a fresh build (or of G40DESK_BUNDLE, a dist/g40desk the CI workflow built)."""
    if os.environ.get("G40DESK_BUNDLE"):
        return executable(Path(os.environ["G40DESK_BUNDLE"]).parent)
    pytest.importorskip("PyInstaller", reason='the build extra is not installed: pip install ".[build]"')
    out = tmp_path_factory.mktemp("bundle")
    start = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_app.py"), "--dist", str(out / "dist"),
                    "--work", str(out / "work")], check=True, cwd=ROOT, timeout=600)
    assert time.perf_counter() - start < 240, "the build must stay under 4 minutes"
    exe = executable(out / "dist")
    assert exe.is_file()
    return exe


@pytest.fixture
def clean_env(tmp_path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    empty_bin = tmp_path / "bin"  # PATH with nothing on it: no python, no pip
    empty_bin.mkdir()
    env = {"HOME": str(home), "PATH": str(empty_bin), "LANG": "nl_NL.UTF-8", "LC_CTYPE": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen"}
    if sys.platform.startswith("linux"):  # the user's runtime folder, as a desktop session sets it
        (tmp_path / "runtime").mkdir(mode=0o700)
        env["XDG_RUNTIME_DIR"] = str(tmp_path / "runtime")
    if sys.platform == "win32":
        env.update(USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"), TEMP=str(tmp_path), TMP=str(tmp_path),
                   LOCALAPPDATA=str(home / "AppData" / "Local"), SYSTEMROOT=os.environ["SYSTEMROOT"])
    return env


def _launcher(bundle: Path):
    """PyInstaller's archive inside the executable: its entries, its run-time options and its module names."""
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    archive = CArchiveReader(str(bundle))
    with tempfile.TemporaryDirectory() as folder:
        pyz = Path(folder) / "PYZ.pyz"
        pyz.write_bytes(archive.extract("PYZ.pyz"))
        modules = list(ZlibArchiveReader(str(pyz)).toc)
    return archive.toc, archive.options, modules


def test_bundle_is_lean_no_setuptools_no_cjk_codecs_no_unused_plugins(bundle):
    """PyInstaller's setuptools hook cost ~80 ms per start; the CJK codecs and spare Qt plugins only weight."""
    import zipfile

    pytest.importorskip("PyInstaller")
    entries, options, modules = _launcher(bundle)
    assert not [e for e in entries if "setuptools" in e or "pkgres" in e]
    # PySide6's run-time hook imported QtCore on every start (~100 ms of --version); ours sets Qt's paths only.
    assert "pyi_rth_pyside6" not in entries and "rth_qt_paths" in entries
    assert "_pyi_rth_utils.qt" in modules  # for the qt.conf step at the editor's first Qt use
    tops = {m.split(".")[0] for m in modules}
    assert not tops & {"setuptools", "pkg_resources", "_distutils_hack", "distutils", "readline"}
    assert "X utf8_mode=1" in options  # UTF-8 for pipes and consoles whatever the Windows code page
    internal = bundle.parent / "_internal"
    with zipfile.ZipFile(internal / "base_library.zip") as base:
        codecs = {n.split("/")[-1].removesuffix(".pyc") for n in base.namelist() if n.startswith("encodings/")}
    assert {"utf_8", "cp1252", "latin_1", "cp437", "cp850"} <= codecs and not codecs & {"cp932", "gbk", "big5"}
    assert not [p for p in internal.rglob("_codecs_*")] and not [p for p in internal.rglob("_multibytecodec*")]
    plugins = internal / "PySide6" / "Qt" / "plugins"
    if plugins.is_dir():
        assert {p.name.split(".")[0].removeprefix("lib") for p in (plugins / "imageformats").iterdir()} == {"qsvg"}
        assert not (plugins / "wayland-graphics-integration-client").exists()


def test_bundle_ships_a_notice_for_everything_in_it(bundle):
    """THIRD-PARTY-NOTICES.txt names every distribution whose code is in the bundle, and Qt, Python and ICU."""
    import importlib.metadata as metadata

    text = (bundle.parent / "_internal" / "g40desk" / FILE_NAME).read_text(encoding="utf-8")
    named = {normalise(name) for name, _, _ in parse(text)}
    assert {"qt", "python", "pyside6-essentials", "shiboken6", "pyinstaller"} <= named
    owners = metadata.packages_distributions()
    internal = bundle.parent / "_internal"
    pytest.importorskip("PyInstaller")
    shipped = {p.name.split(".")[0] for p in internal.iterdir()} | {m.split(".")[0] for m in _launcher(bundle)[2]}
    unnamed = sorted(f"{top} ({owner})" for top in shipped for owner in owners.get(top, [])
                     if top != "g40desk" and normalise(owner) not in named)
    assert unnamed == []
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "PYTHON SOFTWARE FOUNDATION LICENSE" in text
    if list(internal.glob("libicu*")) or list(internal.rglob("libicuuc*")):
        assert "icu" in named


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the desktop entry is for Linux")
def test_bundle_has_a_valid_linux_desktop_entry(bundle):
    from tests.system_tools import need_tool

    need_tool("desktop-file-validate")
    share = bundle.parent / "share"
    entry = share / "applications" / "nl.g40.g40desk.desktop"
    assert subprocess.run(["desktop-file-validate", str(entry)], capture_output=True).returncode == 0
    assert (share / "mime" / "packages" / "nl.g40.g40desk.xml").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "nl.g40.g40desk.png").is_file()
    assert os.access(bundle.parent / "install-desktop-entry.sh", os.X_OK)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="wixl and msiinfo run on Linux here")
def test_the_msi_holds_the_whole_bundle(bundle, tmp_path):
    """The MSI built from every file of the bundle (the Linux one, with its programs named as on Windows)."""
    from tests.system_tools import need_tool

    need_tool("wixl", "msibuild", "msiinfo")
    from app_icons import ICO_SIZES, ico, render_png
    from build_msi import build

    stage = tmp_path / "g40desk"
    shutil.copytree(bundle.parent, stage, symlinks=True, copy_function=os.link)
    (stage / "g40desk").rename(stage / "g40desk.exe")
    os.link(stage / "g40desk.exe", stage / "g40desk-cli.exe")
    icon = tmp_path / "g40desk.ico"
    icon.write_bytes(ico({size: render_png(size) for size in ICO_SIZES}))
    msi = build(stage, tmp_path / "g40desk.msi", __version__, icon)
    listed = subprocess.run(["msiinfo", "export", str(msi), "File"], capture_output=True, check=True).stdout
    rows = [line.split(b"\t") for line in listed.split(b"\r\n")[3:] if line]
    files = [p for p in stage.rglob("*") if p.is_file()]
    assert len(rows) == len(files)
    assert sum(int(row[3]) for row in rows) == sum(p.stat().st_size for p in files)


def run_bundle(exe: Path, env: dict[str, str], *args: str, cwd: Path, prefix=(), timeout=120):
    return subprocess.run([*prefix, str(exe), *args], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)


def test_bundle_holds_the_data_and_only_the_qt_it_uses(bundle):
    internal = bundle.parent / "_internal"
    package = internal / "g40desk"
    shipped = [p.relative_to(ROOT).as_posix() for folder in ("data", "templates", "resources")
               for p in (ROOT / folder).rglob("*") if p.is_file()]
    assert "resources/i18n/g40desk_en.qm" in shipped
    for name in [*shipped, "LICENSE"]:
        assert (package / name).is_file(), name
    assert (package / "LICENSE").read_text(encoding="utf-8") == (ROOT / "LICENSE").read_text(encoding="utf-8")
    names = [p.name for p in internal.rglob("*")]
    for module in UNUSED_QT:
        assert not [n for n in names if re.search(rf"Qt6?{module}", n)], f"Qt{module} is bundled"
    assert not [n for n in names if n.startswith(("libgtk", "libssl", "libcrypto", "_ssl", "qopensslbackend",
                                                  "qcertonlybackend", "qschannelbackend", "qsecuretransport"))]
    if sys.platform.startswith("linux"):  # the budget is set for Linux (docs/performance.md)
        size = folder_size(bundle.parent)
        assert size <= BUDGET_MB * 1e6, f"bundle is {size / 1e6:.0f} MB"


def test_bundle_prints_its_version_and_writes_the_demo(bundle, clean_env, tmp_path):
    from docx import Document
    from openpyxl import load_workbook

    if sys.platform == "win32":  # the editor is windowed there; its console twin prints
        bundle = bundle.with_name("g40desk-cli.exe")
    result = run_bundle(bundle, clean_env, "--version", cwd=tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, f"g40desk {__version__}")

    result = run_bundle(bundle, clean_env, "demo", str(tmp_path / "demo"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    # The same demo written by the source checkout, to compare with.
    assert cli_main(["demo", str(tmp_path / "source")]) == 0
    names = sorted(p.name for p in (tmp_path / "source").iterdir())
    # Each pack gets a random ID; the rest must be the same.
    pack_id = {folder: json.loads((tmp_path / folder / "demo.g40pack").read_text(encoding="utf-8"))["id"]
               for folder in ("demo", "source")}
    assert sorted(p.name for p in (tmp_path / "demo").iterdir()) == names
    for name in names:
        ours, theirs = tmp_path / "demo" / name, tmp_path / "source" / name
        if name.endswith(".docx"):
            text = [p.text for p in Document(str(ours)).paragraphs]
            assert text == [p.text for p in Document(str(theirs)).paragraphs]
            assert any("Zwolle" in t or "Binnenlandse Zaken" in t for t in text)
        elif name.endswith(".xlsx"):
            book, reference = load_workbook(ours, read_only=True), load_workbook(theirs, read_only=True)
            assert book.sheetnames == reference.sheetnames
            for sheet in book.sheetnames:
                cells = [[pack_id["source"] if c == pack_id["demo"] else c for c in row]
                         for row in book[sheet].iter_rows(values_only=True)]
                assert cells == [list(r) for r in reference[sheet].iter_rows(values_only=True)]
            assert book[book.sheetnames[0]].max_row > 5
            book.close()
            reference.close()


def _writes(trace: str, cwd: Path) -> tuple[list[str], list[str]]:
    """Paths the traced process created, changed or removed, and the internet sockets it opened."""
    written, sockets = [], []
    for line in trace.splitlines():
        call = re.search(r"\b(openat|open|creat|mkdir|mkdirat|rename|renameat2?|unlink|unlinkat|socket)\((.*)\) = (-?\d+)",
                         line)
        if not call or call.group(3).startswith("-"):
            continue
        name, args = call.group(1), call.group(2)
        if name == "socket":
            if "AF_INET" in args:
                sockets.append(line)
            continue
        if name.startswith("open") and not re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TMPFILE", args):
            continue
        written += [str(cwd / path) for path in re.findall(r'"([^"]*)"', args)]
    return written, sockets


def test_bundled_editor_opens_a_pack_offscreen_and_closes_cleanly(bundle, clean_env, tmp_path):
    """No internet sockets, and writes only to the user's config and data folders and the pack's lock file."""
    assert cli_main(["demo", str(tmp_path / "docs")]) == 0
    pack = tmp_path / "docs" / "demo.g40pack"
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    env = {**clean_env, "G40DESK_QUIT_AFTER_SHOW": "0"}
    strace = shutil.which("strace")
    if strace and subprocess.run([strace, "-o", os.devnull, "true"], capture_output=True).returncode != 0:
        strace = None  # ptrace not allowed here
    trace = tmp_path / "trace.log"
    prefix = [strace, "-f", "-qq", "-o", str(trace), "-e",
              "trace=socket,open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat"] if strace else []
    result = run_bundle(bundle, env, str(pack), cwd=run_dir, prefix=prefix)
    assert result.returncode == 0, result.stderr
    assert not pack.with_name(pack.name + ".lock").exists(), "the lock file was not released on close"
    home = Path(env["HOME"])
    if sys.platform.startswith("linux"):  # elsewhere the settings live in the registry or in ~/Library
        settings = (home / ".config" / "Stedennetwerk G40" / "g40desk.conf").read_text(encoding="utf-8")
        assert str(pack) in settings, "the pack was not opened (not in the recent files)"
    if strace:
        written, sockets = _writes(trace.read_text(encoding="utf-8"), run_dir)
        allowed = (home / ".config", home / ".local" / "share", home / ".cache", pack.parent, Path("/dev"),
                   Path(env["XDG_RUNTIME_DIR"]))  # the single-instance socket
        outside = [p for p in written  # (creating ~/.local on the way to ~/.local/share is fine)
                   if not any(Path(p).is_relative_to(root) or root.is_relative_to(p) and Path(p) != Path("/")
                              for root in allowed)]
        assert written and outside == [] and sockets == []


@pytest.mark.skipif(not all(shutil.which(t) for t in ("Xvfb", "xdotool", "import")),
                    reason="needs Xvfb, xdotool and ImageMagick's import")
def test_bundled_editor_under_xvfb_screenshot(bundle, clean_env, tmp_path):
    assert cli_main(["demo", str(tmp_path / "docs")]) == 0
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        display = ":" + os.read(read, 64).decode().strip()
        env = {**clean_env, "DISPLAY": display, "G40DESK_QUIT_AFTER_SHOW": "4000"}
        del env["QT_QPA_PLATFORM"]
        editor = subprocess.Popen([str(bundle), str(tmp_path / "docs" / "demo.g40pack")], env=env, cwd=tmp_path,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        tools_env = {**os.environ, "DISPLAY": display}
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "g40desk"],
                               env=tools_env, capture_output=True, text=True, timeout=60)
        assert found.returncode == 0, "the editor window did not appear"
        time.sleep(1.5)  # first paint
        shot = tmp_path / "screenshot-bundle.png"
        subprocess.run(["import", "-window", "root", str(shot)], env=tools_env, check=True, timeout=60)
        _, err = editor.communicate(timeout=60)
        assert editor.returncode == 0, err
        assert shot.stat().st_size > 20_000  # a drawn window, not an empty screen
        if os.environ.get("G40DESK_SCREENSHOT_TO"):
            shutil.copy(shot, os.environ["G40DESK_SCREENSHOT_TO"])
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=30)
        os.close(read)
