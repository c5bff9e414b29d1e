"""Text helpers shared by search and the writers."""

from __future__ import annotations

import re
import unicodedata

# Characters XML 1.0 cannot hold: C0 controls except tab, LF, CR; surrogates; U+FFFE/U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Remove the characters that Word and Excel files cannot store."""
    return _XML_ILLEGAL.sub("", text)


def fold(text: str) -> str:
    """Lower-case, strip diacritics and apostrophes: 'financiële' -> 'financiele'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"['’‘`]", "", stripped)


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def short_title(text: str, limit: int = 90) -> str:
    """First sentence of a text, cut at a word boundary near *limit* characters."""
    first = re.split(r"(?<=[.;:?!])\s", text.strip(), maxsplit=1)[0].rstrip(".;:")
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;: ") + "…"
