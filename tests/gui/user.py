"""The user in GUI tests: answers every dialog the editor opens through gui/support/notify.py.

The editor opens modal dialogs only through notify's functions, so a test replaces those (and
never Qt's QMessageBox, QInputDialog or QFileDialog): it says beforehand what the user will
answer and reads afterwards what the user was shown. A warning nobody expected fails the test.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from g40desk.gui.support import notify
from g40desk.gui.support.notify import Button

Answer = Any  # a value, or a callable that gets what was shown and returns the value


def _given(answer: Answer, *shown: Any) -> Any:
    return answer(*shown) if callable(answer) else answer


class User:
    """What the user answers (set before acting) and what the user saw (read after)."""

    def __init__(self) -> None:
        self.warnings: list[str] = []  # text of each warning, in order
        self.infos: list[str] = []
        self.questions: list[str] = []  # text of each yes/no or named-answer question
        self.fatal: list[str] = []
        self.abouts: list[tuple[str, str]] = []
        self.file_dialogs: list[tuple[str, str]] = []  # (title, proposed or starting path) of each file dialog
        self.expect_warnings = False
        self.about_more = False  # the About box's extra button (third-party licences) chosen
        # Answers: ask/confirm get a Button; choose an index (None: Cancel); pick the text shown for the
        # choice (None: cancelled); ask_text a text or None; files and folders a path or "" (cancelled).
        self.answer: Answer = Button.Discard
        self.choice: Answer = 0
        self.pick: Answer = None
        self.texts: list[Answer] = []
        self.files: list[Answer] = []
        self.folders: list[Answer] = []
        # The editor's own dialogs (notify.run_dialog): True to accept, or a callable that gets the
        # dialog (to fill it in) and returns that; a dialog nobody answers fails the test.
        self.dialogs: list[Answer] = []
        self.shown_dialogs: list[object] = []

    def expecting_warnings(self) -> list[str]:
        """Warnings are expected from now on: the list they are added to."""
        self.expect_warnings = True
        return self.warnings

    # -- the replacements of notify's functions -----------------------------------------
    def _warn(self, parent, title: str, text: str) -> None:
        self.warnings.append(text)
        if not self.expect_warnings:
            pytest.fail(f"unexpected warning: {title}: {text}")

    def _ask(self, parent, title: str, text: str, buttons: Button, default: Button) -> Button:
        self.questions.append(text)
        return _given(self.answer, text)

    def _choose(self, parent, title: str, text: str, choices, default: int = 0) -> int | None:
        self.questions.append(text)
        return _given(self.choice, text, [label for label, _ in choices])

    def _pick(self, parent, title: str, label: str, choices) -> object | None:
        shown = [text for text, _ in choices]
        chosen = _given(self.pick, label, shown)
        return choices[shown.index(chosen)][1] if chosen in shown else None

    def _ask_text(self, parent, title: str, label: str, multiline: bool = False) -> str | None:
        return _given(self.texts.pop(0), label) if self.texts else None

    def _run_dialog(self, dialog) -> bool:
        self.shown_dialogs.append(dialog)
        if not self.dialogs:
            pytest.fail(f"unexpected dialog: {type(dialog).__name__}")
        return bool(_given(self.dialogs.pop(0), dialog))

    def _file(self, queue: list[Answer], title: str, where: str) -> str:
        self.file_dialogs.append((title, where))
        return str(_given(queue.pop(0), where) or "") if queue else ""

    def install(self, monkeypatch: pytest.MonkeyPatch) -> User:
        replacements: dict[str, Callable] = {
            "warn": self._warn,
            "inform": lambda parent, title, text: self.infos.append(text),
            "fatal": lambda title, text: self.fatal.append(text),
            "ask": self._ask,
            "choose": self._choose,
            "pick": self._pick,
            "ask_text": self._ask_text,
            "about": lambda parent, title, text, more=None: self.abouts.append((title, text)) or bool(
                more and self.about_more),
            "open_file": lambda parent, title, start, filters: self._file(self.files, title, start),
            "save_file": lambda parent, title, proposal, filters: self._file(self.files, title, proposal),
            "choose_folder": lambda parent, title, start="": self._file(self.folders, title, start),
            "run_dialog": self._run_dialog,
        }
        for name, replacement in replacements.items():
            monkeypatch.setattr(notify, name, replacement)
        return self
