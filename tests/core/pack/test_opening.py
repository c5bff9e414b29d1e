"""One review on open, for the editor and the command line (core/pack/opening.py)."""

from __future__ import annotations

import json

import pytest

from g40desk.cli.commands import main
from g40desk.core.agenda.catalogue import BUILTIN_ID
from g40desk.core.agenda.library import AgendaLibrary
from g40desk.core.agenda.review import ChangeKind
from g40desk.core.errors import G40Error
from g40desk.core.pack.opening import open_pack, review_on_open
from g40desk.core.pack.storage import load_pack


def _pack(tmp_path, refs):
    path = tmp_path / "oud.g40pack"
    path.write_text(json.dumps({"title": "T", "audiences": ["city:zwolle"], "items": [{"ref": r} for r in refs]}),
                    encoding="utf-8")
    return path


def test_a_pack_opens_with_its_agenda_and_the_changes_waiting(tmp_path, audiences, catalogue):
    path = _pack(tmp_path, ["demand:klimaat-2", "demand:wonen-1"])
    library = AgendaLibrary(shared=[], user_dir=tmp_path / "agendas")
    opened = open_pack(path, library, audiences)
    assert opened.agenda.meta.id == BUILTIN_ID and opened.pack.refs() == ["demand:klimaat-2", "demand:wonen-1"]
    assert [(c.kind, c.ref) for c in opened.changes] == [(ChangeKind.OUTDATED, "demand:klimaat-2")]
    again = review_on_open(load_pack(path, catalogue, audiences, strict=False), path, library, audiences)  # the editor's way
    assert [c.key for c in again.changes] == [c.key for c in opened.changes] and again.agenda is opened.agenda


def test_an_item_no_agenda_knows_is_refused_by_editor_and_command_line_alike(tmp_path, audiences, capsys):
    path = _pack(tmp_path, ["demand:wonen-1", "demand:bestaat-niet"])
    library = AgendaLibrary(shared=[], user_dir=tmp_path / "agendas")
    with pytest.raises(G40Error, match="veld 'items.1..ref': onbekende catalogus-ID 'demand:bestaat-niet'"):
        open_pack(path, library, audiences)
    assert main(["review", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "onbekende catalogus-ID 'demand:bestaat-niet'" in err
