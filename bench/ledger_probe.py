"""One cold run of the ledger in a fresh process, for its peak memory: ``ledger_probe.py INDEX FOLDER``.

Prints the process's own peak resident memory in MB (``VmHWM``; ``ru_maxrss`` of a child on
Linux can carry its parent's size from before ``exec``) and the seconds the run took.
"""

from __future__ import annotations

import datetime as dt
import resource
import sys
import time
from pathlib import Path


def peak_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main() -> None:
    from g40desk.core.ledger.collect import collect
    from g40desk.core.ledger.index import Index
    from g40desk.core.ledger.ledger import build_ledger

    index, folder = Path(sys.argv[1]), Path(sys.argv[2])
    start = time.perf_counter()
    store = Index(index)
    ledger = build_ledger(collect([folder], store), dt.date.today())
    store.close()
    seconds = time.perf_counter() - start
    assert ledger.standings
    print(f"{peak_mb():.1f} {seconds:.3f}")


if __name__ == "__main__":
    main()
