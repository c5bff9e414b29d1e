"""Defaults IT sets for every user of a computer: shared agenda folders, the ledger's folders, the house template.

On Windows they are read from the registry (64-bit view), the Group Policy key first:
``HKLM\\SOFTWARE\\Policies\\Stedennetwerk G40\\g40desk``, then ``HKLM\\SOFTWARE\\Stedennetwerk
G40\\g40desk`` (where the MSI writes its AGENDAFOLDERS and HOUSETEMPLATE properties). Values:
``AgendaFolders`` and ``LedgerFolders`` (REG_SZ with ';' between folders, or REG_MULTI_SZ) and
``HouseTemplate`` (REG_SZ). Other systems have none; G40DESK_AGENDA_PATH works everywhere. docs/deploy.md.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

KEYS = (r"SOFTWARE\Policies\Stedennetwerk G40\g40desk", r"SOFTWARE\Stedennetwerk G40\g40desk")

# (key under HKLM, value name) -> the value, or None when the key or value is absent.
Reader = Callable[[str, str], object]


@dataclass(frozen=True)
class MachineDefaults:
    agenda_folders: tuple[Path, ...] = ()
    house_template: Path | None = None
    ledger_folders: tuple[Path, ...] = ()  # where the network's packs are kept (Stand van zaken, Terugblik)


def read_registry(key: str, name: str) -> object:
    """One value under HKEY_LOCAL_MACHINE (64-bit view), environment variables expanded; None if absent."""
    import winreg  # Windows only

    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY) as handle:
            value, kind = winreg.QueryValueEx(handle, name)
    except OSError:
        return None
    if kind == winreg.REG_EXPAND_SZ:
        return winreg.ExpandEnvironmentStrings(value)
    return value


def _first(read: Reader, name: str) -> object:
    for key in KEYS:
        value = read(key, name)
        if isinstance(value, str) and value.strip() or isinstance(value, list | tuple) and any(
                isinstance(v, str) and v.strip() for v in value):
            return value
    return None


def _folders(value: object) -> tuple[Path, ...]:
    parts = value if isinstance(value, list | tuple) else str(value or "").split(";")
    return tuple(Path(p.strip()) for p in parts if isinstance(p, str) and p.strip())


def machine_defaults(read: Reader | None = None) -> MachineDefaults:
    """What IT set for this computer; nothing on a system without a machine-wide store, or when unset."""
    if read is None:
        if sys.platform != "win32":
            return MachineDefaults()
        read = read_registry
    template = _first(read, "HouseTemplate")
    return MachineDefaults(agenda_folders=_folders(_first(read, "AgendaFolders")),
                           house_template=Path(str(template).strip()) if str(template or "").strip() else None,
                           ledger_folders=_folders(_first(read, "LedgerFolders")))
