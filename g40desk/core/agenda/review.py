"""A pack meets another agenda version: what changed, and the advisor's decisions.

A pack records the agenda (ID and version) it was made with and the agenda text of each
of its items (``Pack.agenda``, see :func:`stamped`). Opened against another version,
:func:`review_pack` lists what needs a decision: entries whose text changed (with a
word-level diff), entries retired or outdated, and new entries in the pack's themes.
:func:`apply_decisions` carries out the advisor's choice for each; tailored text is never
overwritten. The command line (``g40desk review``) and the editor show the same list.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum

from g40desk.core.agenda.catalogue import PICKABLE, Catalogue, Entry, Kind
from g40desk.core.pack import limits
from g40desk.core.pack.model import AgendaStamp, Item, OwnEntry, OwnKind, Pack
from g40desk.core.text import slugify, unique_id


class ChangeKind(StrEnum):
    CHANGED = "changed"
    RETIRED = "retired"
    OUTDATED = "outdated"
    NEW = "new"


LABELS = {
    ChangeKind.CHANGED: "tekst gewijzigd",
    ChangeKind.RETIRED: "uit de agenda gehaald",
    ChangeKind.OUTDATED: "achterhaald",
    ChangeKind.NEW: "nieuw in de agenda",
}
# What "accept" and "keep" do, per kind of change (shown beside the choice).
ACCEPT = {
    ChangeKind.CHANGED: "nieuwe agendatekst overnemen",
    ChangeKind.RETIRED: "uit het pakket halen",
    ChangeKind.OUTDATED: "uit het pakket halen",
    ChangeKind.NEW: "aan het pakket toevoegen",
}
KEEP = {
    ChangeKind.CHANGED: "oude tekst houden",
    ChangeKind.RETIRED: "houden als eigen inbreng",
    ChangeKind.OUTDATED: "toch houden",
    ChangeKind.NEW: "niet toevoegen",
}


def agenda_text(entry: Entry) -> str:
    """The agenda wording of an entry as a note uses it: its text, or a theme's title and rationale."""
    node = entry.node
    if entry.kind == Kind.THEME:
        return "\n\n".join([node.title or "", *node.rationale])
    text = node.text or node.title or ""
    if node.subpoints:
        text += "".join(f"\n✓ {s}" for s in node.subpoints)
    return text


@dataclass
class Change:
    kind: ChangeKind
    ref: str
    label: str
    old: str = ""
    new: str = ""
    tailored: bool = False  # the item has its own wording, which stays whatever is decided
    reason: str = ""

    @property
    def key(self) -> str:
        return f"{self.kind.value}:{self.ref}"

    def diff(self) -> list[tuple[str, str]]:
        """Word-level diff of old and new: ('=', text), ('-', removed), ('+', added)."""
        return word_diff(self.old, self.new)

    def describe(self) -> str:
        """One report block: what changed and the two choices."""
        head = f"[{LABELS[self.kind]}] {self.ref}: {self.label}"
        lines = [head]
        if self.kind == ChangeKind.CHANGED:
            lines.append("    " + render_diff(self.diff()))
            if self.tailored:
                lines.append("    (uw eigen tekst in het pakket blijft staan)")
        elif self.reason:
            lines.append(f"    {self.reason}")
        lines.append(f"    overnemen: {ACCEPT[self.kind]}; houden: {KEEP[self.kind]}")
        return "\n".join(lines)


_WORDS = re.compile(r"\s+|[^\s]+")


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    out: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("=", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("-", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(("+", "".join(b[j1:j2])))
    return out


def render_diff(parts: list[tuple[str, str]]) -> str:
    """A diff as plain text: [-removed-] {+added+}, as in `git diff --word-diff`."""
    marks = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}
    return "".join(marks[op].format(text) for op, text in parts)


def _outdated_reason(entry: Entry) -> str:
    outdated = entry.node.outdated
    if outdated is None:
        return ""
    what = "deels achterhaald" if outdated.partial else "achterhaald"
    return f"{what} sinds {outdated.since:%d-%m-%Y}: {outdated.reason}"


def _theme_entries(pack: Pack, catalogue: Catalogue) -> list[str]:
    """Pickable entries under the themes the pack draws on (in agenda order)."""
    themes = {catalogue[i.ref].theme for i in pack.items if i.ref in catalogue and catalogue[i.ref].theme}
    themes |= {o.theme for o in pack.own if o.theme}
    return [e.id for e in catalogue.walk()
            if e.theme in themes and e.kind in PICKABLE and e.kind != Kind.THEME and not e.own]


def review_pack(pack: Pack, catalogue: Catalogue, previous: Catalogue | None = None) -> list[Change]:
    """What needs the advisor's decision when *pack* is used with *catalogue*.

    *previous* is the agenda the pack was made with, when it can be found; without it,
    new entries are those not yet known to the pack (``Pack.agenda.known``).
    """
    stamp_ = pack.agenda
    if stamp_ is None:
        return []
    same = (stamp_.id, stamp_.version) == (catalogue.meta.id, catalogue.meta.version)
    own = {o.id for o in pack.own}
    changes: list[Change] = []
    for item in pack.items:
        if item.ref in own:
            continue
        old = stamp_.texts.get(item.ref, "")
        if item.ref not in catalogue or catalogue.is_retired(item.ref):
            entry = catalogue.entries.get(item.ref)
            retired = entry.node.retired if entry else None
            reason = "staat niet meer in de agenda"
            if retired is not None and retired.reason:
                reason = f"uit de agenda gehaald: {retired.reason}"
            label = entry.label if entry else (old.split("\n")[0][:90] or item.ref)
            changes.append(Change(ChangeKind.RETIRED, item.ref, label, old=old or item.text or "",
                                  tailored=item.text is not None, reason=reason))
            continue
        entry = catalogue[item.ref]
        if entry.node.outdated is not None and item.ref not in stamp_.kept:
            changes.append(Change(ChangeKind.OUTDATED, item.ref, entry.label, tailored=item.text is not None,
                                  reason=_outdated_reason(entry)))
        new = agenda_text(entry)
        if old and old != new:
            changes.append(Change(ChangeKind.CHANGED, item.ref, entry.label, old=old, new=new,
                                  tailored=item.text is not None))
    if not same:
        in_pack = set(pack.refs())
        if previous is not None:
            known = set(previous.entries)
        else:
            known = set(stamp_.known) | set(stamp_.texts)
        if known:
            for entry_id in _theme_entries(pack, catalogue):
                if entry_id not in in_pack and entry_id not in known and not catalogue.is_retired(entry_id):
                    entry = catalogue[entry_id]
                    changes.append(Change(ChangeKind.NEW, entry_id, entry.label, new=agenda_text(entry),
                                          reason=_outdated_reason(entry)))
    return changes


def _own_id(ref: str, taken: set[str]) -> str:
    return unique_id("own:" + (slugify(ref.replace(":", "-")) or "inbreng"), taken)


def apply_decisions(pack: Pack, catalogue: Catalogue, changes: list[Change], accepted: set[str]) -> Pack:
    """A copy of *pack* with each change accepted (its key in *accepted*) or kept, then
    recorded against *catalogue*. Tailored text (``Item.text``) is never overwritten.

    A result beyond the pack's limits (too many items or own entries) raises limits.PackRefused."""
    pack = pack.model_copy(deep=True)
    stamp_ = pack.agenda or AgendaStamp(id=catalogue.meta.id, version=catalogue.meta.version)
    kept = set(stamp_.kept)
    remove: set[str] = set()
    texts = dict(stamp_.texts)
    for change in changes:
        accept = change.key in accepted
        item = pack.item(change.ref)
        if change.kind == ChangeKind.NEW:
            if accept and item is None:
                pack.items.append(Item(ref=change.ref))
        elif change.kind == ChangeKind.CHANGED:
            if not accept and item is not None and item.text is None and catalogue[change.ref].kind != Kind.THEME:
                item.text = change.old
            texts.pop(change.ref, None)
        elif change.kind == ChangeKind.OUTDATED:
            if accept:
                remove.add(change.ref)
            else:
                kept.add(change.ref)
        elif change.kind == ChangeKind.RETIRED:
            remove.add(change.ref)
            if not accept and item is not None:
                taken = {o.id for o in pack.own} | set(pack.refs())
                kind = OwnKind.GOAL if change.ref.startswith("goal:") else OwnKind.DEMAND
                mine = OwnEntry(id=_own_id(change.ref, taken), kind=kind,
                                text=item.text or change.old or change.label)
                pack.own.append(mine)
                pack.items.append(item.model_copy(update={"ref": mine.id, "text": None}))
    items = [i for i in pack.items if i.ref not in remove]
    limits.check(pack.model_copy(update={"items": items}))  # too many new or own entries: nothing is decided
    pack.items = items
    pack.agenda = AgendaStamp(id=catalogue.meta.id, version=catalogue.meta.version,
                              texts={k: v for k, v in texts.items() if k in catalogue}, known=[], kept=sorted(kept),
                              reasons={k: v for k, v in stamp_.reasons.items() if k in kept and k not in remove})
    return stamped(pack, catalogue)


def stamped(pack: Pack, catalogue: Catalogue) -> Pack:
    """A copy of *pack* recording *catalogue*'s ID, version and the agenda text of each item.

    Texts already recorded for this version stay (they may be the ones a review compares
    with). While a review against another version is pending, *pack* itself is returned.
    """
    current = pack.agenda
    if current is not None and (current.id, current.version) != (catalogue.meta.id, catalogue.meta.version):
        return pack
    old = current.texts if current else {}
    refs = [i.ref for i in pack.items if i.ref in catalogue and not catalogue[i.ref].own]
    texts = {ref: old.get(ref) or agenda_text(catalogue[ref]) for ref in refs}
    known = sorted(set(_theme_entries(pack, catalogue)) | set(current.known if current else ()))
    # An entry picked while this version already marks it outdated was picked knowingly.
    outdated = {ref for ref in refs if catalogue[ref].node.outdated is not None}
    kept = sorted((set(current.kept if current else ()) | outdated) & set(refs))
    reasons = {k: v for k, v in (current.reasons if current else {}).items() if k in refs}
    return pack.model_copy(update={"agenda": AgendaStamp(id=catalogue.meta.id, version=catalogue.meta.version,
                                                         texts=texts, known=known, kept=kept, reasons=reasons)})


def report(changes: list[Change], pack: Pack, catalogue: Catalogue) -> str:
    """The review as text, for `g40desk review`."""
    was = f"{pack.agenda.id} versie {pack.agenda.version}" if pack.agenda else "onbekend"
    now = f"{catalogue.meta.id} versie {catalogue.meta.version}"
    lines = [f"Pakket gemaakt met agenda {was}; nu: {now}."]
    if not changes:
        lines.append("Niets te beslissen.")
        return "\n".join(lines)
    lines.append("1 punt vraagt een beslissing:" if len(changes) == 1 else f"{len(changes)} punten vragen een beslissing:")
    lines += [change.describe() for change in changes]
    return "\n".join(lines)
