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


def pydantic_error(exc, path: Path | str | None) -> G40Error:
    """Turn the first pydantic validation error into a G40Error naming the field."""
    first = exc.errors()[0]
    loc = ".".join(str(part) for part in first.get("loc", ()))
    return G40Error(first.get("msg", "ongeldige waarde"), path, loc or None)
