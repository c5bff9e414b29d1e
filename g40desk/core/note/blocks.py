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
from g40desk.core.pack.model import Action, Form, NoteOptions, Priority, Recall, RecallKind, Result
from g40desk.core.pack.outcomes import NO_RESULT, RESULT_LABELS, result_label
from g40desk.core.text import as_sentence, dutch_date

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
    ACTIONS = "actions"  # the follow-up actions: what, who, by when (a table with a header row)


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
    header: tuple[str, ...] | None = None
    rows: tuple[tuple[str, ...], ...] = ()
    ref: str | None = None
    anchor: bool = False  # where the item ``ref`` starts in the body: the preview scrolls here
    row_refs: tuple[str, ...] = ()  # the item of each row of a table


def note_blocks(briefing: Briefing, options: NoteOptions) -> list[Block]:
    """The whole note (or card, per ``options.form``) for one audience, in reading order."""
    blocks = [Block(BlockType.TITLE, briefing.title)]
    if options.form == Form.CARD:
        return blocks + _card(briefing, options)
    if briefing.audience_name and not briefing.title.casefold().startswith("briefing voor "):  # else said already
        blocks.append(Block(BlockType.SUBTITLE, f"Briefing voor {briefing.audience_phrase or briefing.audience_name}"))
    if briefing.details:
        blocks.append(Block(BlockType.DETAILS, rows=tuple(briefing.details)))
    return blocks + lookback_blocks(briefing.lookback) + _body(briefing, options)


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
    out += lookback_blocks(b.lookback, card=True)
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


# -- Terugblik: the last meeting's promises and open actions, first in the note and the card ------------
LOOKBACK = "Terugblik"


def _when(action_due, who: str) -> str:
    parts = [who.strip()] if who.strip() else []
    if action_due:
        parts.append(f"uiterlijk {dutch_date(action_due)}")
    return ", ".join(parts)


def recall_line(recall: Recall) -> str:
    """One point of the Terugblik in one line: the promise with what was said, or the action with who and when."""
    about = recall.label.strip()
    if recall.kind == RecallKind.PROMISE:
        said = recall.text.strip()
        return f"Toegezegd: {about}" + (f" — {said}" if said else "")
    when = _when(recall.due, recall.who)
    return f"Open actie: {recall.text.strip()}" + (f" — {when}" if when else "") + (f" (bij: {about})" if about else "")


def lookback_blocks(recalls: list[Recall], card: bool = False) -> list[Block]:
    """The Terugblik section: per earlier meeting where the points come from, then the points."""
    if not recalls:
        return []
    out = [_heading(LOOKBACK, 1)]
    meetings: dict[tuple, list[Recall]] = {}
    for recall in recalls:
        meetings.setdefault((recall.held, recall.source), []).append(recall)
    for (held, source), points in meetings.items():
        where = f"Uit het overleg van {dutch_date(held)}" if held else "Uit het vorige overleg"
        out.append(Block(BlockType.CAPTION if card else BlockType.TEXT, where + (f" ({source})" if source else "") + ":",
                         keep_with_next=True))
        points = sorted(points, key=lambda r: r.kind != RecallKind.PROMISE)  # promises first, then actions
        out += [Block(BlockType.BULLET, recall_line(r), level=1) for r in points]
    return out


# -- the meeting report: from the same briefing, the outcomes of the meeting -----------------------------
REPORT_TITLE = "Verslag"
ACTIONS_HEADER = ("Actie", "Wie", "Uiterlijk")


def report_blocks(briefing: Briefing) -> list[Block]:
    """The meeting report for one audience: the meeting as held, a summary, the promises, the
    follow-up actions, and per ask its outcome and what was said. Internal notes are never in it."""
    b = briefing
    blocks = [Block(BlockType.TITLE, b.title)]
    with_whom = f" met {b.audience_name}" if b.audience_name else ""
    blocks.append(Block(BlockType.SUBTITLE, f"{REPORT_TITLE} van het overleg{with_whom}"))
    rows = report_details(b)
    if rows:
        blocks.append(Block(BlockType.DETAILS, rows=tuple(rows)))
    asks = b.asks
    blocks += [_heading("Samenvatting", 1), Block(BlockType.TEXT, summary_line(asks))]
    blocks += _promises(asks) + _actions(asks) + _per_ask(b)
    return blocks


def report_details(b: Briefing) -> list[tuple[str, str]]:
    """The note's details with the meeting as held: the day it was held (and the day planned when it
    differs), and who was present instead of who was invited."""
    held = b.held
    day = dutch_date(held.date) if held and held.date else ""
    present = held.present.strip() if held else ""
    rows = []
    for label, value in b.details:
        if label == "Datum" and day:
            rows.append(("Gehouden op", day))
            if b.planned and b.planned != held.date:
                rows.append(("Gepland op", value))
        elif label == "Deelnemers" and present:
            rows.append(("Aanwezig", present))
        else:
            rows.append((label, value))
    after_audience = 1 if rows and rows[0][0] == "Doelgroep" else 0
    if present and ("Aanwezig", present) not in rows:
        rows.insert(after_audience, ("Aanwezig", present))
    if day and ("Gehouden op", day) not in rows:
        rows.insert(after_audience, ("Gehouden op", day))
    return rows


def summary_line(asks: list[Ask]) -> str:
    """How many asks got which outcome, in the order of the outcomes; then the actions."""
    counts = {result: sum(1 for a in asks if a.outcome and a.outcome.result == result) for result in Result}
    missing = sum(1 for a in asks if not (a.outcome and a.outcome.result))
    parts = [f"{n} {RESULT_LABELS[result]}" for result, n in counts.items() if n]
    if missing:
        parts.append(f"{missing} {NO_RESULT}")
    what = "vraag" if len(asks) == 1 else "vragen"
    line = f"Uitkomst van de {len(asks)} {what}: " + ", ".join(parts) + "." if asks else "Er stonden geen vragen op de agenda."
    actions = [action for a in asks if a.outcome for action in a.outcome.actions]
    if actions:
        done = sum(1 for action in actions if action.done)
        line += f" {len(actions)} vervolgactie{'s' if len(actions) != 1 else ''} afgesproken"
        line += f", waarvan {done} afgerond." if done else "."
    return line


def _promises(asks: list[Ask]) -> list[Block]:
    promised = [a for a in asks if a.outcome and a.outcome.result == Result.PROMISED]
    out = [_heading("Toezeggingen", 1)]
    if not promised:
        return out + [Block(BlockType.TEXT, "Er is in dit overleg niets toegezegd.")]
    for position, ask in enumerate(promised):
        said = (ask.outcome.said or "").strip()
        out.append(Block(BlockType.NUMBERED, card_line(ask), starts_list=position == 0, keep_with_next=bool(said),
                         ref=ask.id))
        if said:
            out.append(Block(BlockType.CONTEXT, said, lead="Gezegd: ", ref=ask.id))
    return out


def action_cells(action: Action, ask: Ask | None = None) -> tuple[str, str, str]:
    what = action.what + (" (afgerond)" if action.done else "")
    if ask is not None:
        what += f"\nBij: {as_sentence(ask.label)}"
    return what, action.who, dutch_date(action.due) if action.due else ""


def _actions(asks: list[Ask]) -> list[Block]:
    out = [_heading("Vervolgacties", 1)]
    rows = [(action_cells(action, ask), ask.id) for ask in asks if ask.outcome for action in ask.outcome.actions]
    if not rows:
        return out + [Block(BlockType.TEXT, "Er zijn geen vervolgacties afgesproken.")]
    return out + [Block(BlockType.ACTIONS, header=ACTIONS_HEADER, rows=tuple(r for r, _ in rows),
                        row_refs=tuple(ref for _, ref in rows))]


def _per_ask(b: Briefing) -> list[Block]:
    """Per theme its asks, each with its outcome ("geen uitkomst vastgelegd" when none), what was
    said and the actions."""
    out = [_heading("Uitkomst per vraag", 1)]
    for message in b.messages:
        for theme in message.themes:
            if not theme.asks:
                continue
            out.append(_heading(theme.title, 2, theme.id))
            for position, ask in enumerate(theme.asks):
                outcome = ask.outcome
                out.append(Block(BlockType.NUMBERED, card_line(ask), starts_list=position == 0, keep_with_next=True,
                                 ref=ask.id, anchor=True))
                said = (outcome.said or "").strip() if outcome else ""
                actions = outcome.actions if outcome else []
                out.append(Block(BlockType.CONTEXT, result_label(outcome.result if outcome else None), lead="Uitkomst: ",
                                 keep_with_next=bool(said or actions), ref=ask.id))
                if said:
                    out.append(Block(BlockType.CONTEXT, said, lead="Gezegd: ", keep_with_next=bool(actions), ref=ask.id))
                for n, action in enumerate(actions, start=1):
                    what, who, when = action_cells(action)
                    line = f"Actie: {what}" + (f" — {_when(action.due, who)}" if who or when else "")
                    out.append(Block(BlockType.BULLET, line, level=2, keep_with_next=n < len(actions), ref=ask.id))
    return out


def has_outcome(briefing: Briefing) -> bool:
    """Whether the briefing's audience has any outcome recorded: without one there is nothing to report."""
    return any(a.outcome is not None and not a.outcome.is_empty() for a in briefing.asks)
