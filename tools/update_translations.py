"""Refresh resources/i18n/g40desk_en.ts from the code and build the .qm the app loads.

    python tools/update_translations.py

New strings appear in the .ts as unfinished: translate them (Qt Linguist, or the
ENGLISH table in tools/english.py), run this again, and commit both files.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "g40desk_en.ts"
TS_NL = ROOT / "resources" / "i18n" / "g40desk_nl.ts"  # plural forms of the Dutch source strings only


def dutch_plurals(sources: list[str]) -> list[str]:
    """g40desk_nl: Qt picks "%n onderdeel" or "%n onderdelen" only through a translation."""
    from english import DUTCH_PLURALS

    subprocess.run(["pyside6-lupdate", *sources, "-pluralonly", "-no-obsolete", "-target-language", "nl_NL",
                    "-ts", str(TS_NL)], check=True)
    tree = ET.parse(TS_NL)
    missing = []
    for message in tree.getroot().iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if source not in DUTCH_PLURALS:
            missing.append(source)
            continue
        for old in list(translation):
            translation.remove(old)
        translation.text = None
        for form in DUTCH_PLURALS[source]:
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
    tree.write(TS_NL, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(TS_NL), "-qm", str(TS_NL.with_suffix(".qm"))], check=True)
    return missing


def main() -> int:
    sources = [str(p) for p in sorted((ROOT / "g40desk" / "gui").rglob("*.py"))]
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(TS)], check=True)
    sys.path.insert(0, str(ROOT / "tools"))
    from english import BY_CONTEXT, ENGLISH, PLURALS

    tree = ET.parse(TS)
    missing = []
    contexts = [(c.findtext("name"), m) for c in tree.getroot().iter("context") for m in c.iter("message")]
    for context, message in contexts:
        source = message.findtext("source")
        translation = message.find("translation")
        if message.get("numerus") == "yes" and source in PLURALS:
            for old in list(translation):
                translation.remove(old)
            translation.text = None
            for form in PLURALS[source]:
                ET.SubElement(translation, "numerusform").text = form
            translation.attrib.pop("type", None)
        elif (context, source) in BY_CONTEXT or source in ENGLISH:
            translation.text = BY_CONTEXT.get((context, source), ENGLISH.get(source))
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished":
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    missing += dutch_plurals(sources)
    qt_nl = TS.with_name("g40desk_qt_nl.ts")  # hand-written: Qt strings qtbase_nl lacks
    subprocess.run(["pyside6-lrelease", str(qt_nl), "-qm", str(qt_nl.with_suffix(".qm"))], check=True)
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
