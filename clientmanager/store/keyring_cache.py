"""Optional caching of the unlocked database key in the operating system's keyring.

Only when a user opts in. The keyring (Windows Credential Manager, macOS Keychain,
Secret Service) is the only place besides the key-slot file where the key may rest, and
it is never replaced by a plaintext file: without a usable keyring the app asks for the
password, and says why.

The ``keyring`` package is imported only when it is needed: it pulls in ``jaraco.context``
and through it ``urllib.request`` and ``http.client``, which an offline application has no
business loading. Opting in writes a small marker file beside the database (the practice
id and the keyring's name, nothing secret); a practice without one never asks the keyring.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from clientmanager.errors import KeyringUnavailable
from clientmanager.store.files import write_atomically

logger = logging.getLogger(__name__)

SERVICE_NAME = "ClientManager Desktop"


@dataclass(frozen=True)
class CachedKey:
    username: str
    key: bytes


def _keyring() -> ModuleType:
    """The keyring package, imported on first use only (see the module docstring)."""
    import keyring
    import keyring.errors  # noqa: F401  (used as keyring.errors below)

    return keyring


def _entry_name(practice_id: str) -> str:
    return "practice-" + practice_id


def is_marked(marker: Path) -> bool:
    """Whether someone chose to remember the key for the practice the marker belongs to."""
    return marker.is_file()


def _write_marker(marker: Path, practice_id: str, backend: str) -> None:
    data = json.dumps({"practice_id": practice_id, "keyring": backend}, indent=2) + "\n"
    write_atomically(marker, data.encode("utf-8"))


def _remove_marker(marker: Path) -> None:
    marker.unlink(missing_ok=True)


def backend_name() -> str:
    backend = _keyring().get_keyring()
    return getattr(backend, "name", type(backend).__name__)


def is_usable() -> bool:
    """False when keyring found no real backend (its 'fail' or 'null' stand-ins)."""
    backend = _keyring().get_keyring()
    module = type(backend).__module__
    return not module.endswith((".fail", ".null")) and backend.priority > 0


def _unavailable(exc: Exception) -> KeyringUnavailable:
    keyring = _keyring()
    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeyringUnavailable(
            "The system keyring ({backend}) is locked.",
            hint="Unlock it (log in to your desktop session) to use the remembered key, "
            "or sign in with your password.",
            backend=backend_name(),
        )
    if isinstance(exc, keyring.errors.NoKeyringError):
        return KeyringUnavailable(
            "This computer has no system keyring that ClientManager can use.",
            hint="Sign in with your password each time. The key is never stored anywhere else.",
        )
    return KeyringUnavailable(
        "The system keyring ({backend}) did not answer.",
        hint="Sign in with your password. The key is never stored anywhere else.",
        backend=backend_name(),
    )


def remember(practice_id: str, username: str, key: bytes, *, marker: Path | None = None) -> str:
    """Cache the key for this practice; returns the keyring's name, to tell the user where.
    With ``marker``, also writes the marker that lets :func:`recall` look for it later."""
    keyring = _keyring()
    value = json.dumps({"user": username, "key": key.hex()})
    try:
        keyring.set_password(SERVICE_NAME, _entry_name(practice_id), value)
    except keyring.errors.KeyringError as exc:
        raise _unavailable(exc) from None
    where = backend_name()
    if marker is not None:
        _write_marker(marker, practice_id, where)
    return where


def recall(practice_id: str, *, marker: Path | None = None) -> CachedKey | None:
    """The cached key, or None when none was remembered. Raises when the keyring is unusable.
    With ``marker`` and no marker file, returns None at once without touching the keyring."""
    if marker is not None and not is_marked(marker):
        return None
    keyring = _keyring()
    try:
        value = keyring.get_password(SERVICE_NAME, _entry_name(practice_id))
    except keyring.errors.KeyringError as exc:
        raise _unavailable(exc) from None
    if value is None:
        return None
    try:
        entry = json.loads(value)
        cached = CachedKey(username=str(entry["user"]), key=bytes.fromhex(entry["key"]))
    except (ValueError, KeyError, TypeError):
        logger.warning("ignoring an unreadable keyring entry for this practice")
        return None
    return cached if len(cached.key) == 32 else None


def forget(practice_id: str, *, marker: Path | None = None) -> None:
    """Remove the cached key, then the marker (kept when the keyring could not be asked,
    so the entry left behind is not silently lost from view)."""
    keyring = _keyring()
    try:
        keyring.delete_password(SERVICE_NAME, _entry_name(practice_id))
    except keyring.errors.PasswordDeleteError:
        pass  # nothing was cached
    except keyring.errors.KeyringError as exc:
        raise _unavailable(exc) from None
    if marker is not None:
        _remove_marker(marker)
