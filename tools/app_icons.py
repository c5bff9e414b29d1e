"""The application icon in every size and format the three systems ask for, drawn from resources/g40desk.svg.

tools/build_app.py calls write_icons(): PNGs for Linux (16 to 512 px), a multi-size .ico for
Windows (16 to 256 px, the sizes Explorer, the taskbar and the Start menu pick from) and a .icns
for macOS (16 to 1024 px, with the Retina variants). Qt draws the PNGs; the .ico and .icns are
containers of PNGs, written here (Qt's own writers store one size only).
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "g40desk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types and the pixel size each holds (Apple's "Icon Services" types, PNG payloads).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024),
              ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The SVG drawn at size x size pixels, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    # QPainter needs an application; a QApplication, so that tests run after this in the same process can use it.
    app = QApplication.instance() or QApplication([])  # noqa: F841
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"app_icons: Qt kan {svg.name} niet als PNG van {size} px opslaan")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG (PNG entries: Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, payload = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding the PNG of each ICNS_TYPES size."""
    body = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(folder: Path) -> dict[str, Path]:
    """g40desk-<size>.png for each PNG size, g40desk.png (256 px), g40desk.ico and g40desk.icns in *folder*."""
    folder.mkdir(parents=True, exist_ok=True)
    pngs = {size: render_png(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)})}
    written = {}
    for size in PNG_SIZES:
        written[f"{size}"] = folder / f"g40desk-{size}.png"
        written[f"{size}"].write_bytes(pngs[size])
    for name, data in (("g40desk.png", pngs[256]), ("g40desk.ico", ico({s: pngs[s] for s in ICO_SIZES})),
                       ("g40desk.icns", icns(pngs))):
        (folder / name).write_bytes(data)
        written[name] = folder / name
    return written
