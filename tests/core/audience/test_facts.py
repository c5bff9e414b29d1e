"""Audience facts live in the user's data folder and fill {burgemeester}, {wethouder_wonen} and the rest."""

from __future__ import annotations

import json
import os

import pytest

from g40desk.cli.commands import main
from g40desk.core.audience.facts import Facts, facts_path, load_facts, save_facts
from g40desk.core.errors import G40Error
from g40desk.core.note.briefing import build_briefing
from g40desk.core.pack.model import Item, Meeting, Pack


def test_facts_are_stored_in_the_user_data_folder_not_the_package(tmp_path):
    facts = Facts()
    facts.set("city:zwolle", "burgemeester", "Peter Snijders")
    facts.set("city:zwolle", "wethouder.Wonen", "Anna Jansen")
    facts.set("city:zwolle", "inwoners", "130.592")
    facts.set("ministry:bzk", "minister", "H. de Jonge")
    path = save_facts(facts)
    assert path == facts_path() and str(path).startswith(os.environ["G40DESK_DATA_DIR"])
    loaded = load_facts()
    assert loaded.of("city:zwolle").wethouders == {"wonen": "Anna Jansen"}
    assert loaded.of("city:zwolle").inwoners == 130592
    facts.set("city:zwolle", "wethouder.wonen", "")
    assert facts.of("city:zwolle").wethouders == {}


def test_facts_fill_placeholders_per_audience(catalogue, audiences):
    facts = Facts()
    facts.set("city:zwolle", "wethouder.wonen", "Anna Jansen")
    facts.set("city:zwolle", "inwoners", "130592")
    facts.set("ministry:bzk", "minister", "H. de Jonge")
    pack = Pack(title="t", audiences=["city:zwolle", "ministry:bzk"],
                meeting=Meeting(participants="{wethouder_wonen} ({stad}, {inwoners} inwoners); minister {minister}"),
                items=[Item(ref="demand:wonen-1")])
    briefing = build_briefing(pack, catalogue, audiences, "city:zwolle", facts)
    assert ("Deelnemers", "Anna Jansen (Zwolle, 130.592 inwoners); minister H. de Jonge") in briefing.details
    assert briefing.unfilled == []
    empty = build_briefing(pack, catalogue, audiences, "city:zwolle", Facts())
    assert [u.placeholder for u in empty.unfilled] == ["wethouder_wonen", "inwoners", "minister"]
    assert empty.unfilled[0].describe() == "{wethouder_wonen} heeft geen waarde — overleg, deelnemers, notitie voor Zwolle"


def test_bad_fact_is_refused_with_one_line(capsys):
    assert main(["facts", "city:zwolle", "inwoners", "veel"]) == 1
    assert capsys.readouterr().err.strip() == "g40desk: veld 'inwoners': 'veel' is geen aantal inwoners (alleen de cijfers 0-9)"
    assert main(["facts", "city:nergens", "burgemeester", "X"]) == 1
    assert not facts_path().exists()


@pytest.mark.parametrize("value, message", [
    ("²", "'²' is geen aantal inwoners (alleen de cijfers 0-9)"),  # str.isdigit() says yes, int() raises
    ("١٢٣", "is geen aantal inwoners (alleen de cijfers 0-9)"),
    ("9" * 5000, "een getal van 5.000 cijfers is geen aantal inwoners (hooguit 100.000.000)"),  # beyond int()'s 4,300 digits
    ("100.000.001", "100.000.001 is meer inwoners dan een stad heeft (hooguit 100.000.000)"),
])
def test_impossible_population_is_one_dutch_line_and_nothing_is_written(value, message, capsys):
    assert main(["facts", "city:zwolle", "inwoners", value]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("g40desk: veld 'inwoners': ") and message in err
    assert not facts_path().exists()


def test_population_as_advisors_type_it():
    facts = Facts()
    for typed in ("130.592", "130 592", "130\u00a0592", "0130592"):
        facts.set("city:zwolle", "inwoners", typed)
        assert facts.of("city:zwolle").inwoners == 130592
    facts.set("city:zwolle", "inwoners", "100000000")  # the most any audience file accepts
    assert facts.of("city:zwolle").inwoners == 100_000_000


def test_facts_command_sets_and_shows(capsys):
    assert main(["facts", "city:zwolle", "burgemeester", "Peter Snijders"]) == 0
    assert main(["facts", "city:zwolle", "wethouder.wonen", "Anna Jansen"]) == 0
    capsys.readouterr()
    assert main(["facts"]) == 0
    out = capsys.readouterr().out
    assert "city:zwolle  Zwolle" in out and "burgemeester: Peter Snijders" in out and "wethouder.wonen: Anna Jansen" in out


def test_broken_facts_file_is_one_clear_error():
    facts_path().parent.mkdir(parents=True, exist_ok=True)
    facts_path().write_text(json.dumps({"audiences": {"city:zwolle": {"inwoners": -5}}}), encoding="utf-8")
    with pytest.raises(G40Error, match="facts.json.*inwoners.*negatief"):
        load_facts()


def test_a_value_with_braces_is_refused_when_set(capsys):
    assert main(["facts", "city:zwolle", "burgemeester", "{burgemeester}"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("g40desk: veld 'burgemeester': een gegeven mag geen { of } bevatten")
    assert "{burgemeester}" not in err and not facts_path().exists()
    assert main(["facts", "city:zwolle", "wethouder.wonen", "Anna {achternaam}"]) == 1
    with pytest.raises(G40Error, match="geen { of }"):
        Facts().set("ministry:bzk", "minister", "}")


def test_a_hand_edited_value_with_braces_is_set_aside_on_loading_and_never_printed(tmp_path, capsys, catalogue):
    from g40desk.core.audience.store import load_audiences

    facts_path().parent.mkdir(parents=True, exist_ok=True)
    facts_path().write_text(json.dumps({"audiences": {
        "city:zwolle": {"burgemeester": "{burgemeester}", "wethouders": {"wonen": "Anna Jansen", "zorg": "{wethouder_zorg}"},
                        "inwoners": 130592}}}), encoding="utf-8")
    facts = load_facts()
    assert facts.set_aside == ["city:zwolle burgemeester", "city:zwolle wethouder.zorg"]
    assert facts.of("city:zwolle").burgemeester is None and facts.of("city:zwolle").wethouders == {"wonen": "Anna Jansen"}
    audiences = load_audiences()
    assert audiences.user_problem == (
        f"{facts_path()}: 2 gegevens city:zwolle burgemeester, city:zwolle wethouder.zorg bevat {{ of }} en is niet "
        "gebruikt (vul het opnieuw in met 'g40desk facts'); de andere gegevens zijn wel geladen")
    pack = Pack(title="Overleg met {burgemeester}", audiences=["city:zwolle"], items=[Item(ref="demand:wonen-1")])
    briefing = build_briefing(pack, catalogue, audiences)
    assert [u.describe() for u in briefing.unfilled] == ["{burgemeester} heeft geen waarde — pakket, titel, notitie voor Zwolle"]
    assert main(["facts"]) == 0
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and "city:zwolle burgemeester" in err and "{burgemeester}" not in err
    assert "{" not in out and "wethouder.wonen: Anna Jansen" in out and "inwoners: 130592" in out


def test_a_value_with_braces_from_elsewhere_never_reaches_a_note(tmp_path, capsys, catalogue):
    """A mayor from an old audience file of the user's own, and braces typed in the pack: export refuses, one line each."""
    from g40desk.core.audience.store import default_user_file, load_audiences
    from g40desk.core.pack.storage import save_pack

    default_user_file().parent.mkdir(parents=True, exist_ok=True)
    default_user_file().write_text(json.dumps({"format": "g40desk-audiences", "version": 1, "cities": [
        {"id": "city:zwolle", "name": "Zwolle", "province": "Overijssel", "mayor": "{burgemeester}"}]}), encoding="utf-8")
    pack = Pack(title="Overleg met {burgemeester}", audiences=["city:zwolle"],
                meeting=Meeting(participants="{wethouder wonen}, {titel}"), items=[Item(ref="demand:wonen-1")])
    briefing = build_briefing(pack, catalogue, load_audiences())
    assert sorted(u.describe() for u in briefing.unfilled) == [
        "{burgemeester} heeft een waarde met { of } — pakket, titel, notitie voor Zwolle",
        "{titel} heeft een waarde met { of } — overleg, deelnemers, notitie voor Zwolle",
        "{wethouder wonen} staat letterlijk in de tekst — overleg, deelnemers, notitie voor Zwolle"]
    assert "burgemeester" not in briefing.placeholders and briefing.title == "Overleg met {burgemeester}"
    path, note = tmp_path / "p.g40pack", tmp_path / "n.docx"
    save_pack(pack, path)
    assert main(["export", str(path), "--docx", str(note)]) == 1
    lines = [line for line in capsys.readouterr().err.splitlines() if "waarschuwing" not in line]
    hint = " (vul het gegeven in met 'g40desk facts' of pas de tekst aan; toch schrijven: --allow-placeholders)"
    assert sorted(lines) == [
        "g40desk: {burgemeester} heeft een waarde met { of } — pakket, titel, in de notitie voor Zwolle" + hint,
        "g40desk: {titel} heeft een waarde met { of } — overleg, deelnemers, in de notitie voor Zwolle" + hint,
        "g40desk: {wethouder wonen} staat letterlijk in de tekst — overleg, deelnemers, in de notitie voor Zwolle" + hint]
    assert not note.exists()


def test_the_title_fills_in_before_it_fills_titel(catalogue, audiences):
    pack = Pack(title="Overleg {stad}", audiences=["city:zwolle"], meeting=Meeting(purpose="Doel van {titel}"))
    briefing = build_briefing(pack, catalogue, audiences, facts=Facts())
    assert ("Doel", "Doel van Overleg Zwolle") in briefing.details and briefing.unfilled == []
