"""Print the tables of docs/reliability.md: the malformed-input table from what g40desk really
says, and (--issue21) the table of every case of issue 21 with the tests that prove it.

Run: python tools/reliability_table.py [--issue21]   (needs the test extra: it reuses tests/hostile_cases.py
and tests/issue21_cases.py)
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from g40desk.cli.commands import main  # noqa: E402
from tests.hostile_cases import CASES  # noqa: E402
from tests.issue21_cases import ROWS  # noqa: E402


def run(case) -> tuple[int, str]:
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        tmp = Path(folder)
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            argv = case.setup(tmp, patch)  # what setting up prints is not part of the answer
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
        text = (err.getvalue().strip() or out.getvalue().strip()).replace(folder + "/", "").replace(folder, ".")
        return code, text.splitlines()[0] if text else ""


def main_table() -> None:
    print("| # | input | exit | what the user is told |")
    print("|---|---|---|---|")
    for number, case in enumerate(CASES, start=1):
        code, message = run(case)
        message = message.replace("|", "\\|")
        if len(message) > 220:
            message = message[:220] + "…"
        print(f"| {number} | {case.name} | {code} | {message} |")


def proof(test: str) -> str:
    """A test as the table names it: a hostile case by its number, a budget row by its file."""
    kind, _, name = test.partition(":")
    if kind == "hostile":
        return f"hostile case {[case.name for case in CASES].index(name) + 1}"
    if kind == "budget":
        return f"`tests/test_budgets.py` ({name})"
    return f"`{test}`"


def issue21_table() -> list[str]:
    """The writing-side table: deterministic, so tests/test_reliability_doc.py compares it with the doc."""
    lines = ["| case | what the hostile pass found | what happens now | proved by |", "|---|---|---|---|"]
    for row in ROWS:
        case = "Windows" if row.case == "W" else row.case
        cells = [case, row.found, row.now, "; ".join(proof(test) for test in row.tests)]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return lines


if __name__ == "__main__":
    if "--issue21" in sys.argv[1:]:
        print("\n".join(issue21_table()))
    else:
        main_table()
