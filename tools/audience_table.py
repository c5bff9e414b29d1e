"""Print the portfolio table of docs/audiences.md from the data (paste it over the old one).

    PYTHONPATH=. python tools/audience_table.py
"""

from __future__ import annotations

import datetime as dt

from g40desk.core.agenda.catalogue import load_catalogue
from g40desk.core.audience.report import mapping_rows
from g40desk.core.audience.store import load_audiences


def main() -> None:
    print("| agenda tag | portfolio | from | until | held by |")
    print("|---|---|---|---|---|")
    for tag, key, start, end, holder in mapping_rows(load_audiences(), load_catalogue(), dt.date(2019, 1, 1)):
        print(f"| `{tag}` | {key or '—'} | {start} | {end or 'nu'} | {holder} |")


if __name__ == "__main__":
    main()
