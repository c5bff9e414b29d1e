"""How the command talks: argparse in Dutch, one line for a mistyped command, UTF-8 on Windows.

argparse writes its own words in English (through gettext, with no Dutch catalogue shipped).
DutchParser sets its headings and help option itself and rewrites the few error messages
argparse can give, so ``g40desk --help``, every sub-command's help and every refusal read Dutch.
Sub-parsers made with ``add_subparsers().add_parser`` are DutchParsers too.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import NoReturn

# argparse's messages (Python 3.11-3.13) and their Dutch; %s parts are kept as they are.
MESSAGES = [
    (r"the following arguments are required: (.*)", r"deze argumenten ontbreken: \1"),
    (r"unrecognized arguments: (.*)", r"onbekende argumenten: \1"),
    (r"argument (.*?): invalid choice: (.*?) \(choose from (.*)\)", r"argument \1: ongeldige keuze \2 (kies uit \3)"),
    (r"argument (.*?): expected one argument", r"argument \1: verwacht één waarde"),
    (r"argument (.*?): expected at most one argument", r"argument \1: verwacht hoogstens één waarde"),
    (r"argument (.*?): expected at least one argument", r"argument \1: verwacht minstens één waarde"),
    (r"argument (.*?): expected (\d+) arguments?", r"argument \1: verwacht \2 waarden"),
    (r"argument (.*?): invalid (\w+) value: (.*)", r"argument \1: ongeldige waarde \3"),
    (r"argument (.*?): not allowed with argument (.*)", r"argument \1: niet samen met \2"),
    (r"argument (.*?): ignored explicit argument (.*)", r"argument \1: neemt geen waarde (\2)"),
    (r"one of the arguments (.*) is required", r"een van deze argumenten is nodig: \1"),
    (r"ambiguous option: (.*?) could match (.*)", r"dubbelzinnige optie \1: kan zijn \2"),
]


def dutch_message(message: str) -> str:
    for pattern, replacement in MESSAGES:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, replacement, message)
    return message


class DutchFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, "Gebruik: " if prefix is None else prefix)


class DutchParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and errors are Dutch; errors end in one line and exit status 2."""

    def __init__(self, *args, **kwargs):
        add_help = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", DutchFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "Argumenten"
        self._optionals.title = "Opties"
        if add_help:
            self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def add_subparsers(self, **kwargs):
        kwargs.setdefault("parser_class", DutchParser)
        return super().add_subparsers(**kwargs)

    def add_argument(self, *args, **kwargs):
        if kwargs.get("action") == "version":
            kwargs.setdefault("help", "toon het versienummer en stop")
        return super().add_argument(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {dutch_message(message)} (meer: {self.prog} --help)\n")


def pack_or_option(word: str) -> bool:
    """What the editor may start with: an option (its own or Qt's), a .g40pack, or any file or path."""
    return (word.startswith("-") or word.lower().endswith(".g40pack") or os.sep in word or "/" in word
            or Path(word).exists())


def unknown_command(word: str, commands: tuple[str, ...]) -> str:
    """The one line for a first argument that is neither a command nor a pack, with the nearest command."""
    import difflib

    near = difflib.get_close_matches(word, commands, n=1, cutoff=0.6)
    hint = f"bedoelde u '{near[0]}'?" if near else f"de opdrachten zijn: {', '.join(commands)}"
    return f"g40desk: '{word}' is geen opdracht en geen bestand; {hint} (meer: g40desk --help)"


def configure_output(streams=None, platform: str = sys.platform) -> None:
    """UTF-8 on Windows consoles, pipes and files whatever the code page (cp1252, cp850); elsewhere the
    locale's encoding as usual, but a character it lacks becomes '?' instead of ending the command."""
    for stream in streams if streams is not None else (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if not hasattr(stream, "reconfigure") or encoding == "utf8":
            continue
        if platform == "win32":
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
        else:
            stream.reconfigure(errors="replace")
