"""The release workflow (.github/workflows/bundle.yml): linted, actions pinned, one source for names."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.system_tools import need_tool

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "bundle.yml"
SCRIPTS = [ROOT / "packaging" / "install-desktop-entry.sh", ROOT / "packaging" / "sign-macos.sh", ROOT / ".ci" / "run"]


def test_actionlint_finds_nothing():
    """actionlint checks expressions, job graph, runner labels and action inputs, and runs shellcheck on each run:."""
    need_tool("actionlint", "shellcheck")
    result = subprocess.run(["actionlint", "-color=false", str(WORKFLOW)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_does_check(tmp_path):
    """The same run on a copy with a wrong expression fails, so the check above is a real one."""
    need_tool("actionlint")
    broken = tmp_path / "bundle.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace("github.ref_type == 'tag'", "github.ref_typo == 1"),
                      encoding="utf-8")
    result = subprocess.run(["actionlint", "-color=false", str(broken)], capture_output=True, text=True)
    assert result.returncode == 1 and 'property "ref_typo" is not defined' in result.stdout


def test_shell_scripts_pass_shellcheck():
    need_tool("shellcheck")
    result = subprocess.run(["shellcheck", *map(str, SCRIPTS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_every_action_is_pinned_to_a_commit_with_its_tag_beside_it():
    text = WORKFLOW.read_text(encoding="utf-8")
    uses = re.findall(r"uses:\s*(\S+)(.*)", text)
    assert len(uses) >= 8
    for action, comment in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), action
        assert re.fullmatch(r"\s+# v\d+(\.\d+)*", comment), f"{action}: say which release the SHA is ({comment!r})"
    # One SHA per action throughout.
    pins: dict[str, set[str]] = {}
    for action, _ in uses:
        name, sha = action.split("@")
        pins.setdefault(name, set()).add(sha)
    assert all(len(shas) == 1 for shas in pins.values()), pins


def test_only_the_release_job_may_write_and_only_on_a_tag():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert re.search(r"^permissions:\n  contents: read$", text, re.MULTILINE)
    assert text.count("contents: write") == 1
    release = text[text.index("\n  release:"):]
    assert "if: github.ref_type == 'tag'" in release and "contents: write" in release
    assert "python3 tools/release.py sums dist/release" in release  # exactly the expected files, with SHA256SUMS
    assert "--notes-file" in release and "tools/release.py notes" in release


def test_file_names_come_from_tools_release_py():
    """No asset name is spelled out in the workflow: tools/release.py names them (tests/test_release.py)."""
    text = WORKFLOW.read_text(encoding="utf-8")
    assert not re.search(r"g40desk-[$\d{].*\.(exe|msi|dmg|tar\.gz)", text)
    for kind in ("linux", "windows-setup", "windows-msi"):
        assert f"release.py name {kind}" in text
    assert 'release.py name "$SYSTEM"' in text  # the two macOS images, named after the matrix entry
    assert re.search(r"system: macos-arm64}", text) and re.search(r"system: macos-x86_64}", text)
    assert "check-tag" in text and "persist-credentials: false" in text
