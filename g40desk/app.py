"""Start the desktop editor."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Smoke tests and bench/run.py set this to a number of milliseconds: that long after the window
# is first painted with the pack open, the editor closes itself through its normal close path.
QUIT_AFTER_SHOW = "G40DESK_QUIT_AFTER_SHOW"
# bench/run.py sets this to a file name: the editor writes time.time() there at that first paint.
SHOWN_STAMP = "G40DESK_SHOWN_STAMP"


def run(pack_path: Path | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from g40desk import __version__
    from g40desk.core.agenda.catalogue import load_catalogue
    from g40desk.core.audience.store import load_audiences
    from g40desk.core.checkup import check_journals, check_user_files, move_to_local
    from g40desk.core.errors import G40Error
    from g40desk.core.files.userdata import crash_log_dir
    from g40desk.gui.main_window import MainWindow
    from g40desk.gui.support import notify
    from g40desk.gui.support.bundle import relocate_qt
    from g40desk.gui.support.crashlog import CrashLog
    from g40desk.gui.support.settings import Settings, install_translators

    relocate_qt()  # the bundle: Qt's paths, before the first QApplication (gui/support/bundle.py)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("g40desk")
    app.setOrganizationName("Stedennetwerk G40")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("nl.g40.g40desk")  # Wayland and task bars match the window to nl.g40.g40desk.desktop
    from g40desk.gui.support.single_instance import FileOpenEvents, SingleInstance, bring_forward, hand_over

    if hand_over(pack_path):  # this user's g40desk is already running: it opens the pack
        return 0
    instance = SingleInstance(parent=app)
    instance.listen()
    file_events = FileOpenEvents(app)  # macOS: Finder's "open with g40desk"
    app.installEventFilter(file_events)
    settings = Settings()
    problems = settings.check()  # a damaged value reads as its default from now on
    install_translators(app, settings.language())
    from g40desk.gui.support import binding_check

    if binding_check.leaks_singletons():  # would abort after a few hundred keystrokes (issue 10)
        print(binding_check.message(), file=sys.stderr)
        notify.fatal("g40desk", binding_check.message())
        return 1
    problems += move_to_local()  # Windows: journal and crash logs out of the roaming profile, once
    problems += [item.describe() for item in check_user_files()]  # a damaged one is set aside, not fatal
    try:
        catalogue, audiences = load_catalogue(), load_audiences()
    except G40Error as exc:  # the program's own files (a broken installation)
        notify.fatal("g40desk", str(exc))
        return 1
    problems += [item.describe() for item in check_journals(catalogue, audiences)]
    crash_log = CrashLog(crash_log_dir())  # faulthandler writes here until a clean exit
    ended = crash_log.start()
    window = MainWindow(catalogue, audiences, settings)
    crash_log.install_excepthook(lambda text: window.notifier.notice(text))
    instance.open_requested.connect(lambda path: bring_forward(window, path))
    file_events.deliver_to(lambda path: bring_forward(window, path))
    window.show()
    if problems:
        window.files.tell_set_aside(problems)
    window.files.offer_recovery(ended)
    if pack_path is not None and not window.doc.modified:
        window.open_path(pack_path)
    if os.environ.get(QUIT_AFTER_SHOW, "").isdigit() or os.environ.get(SHOWN_STAMP):
        from g40desk.gui.support.first_paint import FirstPaint

        FirstPaint(window, os.environ.get(SHOWN_STAMP), os.environ.get(QUIT_AFTER_SHOW, ""))
    status = app.exec()
    crash_log.end()
    return status
