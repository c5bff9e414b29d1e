"""Refuse to start on a Qt binding that would abort while the user types.

pyproject.toml keeps pip away from PySide6 6.12 on Python < 3.12 (docs/dependencies.md), but
a distribution package or a hand-made environment can still bring it. That binding drops a
reference to ``True`` on every signal emission; before Python 3.12 the interpreter aborts
after a few thousand, with the user's last edits. A probe of a few hundred emissions costs
about a millisecond at start-up and tells, so the user gets one clear line instead.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

PROBE = 200


def leaks_singletons(emit: Callable[[], None] | None = None) -> bool:
    """True when signal emissions drain the reference counts of True/False/None.

    Always False from Python 3.12 on: those objects are immortal there and cannot run out.
    """
    if sys.version_info >= (3, 12):
        return False
    if emit is None:
        from PySide6.QtCore import QObject, Signal

        class _Probe(QObject):
            fired = Signal(str)

        probe = _Probe()
        probe.fired.connect(lambda _text: None)
        emit = lambda: probe.fired.emit("g40desk")  # noqa: E731
    before = [sys.getrefcount(x) for x in (True, False, None)]
    for _ in range(PROBE):
        emit()
    after = [sys.getrefcount(x) for x in (True, False, None)]
    return any(b - a > PROBE // 2 for b, a in zip(before, after, strict=True))


def message() -> str:
    from PySide6 import __version__ as pyside

    return (f"g40desk: PySide6 {pyside} laat g40desk op Python {sys.version_info.major}.{sys.version_info.minor} na "
            "enkele honderden toetsaanslagen vastlopen; installeer een geteste versie met "
            "pip install \"PySide6-Essentials>=6.8,<6.12\".")
