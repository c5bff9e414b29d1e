"""Reading files with messages a user can act on, and with bounded work.

Every input is opened without blocking, checked to be a regular file (a FIFO, a device such
as ``/dev/zero`` behind a symbolic link, or a folder is refused at once) and read with a
size cap, so no input can hang g40desk or fill its memory.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from g40desk.core.errors import G40Error
from g40desk.core.files import windows

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of *path*, which must be a regular file of at most *max_bytes*."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        raise G40Error("dit is een map, geen bestand", path) from None
    except FileNotFoundError:
        if windows.too_long(path):
            raise G40Error(windows.long_path_message(path), path) from None
        raise G40Error("het bestand bestaat niet (verplaatst of hernoemd?)", path) from None
    except PermissionError:
        raise G40Error("geen leesrechten voor dit bestand", path) from None
    except OSError as exc:
        if windows.too_long(path):
            raise G40Error(windows.long_path_message(path), path) from None
        raise G40Error(f"kan het bestand niet lezen ({exc.strerror})", path) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise G40Error("dit is een map, geen bestand", path)
        if not stat.S_ISREG(info.st_mode):
            raise G40Error("dit is geen gewoon bestand maar een apparaat of pijp (mogelijk via een koppeling); "
                           "kies een ander bestand", path)
        if info.st_size > max_bytes:
            raise G40Error(
                f"het bestand is te groot ({info.st_size / 1_000_000:.0f} MB, hooguit {max_bytes / 1_000_000:.0f} MB); "
                "is dit wel het goede bestand?",
                path,
            )
        chunks, total = [], 0
        while True:  # the size can grow while we read: the cap holds anyway
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise G40Error(f"het bestand is te groot (meer dan {max_bytes / 1_000_000:.0f} MB)", path)
        return b"".join(chunks)
    except OSError as exc:
        raise G40Error(f"kan het bestand niet lezen ({exc.strerror})", path) from None
    finally:
        os.close(fd)


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise _Duplicate(key)
        result[key] = value
    return result


class _Duplicate(ValueError):
    def __init__(self, key: str):
        self.key = key
        super().__init__(key)


MAX_VALUES = 1_000_000  # JSON values in one file: bounds the objects parsing builds (~60 bytes each)


def read_json(path: Path, max_bytes: int | None = None):
    """Parse a UTF-8 JSON file (a byte-order mark is accepted); G40Error on any problem.

    A key that appears twice in one object is refused: which of the two counts would be a guess.
    Before parsing, the number of values is bounded (commas are counted: an upper bound), so a
    file of millions of tiny values cannot take gigabytes while it is read.
    """
    return parse_json(read_regular_file(path, max_bytes if max_bytes is not None else 100_000_000), path)


def parse_json(raw: bytes, path: Path):
    """Parse bytes read from *path* as read_json does (the same checks and messages)."""
    if raw.count(b",") > MAX_VALUES:
        raise G40Error(f"het bestand bevat te veel waarden (meer dan {MAX_VALUES:_}); is dit wel een "
                       "g40desk-bestand?".replace("_", "."), path)
    if not raw.strip():
        raise G40Error("het bestand is leeg", path)
    if b"\x00" in raw[:4096]:
        raise G40Error("dit is geen tekstbestand (binaire inhoud); kies een ander bestand", path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise G40Error(f"geen geldige UTF-8-tekst (byte {exc.start})", path) from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates)
    except _Duplicate as exc:
        raise G40Error(f"de sleutel '{exc.key[:80]}' staat twee keer in hetzelfde object; "
                       "verwijder er één", path) from None
    except json.JSONDecodeError as exc:
        raise G40Error(
            f"geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}: {exc.msg}); "
            "het bestand is mogelijk afgebroken of beschadigd",
            path,
        ) from None
    except ValueError:  # an integer of more than 4,300 digits
        raise G40Error("bevat een getal dat te groot is; is dit wel een g40desk-bestand?", path) from None
    except RecursionError:
        raise G40Error("de JSON is te diep genest", path) from None
