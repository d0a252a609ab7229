"""The audit trail: who did what, when, to which client. A hash chain makes edits evident.

Each entry's hash covers the previous entry's hash and the entry's own canonical text, so
changing or removing any row breaks every hash after it. Entries hold an identifier and
a short summary, never client content or secrets.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.store.models import AuditEntry, utcnow

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in user, or the recovery code (no user)."""

    user_id: int | None
    username: str
    role: str

    @classmethod
    def recovery(cls) -> Actor:
        return cls(user_id=None, username="(recovery code)", role="administrator")


def _canonical(
    *,
    at: dt.datetime,
    user_id: int | None,
    username: str | None,
    action: str,
    client_id: int | None,
    summary: str,
) -> bytes:
    return json.dumps(
        {
            "at": at.isoformat(timespec="microseconds"),
            "user_id": user_id,
            "username": username,
            "action": action,
            "client_id": client_id,
            "summary": summary,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8")


def entry_hash(prev_hash: str, entry: AuditEntry) -> str:
    canonical = _canonical(
        at=entry.at,
        user_id=entry.user_id,
        username=entry.username,
        action=entry.action,
        client_id=entry.client_id,
        summary=entry.summary,
    )
    return hashlib.sha256(prev_hash.encode("ascii") + canonical).hexdigest()


def chain_head(session: Session) -> str:
    head = session.scalar(sa.select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1))
    return head or GENESIS_HASH


def record(
    session: Session,
    *,
    actor: Actor | None,
    action: str,
    client_id: int | None = None,
    summary: str = "",
) -> AuditEntry:
    """Append an entry in the caller's transaction, so it commits or rolls back with the act."""
    entry = AuditEntry(
        at=utcnow(),
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else None,
        action=action,
        client_id=client_id,
        summary=summary,
    )
    entry.prev_hash = chain_head(session)
    entry.entry_hash = entry_hash(entry.prev_hash, entry)
    session.add(entry)
    session.flush()
    return entry
