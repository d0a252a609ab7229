"""Bulk work (an import's checks and writes) with Python's cyclic garbage collector paused.

An import makes tens of thousands of short-lived dicts and rows; each burst of them sets
off collections, and the full ones walk every object the process holds: in a desktop
with a 100k-client practice open, about 0.2 s of a 10k-row import (bench/importer.py).
Nothing the import builds forms reference cycles that must be reclaimed before it ends,
so the collector waits until it is done. Reference counting still frees everything else
at once, and the collector resumes, as it was, when the outermost bulk step ends.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextlib.contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """The body runs with the cyclic collector off; nested and concurrent uses keep it off
    until the last one ends, then it is on again if it was on before the first."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
