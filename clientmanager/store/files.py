"""Crash-safe file writing: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def fsync_directory(directory: Path) -> None:
    # Without this a rename can be lost on power failure even though the file was synced.
    if os.name == "nt":  # Windows has no directory handles to sync; NTFS journals renames.
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file, in hex (read in 1 MiB chunks; hashlib releases the GIL)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


@contextlib.contextmanager
def atomic_output(path: Path, *, suffix: str = ".tmp") -> Iterator[BinaryIO]:
    """Yield a file in the target folder; on success it is synced and renamed over ``path``.

    The temporary file lives beside the target (same filesystem, so the rename is atomic)
    and is removed if anything fails, so no partial file is left that looks final.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix="." + path.name + ".", suffix=suffix, dir=path.parent)
    temp_path = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_path, path)
        fsync_directory(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp_path.unlink()
        raise


def write_atomically(path: Path, data: bytes) -> None:
    with atomic_output(path) as handle:
        handle.write(data)
