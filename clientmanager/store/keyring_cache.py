"""Optional caching of the unlocked database key in the operating system's keyring.

Only when a user opts in. The keyring (Windows Credential Manager, macOS Keychain,
Secret Service) is the only place besides the key-slot file where the key may rest, and
it is never replaced by a plaintext file: without a usable keyring the app asks for the
password, and says why.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

import keyring
import keyring.errors

from clientmanager.errors import KeyringUnavailable

logger = logging.getLogger(__name__)

SERVICE_NAME = "ClientManager Desktop"


@dataclass(frozen=True)
class CachedKey:
    username: str
    key: bytes


def _entry_name(practice_id: str) -> str:
    return "practice-" + practice_id


def backend_name() -> str:
    backend = keyring.get_keyring()
    return getattr(backend, "name", type(backend).__name__)


def is_usable() -> bool:
    """False when keyring found no real backend (its 'fail' or 'null' stand-ins)."""
    backend = keyring.get_keyring()
    module = type(backend).__module__
    return not module.endswith((".fail", ".null")) and backend.priority > 0


def _unavailable(exc: Exception) -> KeyringUnavailable:
    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeyringUnavailable(
            f"The system keyring ({backend_name()}) is locked.",
            hint="Unlock it (log in to your desktop session) to use the remembered key, "
            "or sign in with your password.",
        )
    if isinstance(exc, keyring.errors.NoKeyringError):
        return KeyringUnavailable(
            "This computer has no system keyring that ClientManager can use.",
            hint="Sign in with your password each time. The key is never stored anywhere else.",
        )
    return KeyringUnavailable(
        f"The system keyring ({backend_name()}) did not answer.",
        hint="Sign in with your password. The key is never stored anywhere else.",
    )


def remember(practice_id: str, username: str, key: bytes) -> str:
    """Cache the key for this practice; returns the keyring's name, to tell the user where."""
    value = json.dumps({"user": username, "key": key.hex()})
    try:
        keyring.set_password(SERVICE_NAME, _entry_name(practice_id), value)
    except keyring.errors.KeyringError as exc:
        raise _unavailable(exc) from None
    return backend_name()


def recall(practice_id: str) -> CachedKey | None:
    """The cached key, or None when none was remembered. Raises when the keyring is unusable."""
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


def forget(practice_id: str) -> None:
    try:
        keyring.delete_password(SERVICE_NAME, _entry_name(practice_id))
    except keyring.errors.PasswordDeleteError:
        pass  # nothing was cached
    except keyring.errors.KeyringError as exc:
        raise _unavailable(exc) from None
