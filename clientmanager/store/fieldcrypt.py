"""Fields sealed in the app before they reach an office server.

On the embedded store the whole file is encrypted by SQLCipher, so these column types pass
values through untouched. On PostgreSQL the server's administrator (and its disk, its WAL
archive, its own backups) would otherwise see every note in the clear: once
:func:`seal_fields` has given an engine the practice's data key, the free-text and
document columns are encrypted with AES-256-GCM before they are sent and decrypted as they
are read. Each value has its own random nonce; the column's name is bound in as associated
data, so a sealed note cannot be passed off as another column's value.

What stays in the clear on the server, and why: the fields the client list searches and
sorts (names, ID and passport numbers, phones, e-mail, policy numbers), which the server
must index; see the README's "office server" section.
"""

from __future__ import annotations

import base64
import os
from typing import Any

import sqlalchemy as sa
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy.types import TypeDecorator

from clientmanager.errors import ClientManagerError

# A character nobody types starts every sealed text, so a note that happens to begin with
# the version tag is never mistaken for ciphertext.
TEXT_PREFIX = "\u2063cm1:"
BYTES_PREFIX = b"\x00CM1"
_NONCE_BYTES = 12
_DIALECT_ATTRIBUTE = "clientmanager_field_sealer"


class SealedFieldDamaged(ClientManagerError):
    """A sealed value did not decrypt: changed on the server, or sealed with another key."""


class _Sealer:
    def __init__(self, data_key: bytes) -> None:
        field_key = HKDF(
            algorithm=hashes.SHA256(),
            length=32,
            salt=None,
            info=b"clientmanager field seal v1",
        ).derive(data_key)
        self._aead = AESGCM(field_key)

    def seal(self, plain: bytes, purpose: str) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plain, purpose.encode())

    def open(self, sealed: bytes, purpose: str) -> bytes:
        try:
            return self._aead.decrypt(
                sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:], purpose.encode()
            )
        except (InvalidTag, ValueError):
            raise SealedFieldDamaged(
                "A stored {field} value could not be decrypted with the practice key.",
                hint="It was changed on the server or comes from another practice. Restore "
                "the most recent backup, and ask whoever runs the server what changed.",
                field=purpose,
            ) from None


Resealer = _Sealer


def reseal(stored: Any, column_type: SealedText | SealedBytes, old: _Sealer, new: _Sealer) -> Any:
    """A stored (raw) value of a sealed column, sealed under ``old``, sealed again under
    ``new`` for a re-key; ``stored`` itself when it holds nothing sealed."""
    if not column_type.is_sealed(stored):
        return stored
    return column_type.seal_with(new, column_type.open_with(old, stored))


def seal_fields(engine: sa.Engine, data_key: bytes) -> None:
    """From now on this engine encrypts the sealed columns (an office-server practice)."""
    setattr(engine.dialect, _DIALECT_ATTRIBUTE, _Sealer(data_key))


def forget_field_key(engine: sa.Engine) -> None:
    """On lock: the engine no longer holds anything derived from the key."""
    if hasattr(engine.dialect, _DIALECT_ATTRIBUTE):
        delattr(engine.dialect, _DIALECT_ATTRIBUTE)


def seals_fields(engine: sa.Engine) -> bool:
    return getattr(engine.dialect, _DIALECT_ATTRIBUTE, None) is not None


def _sealer(dialect: Any) -> _Sealer | None:
    return getattr(dialect, _DIALECT_ATTRIBUTE, None)


class _Sealed(TypeDecorator):
    """What both sealed column types do: values are sealed on the way in and opened on the
    way out only on an engine that :func:`seal_fields` gave the data key, and each is bound
    to its column's ``purpose``."""

    def __init__(self, purpose: str) -> None:
        super().__init__()
        self.purpose = purpose

    def as_stored(self, value: Any) -> Any:
        """The driver's value as :meth:`is_sealed` reads it."""
        return value

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        sealer = _sealer(dialect)
        if sealer is None or value is None:
            return value
        return self.seal_with(sealer, value)

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        sealer = _sealer(dialect)
        if sealer is None or value is None:
            return value
        value = self.as_stored(value)
        if not self.is_sealed(value):
            return value
        return self.open_with(sealer, value)


class SealedText(_Sealed):
    """Text that an office server stores encrypted; on the embedded store, plain Text."""

    impl = sa.Text
    cache_ok = True

    @staticmethod
    def is_sealed(stored: Any) -> bool:
        return isinstance(stored, str) and stored.startswith(TEXT_PREFIX)

    def seal_with(self, sealer: _Sealer, value: str) -> str:
        sealed = sealer.seal(value.encode("utf-8"), self.purpose)
        return TEXT_PREFIX + base64.b64encode(sealed).decode("ascii")

    def open_with(self, sealer: _Sealer, stored: str) -> str:
        try:
            sealed = base64.b64decode(stored[len(TEXT_PREFIX) :], validate=True)
        except ValueError:
            sealed = b""
        return sealer.open(sealed, self.purpose).decode("utf-8")


class SealedBytes(_Sealed):
    """A document's bytes, stored encrypted on an office server."""

    impl = sa.LargeBinary
    cache_ok = True

    @staticmethod
    def is_sealed(stored: Any) -> bool:
        return isinstance(stored, (bytes, memoryview)) and bytes(stored).startswith(BYTES_PREFIX)

    def as_stored(self, value: Any) -> bytes:
        return bytes(value)  # a driver may hand a blob over as a memoryview

    def seal_with(self, sealer: _Sealer, value: bytes) -> bytes:
        return BYTES_PREFIX + sealer.seal(bytes(value), self.purpose)

    def open_with(self, sealer: _Sealer, stored: bytes) -> bytes:
        return sealer.open(bytes(stored)[len(BYTES_PREFIX) :], self.purpose)
