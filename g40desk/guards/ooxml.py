"""Reading parts of an untrusted Office zip with lxml: sizes bounded, DTDs refused, entities and network off."""

from __future__ import annotations

import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                         remove_blank_text=False)
# The same settings for streamed parts (etree.iterparse and XMLPullParser take them as arguments).
STREAM = {"resolve_entities": False, "no_network": True, "load_dtd": False, "huge_tree": False}


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


class PartTooLarge(Exception):
    """A member is larger than the caller allows, or declares a DTD (see read_part)."""


def read_part(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """The bytes of one member, at most *limit* of them; a DTD (entity expansion) is refused."""
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise PartTooLarge(f"het onderdeel '{name}' is te groot ({info.file_size // 1_000_000} MB uitgepakt)")
    with archive.open(info) as handle:
        data = handle.read(limit + 1)  # zipfile stops at the declared size; this is a second fence
    if len(data) > limit:
        raise PartTooLarge(f"het onderdeel '{name}' is te groot")
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise PartTooLarge(f"het onderdeel '{name}' bevat een DTD")
    return data


def relationship_targets(archive: zipfile.ZipFile, rels_name: str) -> dict[str, str]:
    """Relationship type (last part of its URI) -> target of the first such relationship, internal ones only."""
    if rels_name not in archive.namelist():
        return {}
    try:
        root = etree.fromstring(read_part(archive, rels_name, 1_000_000), PARSER)
    except (PartTooLarge, etree.XMLSyntaxError):
        return {}
    found: dict[str, str] = {}
    for rel in root.iter(f"{{{PKG_RELS}}}Relationship"):
        if rel.get("TargetMode") != "External":
            found.setdefault(rel.get("Type", "").rstrip("/").rsplit("/", 1)[-1], rel.get("Target", ""))
    return found
