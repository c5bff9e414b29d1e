"""Schema versions: older packs migrate with the original kept; newer ones are never overwritten."""

from __future__ import annotations

import json

import pytest

from g40desk.core.errors import G40Error
from g40desk.core.pack.model import SCHEMA_VERSION, Pack, Priority
from g40desk.core.pack.storage import load_pack, save_pack

OLD = {"title": "Uit 2020", "audiences": ["city:zwolle"],
       "items": [{"ref": "demand:wonen-1", "priority": "hoog", "talking_points": "eerste punt\ntweede punt"}]}


def test_version_0_pack_migrates_and_the_original_is_kept(tmp_path, catalogue, audiences):
    path = tmp_path / "oud.g40pack"
    original = json.dumps(OLD).encode()
    path.write_bytes(original)
    pack = load_pack(path, catalogue, audiences)
    item = pack.items[0]
    assert item.priority == Priority.HIGH and item.talking_points == ["eerste punt", "tweede punt"]
    assert path.read_bytes() == original  # loading never writes
    save_pack(pack, path)
    assert (tmp_path / "oud.v0.g40pack").read_bytes() == original
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION


def test_newer_pack_is_never_overwritten(tmp_path, catalogue, audiences):
    path = tmp_path / "nieuw.g40pack"
    newer = json.dumps({**OLD, "schema_version": 9}).encode()
    path.write_bytes(newer)
    with pytest.raises(G40Error, match="nieuwere g40desk"):
        load_pack(path, catalogue, audiences)
    with pytest.raises(G40Error, match="wordt niet overschreven"):
        save_pack(Pack(title="x", audiences=["city:zwolle"]), path)
    assert path.read_bytes() == newer
