"""constraints/bundle.txt pins every dependency of the bundle within pyproject.toml's ranges."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]


def _name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_bundle_constraints_pin_every_dependency_inside_its_range():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = {}
    for line in (ROOT / "constraints" / "bundle.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[_name(name)] = version
    wanted = [Requirement(r) for r in project["dependencies"] + project["optional-dependencies"]["build"]]
    assert {_name(r.name) for r in wanted} <= set(pins)
    outside = [f"{r.name} {pins[_name(r.name)]} not in {r.specifier}" for r in wanted
               if not r.specifier.contains(pins[_name(r.name)], prereleases=True)]
    assert outside == []
    assert {"shiboken6", "pydantic-core", "lxml", "typing-extensions"} <= set(pins)  # the transitive ones too
