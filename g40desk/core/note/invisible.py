"""Invisible characters that change how a text shows: named, never removed.

A right-to-left override (U+202E) makes "Overleg 2027" show as "7202 gelrevO" in Word and in the
document's properties; a zero-width space splits a word so that a search for it fails; neither
can be seen where it is typed. They are kept as typed, because some are written on purpose (a name
in Arabic, an emoji sequence) and text reaches Word exactly as typed; but each field that holds one
gets a warning that names the field and the character, so the advisor removes it if it came in
with a paste. Marks that only steer neutral characters in right-to-left text (U+200E, U+200F,
U+061C) and the soft hyphen are left alone. The internal note never reaches a document and is
not checked.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from g40desk.core.text import few

NAMES = {
    "\u202a": "links-naar-rechts-inbedding", "\u202b": "rechts-naar-links-inbedding",
    "\u202c": "einde van de richtingsopmaak", "\u202d": "links-naar-rechts-omkering",
    "\u202e": "rechts-naar-links-omkering", "\u2066": "links-naar-rechts-isolatie",
    "\u2067": "rechts-naar-links-isolatie", "\u2068": "eerste-sterke-isolatie", "\u2069": "einde van de isolatie",
    "\u200b": "nulbreedte-spatie", "\u2060": "woordverbinder", "\ufeff": "nulbreedte-harde spatie",
    "\u180e": "Mongoolse klinkerscheider", "\u200c": "nulbreedte-scheider", "\u200d": "nulbreedte-verbinder",
}
_FOUND = re.compile("[" + "".join(NAMES) + "\U000e0000-\U000e007f]")
_JOINERS = "\u200c\u200d"
SKIPPED = {"note"}  # internal: never in an export


def _on_purpose(text: str, index: int) -> bool:
    """A joiner between letters of a script that uses it, or inside an emoji sequence; tag
    characters after a black flag (the flags of England, Scotland, Wales)."""
    char = text[index]
    if char in _JOINERS:
        around = text[max(0, index - 1):index] + text[index + 1:index + 2]
        return any(ord(c) > 0x24F for c in around)
    if "\U000e0000" <= char <= "\U000e007f":
        start = index
        while start > 0 and "\U000e0000" <= text[start - 1] <= "\U000e007f":
            start -= 1
        return start > 0 and text[start - 1] == "\U0001f3f4"
    return False


def invisible(text: str) -> list[tuple[int, str]]:
    """(position, name) of each invisible character in *text* that is not there on purpose."""
    found = []
    for match in _FOUND.finditer(text):
        if not _on_purpose(text, match.start()):
            char = match.group(0)
            name = NAMES.get(char, "onzichtbaar labelteken")
            found.append((match.start(), f"{name} (U+{ord(char):04X})"))
    return found


def _fields(value, where: str):
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            if name not in SKIPPED:
                yield from _fields(getattr(value, name), f"{where}.{name}" if where else name)
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from _fields(inner, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for index, inner in enumerate(value):
            yield from _fields(inner, f"{where}[{index}]")


def invisible_warnings(pack: BaseModel) -> list[str]:
    """One line per field of *pack* that holds invisible characters: which field, which characters, where."""
    lines = []
    for where, text in _fields(pack, ""):
        found = invisible(text)
        if not found:
            continue
        names = list(dict.fromkeys(name for _position, name in found))
        first = found[0][0] + 1
        count = f"{len(found)} onzichtbare tekens" if len(found) > 1 else "1 onzichtbaar teken"
        lines.append(f"veld '{where}' bevat {count} "
                     f"({few(names, 3)}; het eerste op teken {first}) die veranderen hoe de tekst wordt getoond of "
                     "gevonden; ze komen zo in de notitie en haar documenteigenschappen. Haal ze weg als u ze niet "
                     "bewust hebt getypt")
    return lines
