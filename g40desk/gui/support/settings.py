"""Preferences, declared once: every key with its default and type."""

from __future__ import annotations

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
    "window/geometry": (QByteArray(), QByteArray),
    "window/screen": ("", str),  # the screen size and scale the geometry was saved on
    "window/state": (QByteArray(), QByteArray),
    "window/splitter": (QByteArray(), QByteArray),
}
MAX_RECENT = 8


class Settings:
    """Typed access to QSettings; tests pass their own QSettings (an ini file in tmp)."""

    def __init__(self, store: QSettings | None = None):
        self._store = store or QSettings()

    def get(self, key: str):
        default, kind = DEFAULTS[key]
        if kind is list:
            value = self._store.value(key, default)
            if value is None:
                return []
            return [value] if isinstance(value, str) else list(value)
        return self._store.value(key, default, type=kind)

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
