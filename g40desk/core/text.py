"""Text helpers shared by search and the writers."""

from __future__ import annotations

import datetime as dt
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


# Words and names advisors use for the same thing; searching for one finds the others.
# Folded (see fold); a phrase is matched as whole words before the query is split. A variant
# is found as a whole word ("minima" is not "minimale"), one ending in "*" also inside a longer
# word: "woning*" finds woningen, woningbouw and huurwoning.
VARIANTS: tuple[tuple[str, ...], ...] = (
    ("den bosch", "s-hertogenbosch", "hertogenbosch"),
    ("minima", "minimas", "armoede*", "bestaanszekerheid*"),  # "minima's" folds to "minimas"
    ("schulden", "schuld*", "schuldhulp*"),
    ("dakloos*", "daklozen*", "dakloosheid", "thuisloos*", "maatschappelijke opvang"),
    ("wonen", "woning*", "huisvesting*"),
)

Group = re.Pattern  # one word of a query, or one set of variants: an entry must hold one alternative


def _group(variants: tuple[str, ...]) -> Group:
    """Longest first, so a span covers "schuldhulp" rather than "schuld" in it."""
    parts = [re.escape(v[:-1]) if v.endswith("*") else rf"(?<!\w){re.escape(v)}(?!\w)"
             for v in sorted(variants, key=lambda v: len(v.rstrip("*")), reverse=True)]
    return re.compile("|".join(parts))


_VARIANT_GROUPS = [(variants, _group(variants)) for variants in VARIANTS]


def search_groups(query: str) -> list[Group]:
    """The query as groups of alternatives: an entry matches when it holds one of each group. A
    word typed is found anywhere (also inside a longer word); its variants as VARIANTS says."""
    text = " ".join(fold(query).split())
    groups: list[Group] = []
    for variants, group in _VARIANT_GROUPS:
        for variant in sorted((v.rstrip("*") for v in variants), key=len, reverse=True):
            pattern = rf"(?<!\S){re.escape(variant)}(?!\S)"
            if re.search(pattern, text):
                groups.append(group)
                text = re.sub(pattern, " ", text)
                break
    return groups + [re.compile(re.escape(word)) for word in text.split()]


def matches(haystack: str, groups: list[Group]) -> bool:
    """True when the folded *haystack* holds one alternative of every group."""
    return all(group.search(haystack) for group in groups)


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """fold(*text*), and for each folded character the index of the character it came from."""
    out, where = [], []
    for position, char in enumerate(text):
        for piece in fold(char):
            out.append(piece)
            where.append(position)
    return "".join(out), where


def match_spans(text: str, groups: list[Group]) -> list[tuple[int, int]]:
    """Where in *text* (start, end, in its own characters) an alternative of one of *groups* occurs."""
    folded, where = _folded_with_map(text)
    spans = []
    for group in groups:
        for found in group.finditer(folded):
            if found.end() > found.start():
                spans.append((where[found.start()], where[found.end() - 1] + 1))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(text: str, groups: list[Group], around: int = 50) -> list[tuple[str, bool]]:
    """A piece of *text* around its first match, as (piece, matched) parts: why a search found it.

    Cut at word boundaries, with "…" where text was left out; [] when nothing matches.
    """
    flat = " ".join(text.split())
    spans = match_spans(flat, groups)
    if not spans:
        return []
    first_start, first_end = spans[0]
    start = max(0, first_start - around)
    end = min(len(flat), first_end + around)
    if start > 0:
        start = flat.find(" ", start, first_start) + 1 or start
    if end < len(flat):
        cut = flat.rfind(" ", first_end, end)
        end = cut if cut > 0 else end
    parts: list[tuple[str, bool]] = [("…", False)] if start > 0 else []
    position = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        if span_start > position:
            parts.append((flat[position:span_start], False))
        parts.append((flat[span_start:span_end], True))
        position = span_end
    if position < end:
        parts.append((flat[position:end], False))
    if end < len(flat):
        parts.append(("…", False))
    return parts


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def number(value: int) -> str:
    """1234567 -> '1.234.567': a count as a Dutch message writes it."""
    return f"{value:,}".replace(",", ".")


def few(names: list[str], limit: int = 5) -> str:
    """'Almelo, Almere en 3 andere': the first *limit* names, then how many more."""
    return ", ".join(names[:limit]) + (f" en {len(names) - limit} andere" if len(names) > limit else "")


def unique_id(base: str, taken) -> str:
    """*base*, or *base*-2, -3, … : the first that is not in *taken*."""
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def as_sentence(text: str) -> str:
    """A catalogue fragment as a sentence: capital first letter, a full stop, no trailing ';' or ','.

    A text that introduces a list (ends in ':') keeps its colon. Abbreviations at the
    start ("t.a.v.") and words that start in lower case on purpose ("'s-Hertogenbosch",
    "iPad") are left alone: only a plain lower-case letter is capitalised.
    """
    text = text.strip().rstrip(";, ")
    if not text:
        return text
    first = text[0]
    if first.islower() and not (len(text) > 1 and (text[1].isupper() or text[1] == ".")):
        text = first.upper() + text[1:]
    if text[-1] not in ".!?:…" and not (text[-1] in "'\")’”" and text[-2:-1] in (".", "!", "?")):
        text += "."
    return text


_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli",
           "augustus", "september", "oktober", "november", "december")


def dutch_date(day: dt.date) -> str:
    """'11 maart 2021': how a date is written in a note and in a message."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def local_time(moment: dt.datetime, seconds: bool = False) -> str:
    """*moment* as dd-mm-jjjj uu:mm in the computer's time zone; a moment no time zone can hold
    (year 1 or 9999 from a damaged file) is shown as written, never an OverflowError."""
    shown = local_moment(moment)
    text = f"{short_date(shown)} {shown.hour:02d}:{shown.minute:02d}" + (f":{shown.second:02d}" if seconds else "")
    return text + utc_mark(moment, shown)


def local_moment(moment: dt.datetime) -> dt.datetime:
    """*moment* in the computer's time zone, or as written when no time zone can hold it."""
    try:
        return moment.astimezone()
    except (OverflowError, ValueError, OSError):
        return moment


def utc_mark(moment: dt.datetime, shown: dt.datetime) -> str:
    """" (UTC)" when *shown* stayed in UTC because the local zone could not hold it."""
    return " (UTC)" if shown is moment and moment.utcoffset() == dt.timedelta(0) else ""


def short_date(day: dt.date) -> str:
    """'11-03-2021': the short Dutch form, for tables and narrow fields."""
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


# Month names and abbreviations people type, folded ("mrt", "sept", "okt"; English too, harmless).
_MONTH_WORDS = {
    **{name: number for number, name in enumerate(_MONTHS, 1)},
    **{name[:3]: number for number, name in enumerate(_MONTHS, 1)},
    "mrt": 3, "sept": 9, "okt": 10,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "mar": 3, "oct": 10,
}
_NUMERIC = re.compile(r"(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WORDS = re.compile(r"(\d{1,2})[\s.-]*([a-z]+)\.?[\s.-]*(\d{4})")


def read_date(text: str) -> dt.date | None:
    """A date as people type it, or None when it is not understood (or does not exist).

    Understood: '15-01-2027', '15-1-2027', '15/1/2027', '15.1.2027', '2027-01-15',
    '15 januari 2027', '15 jan 2027', '15 jan. 2027', '15-jan-2027'. Day first, as in
    Dutch; a four-digit year, so '1-2-27' is not guessed at.
    """
    folded = " ".join(fold(text).split())
    day = month = year = None
    if found := _NUMERIC.fullmatch(folded):
        day, month, year = int(found[1]), int(found[3]), int(found[4])
    elif found := _ISO.fullmatch(folded):
        year, month, day = int(found[1]), int(found[2]), int(found[3])
    elif (found := _WORDS.fullmatch(folded)) and found[2] in _MONTH_WORDS:
        day, month, year = int(found[1]), _MONTH_WORDS[found[2]], int(found[3])
    if day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
