"""Print the malformed-input table of docs/reliability.md from what g40desk really says.

Run: python tools/reliability_table.py   (needs the test extra: it reuses tests/hostile_cases.py)
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


if __name__ == "__main__":
    main_table()
