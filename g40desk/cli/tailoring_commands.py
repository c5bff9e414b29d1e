"""Subcommands that settle what a pack's text is for: keep an outdated ask with a reason."""

from __future__ import annotations

from pathlib import Path

from g40desk.cli.common import open_pack, writing


def add_parsers(sub) -> None:
    p = sub.add_parser("keep", help="houd een (deels) achterhaalde eis bewust, met een reden voor in de notitie")
    p.add_argument("pack", type=Path, metavar="PAKKET")
    p.add_argument("id", metavar="ID", help="de eis, bv. demand:wonen-3")
    p.add_argument("--reason", required=True, metavar="TEKST",
                   help="waarom; komt naast de vraag in de notitie (leeg: reden intrekken)")


def cmd_keep(args) -> int:
    from g40desk.core.files.stamp import current_stamp
    from g40desk.core.note.stale import what
    from g40desk.core.pack.edit import keep_outdated
    from g40desk.core.pack.storage import save_pack

    with writing(args.pack):
        before = current_stamp(args.pack)
        pack, catalogue, _ = open_pack(args.pack)
        pack = keep_outdated(pack, catalogue, args.id, args.reason).pack
        save_pack(pack, args.pack, catalogue=catalogue, expected=before)
    entry = catalogue[args.id]
    if pack.agenda.reasons.get(args.id):
        print(f"{args.pack}: '{entry.label}' blijft, {what(entry)}; de notitie zegt: {pack.agenda.reasons[args.id]}")
    else:
        print(f"{args.pack}: reden ingetrokken; de export weigert '{entry.label}' weer tot u een reden geeft")
    return 0


COMMANDS = {"keep": cmd_keep}
