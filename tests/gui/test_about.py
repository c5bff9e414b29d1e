"""Help → About names the program's version, the agenda and its version, and the licence."""

from __future__ import annotations

from g40desk import __version__


def test_about_shows_version_agenda_and_licence(window, user):
    shown = user.abouts
    window.act_about.trigger()
    [(title, text)] = shown
    meta = window.doc.catalogue.meta
    assert title == "Over g40desk"
    assert f"g40desk {__version__}" in text
    assert meta.title in text and f"versie {meta.version}" in text
    assert "EUPL" in text and "LICENSE" in text

