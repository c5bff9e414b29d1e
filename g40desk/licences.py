"""Third-party licences: each package's name, version, licence and licence text, as one notices text.

The bundle ships THIRD-PARTY-NOTICES.txt, written while it is built (tools/notices.py, which
uses the functions below and adds Qt, ICU, Python and the system libraries). A pip install has
no such file: there the same text is made from the metadata of the distributions pip installed
beside g40desk, which are exactly what it runs with. Help → Over g40desk → Licenties van derden
shows it. No Qt here: tools/notices.py runs without a display.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from g40desk.resources import notices_file, resource_file

FILE_NAME = "THIRD-PARTY-NOTICES.txt"
# Licences whose metadata says it in a paragraph rather than a name.
LICENCE_NAMES = {"pyinstaller": "GPL-2.0-or-later WITH Bootloader-exception"}
NOTES = {"pyinstaller": "Het opstartprogramma (g40desk, g40desk.exe) is de bootloader van PyInstaller; de "
                        "uitzondering in COPYING.txt staat verspreiding ervan in elk programma toe.",
         "pyside6-essentials": "Licentietekst: de LGPL-3.0 (en de GPL-3.0 waarop die voortbouwt), zoals bij Qt."}
# Distributions whose wheels carry no licence file: the texts their licence names (resources/licences).
FALLBACK_TEXTS = {"pyside6-essentials": ("LGPL-3.0.txt", "GPL-3.0.txt"), "shiboken6": ("LGPL-3.0.txt", "GPL-3.0.txt")}
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


def licence_text(name: str) -> tuple[str, str]:
    """One of the texts kept in resources/licences (for what has no metadata of its own)."""
    return name, (resource_file("licences") / name).read_text(encoding="utf-8")


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
        if len(parts) > 1 or parts[0].endswith((".py", ".so", ".pyd")):
            tops.add(parts[0] if len(parts) > 1 else parts[0].split(".", 1)[0])
    return tops


def distribution_notice(name: str) -> Notice:
    """The notice of one installed distribution, from its own metadata and licence files."""
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        raise NoticeError(f"licenties: {name} is niet geïnstalleerd") from None
    texts = [(f.name, Path(f.locate()).read_text(encoding="utf-8", errors="replace")) for f in dist.files or []
             if ".dist-info" in str(f) and LICENCE_FILE.search(f.name) and Path(f.locate()).is_file()]
    texts = [(label, text) for label, text in texts if text.strip()]
    for fallback in FALLBACK_TEXTS.get(normalise(name), ()) if not texts else ():
        texts.append(licence_text(fallback))
    if not texts:
        raise NoticeError(f"licenties: {name} {dist.version} heeft geen licentietekst in zijn metadata; "
                          f"leg hem vast in g40desk/licences.py (FALLBACK_TEXTS)")
    tops = _top_modules(dist)
    files = tuple(f"{top}/*" for top in tops) + (f"{normalise(name).replace('-', '_')}-*.dist-info/*",
                                                   f"{dist.metadata['Name']}-*.dist-info/*")
    files += EXTRA_FILES.get(normalise(name), ())
    licence = LICENCE_NAMES.get(normalise(name)) or _licence(dist)
    return Notice(dist.metadata["Name"], dist.version, licence, _url(dist), texts, note=NOTES.get(normalise(name), ""),
                  modules=tops, files=files)


def python_notice() -> Notice:
    """The interpreter and its standard library, with the licence text of the Python that runs this."""
    base = Path(sys.base_prefix)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (base / "LICENSE.txt", base / "lib" / version / "LICENSE.txt",
                      base / "share" / "doc" / version / "LICENSE.txt", Path("/usr/share/doc") / version / "copyright"):
        if candidate.is_file():
            text = candidate.read_text(encoding="utf-8", errors="replace")
            break
    else:
        raise NoticeError(f"licenties: de licentietekst van Python ontbreekt onder {base}")
    return Notice(
        "Python", sys.version.split()[0], "PSF-2.0", "https://www.python.org/", [("LICENSE.txt", text)],
        modules=set(sys.stdlib_module_names) | {"__main__"},
        files=("base_library.zip", "python3*/*", "libpython3*", "python3*.dll", "python.exe", "vcruntime140*.dll",
               "msvcp140*.dll", "ucrtbase.dll", "api-ms-win-*.dll", "libffi-*.dll", "_*.pyd", "*.pyd", "Python",
               "Python.framework/*"),
        note="Met de uitbreidingsmodules van de standaardbibliotheek (en op Windows de Visual C++-runtime "
             "die Python meelevert).")


def qt_notice(version: str) -> Notice:
    return Notice(
        "Qt", version, "LGPL-3.0-only", "https://www.qt.io/", [licence_text("LGPL-3.0.txt"), licence_text("GPL-3.0.txt")],
        files=("libQt6*", "Qt6*.dll", "PySide6/Qt/*", "PySide6/Qt*", "PySide6/*.dll", "PySide6/lib*"),
        note="De Qt-bibliotheken staan als losse gedeelde bibliotheken bij het programma; u mag ze "
             "vervangen door een eigen, gewijzigde build van dezelfde versie (LGPL-3.0, artikel 4). "
             "Broncode: https://download.qt.io/official_releases/qt/ . Qt bevat zelf onderdelen van derden "
             "(o.a. HarfBuzz, FreeType, PCRE2, libpng, double-conversion); hun licenties staan in Qt's "
             "documentatie onder 'Licenses Used in Qt'.")


def render(notices: list[Notice], app_version: str) -> str:
    """The notices text: an overview, then each package with its licence text (a repeated text is referred to)."""
    width = max(len(f"{n.name} {n.version}") for n in notices)
    lines = [f"g40desk {app_version}: licenties van derden", "",
             "g40desk zelf valt onder de EUPL-1.2 (LICENSE). Het programma bevat de onderdelen hieronder,",
             "elk onder zijn eigen licentie.", "", "Overzicht", ""]
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
    """(name, version, licence) of each entry of a notices text."""
    return [(m["name"], m["version"], m["licence"]) for m in HEADER.finditer(text)]


def runtime_closure(root: str = "g40desk") -> list[str]:
    """The installed distributions *root* needs at run time, and theirs (no extras).

    Requirements with an environment marker count when the distribution is installed (pip
    installed it because the marker held); extras are left out. No 'packaging' needed.
    """
    todo, seen = list(metadata.requires(root) or []), set()
    while todo:
        requirement = todo.pop()
        name, marker = re.match(r"\s*([A-Za-z0-9._-]+)", requirement).group(1), requirement.partition(";")[2]
        if normalise(name) in seen or "extra" in marker:
            continue
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue  # its marker did not hold here
        seen.add(normalise(name))
        todo += requires
    return sorted(seen)


def notices_text() -> str:
    """The bundle's THIRD-PARTY-NOTICES.txt; in a pip install, the same made from what pip installed."""
    shipped = notices_file()
    if shipped is not None:
        return shipped.read_text(encoding="utf-8")
    from g40desk import __version__

    found = [distribution_notice(name) for name in runtime_closure()]
    qt = next((n.version for n in found if normalise(n.name) == "pyside6-essentials"), "?")
    return render([python_notice(), qt_notice(qt), *found], __version__)
