"""Proper names nothing known explains: a district or project in shared text, not a city, a law or a sentence's start."""

from __future__ import annotations

import pytest

from g40desk.core.audience.facts import Facts
from g40desk.core.note.proper_names import Known, inside_words, proper_names


@pytest.fixture(scope="module")
def known(catalogue, audiences):
    return Known(catalogue, audiences)


def test_an_unknown_name_inside_a_sentence_is_found(known):
    assert proper_names(known, "In de wijk Stadshagen bouwen we 2.000 woningen.") == ["Stadshagen"]
    assert proper_names(known, "Het project Spoorzone Noord loopt.") == ["Spoorzone Noord"]  # one run


def test_what_is_known_explains_itself(known):
    assert proper_names(known, "De gemeente Zwolle en het ministerie van BZK spreken over de Omgevingswet.") == []
    assert proper_names(known, "Samen met de Provincie en het Rijk.") == []


def test_a_sentences_first_word_counts_only_when_named_inside_a_sentence_too(known):
    texts = ["Spoorzone is klaar in 2030.", "Wij bouwen in de Spoorzone."]
    assert proper_names(known, texts[0]) == []
    inside = inside_words(known, texts)
    assert "Spoorzone" in inside and proper_names(known, texts[0], inside) == ["Spoorzone"]


def test_the_users_facts_are_known_names(catalogue, audiences):
    facts = Facts()
    facts.set("city:zwolle", "burgemeester", "Peter Snijders")
    text = "Overleg met burgemeester Peter Snijders."
    assert proper_names(Known(catalogue, audiences), text) == ["Peter Snijders"]
    assert proper_names(Known(catalogue, audiences, facts), text) == []
