"""Subcommands that settle what a pack's text is for: keep an outdated ask with a reason, mark a
copied text as looked at, confirm a shared text is meant for every audience."""

from __future__ import annotations

from pathlib import Path

from g40desk.cli.common import open_pack, writing
from g40desk.core.errors import G40Error

_ITEM_FIELDS = ("text", "context", "talking_points")


def add_parsers(sub) -> None:
    p = sub.add_parser("keep", help="houd een (deels) achterhaalde eis bewust, met een reden voor in de notitie")
    p.add_argument("pack", type=Path, metavar="PAKKET")
    p.add_argument("id", metavar="ID", help="de eis, bv. demand:wonen-3")
    p.add_argument("--reason", required=True, metavar="TEKST",
                   help="waarom; komt naast de vraag in de notitie (leeg: reden intrekken)")

    p = sub.add_parser("checked", help="markeer een overgenomen tekst ('nog nakijken') als nagekeken; 'owners': "
                                       "de eigenaren van een pakket uit een eerdere versie")
    p.add_argument("pack", type=Path, metavar="PAKKET")
    p.add_argument("id", metavar="ID", help="het onderdeel, 'meeting' voor de deelnemers (zoals de export het noemt), "
                                            "of 'owners'")
    p.add_argument("field", metavar="VELD", nargs="?", choices=[*_ITEM_FIELDS, "participants"])
    p.add_argument("audience", nargs="?", metavar="DOELGROEP", help="bij een tekst voor één doelgroep")

    p = sub.add_parser("confirm-shared", help="bevestig dat een tekst met eigennamen voor alle doelgroepen bedoeld is")
    p.add_argument("pack", type=Path, metavar="PAKKET")
    p.add_argument("id", metavar="ID", help="het onderdeel, of 'meeting' of 'pack' (zoals de export het noemt)")
    p.add_argument("field", metavar="VELD", choices=[*_ITEM_FIELDS, "participants", "place", "purpose", "title"])


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


def _save(args, change) -> tuple:
    """Under the pack's lock: open it, apply *change(pack, catalogue, audiences)* -> Edit, save it."""
    from g40desk.core.files.stamp import current_stamp
    from g40desk.core.pack.storage import save_pack

    with writing(args.pack):
        before = current_stamp(args.pack)
        pack, catalogue, audiences = open_pack(args.pack)
        edited = change(pack, catalogue, audiences)
        if edited.changes:
            save_pack(edited.pack, args.pack, catalogue=catalogue, expected=before)
    return edited, catalogue, audiences


def cmd_checked(args) -> int:
    from g40desk.core.pack.duplicate import address, to_check_lines
    from g40desk.core.pack.edit import looked_at, owners_reviewed
    from g40desk.core.pack.model import TextRef

    if args.id == "owners" and args.field is None:
        edited, _, _ = _save(args, lambda pack, _c, _a: owners_reviewed(pack))
        print(f"{args.pack}: eigenaren nagekeken" if edited.changes else f"{args.pack}: er waren geen eigenaren na te kijken")
        return 0
    if args.field is None:
        raise G40Error("geef het veld: ID VELD, zoals tussen [ ] in de melding (of 'owners')", field="VELD")
    where = TextRef(ref=args.id, field=args.field, audience=args.audience)

    def change(pack, catalogue, audiences):
        if where not in pack.to_check:
            waiting = ", ".join(f"'{address(t)}'" for t in pack.to_check) or "niets"
            raise G40Error(f"'{address(where)}' staat niet op 'nog nakijken' (wel: {waiting})", args.pack)
        return looked_at(pack, where)

    edited, catalogue, audiences = _save(args, change)
    left = to_check_lines(edited.pack, catalogue, audiences)
    print(f"{args.pack}: '{address(where)}' nagekeken; nog {len(left)} na te kijken" if left
          else f"{args.pack}: '{address(where)}' nagekeken; niets meer na te kijken")
    return 0


def _texts(pack, ref: str, field: str) -> list[str]:
    """The text(s) at ID VELD that are written once for every audience (talking points: each point)."""
    if ref == "pack" and field == "title":
        return [pack.title]
    if ref == "meeting" and field in ("participants", "place", "purpose"):
        return [getattr(pack.meeting, field)]
    item = pack.item(ref)
    if item is None or field not in _ITEM_FIELDS:
        raise G40Error(f"'{ref} {field}' is geen tekst van dit pakket", field="ID")
    value = getattr(item, field)
    return list(value) if isinstance(value, list) else [value or ""]


def cmd_confirm_shared(args) -> int:
    from g40desk.core.pack.edit import confirm_shared

    def change(pack, _catalogue, _audiences):
        texts = [t for t in _texts(pack, args.id, args.field) if t.strip()]
        if not texts:
            raise G40Error(f"'{args.id} {args.field}' is leeg; er is niets te bevestigen", args.pack)
        return confirm_shared(pack, *texts)

    edited, _, _ = _save(args, change)
    what = "was al bevestigd" if not edited.changes else "bevestigd: bedoeld voor alle doelgroepen"
    print(f"{args.pack}: '{args.id} {args.field}' {what} (tot de tekst verandert)")
    return 0


COMMANDS = {"keep": cmd_keep, "checked": cmd_checked, "confirm-shared": cmd_confirm_shared}
