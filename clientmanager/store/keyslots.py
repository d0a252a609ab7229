"""The key-slot file: the database key, wrapped once per user and once for the recovery code.

The practice database is encrypted with 32 random bytes (the data key). That key is never
written anywhere in the clear. This file, beside the database, holds it wrapped in slots,
the way a password manager's vault does:

* one slot per user, whose wrapping key is derived from the user's password with Argon2id;
* one slot for the printed recovery code (the practice's emergency kit).

Each slot holds an X25519 key pair. Its private half is sealed with AES-256-GCM under a key
derived from the password (or recovery code); the data key is sealed to its public half
(an ephemeral X25519 exchange, HKDF-SHA256, AES-256-GCM). So:

* unlocking needs the password: it opens the private key, which opens the data key;
* changing a password rewraps one slot and leaves the database untouched;
* re-keying the database (after a user is disabled) seals the new data key to every
  remaining slot's public key, without anyone's password, and the old key stops working.

All AES-GCM seals carry associated data naming the practice id and the slot, so a slot
copied from another practice, or renamed to another user, fails to open instead of
yielding a wrong key. Files written by version 1 (the data key sealed directly under the
password) still open; such a slot is upgraded the next time its owner signs in.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import secrets
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from clientmanager.errors import (
    ClientManagerError,
    KeySlotDamaged,
    KeySlotFileError,
    Label,
    UnknownUser,
    WrongPassword,
    WrongRecoveryCode,
)
from clientmanager.store.files import write_atomically

logger = logging.getLogger(__name__)

FILE_FORMAT = "clientmanager-keyslots"
FILE_VERSION = 2
READABLE_VERSIONS = (1, 2)
DATA_KEY_BYTES = 32
RECOVERY_SLOT_ID = "recovery"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Stored in each slot so the defaults can rise without breaking old slots."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4

    def derive(self, secret: str, salt: bytes) -> bytes:
        return hash_secret_raw(
            secret.encode("utf-8"),
            salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )


# RFC 9106's second recommended setting; well above the OWASP minimum (19 MiB, t=2).
DEFAULT_KDF = KdfParams()
_MIN_KDF = KdfParams(time_cost=2, memory_kib=19 * 1024, parallelism=1)


def normalise_username(username: str) -> str:
    return username.strip().casefold()


def _user_slot_id(username: str) -> str:
    return "user:" + normalise_username(username)


# --- recovery codes -----------------------------------------------------------------------

# Crockford's base32 leaves out I, L, O and U so a printed code cannot be misread.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"O": "0", "I": "1", "L": "1"}
_CODE_BODY_CHARS = 32  # 160 random bits
_CHECK_CHARS = 4


def _crockford(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    chars = []
    for _ in range(len(data) * 8 // 5):
        chars.append(_CROCKFORD[number & 31])
        number >>= 5
    return "".join(reversed(chars))


def _check_group(body: str) -> str:
    return _crockford(hashlib.sha256(body.encode("ascii")).digest()[:5])[:_CHECK_CHARS]


def new_recovery_code() -> str:
    """A fresh code, printed in groups of four with a final check group that catches typos."""
    body = _crockford(secrets.token_bytes(20))
    full = body + _check_group(body)
    return "-".join(full[i : i + 4] for i in range(0, len(full), 4))


def normalise_recovery_code(code: str) -> str:
    """Accept the code however it was typed: any case, with or without dashes or spaces."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = "".join(_READ_AS.get(ch, ch) for ch in cleaned)
    if len(cleaned) != _CODE_BODY_CHARS + _CHECK_CHARS or any(
        ch not in _CROCKFORD for ch in cleaned
    ):
        raise WrongRecoveryCode(
            "That is not a recovery code.",
            hint="A recovery code has 36 letters and digits in nine groups of four. "
            "Type it exactly as printed on the practice's recovery sheet.",
        )
    body, check = cleaned[:_CODE_BODY_CHARS], cleaned[_CODE_BODY_CHARS:]
    if _check_group(body) != check:
        raise WrongRecoveryCode(
            "The recovery code has a typing mistake in it.",
            hint="Compare each group of four with the printed recovery sheet and try again.",
        )
    return body


# --- the slot file --------------------------------------------------------------------------


def _slot_kdf(slot: dict[str, Any]) -> KdfParams:
    kdf = slot["kdf"]
    if kdf["name"] != "argon2id":
        raise ValueError("unsupported key derivation")
    params = KdfParams(
        time_cost=int(kdf["time_cost"]),
        memory_kib=int(kdf["memory_kib"]),
        parallelism=int(kdf["parallelism"]),
    )
    # A file edited to weaken the derivation is refused rather than trusted.
    if (
        params.time_cost < _MIN_KDF.time_cost
        or params.memory_kib < _MIN_KDF.memory_kib
        or params.parallelism < _MIN_KDF.parallelism
    ):
        raise ValueError("key derivation settings below the minimum")
    return params


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _is_legacy(slot: dict[str, Any]) -> bool:
    """A version-1 slot: the data key sealed directly under the password-derived key."""
    return "public_key" not in slot


def _check_slot_shape(slot: dict[str, Any]) -> None:
    _unb64(slot["salt"]), _unb64(slot["nonce"])
    _slot_kdf(slot)
    if slot["kind"] not in ("password", "recovery"):
        raise ValueError("unknown slot kind")
    if _is_legacy(slot):
        _unb64(slot["wrapped_key"])
        return
    _unb64(slot["wrapped_private"])
    if len(_unb64(slot["public_key"])) != 32:
        raise ValueError("bad public key")
    envelope = slot["envelope"]
    _unb64(envelope["ephemeral"]), _unb64(envelope["nonce"]), _unb64(envelope["wrapped_key"])


def _envelope_key(shared: bytes, associated: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"envelope|" + associated
    ).derive(shared)


def _raw_public(public: X25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_private(private: X25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    return private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _slot_check(practice_id: str, slot: dict[str, Any]) -> str:
    """A checksum over one slot (and the practice id its seals name). AES-GCM cannot tell a
    damaged slot from a wrong password; this can, so a flipped byte is reported as damage
    instead of sending the user to reset a password that was right."""
    body = {name: value for name, value in slot.items() if name != "check"}
    canonical = json.dumps([practice_id, body], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class KeySlotFile:
    """The parsed key-slot file of one practice. Changes are saved with :meth:`save`."""

    def __init__(
        self,
        practice_id: str,
        slots: dict[str, dict[str, Any]] | None = None,
        previous_key: dict[str, str] | None = None,
        *,
        verify_checks: bool = True,
    ) -> None:
        self.practice_id = practice_id
        self._slots: dict[str, dict[str, Any]] = dict(slots or {})
        # Set only while a re-key is in progress: the old data key sealed under the new one,
        # so a crash between writing this file and re-keying the database loses nothing.
        self._previous_key = previous_key
        # Slots whose checksum did not match when loaded. Saving keeps their old checksum,
        # so another user's sign-in never makes a damaged slot look whole again.
        self._damaged: set[str] = {
            slot_id
            for slot_id, slot in self._slots.items()
            if verify_checks and "check" in slot and slot["check"] != _slot_check(practice_id, slot)
        }

    # loading and saving

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        server = _server_slots_beside(path)
        if server is not None:  # a practice on the office server: the slots live there
            return server.load()
        damaged_hint = Label(
            "Restore the key-slot file from a backup (every backup carries a copy), "
            "or restore a whole backup and unlock it with the recovery code."
        )
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeySlotFileError(
                "The key-slot file {name} is missing from {parent}.",
                hint="Without it the practice database cannot be unlocked. {advice}",
                name=path.name,
                parent=path.parent,
                advice=damaged_hint,
            ) from None
        except OSError as exc:
            raise KeySlotFileError(
                "The key-slot file {name} could not be read ({strerror}).",
                hint="Check that the folder is reachable and that you may read it.",
                name=path.name,
                strerror=exc.strerror,
            ) from None
        try:
            document = json.loads(raw.decode("utf-8"))
            if document.get("format") != FILE_FORMAT:
                raise ValueError("not a key-slot file")
            if document.get("version") not in READABLE_VERSIONS:
                raise ValueError("unsupported version")
            practice_id = str(document["practice_id"])
            slots = {str(slot["id"]): slot for slot in document["slots"]}
            for slot in slots.values():
                _check_slot_shape(slot)
            previous = document.get("previous_key")
            if previous is not None:
                _unb64(previous["nonce"]), _unb64(previous["wrapped_key"])
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise KeySlotFileError(
                "The key-slot file {name} is damaged and cannot be used.",
                hint="{advice}",
                name=path.name,
                advice=damaged_hint,
            ) from None
        # Only files in today's format carry checksums; a version-1 file never had them.
        return cls(practice_id, slots, previous, verify_checks=document["version"] == FILE_VERSION)

    def save(self, path: Path) -> None:
        server = _server_slots_beside(path)
        if server is not None:
            server.save(self)
            return
        document: dict[str, Any] = {
            "format": FILE_FORMAT,
            "version": FILE_VERSION,
            "practice_id": self.practice_id,
            "slots": [self._checked(slot_id) for slot_id in sorted(self._slots)],
        }
        if self._previous_key is not None:
            document["previous_key"] = self._previous_key
        write_atomically(path, json.dumps(document, indent=2).encode("utf-8") + b"\n")

    def _checked(self, slot_id: str) -> dict[str, Any]:
        slot = self._slots[slot_id]
        if slot_id not in self._damaged:
            slot["check"] = _slot_check(self.practice_id, slot)
        return slot

    def _refuse_if_damaged(self, slot_id: str) -> None:
        if slot_id in self._damaged:
            raise KeySlotDamaged(
                "The key-slot file is damaged: this slot's checksum does not match, so it "
                "cannot be opened. The password may well be right.",
                hint="Restore the key-slot file (practice.keys) from a backup, or unlock with "
                "another user's password or the recovery code and set a new password.",
            )

    # slots

    def usernames(self) -> list[str]:
        return sorted(s["label"] for s in self._slots.values() if s["kind"] == "password")

    def has_user(self, username: str) -> bool:
        return _user_slot_id(username) in self._slots

    def has_recovery_slot(self) -> bool:
        return RECOVERY_SLOT_ID in self._slots

    def _associated_data(self, slot_id: str, *, version: int = FILE_VERSION) -> bytes:
        return f"{FILE_FORMAT}/{version}|{self.practice_id}|{slot_id}".encode()

    def _seal_data_key(self, slot_id: str, public_raw: bytes, data_key: bytes) -> dict[str, str]:
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_raw))
        associated = self._associated_data(slot_id)
        nonce = os.urandom(12)
        wrapped = AESGCM(_envelope_key(shared, associated)).encrypt(nonce, data_key, associated)
        return {
            "ephemeral": _b64(_raw_public(ephemeral.public_key())),
            "nonce": _b64(nonce),
            "wrapped_key": _b64(wrapped),
        }

    def _wrap(self, *, slot_id: str, kind: str, label: str, secret: str, data_key: bytes) -> None:
        if len(data_key) != DATA_KEY_BYTES:
            raise ValueError("the data key must be 32 bytes")
        salt = os.urandom(16)
        nonce = os.urandom(12)
        private = X25519PrivateKey.generate()
        public_raw = _raw_public(private.public_key())
        wrapping_key = DEFAULT_KDF.derive(secret, salt)
        sealed_private = AESGCM(wrapping_key).encrypt(
            nonce, _raw_private(private), self._associated_data(slot_id)
        )
        self._slots[slot_id] = {
            "id": slot_id,
            "kind": kind,
            "label": label,
            "kdf": {
                "name": "argon2id",
                "time_cost": DEFAULT_KDF.time_cost,
                "memory_kib": DEFAULT_KDF.memory_kib,
                "parallelism": DEFAULT_KDF.parallelism,
            },
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped_private": _b64(sealed_private),
            "public_key": _b64(public_raw),
            "envelope": self._seal_data_key(slot_id, public_raw, data_key),
        }
        self._damaged.discard(slot_id)  # a new slot replaces the damaged one

    def _unwrap(self, slot_id: str, secret: str) -> bytes | None:
        self._refuse_if_damaged(slot_id)
        slot = self._slots[slot_id]
        wrapping_key = _derive(_slot_kdf(slot), secret, _unb64(slot["salt"]))
        try:
            if _is_legacy(slot):
                return AESGCM(wrapping_key).decrypt(
                    _unb64(slot["nonce"]),
                    _unb64(slot["wrapped_key"]),
                    self._associated_data(slot_id, version=1),
                )
            associated = self._associated_data(slot_id)
            private_raw = AESGCM(wrapping_key).decrypt(
                _unb64(slot["nonce"]), _unb64(slot["wrapped_private"]), associated
            )
            envelope = slot["envelope"]
            shared = X25519PrivateKey.from_private_bytes(private_raw).exchange(
                X25519PublicKey.from_public_bytes(_unb64(envelope["ephemeral"]))
            )
            return AESGCM(_envelope_key(shared, associated)).decrypt(
                _unb64(envelope["nonce"]), _unb64(envelope["wrapped_key"]), associated
            )
        except InvalidTag:
            return None

    def slot_needs_rewrap(self, username: str) -> bool:
        """True when a user's slot is a version-1 slot, or was made with weaker KDF settings
        than today's defaults; the caller rewraps it while it has the password."""
        slot = self._slots[_user_slot_id(username)]
        kdf = _slot_kdf(slot)
        return (
            _is_legacy(slot)
            or kdf.time_cost < DEFAULT_KDF.time_cost
            or kdf.memory_kib < DEFAULT_KDF.memory_kib
            or kdf.parallelism < DEFAULT_KDF.parallelism
        )

    def set_user_slot(self, username: str, password: str, data_key: bytes) -> None:
        label = normalise_username(username)
        self._wrap(
            slot_id=_user_slot_id(username),
            kind="password",
            label=label,
            secret=password,
            data_key=data_key,
        )

    def remove_user_slot(self, username: str) -> None:
        slot_id = _user_slot_id(username)
        if slot_id not in self._slots:
            raise UnknownUser(
                "There is no user called {user!r}.", user=normalise_username(username)
            )
        if len(self.usernames()) == 1:
            raise KeySlotFileError(
                "The last user's key slot cannot be removed.",
                hint="Add another user first, so someone can still unlock the practice.",
            )
        del self._slots[slot_id]
        self._damaged.discard(slot_id)

    def set_recovery_slot(self, recovery_code: str, data_key: bytes) -> None:
        self._wrap(
            slot_id=RECOVERY_SLOT_ID,
            kind="recovery",
            label="recovery code",
            secret=normalise_recovery_code(recovery_code),
            data_key=data_key,
        )

    # re-keying

    def legacy_slot_labels(self) -> list[str]:
        """Slots that cannot be resealed without their secret (version 1)."""
        return sorted(slot["label"] for slot in self._slots.values() if _is_legacy(slot))

    def reseal_all(self, new_key: bytes, *, previous_key: bytes) -> None:
        """Seal ``new_key`` to every slot's public key, and keep ``previous_key`` sealed under
        the new key until :meth:`forget_previous_key`, for crash recovery."""
        if len(new_key) != DATA_KEY_BYTES or len(previous_key) != DATA_KEY_BYTES:
            raise ValueError("data keys must be 32 bytes")
        legacy = self.legacy_slot_labels()
        if legacy:
            raise KeySlotFileError(
                "Some key slots are in the old format and cannot be re-keyed: {legacy}.",
                hint="Each of those users signs in once (which upgrades their slot); for the "
                "recovery code, issue a new one. Then re-key again.",
                legacy=", ".join(legacy),
            )
        for slot_id, slot in self._slots.items():
            slot["envelope"] = self._seal_data_key(slot_id, _unb64(slot["public_key"]), new_key)
        nonce = os.urandom(12)
        self._previous_key = {
            "nonce": _b64(nonce),
            "wrapped_key": _b64(
                AESGCM(new_key).encrypt(nonce, previous_key, self._associated_data("previous"))
            ),
        }

    def previous_key(self, current_key: bytes) -> bytes | None:
        """The key from before an unfinished re-key, or None."""
        if self._previous_key is None:
            return None
        try:
            return AESGCM(current_key).decrypt(
                _unb64(self._previous_key["nonce"]),
                _unb64(self._previous_key["wrapped_key"]),
                self._associated_data("previous"),
            )
        except InvalidTag:
            return None

    def forget_previous_key(self) -> None:
        self._previous_key = None

    @property
    def rekey_in_progress(self) -> bool:
        return self._previous_key is not None

    # unlocking

    def unwrap_with_password(self, username: str, password: str) -> bytes:
        slot_id = _user_slot_id(username)
        if slot_id in self._slots:
            key = self._unwrap(slot_id, password)
        else:
            # Spend the same time as a real attempt, so timing does not reveal who has an
            # account; the message is the same for the same reason.
            DEFAULT_KDF.derive(password, os.urandom(16))
            key = None
        if key is None and self._damaged and slot_id not in self._slots:
            self._refuse_if_damaged(next(iter(self._damaged)))  # a damaged id, not a wrong name
        if key is None:
            raise WrongPassword(
                "The user name or password is not right.",
                hint="Check the user name and Caps Lock and try again. If the password is "
                "lost, an administrator can reset it, or use the practice's recovery code.",
            )
        return key

    def unwrap_with_recovery_code(self, recovery_code: str) -> bytes:
        body = normalise_recovery_code(recovery_code)
        if not self.has_recovery_slot():
            raise KeySlotFileError(
                "This practice has no recovery code set.",
                hint="Unlock with a user's password; an administrator can then issue a new "
                "recovery code.",
            )
        key = self._unwrap(RECOVERY_SLOT_ID, body)
        if key is None:
            raise WrongRecoveryCode(
                "That recovery code does not unlock this practice.",
                hint="Make sure it is the recovery sheet for this practice. Each practice, "
                "and each newly issued code, has its own.",
            )
        return key


# --- the same slots, kept in the office server's database (issue 18) -----------------------

# Beside the (absent) key-slot file, this file says the practice lives on an office server.
SERVER_POINTER_NAME = "practice.server"


def _server_slots_beside(path: Path):  # -> postgres.ServerSlotStore | None
    """The server's slot table when the folder of ``path`` holds a server practice. Checked
    with one stat first, so a SQLCipher practice never even imports the server code."""
    if not (path.parent / SERVER_POINTER_NAME).is_file():
        return None
    from clientmanager.store import postgres

    return postgres.ServerSlotStore.beside(path)


# --- a sign-in's key derivation, started before it is asked for -----------------------------
#
# Argon2id takes most of a second and runs outside the interpreter's lock. A command given
# its user name and password up front (a script) starts it at once, beside its own imports
# and preparation, and the unlock takes the result instead of deriving again. Keyed by the
# slot's salt and cost and held with the secret it was derived from: any other secret, or a
# slot that changed meanwhile, derives afresh, so the outcome is the same either way. Each
# result is used once and then dropped.

_ahead: dict[tuple[bytes, KdfParams], tuple[str, Future[bytes]]] = {}
_ahead_lock = threading.Lock()


def derive_ahead(path: Path, username: str, password: str) -> bool:
    """Start deriving ``username``'s wrapping key from ``password`` on a second thread, for
    the slot in the key-slot file at ``path``. False (and nothing started) where there is
    no such file or slot, or the practice's slots live on the office server."""
    if (path.parent / SERVER_POINTER_NAME).exists():
        return False
    try:
        slots = KeySlotFile.load(path)
        slot = slots._slots.get(_user_slot_id(username))
        if slot is None:
            return False
        params, salt = _slot_kdf(slot), _unb64(slot["salt"])
    except (ClientManagerError, ValueError, KeyError, TypeError):
        return False
    derived: Future[bytes] = Future()

    def derive() -> None:
        try:
            derived.set_result(params.derive(password, salt))
        except BaseException as exc:  # noqa: BLE001 - handed to whoever takes it
            derived.set_exception(exc)

    with _ahead_lock:
        _ahead[(salt, params)] = (password, derived)
    # A daemon: a command that ends before it signs in does not wait for the derivation.
    threading.Thread(target=derive, name="sign-in-key-derivation", daemon=True).start()
    return True


def _derive(params: KdfParams, secret: str, salt: bytes) -> bytes:
    with _ahead_lock:
        ahead = _ahead.pop((salt, params), None)
    if ahead is not None:
        started_with, derived = ahead
        if hmac.compare_digest(started_with.encode("utf-8"), secret.encode("utf-8")):
            try:
                return derived.result()
            except Exception:  # noqa: BLE001 - derive here instead, which raises for itself
                logger.debug("key derivation ahead failed; deriving again")
    return params.derive(secret, salt)


def slot_rows(slots: KeySlotFile) -> list[tuple[str, str, str, str]]:
    """(slot id, kind, label, the slot's JSON) for every slot, checksums brought up to date:
    exactly what the key-slot file would hold for each slot."""
    if slots.rekey_in_progress:
        # The server's re-key is one transaction: no half-done state is ever stored there.
        raise ValueError("a re-key in progress is never written to the server's slots")
    rows = []
    for slot_id in sorted(slots._slots):
        slot = slots._checked(slot_id)
        rows.append((slot_id, slot["kind"], slot["label"], json.dumps(slot, sort_keys=True)))
    return rows


def from_slot_rows(practice_id: str, rows: list[tuple[str, str]]) -> KeySlotFile:
    """A KeySlotFile from (slot id, slot JSON) rows read from the server, checked as
    :meth:`KeySlotFile.load` checks a file: a damaged slot is refused, not misread."""
    try:
        slots = {}
        for slot_id, text in rows:
            slot = json.loads(text)
            if str(slot["id"]) != slot_id:
                raise ValueError("slot id does not match its row")
            _check_slot_shape(slot)
            slots[slot_id] = slot
    except (ValueError, KeyError, TypeError):
        raise KeySlotFileError(
            "The key slots on the office server are damaged and cannot be used.",
            hint="Restore the server's database from its backup, or ask support.",
        ) from None
    loaded = KeySlotFile(practice_id, slots)
    loaded.loaded_slot_ids = frozenset(slots)
    return loaded
