"""Facts by date: membership, titles and ministers voor are right before and after each change."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from g40desk.cli.commands import main
from g40desk.core.audience.audiences import AudienceKind, Role, RoleKind, notices

RUTTE_III = dt.date(2020, 6, 1)
RUTTE_IV = dt.date(2023, 1, 1)
SCHOOF = dt.date(2025, 1, 1)
JETTEN = dt.date(2026, 3, 6)  # the day of the LVVN letter (Kamerstuk 2026D10408)


def _cities(audiences, day):
    return [c.id for c in audiences.cities_on(day)]


def _ministers_voor(audiences, org, day):
    return {r.title_on(day) for r in audiences.valid_on(day)
            if isinstance(r, Role) and r.kind == RoleKind.MINISTER_VOOR and r.organisation.id == org}


def test_amstelveen_is_a_member_from_1_july_2022(audiences):
    assert "city:amstelveen" not in _cities(audiences, dt.date(2019, 6, 1))
    assert "city:amstelveen" not in _cities(audiences, dt.date(2022, 6, 30))
    assert "city:amstelveen" in _cities(audiences, dt.date(2022, 7, 1))
    assert len(_cities(audiences, dt.date(2019, 6, 1))) == 40 and len(_cities(audiences, SCHOOF)) == 41
    assert not audiences.is_valid("city:amstelveen", dt.date(2019, 6, 1))
    ids = [a.id for a in audiences.valid_on(dt.date(2019, 6, 1)) if a.kind == AudienceKind.CITY]
    assert "city:amstelveen" not in ids and "city:zwolle" in ids


def test_a_membership_year_counts_from_1_january(audiences):
    assert "city:hoorn" not in _cities(audiences, dt.date(2015, 12, 31))  # member since 2016
    assert "city:hoorn" in _cities(audiences, dt.date(2016, 1, 1))
    assert "city:assen" in _cities(audiences, dt.date(2018, 1, 1))  # joined on 1 January 2018


def test_a_pack_for_a_city_before_it_joined_is_told_so(audiences):
    [notice] = notices(audiences, ["city:amstelveen", "city:zwolle"], dt.date(2019, 6, 1))
    assert notice.audience == "city:amstelveen" and notice.successor is None
    assert notice.message == "'Amstelveen' was op 1 juni 2019 nog geen lid van de G40 (lid sinds 1 juli 2022)"
    assert notices(audiences, ["city:amstelveen"], dt.date(2022, 7, 1)) == []


def test_search_offers_only_the_members_of_the_day(audiences):
    assert [a.id for a in audiences.search("amstelveen", dt.date(2019, 6, 1))] == []
    assert [a.id for a in audiences.search("amstelveen", SCHOOF)] == ["city:amstelveen"]


@pytest.mark.parametrize("value", ["voor 2018", "2022-13-01", "22-07-2022"])
def test_membership_is_a_year_or_a_date(audiences, value):
    from pydantic import ValidationError

    from g40desk.core.audience.models import City

    with pytest.raises(ValidationError, match="member_since"):
        City(id="city:x", name="X", province="P", member_since=value)


def test_the_lvvn_minister_keeps_the_lvvn_title_after_23_february_2026(audiences):
    minister = audiences["ministry:lnv/minister"]
    assert minister.title_on(RUTTE_III) == "minister van Landbouw, Natuur en Voedselkwaliteit"
    assert minister.title_on(SCHOOF) == "minister van Landbouw, Visserij, Voedselzekerheid en Natuur"
    assert minister.title_on(JETTEN) == "minister van Landbouw, Visserij, Voedselzekerheid en Natuur"
    assert audiences["ministry:lnv"].abbreviation_on(JETTEN) == "LVVN"
    lnv = audiences["ministry:lnv"]
    assert "lvvn-kamerstuk-2026" in lnv.names[0].sources and "lvvn-kamerstuk-2026" in minister.sources
    assert "Landbouw, Natuur en Voedselkwaliteit\" zou heten" not in (lnv.notes or "")
    assert "2026D10408" in lnv.notes and "niet zo gegaan" in lnv.notes


def test_leeuwarden_lies_in_fryslan(audiences):
    leeuwarden = audiences["city:leeuwarden"]
    assert leeuwarden.province == "Fryslân" and "fryslan-taaladvies" in leeuwarden.sources


def test_rutte_iv_had_ministers_voor_education_and_legal_protection(audiences):
    pvo, legal = "minister voor Primair en Voortgezet Onderwijs", "minister voor Rechtsbescherming"
    assert _ministers_voor(audiences, "ministry:ocw", RUTTE_III) == set()
    assert _ministers_voor(audiences, "ministry:ocw", dt.date(2022, 1, 10)) == {pvo}
    assert _ministers_voor(audiences, "ministry:ocw", RUTTE_IV) == {pvo}
    assert _ministers_voor(audiences, "ministry:ocw", SCHOOF) == set()
    assert _ministers_voor(audiences, "ministry:jenv", RUTTE_III) == set()
    assert _ministers_voor(audiences, "ministry:jenv", RUTTE_IV) == {legal}
    assert _ministers_voor(audiences, "ministry:jenv", SCHOOF) == set()
    assert _ministers_voor(audiences, "ministry:jenv", JETTEN) == {"minister voor Asiel en Migratie"}
    for role in ("ministry:ocw/minister-pvo-2022", "ministry:jenv/minister-rechtsbescherming-2022"):
        assert audiences[role].person is None  # no holder named in the references: none invented
        assert audiences.notice(role, SCHOOF).successor == role.split("/")[0] + "/minister"


def test_rutte_iii_had_a_minister_voor_bhos(audiences):
    bhos = "minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"
    assert _ministers_voor(audiences, "ministry:bz", dt.date(2017, 10, 25)) == set()
    assert _ministers_voor(audiences, "ministry:bz", RUTTE_III) == {bhos}
    assert _ministers_voor(audiences, "ministry:bz", RUTTE_IV) == {bhos}
    assert _ministers_voor(audiences, "ministry:bz", SCHOOF) == {"minister voor Buitenlandse Handel en Ontwikkelingshulp"}
    assert audiences.successor("ministry:bz/minister-bhos-2017", RUTTE_IV) == "ministry:bz/minister-bhos-2022"
    assert audiences.successor("ministry:bz/minister-bhos-2017", JETTEN) == "ministry:bz/minister-bho"
    assert audiences["ministry:bz/minister-bhos-2017"].sources == ["rutte-iii-bhos"]


def test_cli_audiences_at_a_date_follows_membership_and_titles(capsys):
    assert main(["audiences", "--at", "2019-06-01"]) == 0
    before = capsys.readouterr().out
    assert "city:amstelveen" not in before and "city:zwolle" in before
    assert "minister voor Buitenlandse Handel en Ontwikkelingssamenwerking" in before
    assert main(["audiences", "--at", "2022-07-01", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["city:amstelveen"]["member_since"] == "2022-07-01" and rows["city:leeuwarden"]["province"] == "Fryslân"
    titles = {role["title"] for role in rows["ministry:ocw"]["roles"]}
    assert "minister voor Primair en Voortgezet Onderwijs" in titles
    assert main(["audiences", "--at", "2026-03-06"]) == 0
    after = capsys.readouterr().out
    assert "minister van Landbouw, Visserij, Voedselzekerheid en Natuur" in after
    assert "Landbouw, Natuur en Voedselkwaliteit" not in after


def test_batch_all_cities_takes_the_members_on_the_meeting_date(tmp_path, capsys):
    from g40desk.core.pack.model import Item, Meeting, Pack
    from g40desk.core.pack.storage import save_pack

    pack = tmp_path / "p.g40pack"
    save_pack(Pack(title="Overleg {stad}", items=[Item(ref="demand:wonen-1")],
                   meeting=Meeting(date=dt.date(2019, 6, 1))), pack)
    out = tmp_path / "uit"
    assert main(["batch", str(pack), "--out", str(out), "--all-cities", "--form", "card"]) == 0
    assert "40 notities" in capsys.readouterr().out
    names = [p.name for p in out.glob("*.docx")]
    assert len(names) == 40 and not [n for n in names if "amstelveen" in n]
