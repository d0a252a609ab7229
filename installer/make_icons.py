"""Render the application icon from its SVG sources into PNG, ICO and ICNS files.

Run from the repository root after changing an SVG, then commit the outputs:

    .venv/bin/python installer/make_icons.py

The large icon (``clientmanager.svg``) is drawn for 48 px and up; sizes of 32 px and
below use ``clientmanager-small.svg``, a simplified drawing that stays legible in a
taskbar or a file list (the padlock badge turns to mush at 16 px). Qt's SVG renderer
draws the pixels; Pillow packs them into the Windows ``.ico`` and the macOS ``.icns``.
Nothing here is needed at run time.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL_LIMIT = 32


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    source = ICONS / ("clientmanager-small.svg" if size <= SMALL_LIMIT else "clientmanager.svg")
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    rendered = {size: render_png(size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for size in PNG_SIZES:
        target = ICONS / f"clientmanager-{size}.png"
        target.write_bytes(rendered[size])
        print(f"wrote {target.relative_to(ICONS.parent.parent)}")

    images = {size: Image.open(io.BytesIO(rendered[size])).convert("RGBA") for size in rendered}
    largest = images[max(ICO_SIZES)]
    ico = ICONS / "clientmanager.ico"
    # append_images hands Pillow our own drawing for every size instead of letting it
    # shrink the 256 px image (which would lose the small-size variant).
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    print(f"wrote {ico.relative_to(ICONS.parent.parent)}")
    icns = ICONS / "clientmanager.icns"
    # macOS wants up to 1024 px (512 @2x): draw it at that size rather than upscale.
    Image.open(io.BytesIO(render_png(1024))).convert("RGBA").save(icns, format="ICNS")
    print(f"wrote {icns.relative_to(ICONS.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
