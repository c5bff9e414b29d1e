"""Shared fixtures. Every test runs with the network switched off."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """g40desk never goes online: any attempt to connect fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    """Autosave and recovery files of tests go to a temporary folder, never the user's."""
    monkeypatch.setenv("G40DESK_DATA_DIR", str(tmp_path / "appdata"))


@pytest.fixture(scope="session")
def catalogue():
    from g40desk.core.agenda.catalogue import load_catalogue

    return load_catalogue()


@pytest.fixture(scope="session")
def audiences():
    from g40desk.core.audience.audiences import load_audiences

    return load_audiences()


@pytest.fixture
def demo():
    from g40desk.core.pack.demo import demo_pack

    return demo_pack()
