"""The macOS .app: our own bundle id and a complete Info.plist, as the spec declares
them (PyInstaller builds the .app only on a Mac, so the spec's values are checked)."""

from __future__ import annotations

import ast
from pathlib import Path

from clientmanager import __version__

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "installer" / "clientmanager.spec"


def spec_constants() -> dict[str, object]:
    """Module-level constants of the spec whose values are plain literals."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                try:
                    found[target.id] = ast.literal_eval(
                        ast.unparse(node.value).replace("__version__", repr(__version__))
                    )
                except ValueError:
                    pass
    return found


def test_the_app_has_our_bundle_id_and_info_plist():
    constants = spec_constants()
    assert constants["BUNDLE_ID"] == "za.co.clientmanager.desktop"
    plist = constants["INFO_PLIST"]
    assert plist["CFBundleShortVersionString"] == __version__
    assert plist["CFBundleDisplayName"] == "ClientManager Desktop"
    assert plist["LSApplicationCategoryType"] == "public.app-category.finance"
    assert plist["NSHighResolutionCapable"] is True
    assert not any("Network" in key or "Location" in key for key in plist)
    # The BUNDLE step uses them (and no other id anywhere in the spec).
    text = SPEC.read_text(encoding="utf-8")
    assert "bundle_identifier=BUNDLE_ID" in text and "info_plist=INFO_PLIST" in text
    assert text.count("bundle_identifier=") == 1
    readme = (REPO / "installer" / "macos" / "README.md").read_text(encoding="utf-8")
    assert "za.co.clientmanager.desktop" in readme
    entitlements = (REPO / "installer" / "macos" / "entitlements.plist").read_text()
    assert "<key>com.apple.security.network.client</key>" not in entitlements
