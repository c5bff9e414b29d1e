"""What the command line's subcommands share: the agenda and audiences, a pack with its agenda, common flags."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from g40desk.core.errors import G40Error  # noqa: F401  (commands raise it)


def allow_flags(p) -> None:
    p.add_argument("--allow-placeholders", action="store_true",
                   help="schrijf ook als er plaatshouders zonder waarde in de tekst staan")
    p.add_argument("--allow-shared-text", action="store_true",
                   help="schrijf ook als tekst voor één doelgroep in de notitie van een andere komt")


def library():
    from g40desk.core.agenda.library import AgendaLibrary

    return AgendaLibrary()


def load_audiences_warned():
    """The audiences; a problem with the user's own audience file is one warning line on stderr."""
    from g40desk.core.audience.store import load_audiences

    audiences = load_audiences()
    if audiences.user_problem:
        print(f"g40desk: waarschuwing: {audiences.user_problem}", file=sys.stderr)
    return audiences


def load_pack_and_agenda(path: Path, agendas=None, agenda: str | None = None):
    """The pack reviewed against the agenda it should be used with (its own agenda's newest
    version, or the one named), as the editor opens it (core/pack/opening.py), and the audiences."""
    from g40desk.core.pack.opening import open_pack as open_for_use

    agendas = agendas or library()
    audiences = load_audiences_warned()
    return open_for_use(path, agendas, audiences, agendas.resolve(agenda) if agenda else None), audiences


def load_data():
    from g40desk.core.agenda.catalogue import load_catalogue

    return load_catalogue(), load_audiences_warned()


def warn_ceased(audiences, audience_ids, day=None) -> None:
    from g40desk.core.audience.audiences import notices

    for notice in notices(audiences, audience_ids, day):
        print(f"g40desk: waarschuwing: {notice.message}", file=sys.stderr)


def open_pack(path: Path):
    """A pack with the agenda it was made with (newest version); refused if that agenda
    lacks one of its entries, with a pointer to `g40desk review`."""
    from g40desk.core.pack.storage import check_pack

    opened, audiences = load_pack_and_agenda(path)
    pack, catalogue, pending = opened.pack, opened.agenda, opened.changes  # as 'g40desk review' counts them
    check_pack(pack, catalogue, audiences, path)
    if pack.review_owners:
        print(f"g40desk: waarschuwing: {path}: wat in een eerdere versie getypt is, geldt nu voor alle doelgroepen; "
              f"kijk na voor wie elke tekst is (editor), daarna: g40desk checked {path} owners", file=sys.stderr)
    if pending:
        what = "1 wijziging in de agenda wacht" if len(pending) == 1 else f"{len(pending)} wijzigingen in de agenda wachten"
        print(f"g40desk: waarschuwing: {path}: {what} op een beslissing (zie 'g40desk review {path}')", file=sys.stderr)
    return pack, catalogue, audiences


@contextmanager
def writing(path: Path) -> Iterator[None]:
    """Hold the pack's lock while a command reads, changes and saves it: a second command waits
    briefly, an editor that has the pack open refuses it in one line (locks.PackLocked)."""
    from g40desk.core.files import locks

    try:
        with locks.holding(path):
            yield
    except locks.LockStuck as exc:
        print(f"g40desk: waarschuwing: {exc}", file=sys.stderr)
