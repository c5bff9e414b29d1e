"""The benchmark's generated inputs still build with today's code (bench/run.py is not run by the suite)."""

from __future__ import annotations

import datetime as dt

from bench.fixtures import ledger_folder
from g40desk.core.agenda.catalogue import load_catalogue
from g40desk.core.ledger.collect import collect
from g40desk.core.ledger.index import Index
from g40desk.core.ledger.ledger import build_ledger


def test_ledger_fixture_builds_packs_the_ledger_reads(tmp_path):
    # It imported load_audiences from a module it had left: the ledger rows failed before timing anything.
    paths = ledger_folder(tmp_path, load_catalogue(), packs=3, asks=4)
    assert len(paths) == 3 and all(p.exists() for p in paths)
    ledger = build_ledger(collect([tmp_path], Index()), dt.date(2030, 1, 1))
    assert len(ledger.standings) == 3 * 4
