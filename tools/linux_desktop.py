"""Linux desktop integration beside the bundle: a menu entry, the .g40pack MIME type and the icons.

tools/build_app.py calls write_share() on Linux. It writes, under dist/g40desk/share/, the
freedesktop.org files a desktop looks for (applications/, mime/packages/, icons/hicolor/), and
puts packaging/install-desktop-entry.sh beside the program; that script copies them into
~/.local/share (or /usr/local/share with --system) with the program's real path filled in.
The app ID nl.g40.g40desk is also the macOS bundle ID and what g40desk gives Qt as
desktop file name, so Wayland and the task bar match the window to this entry.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "nl.g40.g40desk"
MIME_TYPE = "application/x-g40pack"

DESKTOP_ENTRY = f"""[Desktop Entry]
Type=Application
Version=1.4
Name=g40desk
GenericName=Briefingeditor
GenericName[en]=Briefing editor
Comment=Briefings voor G40-lobbygesprekken: Word-notities en Excel-eisenmatrices
Comment[en]=Briefing notes and demand matrices for G40 lobbying meetings
Keywords=briefing;lobby;G40;notitie;eisenmatrix;minister;
Keywords[en]=briefing;lobbying;G40;note;demand matrix;minister;
Exec=g40desk %f
TryExec=g40desk
Icon={APP_ID}
Terminal=false
StartupNotify=true
StartupWMClass=g40desk
Categories=Office;WordProcessor;
MimeType={MIME_TYPE};
"""

MIME_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>G40 briefing pack</comment>
    <comment xml:lang="nl">G40-briefingpakket</comment>
    <sub-class-of type="application/json"/>
    <icon name="{MIME_TYPE.replace('/', '-')}"/>
    <glob pattern="*.g40pack"/>
  </mime-type>
</mime-info>
"""


def write_share(bundle: Path, icons: dict[str, Path]) -> list[Path]:
    """The desktop entry, MIME XML, hicolor icons and install script in *bundle* (dist/g40desk)."""
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    files = {share / "applications" / f"{APP_ID}.desktop": DESKTOP_ENTRY,
             share / "mime" / "packages" / f"{APP_ID}.xml": MIME_XML}
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    written = list(files)
    for size, png in icons.items():
        if not size.isdigit():
            continue
        for kind, name in (("apps", APP_ID), ("mimetypes", MIME_TYPE.replace("/", "-"))):
            target = share / "icons" / "hicolor" / f"{size}x{size}" / kind / f"{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(png, target)
            written.append(target)
    svg = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    svg.parent.mkdir(parents=True)
    shutil.copyfile(ROOT / "resources" / "g40desk.svg", svg)
    script = bundle / "install-desktop-entry.sh"
    shutil.copyfile(ROOT / "packaging" / "install-desktop-entry.sh", script)
    script.chmod(0o755)
    return [*written, svg, script]
