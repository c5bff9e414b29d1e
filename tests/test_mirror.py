"""Tests mirror the core: every module of g40desk/core has its own test file beside the others of its package."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_core_module_has_its_own_test_file():
    core = ROOT / "g40desk" / "core"
    modules = [p for p in core.rglob("*.py") if p.name != "__init__.py"]
    assert len(modules) > 40
    missing = [str(p.relative_to(ROOT)) for p in modules
               if not (ROOT / "tests" / "core" / p.parent.relative_to(core) / f"test_{p.name}").is_file()]
    assert not missing, "core modules without tests/core/<package>/test_<module>.py: " + ", ".join(missing)
