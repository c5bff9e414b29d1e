"""The editor uses the house template IT set for the computer when the user chose none (core/files/machine.py)."""

from __future__ import annotations

from g40desk.core.files import machine
from g40desk.core.files.machine import MachineDefaults


def test_the_editor_falls_back_to_the_machine_template(window, monkeypatch, tmp_path):
    template = tmp_path / "huisstijl.dotx"
    monkeypatch.setattr(machine, "machine_defaults", lambda read=None: MachineDefaults((), template))
    window.settings.set("template", "")
    assert window.exports.template_path() == template
    window.settings.set("template", str(tmp_path / "eigen.dotx"))
    assert window.exports.template_path() == tmp_path / "eigen.dotx"  # the user's own choice wins
