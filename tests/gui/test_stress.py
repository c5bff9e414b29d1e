"""The editor survives long typing and many signals; the Qt binding does not leak singletons.

Written after PySide6 6.12.0 on Python 3.11 aborted the editor after ~850 keystrokes
(issue 10, docs/dependencies.md). Both tests fail on that combination: the child process
aborts with exit status 134, and its reference-count probe shows ~1,000 references to
True lost per 1,000 emissions.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
CHARACTERS = 5000
EMISSIONS = 20_000


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    work = tmp_path_factory.mktemp("stress")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "G40DESK_DATA_DIR": str(work / "appdata"),
           "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, str(Path(__file__).with_name("stress_process.py")), str(work),
                           str(CHARACTERS), str(EMISSIONS)], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120)
    report = {}
    for line in proc.stdout.splitlines():
        report.update(json.loads(line))
    return proc, report


def test_editor_survives_5000_typed_characters_and_20000_signals(session):
    proc, report = session
    assert proc.returncode == 0, f"the editor process ended with status {proc.returncode}:\n{proc.stderr[-3000:]}"
    assert report["typed"] >= CHARACTERS and all(report["arrived"].values()), report
    assert report["emitted"] == EMISSIONS and report["done"]


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True, False and None are immortal from Python 3.12 on")
def test_signal_emissions_keep_the_references_to_true_false_and_none(session):
    _proc, report = session
    assert "lost" in report, f"the probe did not run:\n{_proc.stderr[-3000:]}"
    # The 6.12 defect loses one reference per emission (~1,000 here); a healthy binding loses none.
    # A tenth of that leaves room for references the interpreter itself takes or drops meanwhile.
    budget = report["probe"] // 10
    assert all(lost < budget for lost in report["lost"].values()), (
        f"Qt signal emissions lost references to True/False/None: {report['lost']} in {report['probe']} "
        "emissions; on Python < 3.12 the editor would abort (see docs/dependencies.md)")
