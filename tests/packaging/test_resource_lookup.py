"""Icons, stylesheet and translations are found frozen, from source and when installed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from clientmanager import resources
from clientmanager.resources import resource_path, resources_dir

REPO_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def test_from_source_the_checkout_resources_folder_is_used():
    assert not hasattr(sys, "_MEIPASS")
    assert resources_dir() == REPO_RESOURCES
    svg = resource_path("icons", "clientmanager.svg")
    assert svg == REPO_RESOURCES / "icons" / "clientmanager.svg"
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<svg")
    assert "QMainWindow" in resource_path("style.qss").read_text(encoding="utf-8")


def test_frozen_build_looks_only_inside_its_bundle(tmp_path, monkeypatch):
    bundle = tmp_path / "_internal"
    (bundle / "resources" / "icons").mkdir(parents=True)
    (bundle / "resources" / "icons" / "clientmanager.svg").write_text("<svg/>", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)

    assert resources_dir() == bundle / "resources"
    assert resource_path("icons", "clientmanager.svg").read_text(encoding="utf-8") == "<svg/>"
    # A file the bundle lacks is NOT taken from the checkout on the same PC.
    assert resource_path("style.qss") == bundle / "resources" / "style.qss"
    assert not resource_path("style.qss").exists()


def test_installed_package_uses_the_prefix_share_folder(tmp_path, monkeypatch):
    installed = tmp_path / "share" / "clientmanager" / "resources"
    (installed / "icons").mkdir(parents=True)
    monkeypatch.setattr(resources, "_SOURCE_ROOT", tmp_path / "site-packages" / "resources")
    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    assert resources_dir() == installed
    assert resource_path("icons", "x.png") == installed / "icons" / "x.png"


def test_the_icon_ships_in_every_size_the_installers_use():
    from PIL import Image

    for size in (16, 24, 32, 48, 64, 128, 256):
        with Image.open(resource_path("icons", f"clientmanager-{size}.png")) as image:
            assert image.size == (size, size)
            # Not a blank square: the corners are transparent, the centre is drawn.
            rgba = image.convert("RGBA")
            assert rgba.getpixel((0, 0))[3] == 0
            assert rgba.getpixel((size // 2, size // 2))[3] == 255
    with Image.open(resource_path("icons", "clientmanager.ico")) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])


@pytest.mark.parametrize("name", ["clientmanager.svg", "clientmanager-small.svg"])
def test_svg_icons_render_with_qt(qapp, name):
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(resource_path("icons", name))).isValid()
