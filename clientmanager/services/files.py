"""Writing a document the planner asked for to a file, atomically (no half-written PDFs)."""

from __future__ import annotations

from pathlib import Path

from clientmanager.store.files import write_atomically


def write_file(path: Path, content: bytes) -> Path:
    write_atomically(Path(path), content)
    return Path(path)
