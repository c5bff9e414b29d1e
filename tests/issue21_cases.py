"""Every case of issue 21 (the second hostile pass): what happens now and the tests that prove it.

tools/reliability_table.py --issue21 prints docs/reliability.md's writing-side table from this list;
tests/test_reliability_doc.py checks that every case of the issue is here, that every test named
exists, and that the document holds the table as printed. A test is named as ``path::function``,
or as ``hostile:<name>`` (a case of tests/hostile_cases.py, shown with its number in the table
below the malformed-input table) or ``budget:<name>`` (a row of tests/test_budgets.py: 5 s CPU, 300 MB).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    case: str  # the number, 1-10, or "W" for its list of Windows and sync-client findings
    found: str  # what the hostile pass found
    now: str  # what happens now
    tests: tuple[str, ...]


LINKS = "tests/core/files/test_links.py"
WRITERS = "tests/cli/test_writers.py"
RECOVERY = "tests/gui/test_recovery.py"
START = "tests/gui/test_damaged_start.py"
DISK = "tests/gui/test_disk_changes.py"
LIMITS = "tests/importers/test_matrix_limits.py"
WIN = "tests/core/files/test_windows.py"
SHARES = "tests/gui/test_shares.py"

ROWS = (
    Row("1", "a planted `<pack>.bak` link to a read-only file was written through by `import-matrix --apply`",
        "the link itself is replaced by the backup (no-follow); its target keeps its bytes and mode; "
        "a read-only backup is never replaced", (
            f"{LINKS}::test_planted_backup_link_to_a_read_only_file_is_not_written_through",
            f"{LINKS}::test_a_read_only_backup_is_never_replaced",
            "budget:import --apply beside a planted .bak link to a read-only file")),
    Row("1", "a dangling `old.v1.g40pack` link made the migration keep-copy create a file where it pointed",
        "the keep-copy replaces the link; nothing is created where it pointed", (
            f"{LINKS}::test_dangling_keep_copy_link_creates_nothing_where_it_points",
            "budget:review --keep-all beside a dangling keep-copy link")),
    Row("1", "temporary files and exports followed links planted under their names",
        "temporary files are created `O_CREAT|O_EXCL|O_NOFOLLOW`; an export to a link replaces the link; "
        "only the pack itself is written through its link (documented above), its backup never",
        (f"{LINKS}::test_an_export_to_a_link_replaces_the_link_not_its_target",
         f"{LINKS}::test_every_writer_but_the_pack_replaces_a_link_by_default",
         f"{LINKS}::test_the_pack_itself_is_written_through_its_link_and_its_backup_is_no_link",
         "tests/core/files/test_locks.py::test_planted_symlink_lock_never_writes_through")),
    Row("2", "two `import-matrix --apply` at once: both said '1 wijzigingen doorgevoerd', one change lost (15 in 15)",
        "every CLI writer (`import-matrix --apply`, `review --accept-all/--keep-all`, `new`, `demo`, "
        "`keep`) holds the lock from reading to saving; a second waits for a brief holder and builds on "
        "its work, or refuses in one line; an editor's lock is refused at once", (
            f"{WRITERS}::test_two_matrix_imports_at_once_never_lose_a_change",
            f"{WRITERS}::test_a_second_command_waits_for_the_first_and_builds_on_its_work",
            f"{WRITERS}::test_every_writer_of_a_pack_refuses_while_an_editor_has_it_open",
            "hostile:import --apply while a colleague has the pack open")),
    Row("3", "a pack changed on disk by another program (a sync client) was overwritten by the editor's next saves",
        "a file watcher tells at once; a content check before every save asks: reload, keep mine (theirs "
        "kept beside it as a copy) or save as; cancel writes nothing; the command line refuses in one line", (
            f"{DISK}::test_the_watcher_tells_at_once_and_follows_the_file_after_each_replace",
            f"{DISK}::test_keep_mine_saves_mine_and_keeps_theirs_beside_it",
            f"{DISK}::test_reload_opens_theirs_and_writes_nothing",
            f"{DISK}::test_save_as_keeps_theirs_untouched",
            f"{DISK}::test_cancel_twice_never_replaces_their_version",
            f"{WRITERS}::test_a_pack_changed_by_another_program_during_an_import_is_not_replaced")),
    Row("4", "restoring after a crash took a colleague's live lock, and the next save replaced their work",
        "the restore asks: as a new pack (their lock and file untouched), take over, or cancel (the journal "
        "kept); a restored pack asks before saving over a version saved since the crash", (
            f"{RECOVERY}::test_restore_never_takes_a_colleagues_live_lock_without_asking",
            f"{RECOVERY}::test_a_restored_pack_asks_before_saving_over_a_version_saved_since_the_crash")),
    Row("5", "matrix import wrote packs the app then refused to open (25,000 talking points; a 23.6 MB pack "
        "from a 277 KB workbook); rich-text runs bypassed the cell check",
        "one set of limits (core/pack/limits.py) for matrix import, agenda review, the editor and every "
        "command, checked before writing; runs counted together", (
            f"{LIMITS}::test_more_talking_points_than_a_pack_holds_is_one_line",
            f"{LIMITS}::test_one_shared_string_in_every_cell_cannot_make_a_pack_too_large_to_open",
            f"{LIMITS}::test_rich_text_runs_are_counted_together_against_the_cell_limit",
            "tests/core/pack/test_limits.py::test_save_writes_nothing_the_app_would_refuse_to_open",
            "tests/gui/test_limits.py::test_a_matrix_import_beyond_the_limits_changes_nothing",
            "hostile:matrix: 25 demands × 1,000 talking points")),
    Row("6", "a damaged recovery journal (`[]`, `\"x\"`, `42`, `[`×100,000) stopped every start (exit 70)",
        "set aside beside itself (`.beschadigd-<time>`), named in one message; the editor starts", (
            f"{START}::test_a_damaged_journal_is_set_aside_and_the_editor_starts",
            "tests/core/pack/test_recovery.py::test_a_damaged_journal_is_one_clear_error")),
    Row("6", "mixed naive and aware times, a `saved_at` in year 1 or 9999; a journal naming a path with a NUL byte",
        "sorted without an error, newest offered first; the NUL path restores as a new pack", (
            f"{START}::test_mixed_naive_and_aware_times_and_the_years_1_and_9999",
            f"{START}::test_a_journal_naming_a_path_with_a_nul_byte_restores_as_a_new_pack",
            "tests/core/pack/test_recovery.py::test_an_unusable_original_path_keeps_the_work_without_the_path")),
    Row("6", "a `facts.json` with a bad value made the main window raise on its first preview",
        "facts, audiences, agendas, settings and the editor's folders are checked at the start and a damaged "
        "one set aside; facts are loaded once with the audiences and passed in, never read by the core later", (
            f"{START}::test_a_damaged_user_file_or_folder_is_set_aside_and_named",
            f"{START}::test_damaged_settings_read_as_their_defaults_and_are_named",
            "tests/gui/test_main_window.py::test_damaged_facts_file_is_one_message_and_the_editor_works",
            "tests/core/note/test_placeholders.py::test_a_damaged_facts_file_is_reported_once_at_loading_and_never_raised_later",
            "tests/core/note/test_placeholders.py::test_facts_come_with_the_audiences_they_were_loaded_with")),
    Row("6", "a lock with `since` 9999-12-31 under `TZ=Europe/Amsterdam` crashed `import-matrix --apply` and the start",
        "called unreadable in one line (CLI, exit 1); the editor starts and offers to open read-only", (
            f"{WRITERS}::test_a_lock_from_the_year_9999_is_refused_in_one_line_under_amsterdam_time",
            f"{START}::test_a_lock_from_the_year_9999_under_amsterdam_time_does_not_stop_the_start",
            "hostile:lock from the year 9999 (import --apply)")),
    Row("7", "agenda import dropped demands in content controls and tracked insertions; a hidden duplicate "
        "'Lokale context' column overrode the visible one, unreported",
        "read as Word shows them without markup; the visible column is read and the duplicate named "
        "(reading-side table above)", (
            "tests/importers/test_word.py::test_tracked_changes_and_content_controls_read_as_word_shows_them",
            f"{LIMITS}::test_a_hidden_duplicate_column_never_overrides_the_visible_one",
            "hostile:agenda import: tracked changes and content controls",
            "hostile:matrix: a hidden second 'Lokale context' column")),
    Row("8", "unbounded work: 12 million empty paragraphs (155 s, 1.6 GB), 850 shuffled demands (43 s), a "
        "1,000,000-character word in the preview (~110 s per edit)",
        "within 5 s CPU and 300 MB, or refused in one line; the preview under 100 ms per edit "
        "(reading-side table above)", (
            "budget:agenda: 12 million empty paragraphs beside incompressible padding (1.2 MB)",
            "budget:agenda: 850 word-shuffled demands",
            "tests/importers/test_matching.py::test_word_shuffled_demands_are_bounded_and_said",
            "tests/gui/test_preview.py::test_a_million_character_word_reaches_the_preview_breakable_and_bounded",
            "tests/gui/test_long_word.py::test_selecting_the_item_shows_the_whole_word_wrapped_anywhere")),
    Row("8", "SIGTERM to `batch --all-cities` left the forked workers writing, exit 143, no message",
        "workers stopped, partial files removed, one line, exit 1 (Ctrl+C: exit 130)", (
            "tests/export/test_batch_stop.py::test_sigterm_stops_the_workers_and_removes_partial_files",
            "tests/export/test_batch_stop.py::test_ctrl_c_stops_the_workers_too")),
    Row("9", "exit 70 and dumps: 1,001 talking points in one cell, a >1M-character field from runs, "
        "`facts … inwoners '²'`, a 5,000-digit population",
        "one Dutch line each, exit 1, nothing written", (
            "hostile:matrix: 1,001 talking points in one cell",
            "hostile:matrix cell of rich-text runs: 40 × 30,000 characters",
            "hostile:facts: population '²' (a digit to Python, not to int())",
            "hostile:facts: population of 5,000 digits")),
    Row("10", "a read-only data folder silently switched the recovery journal off",
        "said once, in the editor's message bar (no dialog while typing), with 'Nu opslaan'",
        (f"{RECOVERY}::test_a_read_only_data_folder_is_said_once_in_the_message_bar",)),
    Row("10", "`g40desk demo DIR` replaced an existing `demo.g40pack` and matrix without asking or a backup",
        "refused in one line, nothing written; with `--force` the earlier files are kept as `.bak`", (
            f"{WRITERS}::test_demo_over_an_earlier_demo_refuses_unless_forced_and_then_keeps_a_backup",
            "hostile:demo into a folder with an earlier demo",
            "budget:demo into a folder with an earlier demo")),
    Row("10", "the cell-limit message turned `_` into `.` in file names",
        "names as they are; only counts get Dutch separators",
        ("tests/cli/test_main.py::test_cell_limit_warning_keeps_file_and_field_names_as_they_are",)),
    Row("10", "right-to-left override and zero-width characters in a title reached the note unflagged",
        "kept as typed and named with their field in every export's check and in the preview", (
            "tests/core/note/test_invisible.py::test_the_note_keeps_the_title_as_typed_and_the_command_line_warns",
            "tests/gui/test_preview.py::test_invisible_characters_typed_in_the_editor_are_named_in_the_preview",
            "hostile:title with a right-to-left override and a zero-width space")),
    Row("W", "replacing or deleting a file held for a moment by a scanner, indexer or sync client failed at once",
        "replace, delete and set-aside retry for up to a second on sharing violations; a file held for good "
        "is one line", (
            f"{WIN}::test_a_save_waits_for_a_scanner_that_holds_the_file_for_a_moment",
            f"{WIN}::test_a_file_held_for_good_is_one_clear_line_within_seconds",
            f"{WIN}::test_a_set_aside_waits_for_a_brief_sharing_violation")),
    Row("W", "the shared agenda folder was scanned on the GUI thread: an offline UNC share froze opening a pack",
        "shares are read off the GUI thread, each on its own; opening waits at most 3 s and names the offline share", (
            f"{SHARES}::test_an_offline_agenda_share_does_not_freeze_opening_a_pack",
            f"{SHARES}::test_a_reachable_share_is_read_before_the_pack_opens")),
    Row("W", "past 260 characters the error said 'de map bestaat niet'",
        "the path is named as too long, when saving and when reading", (
            f"{WIN}::test_a_path_past_260_characters_is_named_as_too_long",
            f"{WIN}::test_reading_a_pack_past_260_characters_says_so")),
    Row("W", "a failed delete of the `.lock` was ignored (colleagues blocked for up to 12 h)",
        "retried briefly, then told (editor and command line)", (
            f"{WIN}::test_the_lock_is_removed_after_a_brief_sharing_violation",
            f"{WIN}::test_a_lock_that_cannot_be_removed_is_reported_not_ignored",
            f"{SHARES}::test_a_lock_file_that_cannot_be_removed_is_told")),
    Row("W", "recent files resolved mapped drives to UNC paths; `.g40pack` was matched case-sensitively",
        "recent files keep the path as opened; `.g40pack` matches in any case", (
            f"{SHARES}::test_save_as_takes_the_extension_in_any_case_and_recent_files_keep_the_path_as_typed",
            f"{SHARES}::test_pack_names_match_in_any_case")),
    Row("W", "the recovery journal (every 0.7 s) and crash logs lived in the roaming profile",
        "journal and crash logs in local app data (moved there once); facts, audiences and agendas roam", (
            "tests/core/files/test_userdata.py::test_on_windows_journal_and_crash_logs_are_local_and_the_advisors_files_roam",
            "tests/core/test_checkup.py::test_on_windows_the_journal_and_crash_logs_move_from_roaming_to_local")),
    Row("W", "lock and temporary files were visible beside the pack",
        "hidden on Windows; the saved file is not",
        (f"{WIN}::test_lock_and_temporary_files_are_hidden_and_the_saved_file_is_not",)),
)
