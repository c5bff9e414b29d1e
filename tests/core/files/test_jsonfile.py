"""Reading user files: one Dutch line naming the file for every way a file can be wrong, and bounded work."""

from __future__ import annotations

import os
import sys

import pytest

from g40desk.core.errors import G40Error
from g40desk.core.files.jsonfile import MAX_VALUES, parse_json, read_json, read_regular_file


def _refused(path, text: str, **kwargs) -> G40Error:
    with pytest.raises(G40Error) as refused:
        read_json(path, **kwargs)
    assert text in refused.value.message and refused.value.path == path
    assert "\n" not in str(refused.value)
    return refused.value


def test_a_json_file_is_read_with_or_without_a_byte_order_mark(tmp_path):
    path = tmp_path / "a.json"
    path.write_bytes(b'{"stad": "Zwolle", "inwoners": 132000}')
    assert read_json(path) == {"stad": "Zwolle", "inwoners": 132000}
    path.write_bytes("\ufeff[1, 2, \"é\"]".encode())
    assert read_json(path) == [1, 2, "é"]


@pytest.mark.parametrize(("content", "text"), [
    (b"", "het bestand is leeg"),
    (b"  \n ", "het bestand is leeg"),
    (b"PK\x03\x04\x00\x00binary", "geen tekstbestand (binaire inhoud)"),
    (b'{"a": "\xff"}', "geen geldige UTF-8-tekst (byte 7)"),
    (b'{"a": 1,\n "b": }', "geen geldige JSON (regel 2, kolom 7"),
    (b'{"title": "a", "title": "b"}', "de sleutel 'title' staat twee keer in hetzelfde object"),
    (b"1" * 5000, "een getal dat te groot is"),
    (b"[" * 100_000 + b"]" * 100_000, "de JSON is te diep genest"),
])
def test_every_broken_file_is_one_line(tmp_path, content, text):
    path = tmp_path / "kapot.json"
    path.write_bytes(content)
    _refused(path, text)


def test_the_number_of_values_is_bounded_before_parsing(tmp_path):
    path = tmp_path / "veel.json"
    path.write_bytes(b"[" + b"0," * (MAX_VALUES + 1) + b"0]")
    _refused(path, "te veel waarden (meer dan 1.000.000)")
    path.write_bytes(b"[" + b"0," * 1000 + b"0]")
    assert len(read_json(path)) == 1001


def test_size_is_capped(tmp_path):
    path = tmp_path / "groot.json"
    path.write_bytes(b"[" + b" " * 3_000_000 + b"]")
    _refused(path, "het bestand is te groot (3 MB, hooguit 2 MB)", max_bytes=2_000_000)
    assert read_json(path, max_bytes=4_000_000) == []
    assert read_regular_file(path, 3_000_002) == path.read_bytes()


def test_what_is_not_a_file_is_refused_at_once(tmp_path):
    assert "dit is een map" in _refused(tmp_path, "dit is een map").message
    _refused(tmp_path / "nergens.json", "het bestand bestaat niet")


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")
def test_a_pipe_or_a_device_behind_a_link_never_blocks(tmp_path):
    fifo = tmp_path / "pijp.json"
    os.mkfifo(fifo)
    _refused(fifo, "geen gewoon bestand maar een apparaat of pijp")  # opened without blocking: no writer needed
    link = tmp_path / "nul.json"
    link.symlink_to("/dev/zero")
    _refused(link, "geen gewoon bestand maar een apparaat of pijp")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads every file")
def test_a_file_without_read_rights_says_so(tmp_path):
    path = tmp_path / "geheim.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0)
    try:
        _refused(path, "geen leesrechten voor dit bestand")
    finally:
        path.chmod(0o600)


def test_parse_json_gives_the_same_messages_for_bytes_read_elsewhere(tmp_path):
    with pytest.raises(G40Error, match="staat twee keer"):
        parse_json(b'{"a": 1, "a": 2}', tmp_path / "x.json")
    assert parse_json(b'{"a": {"b": [true, null]}}', tmp_path / "x.json") == {"a": {"b": [True, None]}}
