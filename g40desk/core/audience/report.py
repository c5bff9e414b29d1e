"""Reports over the audience data: the portfolio table of docs/audiences.md and the CLI listing."""

from __future__ import annotations

import datetime as dt

from g40desk.core.audience.audiences import Audiences, Holder, Ministry, portfolio_tags


def period_starts(audiences: Audiences) -> list[dt.date]:
    """Every day on which some organisation, role or name changes, in order."""
    days = set()
    for audience in audiences.by_id.values():
        for dated in (audience, *audience.names):
            days.update(d for d in (dated.valid_from, dated.valid_until) if d)
    return sorted(days)


def mapping_rows(audiences: Audiences, catalogue, since: dt.date) -> list[tuple[str, str, str, str, str]]:
    """(tag, portfolio, from, until, holder) for every agenda tag and portfolio since *since*:
    the table in docs/audiences.md."""
    pairs = sorted({(tag, key or "") for d in catalogue.entries.values() if d.ministries
                    for tag, key in portfolio_tags(catalogue, d.id).items()})
    starts = [since, *[d for d in period_starts(audiences) if d > since]]
    rows = []
    for tag, key in pairs:
        current: tuple[str, dt.date] | None = None
        for i, day in enumerate(starts):
            held = audiences.holder(tag, key or None, day)
            text = _holder_text(audiences, held, day)
            if current is None or text != current[0]:
                if current is not None:
                    rows.append((tag, key, current[1].isoformat(), day.isoformat(), current[0]))
                current = (text, day)
            if i == len(starts) - 1:
                rows.append((tag, key, current[1].isoformat(), "", current[0]))
    return rows


def _holder_text(audiences: Audiences, held: Holder | None, day: dt.date) -> str:
    if held is None:
        return "(niemand)"
    if held.role:
        return f"{audiences[held.role].display_name_on(day)} — `{held.role}`"
    return f"{audiences[held.organisation].display_name_on(day)} — `{held.organisation}`"


def audiences_json(audiences: Audiences, day: dt.date) -> list[dict]:
    """The organisations valid on *day*, each with its roles valid that day (CLI --json)."""
    rows = []
    for org in [*audiences.all_cities, *audiences.all_ministries]:
        if not org.valid_on(day):
            continue
        row = {"id": org.id, "kind": org.kind.value, "name": org.name_on(day)}
        if isinstance(org, Ministry):
            row["abbreviation"] = org.abbreviation_on(day)
        dumped = org.model_dump(mode="json", exclude_none=True, exclude={"roles", "names", "name", "abbreviation"})
        row.update({k: v for k, v in dumped.items() if v not in ([], None) and k not in row})
        row["roles"] = [
            {"id": r.id, "kind": r.kind.value, "title": r.title_on(day),
             **r.model_dump(mode="json", exclude_none=True, include={"portfolio", "portfolios", "person", "valid_from",
                                                                      "valid_until", "successor", "sources"})}
            for r in org.roles if r.valid_on(day)]
        rows.append(row)
    return rows
