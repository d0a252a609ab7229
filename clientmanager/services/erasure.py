"""Destroying and de-identifying a person's records (POPIA s14(4)–(5), s24).

Two ways out of the database:

* **destroy**: every row about the person goes, their search-index entry too, and the
  freed pages are overwritten (``secure_delete``) and the WAL truncated, so the data
  cannot be reconstructed from the file.
* **de-identify**: for records another law still needs (FAIS, FICA), the record stays but
  everything that identifies the person is removed: names, ID and passport numbers, date
  of birth, contact details, addresses, relationships and identity documents.

Each erasure is written to the erasure ledger (client id, method, reason; no personal
information) and the audit log with counts only. The ledger is replayed after a backup is
restored, so a person erased after the backup was taken stays erased.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.permissions import Permission, get_client, require
from clientmanager.services.progress import SILENT, Progress
from clientmanager.store import sqlcipher as db
from clientmanager.store.models import (
    Address,
    Base,
    Client,
    ClientRelationship,
    CommissionReceipt,
    Document,
    ErasureEntry,
    Policy,
    utcnow,
)

logger = logging.getLogger(__name__)

DESTROYED = "destroyed"
DEIDENTIFIED = "deidentified"
# A deletion request (POPIA s24(1)(b)) removed what no law requires (services/deletion.py);
# the person and the records a law needs stay. Replayed by re-running the same removal.
# (The column holds 15 characters.)
DELETED_ON_REQUEST = "deleted_request"

# What a commission receipt of a destroyed person's policy shows instead of the number.
ERASED_POLICY_NUMBER = "(erased)"

# Documents whose whole point is identity; de-identification removes them.
IDENTITY_DOCUMENT_CATEGORIES = ("id_copy", "proof_of_address")

_IDENTIFYING_CLIENT_FIELDS = (
    "title",
    "first_names",
    "preferred_name",
    "entity_name",
    "registration_number",
    "id_number",
    "passport_number",
    "passport_country",
    "date_of_birth",
    "tax_number",
    "occupation",
    "employer",
    "email",
    "mobile",
    "home_phone",
    "work_phone",
    "household_id",
    "household_role",
)


@dataclass(frozen=True)
class ErasureResult:
    client_id: int
    method: str
    rows_removed: int


def deidentified_label(client_id: int) -> str:
    return f"De-identified client {client_id}"


def _ledger(
    session: Session,
    *,
    client_id: int,
    method: str,
    reason: str,
    actor: Actor | None,
    at: dt.datetime | None = None,
) -> None:
    session.add(
        ErasureEntry(
            client_id=client_id,
            method=method,
            reason=reason,
            erased_at=at or utcnow(),
            erased_by_id=actor.user_id if actor else None,
        )
    )
    session.flush()


def _rows_owned_by(session: Session, client_id: int) -> int:
    """How many rows the client's delete will take with it (for the audit's counts)."""
    total = 0
    for table in Base.metadata.sorted_tables:
        column = table.c.get("client_id")
        if column is not None and column.foreign_keys and table.name != "clients":
            total += session.scalar(
                sa.select(sa.func.count()).select_from(table).where(column == client_id)
            )
    return total


def _keep_other_peoples_joint_records(session: Session, client_id: int) -> None:
    """A spouse's asset or debt held jointly with the person stays the spouse's: only the
    link to the erased joint owner goes (the foreign key would cascade and delete it)."""
    for table in Base.metadata.sorted_tables:
        joint = table.c.get("joint_client_id")
        if joint is not None and "client_id" in table.c:
            session.execute(
                sa.update(table)
                .where(joint == client_id, table.c.client_id != client_id)
                .values(joint_client_id=None)
            )


def _unlink_commission_receipts(session: Session, client_id: int) -> None:
    """The practice's books keep what a provider paid and when, but not the policy number,
    which identifies the person at the provider. Unmatched statement lines with the same
    provider and number are the same policy."""
    policies = session.execute(
        sa.select(Policy.id, Policy.provider, Policy.policy_number).where(
            Policy.client_id == client_id
        )
    ).all()
    for policy_id, provider, number in policies:
        same_policy = [CommissionReceipt.policy_id == policy_id]
        if number:
            same_policy.append(
                sa.and_(
                    sa.func.upper(CommissionReceipt.policy_number) == number.strip().upper(),
                    sa.func.lower(CommissionReceipt.provider) == (provider or "").strip().lower(),
                )
            )
        session.execute(
            sa.update(CommissionReceipt)
            .where(sa.or_(*same_policy))
            .values(policy_id=None, policy_number=ERASED_POLICY_NUMBER)
        )


def _store(bind):  # noqa: ANN001, ANN202 - an Engine or Connection
    """The backend's own erasing machinery (store/sqlcipher.py or store/postgres.py)."""
    from clientmanager.store import postgres

    return postgres if bind.dialect.name == "postgresql" else db


def secure_delete(session: Session) -> None:
    """Before deleting a person's rows: on SQLCipher, freed pages are overwritten with
    zeros for this connection's deletes (s14(5)); the server's tables are rewritten by
    the scrub instead."""
    _store(session.get_bind()).secure_delete(session)


def _destroy_rows(session: Session, client_id: int) -> int:
    secure_delete(session)
    removed = _rows_owned_by(session, client_id)
    _keep_other_peoples_joint_records(session, client_id)
    _unlink_commission_receipts(session, client_id)
    # Links from other people's records (a beneficiary, a spouse) go too.
    removed += session.execute(
        sa.delete(ClientRelationship).where(ClientRelationship.related_client_id == client_id)
    ).rowcount
    # Everything owned by the client goes by ON DELETE CASCADE.
    removed += session.execute(sa.delete(Client).where(Client.id == client_id)).rowcount
    return removed


def _deidentify_rows(session: Session, client_id: int) -> int:
    values = {field: None for field in _IDENTIFYING_CLIENT_FIELDS}
    values.update(
        surname=deidentified_label(client_id),
        gender=None,
        marital_status=None,
        marriage_regime=None,
        preferred_language=None,
        updated_at=utcnow(),
    )
    secure_delete(session)
    session.execute(sa.update(Client).where(Client.id == client_id).values(**values))
    removed = session.execute(sa.delete(Address).where(Address.client_id == client_id)).rowcount
    removed += session.execute(
        sa.delete(ClientRelationship).where(
            sa.or_(
                ClientRelationship.client_id == client_id,
                ClientRelationship.related_client_id == client_id,
            )
        )
    ).rowcount
    removed += session.execute(
        sa.delete(Document).where(
            Document.client_id == client_id,
            Document.category.in_(IDENTITY_DOCUMENT_CATEGORIES),
        )
    ).rowcount
    return removed


def destroy_client(session: Session, *, client_id: int, actor: Actor, reason: str) -> ErasureResult:
    """Delete every record about the person so it cannot be reconstructed.

    The caller decides that the law allows it (the retention engine checks holds and
    periods); this records the ledger entry first, which is also what lets the database
    delete finalised records of advice.
    """
    return _erase(
        session,
        client_id=client_id,
        actor=actor,
        reason=reason,
        method=DESTROYED,
        remove=_destroy_rows,
        summary="{removed} records removed; reason: {reason}",
    )


def deidentify_client(
    session: Session, *, client_id: int, actor: Actor, reason: str
) -> ErasureResult:
    """Keep the records a law still needs, without anything that identifies the person."""
    return _erase(
        session,
        client_id=client_id,
        actor=actor,
        reason=reason,
        method=DEIDENTIFIED,
        remove=_deidentify_rows,
        summary="identity removed, {removed} identifying records removed; reason: {reason}",
    )


def _erase(
    session: Session,
    *,
    client_id: int,
    actor: Actor,
    reason: str,
    method: str,
    remove: Callable[[Session, int], int],
    summary: str,
) -> ErasureResult:
    """The ledger entry first (it is what lets the database delete finalised records of
    advice), then the rows, then the audit entry: the same for both methods."""
    require(actor, Permission.RETENTION_APPROVE)
    get_client(session, client_id)
    _ledger(session, client_id=client_id, method=method, reason=reason, actor=actor)
    removed = remove(session, client_id)
    audit.record(
        session,
        actor=actor,
        action=f"client.{method}",
        client_id=client_id,
        summary=summary.format(removed=removed, reason=reason),
    )
    return ErasureResult(client_id, method, removed)


def record_deletion_on_request(
    session: Session, *, client_id: int, actor: Actor, reason: str
) -> None:
    """Write a deletion request's removal into the ledger (client id and reason only), so a
    restore of a backup from before it removes the same rows again."""
    require(actor, Permission.RETENTION_APPROVE)
    get_client(session, client_id)
    _ledger(session, client_id=client_id, method=DELETED_ON_REQUEST, reason=reason, actor=actor)


def ledger_key(client_id: int, method: str, erased_at: dt.datetime | None) -> tuple:
    """A person is destroyed or de-identified once, but may ask for deletion again after
    more was recorded about them: each request is its own entry to replay."""
    if method == DELETED_ON_REQUEST:
        when = erased_at.replace(tzinfo=None) if erased_at else None
        return (client_id, method, when)
    return (client_id, method)


def replay_ledger(
    session: Session, entries: list[ErasureEntry], *, actor: Actor | None
) -> list[ErasureResult]:
    """Apply erasures recorded elsewhere (the database being replaced by a restore) that
    this database has not seen, so a restored backup cannot bring a person back."""
    seen = {
        ledger_key(row.client_id, row.method, row.erased_at)
        for row in session.execute(
            sa.select(ErasureEntry.client_id, ErasureEntry.method, ErasureEntry.erased_at)
        )
    }
    applied = []
    for entry in entries:
        key = ledger_key(entry.client_id, entry.method, entry.erased_at)
        if key in seen:
            continue
        seen.add(key)
        _ledger(
            session,
            client_id=entry.client_id,
            method=entry.method,
            reason=entry.reason,
            actor=None,
            at=entry.erased_at,
        )
        if session.get(Client, entry.client_id) is None:
            continue
        if entry.method == DESTROYED:
            removed = _destroy_rows(session, entry.client_id)
        elif entry.method == DELETED_ON_REQUEST:
            # The day the deletion was approved, as the practice's calendar has it: the
            # stored moment is UTC, and just after midnight in South Africa it is yesterday.
            from clientmanager.reports.times import to_sast
            from clientmanager.services.deletion import reapply_deletion

            removed = reapply_deletion(session, entry.client_id, on=to_sast(entry.erased_at).date())
        else:
            removed = _deidentify_rows(session, entry.client_id)
        applied.append(ErasureResult(entry.client_id, entry.method, removed))
    if applied:
        audit.record(
            session,
            actor=actor,
            action="erasure.replayed",
            summary=f"{len(applied)} erasures re-applied after restore",
        )
    return applied


def truncate_wal(session: Session) -> None:
    """After the transaction that erased someone commits: fold the WAL into the database
    and truncate it, so no copy of the old pages lingers in the -wal file."""
    _store(session.get_bind()).truncate_wal(session)


def scrub(engine: sa.Engine, progress: Progress = SILENT) -> tuple[str, ...]:
    """Leave nothing of erased people in the database file (POPIA s14(5)).

    Deleting rows is not enough: the search index (FTS5, contentless) only marks a deleted
    row with a tombstone and keeps its tokens (surname, ID number) until its segments are
    merged, and pages freed while ``secure_delete`` was off still hold old cells. So: merge
    the index, rebuild the file from live rows, then fold and truncate the WAL. Run after
    the erasing transaction has committed, and after a restore has replayed the ledger.

    On the office server each table that can hold a person's rows is rewritten from its
    live rows (VACUUM FULL) where the login may; returns the tables it may not, which the
    server's administrator must rewrite (empty on SQLCipher).
    """
    if engine.dialect.name == "postgresql":
        return _store(engine).scrub(engine, progress).not_permitted
    db.scrub(engine, progress)
    return ()


@dataclass(frozen=True)
class AfterErasure:
    backups_updated: int  # retained backups and reachable off-PC copies whose ledger grew
    unreachable: list[str]  # copies known of but not reachable now (a USB drive not in)
    # On the office server: tables the desktops' login may not rewrite (VACUUM FULL), so
    # old versions of the erased rows stay in the server's files until its administrator
    # rewrites them. Empty on SQLCipher and when the login may.
    not_rewritten: tuple[str, ...] = ()


def vacuum_statement(not_rewritten: tuple[str, ...]) -> str:
    """The statement the server's administrator runs, as the tables' owner, to rewrite
    the tables the desktops' login may not (AfterErasure.not_rewritten): the same on the
    command line and on the desktop."""
    return "VACUUM (FULL) " + ", ".join(not_rewritten) + ";"


def after_erasure(practice, progress: Progress = SILENT) -> AfterErasure:  # noqa: ANN001
    """Call after a transaction that erased someone has committed: scrub the live file,
    then append the erasure to the ledger of every retained backup and of every off-PC
    copy that can be reached, so a restore of any of them cannot bring the person back."""
    from clientmanager.services import backups

    left = scrub(practice.engine, progress.part(0.0, 0.7))
    try:
        updated, unreachable = backups.append_erasures(practice, progress=progress.part(0.7, 1.0))
    except Exception as exc:  # the erasure itself is done; the backups are told later
        logger.warning("backup ledgers not updated after an erasure: %s", type(exc).__name__)
        return AfterErasure(0, ["the backup folder (" + type(exc).__name__ + ")"], left)
    return AfterErasure(updated, unreachable, left)
