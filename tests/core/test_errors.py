"""G40Error names the file and the field before the message; pydantic's errors become one Dutch line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError

from g40desk.core.errors import G40Error, pydantic_error


class _Meeting(BaseModel):
    model_config = ConfigDict(extra="forbid")
    day: dt.date
    rooms: list[str] = []


def _error(data) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        _Meeting.model_validate(data)
    return caught.value


def test_the_message_says_where_first():
    assert str(G40Error("ontbreekt", "a/p.g40pack", "meeting.date")) == "a/p.g40pack: veld 'meeting.date': ontbreekt"
    assert str(G40Error("ontbreekt", field="--audience")) == "veld '--audience': ontbreekt"
    assert str(G40Error("niets te doen")) == "niets te doen"
    error = G40Error("x", "p.g40pack")
    assert error.path == Path("p.g40pack") and error.field is None and error.message == "x"


def test_pydantic_errors_become_dutch_with_the_field():
    assert str(pydantic_error(_error({}), "p.json")) == "p.json: veld 'day': ontbreekt"
    assert str(pydantic_error(_error({"day": "morgen"}), "p.json")) == (
        "p.json: veld 'day': geen geldige datum (JJJJ-MM-DD)")
    assert str(pydantic_error(_error({"day": "2026-01-01", "kamer": 1}), None)) == (
        "veld 'kamer': onbekend veld; verwijder het of controleer de spelling")


def test_list_positions_are_written_as_indices():
    error = pydantic_error(_error({"day": "2026-01-01", "rooms": ["a", 3]}), None)
    assert error.field == "rooms[1]" and error.message == "moet tekst zijn"
