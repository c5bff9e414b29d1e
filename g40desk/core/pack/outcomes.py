"""Outcomes of a meeting: their Dutch labels, and the promises and actions a pack holds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from g40desk.core.pack.model import Action, Item, Outcome, Pack, Result

RESULT_LABELS = {
    Result.PROMISED: "toegezegd",
    Result.IN_PROGRESS: "in behandeling",
    Result.REJECTED: "afgewezen",
    Result.NO_RESPONSE: "geen reactie",
    Result.NOT_DISCUSSED: "niet besproken",
}
RESULT_BY_LABEL = {label: result for result, label in RESULT_LABELS.items()}
NO_RESULT = "geen uitkomst vastgelegd"


def result_label(result: Result | None) -> str:
    return RESULT_LABELS[result] if result else NO_RESULT


def parse_result(text: str | None) -> Result | None:
    """A Dutch label (any case, trimmed) or the stored value; None for an empty text; ValueError otherwise."""
    if text is None or not text.strip():
        return None
    key = text.strip().lower()
    if key in RESULT_BY_LABEL:
        return RESULT_BY_LABEL[key]
    return Result(key)


def with_outcome(item: Item, audience_id: str, outcome: Outcome | None) -> dict[str, Outcome]:
    """The item's outcomes with *audience_id*'s set to *outcome*; an empty one is left out."""
    outcomes = {k: v.model_copy(deep=True) for k, v in item.outcomes.items()}
    if outcome is None or outcome.is_empty():
        outcomes.pop(audience_id, None)
    else:
        outcomes[audience_id] = outcome.model_copy(deep=True)
    return outcomes


@dataclass(frozen=True)
class Followed:
    """An ask's outcome for one audience, with where it stands in the pack."""

    ref: str
    audience: str
    outcome: Outcome


def outcomes_of(pack: Pack, audience_id: str | None = None) -> list[Followed]:
    """Every recorded outcome in pack order (for one audience, or all)."""
    return [Followed(item.ref, audience, outcome)
            for item in pack.items for audience, outcome in item.outcomes.items()
            if audience_id is None or audience == audience_id]


def is_overdue(action: Action, today: dt.date) -> bool:
    return not action.done and action.due is not None and action.due < today


def has_outcomes(pack: Pack) -> bool:
    return any(item.outcomes for item in pack.items) or pack.meeting.held is not None
