"""One error type for everything a user can get wrong, with a message to act on."""

from __future__ import annotations

from pathlib import Path


class G40Error(Exception):
    """A problem the user can fix: names the file, the field and what to do."""

    def __init__(self, message: str, path: Path | str | None = None, field: str | None = None):
        self.message = message
        self.path = Path(path) if path is not None else None
        self.field = field
        super().__init__(str(self))

    def __str__(self) -> str:
        where = []
        if self.path is not None:
            where.append(str(self.path))
        if self.field:
            where.append(f"veld '{self.field}'")
        prefix = ": ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


_DUTCH = {
    "missing": "ontbreekt",
    "extra_forbidden": "onbekend veld; verwijder het of controleer de spelling",
    "string_type": "moet tekst zijn",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "bool_type": "moet true of false zijn",
    "bool_parsing": "moet true of false zijn",
    "list_type": "moet een lijst zijn",
    "dict_type": "moet een object zijn",
    "model_type": "moet een object zijn",
    "date_type": "moet een datum zijn (JJJJ-MM-DD)",
    "date_parsing": "geen geldige datum (JJJJ-MM-DD)",
    "date_from_datetime_parsing": "geen geldige datum (JJJJ-MM-DD)",
    "date_from_datetime_inexact": "geen geldige datum (JJJJ-MM-DD)",
    "greater_than_equal": "mag niet negatief zijn",
    "string_too_long": "is te lang",
    "string_unicode": "bevat een teken dat geen geldige UTF-8 is",
    "string_pattern_mismatch": "heeft niet de verwachte vorm",
}


def _location(parts) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def pydantic_error(exc, path: Path | str | None) -> G40Error:
    """Turn the first pydantic validation error into a Dutch G40Error naming the field."""
    first = exc.errors()[0]
    kind = first.get("type", "")
    if kind == "enum":
        expected = first.get("ctx", {}).get("expected", "")
        message = f"ongeldige waarde {first.get('input')!r}; kies uit {expected}".replace(" or ", " of ")
    elif kind == "too_long" and "max_length" in first.get("ctx", {}):
        message = f"te veel onderdelen ({first['ctx'].get('actual_length')}; hooguit {first['ctx']['max_length']})"
    elif kind == "value_error":
        message = str(first.get("ctx", {}).get("error", first.get("msg", "")))
    else:
        message = _DUTCH.get(kind, first.get("msg", "ongeldige waarde"))
    return G40Error(message, path, _location(first.get("loc", ())) or None)
