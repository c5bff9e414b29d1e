"""pyproject.toml never allows the PySide6 that aborts on Python 3.11, and the floor file matches it."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]


def runtime_requirements() -> list[Requirement]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [Requirement(line) for line in data["project"]["dependencies"]]


def allowed(name: str, version: str, python: str) -> bool:
    found = [r for r in runtime_requirements() if r.name.lower() == name.lower()
             and (r.marker is None or r.marker.evaluate({"python_version": python}))]
    assert found, f"{name} is not a dependency on Python {python}"
    return all(r.specifier.contains(version) for r in found)


def test_pyside6_6_12_is_excluded_where_it_aborts():
    """PySide6 6.12 loses a reference to True per signal emission; fatal before Python 3.12 (PYSIDE-3474)."""
    for python in ("3.11",):
        assert not allowed("PySide6-Essentials", "6.12.0", python)
        assert not allowed("PySide6-Essentials", "6.12.1", python)
        assert allowed("PySide6-Essentials", "6.11.3", python)
    for python in ("3.12", "3.13"):
        assert allowed("PySide6-Essentials", "6.12.0", python)


def test_minimum_versions_file_pins_each_floor():
    pins = {}
    for line in (ROOT / "constraints" / "minimum.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, version = line.split("==")
            pins[name.lower()] = Version(version)
    for requirement in runtime_requirements():
        floors = [Version(s.version) for s in requirement.specifier if s.operator == ">="]
        pinned = pins.get(requirement.name.lower())
        assert pinned is not None, f"{requirement.name} has no floor in constraints/minimum.txt"
        assert requirement.specifier.contains(pinned), f"{requirement.name}=={pinned} is outside {requirement.specifier}"
        assert floors and pinned.release[:len(floors[0].release)] == floors[0].release, (
            f"constraints/minimum.txt pins {requirement.name}=={pinned}, but the floor in pyproject.toml is {floors[0]}")
