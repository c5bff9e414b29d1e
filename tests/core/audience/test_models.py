"""The shape of audience data: IDs, periods, names that change over time, and files of earlier versions."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from g40desk.core.audience.models import VERSION, AudiencesFile, City, Dated, Ministry, Role, RoleKind

BZK = {"id": "ministry:bzk", "name": "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "abbreviation": "BZK"}


def test_a_period_runs_from_its_first_day_until_the_day_it_ends():
    dated = Dated(valid_from=dt.date(2024, 7, 2), valid_until=dt.date(2026, 1, 1))
    assert dated.valid_on(dt.date(2024, 7, 2)) and dated.valid_on(dt.date(2025, 12, 31))
    assert not dated.valid_on(dt.date(2026, 1, 1)) and not dated.valid_on(dt.date(2024, 7, 1))
    with pytest.raises(ValidationError, match="moet na 'valid_from' liggen"):
        Dated(valid_from=dt.date(2026, 1, 1), valid_until=dt.date(2026, 1, 1))


def test_a_renamed_ministry_keeps_its_id_and_shows_the_name_of_the_day():
    ministry = Ministry.model_validate({**BZK, "id": "ministry:ezk", "abbreviation": "EZK", "names": [
        {"name": "Ministerie van Economische Zaken", "abbreviation": "EZ", "valid_from": "2024-07-02"}]})
    assert ministry.display_name_on(dt.date(2024, 1, 1)).endswith("(EZK)")
    assert ministry.display_name_on(dt.date(2024, 8, 1)) == "Ministerie van Economische Zaken (EZ)"
    assert ministry.short_name_on(dt.date(2024, 8, 1)) == "EZ"


@pytest.mark.parametrize(("model", "data", "problem"), [
    (City, {"id": "stad:zwolle", "name": "Zwolle", "province": "Overijssel"}, "begint met 'city:'"),
    (Ministry, {**BZK, "id": "ministry:BZK"}, "begint met 'ministry:'"),
    (Role, {"id": "zwolle/burgemeester", "kind": "burgemeester"}, "'<organisatie-ID>/<naam>'"),
    (City, {"id": "city:zwolle", "name": "Zwolle", "province": "Overijssel", "population": -1}, "greater than"),
])
def test_ids_and_values_are_checked(model, data, problem):
    with pytest.raises(ValidationError, match=problem):
        model.model_validate(data)


def test_files_of_version_1_keep_their_people_as_roles():
    city = City.model_validate({"id": "city:zwolle", "name": "Zwolle", "province": "Overijssel",
                                "mayor": "P. Snijders", "alderman": "A. Jansen"})
    assert city.mayor == "P. Snijders" and city.alderman == "A. Jansen"
    assert [r.id for r in city.roles] == ["city:zwolle/burgemeester", "city:zwolle/wethouder"]
    ministry = Ministry.model_validate({**BZK, "minister": "H. de Jonge"})
    assert ministry.minister == "H. de Jonge" and ministry.roles[0].kind == RoleKind.MINISTER


def test_a_file_from_a_newer_g40desk_or_another_program_is_refused():
    assert AudiencesFile().version == VERSION
    with pytest.raises(ValidationError, match="nieuwere g40desk"):
        AudiencesFile(version=VERSION + 1)
    with pytest.raises(ValidationError, match="geen g40desk-doelgroepenbestand"):
        AudiencesFile(format="iets-anders")
