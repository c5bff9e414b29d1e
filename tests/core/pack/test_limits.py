"""One set of limits for every path into a pack: an edit, an import, the CLI, a save and a load."""

from __future__ import annotations

import hashlib
import json

import pytest

from g40desk.cli.commands import main
from g40desk.core.errors import G40Error
from g40desk.core.pack import limits
from g40desk.core.pack.duplicate import duplicate_for
from g40desk.core.pack.limits import Limit, PackRefused, Refusal
from g40desk.core.pack.model import (
    MAX_ALL_POINTS,
    MAX_AUDIENCES,
    MAX_ITEMS,
    MAX_OWN,
    MAX_POINTS,
    Item,
    Override,
    OwnEntry,
    Pack,
)
from g40desk.core.pack.storage import MAX_PACK_BYTES, load_pack, save_pack


def _points(count: int, items: int) -> Pack:
    """*items* demands with *count* talking points each, built as an importer does (no validation)."""
    pack = Pack(title="Veel", audiences=["city:zwolle"], items=[Item(ref=f"demand:wonen-{n + 1}") for n in range(items)])
    return pack.model_copy(update={"items": [i.model_copy(update={"talking_points": [f"punt {k}" for k in range(count)]})
                                             for i in pack.items]})


def test_a_pack_within_the_limits_has_no_problems(demo):
    assert limits.problems(demo) == []
    limits.check(demo)


def test_every_limit_is_found_with_its_place(monkeypatch):
    monkeypatch.setattr(limits, "MAX_TEXT", 5)
    pack = Pack().model_copy(update={
        "title": "te lange titel", "audiences": [f"a{n}" for n in range(MAX_AUDIENCES + 1)],
        "own": [OwnEntry(id=f"own:e{n}", text="eigen") for n in range(MAX_OWN + 1)],
        "items": [Item(ref="demand:wonen-1").model_copy(update={
            "talking_points": ["p"] * (MAX_POINTS + 1), "overrides": {"city:zwolle": Override(context="zes tekens")}})]})
    found = {where: refusal for where, refusal in limits.problems(pack)}
    assert found["audiences"].limit == Limit.AUDIENCES and found["own"].limit == Limit.OWN
    assert found["title"] == Refusal(Limit.TEXT, 5, 14, "title")
    assert found["items[0].talking_points"] == Refusal(Limit.POINTS, MAX_POINTS, MAX_POINTS + 1, "talking_points",
                                                       "demand:wonen-1")
    assert found["items[0].overrides.city:zwolle.context"].field == "override.context"
    items = Pack().model_copy(update={"items": [Item(ref=f"x{n}") for n in range(MAX_ITEMS + 1)]})
    with pytest.raises(PackRefused) as refused:
        limits.check(items, "p.g40pack")
    assert str(refused.value) == f"p.g40pack: veld 'items': te veel onderdelen ({MAX_ITEMS + 1}; hooguit {MAX_ITEMS})"


def test_the_editor_and_file_phrasings_of_one_refusal():
    refusal = Refusal(Limit.ALL_POINTS, MAX_ALL_POINTS, 25_000)
    assert refusal.message == f"Gesprekspunten: hooguit {MAX_ALL_POINTS} in het hele pakket."
    assert refusal.problem == f"te veel gesprekspunten (25000; hooguit {MAX_ALL_POINTS} in één pakket)"
    assert Refusal(Limit.TEXT, 10, 12, "note").message.startswith("Interne notitie: hooguit 10 tekens;")
    assert Refusal(Limit.TEXT, 10, 12, "note").problem == "te lang (12 tekens; hooguit 10)"


def test_save_writes_nothing_the_app_would_refuse_to_open(tmp_path, catalogue, audiences):
    path = tmp_path / "veel.g40pack"
    save_pack(Pack(title="Oud", audiences=["city:zwolle"]), path, backup=False)
    before = path.read_bytes()
    with pytest.raises(PackRefused, match=r"te veel gesprekspunten \(25000; hooguit 20000 in één pakket\)"):
        save_pack(_points(1000, 25), path)
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["veel.g40pack"]
    # The same limit, the same words, when such a file is opened anyway.
    data = json.loads(before)
    data["items"] = [{"ref": f"demand:wonen-{n + 1}", "talking_points": ["p"] * 1000} for n in range(25)]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PackRefused, match=r"veld 'items': te veel gesprekspunten \(25000"):
        load_pack(path, catalogue, audiences)


def test_save_refuses_a_file_larger_than_load_accepts(tmp_path):
    path = tmp_path / "groot.g40pack"
    big = Pack(title="Groot", items=[Item(ref=f"demand:wonen-{n + 1}", context="x" * 1_000_000) for n in range(21)])
    with pytest.raises(G40Error, match="te groot om te bewaren") as refused:
        save_pack(big, path)
    assert f"hooguit {MAX_PACK_BYTES // 1_000_000} MB" in str(refused.value)
    assert not path.exists() and list(tmp_path.iterdir()) == []


def test_save_returns_the_stamped_copy_and_leaves_the_pack_alone(tmp_path, demo, catalogue):
    live = demo.model_copy(update={"agenda": None})
    before = live.model_copy(deep=True)
    saved = save_pack(live, tmp_path / "p.g40pack", catalogue=catalogue)
    written = saved.pack
    assert live == before and live.agenda is None
    assert saved.disk.digest == hashlib.sha256((tmp_path / "p.g40pack").read_bytes()).hexdigest()
    assert (written.agenda.id, written.agenda.version) == (catalogue.meta.id, catalogue.meta.version)
    assert written.items == live.items and written.title == live.title
    assert json.loads((tmp_path / "p.g40pack").read_text(encoding="utf-8"))["agenda"]["id"] == catalogue.meta.id
    assert save_pack(live, tmp_path / "q.g40pack").pack is live  # no agenda given: nothing to record


def test_duplicating_beyond_the_audience_limit_is_refused(audiences):
    pack = Pack(audiences=[f"city:x{n}" for n in range(MAX_AUDIENCES)])
    with pytest.raises(PackRefused) as refused:
        duplicate_for(pack, "city:zwolle", audiences, replace="")
    assert refused.value.refusal.limit == Limit.AUDIENCES
    replaced = duplicate_for(pack, "city:zwolle", audiences).pack.audiences  # in place of city:x0: still within
    assert replaced[0] == "city:zwolle" and len(replaced) == MAX_AUDIENCES


def test_cli_new_refuses_too_many_audiences_in_one_line(tmp_path, capsys):
    target = tmp_path / "n.g40pack"
    argv = ["new", str(target)]
    for _ in range(MAX_AUDIENCES + 1):
        argv += ["--audience", "city:zwolle"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err == f"g40desk: veld 'audiences': te veel doelgroepen ({MAX_AUDIENCES + 1}; hooguit {MAX_AUDIENCES})\n"
    assert not target.exists()
