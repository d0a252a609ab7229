"""PySide's import hook reads each new module's source; the lines must not stay cached
(they took some 20 MB of the idle desktop, issue 17), and its answer must not change."""

from __future__ import annotations

import importlib
import linecache
import sys

import pytest

import clientmanager.ui  # noqa: F401  (wraps the hook)

feature = pytest.importorskip("PySide6.support.feature")


@pytest.mark.parametrize(
    ("source", "mentions"),
    [("from PySide6.QtCore import QObject\n", True), ("VALUE = 1\n", False)],
)
def test_the_hook_answers_as_before_and_keeps_no_source(
    tmp_path, monkeypatch, source, mentions
) -> None:
    name = f"cm_probe_{int(mentions)}"
    (tmp_path / f"{name}.py").write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module(name)
    try:
        linecache.cache.pop(module.__file__, None)
        assert feature._mod_uses_pyside(module) is mentions
        assert module.__file__ not in linecache.cache
    finally:
        sys.modules.pop(name, None)


def test_a_source_cached_before_stays_cached(tmp_path, monkeypatch) -> None:
    (tmp_path / "cm_probe_cached.py").write_text("import PySide6\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("cm_probe_cached")
    try:
        assert linecache.getline(module.__file__, 1) == "import PySide6\n"  # a traceback did
        assert feature._mod_uses_pyside(module) is True
        assert module.__file__ in linecache.cache
    finally:
        sys.modules.pop("cm_probe_cached", None)
