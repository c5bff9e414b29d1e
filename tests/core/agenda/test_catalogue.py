"""The catalogue holds the whole agenda, repaired, with stable IDs and addressees."""

from __future__ import annotations

import json
import re

import pytest

from g40desk.core.agenda.catalogue import Kind, Pillar, load_catalogue
from g40desk.core.errors import G40Error
from g40desk.resources import data_file
from tests.conftest import DATA

# Seed lines that are layout, not content: the cover's split lines and the
# fixed sub-headings that the catalogue turns into structure.
STRUCTURAL = {"Stedennetwerk", "G40", "Waarom is dit van belang?", "Wat willen we?",
              "Wat is hiervoor nodig?", "Indicator", "Bron"}


def _strings(node) -> list[str]:
    out = [node.title, node.text, node.summary, node.source]
    out += node.rationale + node.paragraphs + node.closing + node.subpoints
    return [s for s in out if s]


def _as_in_source(catalogue) -> list[str]:
    """Every catalogue string with the recorded typo corrections undone."""
    texts = [catalogue.meta.title, catalogue.meta.subtitle, catalogue.meta.publisher]
    for entry in catalogue.walk():
        for text in _strings(entry.node):
            for fix in entry.node.corrections:
                text = text.replace(fix.corrected, fix.original)
            texts.append(text)
    return texts


def _seed_fragments() -> list[str]:
    raw = (DATA / "agenda-seed.txt").read_text(encoding="utf-8")
    raw = re.sub(r"\[([^\]]+)\]\(#\)", r"\1", raw).replace("<i>", "").replace("</i>", "")
    raw = re.sub(r"\*+", "", raw)
    fragments = []
    for line in raw.splitlines():
        for part in line.split("\t"):
            part = re.sub(r"^\s*-\s+(✓\s*)?", "", part).strip()
            part = re.sub(r"\s+", " ", part)
            if part and part not in STRUCTURAL:
                fragments.append(part)
    return fragments


def test_every_sentence_of_the_seed_is_in_the_catalogue(catalogue):
    corpus = [re.sub(r"\s+", " ", t) for t in _as_in_source(catalogue)]
    fragments = _seed_fragments()
    assert len(fragments) > 180
    missing = [f for f in fragments if not any(f.casefold() in c.casefold() for c in corpus)]
    assert missing == []


def test_cover_lines_are_kept_verbatim_apart_from_case(catalogue):
    assert catalogue.meta.title.upper() == "STEDEN MAKEN HET VERSCHIL!"
    assert catalogue.meta.publisher == "Stedennetwerk G40"


@pytest.mark.parametrize("joined", [
    "Ze hebben voldoende betaalbare woningen en zijn bereikbaar en veilig.",
    "zodat zorg en ondersteuning terechtkomen daar waar dat het hardst nodig is",
    "Stress door deurwaarders, dreigbrieven",
    "in het sociale huur- en middensegment en op de leefbaarheid.",
    "Wat betekent deze digitalisering voor de rol van de overheid?",
])
def test_page_break_splits_are_repaired(catalogue, joined):
    holders = [e.id for e in catalogue.walk() if any(joined in s for s in _strings(e.node))]
    assert len(holders) == 1, holders


def test_prose_paragraphs_are_whole_sentences(catalogue):
    for entry in catalogue.walk():
        node = entry.node
        for text in node.rationale + node.paragraphs + node.closing:
            assert not text[0].islower(), (entry.id, text[:40])
            if not text.startswith("("):  # the source's one parenthetical note has no full stop
                assert text[-1] in ".?!:", (entry.id, text[-40:])


def test_structure_matches_the_agenda(catalogue):
    messages = catalogue.of_kind(Kind.CORE_MESSAGE)
    assert [m.label for m in messages] == [
        "Schouder aan schouder voor goed bestuur",
        "Iedereen telt en doet mee",
        "De stad duurzaam, leefbaar, veilig en betaalbaar",
    ]
    assert all(m.node.summary for m in messages)
    assert len(catalogue.of_kind(Kind.THEME)) == 11
    assert len(catalogue.of_kind(Kind.QUESTION)) == 4
    conditions = catalogue.children("message:goed-bestuur")
    assert [c.kind for c in conditions] == [Kind.DEMAND] * 5
    for theme in catalogue.of_kind(Kind.THEME):
        kinds = {c.kind for c in catalogue.children(theme.id)}
        assert kinds == {Kind.GOAL, Kind.DEMAND}, theme.id
        assert theme.node.rationale, theme.id
    figures = catalogue.of_kind(Kind.KEY_FIGURE)
    assert len(figures) == 7 and all(f.node.source for f in figures)
    assert catalogue["section:kerngegevens"].node.closing[0].startswith("(Opgesteld door Platform31")
    assert len(catalogue["section:g40"].node.paragraphs) == 3


def test_oecd_points_stay_sub_points(catalogue):
    goal = catalogue["goal:sociaal-ondernemerschap-1"]
    assert len(goal.node.subpoints) == 3
    assert goal.node.subpoints[2] == "zet hiervoor Europese subsidie in."
    assert "✓" not in goal.node.text


def test_ids_are_unique_readable_and_unchanged(catalogue):
    ids = [e.id for e in catalogue.walk()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z_]+:[a-z0-9.-]+", i) for i in ids)
    expected = (DATA / "catalogue-ids.txt").read_text(encoding="utf-8").split()
    assert ids == expected, "catalogue IDs changed: IDs are stable; add new ones, never rename"


def test_corrections_record_a_real_original(catalogue):
    seed = (DATA / "agenda-seed.txt").read_text(encoding="utf-8")
    fixes = [(e.id, c) for e in catalogue.walk() for c in e.node.corrections]
    assert len(fixes) >= 5
    for entry_id, fix in fixes:
        assert fix.original in seed, entry_id
        assert any(fix.corrected in s for s in _strings(catalogue[entry_id].node)), entry_id


def test_every_demand_has_known_ministries_and_a_pillar_where_one_fits(catalogue, audiences):
    for demand in catalogue.of_kind(Kind.DEMAND):
        assert demand.ministries, demand.id
        assert all(m in audiences and m.startswith("ministry:") for m in demand.ministries), demand.id
        if demand.theme:
            assert isinstance(demand.pillar, Pillar), demand.id
        else:
            assert demand.pillar is None  # governance conditions belong to no pillar
    assert catalogue["demand:mobiliteit-1"].ministries == ("ministry:ienw",)


def test_search_ignores_case_and_diacritics(catalogue):
    hits = {e.id for e in catalogue.search("FINANCIELE compensatie")}
    assert "demand:wmo-3" in hits
    assert all("financiële compensatie" in e.full_text.lower() for e in catalogue.search("financiele compensatie"))


def test_broken_catalogue_names_file_and_field(tmp_path):
    data = json.loads(data_file("catalogue.json").read_text(encoding="utf-8"))
    data["entries"][1]["children"][0]["kind"] = "wish"
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(G40Error) as err:
        load_catalogue(path)
    assert str(path) in str(err.value) and "entries[1].children[0].kind" in str(err.value)


def test_addressee_for_unknown_demand_is_refused(tmp_path):
    data = json.loads(data_file("addressees.json").read_text(encoding="utf-8"))
    data["demand_ministries"]["demand:bestaat-niet"] = ["ministry:bzk"]
    path = tmp_path / "addressees.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(G40Error, match="demand:bestaat-niet"):
        load_catalogue(addressees_path=path)


def test_builtin_agenda_is_validated_once_and_again_when_its_file_changes(tmp_path, monkeypatch):
    """The editor's start, its agenda library and the review on open share one validated
    built-in agenda; a changed data file is read and validated again (start-up, issue 15)."""
    import shutil

    import g40desk.core.agenda.catalogue as catalogue_module

    for name in ("catalogue.json", "addressees.json", "short-titles.json"):
        shutil.copy(data_file(name), tmp_path / name)
    monkeypatch.setattr(catalogue_module, "data_file", lambda name: tmp_path / name)
    first = load_catalogue()
    assert load_catalogue() is first
    assert load_catalogue(tmp_path / "catalogue.json") is not first  # an explicit file is always read

    data = json.loads((tmp_path / "catalogue.json").read_text(encoding="utf-8"))
    data["title"] = data["title"] + " (gewijzigd)"
    (tmp_path / "catalogue.json").write_text(json.dumps(data), encoding="utf-8")
    changed = load_catalogue()
    assert changed is not first and changed.meta.title.endswith("(gewijzigd)")

    data["entries"][0]["kind"] = "geen-soort"
    (tmp_path / "catalogue.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(G40Error):
        load_catalogue()
