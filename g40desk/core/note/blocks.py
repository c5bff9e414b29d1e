"""The note as one sequence of typed blocks: what it says, in which order, with the note options applied.

Modelled on novelWriter's tokenizer (``novelwriter/core/tokenizer.py``), which turns a
project into typed tokens once so that its writers (``todocx.py``, ``tohtml.py``) only
map tokens to their format. Here ``note_blocks`` decides everything a note or a
talking-points card contains; the Word writer and the editor's preview only map each
block to a style or an HTML element, so they cannot disagree about content.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from g40desk.core.note.briefing import (
    PRIORITY_LABELS,
    Ask,
    Briefing,
    Goal,
    asks_for,
    card_line,
    other_names,
    shown_goals,
    visible_sections,
)
from g40desk.core.pack.model import Form, NoteOptions, Priority

CARD_FACTS = ("Datum", "Plaats", "Rubricering")
OUTDATED_LEAD = "Let op: "


class BlockType(StrEnum):
    TITLE = "title"
    SUBTITLE = "subtitle"
    DETAILS = "details"  # two-column table of label and value, no header row
    HEADING = "heading"  # level 1-3
    TEXT = "text"  # a plain paragraph
    CONTEXT = "context"  # a paragraph with a bold lead ("Lokale context: ")
    BULLET = "bullet"  # level 1 or 2
    NUMBERED = "numbered"  # an item of a numbered list; ``starts_list`` restarts at 1
    CAPTION = "caption"  # small print: source, priority, addressees
    QUOTE = "quote"  # the untouched catalogue text in the annex
    FIGURES = "figures"  # a table with a header row that repeats


@dataclass(frozen=True)
class Block:
    """One unit of the note. ``ref`` is the pack item it comes from, if any (for the editor's sync)."""

    type: BlockType
    text: str = ""
    level: int = 0
    lead: str = ""
    bold: bool = False
    starts_list: bool = False
    keep_with_next: bool = False
    header: tuple[str, str] | None = None
    rows: tuple[tuple[str, str], ...] = ()
    ref: str | None = None
    anchor: bool = False  # where the item ``ref`` starts in the body: the preview scrolls here
    row_refs: tuple[str, ...] = ()  # the item of each row of a table


def note_blocks(briefing: Briefing, options: NoteOptions) -> list[Block]:
    """The whole note (or card, per ``options.form``) for one audience, in reading order."""
    blocks = [Block(BlockType.TITLE, briefing.title)]
    if options.form == Form.CARD:
        return blocks + _card(briefing, options)
    if briefing.audience_name:
        blocks.append(Block(BlockType.SUBTITLE, f"Briefing voor {briefing.audience_name}"))
    if briefing.details:
        blocks.append(Block(BlockType.DETAILS, rows=tuple(briefing.details)))
    return blocks + _body(briefing, options)


def _heading(text: str, level: int, ref: str | None = None, anchor: bool = False) -> Block:
    return Block(BlockType.HEADING, text, level=level, keep_with_next=True, ref=ref, anchor=anchor)


def others_heading(asks: list[Ask]) -> str:
    """The heading over the asks a ministry's note holds for others: "Ook van belang voor VRO en SZW"."""
    names = [with_article(n) for n in other_names(asks)]
    listed = ", ".join(names[:-1]) + " en " + names[-1] if len(names) > 1 else "".join(names)
    return f"Ook van belang voor {listed}".rstrip()


def with_article(name: str) -> str:
    """'de minister voor …' for a role; a ministry's abbreviation as it is."""
    return f"de {name}" if name[:1].islower() else name


def addressee(ask: Ask) -> str:
    """'aan VRO, SZW': who the ask is for on the meeting date ('' when the agenda names no one)."""
    return "aan " + ", ".join(with_article(n) for n in ask.ministries) if ask.ministries else ""


def _body(b: Briefing, opts: NoteOptions) -> list[Block]:
    out: list[Block] = []
    key_asks = asks_for(b, b.key_asks, opts)[0]
    if opts.key_points and key_asks:
        out.append(_heading("Kern van het gesprek", 1))
        out += [Block(BlockType.BULLET, card_line(ask) + (f" ({ask.stale})" if ask.stale else ""), level=1, ref=ask.id)
                for ask in key_asks]
    for message, themes in visible_sections(b, opts):
        out.append(_heading(message.title, 1, message.id, anchor=True))
        for theme in themes:
            if theme.id != message.id:
                out.append(_heading(theme.title, 2, theme.id, anchor=True))
            if theme.tailored or (opts.rationale and theme.rationale):
                out.append(_heading("Waarom is dit van belang?", 3, theme.id))
                paragraphs = [theme.tailored] if theme.tailored else theme.rationale
                out += [Block(BlockType.TEXT, text, ref=theme.id) for text in paragraphs]
            if theme.context:
                out.append(Block(BlockType.CONTEXT, theme.context, lead="Lokale context: ", ref=theme.id))
            out += [Block(BlockType.BULLET, point, level=2, ref=theme.id) for point in theme.talking_points]
            goals = shown_goals(theme, opts)
            if goals:
                out.append(_heading("Wat willen we?", 3, theme.id))
                for goal in goals:
                    out += _goal(goal)
            asks = asks_for(b, theme.asks, opts)[0]
            if asks:
                out.append(_heading("Wat vragen we?", 3, theme.id))
                for position, ask in enumerate(asks):
                    out += _ask(ask, starts_list=position == 0)
    out += _others(b, opts)
    if opts.key_figures and b.figures:
        out.append(_heading("Kerngegevens", 1))
        rows = tuple((f.text + (f"\n{f.context}" if f.context else ""), f.source) for f in b.figures)
        out.append(Block(BlockType.FIGURES, header=("Indicator", "Bron"), rows=rows, row_refs=tuple(f.id for f in b.figures)))
    shown = [a for part in asks_for(b, b.asks, opts) for a in part]
    if opts.annex and shown:
        out.append(_heading("Bijlage: volledige tekst van de eisen", 1))
        for ask in shown:
            out.append(Block(BlockType.QUOTE, ask.catalogue_text, keep_with_next=True, ref=ask.id))
            out.append(Block(BlockType.CAPTION, ask.source, ref=ask.id))
    return out


def _others(b: Briefing, opts: NoteOptions) -> list[Block]:
    """A ministry's note: the asks for others, after its own, by theme under one heading naming them."""
    others = asks_for(b, b.asks, opts)[1]
    if not others:
        return []
    shown = {t.id for _m, themes in visible_sections(b, opts) for t in themes}
    out = [_heading(others_heading(others), 1)]
    for message in b.messages:
        for theme in message.themes:
            asks = asks_for(b, theme.asks, opts)[1]
            if asks:
                out.append(_heading(theme.title, 2, theme.id, anchor=theme.id not in shown))
                for position, ask in enumerate(asks):
                    out += _ask(ask, starts_list=position == 0)
    return out


def _goal(goal: Goal) -> list[Block]:
    """A goal: its sentence, then the advisor's context, talking points and priority for it."""
    blocks = [Block(BlockType.BULLET, goal.text, level=1, ref=goal.id, anchor=True)]
    if goal.outdated:
        blocks.append(Block(BlockType.CONTEXT, goal.outdated, lead=OUTDATED_LEAD, ref=goal.id))
    if goal.context:
        blocks.append(Block(BlockType.CONTEXT, goal.context, lead="Lokale context: ", ref=goal.id))
    blocks += [Block(BlockType.BULLET, point, level=2, ref=goal.id) for point in goal.talking_points]
    if goal.priority:
        blocks.append(Block(BlockType.CAPTION, f"prioriteit {PRIORITY_LABELS[goal.priority]}", ref=goal.id))
    return blocks


def _ask(ask: Ask, starts_list: bool) -> list[Block]:
    """An ask: its sentence, local context, talking points, then source, priority and addressees."""
    meta = [ask.source]
    if ask.priority:
        meta.append(f"prioriteit {PRIORITY_LABELS[ask.priority]}")
    if ask.ministries:
        meta.append(addressee(ask))
    blocks = [Block(BlockType.NUMBERED, ask.text, starts_list=starts_list, keep_with_next=True, ref=ask.id, anchor=True)]
    if ask.outdated:  # never unmarked (core/note/stale.py)
        blocks.append(Block(BlockType.CONTEXT, ask.outdated, lead=OUTDATED_LEAD, keep_with_next=True, ref=ask.id))
    # The ask, its context and points keep with the next paragraph: the source line never starts a page alone.
    if ask.context:
        blocks.append(Block(BlockType.CONTEXT, ask.context, lead="Lokale context: ", keep_with_next=True, ref=ask.id))
    blocks += [Block(BlockType.BULLET, point, level=2, keep_with_next=True, ref=ask.id) for point in ask.talking_points]
    blocks.append(Block(BlockType.CAPTION, " · ".join(meta), ref=ask.id))
    return blocks


def _card(b: Briefing, opts: NoteOptions) -> list[Block]:
    """One page: each ask in a line (key asks in bold) with its talking points."""
    out: list[Block] = []
    if b.audience_name:
        out.append(Block(BlockType.SUBTITLE, f"Gesprekskaart · {b.audience_name}"))
    facts = [v for k, v in b.details if k in CARD_FACTS]
    if facts:
        out.append(Block(BlockType.CAPTION, " · ".join(facts)))
    out += _card_points(b)
    own, others = asks_for(b, b.asks, opts)
    if own or not others:
        out.append(_heading("Vragen en gesprekspunten", 1))
        out += _card_asks(own)
    if others:
        out.append(_heading(others_heading(others), 1))
        out += _card_asks(others)
    return out


def _card_asks(asks: list[Ask]) -> list[Block]:
    """Each ask in a line with who it is for (key asks in bold), then its talking points."""
    out: list[Block] = []
    for position, ask in enumerate(asks):
        out.append(Block(BlockType.NUMBERED, card_line(ask), bold=ask.priority == Priority.HIGH,
                         starts_list=position == 0, keep_with_next=bool(ask.ministries), ref=ask.id, anchor=True))
        if ask.ministries:
            out.append(Block(BlockType.CAPTION, addressee(ask), ref=ask.id))
        if ask.outdated:
            out.append(Block(BlockType.CONTEXT, ask.outdated, lead=OUTDATED_LEAD, ref=ask.id))
        out += [Block(BlockType.BULLET, point, level=2, ref=ask.id) for point in ask.talking_points]
    return out


def _card_points(b: Briefing) -> list[Block]:
    """The talking points of themes and goals, each under its theme's title or the goal's line."""
    out: list[Block] = []
    for message in b.messages:
        for theme in message.themes:
            if theme.talking_points:
                out.append(Block(BlockType.TEXT, theme.title, bold=True, keep_with_next=True, ref=theme.id, anchor=True))
                out += [Block(BlockType.BULLET, point, level=2, ref=theme.id) for point in theme.talking_points]
            for goal in theme.goals:
                if goal.talking_points:
                    out.append(Block(BlockType.TEXT, goal.line, bold=True, keep_with_next=True, ref=goal.id, anchor=True))
                    out += [Block(BlockType.BULLET, point, level=2, ref=goal.id) for point in goal.talking_points]
    return [_heading("Thema's en doelen", 1), *out] if out else []
