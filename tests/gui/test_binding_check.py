"""The start-up probe tells a binding that drains True/False/None from one that does not."""

from __future__ import annotations

import ctypes
import sys

import pytest

from g40desk.gui.support import binding_check

pytestmark = pytest.mark.gui


def test_the_installed_binding_passes_the_probe(qapp):
    assert binding_check.leaks_singletons() is False


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12 on")
def test_a_binding_that_drops_a_reference_per_emission_is_caught():
    """Imitates PySide6 6.12 on Python 3.11: each 'emission' drops one reference to True."""
    decref, incref = ctypes.pythonapi.Py_DecRef, ctypes.pythonapi.Py_IncRef
    decref.argtypes = incref.argtypes = [ctypes.py_object]
    dropped = 0

    def leaky_emit() -> None:
        nonlocal dropped
        decref(True)
        dropped += 1

    try:
        assert binding_check.leaks_singletons(leaky_emit) is True
    finally:
        for _ in range(dropped):
            incref(True)
    assert "installeer een geteste versie" in binding_check.message()
