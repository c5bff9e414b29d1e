"""Reading JSON files with messages a user can act on."""

from __future__ import annotations

import json
from pathlib import Path

from g40desk.core.errors import G40Error


def read_json(path: Path, max_bytes: int | None = None):
    """Parse a UTF-8 JSON file (a byte-order mark is accepted); G40Error on any problem."""
    try:
        if max_bytes is not None and path.stat().st_size > max_bytes:
            size_mb = path.stat().st_size / 1_000_000
            raise G40Error(
                f"het bestand is te groot ({size_mb:.0f} MB, hooguit {max_bytes // 1_000_000} MB); "
                "is dit wel een g40desk-bestand?",
                path,
            )
        raw = path.read_bytes()
    except IsADirectoryError:
        raise G40Error("dit is een map, geen bestand", path) from None
    except FileNotFoundError:
        raise G40Error("het bestand bestaat niet (verplaatst of hernoemd?)", path) from None
    except PermissionError:
        raise G40Error("geen leesrechten voor dit bestand", path) from None
    except OSError as exc:
        raise G40Error(f"kan het bestand niet lezen ({exc.strerror})", path) from None
    if not raw.strip():
        raise G40Error("het bestand is leeg", path)
    if b"\x00" in raw[:4096]:
        raise G40Error("dit is geen tekstbestand (binaire inhoud); kies een ander bestand", path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise G40Error(f"geen geldige UTF-8-tekst (byte {exc.start})", path) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise G40Error(
            f"geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}: {exc.msg}); "
            "het bestand is mogelijk afgebroken of beschadigd",
            path,
        ) from None
    except RecursionError:
        raise G40Error("de JSON is te diep genest", path) from None
