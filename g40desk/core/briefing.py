"""What a briefing note says for one audience, independent of Word or the preview.

The Word writer, the talking-points card and the editor's preview all render
this one structure, so they never disagree about content.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from g40desk.core.audiences import Audiences, Ministry, portfolio_tags
from g40desk.core.catalogue import Catalogue, Kind
from g40desk.core.pack import Classification, NoteOptions, Pack, Priority, Status
from g40desk.core.placeholders import dutch_date, filler_for

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
    ministries: list[str]
    addressed: bool
    source: str


@dataclass
class Goal:
    id: str
    text: str


@dataclass
class ThemeBlock:
    id: str
    title: str
    rationale: list[str] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    asks: list[Ask] = field(default_factory=list)


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
    warnings: list[str]
    placeholders: dict[str, str] = field(default_factory=dict)  # the values {stad} and the rest had

    @property
    def asks(self) -> list[Ask]:
        return [a for m in self.messages for t in m.themes for a in t.asks]


def build_briefing(pack: Pack, catalogue: Catalogue, audiences: Audiences, audience_id: str | None = None) -> Briefing:
    """Resolve a pack for one audience (default: its first): placeholders, overrides, order."""
    if audience_id is None and pack.audiences:
        audience_id = pack.audiences[0]
    audience = audiences[audience_id] if audience_id in audiences else None
    for_ministry = isinstance(audiences.organisation(audience_id) if audience else None, Ministry)
    day = pack.meeting.date or dt.date.today()  # who holds a portfolio depends on the date
    fill = filler_for(pack, audiences, audience_id)
    source_title = catalogue.meta.source
    catalogue = catalogue.with_own(pack.own)  # the advisor's own demands and goals, each under its theme
    messages: dict[str, MessageBlock] = {}
    themes: dict[str, ThemeBlock] = {}
    figures: list[Figure] = []

    def block_for(entry_id: str) -> ThemeBlock:
        entry = catalogue[entry_id]
        message_id = entry.message or entry_id
        group_id = entry.theme or message_id
        if message_id not in messages:
            messages[message_id] = MessageBlock(message_id, catalogue[message_id].node.title or "")
        if group_id not in themes:
            themes[group_id] = ThemeBlock(group_id, catalogue[group_id].node.title or "")
            messages[message_id].themes.append(themes[group_id])
        return themes[group_id]

    for item in pack.items:
        entry = catalogue[item.ref]
        node = entry.node
        tailored = item.effective(audience_id)
        if entry.kind == Kind.KEY_FIGURE:
            figures.append(Figure(fill(tailored.text or node.text), node.source or "", fill(tailored.context), entry.id))
        elif entry.kind == Kind.THEME:
            block_for(entry.id).rationale = [fill(p) for p in node.rationale]
        elif entry.kind == Kind.GOAL:
            goal = fill(tailored.text or node.text)
            goal += "".join(f"\n✓ {s}" for s in node.subpoints) if not tailored.text else ""
            goal += " (eigen inbreng)" if entry.own else ""
            block_for(entry.id).goals.append(Goal(entry.id, goal))
        elif entry.kind == Kind.DEMAND:
            block = block_for(entry.id)
            position = catalogue[entry.parent].child_ids.index(entry.id) if entry.parent else 0
            number = sum(1 for c in catalogue[entry.parent].child_ids[:position + 1]
                         if catalogue[c].kind == Kind.DEMAND)
            block.asks.append(Ask(
                id=entry.id,
                label=fill(entry.label),
                text=fill(tailored.text or node.text),
                catalogue_text=node.text or "",
                context=fill(tailored.context),
                talking_points=[fill(p) for p in item.talking_points if p.strip()],
                priority=tailored.priority,
                status=item.status,
                ministries=audiences.holder_names(portfolio_tags(catalogue, entry.id), day),
                addressed=bool(audience and audiences.addresses(audience_id, portfolio_tags(catalogue, entry.id), day)),
                source=OWN_SOURCE if entry.own else f"{source_title}, {block.title}, eis {number}",
            ))

    ordered = [a for m in messages.values() for t in m.themes for a in t.asks]
    key_asks = [a for a in ordered if a.priority == Priority.HIGH]
    if for_ministry:
        key_asks.sort(key=lambda a: not a.addressed)

    details = []
    if audience is not None:
        details.append(("Doelgroep", ", ".join(audiences[a].display_name for a in pack.audiences if a in audiences)))
    meeting = pack.meeting
    for label, value in (
        ("Datum", dutch_date(meeting.date) if meeting.date else ""),
        ("Plaats", fill(meeting.place)),
        ("Deelnemers", fill(meeting.participants)),
        ("Doel", fill(meeting.purpose)),
        ("Auteur", pack.author),
        ("Rubricering", CLASSIFICATION_LABELS[pack.classification]),
    ):
        if value.strip():
            details.append((label, value))

    return Briefing(
        title=fill(pack.title),
        audience_id=audience_id,
        audience_name=audience.display_name_on(day) if audience else "",
        details=details,
        classification=CLASSIFICATION_LABELS[pack.classification],
        key_asks=key_asks,
        messages=list(messages.values()),
        figures=figures,
        source_title=source_title,
        warnings=fill.problems,
        placeholders=dict(fill.values),
    )


def visible_sections(briefing: Briefing, options: NoteOptions) -> list[tuple[MessageBlock, list[ThemeBlock]]]:
    """Messages and themes that have something to show with these options: no stray headings."""
    shown = []
    for message in briefing.messages:
        themes = [t for t in message.themes
                  if t.asks or (options.rationale and t.rationale) or (options.goals and t.goals)]
        if themes:
            shown.append((message, themes))
    return shown


def card_line(ask: Ask) -> str:
    """The ask on a talking-points card: its tailored wording, else its short label."""
    return ask.text if ask.text != ask.catalogue_text else ask.label
