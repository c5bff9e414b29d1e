"""Noticing that another program changed the open pack's file, and never saving over that unseen.

Sync clients (OneDrive, SharePoint, Dropbox) and colleagues without g40desk's lock replace
the file. Two things catch it: a ``QFileSystemWatcher`` on the file and its folder (a sync
client replaces the file by renaming another over it, which ends a watch on the file itself,
so the path is added again) tells the user as soon as it happens; and before every save the
document compares the file with what it read or saved last (core/files/stamp.py), so no save
replaces a version nobody has seen, also when the watcher missed it (network drives).
The user chooses: reload theirs, keep mine (theirs is kept beside it as a copy), or save as.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from g40desk.core.errors import G40Error
from g40desk.core.files.stamp import ChangedOnDisk, current_stamp, keep_other_version

if TYPE_CHECKING:
    from g40desk.core.files.stamp import Stamp
    from g40desk.gui.document import PackDocument
    from g40desk.gui.support.notify import Notifier

SETTLE_MS = 400  # a sync client writes in bursts: look once it is quiet


class Files(Protocol):
    """What the watch asks of the file controller (gui/controllers/files.py)."""

    def save_as(self) -> bool: ...
    def save_over(self, path: Path, theirs: Stamp) -> bool: ...
    def open_path(self, path: Path, confirmed: bool = False) -> bool: ...


class DiskWatch(QObject):
    def __init__(self, files: Files, doc: PackDocument, notifier: Notifier):
        super().__init__(files)
        self.files, self.doc, self.notifier = files, doc, notifier
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_event)
        self.watcher.directoryChanged.connect(self._on_event)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.check)
        self._told: str | None = None  # the other version already told about (its digest)
        doc.path_changed.connect(self._follow)

    # -- watching ----------------------------------------------------------------------
    def _follow(self) -> None:
        """Watch the open pack's file and folder, nothing else."""
        path = self.doc.path
        wanted = [str(path), str(path.parent)] if path is not None else []
        old = self.watcher.files() + self.watcher.directories()
        if sorted(old) == sorted(p for p in wanted if p in old) and len(old) == len(wanted):
            return
        if old:
            self.watcher.removePaths(old)
        for item in wanted:
            if Path(item).exists():
                self.watcher.addPath(item)
        self._told = None

    def _on_event(self, _path: str) -> None:
        path = self.doc.path
        if path is not None and str(path) not in self.watcher.files() and path.exists():
            self.watcher.addPath(str(path))  # replaced by a rename: watch the new file
        self.timer.start()

    def check(self) -> None:
        """Tell the user once per other version, with what they can do about it."""
        path, seen = self.doc.path, self.doc.disk
        if path is None or seen is None:
            return
        now = current_stamp(path)
        if now is None or seen.same_content(now) or now.digest == self._told:
            return
        self._told = now.digest
        text = self.tr("‘%s’ is buiten g40desk gewijzigd (door een collega of een synchronisatieprogramma).") % path.name
        actions = [(self.tr("Herladen"), self.reload)]
        if self.doc.modified:
            text += " " + self.tr("Uw wijzigingen zijn nog niet opgeslagen; bij opslaan kiest u welke versie blijft.")
            actions += [(self.tr("Mijn versie houden"), self.keep_mine), (self.tr("Opslaan als…"), self.files.save_as)]
        self.notifier.notice(text, actions)

    # -- choosing ----------------------------------------------------------------------
    def resolve(self, exc: ChangedOnDisk) -> bool:
        """A save met a changed file: ask which version stays; True when the pack got saved."""
        choice = self.notifier.choose(
            self.tr("Pakket is buiten g40desk gewijzigd"),
            self.tr("%s is gewijzigd sinds u het opende of opsloeg, door een collega of een synchronisatieprogramma "
                    "(zoals OneDrive). Er is niets overschreven.\n\nHerladen: de andere versie openen (uw "
                    "wijzigingen vervallen).\nMijn versie houden: uw versie opslaan; de andere blijft ernaast "
                    "bewaard als kopie.\nOpslaan als: uw versie onder een andere naam.") % exc.path.name,
            [(self.tr("&Mijn versie houden"), QMessageBox.ButtonRole.AcceptRole),
             (self.tr("&Herladen"), QMessageBox.ButtonRole.DestructiveRole),
             (self.tr("Opslaan &als…"), QMessageBox.ButtonRole.ActionRole)])
        if choice == 0:
            return self.keep_mine()
        if choice == 1:
            self.reload(ask=False)
            return False  # theirs is open now; nothing of ours was saved
        if choice == 2:
            return self.files.save_as()
        return False

    def keep_mine(self) -> bool:
        path = self.doc.path
        if path is None:
            return False
        label = self.tr("andere versie %s") % dt.datetime.now().strftime("%d-%m-%Y %H.%M")
        try:
            copy, theirs = keep_other_version(path, label)
        except G40Error as exc:
            self.notifier.warn(self.tr("Opslaan mislukt"),
                               str(exc) + "\n\n" + self.tr("Er is niets verloren: het pakket is nog open."))
            return False
        if not self.files.save_over(path, theirs):
            return False
        self.notifier.notice(self.tr("Uw versie is opgeslagen; de andere versie staat ernaast als ‘%s’.") % copy.name)
        return True

    def reload(self, ask: bool = True) -> bool:
        path = self.doc.path
        if path is None:
            return False
        if ask and self.doc.modified and not self.notifier.confirm(
                self.tr("Herladen"), self.tr("Herladen opent de versie op schijf; uw niet-opgeslagen wijzigingen "
                                             "vervallen. Doorgaan?")):
            return False
        return self.files.open_path(path, confirmed=True)
