"""What a release is made of: its tag, its file names, its notes and its checksums (docs/bundle.md).

    python tools/release.py check-tag v0.1.0           exit 1 unless the tag is v<version of g40desk>
                                                       and CHANGELOG.md has a section for that version
    python tools/release.py name linux                 the file name of one asset (see ASSETS)
    python tools/release.py notes [--out FILE]         the CHANGELOG.md section of this version
    python tools/release.py tarball dist/g40desk OUT   the Linux .tar.gz, executable bits kept
    python tools/release.py sums DIR                   check DIR holds exactly the assets, write SHA256SUMS

.github/workflows/bundle.yml calls each of these; tests/test_release.py tests them.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHANGELOG = ROOT / "CHANGELOG.md"
SUMS = "SHA256SUMS"
# Every file a release holds besides SHA256SUMS, by the workflow job that makes it.
ASSETS = {
    "windows-setup": "g40desk-{version}-windows-x64-setup.exe",
    "windows-msi": "g40desk-{version}-windows-x64.msi",
    "macos-arm64": "g40desk-{version}-macos-arm64.dmg",
    "macos-x86_64": "g40desk-{version}-macos-x86_64.dmg",
    "linux": "g40desk-{version}-linux-x86_64.tar.gz",
}
VERSION = re.compile(r"^\d+\.\d+\.\d+([ab]|rc)?\d*$")


class ReleaseError(Exception):
    """One Dutch line saying what is wrong and what to do."""


def app_version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "g40desk" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def asset_names(version: str) -> dict[str, str]:
    return {kind: pattern.format(version=version) for kind, pattern in ASSETS.items()}


def check_tag(tag: str, version: str, changelog: str) -> None:
    """The tag must name the version exactly (v0.1.0 for 0.1.0), and the changelog must describe it."""
    if not VERSION.match(version):
        raise ReleaseError(f"release: versie '{version}' in g40desk/__init__.py is geen X.Y.Z")
    if tag != f"v{version}":
        raise ReleaseError(f"release: tag '{tag}' hoort bij een andere versie dan g40desk {version}; "
                           f"zet __version__ in g40desk/__init__.py op {tag.removeprefix('v')} of tag v{version}")
    notes(version, changelog)


def notes(version: str, changelog: str) -> str:
    """The text under '## [version]' (up to the next '## '), without the heading; never empty."""
    heading = re.compile(rf"^## \[?{re.escape(version)}\]?(\s|$).*$", re.MULTILINE)
    match = heading.search(changelog)
    if match is None:
        raise ReleaseError(f"release: CHANGELOG.md heeft geen kop '## [{version}]'; schrijf wat er in deze versie "
                           f"veranderd is")
    rest = changelog[match.end():]
    end = re.search(r"^## ", rest, re.MULTILINE)
    text = (rest[:end.start()] if end else rest).strip()
    if not text:
        raise ReleaseError(f"release: de kop '## [{version}]' in CHANGELOG.md heeft geen tekst")
    return text + "\n"


def tarball(folder: Path, out: Path) -> Path:
    """folder as <folder name>/… in a .tar.gz; modes (the executable bit) and symbolic links kept, owner 0."""
    if not folder.is_dir():
        raise ReleaseError(f"release: map {folder} bestaat niet (bouw eerst met tools/build_app.py)")

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    partial = out.with_name(out.name + ".part")
    with tarfile.open(partial, "w:gz") as archive:
        archive.add(folder, arcname=folder.name, filter=clean)
    partial.replace(out)
    return out


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_sums(folder: Path, version: str) -> Path:
    """Check *folder* holds every asset and nothing else, then write SHA256SUMS (sha256sum -c reads it)."""
    expected = sorted(asset_names(version).values())
    present = sorted(p.name for p in folder.iterdir() if p.is_file() and p.name != SUMS)
    missing, extra = sorted(set(expected) - set(present)), sorted(set(present) - set(expected))
    if missing or extra:
        raise ReleaseError("release: de release-map klopt niet: "
                           + "; ".join(filter(None, [missing and "ontbreekt: " + ", ".join(missing),
                                                     extra and "onverwacht: " + ", ".join(extra)])))
    lines = [f"{sha256(folder / name)}  {name}" for name in expected]
    (folder / SUMS).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder / SUMS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check-tag").add_argument("tag")
    sub.add_parser("name").add_argument("kind", choices=sorted(ASSETS))
    sub.add_parser("notes").add_argument("--out", type=Path)
    p = sub.add_parser("tarball")
    p.add_argument("folder", type=Path)
    p.add_argument("out", type=Path)
    sub.add_parser("sums").add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    version = app_version()
    try:
        if args.command == "check-tag":
            check_tag(args.tag, version, CHANGELOG.read_text(encoding="utf-8"))
            print(f"tag {args.tag} = g40desk {version}; CHANGELOG.md beschrijft deze versie")
        elif args.command == "name":
            print(asset_names(version)[args.kind])
        elif args.command == "notes":
            text = notes(version, CHANGELOG.read_text(encoding="utf-8"))
            if args.out:
                args.out.write_text(text, encoding="utf-8")
            else:
                sys.stdout.write(text)
        elif args.command == "tarball":
            print(tarball(args.folder, args.out))
        else:
            print(write_sums(args.folder, version).read_text(encoding="utf-8"), end="")
    except ReleaseError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
