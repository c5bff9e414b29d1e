"""Nothing is written through a symbolic link except the pack itself: backups, keep-copies,
temporary files and exports replace a link planted under their name, never its target."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from g40desk.cli.commands import main
from g40desk.core.files.atomic import write_bytes_atomic
from g40desk.core.pack.storage import load_pack, save_pack

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links")


def _victim(tmp_path: Path, name: str = "victim.docx") -> Path:
    folder = tmp_path / "elders"
    folder.mkdir(exist_ok=True)
    victim = folder / name
    victim.write_bytes(b"PK\x03\x04 iemands eigen document")
    victim.chmod(0o444)
    return victim


def _changed_matrix(tmp_path: Path, demo) -> tuple[Path, Path]:
    """A pack and a matrix exported from it in which one priority was changed."""
    from tests.matrix_kit import edit_matrix

    pack = tmp_path / "p.g40pack"
    save_pack(demo, pack, backup=False)
    matrix = tmp_path / "m.xlsx"
    assert main(["export", str(pack), "--xlsx", str(matrix)]) == 0
    edit_matrix(matrix, {("demand:wonen-1", "Prioriteit"): "laag"})
    return pack, matrix


def test_planted_backup_link_to_a_read_only_file_is_not_written_through(tmp_path, demo, capsys):
    pack, matrix = _changed_matrix(tmp_path, demo)
    before = pack.read_bytes()
    victim = _victim(tmp_path)
    held = victim.read_bytes()
    (tmp_path / "p.g40pack.bak").symlink_to(victim)
    assert main(["import-matrix", str(pack), str(matrix), "--apply"]) == 0, capsys.readouterr().err
    assert victim.read_bytes() == held and victim.stat().st_mode & 0o777 == 0o444
    backup = tmp_path / "p.g40pack.bak"
    assert not backup.is_symlink() and backup.read_bytes() == before  # the link itself was replaced
    assert pack.read_bytes() != before


def test_dangling_keep_copy_link_creates_nothing_where_it_points(tmp_path, demo, capsys):
    old = tmp_path / "old.g40pack"
    data = json.loads(demo.model_dump_json(exclude_defaults=True))
    data["schema_version"] = 1
    data.pop("agenda", None)
    old.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "elders" / "geplant.g40pack"
    target.parent.mkdir()
    (tmp_path / "old.v1.g40pack").symlink_to(target)
    main(["review", str(old), "--keep-all"])
    assert not target.exists(), capsys.readouterr()
    keep = tmp_path / "old.v1.g40pack"
    assert not keep.is_symlink() and json.loads(keep.read_text(encoding="utf-8")) == data  # the original is kept


def test_an_export_to_a_link_replaces_the_link_not_its_target(tmp_path, demo, capsys):
    pack = tmp_path / "p.g40pack"
    save_pack(demo, pack)
    victim = _victim(tmp_path, "rapport.docx")
    held = victim.read_bytes()
    out = tmp_path / "notitie.docx"
    out.symlink_to(victim)
    matrix = tmp_path / "matrix.xlsx"
    matrix.symlink_to(_victim(tmp_path, "rekenblad.xlsx"))
    assert main(["export", str(pack), "--docx", str(out), "--xlsx", str(matrix)]) == 0, capsys.readouterr().err
    assert victim.read_bytes() == held
    assert not out.is_symlink() and out.read_bytes()[:2] == b"PK" and out.stat().st_size > 10_000
    assert not matrix.is_symlink()


def test_a_read_only_backup_is_never_replaced(tmp_path, demo, catalogue, audiences):
    from g40desk.core.errors import G40Error

    pack = tmp_path / "p.g40pack"
    save_pack(demo, pack)
    backup = tmp_path / "p.g40pack.bak"
    backup.write_text("mijn vastgezette versie")
    backup.chmod(0o444)
    demo.title = "Nieuw"
    with pytest.raises(G40Error, match="reservekopie 'p.g40pack.bak' is alleen-lezen"):
        save_pack(demo, pack)
    assert backup.read_text() == "mijn vastgezette versie"
    assert load_pack(pack, catalogue, audiences).title != "Nieuw"  # nothing saved, nothing lost


def test_every_writer_but_the_pack_replaces_a_link_by_default(tmp_path):
    victim = _victim(tmp_path, "instellingen.json")
    held = victim.read_bytes()
    link = tmp_path / "facts.json"
    link.symlink_to(victim)
    write_bytes_atomic(link, b"{}")
    assert victim.read_bytes() == held and not link.is_symlink() and link.read_bytes() == b"{}"
    assert link.stat().st_mode & 0o200  # a new file, with the user's umask, not the victim's 0444


def test_the_pack_itself_is_written_through_its_link_and_its_backup_is_no_link(tmp_path, demo, catalogue, audiences):
    real = tmp_path / "echt" / "plan.g40pack"
    real.parent.mkdir()
    save_pack(demo, real)
    link = tmp_path / "plan.g40pack"
    link.symlink_to(real)
    victim = _victim(tmp_path)
    held = victim.read_bytes()
    (real.parent / "plan.g40pack.bak").symlink_to(victim)
    demo.title = "Via de koppeling"
    save_pack(demo, link)
    assert link.is_symlink() and load_pack(real, catalogue, audiences).title == "Via de koppeling"
    assert victim.read_bytes() == held and not (real.parent / "plan.g40pack.bak").is_symlink()
