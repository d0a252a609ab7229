"""The shipped Unicode font is found from the installed package, wherever it runs from."""

from __future__ import annotations

import subprocess
import sys

from fontTools.ttLib import TTFont

from clientmanager.reports.fonts import font_file
from clientmanager.resources import resource_path


def test_fonts_cover_south_african_names() -> None:
    for style in ("", "B", "I"):
        cmap = TTFont(str(font_file(style))).getBestCmap()
        for char in "Hélène Müller Nkosi-Ndlovu Elsabé Zoë Jürgen André – R 1 234.56":
            assert ord(char) in cmap, (style, char)
    assert (
        (resource_path("fonts", "LICENSE-DejaVu.txt"))
        .read_text(encoding="utf-8")
        .count("Bitstream")
    )


def test_resources_found_from_another_working_directory(tmp_path) -> None:
    # An installed (editable) package finds resources/ by its own location, not the cwd.
    code = "from clientmanager.reports.fonts import font_file; print(font_file('B'))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().endswith("DejaVuSans-Bold.ttf")


def test_frozen_build_looks_in_meipass(tmp_path, monkeypatch) -> None:
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts", "DejaVuSans.ttf") == tmp_path / "resources" / "fonts" / (
        "DejaVuSans.ttf"
    )
