"""People and populations live only in the facts store: put on the roles when loading, taken off when saving."""

from __future__ import annotations

from g40desk.core.audience.facts import Facts
from g40desk.core.audience.models import AudiencesFile, Role, RoleKind
from g40desk.core.audience.people import apply_facts, person_slot, store_people, without_people


def _data() -> AudiencesFile:
    return AudiencesFile.model_validate({
        "cities": [{"id": "city:zwolle", "name": "Zwolle", "province": "Overijssel", "roles": [
            {"id": "city:zwolle/burgemeester", "kind": "burgemeester"},
            {"id": "city:zwolle/wethouder-wonen", "kind": "wethouder", "portfolio": "Wonen"}]}],
        "ministries": [{"id": "ministry:bzk", "name": "Ministerie van BZK", "abbreviation": "BZK", "roles": [
            {"id": "ministry:bzk/minister", "kind": "minister"},
            {"id": "ministry:bzk/minister-vro", "kind": "minister_voor", "title": "minister voor VRO"}]}]})


def test_each_role_has_one_place_in_the_facts():
    def slot(role_id, kind, **extra):
        return person_slot(Role(id=role_id, kind=kind, **extra))

    assert slot("city:zwolle/burgemeester", RoleKind.BURGEMEESTER) == ("city:zwolle", "burgemeester")
    assert slot("city:zwolle/wethouder-x", RoleKind.WETHOUDER, portfolio="Wonen") == ("city:zwolle", "wethouder.wonen")
    assert slot("ministry:bzk/minister", RoleKind.MINISTER) == ("ministry:bzk", "minister")
    assert slot("ministry:bzk/staatssecretaris", RoleKind.STAATSSECRETARIS) == ("ministry:bzk", "staatssecretaris")
    assert slot("ministry:bzk/staatssecretaris-2", RoleKind.STAATSSECRETARIS) == (
        "ministry:bzk/staatssecretaris-2", "staatssecretaris")
    assert slot("ministry:bzk/minister-vro", RoleKind.MINISTER_VOOR) == ("ministry:bzk/minister-vro", "minister")


def test_loading_puts_the_facts_on_the_roles_and_adds_a_role_a_fact_needs():
    facts = Facts()
    facts.set("city:zwolle", "burgemeester", "P. Snijders")
    facts.set("city:zwolle", "wethouder.klimaat", "K. de Vries")  # no such role yet
    facts.set("city:zwolle", "inwoners", "130592")
    facts.set("ministry:bzk/minister-vro", "minister", "M. Keijzer")
    data = _data()
    apply_facts(data, facts)
    zwolle, bzk = data.cities[0], data.ministries[0]
    assert zwolle.mayor == "P. Snijders" and zwolle.population == 130592
    added = zwolle.roles[-1]
    assert (added.id, added.kind, added.portfolio, added.person) == (
        "city:zwolle/wethouder-klimaat", RoleKind.WETHOUDER, "klimaat", "K. de Vries")
    assert bzk.roles[1].person == "M. Keijzer" and bzk.roles[0].person is None


def test_saving_moves_people_to_the_facts_and_clears_a_removed_roles_person():
    before = _data()
    apply_facts(before, Facts())
    after = before.model_copy(deep=True)
    after.cities[0].roles[0].person = "P. Snijders"
    after.cities[0].population = 130592
    after.ministries[0].roles[1].person = "M. Keijzer"
    facts = Facts()
    store_people(facts, before, after)
    assert facts.of("city:zwolle").burgemeester == "P. Snijders" and facts.of("city:zwolle").inwoners == 130592
    assert facts.of("ministry:bzk/minister-vro").minister == "M. Keijzer"
    gone = after.model_copy(deep=True)
    gone.ministries[0].roles = gone.ministries[0].roles[:1]  # the minister voor VRO role removed
    store_people(facts, after, gone)
    assert facts.of("ministry:bzk/minister-vro").minister is None
    kept = without_people(after)
    assert all(r.person is None for o in [*kept.cities, *kept.ministries] for r in o.roles)
    assert kept.cities[0].population is None and after.cities[0].population == 130592  # a copy
