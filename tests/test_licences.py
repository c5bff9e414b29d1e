"""g40desk/licences.py: the notices of a pip install come from what pip installed; the bundle's file wins."""

from __future__ import annotations

import importlib.metadata as metadata

from g40desk import licences
from g40desk.licences import normalise, notices_text, parse, runtime_closure


def test_a_pip_install_lists_every_runtime_dependency_with_its_version():
    names = {normalise(name): version for name, version, _ in parse(notices_text())}
    needed = runtime_closure()
    assert {"pyside6-essentials", "shiboken6", "python-docx", "lxml", "openpyxl", "et-xmlfile", "pydantic",
            "pydantic-core", "defusedxml", "psutil"} <= set(needed)
    for name in needed:
        assert names[name] == metadata.version(name), name
    assert {"python", "qt"} <= set(names)


def test_the_bundled_file_is_shown_as_it_is(tmp_path, monkeypatch):
    shipped = tmp_path / "THIRD-PARTY-NOTICES.txt"
    shipped.write_text("### x 1 · MIT\n", encoding="utf-8")
    monkeypatch.setattr(licences, "notices_file", lambda: shipped)
    assert notices_text() == "### x 1 · MIT\n"
