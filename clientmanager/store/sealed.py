"""Small files sealed under keys derived from a data key: the erasure ledger a backup
carries, the key bridge that lets the live key reach an older backup's key, and the
audit anchor's MAC.

Every derived key comes from HKDF-SHA256 over the 32-byte data key with its own label,
so none of these files can be used to learn the data key or each other's keys, and
nothing here can be recomputed or forged without the data key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from clientmanager.store.files import sha256_of, write_atomically

LEDGER_FORMAT = "clientmanager-erasure-ledger"
BRIDGE_FORMAT = "clientmanager-key-bridge"
ANCHOR_FORMAT = "clientmanager-audit-anchor"


class SealedFileError(Exception):
    """A sealed file is damaged, belongs elsewhere, or was sealed under another key."""


def derive(data_key: bytes, label: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label.encode("ascii")).derive(
        bytes(data_key)
    )


def key_id(data_key: bytes) -> str:
    """A public fingerprint of a data key: says which key sealed a file, reveals nothing."""
    return derive(data_key, "clientmanager key id").hex()[:32]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _load(path: Path, fmt: str) -> dict[str, Any]:
    try:
        document = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError) as exc:
        raise SealedFileError(f"{path.name} cannot be read") from exc
    if not isinstance(document, dict) or document.get("format") != fmt:
        raise SealedFileError(f"{path.name} is not a {fmt} file")
    return document


def _save(path: Path, document: dict[str, Any]) -> None:
    write_atomically(path, json.dumps(document, indent=2).encode("utf-8") + b"\n")
    os.chmod(path, 0o600)


# --- the erasure ledger ---------------------------------------------------------------------


def seal_ledger(path: Path, entries: list[dict[str, Any]], *, practice_id: str, key: bytes) -> str:
    """Write the erasure ledger (client ids, methods, reasons, times: no personal data)
    encrypted and authenticated under ``key``. Returns the file's SHA-256."""
    associated = f"{LEDGER_FORMAT}|{practice_id}".encode()
    nonce = os.urandom(12)
    body = json.dumps(entries, sort_keys=True).encode("utf-8")
    sealed = AESGCM(derive(key, "clientmanager erasure ledger")).encrypt(nonce, body, associated)
    newest = max((str(e.get("erased_at", "")) for e in entries), default="")
    _save(
        path,
        {
            "format": LEDGER_FORMAT,
            "practice_id": practice_id,
            "key_id": key_id(key),
            # In the clear on purpose: a restore that cannot open this file (another key)
            # still learns that erasures exist and how recent the newest is.
            "entries": len(entries),
            "newest_erasure_at": newest or None,
            "nonce": _b64(nonce),
            "ciphertext": _b64(sealed),
        },
    )
    return sha256_of(path)


def ledger_summary(path: Path) -> dict[str, Any]:
    """What a ledger file says in the clear: practice, key id, count, newest erasure."""
    document = _load(path, LEDGER_FORMAT)
    return {
        "practice_id": document.get("practice_id"),
        "key_id": document.get("key_id"),
        "entries": int(document.get("entries") or 0),
        "newest_erasure_at": document.get("newest_erasure_at"),
    }


def open_ledger(path: Path, *, practice_id: str, key: bytes) -> list[dict[str, Any]]:
    document = _load(path, LEDGER_FORMAT)
    if document.get("practice_id") != practice_id:
        raise SealedFileError("the ledger belongs to another practice")
    if document.get("key_id") != key_id(key):
        raise SealedFileError("the ledger was sealed under another key")
    associated = f"{LEDGER_FORMAT}|{practice_id}".encode()
    try:
        body = AESGCM(derive(key, "clientmanager erasure ledger")).decrypt(
            _unb64(document["nonce"]), _unb64(document["ciphertext"]), associated
        )
        entries = json.loads(body.decode("utf-8"))
    except (InvalidTag, KeyError, ValueError, TypeError) as exc:
        raise SealedFileError("the ledger is damaged") from exc
    if not isinstance(entries, list):
        raise SealedFileError("the ledger is damaged")
    return entries


# --- the key bridge -------------------------------------------------------------------------


def add_bridge(path: Path, *, old_key: bytes, new_key: bytes, practice_id: str) -> None:
    """Seal a backup's own (older) key under a newer data key, so the live practice can
    still verify it and append erasures to it after a re-key. Only newer opens older:
    someone holding the old key learns nothing of the new one."""
    try:
        document = _load(path, BRIDGE_FORMAT)
    except SealedFileError:
        document = {"format": BRIDGE_FORMAT, "practice_id": practice_id, "keys": {}}
    wrapper = key_id(new_key)
    associated = f"{BRIDGE_FORMAT}|{practice_id}|{wrapper}|{key_id(old_key)}".encode()
    nonce = os.urandom(12)
    sealed = AESGCM(derive(new_key, "clientmanager key bridge")).encrypt(
        nonce, bytes(old_key), associated
    )
    document["keys"][wrapper] = {
        "key_id": key_id(old_key),
        "nonce": _b64(nonce),
        "wrapped": _b64(sealed),
    }
    _save(path, document)


def open_bridge(path: Path, *, live_key: bytes, practice_id: str) -> bytes | None:
    """The older key sealed under ``live_key`` in the bridge file, or None."""
    try:
        document = _load(path, BRIDGE_FORMAT)
    except SealedFileError:
        return None
    if document.get("practice_id") != practice_id:
        return None
    wrapper = key_id(live_key)
    item = document.get("keys", {}).get(wrapper)
    if not isinstance(item, dict):
        return None
    associated = f"{BRIDGE_FORMAT}|{practice_id}|{wrapper}|{item.get('key_id')}".encode()
    try:
        key = AESGCM(derive(live_key, "clientmanager key bridge")).decrypt(
            _unb64(item["nonce"]), _unb64(item["wrapped"]), associated
        )
    except (InvalidTag, KeyError, ValueError, TypeError):
        return None
    return key if key_id(key) == item.get("key_id") else None


# --- the audit anchor -----------------------------------------------------------------------


def _anchor_text(practice_id: str, epoch: str, entry: int, entry_hash: str) -> bytes:
    return f"{ANCHOR_FORMAT}|{practice_id}|{epoch}|{entry}|{entry_hash}".encode()


@dataclass(frozen=True)
class AnchorKey:
    """What signing an anchor needs, without the data key itself (kept while the practice
    is open, so nothing beside the engine holds the key bytes)."""

    mac_key: bytes
    key_id: str


def anchor_key(data_key: bytes) -> AnchorKey:
    return AnchorKey(derive(data_key, "clientmanager audit anchor"), key_id(data_key))


def anchor(
    *,
    practice_id: str,
    epoch: str,
    entry: int,
    entry_hash: str,
    key: bytes | None = None,
    signer: AnchorKey | None = None,
) -> dict[str, Any]:
    """The chain head (entry number and hash) with a MAC under a key derived from the
    data key: whoever edits the trail cannot write a matching anchor without the key."""
    signer = signer or anchor_key(key)
    mac = hmac.new(
        signer.mac_key, _anchor_text(practice_id, epoch, entry, entry_hash), hashlib.sha256
    ).hexdigest()
    return {
        "format": ANCHOR_FORMAT,
        "practice_id": practice_id,
        "epoch": epoch,
        "entry": int(entry),
        "hash": entry_hash,
        "key_id": signer.key_id,
        "mac": mac,
    }


def anchor_is_genuine(document: dict[str, Any], *, practice_id: str, signer: AnchorKey) -> bool:
    try:
        expected = anchor(
            practice_id=practice_id,
            epoch=str(document["epoch"]),
            entry=int(document["entry"]),
            entry_hash=str(document["hash"]),
            signer=signer,
        )
    except (KeyError, TypeError, ValueError):
        return False
    return document.get("practice_id") == practice_id and hmac.compare_digest(
        expected["mac"], str(document.get("mac", ""))
    )


def write_anchor(path: Path, document: dict[str, Any]) -> None:
    _save(path, document)


def read_anchor(path: Path) -> dict[str, Any] | None:
    try:
        return _load(path, ANCHOR_FORMAT)
    except SealedFileError:
        return None
