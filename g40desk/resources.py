"""Find the files g40desk ships: data/, templates/ and resources/.

In a wheel they sit inside the package (see pyproject.toml, force-include);
in a source checkout or an editable install they sit at the repository top.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _folder(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"g40desk is incomplete: folder '{name}' not found next to {_PACKAGE}")


def data_file(name: str) -> Path:
    return _folder("data") / name


def template_file(name: str) -> Path:
    return _folder("templates") / name


def resource_file(name: str) -> Path:
    return _folder("resources") / name
