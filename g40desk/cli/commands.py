"""The g40desk command: the editor by default, headless subcommands for scripts and CI.

Each group of subcommands lives in its own module (``info``, ``pack_commands``, ``agenda``) with
its parsers and handlers; this module only assembles them and turns errors into one line.
"""

from __future__ import annotations

import argparse
import os
import sys

from g40desk import __version__
from g40desk.cli.console import DutchParser, configure_output, pack_or_option, unknown_command
from g40desk.cli.editor import start_gui
from g40desk.core.errors import G40Error

# The subcommand names, known without importing their modules (the editor's start skips them).
COMMANDS = ("catalogue", "audiences", "facts", "new", "export", "batch", "import-matrix", "demo", "agenda", "review",
            "ledger", "keep", "duplicate", "checked", "confirm-shared", "report")


def _parser() -> argparse.ArgumentParser:
    from g40desk.cli import agenda, info, ledger_commands, pack_commands, tailoring_commands

    parser = DutchParser(
        prog="g40desk",
        description="Briefings voor G40-lobbygesprekken. Zonder opdracht start de editor: g40desk [PAKKET].",
    )
    parser.add_argument("--version", action="version", version=f"g40desk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for module in (info, pack_commands, agenda, ledger_commands, tailoring_commands):
        module.add_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # g40desk uses no pydantic plugins; not scanning every installed package's entry points for
    # them saves 3-5 ms of each start and keeps a plugin installed elsewhere out of the editor.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    configure_output()
    try:
        if argv and argv[0] not in COMMANDS and not pack_or_option(argv[0]):
            print(unknown_command(argv[0], COMMANDS), file=sys.stderr)  # 'expotr': never the editor
            return 2
        if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
            return start_gui(argv)
        args = _parser().parse_args(argv)
        from g40desk.cli import agenda, info, ledger_commands, pack_commands, tailoring_commands

        handlers = {**info.COMMANDS, **pack_commands.COMMANDS, **agenda.COMMANDS, **ledger_commands.COMMANDS,
                    **tailoring_commands.COMMANDS}
        return handlers[args.command](args)
    except G40Error as exc:
        for line in str(exc).splitlines():
            print(f"g40desk: {line}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # writing to the terminal or a redirected output failed (a full disk)
        from g40desk.core.files.atomic import describe_os_error

        print(f"g40desk: kan de uitvoer niet schrijven: {describe_os_error(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:  # last resort: one line, never a traceback
        if os.environ.get("G40DESK_DEBUG"):
            raise
        print(f"g40desk: onverwachte fout: {type(exc).__name__}: {exc} (G40DESK_DEBUG=1 toont details)", file=sys.stderr)
        return 70
