"""Icons for the three systems and the Linux desktop entry (tools/app_icons.py, tools/linux_desktop.py)."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.system_tools import need_tool

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import app_icons  # noqa: E402  (tools/ is not a package)
import linux_desktop  # noqa: E402

PNG = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG)
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def icons(tmp_path_factory) -> dict[str, Path]:
    return app_icons.write_icons(tmp_path_factory.mktemp("icons"))


def test_the_ico_holds_every_size_windows_picks_from(icons):
    data = icons["g40desk.ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(app_icons.ICO_SIZES))
    sizes = []
    for n in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * n:22 + 16 * n])
        payload = data[offset:offset + length]
        assert png_size(payload) == (width or 256, height or 256) and (planes, bits) == (1, 32)
        sizes.append(width or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_the_icns_holds_the_macos_sizes_including_retina(icons):
    data = icons["g40desk.icns"].read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at:at + 4].decode(), struct.unpack(">I", data[at + 4:at + 8])[0]
        found[kind] = png_size(data[at + 8:at + length])[0]
        at += length
    assert found == dict(app_icons.ICNS_TYPES) and found["ic10"] == 1024


def test_pngs_are_drawn_not_empty(icons):
    from PySide6.QtGui import QImage

    for size in app_icons.PNG_SIZES:
        image = QImage(str(icons[str(size)]))
        assert (image.width(), image.height()) == (size, size)
        middle = image.pixelColor(size // 2, size // 2 + size // 8)
        assert middle.alpha() == 255  # the icon covers the middle


@pytest.fixture
def share(tmp_path, icons) -> Path:
    bundle = tmp_path / "mijn programma's" / "g40desk"  # a path with a space and a quote
    bundle.mkdir(parents=True)
    (bundle / "g40desk").write_text("#!/bin/sh\n", encoding="utf-8")
    (bundle / "g40desk").chmod(0o755)
    linux_desktop.write_share(bundle, icons)
    return bundle


def test_the_desktop_entry_and_mime_type_are_valid(share):
    need_tool("desktop-file-validate")
    entry = share / "share" / "applications" / "nl.g40.g40desk.desktop"
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout
    text = entry.read_text(encoding="utf-8")
    assert "MimeType=application/x-g40pack;" in text and "Icon=nl.g40.g40desk" in text
    mime = (share / "share" / "mime" / "packages" / "nl.g40.g40desk.xml").read_text(encoding="utf-8")
    assert '<glob pattern="*.g40pack"/>' in mime and 'type="application/x-g40pack"' in mime
    for size in app_icons.PNG_SIZES:
        assert (share / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "nl.g40.g40desk.png").is_file()
    assert (share / "share" / "icons" / "hicolor" / "scalable" / "apps" / "nl.g40.g40desk.svg").is_file()


def test_the_install_script_passes_shellcheck():
    need_tool("shellcheck")
    result = subprocess.run(["shellcheck", str(ROOT / "packaging" / "install-desktop-entry.sh")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_the_install_script_registers_this_folder_and_removes_it_again(share, tmp_path):
    need_tool("desktop-file-validate")
    data = tmp_path / "xdg-data"
    env = {**os.environ, "XDG_DATA_HOME": str(data), "HOME": str(tmp_path / "home")}
    script = share / "install-desktop-entry.sh"
    result = subprocess.run([str(script)], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    installed = data / "applications" / "nl.g40.g40desk.desktop"
    text = installed.read_text(encoding="utf-8")
    assert f'Exec="{share}/g40desk" %f' in text and f"TryExec={share}/g40desk\n" in text
    assert subprocess.run(["desktop-file-validate", str(installed)], capture_output=True).returncode == 0
    assert (data / "mime" / "packages" / "nl.g40.g40desk.xml").is_file()
    assert (data / "icons" / "hicolor" / "48x48" / "mimetypes" / "application-x-g40pack.png").is_file()
    if (data / "mime" / "globs2").exists():  # update-mime-database ran (shared-mime-info installed)
        assert "application/x-g40pack:*.g40pack" in (data / "mime" / "globs2").read_text(encoding="utf-8")

    result = subprocess.run([str(script), "--remove"], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert not installed.exists() and not list((data / "icons").rglob("nl.g40.g40desk.*"))
    wrong = subprocess.run([str(script), "--everywhere"], env=env, capture_output=True, text=True)
    assert wrong.returncode == 2 and wrong.stderr.count("\n") == 1
