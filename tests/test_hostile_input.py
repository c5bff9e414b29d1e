"""Every malformed or hostile input ends in one clear line: no traceback, nothing written, nothing lost."""

from __future__ import annotations

import gc

import pytest

from g40desk.cli.commands import main
from tests.hostile_cases import CASES


def test_there_are_at_least_thirty_cases():
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input(case, tmp_path, monkeypatch, capsys):
    argv = case.setup(tmp_path, monkeypatch)
    inputs = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    code = main(argv)
    gc.collect()  # a half-written zip left behind would complain on stderr when collected
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    if case.ok:
        assert code == 0, err
        assert case.expect in out + err
    else:
        assert code == 1, out + err
        lines = err.strip().splitlines()
        assert len(lines) == 1 and case.expect in lines[0], err
        assert not (tmp_path / case.output).exists()
        assert not [p for p in tmp_path.rglob("*.tmp")]
    for path, data in inputs.items():
        assert path.read_bytes() == data, f"{path.name} was modified"
