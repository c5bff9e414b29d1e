"""Build the standalone g40desk application with PyInstaller (docs/bundle.md).

    pip install ".[build]"        (or: pip install -c constraints/bundle.txt ".[build]")
    python tools/build_app.py     -> dist/g40desk/g40desk  (g40desk.exe + g40desk-cli.exe on Windows,
                                     and dist/g40desk.app on macOS)

Options: --dist DIR and --work DIR move the output and PyInstaller's work folder;
--clean empties PyInstaller's cache first. The recipe itself is packaging/g40desk.spec.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "g40desk.spec"


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "g40desk" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def render_icons(folder: Path) -> None:
    """The application icon from resources/g40desk.svg as PNG, ICO (Windows) and ICNS (macOS), drawn by Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QPainter needs it
    folder.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(ROOT / "resources" / "g40desk.svg"))
    for size, name in ((256, "g40desk.png"), (256, "g40desk.ico"), (512, "g40desk.icns")):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        if not image.save(str(folder / name)):
            raise SystemExit(f"build_app: kan het pictogram {name} niet schrijven in {folder}")


def write_windows_version(path: Path, ver: str) -> None:
    """The version resource Windows shows in the file's properties."""
    numbers = ", ".join((ver.split(".") + ["0"] * 4)[:4])
    path.write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[StringFileInfo([StringTable('041304B0', [
      StringStruct('CompanyName', 'Stedennetwerk G40'),
      StringStruct('FileDescription', 'g40desk: briefings voor G40-lobbygesprekken'),
      StringStruct('FileVersion', '{ver}'),
      StringStruct('LegalCopyright', 'EUPL-1.2'),
      StringStruct('ProductName', 'g40desk'),
      StringStruct('ProductVersion', '{ver}')])]),
    VarFileInfo([VarStruct('Translation', [0x0413, 1200])])]
)
""", encoding="utf-8")


def executable(dist: Path) -> Path:
    return dist / "g40desk" / ("g40desk.exe" if sys.platform == "win32" else "g40desk")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path, clean: bool = False) -> Path:
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        raise SystemExit('build_app: PyInstaller ontbreekt; installeer het met: pip install ".[build]"') from None
    ver = version()
    work.mkdir(parents=True, exist_ok=True)
    render_icons(work / "icons")
    write_windows_version(work / "version.txt", ver)
    os.environ["G40DESK_VERSION"] = ver
    if (dist / "g40desk").exists():
        shutil.rmtree(dist / "g40desk")
    args = ["--noconfirm", "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    pyinstaller.run([*args, "--clean"] if clean else args)
    exe = executable(dist)
    if not exe.is_file():
        raise SystemExit(f"build_app: PyInstaller gaf geen fout, maar {exe} ontbreekt")
    return exe


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--clean", action="store_true")
    args = parser.parse_args()
    start = time.perf_counter()
    exe = build(args.dist.resolve(), args.work.resolve(), args.clean)
    size = folder_size(exe.parent) / 1e6
    print(f"{exe}: g40desk {version()}, {size:.0f} MB, gebouwd in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
