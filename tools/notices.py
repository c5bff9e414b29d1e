"""Third-party notices for the bundle: name, version, licence and licence text of all it ships.

    python tools/notices.py OUT.txt [--strict]

The packages are those of constraints/bundle.txt less the build-only tools; their versions,
licences and licence texts come from the installed distributions' metadata (no network).
Python, Qt, ICU and the libraries linked into lxml are no distribution of their own: their
texts come from the Python installation and resources/licences/. On Linux the spec adds the
system libraries PyInstaller copied, with the copyright file of the Debian package that owns
each. --strict fails when an installed version differs from its pin (the release workflow).
packaging/g40desk.spec calls collect() and unattributed() while building (docs/bundle.md); what
the app shares with this tool (reading one distribution, the file's format) is g40desk/licences.py.
"""

from __future__ import annotations

import argparse
import fnmatch
import subprocess
import sys
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # g40desk from this checkout, also when run from elsewhere
from g40desk.licences import (  # noqa: E402  (shared with the app, which shows the same text)
    FILE_NAME,
    Notice,
    NoticeError,
    distribution_notice,
    licence_text,
    normalise,
    parse,
    python_notice,
    qt_notice,
    render,
)

PINS = ROOT / "constraints" / "bundle.txt"
__all__ = ["FILE_NAME", "Notice", "NoticeError", "collect", "distribution_notice", "normalise", "parse", "render",
           "unattributed"]

# In constraints/bundle.txt to build the bundle, but not inside it. PyInstaller itself is
# inside: its bootloader is the executable.
BUILD_ONLY = {"altgraph", "packaging", "pyinstaller-hooks-contrib", "setuptools", "pefile", "pywin32-ctypes",
              "macholib"}


def read_pins(path: Path = PINS) -> dict[str, str]:
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[normalise(name)] = version.strip()
    return pins


def components(qt_version: str) -> list[Notice]:
    """What the bundle holds besides Python distributions: the interpreter, Qt, ICU, lxml's libraries."""
    icu = Notice("ICU", "73", "Unicode-DFS-2016 AND ICU", "https://icu.unicode.org/", [licence_text("ICU.txt")],
                 files=("libicu*", "icu*.dll"), note="Met Qt meegeleverd (Linux).")
    from lxml import etree

    in_lxml = f"statisch gelinkt in lxml {etree.__version__}"
    static = [
        Notice("libxml2", ".".join(map(str, etree.LIBXML_VERSION)), "MIT", "https://gitlab.gnome.org/GNOME/libxml2",
               [licence_text("libxml2.txt")], note=in_lxml),
        Notice("libxslt", ".".join(map(str, etree.LIBXSLT_VERSION)), "MIT", "https://gitlab.gnome.org/GNOME/libxslt",
               [licence_text("libxslt.txt")], note=in_lxml),
        Notice("libiconv", "(in-lxml)", "LGPL-2.1-or-later", "https://www.gnu.org/software/libiconv/",
               [licence_text("LGPL-2.1.txt")], note=in_lxml + "; de broncode van lxml en libiconv is openbaar."),
        Notice("zlib", "(in-lxml)", "Zlib", "https://zlib.net/", [licence_text("zlib.txt")], note=in_lxml),
    ]
    return [python_notice(), qt_notice(qt_version), icu, *static]


def _debian_package(path: str) -> str | None:
    real = Path(path).resolve()
    for candidate in {str(real), str(real).replace("/usr/lib/", "/lib/", 1), str(real).replace("/lib/", "/usr/lib/", 1)}:
        found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if found.returncode == 0:
            return found.stdout.split(":", 1)[0].strip()
    return None


def system_libraries(binaries: list[tuple[str, str]]) -> list[Notice]:
    """Linux: the libraries PyInstaller copied from the system, grouped by the Debian package owning each."""
    owners: dict[str, list[str]] = {}
    for dest, src in binaries:
        if "/" in dest or not src.startswith(("/lib", "/usr/lib")):
            continue
        package = _debian_package(src)
        if package is None:
            raise NoticeError(f"notices: geen Debian-pakket gevonden voor {src}; de licentie van {dest} is onbekend")
        owners.setdefault(package, []).append(dest)
    notices = []
    for package, names in sorted(owners.items()):
        version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True,
                                 text=True).stdout.strip() or "onbekend"
        copyright_file = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
        if not copyright_file.is_file():
            raise NoticeError(f"notices: {copyright_file} ontbreekt; de licentie van {', '.join(names)} is onbekend")
        notices.append(Notice(package.split(":")[0], version, "zie de licentietekst", "https://packages.debian.org/",
                              [(str(copyright_file), copyright_file.read_text(encoding="utf-8", errors="replace"))],
                              note="Systeembibliotheek van de bouwmachine: " + ", ".join(sorted(names)),
                              files=tuple(sorted(names))))
    return notices


def collect(pins: dict[str, str] | None = None, binaries: list[tuple[str, str]] | None = None,
            strict: bool = False) -> list[Notice]:
    """All notices: pinned runtime distributions, the components, and (Linux) system libraries."""
    pins = read_pins() if pins is None else pins
    notices = [distribution_notice(name) for name in sorted(pins) if name not in BUILD_ONLY]
    differ = [f"{n.name} {n.version} (vastgezet: {pins[normalise(n.name)]})" for n in notices
              if n.version != pins[normalise(n.name)]]
    if differ and strict:
        raise NoticeError("notices: geïnstalleerd is niet wat constraints/bundle.txt vastzet: " + ", ".join(differ))
    qt = next((n.version for n in notices if normalise(n.name) == "pyside6-essentials"), "onbekend")
    notices += components(qt)
    if binaries is not None:
        shipped = {PurePosixPath(dest.replace("\\", "/")).name for dest, _ in binaries}
        notices = [n for n in notices if n.name != "ICU" or any(fnmatch.fnmatch(d, "libicu*") for d in shipped)]
        if sys.platform.startswith("linux"):
            notices += system_libraries(binaries)
    return notices


def unattributed(paths: list[str], modules: list[str], notices: list[Notice]) -> list[str]:
    """Bundle paths (relative to _internal) and top-level modules that no notice covers (g40desk is ours)."""
    missing = []
    for path in paths:
        path = path.replace("\\", "/")
        if path.startswith(("g40desk/", "g40desk.")) or path in ("g40desk", "LICENSE"):
            continue
        if not any(fnmatch.fnmatch(path, pattern) for n in notices for pattern in n.files):
            missing.append(path)
    covered = {m for n in notices for m in n.modules}
    pyinstaller = {"pyimod01_archive", "pyimod02_importers", "pyimod03_ctypes", "pyimod04_pywin32", "pyiboot01_bootstrap",
                   "_pyi_rth_utils", "struct"}
    for module in modules:
        top = module.split(".", 1)[0]
        if top.startswith("_sysconfigdata"):  # the interpreter's build settings, named after the platform
            top = "sysconfig"
        if top not in covered and top != "g40desk" and top not in pyinstaller and not top.startswith("pyi_rth_"):
            missing.append(module)
    return sorted(set(missing))


def app_version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "g40desk" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--strict", action="store_true", help="fail when an installed version differs from its pin")
    args = parser.parse_args(argv)
    try:
        notices = collect(strict=args.strict)
    except NoticeError as error:
        print(error, file=sys.stderr)
        return 1
    args.out.write_text(render(notices, app_version()), encoding="utf-8")
    print(f"{args.out}: {len(notices)} onderdelen")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
