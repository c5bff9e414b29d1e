"""Entry point of the bundled application (PyInstaller runs this file).

On Windows the editor executable is built without a console, so ``sys.stdout`` and
``sys.stderr`` are None there; they are pointed at the null device so that nothing that
prints can fail. The command-line tools are in the console executable g40desk-cli.exe
beside it (docs/bundle.md).
"""

import os
import sys

if sys.stdout is None or sys.stderr is None:
    null = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    sys.stdout = sys.stdout or null
    sys.stderr = sys.stderr or null

from g40desk.cli.commands import main  # noqa: E402

raise SystemExit(main())
