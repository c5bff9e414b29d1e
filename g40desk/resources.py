"""Find the files g40desk ships: data/, templates/ and resources/.

In a wheel they sit inside the package (see pyproject.toml, force-include);
in a PyInstaller bundle under ``sys._MEIPASS/g40desk`` (tools/build_app.py puts them there);
in a source checkout or an editable install they sit at the repository top.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _roots() -> list[Path]:
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        roots.append(Path(bundle) / "g40desk")
    return [*roots, _PACKAGE, _PACKAGE.parent]


def _folder(name: str) -> Path:
    for root in _roots():
        if (root / name).is_dir():
            return root / name
    raise FileNotFoundError(f"g40desk is incomplete: folder '{name}' not found next to {_PACKAGE}")


def data_file(name: str) -> Path:
    return _folder("data") / name


def template_file(name: str) -> Path:
    return _folder("templates") / name


def resource_file(name: str) -> Path:
    return _folder("resources") / name


def notices_file() -> Path | None:
    """THIRD-PARTY-NOTICES.txt, written into the bundle while it is built; None in a pip install."""
    for root in _roots():
        if (root / "THIRD-PARTY-NOTICES.txt").is_file():
            return root / "THIRD-PARTY-NOTICES.txt"
    return None


def licence_file() -> Path:
    """The full licence text (LICENSE at the repository top, shipped in the wheel and the bundle)."""
    for root in _roots():
        if (root / "LICENSE").is_file():
            return root / "LICENSE"
    raise FileNotFoundError(f"g40desk is incomplete: LICENSE not found next to {_PACKAGE}")
