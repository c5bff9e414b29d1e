"""Helper for test_recovery: opens the editor, makes an edit, and waits to be killed."""

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from g40desk.core.agenda.catalogue import load_catalogue
from g40desk.core.audience.store import load_audiences
from g40desk.gui.main_window import MainWindow
from g40desk.gui.support.settings import Settings

app = QApplication(sys.argv[:1])
settings = Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window = MainWindow(load_catalogue(), load_audiences(), settings)
window.show()
window.open_path(Path(sys.argv[2]))
window.set_in_pack(["demand:mobiliteit-4"], True)
window.pack_panel.title.setFocus()
window.pack_panel.title.setText("Na de crash")
window.pack_panel.title.textEdited.emit("Na de crash")  # as typed
print("edited", flush=True)
app.exec()
