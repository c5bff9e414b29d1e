"""Pack files round-trip, and every broken file gets one message naming file and field."""

from __future__ import annotations

import json

import pytest

from g40desk.core.errors import G40Error
from g40desk.core.pack.model import SCHEMA_VERSION, Item, Pack, Priority
from g40desk.core.pack.storage import MAX_PACK_BYTES, load_pack, pack_to_json, save_pack


def test_round_trip_keeps_everything(tmp_path, demo, catalogue, audiences):
    path = tmp_path / "demo.g40pack"
    save_pack(demo, path)
    again = load_pack(path, catalogue, audiences)
    assert again == demo
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    assert list(data)[:4] == ["schema_version", "id", "title", "audiences"]
    first = data["items"][2]
    assert first["ref"] == "demand:wonen-1" and first["priority"] == "high"
    assert set(first) >= {"text", "context", "talking_points", "note"}
    assert data["items"][0] == {"ref": "theme:wonen"}  # unset fields are left out


def test_saving_keeps_the_previous_version_as_backup(tmp_path, demo, catalogue, audiences):
    path = tmp_path / "p.g40pack"
    save_pack(demo, path)
    demo.title = "Tweede versie"
    save_pack(demo, path)
    assert load_pack(path, catalogue, audiences).title == "Tweede versie"
    assert json.loads((tmp_path / "p.g40pack.bak").read_text(encoding="utf-8"))["title"] != "Tweede versie"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.g40pack", "p.g40pack.bak"]


def _write(tmp_path, content) -> object:
    path = tmp_path / "bad.g40pack"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


GOOD = {"title": "T", "audiences": ["city:zwolle"], "items": [{"ref": "demand:wonen-1"}]}


@pytest.mark.parametrize("content, expected", [
    (b"", "leeg"),
    ('{"title": "T", "audiences": ["city:zwolle"], "items": [', "geen geldige JSON (regel 1"),
    (b"\xff\xfe\x00g\x00a\x00r", "binaire inhoud"),
    (b'{"title": "caf\xe9"}', "geen geldige UTF-8"),
    ("[1, 2]", "geen JSON-object"),
    ({**GOOD, "title": 5}, "veld 'title'"),
    ({**GOOD, "audiences": ["city:amsterdam"]}, "onbekende doelgroep 'city:amsterdam'"),
    ({**GOOD, "items": [{"ref": "demand:wonen-99"}]}, "veld 'items[0].ref': onbekende catalogus-ID 'demand:wonen-99'"),
    ({**GOOD, "items": [{"ref": "section:inleiding"}]}, "geen thema, doel, eis of kerngegeven"),
    ({**GOOD, "items": [{"ref": "demand:wonen-1"}, {"ref": "demand:wonen-1"}]}, "twee keer"),
    ({**GOOD, "items": [{"ref": "demand:wonen-1", "priority": "urgent"}]}, "items[0].priority"),
    ({**GOOD, "items": [{"text": "no ref"}]}, "veld 'items[0].ref': ontbreekt"),
    ({**GOOD, "surprise": 1}, "veld 'surprise'"),
    ({**GOOD, "schema_version": 99}, "nieuwere g40desk"),
    ({**GOOD, "schema_version": "1"}, "veld 'schema_version'"),
    ({**GOOD, "meeting": {"date": "31-02-2021"}}, "meeting.date"),
    ({**GOOD, "items": [{"ref": "demand:wonen-1", "overrides": {"city:atlantis": {}}}]}, "items[0].overrides"),
])
def test_malformed_pack_gives_one_clear_message(tmp_path, catalogue, audiences, content, expected):
    path = _write(tmp_path, content)
    before = path.read_bytes()
    with pytest.raises(G40Error) as err:
        load_pack(path, catalogue, audiences)
    assert expected in str(err.value)
    assert str(path) in str(err.value)
    assert path.read_bytes() == before  # never modified


def test_byte_order_mark_is_accepted(tmp_path, catalogue, audiences):
    path = tmp_path / "bom.g40pack"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode())
    assert load_pack(path, catalogue, audiences).title == "T"


def test_oversized_pack_is_refused_before_reading(tmp_path, catalogue, audiences):
    path = tmp_path / "huge.g40pack"
    with path.open("wb") as handle:
        handle.truncate(MAX_PACK_BYTES + 1)
    with pytest.raises(G40Error, match="te groot"):
        load_pack(path, catalogue, audiences)


def test_text_is_kept_exactly_as_typed(tmp_path, catalogue, audiences):
    odd = "=SUM(A1)\f\v\x00 emoji 🏙️ عربي " + "x" * 100_000
    pack = Pack(title="t", audiences=["city:zwolle"], items=[Item(ref="demand:wonen-1", text=odd, priority=Priority.LOW)])
    path = tmp_path / "odd.g40pack"
    save_pack(pack, path)
    assert load_pack(path, catalogue, audiences).items[0].text == odd


def test_json_schema_in_docs_is_current():
    from pathlib import Path

    committed = json.loads((Path(__file__).parents[3] / "docs" / "pack.schema.json").read_text(encoding="utf-8"))
    assert committed == Pack.model_json_schema(), "run: python tools/make_schema.py"


def test_pack_json_is_stable_text(demo):
    assert pack_to_json(demo) == pack_to_json(Pack.model_validate_json(pack_to_json(demo)))
