"""Every catalogue entry has a short title written for people: whole, short, never cut."""

from __future__ import annotations

import json
import re

import pytest

from g40desk.core.agenda.catalogue import Kind, load_catalogue
from g40desk.core.errors import G40Error
from g40desk.resources import data_file

# Words that end in a full stop when written out: a title ending in one of these (with or
# without its dot) has been cut at an abbreviation.
ABBREVIATIONS = {"art", "t.a.v", "o.a", "bijv", "mln", "mld", "resp", "incl", "excl", "nr", "ca", "m.b.t", "e.d", "etc"}


def test_every_entry_without_a_title_has_a_reviewed_short_title(catalogue):
    untitled = [e for e in catalogue.walk() if not e.node.title]
    assert untitled and all(e.short for e in untitled), [e.id for e in untitled if not e.short]


def test_short_titles_are_whole_and_short(catalogue):
    for entry in catalogue.walk():
        title = entry.label
        last_word = re.split(r"[\s(]", title.rstrip("."))[-1].lower()
        assert len(title) < 90, entry.id
        assert "…" not in title and "..." not in title, entry.id
        assert last_word not in ABBREVIATIONS, f"{entry.id}: cut at an abbreviation: {title!r}"
        assert title[0].isupper() or title[0].isdigit(), f"{entry.id}: {title!r} starts in lower case"
        assert not title.endswith((";", ",", ":")), entry.id
        assert title.count("(") == title.count(")"), entry.id
        assert len(re.findall(r"(?:^|\s)'", title)) == len(re.findall(r"'(?=$|[\s,.:])", title)), entry.id


def test_key_figures_keep_their_subject(catalogue):
    for figure in catalogue.of_kind(Kind.KEY_FIGURE):
        assert "G40" in figure.label or "landelijk" in figure.label, figure.id


def test_short_title_for_an_unknown_id_names_the_file(tmp_path):
    path = tmp_path / "short-titles.json"
    titles = json.loads(data_file("short-titles.json").read_text(encoding="utf-8"))
    titles["titles"]["demand:bestaat-niet"] = "Iets"
    path.write_text(json.dumps(titles), encoding="utf-8")
    with pytest.raises(G40Error, match="short-titles.json.*demand:bestaat-niet"):
        load_catalogue(short_titles_path=path)


REVISED = {  # issue 20: read again against the agenda's own text (data/short-titles.json)
    "demand:zorg-1": "Andere sturing en bekostiging: kosten bij gemeenten, baten bij zorgverzekeraars",
    "goal:wmo-2": "Meer sturingsmogelijkheden om wie zelf ondersteuning kan regelen buiten de Wmo te houden",
    "demand:wmo-2": "De vrijstelling van de eigen bijdrage voor gehuwden onder de AOW-leeftijd aanpassen",
    "figure:bevolkingsgroei": "Verwachte bevolkingsgroei 2020-2050: G40-steden 10%, landelijk 7%",
    "figure:jongeren": "Verwachte groei van het aantal jongeren 2020-2050: G40-steden 11%, landelijk 6%",
    "demand:zorg-2": "Een financiering die echt bijdraagt aan de juiste zorg op de juiste plek",
    "demand:smart-cities-1": "Hoogwaardige en veilige digitale infrastructuur en het geld daarvoor",
    "demand:smart-cities-4": "Ethisch verantwoorde, inclusieve en veilige digitale oplossingen en het geld daarvoor",
}


def test_revised_short_titles_say_what_the_agenda_says(catalogue):
    assert {key: catalogue[key].label for key in REVISED} == REVISED
    text = {key: catalogue[key].node.text for key in REVISED}
    assert "terugbetaalt" not in catalogue["demand:zorg-1"].label and "terugbetaal" not in text["demand:zorg-1"]
    assert text["goal:wmo-2"].startswith("Meer sturingsmogelijkheden")  # an ask, as the agenda puts it
    assert "AOW-leeftijd" in text["demand:wmo-2"] and "Aanpassing" in text["demand:wmo-2"]
    assert text["figure:bevolkingsgroei"].startswith("Verwachte")
    assert "prognose 2020-2050" in catalogue["figure:jongeren"].node.source  # a forecast, so the title says 'Verwachte'
    for key in ("demand:smart-cities-1", "demand:smart-cities-4"):
        assert "financiële middelen" in text[key]
