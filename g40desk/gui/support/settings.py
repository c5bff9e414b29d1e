"""Preferences, declared once: every key with its default and type."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLibraryInfo, QLocale, QSettings, QTranslator

from g40desk.resources import resource_file

DEFAULTS: dict[str, tuple[object, type]] = {
    "author": ("", str),
    "language": ("", str),  # "" and "nl": Dutch; "en" only when the user chose English
    "template": ("", str),
    "autosave_seconds": (30, int),
    "recent_files": ([], list),
    "last_open_dir": ("", str),
    "last_export_dir": ("", str),
    "agenda_folders": ([], list),  # shared folders with published agendas (read-only), see core/agendas.py
    "ledger_folders": ([], list),  # folders whose packs the ledger reads (Stand van zaken, Terugblik), docs/ledger.md
    "window/geometry": (QByteArray(), QByteArray),
    "window/screen": ("", str),  # the screen size and scale the geometry was saved on
    "window/state": (QByteArray(), QByteArray),
    "window/splitter": (QByteArray(), QByteArray),
}
MAX_RECENT = 8
RANGES = {"autosave_seconds": (1, 3600)}
_UNSET = object()


class Settings:
    """Typed access to QSettings; tests pass their own QSettings (an ini file in tmp).

    A value of the wrong type or out of range (a damaged or hand-edited file) reads as the
    default, never as an exception; :meth:`check` at the start removes such values and a
    settings file Qt cannot parse is set aside, both named in the start's one message.
    """

    def __init__(self, store: QSettings | None = None):
        self._store = store or QSettings()

    def get(self, key: str):
        value, _usable = self._read(key)
        return value

    def _read(self, key: str) -> tuple[object, bool]:
        default, kind = DEFAULTS[key]
        raw = self._store.value(key, _UNSET)
        if raw is _UNSET or raw is None:
            return (list(default) if kind is list else default), True
        if kind is list:
            items = [raw] if isinstance(raw, str) else raw if isinstance(raw, (list, tuple)) else None
            if items is None or not all(isinstance(item, str) for item in items):
                return [], False
            return list(items), True
        if kind is int:
            low, high = RANGES.get(key, (0, 10**6))
            try:
                number = int(raw)
            except (TypeError, ValueError, OverflowError):
                return default, False
            return (number, True) if low <= number <= high else (default, False)
        if not isinstance(raw, kind):
            return default, False
        return raw, True

    def check(self) -> list[str]:
        """Remove every unusable value (it reads as its default); one line per problem."""
        problems = []
        if self._store.status() == QSettings.Status.FormatError and Path(self._store.fileName()).is_file():
            from g40desk.core.files.set_aside import set_aside

            moved = set_aside(Path(self._store.fileName()), "het instellingenbestand is onleesbaar; de "
                                                            "standaardinstellingen gelden")
            self._store = QSettings(self._store.fileName(), self._store.format())
            problems.append(moved.describe())
        for key in DEFAULTS:
            if not self._read(key)[1]:
                self._store.remove(key)
                problems.append(f"instelling '{key}' was onbruikbaar en is teruggezet")
        return problems

    def set(self, key: str, value) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._store.setValue(key, value)

    def language(self) -> str:
        """Dutch unless the user chose English: the users are Dutch whatever the system locale (even C)."""
        return "en" if self.get("language") == "en" else "nl"

    def add_recent(self, path: str) -> list[str]:
        recent = [p for p in self.get("recent_files") if p != path]
        recent.insert(0, path)
        self.set("recent_files", recent[:MAX_RECENT])
        return recent[:MAX_RECENT]


_translators: list[QTranslator] = []


def install_translators(app, language: str) -> None:
    """g40desk's own strings are Dutch in the source; English comes from resources/i18n.

    Dutch also loads g40desk_nl.qm, which holds only the plural forms ("%n onderdelen"), and
    Qt's own qtbase_nl (file dialogs, standard buttons; shipped with PySide6-Essentials), with
    g40desk_qt_nl for the few file-dialog labels qtbase_nl lacks ("&Look in:").
    The default locale follows, so dates and numbers read the same way as the words.
    """
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom) if language == "en"
                       else QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    own = str(resource_file("i18n"))
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"g40desk_qt_{language}.qm", own),
                         (f"g40desk_{language}.qm", own)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
