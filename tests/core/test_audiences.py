from __future__ import annotations

import json

import pytest

from g40desk.core.audiences import AudienceKind, City, load_audiences
from g40desk.core.errors import G40Error
from g40desk.resources import data_file


def test_forty_cities_of_2020_plus_amstelveen(audiences):
    assert len(audiences.cities) == 41
    ids = {c.id for c in audiences.cities}
    assert {"city:zwolle", "city:tilburg", "city:groningen", "city:s-hertogenbosch", "city:sittard-geleen"} <= ids
    assert audiences["city:s-hertogenbosch"].name == "'s-Hertogenbosch"
    assert audiences["city:amstelveen"].member_since == "2022-07-01"
    assert audiences["city:leeuwarden"].province == "Friesland"
    assert all(isinstance(c, City) and c.kind == AudienceKind.CITY for c in audiences.cities)
    assert not {"city:amsterdam", "city:rotterdam", "city:den-haag", "city:utrecht"} & ids  # the G4 are not members


def test_twelve_ministries_with_abbreviation_and_full_name(audiences):
    assert [m.id for m in audiences.ministries] == [
        "ministry:az", "ministry:bz", "ministry:bzk", "ministry:def", "ministry:ezk", "ministry:fin",
        "ministry:ienw", "ministry:jenv", "ministry:lnv", "ministry:ocw", "ministry:szw", "ministry:vws"]
    bzk = audiences["ministry:bzk"]
    assert bzk.abbreviation == "BZK" and bzk.name == "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"


def test_search_finds_s_hertogenbosch_without_apostrophe(audiences):
    assert [a.id for a in audiences.search("s-hertogenbosch")] == ["city:s-hertogenbosch"]
    assert "ministry:fin" in [a.id for a in audiences.search("financien")]


def test_city_facts_are_optional_and_validated(tmp_path):
    data = json.loads(data_file("audiences.json").read_text(encoding="utf-8"))
    data["cities"][0].update(population=110000, mayor="A. Burgemeester", alderman="W. Houder")
    path = tmp_path / "audiences.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_audiences(path).cities[0].population == 110000
    data["cities"][0]["population"] = -5
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(G40Error, match=r"cities\[0\]\.population.*negatief"):
        load_audiences(path)


def test_duplicate_audience_is_refused(tmp_path):
    data = json.loads(data_file("audiences.json").read_text(encoding="utf-8"))
    data["cities"].append(dict(data["cities"][0]))
    path = tmp_path / "audiences.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(G40Error, match="city:alkmaar"):
        load_audiences(path)
