"""Every folder the application uses, resolved in one place.

The data folder can be overridden with ``--data-dir`` or ``CLIENTMANAGER_DATA_DIR`` so
that tests, scripts and a second practice on the same PC never share files by accident.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "CLIENTMANAGER_DATA_DIR"
_APP_DIR_NAME = "ClientManager"
_APP_AUTHOR = "ClientManager"


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(_APP_DIR_NAME, _APP_AUTHOR, roaming=False))


@dataclass(frozen=True)
class PracticePaths:
    """The files that make up one practice inside its data folder."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "practice.db"

    @property
    def key_slots(self) -> Path:
        return self.data_dir / "practice.keys"

    @property
    def keyring_marker(self) -> Path:
        # Written only when someone chose "remember on this computer"; nothing secret in it.
        return self.data_dir / "practice.keyring"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def upgrade_backups(self) -> Path:
        # Copies taken before a schema upgrade are kept apart from the rolling backups,
        # so pruning the daily window can never remove the only pre-upgrade copy.
        return self.data_dir / "backups" / "pre-upgrade"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    def database_sidecars(self) -> list[Path]:
        return [self.database.with_name(self.database.name + suffix) for suffix in ("-wal", "-shm")]

    @property
    def server_connection(self) -> Path:
        # A practice on the office server: the folder holds this instead of the database.
        return self.data_dir / "practice.server"

    def exists(self) -> bool:
        return self.database.exists() or self.key_slots.exists() or self.server_connection.exists()


def resource_path(*parts: str) -> Path:
    """Find a file under ``resources/`` (frozen, from source or installed).

    Kept for existing callers; the lookup lives in ``clientmanager.resources``.
    """
    from clientmanager.resources import resource_path as _resource_path

    return _resource_path(*parts)
