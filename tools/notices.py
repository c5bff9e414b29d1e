"""Third-party notices for the bundle: name, version, licence and licence text of all it ships.

    python tools/notices.py OUT.txt [--strict]

The packages are those of constraints/bundle.txt less the build-only tools; their versions,
licences and licence texts come from the installed distributions' metadata (no network).
Python, Qt, ICU and the libraries linked into lxml are no distribution of their own: their
texts come from the Python installation and packaging/licences/. On Linux the spec adds the
system libraries PyInstaller copied, with the copyright file of the Debian package that owns
each. --strict fails when an installed version differs from its pin (the release workflow).
packaging/g40desk.spec calls collect() and unattributed() while building (docs/bundle.md).
"""

from __future__ import annotations

import argparse
import fnmatch
import importlib.metadata as metadata
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
PINS = ROOT / "constraints" / "bundle.txt"
TEXTS = ROOT / "packaging" / "licences"
FILE_NAME = "THIRD-PARTY-NOTICES.txt"

# In constraints/bundle.txt to build the bundle, but not inside it. PyInstaller itself is
# inside: its bootloader is the executable.
BUILD_ONLY = {"altgraph", "packaging", "pyinstaller-hooks-contrib", "setuptools", "pefile", "pywin32-ctypes",
              "macholib"}
# Distributions whose wheels carry no licence file: the texts their licence names.
FALLBACK_TEXTS = {"pyside6-essentials": ("LGPL-3.0.txt", "GPL-3.0.txt"), "shiboken6": ("LGPL-3.0.txt", "GPL-3.0.txt")}
# Licences whose metadata says it in a paragraph rather than a name.
LICENCE_NAMES = {"pyinstaller": "GPL-2.0-or-later WITH Bootloader-exception"}
NOTES = {"pyinstaller": "Het opstartprogramma (g40desk, g40desk.exe) is de bootloader van PyInstaller; de "
                        "uitzondering in COPYING.txt staat verspreiding ervan in elk programma toe.",
         "pyside6-essentials": "Licentietekst: de LGPL-3.0 (en de GPL-3.0 waarop die voortbouwt), zoals bij Qt."}
# Files a distribution's wheel brings that do not sit in its own module folder.
EXTRA_FILES = {"pyside6-essentials": ("libpyside6*", "pyside6*.dll", "pyside6*.dylib"),
               "shiboken6": ("libshiboken6*", "shiboken6*.dll", "shiboken6*.dylib")}
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
HEADER = re.compile(r"^### (?P<name>\S+) (?P<version>\S+) · (?P<licence>.+)$", re.MULTILINE)


class NoticeError(Exception):
    """A package without a licence text, or a version that differs from its pin (--strict)."""


@dataclass
class Notice:
    name: str
    version: str
    licence: str
    url: str = ""
    texts: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""
    modules: set[str] = field(default_factory=set)  # top-level Python modules it provides
    files: tuple[str, ...] = ()  # patterns of bundle paths (relative to _internal) it provides


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(path: Path = PINS) -> dict[str, str]:
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[normalise(name)] = version.strip()
    return pins


def _url(dist: metadata.Distribution) -> str:
    urls = dict(u.split(", ", 1) for u in dist.metadata.get_all("Project-URL") or [] if ", " in u)
    for key in ("Homepage", "Source", "Repository", "Source Code"):
        if key in urls:
            return urls[key]
    return dist.metadata.get("Home-page") or f"https://pypi.org/project/{dist.metadata['Name']}/"


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    text = meta.get("License-Expression") or (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 100:
        return text
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return " / ".join(classifiers) or "zie de licentietekst"


def _top_modules(dist: metadata.Distribution) -> set[str]:
    tops = set()
    for file in dist.files or []:
        parts = PurePosixPath(str(file)).parts
        if not parts or parts[0].endswith((".dist-info", ".data")) or parts[0] in ("..", "bin"):
            continue
        top = parts[0].split(".", 1)[0] if len(parts) == 1 else parts[0]
        if len(parts) > 1 or parts[0].endswith((".py", ".so", ".pyd")):
            tops.add(top)
    return tops


def distribution_notice(name: str) -> Notice:
    """The notice of one installed distribution, from its own metadata and licence files."""
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        raise NoticeError(f"notices: {name} staat in {PINS.name} maar is niet geïnstalleerd") from None
    texts = [(f.name, Path(f.locate()).read_text(encoding="utf-8", errors="replace")) for f in dist.files or []
             if ".dist-info" in str(f) and LICENCE_FILE.search(f.name) and Path(f.locate()).is_file()]
    texts = [(label, text) for label, text in texts if text.strip()]
    for fallback in FALLBACK_TEXTS.get(normalise(name), ()) if not texts else ():
        texts.append((fallback, (TEXTS / fallback).read_text(encoding="utf-8")))
    if not texts:
        raise NoticeError(f"notices: {name} {dist.version} heeft geen licentietekst in zijn metadata; "
                          f"leg hem vast in tools/notices.py (FALLBACK_TEXTS)")
    tops = _top_modules(dist)
    files = tuple(f"{top}/*" for top in tops) + (f"{normalise(name).replace('-', '_')}-*.dist-info/*",
                                                   f"{dist.metadata['Name']}-*.dist-info/*")
    files += EXTRA_FILES.get(normalise(name), ())
    licence = LICENCE_NAMES.get(normalise(name)) or _licence(dist)
    return Notice(dist.metadata["Name"], dist.version, licence, _url(dist), texts, note=NOTES.get(normalise(name), ""),
                  modules=tops, files=files)


def _python_licence() -> str:
    base = Path(sys.base_prefix)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (base / "LICENSE.txt", base / "lib" / version / "LICENSE.txt",
                      base / "share" / "doc" / version / "LICENSE.txt", Path("/usr/share/doc") / version / "copyright"):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8", errors="replace")
    raise NoticeError(f"notices: de licentietekst van Python ontbreekt onder {base}")


def _text(name: str) -> tuple[str, str]:
    return name, (TEXTS / name).read_text(encoding="utf-8")


def components(qt_version: str) -> list[Notice]:
    """What the bundle holds besides Python distributions: the interpreter, Qt, ICU, lxml's libraries."""
    python = Notice(
        "Python", sys.version.split()[0], "PSF-2.0", "https://www.python.org/", [("LICENSE.txt", _python_licence())],
        modules=set(sys.stdlib_module_names) | {"__main__"},
        files=("base_library.zip", "python3*/*", "libpython3*", "python3*.dll", "python.exe", "vcruntime140*.dll",
               "msvcp140*.dll", "ucrtbase.dll", "api-ms-win-*.dll", "libffi-*.dll", "_*.pyd", "*.pyd", "Python",
               "Python.framework/*"),
        note="Met de uitbreidingsmodules van de standaardbibliotheek (en op Windows de Visual C++-runtime "
             "die Python meelevert).")
    qt = Notice(
        "Qt", qt_version, "LGPL-3.0-only", "https://www.qt.io/", [_text("LGPL-3.0.txt"), _text("GPL-3.0.txt")],
        files=("libQt6*", "Qt6*.dll", "PySide6/Qt/*", "PySide6/Qt*", "PySide6/*.dll", "PySide6/lib*"),
        note="De Qt-bibliotheken staan als losse gedeelde bibliotheken in de map _internal; u mag ze "
             "vervangen door een eigen, gewijzigde build van dezelfde versie (LGPL-3.0, artikel 4). "
             "Broncode: https://download.qt.io/official_releases/qt/ . Qt bevat zelf onderdelen van derden "
             "(o.a. HarfBuzz, FreeType, PCRE2, libpng, double-conversion); hun licenties staan in Qt's "
             "documentatie onder 'Licenses Used in Qt'.")
    icu = Notice("ICU", "73", "Unicode-DFS-2016 AND ICU", "https://icu.unicode.org/", [_text("ICU.txt")],
                 files=("libicu*", "icu*.dll"), note="Met Qt meegeleverd (Linux).")
    from lxml import etree

    in_lxml = f"statisch gelinkt in lxml {etree.__version__}"
    static = [
        Notice("libxml2", ".".join(map(str, etree.LIBXML_VERSION)), "MIT", "https://gitlab.gnome.org/GNOME/libxml2",
               [_text("libxml2.txt")], note=in_lxml),
        Notice("libxslt", ".".join(map(str, etree.LIBXSLT_VERSION)), "MIT", "https://gitlab.gnome.org/GNOME/libxslt",
               [_text("libxslt.txt")], note=in_lxml),
        Notice("libiconv", "(in-lxml)", "LGPL-2.1-or-later", "https://www.gnu.org/software/libiconv/",
               [_text("LGPL-2.1.txt")], note=in_lxml + "; de broncode van lxml en libiconv is openbaar."),
        Notice("zlib", "(in-lxml)", "Zlib", "https://zlib.net/", [_text("zlib.txt")], note=in_lxml),
    ]
    return [python, qt, icu, *static]


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


def render(notices: list[Notice], app_version: str) -> str:
    """The notices file: an overview, then each package with its licence text (a repeated text is referred to)."""
    width = max(len(f"{n.name} {n.version}") for n in notices)
    lines = [f"g40desk {app_version}: licenties van derden", "",
             "g40desk zelf valt onder de EUPL-1.2 (LICENSE). Het programma bevat de onderdelen hieronder,",
             "elk onder zijn eigen licentie. Gegenereerd door tools/notices.py bij het bouwen.", "",
             "Overzicht", ""]
    lines += [f"  {(n.name + ' ' + n.version).ljust(width)}  {n.licence}" for n in notices]
    seen: dict[str, str] = {}
    for n in notices:
        lines += ["", "=" * 78, f"### {n.name} {n.version} · {n.licence}", f"Website: {n.url}"]
        if n.note:
            lines.append(n.note)
        for label, text in n.texts:
            lines += ["", f"--- {label}"]
            if text in seen:
                lines.append(f"(dezelfde tekst als bij {seen[text]} hierboven)")
            else:
                seen[text] = n.name
                lines.append(text.rstrip())
    return "\n".join(lines) + "\n"


def parse(text: str) -> list[tuple[str, str, str]]:
    """(name, version, licence) of each entry of a notices file."""
    return [(m["name"], m["version"], m["licence"]) for m in HEADER.finditer(text)]


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
