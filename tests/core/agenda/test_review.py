"""A pack opened against another agenda version: the review, the decisions, the stamp."""

from __future__ import annotations

import json

import pytest

from g40desk.core.agenda.catalogue import BUILTIN_ID, Catalogue, Node, Retired, load_catalogue
from g40desk.core.agenda.library import write_agenda
from g40desk.core.agenda.review import (
    ChangeKind,
    apply_decisions,
    render_diff,
    review_pack,
    stamped,
    word_diff,
)
from g40desk.core.pack.model import Item, Pack
from g40desk.core.pack.storage import load_pack, save_pack


def _nodes(entries):
    for node in entries:
        yield node
        yield from _nodes(node.children)


def next_version(catalogue: Catalogue, tmp_path) -> Catalogue:
    """Version 3 of the built-in agenda: one text changed, one demand retired, one removed,
    one added to theme:wonen."""
    data = catalogue.to_file().model_copy(deep=True)
    data.version = 3
    by_id = {n.id: n for n in _nodes(data.entries)}
    by_id["demand:wonen-1"].text = "Een snelle en breed toegankelijke impulsregeling voor woningbouw en transformatie"
    by_id["demand:wonen-2"].retired = Retired(reason="stikstof is apart geregeld")
    wonen = by_id["theme:wonen"]
    wonen.children = [c for c in wonen.children if c.id != "demand:wonen-5"]
    wonen.children.append(Node(id="demand:wonen-6", kind="demand", text="Een nieuwe eis.", ministries=["ministry:bzk"]))
    path = tmp_path / "v3.json"
    write_agenda(data, path)
    return load_catalogue(path)


@pytest.fixture
def pack(catalogue):
    pack = Pack(title="T", audiences=["city:zwolle"], items=[
        Item(ref="theme:wonen"), Item(ref="demand:wonen-1"), Item(ref="demand:wonen-2"),
        Item(ref="demand:wonen-5", text="Onze eigen formulering"), Item(ref="demand:klimaat-2")])
    pack = stamped(pack, catalogue)
    return pack


def test_stamp_records_agenda_version_and_texts(pack, catalogue):
    assert (pack.agenda.id, pack.agenda.version) == (BUILTIN_ID, catalogue.meta.version)
    assert pack.agenda.texts["demand:wonen-1"] == catalogue["demand:wonen-1"].node.text
    assert "demand:wonen-3" in pack.agenda.known  # in the pack's theme, not picked


def test_entries_picked_while_marked_outdated_are_not_asked_about(pack, catalogue):
    assert pack.agenda.kept == ["demand:klimaat-2"]
    assert review_pack(pack, catalogue) == []
    pack.agenda.kept = []  # as in a pack made before the marking
    changes = review_pack(pack, catalogue)
    assert [(c.kind, c.ref) for c in changes] == [(ChangeKind.OUTDATED, "demand:klimaat-2")]
    assert "1 januari 2023" in changes[0].reason


def test_next_version_shows_changed_retired_removed_and_new(pack, catalogue, tmp_path):
    v3 = next_version(catalogue, tmp_path)
    changes = {(c.kind, c.ref): c for c in review_pack(pack, v3)}
    assert set(changes) == {
        (ChangeKind.CHANGED, "demand:wonen-1"), (ChangeKind.RETIRED, "demand:wonen-2"),
        (ChangeKind.RETIRED, "demand:wonen-5"), (ChangeKind.NEW, "demand:wonen-6")}
    diff = changes[ChangeKind.CHANGED, "demand:wonen-1"].diff()
    assert ("-", "snel") in diff and ("+", "snelle") in diff and ("+", "voor") in diff
    assert "stikstof is apart geregeld" in changes[ChangeKind.RETIRED, "demand:wonen-2"].reason
    assert changes[ChangeKind.RETIRED, "demand:wonen-5"].tailored


def test_keeping_everything_never_loses_wording(pack, catalogue, tmp_path):
    v3 = next_version(catalogue, tmp_path)
    changes = review_pack(pack, v3)
    kept = apply_decisions(pack, v3, changes, accepted=set())
    assert kept.item("demand:wonen-1").text == catalogue["demand:wonen-1"].node.text  # old wording kept
    assert kept.item("demand:wonen-5") is None
    own = {o.text: o for o in kept.own}
    assert "Onze eigen formulering" in own  # a removed entry lives on as the advisor's own
    assert kept.item(own["Onze eigen formulering"].id) is not None
    assert kept.item("demand:wonen-6") is None
    assert (kept.agenda.version, kept.agenda.kept) == (3, ["demand:klimaat-2"])
    assert review_pack(kept, v3) == []  # decided once, not asked again


def test_accepting_everything(pack, catalogue, tmp_path):
    v3 = next_version(catalogue, tmp_path)
    changes = review_pack(pack, v3)
    done = apply_decisions(pack, v3, changes, accepted={c.key for c in changes})
    assert done.refs() == ["theme:wonen", "demand:wonen-1", "demand:klimaat-2", "demand:wonen-6"]
    assert done.item("demand:wonen-1").text is None  # the new agenda text shows
    assert done.agenda.texts["demand:wonen-1"] == v3["demand:wonen-1"].node.text
    assert review_pack(done, v3) == []


def test_tailored_text_is_never_overwritten(catalogue, tmp_path):
    pack = Pack(items=[Item(ref="demand:wonen-1", text="Mijn tekst")])
    pack = stamped(pack, catalogue)
    v3 = next_version(catalogue, tmp_path)
    changes = review_pack(pack, v3)
    assert changes[0].tailored
    for accepted in (set(), {changes[0].key}):
        assert apply_decisions(pack, v3, changes, accepted).item("demand:wonen-1").text == "Mijn tekst"


def test_version_1_pack_is_migrated_and_reviewed(tmp_path, catalogue, audiences):
    path = tmp_path / "oud.g40pack"
    path.write_text(json.dumps({"schema_version": 1, "title": "T", "audiences": ["city:zwolle"],
                                "items": [{"ref": "demand:klimaat-2"}, {"ref": "demand:wonen-1"}]}), encoding="utf-8")
    pack = load_pack(path, catalogue, audiences)
    assert (pack.agenda.id, pack.agenda.version) == (BUILTIN_ID, 1)
    assert [c.kind for c in review_pack(pack, catalogue)] == [ChangeKind.OUTDATED]
    save_pack(pack, path, catalogue=catalogue)  # a pending review is not stamped away
    assert json.loads(path.read_text(encoding="utf-8"))["agenda"]["version"] == 1


def test_pack_with_entries_the_agenda_lacks_loads_only_for_review(tmp_path, catalogue, audiences):
    path = tmp_path / "p.g40pack"
    path.write_text(json.dumps({"schema_version": 2, "title": "T", "items": [{"ref": "demand:wonen-99"}],
                                "agenda": {"id": "andere-agenda", "version": 4,
                                           "texts": {"demand:wonen-99": "Weg"}}}), encoding="utf-8")
    with pytest.raises(Exception, match="g40desk review"):
        load_pack(path, catalogue, audiences)
    pack = load_pack(path, catalogue, audiences, strict=False)
    [change] = review_pack(pack, catalogue)
    assert (change.kind, change.old) == (ChangeKind.RETIRED, "Weg")


def test_word_diff_marks_removed_and_added_words():
    parts = word_diff("de verhuurderheffing afschaffen", "de verhuurderheffing is afgeschaft")
    assert render_diff(parts) == "de verhuurderheffing [-afschaffen-]{+is afgeschaft+}"
    assert "".join(t for op, t in parts if op != "+") == "de verhuurderheffing afschaffen"
