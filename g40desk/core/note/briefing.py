"""What a briefing note says for one audience, independent of Word or the preview.

``build_briefing`` resolves a pack for one audience (placeholders, overrides, the
pack's order); ``core/blocks.py`` turns the result into the blocks that the Word note,
the talking-points card and the editor's preview map to their medium.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from g40desk.core.agenda.catalogue import Catalogue, Entry, Kind
from g40desk.core.audience.audiences import Audiences, Ministry, portfolio_tags
from g40desk.core.audience.facts import Facts
from g40desk.core.audience.naming import addressed
from g40desk.core.note import stale
from g40desk.core.note.placeholders import Unfilled, filler_for
from g40desk.core.pack import owners
from g40desk.core.pack.model import (
    Classification,
    Held,
    Item,
    NoteOptions,
    OtherAsks,
    Outcome,
    Pack,
    Priority,
    Recall,
    Status,
    sees,
)
from g40desk.core.text import as_sentence, dutch_date

CLASSIFICATION_LABELS = {
    Classification.PUBLIC: "Openbaar",
    Classification.INTERNAL: "Intern",
    Classification.CONFIDENTIAL: "Vertrouwelijk",
}
OWN_SOURCE = "Eigen inbreng van de adviseur (niet uit de G40-agenda)"
PRIORITY_LABELS = {Priority.HIGH: "hoog", Priority.MEDIUM: "middel", Priority.LOW: "laag"}
STATUS_LABELS = {
    Status.OPEN: "open",
    Status.RAISED: "aangekaart",
    Status.IN_PROGRESS: "in behandeling",
    Status.AGREED: "toegezegd",
    Status.ACHIEVED: "gerealiseerd",
    Status.REJECTED: "afgewezen",
}
FIGURES_SECTION = "section:kerngegevens"
# Kinds in the order a theme shows them: its own wording, "Wat willen we?", "Wat vragen we?".
_KIND_RANK = {Kind.THEME: 0, Kind.GOAL: 1, Kind.DEMAND: 2, Kind.KEY_FIGURE: 3}


@dataclass
class Ask:
    """One demand as it goes into the note."""

    id: str
    label: str
    text: str
    catalogue_text: str
    context: str
    talking_points: list[str]
    priority: Priority | None
    status: Status | None
    ministries: list[str]  # who the ask is for on the meeting date, as named that day ('VRO', 'SZW')
    addressed: bool  # to this note's audience
    source: str
    tailored: bool = False
    outdated: str = ""  # "Deels achterhaald sinds 1 januari 2023 — reason": kept on purpose (core/note/stale.py)
    stale: str = ""  # "deels achterhaald sinds 1 januari 2023": beside the ask in "Kern van het gesprek"
    outcome: Outcome | None = None  # what this audience said to it at the meeting (the report)


@dataclass
class Goal:
    """One goal ("Wat willen we?") with the advisor's tailoring for this audience."""

    id: str
    text: str
    line: str = ""  # the goal in one line, for the card: the tailored wording, else the short title
    context: str = ""
    talking_points: list[str] = field(default_factory=list)
    priority: Priority | None = None
    tailored: bool = False  # wording, context, points or priority of the advisor's own
    outdated: str = ""


@dataclass
class ThemeBlock:
    id: str
    title: str
    rationale: list[str] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    asks: list[Ask] = field(default_factory=list)
    item: str | None = None  # the theme's own pack item, when the theme itself is in the pack
    tailored: str = ""  # the advisor's own rationale for this audience
    context: str = ""
    talking_points: list[str] = field(default_factory=list)


@dataclass
class MessageBlock:
    id: str
    title: str
    themes: list[ThemeBlock] = field(default_factory=list)


@dataclass
class Figure:
    text: str
    source: str
    context: str
    id: str = ""


@dataclass
class Briefing:
    title: str
    audience_id: str | None
    audience_name: str
    details: list[tuple[str, str]]
    classification: str
    key_asks: list[Ask]
    messages: list[MessageBlock]
    figures: list[Figure]
    source_title: str
    unfilled: list[Unfilled] = field(default_factory=list)
    placeholders: dict[str, str] = field(default_factory=dict)  # the values {stad} and the rest had
    leads: bool = False  # a ministry or a minister: its own asks first, others apart or left out (asks_for)
    day: dt.date | None = None  # the day asks are addressed for: the meeting's, else the day it was made
    lookback: list[Recall] = field(default_factory=list)  # "Terugblik": this audience's points from its last meeting
    held: Held | None = None  # the meeting as it was held (the report)
    planned: dt.date | None = None  # the day it was planned
    audience_phrase: str = ""  # the audience with its article: 'het ministerie van Financiën (Fin)'

    @property
    def warnings(self) -> list[str]:
        return [u.describe() for u in self.unfilled]

    @property
    def asks(self) -> list[Ask]:
        return [a for m in self.messages for t in m.themes for a in t.asks]


def group_of(entry: Entry) -> tuple[str, str]:
    """The (heading 1, heading 2) an item sits under: core message and theme, or the key-figures section."""
    if entry.kind == Kind.KEY_FIGURE:
        return FIGURES_SECTION, FIGURES_SECTION
    message = entry.message or entry.theme or entry.id  # own entries outside a theme: 'Eigen inbreng'
    return message, entry.theme or message


def note_order(pack: Pack, catalogue: Catalogue) -> list[tuple[str, list[tuple[str, list[Item]]]]]:
    """The pack as the note shows it: core messages › themes › items, key figures last.

    Messages and themes come in the order of their first item in the pack; within a theme
    the theme's own item, its goals, then its demands, each in pack order. The outline
    shows this same tree, so moving an item there moves it in the note.
    """
    groups: dict[str, dict[str, list[Item]]] = {}
    for item in pack.items:
        if item.ref not in catalogue:
            continue
        message, group = group_of(catalogue[item.ref])
        groups.setdefault(message, {}).setdefault(group, []).append(item)
    if FIGURES_SECTION in groups:
        groups[FIGURES_SECTION] = groups.pop(FIGURES_SECTION)
    return [(message, [(group, sorted(items, key=lambda i: _KIND_RANK.get(catalogue[i.ref].kind, 9)))
                       for group, items in themes.items()])
            for message, themes in groups.items()]


def ask_refs(pack: Pack, catalogue: Catalogue) -> list[str]:
    """The pack's asks (agenda and own demands) in the note's order: what has an outcome after the meeting."""
    return [item.ref for _message, themes in note_order(pack, catalogue) for _group, items in themes
            for item in items if catalogue[item.ref].kind == Kind.DEMAND]


def citation(catalogue: Catalogue, entry: Entry) -> str:
    """Where a reader finds a demand in the source document: section and point, as printed there."""
    if entry.own:
        return OWN_SOURCE
    parent = catalogue[entry.parent] if entry.parent else None
    siblings = [c for c in (parent.child_ids if parent else []) if catalogue[c].kind == entry.kind]
    point = f"{siblings.index(entry.id) + 1}e punt" if entry.id in siblings else ""
    if entry.theme:
        where = f"thema ‘{catalogue[entry.theme].node.title}’, ‘Wat is hiervoor nodig?’"
    elif entry.message:
        where = f"‘{catalogue[entry.message].node.title}’, voorwaarden voor volwaardig partnerschap"
    else:
        where = parent.node.title if parent else ""
    return ", ".join(p for p in (catalogue.meta.source, where, point) if p)


def build_briefing(pack: Pack, catalogue: Catalogue, audiences: Audiences, audience_id: str | None = None,
                   facts: Facts | None = None) -> Briefing:
    """Resolve a pack for one audience (default: its first): placeholders, overrides, order.

    *facts* are the audience facts for {burgemeester} and the like; None: those the audiences were loaded with.
    """
    if audience_id is None and pack.audiences:
        audience_id = pack.audiences[0]
    audience = audiences[audience_id] if audience_id in audiences else None
    for_ministry = isinstance(audiences.organisation(audience_id) if audience else None, Ministry)
    day = pack.meeting.date or dt.date.today()  # who holds a portfolio depends on the date
    fill = filler_for(pack, audiences, audience_id, facts)
    source_title = catalogue.meta.source
    catalogue = catalogue.with_own(pack.own)  # the advisor's own demands and goals, each under its theme
    messages: list[MessageBlock] = []
    figures: list[Figure] = []

    for message_id, groups in note_order(pack, catalogue):
        message = MessageBlock(message_id, catalogue[message_id].node.title or "")
        if message_id != FIGURES_SECTION:
            messages.append(message)
        for group_id, items in groups:
            block = ThemeBlock(group_id, catalogue[group_id].node.title or "")
            message.themes.append(block)
            for item in items:
                if owners.visible(pack, item.ref, audience_id):
                    _place(pack, item, catalogue[item.ref], block, figures, catalogue, audiences, audience_id, fill, day)

    ordered = [a for m in messages for t in m.themes for a in t.asks]
    key_asks = [a for a in ordered if a.priority == Priority.HIGH]

    details = [("Doelgroep", audience.display_name_on(day))] if audience is not None else []
    meeting = pack.meeting
    for label, value in (
        ("Datum", dutch_date(meeting.date) if meeting.date else ""),
        ("Plaats", fill(meeting.place, "overleg", "plaats")),
        ("Deelnemers", fill(owners.participants(pack, audience_id)[0], "overleg", "deelnemers")),
        ("Doel", fill(meeting.purpose, "overleg", "doel")),
        ("Auteur", pack.author),
        ("Rubricering", CLASSIFICATION_LABELS[pack.classification]),
    ):
        if value.strip():
            details.append((label, value))

    return Briefing(
        title=fill(pack.title, "pakket", "titel"),
        audience_id=audience_id,
        audience_name=audience.display_name_on(day) if audience else "",
        audience_phrase=addressed(audience, day) if audience else "",
        details=details,
        classification=CLASSIFICATION_LABELS[pack.classification],
        key_asks=key_asks,
        messages=messages,
        figures=figures,
        source_title=source_title,
        unfilled=fill.unfilled,
        placeholders=fill.usable,  # a header or footer fills from these: never a value with { or }
        leads=for_ministry,
        day=day,
        lookback=[r for r in pack.lookback if sees(r.owner, audience_id)],
        held=pack.meeting.held,
        planned=pack.meeting.date,
    )


def _place(pack: Pack, item: Item, entry: Entry, block: ThemeBlock, figures: list[Figure], catalogue: Catalogue,
           audiences: Audiences, audience_id: str | None, fill, day: dt.date) -> None:
    """Put one pack item, tailored for the audience, into its theme block (or the key figures)."""
    node = entry.node
    tailored = owners.local(pack, item, audience_id)
    label = entry.label

    def text(value: str | None, where: str) -> str:
        return fill(value, label, where)

    points = [text(p, f"gesprekspunt {n}") for n, p in enumerate(tailored.talking_points, start=1) if p.strip()]
    own = tailored.text if tailored.text and tailored.text.strip() else None
    agenda_text = text(node.text, "tekst") if entry.own else as_sentence(node.text or "")  # the advisor's as typed
    if entry.kind == Kind.KEY_FIGURE:
        figures.append(Figure(text(own, "tekst") if own else as_sentence(node.text or ""), node.source or "",
                              text(tailored.context, "lokale context"), entry.id))
    elif entry.kind == Kind.THEME:
        block.item = entry.id
        block.rationale = list(node.rationale)
        block.tailored = text(own, "tekst") if own else ""
        block.context = text(tailored.context, "lokale context")
        block.talking_points = points
    elif entry.kind == Kind.GOAL:
        goal = text(own, "tekst") if own else agenda_text + "".join(f"\n✓ {s}" for s in node.subpoints)
        context = text(tailored.context, "lokale context")
        block.goals.append(Goal(entry.id, goal + (" (eigen inbreng)" if entry.own else ""),
                                line=text(own, "tekst") if own else as_sentence(text(label, "tekst")),
                                context=context, talking_points=points, priority=tailored.priority,
                                tailored=bool(own or context or points or tailored.priority),
                                outdated=stale.note_line(pack, entry)))
    elif entry.kind == Kind.DEMAND:
        tags = portfolio_tags(catalogue, entry.id)
        block.asks.append(Ask(
            id=entry.id,
            label=text(label, "tekst"),  # an own entry's label is its text, placeholders and all
            text=text(own, "tekst") if own else agenda_text,
            catalogue_text=agenda_text,
            context=text(tailored.context, "lokale context"),
            talking_points=points,
            priority=tailored.priority,
            status=item.status,
            ministries=audiences.holder_names(tags, day),
            # An ask the agenda addresses to no one (an own demand without ministries) is for whoever the note is for.
            addressed=bool(audience_id in audiences and (not tags or audiences.addresses(audience_id, tags, day))),
            source=citation(catalogue, entry),
            tailored=own is not None,
            outdated=stale.note_line(pack, entry),
            stale=stale.what(entry) if stale.is_stale(pack, entry) else "",
            outcome=item.outcomes.get(audience_id or ""),
        ))


def asks_for(briefing: Briefing, asks: list[Ask], options: NoteOptions) -> tuple[list[Ask], list[Ask]]:
    """*asks* split as the note shows them: those it leads with, and those for others.

    A ministry's (or a minister's) note leads with the asks addressed to it on the meeting
    date; the others come apart under "Ook van belang voor …", or not at all
    (``options.other_asks``). Any other note keeps every ask in its place."""
    if not briefing.leads:
        return list(asks), []
    others = [] if options.other_asks == OtherAsks.OMIT else [a for a in asks if not a.addressed]
    return [a for a in asks if a.addressed], others


def other_names(asks: list[Ask]) -> list[str]:
    """Who the asks are for, each once, in order ("VRO", "SZW", …)."""
    return list(dict.fromkeys(name for ask in asks for name in ask.ministries))


def visible_sections(briefing: Briefing, options: NoteOptions) -> list[tuple[MessageBlock, list[ThemeBlock]]]:
    """Messages and themes that have something to show with these options: no stray headings."""
    shown = []
    for message in briefing.messages:
        themes = [t for t in message.themes
                  if asks_for(briefing, t.asks, options)[0] or t.tailored or t.context or t.talking_points
                  or (options.rationale and t.rationale) or shown_goals(t, options)]
        if themes:
            shown.append((message, themes))
    return shown


def shown_goals(theme: ThemeBlock, options: NoteOptions) -> list[Goal]:
    """The goals a note shows: all with "Wat willen we?" on, else those the advisor tailored (never lost)."""
    return list(theme.goals) if options.goals else [g for g in theme.goals if g.tailored]


def card_line(ask: Ask) -> str:
    """The ask in one line ("Kern van het gesprek", the card): the tailored wording, else the short title as a sentence."""
    return ask.text if ask.tailored else as_sentence(ask.label)
