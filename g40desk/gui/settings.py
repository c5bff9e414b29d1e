"""Preferences, declared once: every key with its default and type."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QLibraryInfo, QLocale, QSettings, QTranslator

from g40desk.resources import resource_file

DEFAULTS: dict[str, tuple[object, type]] = {
    "author": ("", str),
    "language": ("", str),  # "" follows the system: Dutch when the system is Dutch, else English
    "template": ("", str),
    "autosave_seconds": (30, int),
    "recent_files": ([], list),
    "last_open_dir": ("", str),
    "last_export_dir": ("", str),
    "window/geometry": (QByteArray(), QByteArray),
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
        chosen = self.get("language")
        if chosen in ("nl", "en"):
            return chosen
        return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"

    def add_recent(self, path: str) -> list[str]:
        recent = [p for p in self.get("recent_files") if p != path]
        recent.insert(0, path)
        self.set("recent_files", recent[:MAX_RECENT])
        return recent[:MAX_RECENT]


_translators: list[QTranslator] = []


def install_translators(app, language: str) -> None:
    """g40desk's own strings are Dutch in the source; English comes from resources/i18n."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _translators.append(qt)
    if language != "nl":
        own = QTranslator(app)
        if own.load(str(resource_file("i18n") / f"g40desk_{language}.qm")):
            app.installTranslator(own)
            _translators.append(own)
