"""docs/reliability.md lists every case of issue 21 with tests that exist, as tools/reliability_table.py prints it."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from tests.hostile_cases import CASES
from tests.issue21_cases import ROWS

ROOT = Path(__file__).resolve().parents[1]


def _table():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from reliability_table import issue21_table
    finally:
        sys.path.remove(str(ROOT / "tools"))
    return issue21_table()


def _functions(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


def test_every_case_of_the_issue_is_listed():
    cases = [row.case for row in ROWS]
    assert set(cases) == {str(n) for n in range(1, 11)} | {"W"}
    assert cases.count("W") >= 7  # retries, the share scan, long paths, the lock, recent files, local data, hidden
    assert all(row.found and row.now and row.tests for row in ROWS)


def test_every_test_named_exists():
    from tests.test_budgets import CASES as BUDGETS

    hostile = {case.name for case in CASES}
    missing = []
    for row in ROWS:
        for test in row.tests:
            kind, _, name = test.partition(":")
            if kind == "hostile":
                found = name in hostile
            elif kind == "budget":
                found = name in BUDGETS
            else:
                path, _, function = test.partition("::")
                found = (ROOT / path).is_file() and function in _functions(ROOT / path)
            if not found:
                missing.append(test)
    assert missing == []


def test_the_document_holds_the_table_as_printed():
    text = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    assert "\n".join(_table()) in text, "run: python tools/reliability_table.py --issue21, and paste it"
