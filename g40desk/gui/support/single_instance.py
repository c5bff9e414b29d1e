"""One g40desk per user: a second start hands its pack to the running one, macOS file-open events too.

Double-clicking a .g40pack in Explorer, Finder or a file manager starts ``g40desk PACK``. If the
user already has g40desk running, that start connects to it through a QLocalServer (a named
pipe on Windows, a socket in the temporary folder elsewhere, both only open to this user),
sends the pack's path and ends; the running window comes forward and opens the pack (with the
usual question when there is unsaved work), or only comes forward when the pack is already the
one open there. Without this, the second start would show the lock dialog about the user's own
window. On macOS, Finder sends a QFileOpenEvent to the running app instead: handled the same way.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

TIMEOUT_MS = 2000


def server_name() -> str:
    """Per user (a hash of the user name and home folder): a pipe name on Windows; elsewhere a socket in
    the user's runtime folder (XDG_RUNTIME_DIR, mode 0700) or, without one, in Qt's temporary folder."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name at all (some containers)
        user = ""
    name = "g40desk-" + hashlib.sha256(f"{user}\n{Path.home()}".encode()).hexdigest()[:12]
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform != "win32" and runtime and Path(runtime).is_dir():
        return str(Path(runtime) / name)
    return name


def hand_over(path: Path | None, name: str | None = None) -> bool:
    """Ask a running g40desk to open *path* (or come forward); True when it answered, so this start can end."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    request = {"open": os.path.abspath(path) if path is not None else ""}  # as typed: no resolve() to UNC
    socket.write(json.dumps(request).encode("utf-8") + b"\n")
    socket.flush()
    answered = socket.waitForReadyRead(TIMEOUT_MS) and bytes(socket.readLine()).strip() == b"ok"
    socket.disconnectFromServer()
    return answered


class SingleInstance(QObject):
    """The running g40desk's end: emits open_requested(path) for each hand-over ('' = only come forward)."""

    open_requested = Signal(str)

    def __init__(self, name: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_server_new_connection)

    def listen(self) -> bool:
        """Start answering; a socket left by a g40desk that crashed is removed first. False if it cannot."""
        if self.server.listen(self.name):
            return True
        if self.server.serverError() == QLocalSocket.LocalSocketError.AddressInUseError:
            QLocalServer.removeServer(self.name)
            return self.server.listen(self.name)
        return False

    @Slot()
    def _on_server_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(self._on_socket_ready_read)
            socket.disconnected.connect(socket.deleteLater)

    @Slot()
    def _on_socket_ready_read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket) or not socket.canReadLine():
            return
        try:
            request = json.loads(bytes(socket.readLine()).decode("utf-8"))
            path = str(request.get("open", "")) if isinstance(request, dict) else ""
        except (UnicodeDecodeError, json.JSONDecodeError):
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.open_requested.emit(path)


class FileOpenEvents(QObject):
    """macOS: Finder's 'open this file' arrives as a QFileOpenEvent; kept until a window can take it."""

    open_requested = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pending: list[str] = []
        self._connected = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            if self._connected:
                self.open_requested.emit(event.file())
            else:
                self.pending.append(event.file())
            return True
        return False

    def deliver_to(self, slot) -> None:
        self.open_requested.connect(slot)
        self._connected = True
        for path in self.pending:
            self.open_requested.emit(path)
        self.pending.clear()


def bring_forward(window: QMainWindow, path: str) -> None:
    """Show the window on top; open *path* there unless it is the pack already open."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    if not path:
        return
    current = window.doc.path
    if current is not None and os.path.normcase(os.path.abspath(current)) == os.path.normcase(os.path.abspath(path)):
        return
    window.open_path(Path(path))
