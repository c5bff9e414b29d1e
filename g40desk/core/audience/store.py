"""The user's own audience data (added organisations and roles, edited facts), and loading the audiences with it.

Kept as ``audiences.json`` in the user's data folder, never in the package. The file has
the same shape as the built-in one but holds only what the user added or changed; on load
each organisation in it is merged over the built-in one with the same ID (fields replace,
roles merge by ID). Saved atomically with a ``.bak`` of the previous version.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from g40desk.core.audience.audiences import (
    MAX_FILE_BYTES,
    Audiences,
    AudiencesFile,
    build_audiences,
    parse_audiences,
)
from g40desk.core.audience.facts import Facts, facts_path, load_facts, save_facts
from g40desk.core.audience.people import apply_facts, store_people, without_people
from g40desk.core.errors import G40Error, pydantic_error
from g40desk.core.files.atomic import write_bytes_atomic
from g40desk.core.files.jsonfile import read_json
from g40desk.core.files.userdata import user_data_dir
from g40desk.resources import data_file

FILE_NAME = "audiences.json"


def default_user_file() -> Path:
    return user_data_dir() / FILE_NAME


def _merge_org(base: dict, mine: dict) -> dict:
    roles = {r["id"]: r for r in base.get("roles", [])}
    for role in mine.get("roles", []):
        roles[role["id"]] = {**roles.get(role["id"], {}), **role}
    return {**base, **mine, "roles": list(roles.values())}


def merge(base: AudiencesFile, user: AudiencesFile) -> AudiencesFile:
    """The built-in data with the user's file laid over it."""
    data = base.model_dump(mode="json", exclude_unset=True)
    mine = user.model_dump(mode="json", exclude_unset=True)
    data["sources"] = {**data.get("sources", {}), **mine.get("sources", {})}
    data["portfolios"] = {**data.get("portfolios", {}), **mine.get("portfolios", {})}
    for group in ("cities", "ministries"):
        orgs = {o["id"]: o for o in data.get(group, [])}
        for org in mine.get(group, []):
            orgs[org["id"]] = _merge_org(orgs[org["id"]], org) if org["id"] in orgs else org
        data[group] = list(orgs.values())
    return AudiencesFile.model_validate(data)


def merge_user_file(base: AudiencesFile, path: Path, facts: Facts | None = None) -> Audiences:
    """Merge the user's file at *path* over *base*, then the *facts*' people; G40Error (one
    line naming the file) if unusable."""
    path = Path(path)
    raw = read_json(path, max_bytes=MAX_FILE_BYTES)
    if not isinstance(raw, dict):
        raise G40Error("geen g40desk-doelgroepenbestand: de inhoud is geen JSON-object", path)
    user = parse_audiences(raw, path)
    try:
        merged = merge(base, user)
    except ValidationError as exc:
        raise pydantic_error(exc, path) from None
    if facts is not None:
        apply_facts(merged, facts)
    audiences = build_audiences(merged, path)
    audiences.user_file = path
    return audiences


def overlay(base: AudiencesFile, edited: AudiencesFile) -> AudiencesFile:
    """What the user changed: organisations that are new or differ from the built-in data."""
    before = {o.id: o for o in [*base.cities, *base.ministries]}
    out = AudiencesFile()
    for group in ("cities", "ministries"):
        kept = [o for o in getattr(edited, group)
                if o.id not in before or o.model_dump() != before[o.id].model_dump()]
        setattr(out, group, kept)
    out.sources = {k: v for k, v in edited.sources.items() if k not in base.sources}
    out.portfolios = {k: v for k, v in edited.portfolios.items() if k not in base.portfolios}
    return out


def user_file_json(data: AudiencesFile) -> str:
    dumped = data.model_dump(mode="json", exclude_defaults=True)
    return json.dumps({"format": data.format, "version": data.version, **dumped}, ensure_ascii=False, indent=2) + "\n"


def save_user_audiences(base: AudiencesFile, edited: AudiencesFile, path: Path | None = None,
                        before: AudiencesFile | None = None) -> Path:
    """Write the user's changes atomically: organisations, roles and dates to the audience
    file, people and populations to the facts store (core/audience_people.py). *before* is
    the data as it was loaded, so a removed role's person is cleared. Everything is checked
    first, so a file that would not load again is never written."""
    path = Path(path or default_user_file())
    build_audiences(edited.model_copy(deep=True), path)
    mine = overlay(base, without_people(edited))
    build_audiences(merge(base, mine), path)
    facts = load_facts()
    store_people(facts, before, edited)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise G40Error(f"kan de map niet maken ({exc.strerror})", path.parent) from None
    write_bytes_atomic(path, user_file_json(mine).encode("utf-8"), backup=True)
    save_facts(facts)
    return path


def load_audiences(path: Path | None = None, user_file: Path | None = None) -> Audiences:
    """The built-in audiences (or *path*) with the user's own file merged over them, and the
    people and populations from the user's facts (core/audience/people.py), which stay on the
    result as ``facts`` for the placeholders.

    Without arguments the user's file in the data folder is used when it exists; if it or
    the facts are unusable, what can be used is returned and ``user_problem`` says why, in
    one line (``user_problem_short``: the files without their folder, for a status bar). An explicitly given *user_file* that is unusable raises G40Error.
    """
    base_path = path or data_file("audiences.json")
    base = parse_audiences(read_json(base_path, max_bytes=MAX_FILE_BYTES), base_path)
    if path is not None and user_file is None:
        return build_audiences(base, base_path)
    problems: list[tuple[G40Error, str]] = []
    try:
        facts = load_facts()
    except G40Error as exc:
        facts = Facts()
        problems.append((exc, "namen en inwonertallen zijn niet geladen"))
    if facts.problem:
        problems.append((G40Error(facts.problem, facts_path()), "de andere gegevens zijn wel geladen"))
    if user_file is not None:
        audiences = merge_user_file(base, user_file, facts)
    else:
        default = default_user_file()
        audiences = None
        if default.exists():
            try:
                audiences = merge_user_file(base, default, facts)
            except G40Error as exc:
                problems.append((exc, "uw eigen doelgroepgegevens zijn niet geladen"))
        if audiences is None:
            apply_facts(base, facts)
            audiences = build_audiences(base, base_path)
    audiences.user_problem = "; ".join(f"{exc}; {then}" for exc, then in problems) or None
    audiences.user_problem_short = "; ".join(f"{G40Error(exc.message, exc.path and exc.path.name, exc.field)}; {then}"
                                             for exc, then in problems) or None
    audiences.facts = facts
    return audiences
