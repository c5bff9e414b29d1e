"""Build the standalone g40desk application with PyInstaller (docs/bundle.md).

    pip install ".[build]"        (or: pip install -c constraints/bundle.txt ".[build]")
    python tools/build_app.py     -> dist/g40desk/g40desk  (g40desk.exe + g40desk-cli.exe on Windows,
                                     and dist/g40desk.app on macOS)

Options: --dist DIR and --work DIR move the output and PyInstaller's work folder;
--clean empties PyInstaller's cache first; --strict refuses to build when an installed package
differs from constraints/bundle.txt (the release workflow). The recipe itself is
packaging/g40desk.spec; it also writes THIRD-PARTY-NOTICES.txt (tools/notices.py). The icons
come from tools/app_icons.py; on Linux the desktop entry, MIME type and icons go into
dist/g40desk/share/ with install-desktop-entry.sh beside the program (tools/linux_desktop.py).
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
sys.path.insert(0, str(ROOT / "tools"))
from app_icons import write_icons  # noqa: E402  (tools/ is not a package)


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "g40desk" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


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


def build(dist: Path, work: Path, clean: bool = False, strict: bool = False) -> Path:
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        raise SystemExit('build_app: PyInstaller ontbreekt; installeer het met: pip install ".[build]"') from None
    ver = version()
    work.mkdir(parents=True, exist_ok=True)
    icons = write_icons(work / "icons")
    write_windows_version(work / "version.txt", ver)
    os.environ["G40DESK_VERSION"] = ver
    os.environ["G40DESK_STRICT_PINS"] = "1" if strict else "0"
    if (dist / "g40desk").exists():
        shutil.rmtree(dist / "g40desk")
    args = ["--noconfirm", "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    pyinstaller.run([*args, "--clean"] if clean else args)
    exe = executable(dist)
    if not exe.is_file():
        raise SystemExit(f"build_app: PyInstaller gaf geen fout, maar {exe} ontbreekt")
    if sys.platform.startswith("linux"):
        from linux_desktop import write_share

        write_share(exe.parent, icons)
    return exe


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--clean", action="store_true")
    parser.add_argument("--strict", action="store_true", help="only with exactly the versions of constraints/bundle.txt")
    args = parser.parse_args()
    start = time.perf_counter()
    exe = build(args.dist.resolve(), args.work.resolve(), args.clean, args.strict)
    size = folder_size(exe.parent) / 1e6
    print(f"{exe}: g40desk {version()}, {size:.0f} MB, gebouwd in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
