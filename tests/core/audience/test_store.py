"""The user's own audience file: only what differs from the built-in data, people in the facts, a bad file named."""

from __future__ import annotations

import json

import pytest

from g40desk.core.audience.audiences import parse_audiences
from g40desk.core.audience.facts import load_facts
from g40desk.core.audience.models import Role, RoleKind
from g40desk.core.audience.store import default_user_file, load_audiences, merge, overlay, save_user_audiences
from g40desk.core.errors import G40Error
from g40desk.core.files.jsonfile import read_json
from g40desk.resources import data_file


@pytest.fixture
def base():
    path = data_file("audiences.json")
    return parse_audiences(read_json(path), path)


def _edited(base):
    edited = base.model_copy(deep=True)
    zwolle = next(c for c in edited.cities if c.id == "city:zwolle")
    zwolle.population = 132000
    zwolle.roles = [*zwolle.roles, Role(id="city:zwolle/burgemeester", kind=RoleKind.BURGEMEESTER,
                                        person="P. Snijders")]
    zwolle.contact = "griffie@zwolle.nl"
    return edited


def test_the_user_file_keeps_only_what_differs(base):
    mine = overlay(base, _edited(base))
    assert [c.id for c in mine.cities] == ["city:zwolle"] and mine.ministries == []
    merged = merge(base, mine)
    assert len(merged.cities) == len(base.cities) and next(c for c in merged.cities if c.id == "city:zwolle").contact


def test_saving_and_loading_again_gives_back_what_was_edited(base):
    path = save_user_audiences(base, _edited(base), before=base)
    assert path == default_user_file()
    written = json.loads(path.read_text(encoding="utf-8"))
    assert [c["id"] for c in written["cities"]] == ["city:zwolle"]
    assert "P. Snijders" not in path.read_text(encoding="utf-8")  # people go to the facts, not this file
    assert "132000" not in path.read_text(encoding="utf-8")
    assert load_facts().of("city:zwolle").burgemeester == "P. Snijders"
    audiences = load_audiences()
    zwolle = audiences["city:zwolle"]
    assert zwolle.contact == "griffie@zwolle.nl" and zwolle.population == 132000 and zwolle.mayor == "P. Snijders"
    assert audiences.user_problem is None and audiences.facts.of("city:zwolle").inwoners == 132000


def test_a_damaged_user_file_is_named_and_the_built_in_data_used(base):
    path = default_user_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"format": "g40desk-audiences", "cities": [{"id": "stad"}]}', encoding="utf-8")
    audiences = load_audiences()
    assert "city:zwolle" in audiences and str(path) in audiences.user_problem
    assert audiences.user_problem.endswith("uw eigen doelgroepgegevens zijn niet geladen")
    assert audiences.user_problem_short.startswith("audiences.json: ")
    with pytest.raises(G40Error) as refused:  # named explicitly: refused, not skipped
        load_audiences(data_file("audiences.json"), path)
    assert str(path) in str(refused.value)
