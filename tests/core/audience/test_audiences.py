from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from g40desk.cli.commands import main
from g40desk.core.audience.audiences import (
    AudienceKind,
    AudiencesFile,
    City,
    Role,
    RoleKind,
    notices,
    portfolio_tags,
)
from g40desk.core.audience.facts import Facts, load_facts, save_facts
from g40desk.core.audience.report import mapping_rows
from g40desk.core.audience.store import default_user_file, load_audiences, save_user_audiences
from g40desk.core.errors import G40Error
from g40desk.core.note.briefing import build_briefing
from g40desk.core.pack.model import Item, Meeting, Pack
from g40desk.core.pack.storage import load_pack, save_pack
from g40desk.resources import data_file

BEFORE = dt.date(2020, 6, 1)  # Rutte III
SCHOOF = dt.date(2025, 1, 1)
JETTEN = dt.date(2026, 11, 28)
OLD_MINISTRIES = ["ministry:az", "ministry:bz", "ministry:bzk", "ministry:def", "ministry:ezk", "ministry:fin",
                  "ministry:ienw", "ministry:jenv", "ministry:lnv", "ministry:ocw", "ministry:szw", "ministry:vws"]


def _ids(audiences, day, kind=AudienceKind.MINISTRY):
    return [a.id for a in audiences.valid_on(day) if a.kind == kind]


def test_forty_cities_of_2020_plus_amstelveen(audiences):
    assert len(audiences.all_cities) == 41
    ids = {c.id for c in audiences.all_cities}
    assert {"city:zwolle", "city:tilburg", "city:groningen", "city:s-hertogenbosch", "city:sittard-geleen"} <= ids
    assert audiences["city:s-hertogenbosch"].name == "'s-Hertogenbosch"
    assert audiences["city:amstelveen"].member_since == "2022-07-01"
    assert audiences["city:leeuwarden"].province == "Fryslân"
    assert all(isinstance(c, City) and c.kind == AudienceKind.CITY for c in audiences.all_cities)
    assert not {"city:amsterdam", "city:rotterdam", "city:den-haag", "city:utrecht"} & ids  # the G4 are not members


def test_ministries_by_cabinet(audiences):
    assert _ids(audiences, BEFORE) == OLD_MINISTRIES
    assert _ids(audiences, SCHOOF) == [*OLD_MINISTRIES, "ministry:vro", "ministry:kgg", "ministry:aenm"]
    assert _ids(audiences, JETTEN) == OLD_MINISTRIES
    assert _ids(audiences, dt.date(2024, 7, 1)) == OLD_MINISTRIES  # the day before Schoof was sworn in
    assert _ids(audiences, dt.date(2026, 2, 22)) == [*OLD_MINISTRIES, "ministry:vro", "ministry:kgg", "ministry:aenm"]
    bzk = audiences["ministry:bzk"]
    assert bzk.abbreviation == "BZK" and bzk.name == "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"


def test_vro_exists_in_2025_and_is_a_minister_voor_at_bzk_in_late_2026(audiences):
    assert audiences.is_valid("ministry:vro", SCHOOF)
    assert not audiences.is_valid("ministry:vro", JETTEN)
    bzk_roles = [a for a in audiences.valid_on(JETTEN) if isinstance(a, Role) and a.organisation.id == "ministry:bzk"]
    vro = [r for r in bzk_roles if r.title_on(JETTEN) == "minister voor Volkshuisvesting en Ruimtelijke Ordening"]
    assert [r.kind for r in vro] == [RoleKind.MINISTER_VOOR]
    assert not [r for r in audiences.valid_on(SCHOOF) if isinstance(r, Role) and r.id.startswith("ministry:bzk/minister-vro")]


def test_jetten_has_six_ministers_voor_in_the_right_ministries(audiences):
    six = {(r.organisation.abbreviation_on(JETTEN), r.title_on(JETTEN)) for r in audiences.valid_on(JETTEN)
           if isinstance(r, Role) and r.kind == RoleKind.MINISTER_VOOR}
    assert six == {
        ("BZ", "minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"),
        ("JenV", "minister voor Asiel en Migratie"),
        ("BZK", "minister voor Volkshuisvesting en Ruimtelijke Ordening"),
        ("EZK", "minister voor Klimaat en Groene Groei"),
        ("SZW", "minister voor Werk en Participatie"),
        ("VWS", "minister voor Langdurige Zorg, Jeugd en Sport"),
    }
    schoof = [r.title_on(SCHOOF) for r in audiences.valid_on(SCHOOF) if isinstance(r, Role) and r.kind == RoleKind.MINISTER_VOOR]
    assert schoof == ["minister voor Buitenlandse Handel en Ontwikkelingshulp"]


def test_renames_keep_the_id(audiences):
    ezk, lnv = audiences["ministry:ezk"], audiences["ministry:lnv"]
    assert [ezk.abbreviation_on(d) for d in (BEFORE, SCHOOF, JETTEN)] == ["EZK", "EZ", "EZK"]
    assert ezk.name_on(SCHOOF) == "Ministerie van Economische Zaken"
    assert [lnv.abbreviation_on(d) for d in (BEFORE, SCHOOF)] == ["LNV", "LVVN"]
    minister = audiences["ministry:lnv/minister"]
    assert minister.title_on(SCHOOF) == "minister van Landbouw, Visserij, Voedselzekerheid en Natuur"
    assert minister.title_on(JETTEN) == "minister van Landbouw, Visserij, Voedselzekerheid en Natuur"


@pytest.mark.parametrize(("tag", "portfolio", "day", "expected"), [
    ("ministry:bzk", "volkshuisvesting", BEFORE, "ministry:bzk/minister"),
    ("ministry:bzk", "volkshuisvesting", dt.date(2023, 1, 1), "ministry:bzk/minister-vro-2022"),
    ("ministry:bzk", "volkshuisvesting", SCHOOF, "ministry:vro/minister"),
    ("ministry:bzk", "volkshuisvesting", JETTEN, "ministry:bzk/minister-vro"),
    ("ministry:bzk", None, SCHOOF, "ministry:bzk/minister"),
    ("ministry:ezk", "klimaat", SCHOOF, "ministry:kgg/minister"),
    ("ministry:ezk", "klimaat", JETTEN, "ministry:ezk/minister-kgg"),
    ("ministry:szw", "participatie", JETTEN, "ministry:szw/minister-werk-participatie"),
    ("ministry:vws", "langdurige-zorg", JETTEN, "ministry:vws/minister-lzjs"),
    ("ministry:vws", "langdurige-zorg", SCHOOF, "ministry:vws/minister"),
    ("ministry:vro", None, JETTEN, "ministry:bzk/minister-vro"),  # a ceased tag follows its successor
])
def test_portfolio_holder_on_a_date(audiences, tag, portfolio, day, expected):
    assert audiences.holder(tag, portfolio, day).role == expected


def test_demand_tags_carry_their_portfolio(catalogue):
    assert portfolio_tags(catalogue, "demand:wonen-1") == {"ministry:bzk": "volkshuisvesting"}
    assert portfolio_tags(catalogue, "demand:klimaat-1") == {"ministry:bzk": None, "ministry:ezk": "klimaat"}
    assert portfolio_tags(catalogue, "demand:goed-bestuur-1") == {"ministry:bzk": None}


def test_every_tag_has_a_holder_in_every_period_and_every_portfolio_is_declared(audiences, catalogue):
    for keys in catalogue.ministry_portfolios.values():
        assert set(keys.values()) - {""} <= set(audiences.portfolios)
    rows = mapping_rows(audiences, catalogue, dt.date(2019, 1, 1))
    assert rows and not [r for r in rows if "(niemand)" in r[4]]
    tags = {t for e in catalogue.entries.values() for t in e.ministries}
    assert tags == {r[0] for r in rows}


def test_docs_list_every_mapping(audiences, catalogue):
    docs = (Path(__file__).parents[3] / "docs" / "audiences.md").read_text(encoding="utf-8")
    for tag, key, start, end, holder in mapping_rows(audiences, catalogue, dt.date(2019, 1, 1)):
        line = f"| `{tag}` | {key or '—'} | {start} | {end or 'nu'} | {holder} |"
        assert line in docs, f"docs/audiences.md misses: {line}"


def test_every_ministry_and_role_names_a_known_source(audiences):
    for audience in audiences.by_id.values():
        if audience.kind != AudienceKind.CITY:
            assert audience.sources, audience.id
        assert set(audience.sources) <= set(audiences.sources)
    assert all(s.url.startswith("https://") for s in audiences.sources.values() if s.url)


def test_ceased_audience_gets_a_warning_and_a_successor(audiences):
    notice = audiences.notice("ministry:vro", JETTEN)
    assert notice.successor == "ministry:bzk/minister-vro"
    assert "23 februari 2026" in notice.message and "ministry:bzk/minister-vro" in notice.message
    assert audiences.notice("ministry:vro", SCHOOF) is None
    early = audiences.notice("ministry:vro", BEFORE)
    assert early.successor is None and "nog niet" in early.message
    role = audiences.notice("ministry:kgg/minister", JETTEN)
    assert role.successor == "ministry:ezk/minister-kgg"
    assert [n.audience for n in notices(audiences, ["city:zwolle", "ministry:aenm", "ministry:bzk"], JETTEN)] == ["ministry:aenm"]


def test_old_pack_ids_keep_working(tmp_path, catalogue, audiences):
    pack = Pack(title="Oud", audiences=[*OLD_MINISTRIES, "city:zwolle"], items=[Item(ref="demand:wonen-1")])
    path = tmp_path / "oud.g40pack"
    save_pack(pack, path)
    assert load_pack(path, catalogue, audiences).audiences == pack.audiences


def test_note_for_a_role_addresses_the_demands_its_portfolio_holds(catalogue, audiences):
    items = [Item(ref="demand:wonen-1"), Item(ref="demand:goed-bestuur-1")]
    in_2025 = Pack(audiences=["ministry:vro", "ministry:bzk"], items=items, meeting=Meeting(date=SCHOOF))
    addressed = {a.id: a.addressed for a in build_briefing(in_2025, catalogue, audiences, "ministry:vro").asks}
    assert addressed == {"demand:wonen-1": True, "demand:goed-bestuur-1": False}
    addressed = {a.id: a.addressed for a in build_briefing(in_2025, catalogue, audiences, "ministry:bzk").asks}
    # The agenda tags housing BZK, but VRO held it that day: the BZK note does not lead with it (issue 20).
    assert addressed == {"demand:wonen-1": False, "demand:goed-bestuur-1": True}
    late = Pack(title="{ministerie_afk}", audiences=["ministry:bzk/minister-vro"], items=items, meeting=Meeting(date=JETTEN))
    briefing = build_briefing(late, catalogue, audiences)
    assert {a.id: a.addressed for a in briefing.asks} == {"demand:wonen-1": True, "demand:goed-bestuur-1": False}
    assert briefing.title == "BZK"
    assert briefing.audience_name == "minister voor Volkshuisvesting en Ruimtelijke Ordening (BZK)"


def test_legacy_city_facts_become_roles_and_fill_placeholders(tmp_path, catalogue):
    data = json.loads(data_file("audiences.json").read_text(encoding="utf-8"))
    data["cities"][0].update(population=110000, mayor="A. Burgemeester", alderman="W. Houder")
    path = tmp_path / "audiences.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    audiences = load_audiences(path)
    alkmaar = audiences.all_cities[0]
    assert (alkmaar.population, alkmaar.mayor, alkmaar.alderman) == (110000, "A. Burgemeester", "W. Houder")
    assert audiences["city:alkmaar/burgemeester"].kind == RoleKind.BURGEMEESTER
    pack = Pack(title="{burgemeester} en {wethouder}, {inwoners}", audiences=["city:alkmaar"])
    assert build_briefing(pack, catalogue, audiences).title == "A. Burgemeester en W. Houder, 110.000"
    data["cities"][0]["population"] = -5
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(G40Error, match=r"cities\[0\]\.population.*negatief"):
        load_audiences(path)


def test_user_edits_are_saved_in_the_data_folder_and_merged(tmp_path, catalogue):
    base = load_audiences().data
    edited = base.model_copy(deep=True)
    zwolle = next(c for c in edited.cities if c.id == "city:zwolle")
    zwolle.population = 132_000
    zwolle.roles = [Role(id="city:zwolle/burgemeester", kind=RoleKind.BURGEMEESTER, person="P. Snijders"),
                    Role(id="city:zwolle/wethouder-wonen", kind=RoleKind.WETHOUDER, portfolio="Wonen", person="W. Wonen")]
    edited.cities.append(City(id="city:utrecht", name="Utrecht", province="Utrecht", notes="G4, geen G40-lid"))
    path = save_user_audiences(base, edited)
    assert path == default_user_file() and str(path).startswith(str(tmp_path))
    assert not str(path).startswith(str(data_file("").parent))
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert [c["id"] for c in saved["cities"]] == ["city:zwolle", "city:utrecht"] and "ministries" not in saved
    assert "P. Snijders" not in path.read_text(encoding="utf-8") and "population" not in saved["cities"][0]
    facts = load_facts().of("city:zwolle")  # people and populations live in one store: the facts
    assert (facts.burgemeester, facts.wethouders, facts.inwoners) == ("P. Snijders", {"wonen": "W. Wonen"}, 132_000)
    merged = load_audiences()
    assert merged.user_problem is None and merged.user_file == path
    assert merged["city:zwolle/wethouder-wonen"].display_name == "wethouder Wonen (Zwolle), W. Wonen"
    assert merged["city:zwolle"].population == 132_000 and merged["city:zwolle"].province == "Overijssel"
    assert "city:utrecht" in merged and len(merged.all_ministries) == 15
    pack = Pack(title="{burgemeester}, {wethouder_wonen}", audiences=["city:zwolle/wethouder-wonen"])
    assert build_briefing(pack, catalogue, merged).title == "P. Snijders, W. Wonen"
    before = merged.data.model_copy(deep=True)
    edited = merged.data.model_copy(deep=True)
    zwolle = next(c for c in edited.cities if c.id == "city:zwolle")
    zwolle.roles = [r for r in zwolle.roles if r.kind != RoleKind.WETHOUDER]
    save_user_audiences(base, edited, before=before)
    assert load_facts().of("city:zwolle").wethouders == {}  # a removed role takes its person along
    assert load_facts().of("city:zwolle").burgemeester == "P. Snijders"


def test_facts_set_on_the_command_line_show_as_roles(capsys):
    assert main(["facts", "city:zwolle", "wethouder.wonen", "W. Wonen"]) == 0
    assert main(["facts", "ministry:bzk", "staatssecretaris", "S. Staats"]) == 0
    capsys.readouterr()
    audiences = load_audiences()
    assert audiences["city:zwolle/wethouder-wonen"].person == "W. Wonen"
    assert audiences["ministry:bzk/staatssecretaris"].display_name == "staatssecretaris (BZK), S. Staats"
    assert main(["audiences", "--at", "2026-11-28"]) == 0
    assert re.search(r"city:zwolle/wethouder-wonen\s+wethouder wonen, W. Wonen", capsys.readouterr().out)


def test_a_minister_voor_is_the_minister_of_its_own_note(catalogue):
    facts = Facts()
    facts.set("ministry:bzk", "minister", "M. Binnenland")
    facts.set("ministry:bzk/minister-vro", "minister", "M. Wonen")
    save_facts(facts)
    audiences = load_audiences()
    assert audiences["ministry:bzk/minister-vro"].person == "M. Wonen"
    pack = Pack(title="{minister}", audiences=["ministry:bzk/minister-vro", "ministry:bzk"], meeting=Meeting(date=JETTEN))
    assert build_briefing(pack, catalogue, audiences, "ministry:bzk/minister-vro").title == "M. Wonen"
    assert build_briefing(pack, catalogue, audiences, "ministry:bzk").title == "M. Binnenland"


def test_a_broken_facts_file_leaves_the_audiences_usable():
    from g40desk.core.audience.facts import facts_path

    facts_path().parent.mkdir(parents=True, exist_ok=True)
    facts_path().write_text("{kapot", encoding="utf-8")
    audiences = load_audiences()
    assert len(audiences.all_cities) == 41 and "facts.json" in audiences.user_problem
    assert "\n" not in audiences.user_problem


def test_a_change_that_would_not_load_again_is_never_written(tmp_path):
    base = load_audiences().data
    edited = base.model_copy(deep=True)
    edited.cities[0].successor = "city:nergens"
    with pytest.raises(G40Error, match="onbekende opvolger 'city:nergens'"):
        save_user_audiences(base, edited)
    assert not default_user_file().exists()


BAD_USER_FILES = {
    "not json": (b"{nope", "geen geldige JSON"),
    "binary": (b"\x00\x01\x02" * 10, "geen tekstbestand"),
    "empty": (b"", "leeg"),
    "a list": (b"[]", "geen JSON-object"),
    "another format": (json.dumps({"format": "iets-anders"}).encode(), "geen g40desk-doelgroepenbestand"),
    "newer version": (json.dumps({"version": 99}).encode(), "nieuwere g40desk"),
    "unknown field": (json.dumps({"cities": [{"id": "city:x", "name": "X", "province": "P", "evil": 1}]}).encode(),
                      "cities[0].evil"),
    "bad city id": (json.dumps({"cities": [{"id": "city:../../x", "name": "X", "province": "P"}]}).encode(), "stad-ID"),
    "role of another org": (json.dumps({"cities": [{"id": "city:zwolle", "name": "Zwolle", "province": "Overijssel",
                                                    "roles": [{"id": "city:tilburg/burgemeester", "kind": "burgemeester"}]}]}).encode(),
                            "hoort niet bij 'city:zwolle'"),
    "successor cycle": (json.dumps({"ministries": [
        {"id": "ministry:a", "abbreviation": "A", "name": "A", "successor": "ministry:b"},
        {"id": "ministry:b", "abbreviation": "B", "name": "B", "successor": "ministry:a"}]}).encode(), "kring"),
    "unknown source": (json.dumps({"cities": [{"id": "city:x", "name": "X", "province": "P", "sources": ["nergens"]}]}).encode(),
                       "onbekende bron 'nergens'"),
    "period backwards": (json.dumps({"cities": [{"id": "city:x", "name": "X", "province": "P", "valid_from": "2025-01-01",
                                                 "valid_until": "2020-01-01"}]}).encode(), "valid_until"),
    "bad date": (json.dumps({"cities": [{"id": "city:x", "name": "X", "province": "P", "valid_from": "gisteren"}]}).encode(),
                 "JJJJ-MM-DD"),
    "huge name": (json.dumps({"cities": [{"id": "city:x", "name": "X" * 100_000, "province": "P"}]}).encode(), "te lang"),
    "unknown role kind": (json.dumps({"cities": [{"id": "city:x", "name": "X", "province": "P",
                                                  "roles": [{"id": "city:x/koning", "kind": "koning"}]}]}).encode(), "kies uit"),
}


@pytest.mark.parametrize("name", list(BAD_USER_FILES))
def test_hostile_user_file_is_refused_in_one_dutch_line(name, capsys):
    content, expected = BAD_USER_FILES[name]
    path = default_user_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    with pytest.raises(G40Error) as caught:
        load_audiences(user_file=path)
    message = str(caught.value)
    assert expected in message and str(path) in message and "\n" not in message
    fallback = load_audiences()  # the editor and the CLI go on with the built-in data
    assert fallback.user_problem and expected in fallback.user_problem and len(fallback.all_cities) == 41
    assert main(["audiences"]) == 0
    out, err = capsys.readouterr()
    assert len(err.strip().splitlines()) == 1 and err.startswith("g40desk: waarschuwing: ") and expected in err
    assert "city:zwolle" in out and "Traceback" not in err
    assert path.read_bytes() == content  # never "repaired" behind the user's back


def test_cli_audiences_at_a_date(capsys):
    assert main(["audiences", "--at", "2025-01-01", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    by_id = {r["id"]: r for r in rows}
    assert len(rows) == 41 + 15 and by_id["ministry:ezk"]["abbreviation"] == "EZ"
    assert [r["id"] for r in by_id["ministry:vro"]["roles"]] == ["ministry:vro/minister"]
    assert main(["audiences", "--at", "2026-11-28"]) == 0
    out = capsys.readouterr().out
    assert "ministry:vro" not in out
    assert re.search(r"ministry:bzk/minister-vro\s+minister voor Volkshuisvesting en Ruimtelijke Ordening", out)
    assert main(["audiences", "--at", "28-11-2026"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'--at'" in err and "JJJJ-MM-DD" in err


def test_cli_audiences_default_is_today(capsys):
    assert main(["audiences", "--json"]) == 0
    today = json.loads(capsys.readouterr().out)
    assert main(["audiences", "--json", "--at", dt.date.today().isoformat()]) == 0
    assert json.loads(capsys.readouterr().out) == today


def test_cli_new_and_export_warn_about_a_ceased_audience(tmp_path, capsys):
    pack = tmp_path / "vro.g40pack"
    assert main(["new", str(pack), "--audience", "ministry:vro", "--theme", "theme:wonen"]) == 0
    err = capsys.readouterr().err
    if dt.date.today() >= dt.date(2026, 2, 23):
        assert "bestaat sinds 23 februari 2026 niet meer" in err and "ministry:bzk/minister-vro" in err
    data = json.loads(pack.read_text(encoding="utf-8"))
    data["meeting"] = {"date": "2026-03-01"}
    pack.write_text(json.dumps(data), encoding="utf-8")
    assert main(["export", str(pack), "--docx", str(tmp_path / "n.docx")]) == 0
    err = capsys.readouterr().err
    assert "waarschuwing: 'Ministerie van Volkshuisvesting en Ruimtelijke Ordening (VRO)' bestaat sinds" in err
    data["meeting"] = {"date": "2025-03-01"}
    pack.write_text(json.dumps(data), encoding="utf-8")
    assert main(["export", str(pack), "--docx", str(tmp_path / "n.docx")]) == 0
    assert "bestaat sinds" not in capsys.readouterr().err


def test_builtin_file_round_trips_through_the_model():
    raw = json.loads(data_file("audiences.json").read_text(encoding="utf-8"))
    assert raw["format"] == "g40desk-audiences" and raw["version"] == 2
    assert AudiencesFile.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


def test_batch_for_roles_writes_one_note_each_in_the_folder(tmp_path, capsys):
    pack = tmp_path / "rollen.g40pack"
    ids = ["ministry:bzk/minister-vro", "ministry:ezk/minister-kgg", "city:s-hertogenbosch"]
    assert main(["new", str(pack), *[a for i in ids for a in ("--audience", i)], "--theme", "theme:wonen",
                 "--title", "Overleg"]) == 0
    assert main(["batch", str(pack), "--out", str(tmp_path / "uit")]) == 0, capsys.readouterr().err
    names = sorted(p.name for p in (tmp_path / "uit").iterdir())
    assert [n for n in names if n.endswith(".docx")] == [
        "overleg-bzk-minister-vro.docx", "overleg-ezk-minister-kgg.docx", "overleg-s-hertogenbosch.docx"]


def test_a_note_names_who_held_each_demand_on_the_meeting_date(catalogue, audiences):
    items = [Item(ref="demand:wonen-2"), Item(ref="demand:klimaat-1")]
    def names(day):
        pack = Pack(audiences=["city:zwolle"], items=items, meeting=Meeting(date=day))
        return {a.id: a.ministries for a in build_briefing(pack, catalogue, audiences).asks}
    assert names(BEFORE) == {"demand:wonen-2": ["LNV", "BZK"], "demand:klimaat-1": ["BZK", "EZK"]}
    assert names(SCHOOF) == {"demand:wonen-2": ["LVVN", "VRO"], "demand:klimaat-1": ["BZK", "KGG"]}
    assert names(JETTEN) == {"demand:wonen-2": ["LVVN", "minister voor Volkshuisvesting en Ruimtelijke Ordening (BZK)"],
                             "demand:klimaat-1": ["BZK", "minister voor Klimaat en Groene Groei (EZK)"]}


def test_commands_on_a_pack_also_warn_about_a_bad_user_file(tmp_path, capsys):
    """export, batch, import-matrix and review load the pack through agenda_cli; they warn like the rest."""
    content, expected = BAD_USER_FILES["not json"]
    path = default_user_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert main(["demo", str(tmp_path)]) == 0
    capsys.readouterr()
    for argv in (["export", str(tmp_path / "demo.g40pack"), "--xlsx", str(tmp_path / "m.xlsx")],
                 ["review", str(tmp_path / "demo.g40pack")]):
        assert main(argv) == 0
        err = capsys.readouterr().err
        assert "g40desk: waarschuwing: " in err and expected in err and "Traceback" not in err, argv
