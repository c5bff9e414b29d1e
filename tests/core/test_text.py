"""Text helpers: dates as people type them, and the forms dates are written in."""

from __future__ import annotations

import datetime as dt

import pytest

from g40desk.core.text import dutch_date, match_spans, read_date, search_groups, short_date, snippet

JAN_15 = dt.date(2027, 1, 15)


@pytest.mark.parametrize("typed", ["15-01-2027", "15-1-2027", "15/1/2027", "15/01/2027", "15.1.2027", "2027-01-15",
                                   "2027-1-15", "15 januari 2027", "15 Januari 2027", "15 jan 2027", "15 jan. 2027",
                                   "15-jan-2027", "  15  januari   2027 ", "15 - 1 - 2027", "15 January 2027"])
def test_dates_as_people_type_them(typed):
    assert read_date(typed) == JAN_15


@pytest.mark.parametrize("typed, expected", [("1 maart 2021", dt.date(2021, 3, 1)), ("1 mrt 2021", dt.date(2021, 3, 1)),
                                             ("5 mei 2026", dt.date(2026, 5, 5)), ("30 sept 2026", dt.date(2026, 9, 30)),
                                             ("3 okt 2026", dt.date(2026, 10, 3)), ("29-2-2028", dt.date(2028, 2, 29)),
                                             ("5-12-2026", dt.date(2026, 12, 5)), ("31 december 2026", dt.date(2026, 12, 31))])
def test_every_month_name_and_day_first(typed, expected):
    assert read_date(typed) == expected


@pytest.mark.parametrize("typed", ["", "  ", "(geen datum)15-01-2027", "15-01-27", "15-01", "15 januari", "morgen",
                                   "31-02-2027", "29-2-2027", "15-13-2027", "0-1-2027", "15 foo 2027", "15-1/2027",
                                   "2027/01/15/1", "15 januari 2027 extra", "1e januari 2027", "15012027"])
def test_what_is_not_a_date_is_not_guessed(typed):
    assert read_date(typed) is None


def test_every_date_written_is_read_back():
    day = dt.date(2026, 1, 1)
    while day.year == 2026:
        assert read_date(dutch_date(day)) == day and read_date(short_date(day)) == day
        day += dt.timedelta(days=1)


def test_short_and_long_forms():
    assert short_date(dt.date(2026, 12, 5)) == "05-12-2026"
    assert dutch_date(dt.date(2026, 12, 5)) == "5 december 2026"


def test_a_snippet_shows_why_a_search_found_an_entry():
    text = ("Onze steden hebben een grote aantrekkingskracht; mensen willen zich er graag vestigen. Om aan de "
            "woningvraag te voldoen transformeren steden verouderde bedrijvenlocaties naar nieuwe woonwijken, "
            "waar het goed wonen is voor jong en oud.")
    parts = snippet(text, search_groups("bedrijvenlocaties"), around=30)
    assert [p for p, matched in parts if matched] == ["bedrijvenlocaties"]
    joined = "".join(p for p, _ in parts)
    assert joined.startswith("…") and joined.endswith("…") and "verouderde bedrijvenlocaties naar" in joined
    assert len(joined) < 100
    assert [p for p, matched in snippet(text, search_groups("wonen"), around=120) if matched] == ["woning", "wonen"]
    assert snippet(text, search_groups("fietsen")) == []


def test_matches_are_found_through_accents_apostrophes_and_variants():
    text = "De Financiële verhoudingen in ’s-Hertogenbosch en de schuldhulp"
    assert [text[a:b] for a, b in match_spans(text, search_groups("financiele den bosch schulden"))] == [
        "Financiële", "s-Hertogenbosch", "schuldhulp"]
    parts = snippet(text, search_groups("financiele"))
    assert parts[0] == ("De ", False) and parts[1] == ("Financiële", True)


def test_a_variant_is_a_whole_word_unless_it_is_a_root_of_compounds():
    def found(query: str, text: str) -> list[str]:
        return [text[a:b] for a, b in match_spans(text, search_groups(query))]

    assert found("minima", "Een minimale bijdrage aan de gemeente") == []  # not 'minima'
    assert found("armoede", "Een minimale bijdrage") == []
    assert found("armoede", "Huishoudens met een minimum, de minima en de minima’s") == ["minima", "minima’s"]
    assert found("minima", "Armoedebestrijding en bestaanszekerheid") == ["Armoede", "bestaanszekerheid"]
    assert found("wonen", "Meer huurwoningen en woningbouw; wonen in de wijk") == ["woning", "woning", "wonen"]
    assert found("woning", "bewonen") == []  # the variant 'wonen' is a whole word
    assert found("minim", "Een minimale bijdrage") == ["minim"]  # a word typed is found inside words
