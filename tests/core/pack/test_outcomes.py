"""Outcomes of a meeting in the pack: saved and read back as typed, checked, migrated, left behind by a duplicate."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from g40desk.core.errors import G40Error
from g40desk.core.pack.demo import demo_after_meeting
from g40desk.core.pack.duplicate import duplicate_for
from g40desk.core.pack.model import SCHEMA_VERSION, Action, Outcome, Recall, RecallKind, Result
from g40desk.core.pack.outcomes import outcomes_of, parse_result, result_label, with_outcome
from g40desk.core.pack.storage import load_pack, save_pack


def test_outcomes_round_trip_through_save(tmp_path, catalogue, audiences):
    pack = demo_after_meeting()
    pack.lookback = [Recall(owner="ministry:bzk", kind=RecallKind.ACTION, ask="demand:wonen-1",
                            label="Impulsregeling", text="=SOM(A1) brief sturen", who="BZK",
                            due=dt.date(2021, 1, 5), source="Eerder overleg", held=dt.date(2020, 11, 2))]
    path = tmp_path / "na.g40pack"
    save_pack(pack, path)
    again = load_pack(path, catalogue, audiences)
    assert again == pack
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION >= 3
    assert data["meeting"]["held"] == {"date": "2021-03-12", "present": pack.meeting.held.present}
    first = next(i for i in data["items"] if i["ref"] == "demand:wonen-1")
    assert first["outcomes"]["ministry:bzk"]["result"] == "promised"
    assert first["outcomes"]["ministry:bzk"]["actions"][0] == {
        "what": "Lijst van projecten die wachten aanleveren", "who": "G40-bureau", "due": "2021-04-01"}
    assert data["lookback"][0]["text"] == "=SOM(A1) brief sturen"
    assert again.meeting.day == dt.date(2021, 3, 12)


def test_version_2_pack_migrates_without_change(tmp_path, catalogue, audiences):
    path = tmp_path / "v2.g40pack"
    v2 = {"schema_version": 2, "title": "T", "audiences": ["city:zwolle"],
          "meeting": {"date": "2021-03-11"}, "items": [{"ref": "demand:wonen-1", "priority": "high"}]}
    path.write_text(json.dumps(v2), encoding="utf-8")
    pack = load_pack(path, catalogue, audiences)
    assert pack.items[0].outcomes == {} and pack.meeting.held is None and pack.lookback == []
    assert pack.meeting.day == dt.date(2021, 3, 11)
    save_pack(pack, path)
    assert json.loads((tmp_path / "v2.v2.g40pack").read_text(encoding="utf-8")) == v2


GOOD = {"title": "T", "audiences": ["ministry:bzk"]}


@pytest.mark.parametrize("content, expected", [
    ({**GOOD, "items": [{"ref": "goal:wonen-1", "outcomes": {"ministry:bzk": {"result": "promised"}}}]},
     "veld 'items[0].outcomes': alleen een eis heeft een uitkomst"),
    ({**GOOD, "items": [{"ref": "demand:wonen-1", "outcomes": {"city:amsterdam": {"result": "promised"}}}]},
     "veld 'items[0].outcomes': onbekende doelgroep 'city:amsterdam'"),
    ({**GOOD, "items": [{"ref": "demand:wonen-1", "outcomes": {"ministry:bzk": {"result": "toegezegd"}}}]},
     "items[0].outcomes.ministry:bzk.result"),
    ({**GOOD, "items": [{"ref": "demand:wonen-1", "outcomes": {"ministry:bzk": {"actions": [{"what": ""}]}}}]},
     "items[0].outcomes.ministry:bzk.actions[0].what"),
    ({**GOOD, "meeting": {"held": {"date": "12-03-2021"}}}, "meeting.held.date"),
    ({**GOOD, "lookback": [{"owner": "city:nergens", "kind": "promise"}]}, "lookback[0].owner"),
])
def test_bad_outcomes_give_one_line_naming_the_field(tmp_path, catalogue, audiences, content, expected):
    path = tmp_path / "bad.g40pack"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(G40Error) as caught:
        load_pack(path, catalogue, audiences)
    assert "bad.g40pack" in str(caught.value) and expected in str(caught.value)
    assert "\n" not in str(caught.value)


def test_labels_and_parsing():
    assert [result_label(r) for r in Result] == ["toegezegd", "in behandeling", "afgewezen", "geen reactie",
                                                 "niet besproken"]
    assert result_label(None) == "geen uitkomst vastgelegd"
    assert parse_result(" In Behandeling ") == Result.IN_PROGRESS
    assert parse_result("promised") == Result.PROMISED
    assert parse_result("") is None
    with pytest.raises(ValueError):
        parse_result("misschien")


def test_an_empty_outcome_is_left_out():
    pack = demo_after_meeting()
    item = pack.item("demand:wonen-1")
    assert "ministry:bzk" not in with_outcome(item, "ministry:bzk", Outcome())
    kept = with_outcome(item, "city:zwolle", Outcome(actions=[Action(what="bellen")]))
    assert set(kept) == {"ministry:bzk", "city:zwolle"}
    assert item.outcomes.keys() == {"ministry:bzk"}  # the item itself is not changed
    assert [f.ref for f in outcomes_of(pack, "ministry:bzk")][:2] == ["demand:wonen-1", "demand:wonen-3"]


def test_duplicate_starts_a_new_meeting(audiences):
    pack = demo_after_meeting()
    pack.lookback = [Recall(owner="ministry:bzk", kind=RecallKind.PROMISE, text="x")]
    copy = duplicate_for(pack, "city:alkmaar", audiences).pack
    assert all(not item.outcomes for item in copy.items)
    assert copy.meeting.held is None and copy.lookback == []
    assert pack.item("demand:wonen-1").outcomes  # the original keeps its outcomes


def test_version_4_terugblik_point_gets_an_owner(tmp_path, catalogue, audiences):
    path = tmp_path / "v4.g40pack"
    path.write_text(json.dumps({"schema_version": 4, "title": "T", "audiences": ["ministry:bzk"],
                                "lookback": [{"audience": "ministry:bzk", "kind": "action", "text": "brief"}]}),
                    encoding="utf-8")
    pack = load_pack(path, catalogue, audiences)
    assert [(r.owner, r.text) for r in pack.lookback] == [("ministry:bzk", "brief")]
