"""At the editor's start: the user's own files are checked, and a damaged one is set aside.

The facts, the user's audience file, the user's agendas, the recovery journals and the
folders the editor writes into (recovery, crash logs) are each read as the editor will read
them. One that cannot be used is renamed beside itself (``<name>.beschadigd-<time>``,
core/files/set_aside.py): nothing is lost, the editor starts without it, and the start names
every file set aside in one message. Shared agenda folders are other people's and are never
touched. On Windows the journal and crash logs move once from the roaming to the local app data.
"""

from __future__ import annotations

import os
import shutil

from g40desk.core.agenda.catalogue import Catalogue, read_agenda_file
from g40desk.core.agenda.library import MAX_FILES, user_agenda_dir
from g40desk.core.audience.audiences import MAX_FILE_BYTES, Audiences, parse_audiences
from g40desk.core.audience.facts import facts_path, load_facts
from g40desk.core.audience.store import default_user_file, merge_user_file
from g40desk.core.errors import G40Error
from g40desk.core.files.jsonfile import read_json
from g40desk.core.files.set_aside import SetAside, set_aside
from g40desk.core.files.userdata import local_data_dir, user_data_dir
from g40desk.core.pack.recovery import journal_files, read_journal
from g40desk.resources import data_file

LOCAL_FOLDERS = ("recovery", "crash-logs")


def check_user_files() -> list[SetAside]:
    """Facts, audiences, agendas and the editor's folders; what was set aside, and why."""
    found: list[SetAside] = []
    for folder in (user_data_dir(), local_data_dir(), *(local_data_dir() / name for name in LOCAL_FOLDERS)):
        if os.path.lexists(folder) and not folder.is_dir():
            found.append(set_aside(folder, "dit had een map moeten zijn"))
    facts = facts_path()
    if facts.exists():
        try:
            load_facts(facts)
        except G40Error as exc:
            found.append(set_aside(facts, exc.message))
    mine = default_user_file()
    if mine.exists():
        try:
            builtin = data_file("audiences.json")
            merge_user_file(parse_audiences(read_json(builtin, max_bytes=MAX_FILE_BYTES), builtin), mine)
        except G40Error as exc:
            found.append(set_aside(mine, exc.message))
    try:
        agendas = sorted(user_agenda_dir().glob("*.json"))[:MAX_FILES]
    except OSError:
        agendas = []
    for agenda in agendas:
        try:
            read_agenda_file(agenda)
        except G40Error as exc:
            found.append(set_aside(agenda, exc.message))
    return found


def check_journals(catalogue: Catalogue, audiences: Audiences) -> list[SetAside]:
    """Recovery journals no open editor is writing that cannot be restored."""
    found = []
    for file in journal_files():
        try:
            read_journal(file, catalogue, audiences)
        except G40Error as exc:
            found.append(set_aside(file, exc.message))
    return found


def move_to_local() -> list[str]:
    """Once, on Windows: the journal and crash logs from the roaming to the local app data.
    Returns what could not be moved (one line each); elsewhere the two folders are one."""
    roaming, local = user_data_dir(), local_data_dir()
    if roaming == local:
        return []
    problems = []
    for name in LOCAL_FOLDERS:
        old, new = roaming / name, local / name
        if not old.is_dir():
            continue
        try:
            new.mkdir(parents=True, exist_ok=True)
            for item in old.iterdir():
                if not (new / item.name).exists():
                    shutil.move(str(item), str(new / item.name))
            old.rmdir()
        except OSError as exc:
            problems.append(f"{old}: kon niet naar {new} worden verplaatst ({exc.strerror or exc})")
    return problems


