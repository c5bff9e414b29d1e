"""Guard against hostile Office files before a parser sees them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from g40desk.core.errors import G40Error
from g40desk.core.files.jsonfile import read_regular_file

MAX_FILE_BYTES = 50_000_000
MAX_UNPACKED_BYTES = 200_000_000
MAX_RATIO = 200
MAX_MEMBERS = 5_000
RATIO_FROM_BYTES = 10_000_000  # members from this size on are held to MAX_RATIO one by one too


def read_office_file(path: Path, what: str, required: str) -> bytes:
    """Read an Office zip after checking size, member count and compression ratio.

    *required* is a member that must exist (``word/document.xml`` for Word).
    """
    path = Path(path)
    data = read_regular_file(path, MAX_FILE_BYTES)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except zipfile.BadZipFile:
        raise G40Error(f"dit is geen {what} (geen Office-bestand); kies een .docx/.dotx of .xlsx", path) from None
    if len(members) > MAX_MEMBERS:
        raise G40Error(f"verdacht {what}: te veel onderdelen ({len(members)})", path)
    unpacked = sum(m.file_size for m in members)
    packed = max(1, sum(m.compress_size for m in members))
    if unpacked > MAX_UNPACKED_BYTES or unpacked / packed > MAX_RATIO:
        raise G40Error(f"verdacht {what}: pakt uit tot {unpacked // 1_000_000} MB (mogelijk een zip-bom); niet geopend", path)
    for member in members:  # one incompressible member would otherwise hide a bomb beside it
        if member.file_size > RATIO_FROM_BYTES and member.file_size / max(1, member.compress_size) > MAX_RATIO:
            raise G40Error(f"verdacht {what}: onderdeel '{member.filename}' pakt uit tot {member.file_size // 1_000_000} MB "
                           "(mogelijk een zip-bom); niet geopend", path)
    if required not in archive.namelist():
        raise G40Error(f"dit is geen {what}: '{required}' ontbreekt", path)
    return data
