"""The shape of an agenda file: IDs as soort:naam, the text or title each kind needs, versions and dates."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from g40desk.core.agenda.nodes import AGENDA_SCHEMA, CatalogueFile, Kind, Node, Outdated
from g40desk.core.errors import pydantic_error


def _file(**changes) -> dict:
    data = {"id": "eigen-agenda", "version": 1, "publisher": "G40", "title": "Agenda", "source": "Agenda 2026",
            "entries": [{"id": "core:een", "kind": "core_message", "title": "Kern", "children": [
                {"id": "theme:wonen", "kind": "theme", "title": "Wonen", "children": [
                    {"id": "demand:wonen-1", "kind": "demand", "text": "Meer woningen"}]}]}]}
    return {**data, **changes}


def test_a_valid_agenda_file_reads_with_its_tree():
    agenda = CatalogueFile.model_validate(_file(date="2026-01"))
    assert agenda.schema_version == AGENDA_SCHEMA and agenda.ref.id == "eigen-agenda" and agenda.ref.version == 1
    [core] = agenda.entries
    assert core.kind == Kind.CORE_MESSAGE and core.children[0].children[0].text == "Meer woningen"
    assert core.children[0].ministries is None  # the built-in addressees decide


@pytest.mark.parametrize(("node", "problem"), [
    ({"id": "Demand:Wonen", "kind": "demand", "text": "x"}, "heeft niet de vorm soort:naam"),
    ({"id": "demand:wonen-1", "kind": "demand"}, "een demand heeft een 'text' nodig"),
    ({"id": "theme:wonen", "kind": "theme"}, "een theme heeft een 'title' nodig"),
    ({"id": "demand:wonen-1", "kind": "demand", "text": "x", "kleur": "rood"}, "onbekend veld"),
])
def test_a_broken_entry_is_named(node, problem):
    with pytest.raises(ValidationError) as refused:
        Node.model_validate(node)
    assert problem in str(pydantic_error(refused.value, "agenda.json"))


@pytest.mark.parametrize("changes", [{"id": "Met Spaties"}, {"version": 0}, {"date": "januari 2026"},
                                     {"schema_version": AGENDA_SCHEMA + 1}])
def test_identity_and_version_are_checked(changes):
    with pytest.raises(ValidationError):
        CatalogueFile.model_validate(_file(**changes))


def test_an_outdated_mark_needs_a_reason():
    assert Outdated.model_validate({"since": "2023-01-01", "reason": "afgeschaft", "partial": True}).partial
    with pytest.raises(ValidationError):
        Outdated.model_validate({"since": "2023-01-01", "reason": ""})
