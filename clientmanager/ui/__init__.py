"""The desktop interface (PySide6). Importing it first keeps PySide's import hook from
holding on to the source of every module imported after Qt (see below)."""

from __future__ import annotations

import linecache


def _forget_sources_read_by_pyside() -> None:
    """PySide's import hook (its ``__feature__`` support) reads the whole source of each
    module imported after Qt, to see whether it mentions PySide, and ``inspect`` leaves
    those lines in ``linecache`` for good: some 100,000 lines, about 20 MB of Python
    strings spread through the heap the imports fill, which Python cannot give back to
    the system once the heap has grown around them (bench/startup.py idle RSS). The
    answer it needs stays the same; the lines are dropped as soon as it has looked."""
    try:
        from PySide6.support import feature
    except ImportError:
        return
    looks_for_pyside = getattr(feature, "_mod_uses_pyside", None)
    if looks_for_pyside is None or getattr(looks_for_pyside, "forgets_sources", False):
        return  # another PySide version: nothing to wrap, or wrapped already

    def uses_pyside(module) -> bool:  # noqa: ANN001
        filename = getattr(module, "__file__", None)
        cached_before = filename in linecache.cache
        try:
            return looks_for_pyside(module)
        finally:
            if filename and not cached_before:
                linecache.cache.pop(filename, None)

    uses_pyside.forgets_sources = True
    feature._mod_uses_pyside = uses_pyside


_forget_sources_read_by_pyside()
